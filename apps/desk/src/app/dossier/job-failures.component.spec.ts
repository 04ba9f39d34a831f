import { DOCUMENT } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { JobFailureView } from '@dvc/shared/contracts';
import { LanguageService } from '@dvc/web/ui';
import { DESK_CLOCK } from '../core/clock';
import { attempts, detail, failure, NOW } from '../testing/desk-fixtures';
import { domOf, nextMacrotask } from '../testing/dom';
import { DossierComponent } from './dossier.component';

const ID = '11111111-1111-4111-8111-111111111111';
const DOSSIER_URL = `/api/v1/dossiers/${ID}`;
const FAILURES_URL = `${DOSSIER_URL}/job-failures`;
const SYNC_JOB = 'evt-1.integrations.sync-national-portal';
const RETRY_URL = `${FAILURES_URL}/${encodeURIComponent(SYNC_JOB)}/retry`;
const MAIL_JOB = 'evt-1.notifications.notify-applicant';

/** The sync job out of attempts, and an e-mail still retried by the system. */
const DEAD_AND_RETRYING: JobFailureView[] = [
  ...attempts(2, { jobId: MAIL_JOB, jobName: 'notifications.notify-applicant', error: 'SMTP 421 try later' }),
  ...attempts(5, { jobId: SYNC_JOB }),
];

