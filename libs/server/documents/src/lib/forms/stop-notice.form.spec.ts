import { readPdf } from '@dvc/shared/testing';
import { A5, DOSSIER_CODE, flat, stopNoticeInput } from '../testing/form-fixtures';
import { renderStopNotice } from './stop-notice.form';

jest.setTimeout(30_000);

describe('renderStopNotice (Mẫu 05)', () => {
  it('should print the dossier, the applicant, the request time and the reason on an A5 page', async () => {
    const pdf = await readPdf(await renderStopNotice(stopNoticeInput()));
    const text = flat(pdf.text);
    expect(pdf.pages[0]?.width).toBeCloseTo(A5.width, 1);
    expect(pdf.pages[0]?.height).toBeCloseTo(A5.height, 1);
    expect(pdf.title).toBe(`Thông báo dừng giải quyết hồ sơ - ${DOSSIER_CODE}`);
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(`Mã hồ sơ: ${DOSSIER_CODE}`);
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Thời gian tiếp nhận hồ sơ: 14:30 15/03/2026');
    expect(text).toContain('Vào lúc 10:15 20/03/2026');
    expect(text).toContain('tổ chức, cá nhân rút hồ sơ');
    expect(text).toContain('Lý do: Gia đình thay đổi phương án xây dựng');
    expect(text).toContain('dừng giải quyết hồ sơ nêu trên kể từ 11:00 20/03/2026');
    expect(text).toContain('Hồ sơ giấy đã được trả lại cho Ông/Bà.');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Trần Văn Bình');
  });

  it('should say the applicant asked to stop when that is the reason', async () => {
    const input = stopNoticeInput({ reason: 'stop_requested', detail: undefined, signer: { name: 'Lê Minh Đức', position: 'Giám đốc' } });
    const text = flat((await readPdf(await renderStopNotice(input))).text);
    expect(text).toContain('tổ chức, cá nhân đề nghị dừng giải quyết hồ sơ');
    expect(text).not.toContain('Lý do:');
    expect(text).toContain('GIÁM ĐỐC');
  });
});
