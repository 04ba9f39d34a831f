import { DOCUMENT } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '@dvc/web/data-access';
import type { JobFailureView } from '@dvc/shared/contracts';
import type { UserRole } from '@dvc/shared/domain';
import { fakeSession, failure, user } from '../testing/desk-fixtures';
import { domOf, nextMacrotask } from '../testing/dom';
import { DeadLettersComponent } from './dead-letters.component';

const LIST_URL = '/api/v1/admin/jobs/dead-letters';
const SYNC_JOB = 'evt-1.integrations.sync-national-portal';
const DEAD: JobFailureView[] = [
  failure({ attempt: 5, dead: true, failedAt: '2026-11-24T02:55:00Z', error: 'Cổng DVC quốc gia trả lời 503' }),
  failure({
    jobId: 'repeat:dossiers.sweep-deadlines:1764000000000', queue: 'schedules', jobName: 'dossiers.sweep-deadlines', dossierId: null, dossierCode: null,
    attempt: 3, maxAttempts: 3, dead: true, failedAt: '2026-11-24T01:00:00Z', error: 'relation "dossier" does not exist',
  }),
];

describe('DeadLettersComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<DeadLettersComponent>;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);

  async function render(role: UserRole, rows: JobFailureView[] = DEAD): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: SessionStore, useValue: fakeSession(user(role)) }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DeadLettersComponent);
    TestBed.tick();
    http.expectOne(LIST_URL).flush(rows);
    await dom.settle();
  }

  /** Lets the page react to an answer while the list's reload is still open. */
  async function pending(): Promise<void> {
    await nextMacrotask();
    TestBed.tick();
  }

  afterEach(() => http.verify());

  const cells = (row: HTMLElement | undefined): (string | undefined)[] =>
    [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());

  it('should list each dead job with its label, dossier link, error, attempts and time', async () => {
    await render('province_admin');
    const rows = dom.allByTestId('dead-letter');
    expect(rows.map((row) => row.dataset['jobId'])).toEqual([SYNC_JOB, 'repeat:dossiers.sweep-deadlines:1764000000000']);
    expect(dom.text('dead-letters-count')).toBe('2 tác vụ lỗi');
    expect(cells(rows[0]).slice(0, 5)).toEqual([
      `Đồng bộ Cổng DVC quốc gia${SYNC_JOB} · Sự kiện hồ sơ (thông báo, đồng bộ)`,
      '000.10.31.H56-261124-0001',
      'Cổng DVC quốc gia trả lời 503',
      'Lần 5/5',
      '09:55 24/11/2026',
    ]);
    expect(rows[0]?.querySelector('[data-testid="dead-letter-dossier"]')?.getAttribute('href')).toBe('/ho-so/11111111-1111-4111-8111-111111111111');
    expect(rows[1]?.querySelector('[data-testid="dead-letter-dossier"]')).toBeNull();
    expect(cells(rows[1])[1]).toBe('Không gắn với hồ sơ');
    expect(rows[1]?.querySelector('[data-testid="dead-letter-job"]')?.textContent?.trim()).toBe('Rà soát thời hạn (cảnh báo sắp đến hạn, quá hạn)');
    expect(dom.byTestId('dead-letters-empty')).toBeNull();
  });

  it('should offer the retry to a province admin only', async () => {
    await render('province_admin');
    expect(dom.allByTestId('dead-letter-retry')).toHaveLength(2);
    expect(dom.byTestId('dead-letters-read-only')).toBeNull();
    TestBed.resetTestingModule();

    await render('agency_admin');
    expect(dom.allByTestId('dead-letter')).toHaveLength(2);
    expect(dom.allByTestId('dead-letter-retry')).toHaveLength(0);
    expect(dom.text('dead-letters-read-only')).toContain('Chỉ quản trị tỉnh');
  });

  it('should retry a job, announce it with the focus and load the list again', async () => {
    await render('province_admin');
    dom.click('dead-letter-retry');
    TestBed.tick();
    const request = http.expectOne(`/api/v1/admin/jobs/${encodeURIComponent(SYNC_JOB)}/retry`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    expect(dom.allByTestId<HTMLButtonElement>('dead-letter-retry').every((button) => button.disabled)).toBe(true);
    request.flush({ ...DEAD[0], retriedAt: '2026-11-24T03:00:00Z', retriedBy: 'Quản Trị Tỉnh' });
    await pending();
    http.expectOne(LIST_URL).flush(DEAD.slice(1));
    await dom.settle();
    expect(dom.text('dead-letter-retry-done')).toContain('Đã gửi lại tác vụ «Đồng bộ Cổng DVC quốc gia»');
    expect(dom.allByTestId('dead-letter').map((row) => row.dataset['jobId'])).toEqual(['repeat:dossiers.sweep-deadlines:1764000000000']);
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(dom.byTestId('dead-letters-outcome'));
  });

  it('should explain that a job is already being retried (409) and load the list again', async () => {
    await render('province_admin');
    dom.click('dead-letter-retry');
    TestBed.tick();
    http.expectOne(`/api/v1/admin/jobs/${encodeURIComponent(SYNC_JOB)}/retry`).flush(
      { statusCode: 409, code: 'JOBS.NOT_DEAD', message: 'Tác vụ này đang được hệ thống tự thử lại hoặc đã được thử lại / This job is still retried automatically or was already retried', correlationId: 'c' },
      { status: 409, statusText: 'Conflict' },
    );
    await pending();
    http.expectOne(LIST_URL).flush([]);
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('JOBS.NOT_DEAD');
    expect(dom.text('job-not-dead')).toContain('đã có người thử lại');
    expect(dom.byTestId('dead-letters-empty')).not.toBeNull();
  });

  it('should say there is no failed job, and refresh on request', async () => {
    await render('agency_admin', []);
    expect(dom.byTestId('dead-letters')).toBeNull();
    expect(dom.text('dead-letters-empty')).toContain('Không có tác vụ lỗi');
    expect(dom.text('dead-letters-count')).toBe('0 tác vụ lỗi');

    dom.click('dead-letters-refresh');
    await pending();
    expect(dom.text('dead-letters-count')).toBe('Đang tải…');
    http.expectOne(LIST_URL).flush(DEAD.slice(0, 1));
    await dom.settle();
    expect(dom.allByTestId('dead-letter')).toHaveLength(1);
    expect(dom.byTestId('dead-letters-empty')).toBeNull();
  });

  it('should show why the list could not be read', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: SessionStore, useValue: fakeSession(user('agency_admin')) }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DeadLettersComponent);
    TestBed.tick();
    http.expectOne(LIST_URL).flush({ statusCode: 403, code: 'AUTH.FORBIDDEN', message: 'Không có quyền', correlationId: 'c' }, { status: 403, statusText: 'Forbidden' });
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('AUTH.FORBIDDEN');
    expect(dom.byTestId('dead-letters-empty')).toBeNull();
  });
});
