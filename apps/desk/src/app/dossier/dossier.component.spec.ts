import { DOCUMENT } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DossierDetail, DossierEventView, JobFailureView, ProcedureDetail } from '@dvc/shared/contracts';
import type { LedgerLine } from '@dvc/shared/domain';
import { LanguageService } from '@dvc/web/ui';
import { DESK_CLOCK } from '../core/clock';
import { InboxFiltersStore } from '../core/inbox-filters.store';
import { detail, NOW } from '../testing/desk-fixtures';
import { DossierComponent } from './dossier.component';

const ID = '11111111-1111-4111-8111-111111111111';
const DOSSIER_URL = `/api/v1/dossiers/${ID}`;
const PROCEDURE_URL = '/api/v1/procedures/1.001193';
const FAILURES_URL = `${DOSSIER_URL}/job-failures`;

/** Lets the resource take the HTTP answer (it settles through a promise) before the next change detection. */
const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const PROCEDURE = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  formFields: [
    { key: 'ngaySinh', label: 'Ngày sinh', type: 'date', required: true },
    { key: 'hoTenCon', label: 'Họ tên người được khai sinh', type: 'text', required: true },
  ],
  components: [{ code: 'TP01', name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, required: true, acceptedTypes: [], maxSizeMb: 10 }],
} as unknown as ProcedureDetail;

const RECEIVED = '2026-11-20T03:00:00Z';

function line(kind: LedgerLine['kind'], at: string, dueAt: string | null, consumedMinutes: number, remainingMinutes: number, vi: string): LedgerLine {
  return { kind, at, dueAt, consumedMinutes, remainingMinutes, text: { vi, en: `EN ${vi}` } };
}

function event(overrides: Partial<DossierEventView>): DossierEventView {
  return {
    id: 'event-x', action: 'accept', fromStatus: 'submitted', toStatus: 'received', actorName: 'Lê Thị Mai', actorRole: 'desk_officer',
    reason: null, occurredAt: RECEIVED, details: {}, ...overrides,
  };
}

