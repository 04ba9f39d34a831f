import { ALERT_STAFF_JOB } from '../jobs/alert-staff.job';
import { composeStaffAlert, type StaffAlertFacts, type StaffAlertKind } from './staff-alert-template';

const CODE = '000.00.31.H56-270301-0001';
const DESK_URL = 'http://localhost:3000/desk/ho-so/7f0c2a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';

function factsFor(kind: StaffAlertKind, overrides: Partial<StaffAlertFacts> = {}): StaffAlertFacts {
  return {
    kind,
    recipientName: 'Lê Thị Lãnh Đạo',
    dossierCode: CODE,
    procedureName: 'Đăng ký khai sinh',
    applicantName: 'Nguyễn Văn An',
    agencyName: 'UBND phường Điện Biên',
    stepName: null,
    // 10:00 UTC = 17:00 in Vietnam.
    dueAt: new Date('2027-03-04T10:00:00Z'),
    deskUrl: DESK_URL,
    ...overrides,
  };
}

describe('composeStaffAlert', () => {
  it.each<[string, StaffAlertFacts, string, string[]]>([
    [
      'a dossier at risk',
      factsFor('at_risk'),
      `[${CODE}] Hồ sơ sắp đến hạn / Dossier due soon`,
      [`Hồ sơ ${CODE} sắp đến hạn giải quyết.`, 'Hạn giải quyết: 17:00 ngày 04/03/2027 (giờ Việt Nam)', `Dossier ${CODE} is due soon.`, 'Due: 04/03/2027 at 17:00 (Vietnam time)'],
    ],
    [
      'an overdue dossier',
      factsFor('overdue'),
      `[${CODE}] Hồ sơ quá hạn / Dossier overdue`,
      [`Hồ sơ ${CODE} đã quá hạn giải quyết.`, 'Hạn giải quyết: 17:00 ngày 04/03/2027', 'văn bản xin lỗi', `Dossier ${CODE} is overdue.`, 'Was due: 04/03/2027 at 17:00'],
    ],
    [
      'a step at risk',
      factsFor('step_at_risk', { stepName: 'Thẩm định hồ sơ' }),
      `[${CODE}] Bước xử lý sắp đến hạn / Processing step due soon`,
      [`Bước «Thẩm định hồ sơ» của hồ sơ ${CODE} sắp đến hạn.`, 'Hạn của bước: 17:00 ngày 04/03/2027', `The step "Thẩm định hồ sơ" of dossier ${CODE} is due soon.`],
    ],
    [
      'an overdue step whose name is unknown',
      factsFor('step_overdue'),
      `[${CODE}] Bước xử lý quá hạn / Processing step overdue`,
      [`Một bước xử lý của hồ sơ ${CODE} đã quá hạn.`, `A processing step of dossier ${CODE} is overdue.`, 'Step was due: 04/03/2027 at 17:00'],
    ],
  ])('should say which dossier, what is late and when it is due when %s', (_case, facts, subject, lines) => {
    const sut = composeStaffAlert(facts);

    expect(sut.subject).toBe(subject);
    for (const line of lines) expect(sut.text).toContain(line);
  });

  it('should name the recipient, the procedure, the applicant and the agency, and link to the desk page, in both languages', () => {
    const sut = composeStaffAlert(factsFor('at_risk'));

    const [vi, en] = sut.text.split('\n---\n');
    expect(vi).toContain('Kính gửi Lê Thị Lãnh Đạo,');
    expect(vi).toContain('Thủ tục: Đăng ký khai sinh');
    expect(vi).toContain('Người nộp: Nguyễn Văn An');
    expect(vi).toContain('Cơ quan xử lý: UBND phường Điện Biên');
    expect(vi).toContain(`Mở hồ sơ: ${DESK_URL}`);
    expect(en).toContain('Dear Lê Thị Lãnh Đạo,');
    expect(en).toContain('Applicant: Nguyễn Văn An');
    expect(en).toContain(`Open the dossier: ${DESK_URL}`);
  });

  it('should show the due date in Vietnam time across midnight UTC', () => {
    // 20:30 UTC on 3 March is 03:30 on 4 March in Vietnam.
    const sut = composeStaffAlert(factsFor('overdue', { dueAt: new Date('2027-03-03T20:30:00Z') }));

    expect(sut.text).toContain('03:30 ngày 04/03/2027 (giờ Việt Nam)');
    expect(sut.text).toContain('04/03/2027 at 03:30 (Vietnam time)');
  });
});

describe('ALERT_STAFF_JOB', () => {
  it('should start for every deadline alert with the alert, its dossier and recipients as the payload', () => {
    const event = { alertId: 'a-1', dossierId: 'd-1', kind: 'step_overdue' as const, dueAt: '2027-03-04T10:00:00.000Z', recipientUserIds: ['u-1', 'u-2'] };

    expect(ALERT_STAFF_JOB.trigger.when(event)).toBe(true);
    expect(ALERT_STAFF_JOB.trigger.toPayload(event, 'corr-1')).toEqual({ ...event, correlationId: 'corr-1' });
    expect(ALERT_STAFF_JOB).toMatchObject({ name: 'notifications.alert-staff', queue: 'dossier-events' });
  });
});
