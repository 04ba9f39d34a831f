import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { byTestId, trackingView, typeInto } from '../../testing/portal-fixtures';
import { TrackingComponent } from './tracking.component';

describe('TrackingComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'tra-cuu', component: TrackingComponent }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const get = <T extends HTMLElement = HTMLElement>(testId: string) => byTestId<T>(element(), testId);
  const stable = () => harness.fixture.whenStable();
  const code = '000.10.31.H56-261124-0001';

  async function lookUp(secret: string): Promise<void> {
    typeInto(get<HTMLInputElement>('tracking-secret'), secret);
    get<HTMLButtonElement>('tracking-submit').click();
    await stable();
  }

  it('should prefill the code from ?code= and show the status, masked name and timeline of a found dossier', async () => {
    await harness.navigateByUrl(`/tra-cuu?code=${encodeURIComponent(code)}`);
    expect(get<HTMLInputElement>('tracking-code').value).toBe(code);
    expect(get<HTMLInputElement>('tracking-secret').value).toBe('');
    http.expectNone((candidate) => candidate.url.startsWith('/api/v1/tracking/'));
    await lookUp(' k7m2q9xa ');

    const request = http.expectOne((candidate) => candidate.url === `/api/v1/tracking/${encodeURIComponent(code)}`);
    expect(request.request.params.get('secret')).toBe('K7M2Q9XA');
    request.flush(trackingView());
    await stable();

    const status = get('tracking-status');
    expect(status.dataset['status']).toBe('received');
    expect(status.textContent).toContain('Đã tiếp nhận');
    const result = get('tracking-result');
    expect(result.textContent).toContain('Trần V. C.');
    expect(result.textContent).toContain('Đăng ký khai sinh');
    expect(result.textContent).toContain('10:00 25/11/2026');
    expect(result.querySelectorAll('[data-testid="timeline-item"]')).toHaveLength(2);
    expect(element().querySelector('[data-testid="tracking-not-found"]')).toBeNull();
  });

  it('should say plainly that nothing matches when the API answers TRACKING.NOT_FOUND', async () => {
    await harness.navigateByUrl('/tra-cuu');
    typeInto(get<HTMLInputElement>('tracking-code'), code);
    await lookUp('WRONG123');
    http.expectOne((candidate) => candidate.url.startsWith('/api/v1/tracking/')).flush(
      { statusCode: 404, code: 'TRACKING.NOT_FOUND', message: 'Không tìm thấy hồ sơ / No dossier', correlationId: 'c' },
      { status: 404, statusText: 'Not Found' },
    );
    await stable();
    expect(get('tracking-not-found').textContent).toContain('Không tìm thấy hồ sơ nào khớp với mã hồ sơ và mã tra cứu này');
    expect(get('tracking-not-found').closest('[aria-live="polite"]')).toBeTruthy();
    expect(element().querySelector('[data-testid="tracking-status"]')).toBeNull();
    expect(element().querySelector('[data-testid="error-alert"]')).toBeNull();
  });

  it('should show other failures through the error alert', async () => {
    await harness.navigateByUrl('/tra-cuu');
    typeInto(get<HTMLInputElement>('tracking-code'), code);
    await lookUp('K7M2Q9XA');
    http.expectOne((candidate) => candidate.url.startsWith('/api/v1/tracking/')).flush(
      { statusCode: 429, code: 'RATE.LIMITED', message: 'Quá nhiều yêu cầu / Too many requests', correlationId: 'c' },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await stable();
    expect(get('error-alert').dataset['code']).toBe('RATE.LIMITED');
  });

  it('should ask for the code and the secret before calling the API', async () => {
    await harness.navigateByUrl('/tra-cuu');
    get<HTMLButtonElement>('tracking-submit').click();
    await stable();
    http.expectNone((candidate) => candidate.url.startsWith('/api/v1/tracking/'));
    expect(get('tracking-code').getAttribute('aria-invalid')).toBe('true');
    expect(get('tracking-secret').getAttribute('aria-describedby')).toContain('tracking-secret-error');
  });

  describe('from the QR code of a printed receipt (?code&secret)', () => {
    const qrUrl = `/tra-cuu?code=${encodeURIComponent(code)}&secret=K7M2Q9XA`;

    it('should prefill both and look the dossier up without a click, keeping the form for another lookup', async () => {
      await harness.navigateByUrl(qrUrl);
      const request = http.expectOne((candidate) => candidate.url === `/api/v1/tracking/${encodeURIComponent(code)}`);
      expect(request.request.params.get('secret')).toBe('K7M2Q9XA');
      expect(get('tracking-secret')).toBeTruthy();
      request.flush(trackingView({ status: 'in_processing' }));
      await stable();

      expect(get('tracking-status').dataset['status']).toBe('in_processing');
      expect(get<HTMLInputElement>('tracking-code').value).toBe(code);
      expect(get<HTMLInputElement>('tracking-secret').value).toBe('K7M2Q9XA');
      expect(element().querySelector('[aria-live="polite"]')?.textContent).toContain('Đang xử lý');

      typeInto(get<HTMLInputElement>('tracking-secret'), 'OTHER123');
      await stable();
      http.expectNone((candidate) => candidate.url.startsWith('/api/v1/tracking/'));
      get<HTMLButtonElement>('tracking-submit').click();
      await stable();
      http.expectOne((candidate) => candidate.url.startsWith('/api/v1/tracking/')).flush(trackingView({ status: 'returned' }));
      await stable();
      expect(get('tracking-status').dataset['status']).toBe('returned');
    });

    it('should look up again when the page is opened with other codes', async () => {
      await harness.navigateByUrl(qrUrl);
      http.expectOne((candidate) => candidate.url.startsWith('/api/v1/tracking/')).flush(trackingView());
      await stable();
      await harness.navigateByUrl(`/tra-cuu?code=OTHER-CODE&secret=ZZZZ9999`);
      const request = http.expectOne((candidate) => candidate.url === '/api/v1/tracking/OTHER-CODE');
      expect(request.request.params.get('secret')).toBe('ZZZZ9999');
      request.flush(trackingView({ code: 'OTHER-CODE', status: 'refused', dueAt: null }));
      await stable();
      expect(get('tracking-status').dataset['status']).toBe('refused');
    });
  });

  describe('the legal clock, as far as the public view tells', () => {
    async function show(overrides: Parameters<typeof trackingView>[0]): Promise<void> {
      await harness.navigateByUrl(`/tra-cuu?code=${encodeURIComponent(code)}&secret=K7M2Q9XA`);
      http.expectOne((candidate) => candidate.url.startsWith('/api/v1/tracking/')).flush(trackingView(overrides));
      await stable();
    }

    it('should say why the clock is paused and where the applicant sees what to do', async () => {
      await show({ status: 'supplement_requested', dueAt: null });
      const paused = get('tracking-paused');
      expect(paused.textContent).toContain('tạm dừng vì cơ quan đề nghị bổ sung hồ sơ');
      expect(paused.querySelector('a')?.getAttribute('href')).toBe('/ho-so-cua-toi');
      expect(get('tracking-due').textContent).toContain('Tạm dừng');
    });

    it('should say a payment is awaited', async () => {
      await show({ status: 'payment_requested', dueAt: null });
      expect(get('tracking-paused').dataset['status']).toBe('payment_requested');
      expect(get('tracking-paused').textContent).toContain('cho đến khi nộp phí, lệ phí');
    });

    it('should show whether a running dossier is past its appointment', async () => {
      await show({ status: 'in_processing', dueAt: '2020-01-02T03:00:00Z' });
      expect(get('tracking-deadline-class').dataset['class']).toBe('overdue');
      expect(get('tracking-deadline-class').textContent).toContain('Quá hạn');
      expect(element().querySelector('[data-testid="tracking-paused"]')).toBeNull();
    });

    it('should show whether the result came early, on time or late', async () => {
      await show({ status: 'returned', dueAt: '2026-11-25T03:00:00Z', finishedAt: '2026-11-25T09:00:00Z' });
      expect(get('tracking-deadline-class').dataset['class']).toBe('late');
      expect(get('tracking-deadline-class').textContent).toBe('Đã trả trễ hạn');
    });
  });
});
