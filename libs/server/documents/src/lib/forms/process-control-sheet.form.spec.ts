import { readPdf, type PdfContent } from '@dvc/shared/testing';
import { A5, DOSSIER_CODE, flat, processControlSheetInput } from '../testing/form-fixtures';
import { renderProcessControlSheet, stepOutcome } from './process-control-sheet.form';

jest.setTimeout(30_000);

describe('stepOutcome', () => {
  const due = new Date('2026-03-30T09:00:00Z'); // 16:00 on 30 March in Vietnam
  it.each([
    ['early when finished on an earlier day', { finishedAt: new Date('2026-03-27T09:00:00Z'), dueAt: due }, 'early'],
    ['on time when finished on the due day before the due time', { finishedAt: new Date('2026-03-30T01:00:00Z'), dueAt: due }, 'on_time'],
    ['late when finished after the due instant', { finishedAt: new Date('2026-03-30T09:01:00Z'), dueAt: due }, 'late'],
    ['the given outcome when there is one', { outcome: 'late' as const, finishedAt: new Date('2026-03-27T09:00:00Z'), dueAt: due }, 'late'],
    ['null while the step is open', { dueAt: due }, null],
    ['null without a due time', { finishedAt: due }, null],
  ])('should be %s', (_name, step, expected) => {
    expect(stepOutcome(step)).toBe(expected);
  });
});

describe('renderProcessControlSheet (Mẫu 06)', () => {
  let pdf: PdfContent;

  beforeAll(async () => {
    pdf = await readPdf(await renderProcessControlSheet(processControlSheetInput()));
  });

  it('should be an A5 page titled after the form and the dossier', () => {
    expect(pdf.pages[0]?.width).toBeCloseTo(A5.width, 1);
    expect(pdf.pages[0]?.height).toBeCloseTo(A5.height, 1);
    expect(pdf.title).toBe(`Phiếu kiểm soát quá trình giải quyết hồ sơ - ${DOSSIER_CODE}`);
  });

  it('should print the code, the receipt number, the lead and coordinating agencies and the appointment', () => {
    const text = flat(pdf.text);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: 125/TNHS');
    expect(text).toContain(`Mã hồ sơ: ${DOSSIER_CODE}`);
    expect(text).toContain('Cơ quan (bộ phận) giải quyết hồ sơ: Sở Xây dựng');
    expect(text).toContain('Cơ quan phối hợp giải quyết hồ sơ: Sở Nông nghiệp và Môi trường');
    expect(text).toContain('Thời gian tiếp nhận: 14:30 15/03/2026');
    expect(text).toContain('Hẹn trả kết quả: 16:00 06/04/2026');
  });

  it('should print one row per hand-over with giver, receiver and the outcome words', () => {
    const text = flat(pdf.text);
    expect(text).toContain('Phạm Thu Hà');
    expect(text).toContain('Lê Minh Đức');
    expect(text).toContain('Thẩm định hồ sơ');
    expect(text).toContain('Trước hạn');
    expect(text).toContain('Đúng hạn');
    expect(text).toContain('Quá hạn');
    expect(text).toContain('Chờ ý kiến phối hợp');
    expect(text).toContain('Ghi chú: Hồ sơ liên thông với Sở Nông nghiệp và Môi trường.');
  });
});
