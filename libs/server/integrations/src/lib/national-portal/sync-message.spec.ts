import { buildSyncMessage, nationalTimestamp, type SyncContext } from './sync-message';

const at = (iso: string) => new Date(iso);

function context(overrides: Partial<SyncContext> = {}): SyncContext {
  return {
    event: { id: 'e3', seq: 3, action: 'submit_supplement', fromStatus: 'supplement_requested', toStatus: 'in_processing', occurredAt: at('2026-12-08T09:00:00Z') },
    dossier: {
      code: '000.10.31.H56-261202-0001', procedureCode: '2.001035', procedureName: 'Đăng ký hộ kinh doanh', sectorCode: 'DKKD',
      sectorName: 'Thành lập và hoạt động của hộ kinh doanh', channel: 'online', formData: { tenHo: 'Hộ Nguyễn Văn An', diaChi: 'Hạc Thành' },
      submittedAt: at('2026-12-02T01:00:00Z'), receivedAt: at('2026-12-02T02:00:00Z'), dueAt: at('2026-12-11T10:00:00Z'), returnedAt: null,
      finishedAt: null, status: 'in_processing', returnMethod: null, receivingAgencyCode: '000.10.31.H56', processingAgencyCode: '000.10.31.H56',
      processingAgencyName: 'UBND phường Hạc Thành', source: 'portal', externalId: null,
    },
    applicant: { userId: 'u1', name: 'Nguyễn Văn An', personalId: '038090001234' },
    files: [{ name: 'to-khai.pdf', componentCode: 'TP01', kind: 'attachment' }],
    fees: [{ code: 'LP01', name: 'Lệ phí', amount: 100000 }],
    history: [
      { seq: 1, action: 'submit', toStatus: 'submitted', actorName: 'Nguyễn Văn An', actorRole: 'citizen', agencyName: '', occurredAt: at('2026-12-02T01:00:00Z'), reason: null },
      {
        seq: 2, action: 'request_supplement', toStatus: 'supplement_requested', actorName: 'Trần Quốc Bảo', actorRole: 'specialist',
        agencyName: 'UBND phường Hạc Thành', occurredAt: at('2026-12-03T03:00:00Z'), reason: 'Thiếu chữ ký', items: ['Tờ khai có chữ ký'],
        previousDueAt: '2026-12-07T02:00:00.000Z',
      },
      {
        seq: 3, action: 'submit_supplement', toStatus: 'in_processing', actorName: 'Nguyễn Văn An', actorRole: 'citizen', agencyName: '',
        occurredAt: at('2026-12-08T09:00:00Z'), reason: null, newDueAt: '2026-12-11T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

describe('nationalTimestamp', () => {
  it.each([
    ['2026-12-02T01:00:00Z', '20261202080000'],
    ['2026-12-31T17:30:05Z', '20270101003005'],
  ])('should write %s as %s in Vietnam time', (iso, expected) => {
    expect(nationalTimestamp(at(iso))).toBe(expected);
  });

  it('should write nothing for no date', () => {
    expect(nationalTimestamp(null)).toBeNull();
  });
});

describe('buildSyncMessage', () => {
  it('should carry the event, the national status code and the idempotency key', () => {
    const sut = buildSyncMessage(context(), at('2026-12-08T09:00:01Z'));
    expect(sut.messageId).toBe('e3');
    expect(sut.event).toEqual({ seq: 3, action: 'submit_supplement', fromStatusCode: 5, statusCode: 4, occurredAt: '20261208160000' });
    expect(sut.dossier).toMatchObject({ code: '000.10.31.H56-261202-0001', statusCode: 4, channel: 2, procedureCode: '2.001035' });
  });

  it('should give the dates, the applicant and the files as the national portal keeps them', () => {
    const sut = buildSyncMessage(context(), at('2026-12-08T09:00:01Z'));
    expect(sut.dossier.dates).toEqual({
      submitted: '20261202080000', received: '20261202090000', appointment: '20261211170000', returned: null, finished: null, refused: null,
    });
    expect(sut.dossier.applicant).toEqual({ idNumber: '038090001234', name: 'Nguyễn Văn An', type: 1, accountId: 'u1' });
    expect(sut.dossier.files).toEqual([
      { name: 'to-khai.pdf', componentCode: 'TP01', digitised: true, reused: false, fromNationalStore: false, replacesResultCode: null },
    ]);
    expect(sut.dossier.summary).toBe('tenHo: Hộ Nguyễn Văn An; diaChi: Hạc Thành');
  });

  it('should report each supplement round with its old and new appointment', () => {
    expect(buildSyncMessage(context(), new Date()).dossier.supplementRounds).toEqual([
      { requestedAt: '20261203100000', reason: 'Thiếu chữ ký', items: ['Tờ khai có chữ ký'], answeredAt: '20261208160000', oldAppointment: '20261207090000', newAppointment: '20261211170000' },
    ]);
  });

  it('should log every step up to the event, and keep the summary within 1,000 characters', () => {
    const long = context({ dossier: { ...context().dossier, formData: { moTa: 'x'.repeat(3000) } } });
    const sut = buildSyncMessage(long, new Date());
    expect(sut.dossier.summary).toHaveLength(1000);
    expect(sut.dossier.processingLog.map((entry) => [entry.officer, entry.statusCode])).toEqual([
      ['Nguyễn Văn An', 1], ['Trần Quốc Bảo', 5], ['Nguyễn Văn An', 4],
    ]);
  });
});