describe('DossierComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ho-so/:id', component: DossierComponent }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: DESK_CLOCK, useValue: () => NOW },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string): T | null => element().querySelector<T>(`[data-testid="${id}"]`);
  const buttonIds = (): string[] =>
    [...element().querySelectorAll<HTMLButtonElement>('[data-testid^="action-"]')]
      .filter((node) => node.tagName === 'BUTTON' && !['action-confirm', 'action-cancel', 'action-reload'].includes(node.dataset['testid'] ?? ''))
      .map((button) => button.dataset['testid'] ?? '');

  async function settle(): Promise<void> {
    TestBed.tick();
    await nextMacrotask();
    await harness.fixture.whenStable();
  }

  /**
   * Opens the dossier page and answers its requests: the dossier, then its procedure and what failed in the
   * background for it (nothing, unless told).
   */
  async function open(dossier: DossierDetail, procedure: ProcedureDetail | 'fails' = PROCEDURE, failures: JobFailureView[] = []): Promise<void> {
    await harness.navigateByUrl(`/ho-so/${ID}`, DossierComponent);
    TestBed.tick();
    http.expectOne(DOSSIER_URL).flush(dossier);
    await nextMacrotask();
    TestBed.tick();
    const procedureRequest = http.expectOne(PROCEDURE_URL);
    if (procedure === 'fails') procedureRequest.flush({ code: 'X', message: 'x' }, { status: 500, statusText: 'Error' });
    else procedureRequest.flush(procedure);
    const failuresRequest = http.expectOne(FAILURES_URL);
    expect(failuresRequest.request.method).toBe('GET');
    failuresRequest.flush(failures);
    await settle();
  }

  function type(testId: string, value: string): void {
    const field = byTestId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(testId);
    if (!field) throw new Error(`no ${testId}`);
    field.value = value;
    field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
  }

  function click(testId: string): void {
    const button = byTestId<HTMLButtonElement>(testId);
    if (!button) throw new Error(`no ${testId}`);
    button.click();
  }

  function expectAction(action: string): TestRequest {
    const request = http.expectOne(`${DOSSIER_URL}/actions/${action}`);
    expect(request.request.method).toBe('POST');
    return request;
  }

  it('should show the facts, the form with the procedure labels, the files and the history', async () => {
    await open(detail());
    expect(byTestId('dossier-code')?.textContent?.trim()).toBe('000.10.31.H56-261124-0001');
    expect(byTestId('dossier-status')?.dataset['status']).toBe('submitted');
    expect(element().querySelectorAll('[data-testid="dossier-status"]')).toHaveLength(1);
    expect(byTestId('dossier-due')?.textContent?.trim()).toBe('');
    expect(element().textContent).toContain('Trực tuyến');
    const labels = [...element().querySelectorAll('[data-testid="form-data"] dt')].map((dt) => dt.textContent?.trim());
    expect(labels).toEqual(['Ngày sinh', 'Họ tên người được khai sinh']);
    const attachment = byTestId('attachment');
    expect(attachment?.textContent).toContain('Tờ khai đăng ký khai sinh');
    expect(attachment?.querySelector('a')?.getAttribute('href')).toBe(`/api/v1/dossiers/${ID}/files/file-1`);
    expect(byTestId('result-download')).toBeNull();
    expect(element().querySelectorAll('[data-testid="timeline-item"]')).toHaveLength(1);
  });

  it('should flag an attachment that failed its checks with the reason, and say which are still being checked', async () => {
    const base = { componentCode: 'TP01', kind: 'attachment', contentType: 'application/pdf', size: 1200, sha256: 'x' } as const;
    await open(detail({
      files: [
        { ...base, id: 'file-1', fileName: 'to-khai.pdf', checkStatus: 'failed', checkDetail: 'Phát hiện mã độc Eicar-Test-Signature / Malware found: Eicar-Test-Signature' },
        { ...base, id: 'file-2', fileName: 'giay-chung-sinh.pdf', checkStatus: 'pending', checkDetail: null },
      ],
    }));
    const checks = [...element().querySelectorAll<HTMLElement>('[data-testid="attachment-check"]')];
    expect(checks.map((check) => check.dataset['status'])).toEqual(['failed', 'pending']);
    expect(checks[0]?.getAttribute('role')).toBe('note');
    expect(checks[0]?.textContent).toContain('Phát hiện mã độc Eicar-Test-Signature');
    expect(checks[0]?.textContent).not.toContain('Malware found');
    expect(checks[1]?.textContent).toContain('đang kiểm tra tệp');
  });

  it("should explain the due date: the server's class, a running clock, the working hours left and one ledger line per entry", async () => {
    const ledger = [
      line('started', RECEIVED, '2026-11-27T10:00:00Z', 0, 2400, 'Tiếp nhận; bắt đầu tính thời hạn 40 giờ làm việc'),
      line('paused', '2026-11-21T03:00:00Z', null, 480, 1920, 'Tạm dừng: chờ công dân bổ sung hồ sơ'),
      line('restarted', '2026-11-23T03:00:00Z', '2026-11-30T03:00:00Z', 0, 2400, 'Đã nhận đủ hồ sơ bổ sung; thời hạn được tính lại từ đầu'),
    ];
    await open(
      detail({
        status: 'in_processing', receivedAt: RECEIVED, dueAt: '2026-11-30T03:00:00Z', deadlineClass: 'at_risk', allowedActions: [],
        deadline: { dueAt: '2026-11-30T03:00:00Z', running: true, budgetMinutes: 2400, consumedMinutes: 2070, remainingMinutes: 330, extensions: 0, deadlineClass: 'at_risk', ledger },
      }),
    );
    const panel = byTestId('deadline');
    expect(panel?.dataset['clock']).toBe('running');
    expect(byTestId('dossier-due')?.textContent?.trim()).toBe('10:00 30/11/2026');
    expect(panel?.querySelector('[data-testid="deadline-tag"]')?.getAttribute('data-deadline')).toBe('at_risk');
    expect(panel?.querySelector('[data-testid="deadline-tag"]')?.textContent?.trim()).toBe('Sắp đến hạn');
    expect(byTestId('deadline-clock')?.textContent).toContain('Đang tính thời hạn');
    expect(byTestId('deadline-remaining')?.textContent?.trim()).toBe('(còn 5,5 giờ làm việc)');
    expect(byTestId('deadline-extended')).toBeNull();
    expect(byTestId('deadline-recomputed')).toBeNull();

    const lines = [...element().querySelectorAll<HTMLElement>('[data-testid="deadline-ledger"] [data-testid="ledger-line"]')];
    expect(lines.map((item) => item.dataset['kind'])).toEqual(['started', 'paused', 'restarted']);
    expect(lines.map((item) => item.querySelector('[data-testid="ledger-text"]')?.textContent?.trim())).toEqual(ledger.map((entry) => entry.text.vi));
    expect(lines[0]?.textContent).toContain('10:00 20/11/2026');
    expect(lines[0]?.textContent).toContain('đã dùng 0 giờ, còn 40 giờ làm việc');
    expect(lines[0]?.textContent).toContain('Hẹn trả: 17:00 27/11/2026');
    expect(lines[1]?.textContent).toContain('đã dùng 8 giờ, còn 32 giờ làm việc');
    expect(lines[1]?.textContent).toContain('Chưa có ngày hẹn khi đang tạm dừng');

    TestBed.inject(LanguageService).language.set('en');
    await settle();
    expect(byTestId('deadline-remaining')?.textContent?.trim()).toBe('(5.5 working hours left)');
    expect(lines[2]?.querySelector('[data-testid="ledger-text"]')?.textContent?.trim()).toBe(`EN ${ledger[2]?.text.vi}`);
  });

  it('should show a paused clock with the paused tag and the hours that remain', async () => {
    await open(
      detail({
        status: 'supplement_requested', receivedAt: RECEIVED, dueAt: null, deadlineClass: null, allowedActions: [],
        deadline: {
          dueAt: null, running: false, budgetMinutes: 2400, consumedMinutes: 480, remainingMinutes: 1920, extensions: 0, deadlineClass: null,
          ledger: [
            line('started', RECEIVED, '2026-11-27T10:00:00Z', 0, 2400, 'Tiếp nhận'),
            line('paused', '2026-11-21T03:00:00Z', null, 480, 1920, 'Tạm dừng: chờ công dân bổ sung hồ sơ'),
          ],
        },
      }),
    );
    expect(byTestId('deadline')?.dataset['clock']).toBe('paused');
    expect(byTestId('deadline-tag')?.getAttribute('data-deadline')).toBe('paused');
    expect(byTestId('deadline-tag')?.textContent?.trim()).toBe('Tạm dừng');
    expect(byTestId('deadline-clock')?.textContent).toContain('Tạm dừng tính thời hạn');
    expect(byTestId('deadline-remaining')?.textContent).toContain('còn 32 giờ làm việc');
    expect(element().querySelectorAll('[data-testid="ledger-line"]')).toHaveLength(2);
  });

  it('should say the clock has not started before reception, with no tag and no ledger', async () => {
    await open(detail());
    expect(byTestId('deadline')?.dataset['clock']).toBe('not_started');
    expect(byTestId('deadline-clock')?.textContent).toContain('Chưa tính');
    expect(byTestId('deadline-tag')).toBeNull();
    expect(byTestId('deadline-remaining')).toBeNull();
    expect(byTestId('deadline-ledger')).toBeNull();
  });

  it('should show a finished dossier with its finished class', async () => {
    await open(
      detail({
        status: 'returned', receivedAt: RECEIVED, dueAt: '2026-11-27T10:00:00Z', finishedAt: '2026-11-26T03:00:00Z', deadlineClass: 'early', allowedActions: [],
        deadline: {
          dueAt: '2026-11-27T10:00:00Z', running: false, budgetMinutes: 2400, consumedMinutes: 1920, remainingMinutes: 480, extensions: 0, deadlineClass: 'early',
          ledger: [line('started', RECEIVED, '2026-11-27T10:00:00Z', 0, 2400, 'Tiếp nhận'), line('finished', '2026-11-26T03:00:00Z', null, 1920, 480, 'Kết thúc xử lý')],
        },
      }),
    );
    expect(byTestId('deadline')?.dataset['clock']).toBe('finished');
    expect(byTestId('deadline-tag')?.textContent?.trim()).toBe('Trước hạn');
    expect(byTestId('deadline-remaining')).toBeNull();
  });

  it('should say when an apology moved the appointment, from which date to which', async () => {
    await open(
      detail({
        status: 'in_processing', receivedAt: RECEIVED, dueAt: '2026-12-04T10:00:00Z', deadlineClass: 'within_time', allowedActions: [],
        events: [
          event({ id: 'e1', action: 'accept' }),
          event({
            id: 'e2', action: 'apologise', fromStatus: 'in_processing', toStatus: 'in_processing', reason: 'Cần xác minh thêm',
            details: { previousDueAt: '2026-11-27T10:00:00Z', newDueAt: '2026-12-04T10:00:00Z' },
          }),
        ],
        deadline: { dueAt: '2026-12-04T10:00:00Z', running: true, budgetMinutes: 4800, consumedMinutes: 100, remainingMinutes: 4700, extensions: 1, deadlineClass: 'within_time', ledger: [] },
      }),
    );
    const extended = byTestId('deadline-extended')?.textContent ?? '';
    expect(extended).toContain('phiếu xin lỗi');
    expect(extended).toContain('17:00 27/11/2026 → 17:00 04/12/2026');
    expect(byTestId('deadline-tag')?.textContent?.trim()).toBe('Trong hạn');
  });

  it('should show the latest recomputation after a calendar change, and the system texts in the chosen language', async () => {
    const recomputed = (id: string, occurredAt: string, previousDueAt: string, newDueAt: string, day: string): DossierEventView =>
      event({
        id, action: 'deadline_recomputed', fromStatus: 'in_processing', toStatus: 'in_processing', actorName: 'Hệ thống / System', actorRole: 'system',
        reason: `Lịch làm việc: ${day} là ngày nghỉ (QĐ 12) / Calendar: ${day} is now a day off`, occurredAt, details: { previousDueAt, newDueAt },
      });
    await open(
      detail({
        status: 'in_processing', receivedAt: RECEIVED, dueAt: '2026-12-01T10:00:00Z', deadlineClass: 'within_time', allowedActions: [],
        events: [
          event({ id: 'e1', action: 'accept' }),
          recomputed('e2', '2026-11-21T03:00:00Z', '2026-11-27T10:00:00Z', '2026-11-30T10:00:00Z', '27/11/2026'),
          recomputed('e3', '2026-11-22T03:00:00Z', '2026-11-30T10:00:00Z', '2026-12-01T10:00:00Z', '30/11/2026'),
        ],
      }),
    );
    const note = byTestId('deadline-recomputed')?.textContent ?? '';
    expect(note).toContain('Ngày hẹn được tính lại');
    expect(note).toContain('17:00 30/11/2026 →');
    expect(note).toContain('17:00 01/12/2026');
    expect(note).toContain('Lịch làm việc: 30/11/2026 là ngày nghỉ (QĐ 12)');
    expect(note).not.toContain('Calendar:');

    const items = [...element().querySelectorAll<HTMLElement>('[data-testid="timeline-item"]')];
    expect(items).toHaveLength(3);
    expect(items[2]?.textContent).toContain('Tính lại ngày hẹn do lịch làm việc thay đổi');
    expect(items[2]?.querySelector('.timeline__who')?.textContent?.trim()).toBe('Hệ thống');
    expect(items[2]?.querySelector('.timeline__reason')?.textContent?.trim()).toBe('Lịch làm việc: 30/11/2026 là ngày nghỉ (QĐ 12)');

    TestBed.inject(LanguageService).language.set('en');
    await settle();
    expect(items[2]?.querySelector('.timeline__who')?.textContent?.trim()).toBe('System');
    expect(byTestId('deadline-recomputed')?.textContent).toContain('Calendar: 30/11/2026 is now a day off');
  });

  it('should show the form keys when the procedure cannot be loaded', async () => {
    await open(detail(), 'fails');
    const labels = [...element().querySelectorAll('[data-testid="form-data"] dt')].map((dt) => dt.textContent?.trim());
    expect(labels).toEqual(['hoTenCon', 'ngaySinh']);
  });

  it.each([
    [['accept', 'refuse', 'request_supplement'], ['action-accept', 'action-refuse', 'action-request_supplement']],
    [['approve', 'send_back'], ['action-approve', 'action-send_back']],
    [['return_result'], ['action-return_result']],
  ] as const)('should show exactly the buttons the server allows (%j)', async (allowed, expected) => {
    await open(detail({ allowedActions: [...allowed] }));
    expect(buttonIds()).toEqual(expected);
    expect(byTestId('action-accept')?.textContent?.trim()).toBe(allowed[0] === 'accept' ? 'Tiếp nhận' : undefined);
  });

  it('should say there is nothing to do when the server allows no action', async () => {
    await open(detail({ allowedActions: [] }));
    expect(buttonIds()).toEqual([]);
    expect(byTestId('no-actions')).not.toBeNull();
  });

  it('should post only the version for an action without a reason and show the dossier the API returns', async () => {
    await open(detail({ version: 3 }));
    click('action-accept');
    await settle();
    const request = expectAction('accept');
    expect(request.request.body).toEqual({ version: 3 });
    expect(byTestId<HTMLButtonElement>('action-accept')?.disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>('action-refuse')?.disabled).toBe(true);

    request.flush(
      detail({
        status: 'received', version: 4, receivedAt: '2026-11-24T03:00:00Z', dueAt: '2026-11-26T03:00:00Z',
        allowedActions: ['request_payment'],
      }),
    );
    await settle();
    expect(byTestId('dossier-status')?.dataset['status']).toBe('received');
    expect(byTestId('dossier-due')?.textContent?.trim()).toBe('10:00 26/11/2026');
    expect(buttonIds()).toEqual(['action-request_payment']);
    expect(byTestId('action-done')?.textContent).toContain('Trạng thái mới: Đã tiếp nhận');
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(byTestId('action-outcome'));
  });

  it('should require a reason before refusing, then post it with the version', async () => {
    await open(detail({ version: 2 }));
    click('action-refuse');
    await settle();
    http.expectNone(`${DOSSIER_URL}/actions/refuse`);
    const textarea = byTestId<HTMLTextAreaElement>('action-reason');
    expect(textarea).not.toBeNull();
    expect(element().querySelector('label[for="action-reason"]')?.textContent?.trim()).toBe('Lý do');

    click('action-confirm');
    await settle();
    http.expectNone(`${DOSSIER_URL}/actions/refuse`);
    expect(byTestId('reason-missing')?.textContent?.trim()).toBe('Hãy nhập lý do.');
    expect(textarea?.getAttribute('aria-invalid')).toBe('true');

    type('action-reason', '  Hồ sơ không thuộc thẩm quyền  ');
    await settle();
    expect(byTestId('reason-missing')).toBeNull();
    click('action-confirm');
    await settle();
    const request = expectAction('refuse');
    expect(request.request.body).toEqual({ version: 2, reason: 'Hồ sơ không thuộc thẩm quyền' });
    request.flush(detail({ status: 'refused', version: 3, allowedActions: [], finishedAt: '2026-11-24T03:00:00Z' }));
    await settle();
    expect(byTestId('dossier-status')?.dataset['status']).toBe('refused');
    expect(byTestId('action-reason')).toBeNull();
  });

  it('should ask for every item to fix in one go, and send the items with the reason', async () => {
    await open(detail({ version: 5 }));
    click('action-request_supplement');
    await settle();
    expect(byTestId('action-form')?.textContent).toContain('trong một lần');
    expect(byTestId('action-form')?.textContent).toContain('Nghị định 118');
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(byTestId('action-items'));

    type('action-reason', 'Thiếu giấy tờ');
    click('action-confirm');
    await settle();
    http.expectNone(`${DOSSIER_URL}/actions/request_supplement`);
    expect(byTestId('action-items')?.getAttribute('aria-invalid')).toBe('true');
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(byTestId('action-items'));

    type('action-items', 'Bản sao giấy chứng sinh\n\n  Tờ khai có chữ ký  \n');
    click('action-confirm');
    await settle();
    const request = expectAction('request_supplement');
    expect(request.request.body).toEqual({ version: 5, reason: 'Thiếu giấy tờ', items: ['Bản sao giấy chứng sinh', 'Tờ khai có chữ ký'] });
    request.flush(detail({ status: 'supplement_requested', version: 6, allowedActions: [] }));
    await settle();
    expect(byTestId('dossier-status')?.dataset['status']).toBe('supplement_requested');
  });

  it('should close the inline form on cancel without sending anything', async () => {
    await open(detail());
    click('action-refuse');
    await settle();
    expect(byTestId('action-refuse')?.getAttribute('aria-expanded')).toBe('true');
    click('action-cancel');
    await settle();
    expect(byTestId('action-form')).toBeNull();
  });

  it('should ask how the result is returned, and who collected it at the counter', async () => {
    await open(
      detail({
        status: 'result_ready', version: 7, allowedActions: ['return_result'],
        files: [{ id: 'res-1', componentCode: null, kind: 'result', fileName: 'ket-qua.pdf', contentType: 'application/pdf', size: 9, sha256: 'y', checkStatus: 'passed', checkDetail: null }],
      }),
    );
    click('action-return_result');
    await settle();
    http.expectNone(`${DOSSIER_URL}/actions/return_result`);
    click('action-confirm');
    await settle();
    expect(byTestId('return-method')?.getAttribute('aria-invalid')).toBe('true');

    type('return-method', 'counter');
    await settle();
    click('action-confirm');
    await settle();
    http.expectNone(`${DOSSIER_URL}/actions/return_result`);
    expect(byTestId('action-collected-by')?.getAttribute('aria-invalid')).toBe('true');

    type('return-method', 'online');
    await settle();
    expect(byTestId('action-collected-by')).toBeNull();
    click('action-confirm');
    await settle();
    const request = expectAction('return_result');
    expect(request.request.body).toEqual({ version: 7, returnMethod: 'online' });
    request.flush(detail({ status: 'returned', version: 8, allowedActions: [] }));
    await settle();
    expect(byTestId('dossier-status')?.dataset['status']).toBe('returned');
  });

  it("should offer the processing agency's specialists when a leader assigns the dossier", async () => {
    await open(detail({ status: 'received', version: 2, processingAgencyId: 'agency-9', allowedActions: ['reassign'] }));
    click('action-reassign');
    TestBed.tick();
    const staff = http.expectOne((request) => request.url === '/api/v1/desk/staff');
    expect(staff.request.params.get('agencyId')).toBe('agency-9');
    expect(staff.request.params.get('role')).toBe('specialist');
    staff.flush([{ id: 'u-7', fullName: 'Trần Quốc Bảo', role: 'specialist' }]);
    await settle();
    type('action-assignee', 'u-7');
    click('action-confirm');
    await settle();
    expect(expectAction('reassign').request.body).toEqual({ version: 2, assigneeId: 'u-7' });
  });

  it('should explain a version conflict and reload the dossier on request', async () => {
    await open(detail({ version: 1 }));
    click('action-accept');
    await settle();
    expectAction('accept').flush(
      { statusCode: 409, code: 'DOSSIER.VERSION_CONFLICT', message: 'Hồ sơ vừa được người khác cập nhật', correlationId: 'c' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(byTestId('action-conflict')?.textContent).toContain('người khác cập nhật');
    expect(byTestId('dossier-status')?.dataset['status']).toBe('submitted');
    expect(byTestId<HTMLButtonElement>('action-accept')?.disabled).toBe(false);

    click('action-reload');
    TestBed.tick();
    http.expectOne(DOSSIER_URL).flush(detail({ status: 'received', version: 2, allowedActions: [] }));
    await settle();
    expect(byTestId('action-conflict')).toBeNull();
    expect(byTestId('dossier-status')?.dataset['status']).toBe('received');
  });

  it('should show any other error with the shared error alert', async () => {
    await open(detail());
    click('action-accept');
    await settle();
    expectAction('accept').flush(
      { statusCode: 403, code: 'DOSSIER.OUT_OF_SCOPE', message: 'Hồ sơ thuộc cơ quan khác', correlationId: 'c-9' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(byTestId('error-alert')?.dataset['code']).toBe('DOSSIER.OUT_OF_SCOPE');
    expect(byTestId('action-conflict')).toBeNull();
    expect(byTestId('action-reload')).toBeNull();
  });

  it('should offer a reload when the action no longer fits the status (another 409)', async () => {
    await open(detail());
    click('action-accept');
    await settle();
    expectAction('accept').flush(
      { statusCode: 409, code: 'DOSSIER.TRANSITION_NOT_ALLOWED', message: 'Không thể "Tiếp nhận"', correlationId: 'c' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(byTestId('error-alert')?.dataset['code']).toBe('DOSSIER.TRANSITION_NOT_ALLOWED');
    click('action-reload');
    TestBed.tick();
    http.expectOne(DOSSIER_URL).flush(detail({ status: 'received', version: 2, allowedActions: [] }));
    await settle();
    expect(byTestId('dossier-status')?.dataset['status']).toBe('received');
  });

  it('should link the result document once it exists', async () => {
    await open(
      detail({
        status: 'result_ready',
        allowedActions: ['return_result'],
        files: [{ id: 'res-1', componentCode: null, kind: 'result', fileName: 'ket-qua.pdf', contentType: 'application/pdf', size: 9, sha256: 'y', checkStatus: 'passed', checkDetail: null }],
      }),
    );
    expect(byTestId('result-download')?.getAttribute('href')).toBe(`/api/v1/dossiers/${ID}/files/res-1`);
  });

  it('should link the standard forms the dossier has', async () => {
    await open(detail({ status: 'received', forms: ['01', '06'], allowedActions: [] }));
    expect(byTestId('form-01')?.getAttribute('href')).toBe(`/api/v1/dossiers/${ID}/forms/01`);
    expect(byTestId('form-01')?.textContent).toContain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    expect(byTestId('form-06')).not.toBeNull();
    expect(byTestId('form-02')).toBeNull();
  });

  it('should go back to the inbox with its filters and print the control sheet', async () => {
    TestBed.inject(InboxFiltersStore).remember({ status: 'submitted', q: 'Bình' });
    await open(detail());
    expect(byTestId('back-to-inbox')?.getAttribute('href')).toBe('/?status=submitted&q=B%C3%ACnh');
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    click('print');
    await settle();
    expect(print).toHaveBeenCalledTimes(1);
    expect(byTestId('print-sheet')?.textContent).toContain('PHIẾU KIỂM SOÁT');
    expect(byTestId('print-sheet')?.textContent).toContain('10:00 24/11/2026');
    print.mockRestore();
  });

  it('should show the load error when the dossier cannot be read', async () => {
    await harness.navigateByUrl(`/ho-so/${ID}`, DossierComponent);
    TestBed.tick();
    http.expectOne(DOSSIER_URL).flush(
      { statusCode: 404, code: 'DOSSIER.NOT_FOUND', message: 'Không tìm thấy hồ sơ', correlationId: 'c' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    expect(byTestId('error-alert')?.dataset['code']).toBe('DOSSIER.NOT_FOUND');
  });
});
