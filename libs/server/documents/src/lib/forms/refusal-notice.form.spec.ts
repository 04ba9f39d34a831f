import { readPdf, type PdfContent } from '@dvc/shared/testing';
import { A5, flat, refusalNoticeInput } from '../testing/form-fixtures';
import { renderRefusalNotice } from './refusal-notice.form';

jest.setTimeout(30_000);

describe('renderRefusalNotice (Mẫu 03)', () => {
  let pdf: PdfContent;

  beforeAll(async () => {
    pdf = await readPdf(await renderRefusalNotice(refusalNoticeInput()));
  });

  it('should be an A5 page titled after the form', () => {
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]?.width).toBeCloseTo(A5.width, 1);
    expect(pdf.pages[0]?.height).toBeCloseTo(A5.height, 1);
    expect(pdf.title).toBe('Phiếu từ chối tiếp nhận, giải quyết hồ sơ');
  });

  it('should print the applicant, the request, every reason numbered, and the signature', () => {
    const text = flat(pdf.text);
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Số: 3/PTC');
    expect(text).toContain('tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng nhà ở riêng lẻ');
    expect(text).toContain('1. Thửa đất nằm trong hành lang an toàn đường bộ.');
    expect(text).toContain('2. Thủ tục không thuộc thẩm quyền giải quyết của cơ quan.');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Trần Văn Bình');
  });

  it('should refuse to render a refusal without a reason', async () => {
    await expect(renderRefusalNotice(refusalNoticeInput({ reasons: [] }))).rejects.toThrow(RangeError);
  });
});
