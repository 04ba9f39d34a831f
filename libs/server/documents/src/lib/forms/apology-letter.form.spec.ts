import { readPdf, readPdfQrCodes, type PdfContent } from '@dvc/shared/testing';
import { A5, apologyLetterInput, DOSSIER_CODE, flat, LOOKUP_URL } from '../testing/form-fixtures';
import { renderApologyLetter } from './apology-letter.form';

jest.setTimeout(30_000);

describe('renderApologyLetter (Mẫu 04)', () => {
  let sut: Buffer;
  let pdf: PdfContent;

  beforeAll(async () => {
    sut = await renderApologyLetter(apologyLetterInput());
    pdf = await readPdf(sut);
  });

  it('should be an A5 page titled after the form and the dossier', () => {
    expect(pdf.pages[0]?.width).toBeCloseTo(A5.width, 1);
    expect(pdf.pages[0]?.height).toBeCloseTo(A5.height, 1);
    expect(pdf.title).toBe(`Phiếu xin lỗi và hẹn lại ngày trả kết quả - ${DOSSIER_CODE}`);
  });

  it('should print when the dossier was received, the original appointment and the reason for the delay', () => {
    const text = flat(pdf.text);
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Vào lúc 14:30 15/03/2026');
    expect(text).toContain(DOSSIER_CODE);
    expect(text).toContain('Thời gian hẹn trả kết quả giải quyết hồ sơ: 16:00 06/04/2026');
    expect(text).toContain('Lý do: Cần lấy ý kiến Sở Nông nghiệp và Môi trường về ranh giới thửa đất');
    expect(text).toContain('xin lỗi Ông/Bà');
  });

  it('should print the new date in Vietnam time (17:30Z on 9 April is 00:30 on 10 April)', () => {
    expect(flat(pdf.text)).toContain('Thời gian hẹn trả kết quả mới: 00:30 10/04/2026');
  });

  it('should be signed by the head of the agency and carry the QR lookup link', async () => {
    const text = flat(pdf.text);
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('(Ký, ghi rõ họ tên và đóng dấu)');
    expect(text).toContain('Lê Minh Đức');
    expect(await readPdfQrCodes(sut)).toEqual([LOOKUP_URL]);
  });

  it('should default the signer to "Thủ trưởng cơ quan"', async () => {
    const text = flat((await readPdf(await renderApologyLetter(apologyLetterInput({ head: { name: 'Lê Minh Đức' }, lookupUrl: undefined })))).text);
    expect(text).toContain('THỦ TRƯỞNG CƠ QUAN');
  });

  it('should refuse a new date that is not later than the original appointment', async () => {
    const input = apologyLetterInput({ newAppointmentAt: new Date('2026-04-06T09:00:00Z') });
    await expect(renderApologyLetter(input)).rejects.toThrow(RangeError);
  });
});