describe('JobFailuresComponent on the dossier page', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const dom = domOf(() => harness.routeNativeElement as HTMLElement, () => harness.fixture);

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

  /** Opens the dossier; the failures are asked for once the dossier is loaded. */
  async function open(failures: JobFailureView[]): Promise<void> {
    await harness.navigateByUrl(`/ho-so/${ID}`, DossierComponent);
    TestBed.tick();
    http.expectNone(FAILURES_URL);
    http.expectOne(DOSSIER_URL).flush(detail());
    await nextMacrotask();
    TestBed.tick();
    http.expectOne((request) => request.url.startsWith('/api/v1/procedures/')).flush({ code: 'X', message: 'x' }, { status: 404, statusText: 'Not Found' });
    http.expectOne(FAILURES_URL).flush(failures);
    await dom.settle();
  }

  /** Lets the page react to an answer while another request (the list's reload) is still open. */
  async function pending(): Promise<void> {
    await nextMacrotask();
    TestBed.tick();
  }

  const groups = (): HTMLElement[] => dom.allByTestId('job-group');
  const states = (): (string | undefined)[] => groups().map((group) => group.dataset['state']);

  it('should show nothing, and no warning, when nothing failed', async () => {
    await open([]);
    expect(dom.byTestId('dossier-code')).not.toBeNull();
    expect(dom.byTestId('job-failures')).toBeNull();
    expect(dom.byTestId('jobs-attention')).toBeNull();
  });

  it('should list a job the system still retries with each attempt, its time and error, and no retry button or warning', async () => {
    await open(attempts(2, { error: 'connect ECONNREFUSED 127.0.0.1:4010' }));
    expect(states()).toEqual(['retrying']);
    expect(dom.text('job-name')).toBe('Đồng bộ Cổng DVC quốc gia');
    expect(groups()[0]?.textContent).toContain(SYNC_JOB);
    expect(dom.text('job-retrying')).toBe('Đã lỗi 2/5 lần; hệ thống tự thử lại, chưa cần xử lý. Nếu lần thử sau thành công, sẽ không có lỗi mới.');
    const lines = dom.allByTestId('job-attempt').map((line) => line.textContent?.replace(/\s+/g, ' ').trim());
    // The latest failure first, the earlier ones behind a disclosure.
    expect(lines).toEqual([
      'Lần 2/5 · 09:51 24/11/2026 Lỗi: connect ECONNREFUSED 127.0.0.1:4010',
      'Lần 1/5 · 09:50 24/11/2026 Lỗi: connect ECONNREFUSED 127.0.0.1:4010',
    ]);
    expect(dom.byTestId('job-earlier')?.tagName).toBe('DETAILS');
    expect(dom.byTestId('job-earlier')?.querySelector('summary')?.textContent?.trim()).toBe('Các lần lỗi trước (1)');
    expect(dom.byTestId('job-earlier')?.querySelectorAll('[data-testid="job-attempt"]')).toHaveLength(1);
    expect(dom.byTestId('job-dead')).toBeNull();
    expect(dom.byTestId('job-retry')).toBeNull();
    expect(dom.byTestId('jobs-attention')).toBeNull();
  });

  it('should put a dead job first with a clear warning, a retry button and a warning at the top that leads to the panel', async () => {
    await open(DEAD_AND_RETRYING);
    expect(states()).toEqual(['dead', 'retrying']);
    const dead = groups()[0];
    expect(dead?.dataset['jobId']).toBe(SYNC_JOB);
    expect(dead?.querySelectorAll('[data-testid="job-attempt"]')).toHaveLength(5);
    expect(dead?.querySelector('[data-testid="job-attempt"]')?.textContent).toContain('Lần 5/5');
    expect(dead?.querySelector('summary')?.textContent?.trim()).toBe('Các lần lỗi trước (4)');
    expect(dom.text('job-dead')).toContain('Cần xử lý');
    expect(dom.allByTestId('job-retry')).toHaveLength(1);
    expect(dom.text('job-retry')).toBe('Thử lại: Đồng bộ Cổng DVC quốc gia');
    expect(groups()[1]?.querySelector('[data-testid="job-name"]')?.textContent?.trim()).toBe('Gửi thông báo cho công dân (thư điện tử, SMS)');

    expect(dom.text('jobs-attention')).toContain('Có tác vụ nền bị lỗi cần xử lý');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    dom.byTestId('jobs-attention-link')?.dispatchEvent(click);
    await dom.settle();
    expect(click.defaultPrevented).toBe(true);
    expect(TestBed.inject(Router).url).toBe(`/ho-so/${ID}`);
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(dom.byTestId('job-failures'));
  });

  it('should say who retried a job and when, without a button or the top warning', async () => {
    await open(attempts(5, { retriedAt: '2026-11-24T03:05:00Z', retriedBy: 'Nguyễn Quản Trị' }));
    expect(states()).toEqual(['retried']);
    expect(dom.text('job-retried')).toBe('Đã được thử lại bởi Nguyễn Quản Trị lúc 10:05 24/11/2026.');
    expect(dom.byTestId('job-retry')).toBeNull();
    expect(dom.byTestId('jobs-attention')).toBeNull();

    TestBed.inject(LanguageService).language.set('en');
    await dom.settle();
    expect(dom.text('job-retried')).toBe('Retried by Nguyễn Quản Trị at 10:05 24/11/2026.');
    expect(dom.text('job-name')).toBe('Sync with the National Public Service Portal');
  });

  it('should show a job a person must act on again when it failed after a retry', async () => {
    const retried = attempts(5, { retriedAt: '2026-11-24T03:05:00Z', retriedBy: 'Nguyễn Quản Trị' });
    await open([...retried, failure({ attempt: 6, dead: true, failedAt: '2026-11-24T03:06:00Z' })]);
    expect(states()).toEqual(['dead']);
    expect(dom.byTestId('jobs-attention')).not.toBeNull();
  });

  it('should retry a dead job, announce it with the focus, and load the list again', async () => {
    await open(DEAD_AND_RETRYING);
    dom.click('job-retry');
    TestBed.tick();
    const request = http.expectOne(RETRY_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    expect(dom.byTestId<HTMLButtonElement>('job-retry')?.disabled).toBe(true);
    expect(dom.text('job-retry')).toContain('Đang thử lại');

    request.flush(failure({ attempt: 5, dead: true, retriedAt: '2026-11-24T03:00:00Z', retriedBy: 'Lê Thị Một Cửa' }));
    await pending();
    const retried = attempts(5, { retriedAt: '2026-11-24T03:00:00Z', retriedBy: 'Lê Thị Một Cửa' });
    http.expectOne(FAILURES_URL).flush([...DEAD_AND_RETRYING.slice(0, 2), ...retried]);
    await dom.settle();

    expect(dom.text('job-retry-done')).toBe('Đã gửi lại tác vụ «Đồng bộ Cổng DVC quốc gia». Hệ thống sẽ chạy lại trong giây lát.');
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(dom.byTestId('job-outcome'));
    expect(states()).toEqual(['retrying', 'retried']);
    expect(dom.byTestId('job-retry')).toBeNull();
    expect(dom.byTestId('jobs-attention')).toBeNull();
  });

  it('should explain a 409 JOBS.NOT_DEAD (already being retried) and load the list again', async () => {
    await open(DEAD_AND_RETRYING);
    dom.click('job-retry');
    TestBed.tick();
    http.expectOne(RETRY_URL).flush(
      { statusCode: 409, code: 'JOBS.NOT_DEAD', message: 'Tác vụ này đang được hệ thống tự thử lại hoặc đã được thử lại / This job is still retried automatically or was already retried', correlationId: 'c-1' },
      { status: 409, statusText: 'Conflict' },
    );
    await pending();
    http.expectOne(FAILURES_URL).flush(attempts(5, { retriedAt: '2026-11-24T02:59:00Z', retriedBy: 'Người khác' }));
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('JOBS.NOT_DEAD');
    expect(dom.text('error-alert')).toContain('đang được hệ thống tự thử lại');
    expect(dom.text('job-not-dead')).toContain('đã có người thử lại');
    expect(states()).toEqual(['retried']);
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(dom.byTestId('job-outcome'));
  });

  it('should show any other error without loading the list again', async () => {
    await open(DEAD_AND_RETRYING);
    dom.click('job-retry');
    TestBed.tick();
    http.expectOne(RETRY_URL).flush(
      { statusCode: 403, code: 'DOSSIER.OUT_OF_SCOPE', message: 'Hồ sơ thuộc cơ quan khác', correlationId: 'c-2' },
      { status: 403, statusText: 'Forbidden' },
    );
    await dom.settle();
    http.expectNone(FAILURES_URL);
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('DOSSIER.OUT_OF_SCOPE');
    expect(dom.byTestId('job-not-dead')).toBeNull();
    expect(dom.byTestId<HTMLButtonElement>('job-retry')?.disabled).toBe(false);
  });

  it('should say when the list cannot be loaded and load it again on request', async () => {
    await harness.navigateByUrl(`/ho-so/${ID}`, DossierComponent);
    TestBed.tick();
    http.expectOne(DOSSIER_URL).flush(detail());
    await nextMacrotask();
    TestBed.tick();
    http.expectOne((request) => request.url.startsWith('/api/v1/procedures/')).flush({ code: 'X', message: 'x' }, { status: 404, statusText: 'Not Found' });
    http.expectOne(FAILURES_URL).flush({ statusCode: 500, code: 'INTERNAL', message: 'Lỗi', correlationId: 'c-3' }, { status: 500, statusText: 'Error' });
    await dom.settle();
    expect(dom.text('job-failures')).toContain('Không tải được danh sách tác vụ nền');
    dom.click('job-failures-reload');
    TestBed.tick();
    http.expectOne(FAILURES_URL).flush([]);
    await dom.settle();
    expect(dom.byTestId('job-failures')).toBeNull();
  });
});
