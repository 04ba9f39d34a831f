import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { NotificationPreferencesState } from '@dvc/shared/contracts';
import { LanguageService } from '@dvc/web/ui';
import { loggedInGuard } from '../../core/auth.guard';
import { byTestId, CITIZEN, fakeSession } from '../../testing/portal-fixtures';
import { NotificationPreferencesComponent } from './notification-preferences.component';

const URL = '/api/v1/me/notification-preferences';

function state(overrides: Partial<NotificationPreferencesState> = {}): NotificationPreferencesState {
  return { email: true, sms: false, hasPhone: true, updatedAt: null, ...overrides };
}

describe('NotificationPreferencesComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(loaded: NotificationPreferencesState, loggedIn = true): Promise<void> {
    localStorage.clear();
    const session = fakeSession(loggedIn ? CITIZEN : null);
    TestBed.configureTestingModule({
      providers: [
        session.provider,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'cai-dat-thong-bao', canActivate: [loggedInGuard], component: NotificationPreferencesComponent },
          { path: 'dang-nhap', children: [] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cai-dat-thong-bao');
    if (!loggedIn) return;
    expect(byTestId(element(), 'pref-loading').textContent).toContain('Đang tải');
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('GET');
    request.flush(loaded);
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  /** Lets the save's promise settle, then renders. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  const element = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const checkbox = (id: string): HTMLInputElement => byTestId<HTMLInputElement>(element(), id);
  const toggle = (id: string): void => checkbox(id).click();
  const has = (id: string): boolean => element().querySelector(`[data-testid="${id}"]`) !== null;

  it('should send a visitor to the login page and back here afterwards', async () => {
    await open(state(), false);
    expect(TestBed.inject(Router).url).toBe('/dang-nhap?returnUrl=%2Fcai-dat-thong-bao');
  });

  it('should show the saved choices, explain e-mail at each important step, and say the defaults apply', async () => {
    await open(state({ email: true, sms: true }));
    expect(checkbox('pref-email').checked).toBe(true);
    expect(checkbox('pref-sms').checked).toBe(true);
    expect(checkbox('pref-sms').disabled).toBe(false);
    expect(element().querySelector('label[for="pref-email"]')?.textContent?.trim()).toBe('Thư điện tử');
    expect(element().querySelector('label[for="pref-sms"]')?.textContent?.trim()).toBe('Tin nhắn SMS');
    const emailHint = element().querySelector(`#${checkbox('pref-email').getAttribute('aria-describedby')}`)?.textContent ?? '';
    for (const step of ['tiếp nhận', 'bổ sung', 'nộp phí', 'xin lỗi', 'đã có kết quả', 'đã trả kết quả']) expect(emailHint).toContain(step);
    expect(has('pref-sms-no-phone')).toBe(false);
    expect(byTestId(element(), 'pref-defaults').textContent).toContain('mặc định');
    expect(has('pref-saved')).toBe(false);
  });

  it('should disable SMS with the reason when the account has no phone', async () => {
    await open(state({ hasPhone: false, updatedAt: '2026-11-20T03:00:00Z' }));
    expect(checkbox('pref-sms').disabled).toBe(true);
    expect(checkbox('pref-sms').checked).toBe(false);
    const reason = byTestId(element(), 'pref-sms-no-phone');
    expect(reason.textContent).toContain('chưa có số điện thoại');
    expect(checkbox('pref-sms').getAttribute('aria-describedby')?.split(' ')).toContain(reason.id);
    expect(byTestId(element(), 'pref-updated-at').textContent).toContain('10:00 20/11/2026');
  });

  it('should save both choices, announce it with the time and move the focus there', async () => {
    await open(state({ email: true, sms: false }));
    toggle('pref-email');
    toggle('pref-sms');
    await harness.fixture.whenStable();
    byTestId<HTMLButtonElement>(element(), 'pref-save').click();
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'pref-save').textContent).toContain('Đang lưu');
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ email: false, sms: true });
    request.flush(state({ email: false, sms: true, updatedAt: '2026-11-24T03:15:00Z' }));
    await settle();

    const saved = byTestId(element(), 'pref-saved');
    expect(saved.textContent?.replace(/\s+/g, ' ').trim()).toBe('Đã lưu cài đặt thông báo lúc 10:15 24/11/2026.');
    expect(saved.closest('[aria-live="polite"]')).not.toBeNull();
    expect(document.activeElement).toBe(byTestId(element(), 'pref-outcome'));
    expect(checkbox('pref-email').checked).toBe(false);
    expect(checkbox('pref-sms').checked).toBe(true);
    expect(has('pref-defaults')).toBe(false);

    TestBed.inject(LanguageService).language.set('en');
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'pref-saved').textContent?.replace(/\s+/g, ' ').trim()).toBe('Notification settings saved at 10:15 24/11/2026.');

    // A new change hides the confirmation until it is saved too.
    toggle('pref-email');
    await harness.fixture.whenStable();
    expect(has('pref-saved')).toBe(false);
  });

  it('should show a 422 NOTIFICATIONS.PHONE_MISSING and turn SMS off with the reason', async () => {
    await open(state({ email: true, sms: false, hasPhone: true }));
    toggle('pref-sms');
    byTestId<HTMLButtonElement>(element(), 'pref-save').click();
    await harness.fixture.whenStable();
    const message = 'Tài khoản chưa có số điện thoại nên chưa thể nhận SMS / Add a phone number to your account to receive SMS';
    http.expectOne(URL).flush(
      { statusCode: 422, code: 'NOTIFICATIONS.PHONE_MISSING', message, details: [{ field: 'sms', code: 'PHONE_MISSING', message }], correlationId: 'c-1' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    const alert = byTestId(element(), 'error-alert');
    expect(alert.dataset['code']).toBe('NOTIFICATIONS.PHONE_MISSING');
    expect(alert.textContent).toContain('Tài khoản chưa có số điện thoại');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(byTestId(element(), 'pref-outcome'));
    expect(has('pref-saved')).toBe(false);
    expect(checkbox('pref-sms').checked).toBe(false);
    expect(checkbox('pref-sms').disabled).toBe(true);
    expect(has('pref-sms-no-phone')).toBe(true);
    expect(checkbox('pref-email').checked).toBe(true);
  });

  it('should show why the preferences could not be loaded', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [fakeSession(CITIZEN).provider, provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'x', component: NotificationPreferencesComponent }])],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/x');
    http.expectOne(URL).flush({ statusCode: 403, code: 'AUTH.FORBIDDEN', message: 'Chỉ công dân', correlationId: 'c' }, { status: 403, statusText: 'Forbidden' });
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'error-alert').dataset['code']).toBe('AUTH.FORBIDDEN');
    expect(has('pref-form')).toBe(false);
  });
});
