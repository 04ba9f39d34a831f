import { readPdf, readPdfQrCodes, type PdfContent } from '@dvc/shared/testing';
import { A5, compact, DOSSIER_CODE, flat, LOOKUP_URL, supplementRequestInput } from '../testing/form-fixtures';
import { renderSupplementRequest } from './supplement-request.form';

jest.setTimeout(30_000);

describe('renderSupplementRequest (Mẫu 02)', () => {
  let sut: Buffer;
  let pdf: PdfContent;

  beforeAll(async () => {
    sut = await renderSupplementRequest(supplementRequestInput());
    pdf = await readPdf(sut);
  });

  it('should be an A5 page titled after the form and the dossier', () => {
    expect(pdf.pages[0]?.width).toBeCloseTo(A5.width, 1);
    expect(pdf.pages[0]?.height).toBeCloseTo(A5.height, 1);
    expect(pdf.title).toBe(`Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ - ${DOSSIER_CODE}`);
  });

  it('should list every item to supplement with what to fix, the reason and the deadline', () => {
    const text = flat(pdf.text);
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Hồ sơ của: Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng nhà ở riêng lẻ');
    expect(text).toContain('1 Bản vẽ thiết kế xây dựng Bổ sung bản vẽ mặt bằng móng có chữ ký của chủ đầu tư');
    expect(text).toContain('2 Đơn đề nghị cấp giấy phép Ghi rõ diện tích sàn xây dựng và số tầng');
    expect(text).toContain('Lý do: Hồ sơ chưa đủ thành phần theo quy định tại Nghị định 175/2024/NĐ-CP');
    expect(text).toContain('Thời hạn bổ sung, hoàn thiện hồ sơ: 16:00 06/04/2026');
  });

  it('should name the contact person and phone, and the officer who signs', () => {
    const text = flat(pdf.text);
    expect(text).toContain('Ông/Bà liên hệ Phạm Thu Hà, số điện thoại 0219 3866 123 để được hướng dẫn');
    expect(text).toContain('NGƯỜI HƯỚNG DẪN');
    expect(text).toContain('Trần Văn Bình');
    expect(compact(pdf.text)).toContain(`Mãhồsơ:${DOSSIER_CODE}`);
  });

  it('should carry a QR code to the lookup URL', async () => {
    expect(await readPdfQrCodes(sut)).toEqual([LOOKUP_URL]);
    expect(compact(pdf.text)).toContain(LOOKUP_URL);
  });

  it('should leave out the code and the QR code when the dossier has none', async () => {
    const bare = await renderSupplementRequest(supplementRequestInput({ dossierCode: undefined, lookupUrl: undefined }));
    const content = await readPdf(bare);
    expect(content.title).toBe('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
    expect(content.text).not.toContain('Mã hồ sơ');
    expect(await readPdfQrCodes(bare)).toEqual([]);
  });
});
