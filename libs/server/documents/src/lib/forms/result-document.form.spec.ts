import { readPdf, readPdfQrCodes } from '@dvc/shared/testing';
import { A4_PORTRAIT_SIZE, compact, DOSSIER_CODE, flat, resultDocumentInput } from '../testing/form-fixtures';
import { renderResultDocument } from './result-document.form';

jest.setTimeout(30_000);

describe('renderResultDocument', () => {
  it('should print the dossier, the approver and a QR code to the tracking URL on an A4 page', async () => {
    const input = resultDocumentInput({ place: 'Hà Giang' });
    const sut = await renderResultDocument(input);
    const pdf = await readPdf(sut);
    const text = flat(pdf.text);
    expect(pdf.pages[0]?.width).toBeCloseTo(A4_PORTRAIT_SIZE.width, 1);
    expect(pdf.pages[0]?.height).toBeCloseTo(A4_PORTRAIT_SIZE.height, 1);
    expect(pdf.title).toBe(`Kết quả hồ sơ ${DOSSIER_CODE}`);
    expect(pdf.creationDate).toMatch(/^D:20260402020000/);
    expect(text).toContain('SỞ XÂY DỰNG TỈNH HÀ GIANG');
    expect(text).toContain('THÔNG BÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(text).toContain(`Mã hồ sơ: ${DOSSIER_CODE}`);
    expect(text).toContain('Người nộp: Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Thời gian tiếp nhận: 14:30 15/03/2026');
    expect(text).toContain('Kết quả: Đã có kết quả');
    expect(text).toContain('Hà Giang, ngày 02 tháng 4 năm 2026');
    expect(text).toContain('Lê Minh Đức');
    expect(await readPdfQrCodes(sut)).toEqual([input.trackingUrl]);
    expect(compact(pdf.text)).toContain(input.trackingUrl);
  });

  it('should still render the input shape the dossiers worker passes (no place, no reception time)', async () => {
    const text = flat((await readPdf(await renderResultDocument(resultDocumentInput({ receivedAt: null })))).text);
    expect(text).toContain('Ngày 02 tháng 4 năm 2026');
    expect(text).not.toContain('Thời gian tiếp nhận');
  });
});
