import { composeStatusEmail } from './status-email';

const base = {
  applicantName: 'Nguyễn Văn An',
  dossierCode: '000.00.31.H56-261123-0001',
  procedureName: 'Đăng ký khai sinh',
  reason: null,
  dueAt: null,
  detailUrl: 'http://localhost:3000/ho-so-cua-toi/1',
};

describe('composeStatusEmail', () => {
  it('names the dossier and its new status in Vietnamese then English', () => {
    const mail = composeStatusEmail({ ...base, action: 'return_result', toStatus: 'returned' });
    expect(mail.subject).toBe('[000.00.31.H56-261123-0001] Đã trả kết quả / Result returned');
    expect(mail.text).toContain('Kính gửi Nguyễn Văn An');
    expect(mail.text).toContain(base.detailUrl);
  });

  it('gives the appointment in Vietnam time when the dossier is received', () => {
    const mail = composeStatusEmail({ ...base, action: 'accept', toStatus: 'received', dueAt: new Date('2026-11-26T10:00:00Z') });
    expect(mail.text).toMatch(/Ngày hẹn trả kết quả: .*17:00.*26\/11\/2026|Ngày hẹn trả kết quả: .*26\/11\/2026.*17:00/);
  });

  it('carries the reason of a refusal', () => {
    const mail = composeStatusEmail({ ...base, action: 'refuse', toStatus: 'refused', reason: 'Thiếu tờ khai' });
    expect(mail.text).toContain('Lý do: Thiếu tờ khai');
  });
});
