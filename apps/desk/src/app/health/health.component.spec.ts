import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { HealthReport } from '@dvc/shared/contracts';
import { DESK_CLOCK } from '../core/clock';
import { healthReport, NOW } from '../testing/desk-fixtures';
import { domOf } from '../testing/dom';
import { HealthComponent } from './health.component';

const HEALTH_URL = '/api/health';

describe('HealthComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<HealthComponent>;
  let now: Date;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);

  beforeEach(() => {
    // Only the interval is faked: the page's timer; promises and setTimeout (used to settle) stay real.
    jest.useFakeTimers({
      doNotFake: [
        'Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
        'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout',
      ],
    });
    localStorage.clear();
    now = NOW;
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: DESK_CLOCK, useValue: () => now }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  async function render(first: HealthReport | 'degraded503', body?: HealthReport): Promise<void> {
    fixture = TestBed.createComponent(HealthComponent);
    TestBed.tick();
    answer(http.expectOne(HEALTH_URL), first, body);
    await dom.settle();
  }

  function answer(request: TestRequest, report: HealthReport | 'degraded503', body?: HealthReport): void {
    if (report === 'degraded503') request.flush(body ?? null, { status: 503, statusText: 'Service Unavailable' });
    else request.flush(report);
  }

  /** A row of the components table as its header and cells, each trimmed. */
  const row = (id: string): string =>
    [...(dom.byTestId(id)?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()).join(' | ');

  it('should show a healthy system as a table: database and Redis up, outbox, each queue, dead letters with a link', async () => {
    await render(healthReport());
    expect(dom.byTestId('health-status')?.dataset['status']).toBe('ok');
    expect(dom.text('health-status')).toBe('Hoạt động bình thường');
    expect(row('health-database')).toBe('Cơ sở dữ liệu (PostgreSQL) | Hoạt động');
    expect(row('health-redis')).toBe('Redis (hàng đợi) | Hoạt động');
    expect(row('health-outbox-pending')).toBe('Hộp thư đi (outbox): Sự kiện chờ chuyển | 3');
    expect(row('health-outbox-lag')).toBe('Hộp thư đi (outbox): Độ trễ (sự kiện cũ nhất) | 2 giây');
    expect(dom.byTestId('health-lag-warning')).toBeNull();
    const queues = dom.allByTestId('health-queue');
    expect(queues.map((queue) => queue.dataset['queue'])).toEqual(['dossier-events', 'schedules']);
    expect([...(queues[0]?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.trim())).toEqual(['4', '2', '1', '7']);
    expect(queues[0]?.querySelector('th')?.textContent).toContain('Sự kiện hồ sơ (thông báo, đồng bộ)');
    expect(row('health-dead-letters')).toContain('2 tác vụ lỗi');
    expect(dom.byTestId('health-dead-letters-link')?.getAttribute('href')).toBe('/tac-vu-loi');
    expect(dom.text('health-checked-at')).toContain('Cập nhật lúc 10:00:00');
    expect(dom.byTestId('error-alert')).toBeNull();
  });

  it('should show the body of a 503 as a degraded system, not as an error', async () => {
    await render('degraded503', { status: 'degraded', database: 'up', redis: 'down', outbox: { pending: 40, lagSeconds: 5 }, deadLetters: 0 });
    expect(dom.byTestId('error-alert')).toBeNull();
    expect(dom.byTestId('health-status')?.dataset['status']).toBe('degraded');
    expect(dom.text('health-status')).toContain('Suy giảm');
    expect(dom.byTestId('health-redis')?.dataset['state']).toBe('down');
    expect(row('health-redis')).toContain('Không kết nối được');
    expect(row('health-database')).toContain('Hoạt động');
    expect(dom.byTestId('health-queues')).toBeNull();
    expect(dom.text('health-queues-unknown')).toContain('Không rõ');
  });

  it('should show the error of any other failure (a 503 without a report, e.g. from a proxy)', async () => {
    fixture = TestBed.createComponent(HealthComponent);
    TestBed.tick();
    http.expectOne(HEALTH_URL).flush('<html>Service Unavailable</html>', { status: 503, statusText: 'Service Unavailable' });
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('HTTP.UNEXPECTED');
    expect(dom.byTestId('health-status')).toBeNull();
  });

  it.each([
    [60, false],
    [61, true],
  ])('should warn about an outbox lag of %i s: %s', async (lagSeconds, warned) => {
    await render(healthReport({ outbox: { pending: 120, lagSeconds } }));
    expect(dom.byTestId('health-lag-warning') !== null).toBe(warned);
    expect(dom.byTestId('health-outbox-lag')?.dataset['lagging']).toBe(String(warned));
    if (warned) expect(dom.text('health-lag-warning')).toContain('chậm hơn 60 giây');
  });

  it('should ask again every 10 seconds while open, and stop when the page is left', async () => {
    await render(healthReport());
    expect(jest.getTimerCount()).toBe(1);

    jest.advanceTimersByTime(9_999);
    http.expectNone(HEALTH_URL);
    jest.advanceTimersByTime(1);
    now = new Date(NOW.getTime() + 10_000);
    answer(http.expectOne(HEALTH_URL), 'degraded503', healthReport({ status: 'degraded', database: 'down', outbox: undefined, deadLetters: undefined }));
    await dom.settle();
    expect(dom.byTestId('health-status')?.dataset['status']).toBe('degraded');
    expect(dom.text('health-checked-at')).toContain('10:00:10');
    // A change of the overall status is announced; an unchanged tick is not.
    expect(dom.text('health-announcement')).toBe('Suy giảm — có thành phần không hoạt động');

    jest.advanceTimersByTime(10_000);
    http.expectOne(HEALTH_URL).flush(healthReport());
    await dom.settle();
    expect(dom.byTestId('health-status')?.dataset['status']).toBe('ok');

    fixture.destroy();
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(60_000);
    http.expectNone(HEALTH_URL);
  });

  it('should skip the ticks while the tab is hidden', async () => {
    await render(healthReport());
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    jest.advanceTimersByTime(30_000);
    http.expectNone(HEALTH_URL);
    visibility.mockRestore();
    jest.advanceTimersByTime(10_000);
    http.expectOne(HEALTH_URL).flush(healthReport());
    await dom.settle();
    fixture.destroy();
  });

  it('should not stack requests when one is still running at the next tick', async () => {
    fixture = TestBed.createComponent(HealthComponent);
    TestBed.tick();
    const first = http.expectOne(HEALTH_URL);
    jest.advanceTimersByTime(10_000);
    http.expectNone(HEALTH_URL);
    first.flush(healthReport());
    await dom.settle();
    fixture.destroy();
  });

  it('should refresh on request and announce it', async () => {
    await render(healthReport());
    dom.click('health-refresh');
    TestBed.tick();
    expect(dom.text('health-checked-at')).toContain('Đang tải');
    http.expectOne(HEALTH_URL).flush(healthReport({ deadLetters: 0 }));
    await dom.settle();
    expect(dom.text('health-announcement')).toBe('Đã cập nhật tình trạng hệ thống. Hoạt động bình thường.');
    expect(row('health-dead-letters')).toContain('0 tác vụ lỗi');
  });
});
