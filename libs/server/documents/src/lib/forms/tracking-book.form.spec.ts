import { readPdf, type PdfContent } from '@dvc/shared/testing';
import { A4_LANDSCAPE_SIZE, flat, trackingBookEntries, trackingBookInput } from '../testing/form-fixtures';
import { renderTrackingBook } from './tracking-book.form';

jest.setTimeout(60_000);

describe('renderTrackingBook (Mẫu 07)', () => {
  describe('a short book', () => {
    let pdf: PdfContent;

    beforeAll(async () => {
      pdf = await readPdf(await renderTrackingBook(trackingBookInput()));
    });

    it('should be an A4 landscape page titled with the agency and the period', () => {
      expect(pdf.pages).toHaveLength(1);
      expect(pdf.pages[0]?.width).toBeCloseTo(A4_LANDSCAPE_SIZE.width, 1);
      expect(pdf.pages[0]?.height).toBeCloseTo(A4_LANDSCAPE_SIZE.height, 1);
      expect(pdf.title).toBe('Sổ theo dõi hồ sơ - Trung tâm Phục vụ hành chính công tỉnh - Từ ngày 01/03/2026 đến ngày 31/03/2026');
      const text = flat(pdf.text);
      expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
      expect(text).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026 · Quyển số: 03');
    });

    it('should print each dossier with its applicant, address, phone and dates in Vietnam time', () => {
      const text = flat(pdf.text);
      for (const entry of trackingBookEntries(3)) expect(text).toContain(entry.dossierCode);
      expect(text).toContain('Hoàng Văn Ấn 2');
      expect(text).toContain('Thôn Lũng Cú, xã Lũng Cú, tỉnh Tuyên Quang');
      expect(text).toContain('ĐT: 0912 000 111');
      expect(text).toContain('Đăng ký khai sinh');
      expect(text).toContain('14:30 15/03/2026');
      expect(text).toContain('16:00 06/04/2026');
      expect(text).toContain('09:00 02/04/2026');
      expect(text).toContain('10:00 03/04/2026');
      expect(text).toContain('Tổng cộng: 3 hồ sơ (4 bộ)');
    });
  });

  describe('a long book', () => {
    const entries = trackingBookEntries(60);
    let pdf: PdfContent;

    beforeAll(async () => {
      pdf = await readPdf(await renderTrackingBook(trackingBookInput({ entries })));
    });

    it('should span several pages, each with the table header and its page number', () => {
      expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
      pdf.pages.forEach((page, index) => {
        const text = flat(page.text);
        expect(page.width).toBeCloseTo(A4_LANDSCAPE_SIZE.width, 1);
        expect(text).toContain('Mã hồ sơ');
        expect(text).toContain('Ngày, tháng, năm');
        expect(text).toContain('Chữ ký cá nhân, tổ chức');
        expect(text).toContain(`Trang ${index + 1}/${pdf.pages.length}`);
      });
      expect(flat(pdf.pages[0]?.text ?? '')).toContain('SỔ THEO DÕI HỒ SƠ');
      expect(flat(pdf.pages[1]?.text ?? '')).not.toContain('SỔ THEO DÕI HỒ SƠ Trung tâm');
    });

    it('should print every code once, in order, and the total on the last page', () => {
      const text = flat(pdf.text);
      const positions = entries.map((entry) => text.indexOf(entry.dossierCode));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(flat(pdf.pages.at(-1)?.text ?? '')).toContain('Tổng cộng: 60 hồ sơ (90 bộ)');
    });
  });
});
