import { readPdf, readPdfQrCodes, type PdfContent } from '@dvc/shared/testing';
import { A5, compact, DOSSIER_CODE, flat, LOOKUP_URL, receiptSlipInput } from '../testing/form-fixtures';
import { renderReceiptSlip } from './receipt-slip.form';

jest.setTimeout(30_000);

describe('renderReceiptSlip (Mẫu 01)', () => {
  let sut: Buffer;
  let pdf: PdfContent;

  beforeAll(async () => {
    sut = await renderReceiptSlip(receiptSlipInput());
    pdf = await readPdf(sut);
  });

  it('should be one A5 portrait page titled after the form and the dossier', () => {
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]?.width).toBeCloseTo(A5.width, 1);
    expect(pdf.pages[0]?.height).toBeCloseTo(A5.height, 1);
    expect(pdf.title).toBe(`Giấy tiếp nhận hồ sơ và hẹn trả kết quả - ${DOSSIER_CODE}`);
    expect(pdf.author).toBe('Trung tâm Phục vụ hành chính công tỉnh');
  });

  it('should print the header, the title and the dossier code with their diacritics', () => {
    const text = flat(pdf.text);
    expect(text).toContain('UBND TỈNH HÀ GIANG');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 125/TNHS');
    expect(text).toContain('Hà Giang, ngày 15 tháng 3 năm 2026');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(compact(pdf.text)).toContain(`Mãhồsơ:${DOSSIER_CODE}`);
  });

  it('should print the applicant, the request and every document received with its form and quantity', () => {
    const text = flat(pdf.text);
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Số 12, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang');
    expect(text).toContain('Số điện thoại: 0912 345 678');
    expect(text).toContain('Email: nhung.nguyen@example.vn');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng nhà ở riêng lẻ');
    expect(text).toContain('1 Đơn đề nghị cấp giấy phép xây dựng Bản chính 01');
    expect(text).toContain('2 Giấy chứng nhận quyền sử dụng đất Bản sao chứng thực 01');
    expect(text).toContain('3 Bản vẽ thiết kế xây dựng Bản sao 02');
    expect(text).toContain('Số lượng hồ sơ: 01 bộ');
  });

  it('should print the legal time in words and the times in Vietnam time (UTC+7)', () => {
    const text = flat(pdf.text);
    expect(text).toContain('Thời gian giải quyết hồ sơ theo quy định: 15 ngày làm việc');
    // 07:30Z and 09:00Z are 14:30 and 16:00 in Vietnam.
    expect(text).toContain('Thời gian nhận hồ sơ: 14:30 15/03/2026');
    expect(text).toContain('Thời gian trả kết quả giải quyết hồ sơ: 16:00 06/04/2026');
    expect(text).toContain('Đăng ký nhận kết quả tại: Bộ phận Một cửa, Trung tâm Phục vụ hành chính công tỉnh');
  });

  it('should print the fee, the tracking secret, the book entry and both signatures', () => {
    const text = flat(pdf.text);
    expect(text).toContain('Phí, lệ phí: 75.000 ₫ (đã nộp)');
    expect(text).toContain('Mã tra cứu: K7P2-QX9M');
    expect(text).toContain('Vào Sổ theo dõi hồ sơ, Quyển số: 03, Số thứ tự: 125');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Trần Văn Bình');
    expect(text).toContain('Trang 1/1');
  });

  it('should carry a QR code that decodes to the lookup URL, printed under it', async () => {
    expect(await readPdfQrCodes(sut)).toEqual([LOOKUP_URL]);
    expect(compact(pdf.text)).toContain(LOOKUP_URL);
  });

  it('should fix the PDF creation date from the input', () => {
    expect(pdf.creationDate).toMatch(/^D:20260315073000/);
  });

  it.each([
    [{ amount: 50000, status: 'unpaid' as const }, 'Phí, lệ phí: 50.000 ₫ (chưa nộp)'],
    [{ amount: 0, status: 'exempt' as const }, 'Phí, lệ phí: Không thu (miễn phí, lệ phí)'],
  ])('should print the fee %o as "%s"', async (fee, expected) => {
    const text = flat((await readPdf(await renderReceiptSlip(receiptSlipInput({ fee, bookEntry: undefined })))).text);
    expect(text).toContain(expected);
    expect(text).not.toContain('Vào Sổ theo dõi hồ sơ');
  });

  it('should print decomposed (NFD) input with composed letters', async () => {
    const text = flat((await readPdf(await renderReceiptSlip(receiptSlipInput({ applicant: { name: 'Lê Thị Thuỷ'.normalize('NFD') } })))).text);
    expect(text).toContain('Lê Thị Thuỷ'.normalize('NFC'));
  });

  it('should continue a long list of documents on a second page under the repeated table header', async () => {
    const documents = Array.from({ length: 30 }, (_, index) => ({ name: `Giấy tờ kèm theo số ${index + 1}`, kind: 'copy' as const, quantity: 1 }));
    const long = await readPdf(await renderReceiptSlip(receiptSlipInput({ documents })));
    expect(long.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of long.pages.slice(0, -1)) expect(flat(page.text)).toContain('Tên giấy tờ');
    expect(flat(long.text)).toContain('30 Giấy tờ kèm theo số 30 Bản sao 01');
    expect(flat(long.pages.at(-1)?.text ?? '')).toContain(`Trang ${long.pages.length}/${long.pages.length}`);
  });
});
