import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LanguageService } from '@dvc/web/ui';
import type { DossierActionRequest, DossierDetail, DossierEventView } from '@dvc/shared/contracts';
import { byTestId, chooseFile, dossierDetail, procedureDetail, typeInto, uploadedFile } from '../../testing/portal-fixtures';
import { DossierDetailComponent } from './dossier-detail.component';

describe('DossierDetailComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const returned = dossierDetail({
    status: 'returned',
    receivedAt: '2026-11-24T03:00:00Z',
    dueAt: '2026-11-25T03:00:00Z',
    finishedAt: '2026-11-24T09:00:00Z',
    forms: ['01', '06'],
    files: [
      ...dossierDetail().files,
      { id: 'r1', componentCode: null, kind: 'result', fileName: 'ket-qua.pdf', contentType: 'application/pdf', size: 40960, sha256: 'r', checkStatus: 'passed', checkDetail: null },
    ],
    events: [
      ...dossierDetail().events,
      { id: 'e2', action: 'accept', fromStatus: 'submitted', toStatus: 'received', actorName: 'Lê Một Cửa', actorRole: 'desk_officer', reason: null, occurredAt: '2026-11-24T03:00:00Z', details: {} },
      { id: 'e3', action: 'return_result', fromStatus: 'result_ready', toStatus: 'returned', actorName: 'Lê Một Cửa', actorRole: 'desk_officer', reason: 'Trả tại quầy', occurredAt: '2026-11-24T09:00:00Z', details: { returnMethod: 'counter', collectedBy: 'Trần Văn Công' } },
    ],
  });

  /** An event of the history with the fields a spec does not care about filled in. */
  function event(overrides: Partial<DossierEventView> & Pick<DossierEventView, 'id' | 'action' | 'toStatus' | 'occurredAt'>): DossierEventView {
    return { fromStatus: null, actorName: 'Lê Một Cửa', actorRole: 'desk_officer', reason: null, details: {}, ...overrides };
  }
  const accepted = event({ id: 'e2', action: 'accept', fromStatus: 'submitted', toStatus: 'received', occurredAt: '2026-11-24T03:00:00Z' });

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'ho-so-cua-toi/:id', component: DossierDetailComponent }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  async function open(dossier: DossierDetail): Promise<void> {
    await harness.navigateByUrl(`/ho-so-cua-toi/${dossier.id}`);
    http.expectOne(`/api/v1/dossiers/${dossier.id}`).flush(dossier);
    await harness.fixture.whenStable();
    http.expectOne('/api/v1/procedures/1.001193').flush(procedureDetail());
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;

  it('should show the status with its explanation, the result link and the whole timeline', async () => {
    await open(returned);
    expect(byTestId(element(), 'dossier-status').dataset['status']).toBe('returned');
    expect(byTestId(element(), 'status-explanation').textContent).toContain('Kết quả đã được trả');
    expect(byTestId(element(), 'result-download').getAttribute('href')).toBe(`/api/v1/dossiers/${returned.id}/files/r1`);
    const items = element().querySelectorAll('[data-testid="timeline-item"]');
    expect(items).toHaveLength(3);
    expect(items[2]?.textContent).toContain('Lê Một Cửa');
    expect(items[2]?.textContent).toContain('Trả tại quầy');
    expect(byTestId(element(), 'tracking-secret').textContent).toBe('K7M2Q9XA');
    expect(element().querySelectorAll('[data-testid="dossier-status"]')).toHaveLength(1);
    expect(byTestId(element(), 'dossier-due').textContent).toContain('10:00 25/11/2026');
    expect(byTestId(element(), 'form-01').getAttribute('href')).toBe(`/api/v1/dossiers/${returned.id}/forms/01`);
    expect(byTestId(element(), 'form-01').textContent).toContain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
  });

  it("should label the form data and documents with the procedure's names", async () => {
    await open(returned);
    expect(element().textContent).toContain('Họ, chữ đệm và tên của trẻ');
    expect(element().textContent).toContain('Trần Thị Bình');
    expect(element().textContent).toContain('20/11/2026');
    expect(element().querySelector('[data-testid="supplement-form"]')).toBeNull();
    expect(element().querySelector('[data-testid="withdraw-start"]')).toBeNull();
    const attachment = byTestId(element(), 'attachment');
    expect(attachment.textContent).toContain('Tờ khai đăng ký khai sinh');
    expect(attachment.querySelector('a')?.getAttribute('href')).toBe(`/api/v1/dossiers/${returned.id}/files/${returned.files[0]?.id ?? ''}`);
  });

  it('should load the dossier again on refresh and keep it on screen meanwhile', async () => {
    await open(returned);
    byTestId<HTMLButtonElement>(element(), 'refresh').click();
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'dossier-status')).toBeTruthy();
    http.expectOne(`/api/v1/dossiers/${returned.id}`).flush({ ...returned, status: 'returned', version: 2 });
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'dossier-status').dataset['status']).toBe('returned');
  });

  describe('when the agency asked for a supplement', () => {
    const waiting = dossierDetail({
      status: 'supplement_requested',
      version: 3,
      receivedAt: '2026-11-24T03:00:00Z',
      allowedActions: ['submit_supplement', 'withdraw'],
      supplementRequest: {
        reason: 'Giấy chứng sinh bị mờ', items: ['Bản chụp rõ Giấy chứng sinh', 'Tờ khai có chữ ký'], requestedAt: '2026-11-24T04:00:00Z',
      },
      events: [
        ...dossierDetail().events,
        accepted,
        event({
          id: 'e3', action: 'request_supplement', fromStatus: 'in_processing', toStatus: 'supplement_requested', actorName: 'Phạm Chuyên Viên',
          actorRole: 'specialist', reason: 'Giấy chứng sinh bị mờ', occurredAt: '2026-11-24T04:00:00Z',
          details: { items: ['Bản chụp rõ Giấy chứng sinh', 'Tờ khai có chữ ký'] },
        }),
      ],
    });
    const get = (testId: string) => byTestId(element(), testId);

    it('should show what is asked, insist on a file, then send the uploaded file with the note', async () => {
      await open(waiting);
      const paused = get('clock-paused');
      expect(paused.dataset['reason']).toBe('supplement');
      expect(paused.textContent).toContain('Thời hạn đang tạm dừng vì cơ quan đề nghị bổ sung hồ sơ');
      expect(paused.textContent).toContain('Giấy chứng sinh bị mờ');
      expect([...get('supplement-items').querySelectorAll('li')].map((item) => item.textContent)).toEqual([
        'Bản chụp rõ Giấy chứng sinh', 'Tờ khai có chữ ký',
      ]);
      expect(paused.textContent).toContain('Nộp bổ sung hồ sơ');
      expect(get('dossier-due').textContent).toContain('Tạm dừng');
      expect(element().querySelector('[data-testid="deadline-class"]')).toBeNull();
      expect(get('supplement-form')).toBeTruthy();
      const asked = element().querySelectorAll('[data-testid="timeline-item"]')[2] as HTMLElement;
      expect(asked.dataset['action']).toBe('request_supplement');
      expect([...byTestId(asked, 'timeline-details').querySelectorAll('li')].map((item) => item.textContent)).toEqual([
        'Bản chụp rõ Giấy chứng sinh', 'Tờ khai có chữ ký',
      ]);

      byTestId<HTMLButtonElement>(element(), 'submit-supplement').click();
      await harness.fixture.whenStable();
      expect(get('supplement-no-file').textContent).toContain('ít nhất một giấy tờ');
      http.expectNone((request) => request.url.includes('/actions/'));

      chooseFile(byTestId<HTMLInputElement>(element(), 'file-input-TP02'), new File(['%PDF-1.4'], 'chung-sinh.pdf', { type: 'application/pdf' }));
      http.expectOne({ method: 'POST', url: '/api/v1/files' }).flush(uploadedFile({ id: 'f-new', fileName: 'chung-sinh.pdf' }));
      await harness.fixture.whenStable();
      expect(get('upload-done-TP02').textContent).toContain('chung-sinh.pdf');
      typeInto(element().querySelector<HTMLTextAreaElement>('#supplement-note') as HTMLTextAreaElement, 'Đã chụp lại');
      byTestId<HTMLButtonElement>(element(), 'submit-supplement').click();
      await harness.fixture.whenStable();

      const request = http.expectOne({ method: 'POST', url: `/api/v1/dossiers/${waiting.id}/actions/submit_supplement` });
      expect(request.request.body).toEqual<DossierActionRequest>({ version: 3, attachments: [{ componentCode: 'TP02', fileId: 'f-new' }], note: 'Đã chụp lại' });
      request.flush({ ...waiting, status: 'received', version: 4, allowedActions: [] });
      await harness.fixture.whenStable();
      http.expectOne(`/api/v1/dossiers/${waiting.id}`).flush({ ...waiting, status: 'received', version: 4, allowedActions: [], supplementRequest: null });
      await harness.fixture.whenStable();
      expect(get('detail-notice').textContent).toContain('Đã gửi bổ sung');
      expect(document.activeElement).toBe(get('detail-notice'));
      expect(get('dossier-status').dataset['status']).toBe('received');
      expect(element().querySelector('[data-testid="supplement-form"]')).toBeNull();
    });

    it('should withdraw the dossier only after a confirmation', async () => {
      await open(waiting);
      byTestId<HTMLButtonElement>(element(), 'withdraw-start').click();
      await harness.fixture.whenStable();
      http.expectNone((request) => request.url.includes('/actions/'));
      byTestId<HTMLButtonElement>(element(), 'withdraw-confirm').click();
      await harness.fixture.whenStable();
      const request = http.expectOne({ method: 'POST', url: `/api/v1/dossiers/${waiting.id}/actions/withdraw` });
      expect(request.request.body).toEqual({ version: 3 });
      request.flush({ ...waiting, status: 'withdrawn', allowedActions: [] });
      await harness.fixture.whenStable();
      http.expectOne(`/api/v1/dossiers/${waiting.id}`).flush({ ...waiting, status: 'withdrawn', allowedActions: [] });
      await harness.fixture.whenStable();
      expect(get('dossier-status').dataset['status']).toBe('withdrawn');
      expect(get('detail-notice').textContent).toContain('Đã rút hồ sơ');
    });
  });

  describe("the applicant's view of the legal clock", () => {
    const due = '2026-11-25T03:00:00Z';
    const received = (overrides: Partial<DossierDetail>): DossierDetail =>
      dossierDetail({
        status: 'in_processing', receivedAt: '2026-11-24T03:00:00Z', dueAt: due, forms: ['01', '06'], ...overrides,
        events: [...dossierDetail().events, accepted, ...(overrides.events ?? [])],
      });
    const running = { dueAt: due, running: true, budgetMinutes: 480, consumedMinutes: 300, remainingMinutes: 180, extensions: 0, ledger: [] };
    const get = (testId: string) => byTestId(element(), testId);

    it('should show the appointment, the deadline class in plain words and the time left', async () => {
      await open(received({ deadline: { ...running, deadlineClass: 'at_risk' } }));
      expect(get('dossier-due').textContent).toContain('10:00 25/11/2026');
      expect(get('deadline-class').dataset['class']).toBe('at_risk');
      expect(get('deadline-class').textContent).toBe('Sắp đến hạn');
      expect(get('clock-remaining').textContent).toContain('khoảng 3 giờ làm việc');
      expect(element().querySelector('[data-testid="clock-paused"]')).toBeNull();
      expect(element().querySelector('[data-testid="apology-notice"]')).toBeNull();
    });

    it('should tell an overdue dossier that the agency owes an apology', async () => {
      await open(received({ deadline: { ...running, remainingMinutes: 0, deadlineClass: 'overdue' } }));
      expect(get('deadline-class').textContent).toBe('Quá hạn — cơ quan phải xin lỗi và hẹn lại');
    });

    it('should tell a returned dossier whether it was early, on time or late', async () => {
      await open({ ...returned, deadlineClass: 'late', deadline: { ...returned.deadline, dueAt: due, deadlineClass: 'late' } });
      expect(get('deadline-class').textContent).toBe('Đã trả trễ hạn');
      expect(element().querySelector('[data-testid="clock-remaining"]')).toBeNull();
    });

    it('should say before reception that the appointment comes with the acceptance', async () => {
      await open(dossierDetail());
      expect(get('dossier-due').textContent).toContain('ngày hẹn được ấn định khi bộ phận một cửa tiếp nhận hồ sơ');
      expect(element().querySelector('[data-testid="deadline-class"]')).toBeNull();
    });

    it('should show the apology with the old and new dates, the reason and the apology letter (Mẫu 04)', async () => {
      const newDue = '2026-11-27T09:00:00Z';
      const apologised = received({
        dueAt: newDue,
        forms: ['01', '04', '06'],
        deadline: { ...running, dueAt: newDue, extensions: 1, deadlineClass: 'within_time' },
        events: [
          event({
            id: 'e3', action: 'apologise', fromStatus: 'in_processing', toStatus: 'in_processing', actorName: 'Hoàng Lãnh Đạo', actorRole: 'leader',
            reason: 'Cần xác minh thêm với cơ quan khác', occurredAt: '2026-11-24T08:00:00Z', details: { previousDueAt: due, newDueAt: newDue },
          }),
        ],
      });
      await open(apologised);
      const notice = get('apology-notice');
      expect(notice.textContent).toContain(
        'Cơ quan đã xin lỗi và hẹn lại ngày trả kết quả: 16:00 27/11/2026 (lý do: Cần xác minh thêm với cơ quan khác).',
      );
      expect(notice.textContent).toContain('Ngày hẹn trước đó: 10:00 25/11/2026');
      const letter = byTestId<HTMLAnchorElement>(notice, 'apology-letter');
      expect(letter.getAttribute('href')).toBe(`/api/v1/dossiers/${apologised.id}/forms/04`);
      expect(letter.textContent).toContain('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
      expect(get('dossier-due').textContent).toContain('16:00 27/11/2026');
      const item = element().querySelectorAll('[data-testid="timeline-item"]')[2] as HTMLElement;
      expect(byTestId(item, 'timeline-details').textContent).toContain('Ngày hẹn mới: 16:00 27/11/2026 (thay cho 10:00 25/11/2026)');

      TestBed.inject(LanguageService).language.set('en');
      await harness.fixture.whenStable();
      expect(notice.textContent).toContain('The agency apologised and set a new appointment: 16:00 27/11/2026');
      expect(notice.textContent).toContain('The previous appointment was 10:00 25/11/2026');
    });

    it('should explain a payment pause with the amount of the latest request', async () => {
      const request = (id: string, amount: number, occurredAt: string) =>
        event({ id, action: 'request_payment', fromStatus: 'in_processing', toStatus: 'payment_requested', occurredAt, details: { amount } });
      await open(
        received({
          status: 'payment_requested',
          dueAt: null,
          deadline: { ...running, dueAt: null, running: false, deadlineClass: null },
          events: [
            request('e3', 50000, '2026-11-24T04:00:00Z'),
            event({ id: 'e4', action: 'confirm_payment', fromStatus: 'payment_requested', toStatus: 'in_processing', occurredAt: '2026-11-24T05:00:00Z' }),
            request('e5', 1500000, '2026-11-24T06:00:00Z'),
          ],
        }),
      );
      const paused = get('clock-paused');
      expect(paused.dataset['reason']).toBe('payment');
      expect(paused.textContent).toContain('Thời hạn đang tạm dừng vì bạn cần nộp phí, lệ phí');
      expect(get('payment-amount').textContent).toBe('1.500.000 ₫');
      expect(paused.textContent).toContain('thời hạn giải quyết được tính tiếp');
      expect(get('dossier-due').textContent).toContain('Tạm dừng');
      const items = element().querySelectorAll('[data-testid="timeline-item"]');
      expect(items[4]?.textContent).toContain('Số tiền cần nộp: 1.500.000 ₫');
    });

    it('should say that a calendar change moved the appointment, with the reason in the chosen language', async () => {
      const newDue = '2026-11-26T03:00:00Z';
      await open(
        received({
          dueAt: newDue,
          deadline: { ...running, dueAt: newDue, deadlineClass: 'within_time' },
          events: [
            event({
              id: 'e3', action: 'deadline_recomputed', fromStatus: 'in_processing', toStatus: 'in_processing', actorName: 'Hệ thống / System',
              actorRole: 'system', reason: 'Lịch làm việc: 25/11/2026 là ngày nghỉ (Bão số 9) / Calendar: 2026-11-25 is now a day off',
              occurredAt: '2026-11-24T10:00:00Z', details: { previousDueAt: due, newDueAt: newDue },
            }),
          ],
        }),
      );
      const notice = get('recomputed-notice');
      expect(notice.textContent).toContain('ngày hẹn trả kết quả được tính lại');
      expect(notice.textContent).toContain('từ 10:00 25/11/2026 sang 10:00 26/11/2026');
      expect(notice.textContent).toContain('Lý do: Lịch làm việc: 25/11/2026 là ngày nghỉ (Bão số 9)');
      expect(notice.textContent).not.toContain('Calendar:');
      const item = element().querySelectorAll('[data-testid="timeline-item"]')[2] as HTMLElement;
      expect(item.textContent).toContain('Tính lại ngày hẹn do lịch làm việc thay đổi');
      expect(item.querySelector('.timeline__who')?.textContent).toBe('Hệ thống');

      TestBed.inject(LanguageService).language.set('en');
      await harness.fixture.whenStable();
      expect(notice.textContent).toContain('Reason: Calendar: 2026-11-25 is now a day off');
      expect(item.querySelector('.timeline__who')?.textContent).toBe('System');
    });

    it('should say after a complete supplement that the time starts again from zero, with the new appointment', async () => {
      const newDue = '2026-11-30T03:00:00Z';
      await open(
        received({
          dueAt: newDue,
          deadline: {
            ...running, dueAt: newDue, deadlineClass: 'within_time',
            ledger: [
              { at: '2026-11-24T03:00:00Z', kind: 'started', consumedMinutes: 0, remainingMinutes: 480, dueAt: due, text: { vi: 'Tiếp nhận', en: 'Received' } },
              { at: '2026-11-24T04:00:00Z', kind: 'paused', consumedMinutes: 60, remainingMinutes: 420, dueAt: null, text: { vi: 'Tạm dừng', en: 'Paused' } },
              { at: '2026-11-27T03:00:00Z', kind: 'restarted', consumedMinutes: 0, remainingMinutes: 480, dueAt: newDue, text: { vi: 'Tính lại từ đầu', en: 'Restarted' } },
            ],
          },
          events: [
            event({ id: 'e3', action: 'request_supplement', fromStatus: 'in_processing', toStatus: 'supplement_requested', reason: 'Thiếu', occurredAt: '2026-11-24T04:00:00Z', details: { items: ['Bản sao CCCD'] } }),
            event({
              id: 'e4', action: 'submit_supplement', fromStatus: 'supplement_requested', toStatus: 'in_processing', actorName: 'Trần Văn Công',
              actorRole: 'citizen', occurredAt: '2026-11-27T03:00:00Z', details: { attachmentCount: 1 },
            }),
          ],
        }),
      );
      const notice = get('restart-notice');
      expect(notice.dataset['kind']).toBe('restarted');
      expect(notice.textContent).toContain('thời hạn giải quyết được tính lại từ đầu');
      expect(notice.textContent).toContain('Ngày hẹn trả kết quả mới: 10:00 30/11/2026');
      expect(get('clock-ledger').querySelectorAll('li')).toHaveLength(3);
      expect(element().querySelectorAll('[data-testid="timeline-item"]')[3]?.textContent).toContain('Đã nộp 1 giấy tờ bổ sung');
    });
  });

  describe('how the result came back', () => {
    const withReturn = (details: DossierEventView['details']): DossierDetail => ({
      ...returned,
      returnedAt: '2026-11-24T09:00:00Z',
      events: returned.events.map((candidate) => (candidate.action === 'return_result' ? { ...candidate, reason: null, details } : candidate)),
    });
    const get = (testId: string) => byTestId(element(), testId);

    it('should lead with the download when the result was returned online', async () => {
      await open(withReturn({ returnMethod: 'online' }));
      const info = get('return-info');
      expect(info.dataset['method']).toBe('online');
      expect(info.textContent).toContain('Kết quả đã được trả trực tuyến');
      expect(element().querySelector('section.card')).toBe(info);
      expect(element().querySelectorAll('[data-testid="result-download"]')).toHaveLength(1);
      expect(byTestId(info, 'result-download').getAttribute('href')).toBe(`/api/v1/dossiers/${returned.id}/files/r1`);
      expect(element().querySelectorAll('[data-testid="timeline-item"]')[2]?.textContent).toContain('Trả trực tuyến trên Cổng');
    });

    it('should show the waybill number when the result was posted', async () => {
      await open(withReturn({ returnMethod: 'post', waybill: 'RR123456789VN' }));
      const info = get('return-info');
      expect(info.dataset['method']).toBe('post');
      expect(get('return-waybill').textContent).toBe('RR123456789VN');
      expect(info.querySelector('[data-testid="result-download"]')).toBeNull();
      expect(element().querySelector('section.card')).not.toBe(info);
      expect(element().querySelectorAll('[data-testid="timeline-item"]')[2]?.textContent).toContain('Số vận đơn: RR123456789VN');
    });

    it('should show who collected the result at the counter', async () => {
      await open(withReturn({ returnMethod: 'counter', collectedBy: 'Trần Thị Bình' }));
      expect(get('return-info').dataset['method']).toBe('counter');
      expect(get('return-info').textContent).toContain('Kết quả đã được trả tại bộ phận một cửa');
      expect(get('return-collected-by').textContent).toBe('Trần Thị Bình');
      expect(element().querySelectorAll('[data-testid="timeline-item"]')[2]?.textContent).toContain('Người nhận: Trần Thị Bình');
    });
  });
});
