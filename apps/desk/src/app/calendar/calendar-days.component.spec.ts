import { DOCUMENT } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { SessionStore } from '@dvc/web/data-access';
import type { UserRole } from '@dvc/shared/domain';
import type { CalendarDayView } from '@dvc/shared/contracts';
import { DESK_CLOCK } from '../core/clock';
import { fakeSession, NOW, user } from '../testing/desk-fixtures';
import { domOf, nextMacrotask } from '../testing/dom';
import { CalendarDaysComponent } from './calendar-days.component';

const DAYS_URL = '/api/v1/calendar/days';
const ADMIN_URL = '/api/v1/admin/calendar/days';
const YEAR_2026: CalendarDayView[] = [
  { day: '2026-11-24', kind: 'day_off', reason: 'Ngày Văn hóa Việt Nam' },
  { day: '2026-01-10', kind: 'working_day', reason: 'Làm bù cho ngày 02/01/2026 (QĐ 1/QĐ-UBND)' },
];
const QUEUED = { saved: true, recomputationQueued: true };

describe('CalendarDaysComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CalendarDaysComponent>;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);

  function expectYear(year: number): TestRequest {
    const request = http.expectOne((candidate) => candidate.url === DAYS_URL);
    expect(request.request.params.get('year')).toBe(String(year));
    return request;
  }

  async function render(role: UserRole, days: CalendarDayView[] = YEAR_2026): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: fakeSession(user(role)) },
        { provide: DESK_CLOCK, useValue: () => NOW },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CalendarDaysComponent);
    TestBed.tick();
    expectYear(2026).flush(days);
    await dom.settle();
  }

  afterEach(() => http.verify());

  /** Answers a change; the page then reloads the list (a request that keeps the page unstable until answered). */
  async function answerChange(request: TestRequest): Promise<void> {
    request.flush(QUEUED);
    await nextMacrotask();
    TestBed.tick();
  }

  const rows = (): HTMLElement[] => dom.allByTestId('calendar-row');
  const focused = (): Element | null => TestBed.inject(DOCUMENT).activeElement;

  it("should list this year's exceptions by date, with the weekday in Vietnamese, the kind and the reason", async () => {
    await render('province_admin');
    expect((dom.byTestId<HTMLSelectElement>('calendar-year'))?.value).toBe('2026');
    expect(rows().map((row) => row.dataset['day'])).toEqual(['2026-01-10', '2026-11-24']);
    const cells = (row: HTMLElement | undefined): string[] => [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    expect(cells(rows()[0]).slice(0, 3)).toEqual(['Thứ Bảy, 10/01/2026', 'Ngày làm bù', 'Làm bù cho ngày 02/01/2026 (QĐ 1/QĐ-UBND)']);
    expect(cells(rows()[1]).slice(0, 3)).toEqual(['Thứ Ba, 24/11/2026', 'Ngày nghỉ', 'Ngày Văn hóa Việt Nam']);
    expect(dom.text('calendar-count')).toBe('Năm 2026: 2 ngày khác quy tắc');
    expect(fixture.nativeElement.querySelector('caption')?.textContent).toContain('năm 2026');
  });

  it('should load another year when it is chosen', async () => {
    await render('province_admin');
    dom.fill('calendar-year', '2027');
    TestBed.tick();
    expectYear(2027).flush([]);
    await dom.settle();
    expect(rows()).toHaveLength(0);
    expect(dom.byTestId('calendar-empty')).not.toBeNull();
  });

  it('should save a day with a PUT of its kind and trimmed reason, reload the year and say due dates are being recomputed', async () => {
    await render('province_admin');
    dom.fill('calendar-day', '2026-12-31');
    dom.fill('calendar-kind', 'day_off');
    dom.fill('calendar-reason', '  Nghỉ cuối năm theo Quyết định 99/QĐ-UBND  ');
    dom.click('calendar-save');
    await dom.settle();

    const put = http.expectOne(`${ADMIN_URL}/2026-12-31`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ kind: 'day_off', reason: 'Nghỉ cuối năm theo Quyết định 99/QĐ-UBND' });
    expect(dom.byTestId<HTMLButtonElement>('calendar-save')?.disabled).toBe(true);
    await answerChange(put);

    expectYear(2026).flush([...YEAR_2026, { day: '2026-12-31', kind: 'day_off', reason: 'Nghỉ cuối năm theo Quyết định 99/QĐ-UBND' }]);
    await dom.settle();
    expect(rows().map((row) => row.dataset['day'])).toEqual(['2026-01-10', '2026-11-24', '2026-12-31']);
    expect(dom.text('calendar-saved')).toContain('Đã lưu: Thứ Năm, 31/12/2026 là ngày nghỉ.');
    expect(dom.text('calendar-recompute')).toContain('đang được tính lại');
    expect(focused()).toBe(dom.byTestId('calendar-outcome'));
    expect(dom.byTestId<HTMLInputElement>('calendar-day')?.value).toBe('');
    expect(dom.byTestId<HTMLInputElement>('calendar-reason')?.value).toBe('');
  });

  it('should refuse to send a day without a date or a reason, and focus the first problem', async () => {
    await render('province_admin');
    dom.fill('calendar-reason', 'ab');
    dom.click('calendar-save');
    await dom.settle();
    http.expectNone((request) => request.url.startsWith(ADMIN_URL));
    expect(dom.byTestId('calendar-day')?.getAttribute('aria-invalid')).toBe('true');
    expect(dom.byTestId('calendar-reason')?.getAttribute('aria-invalid')).toBe('true');
    expect(fixture.nativeElement.querySelector('#calendar-reason-error')?.textContent).toContain('ít nhất 3 ký tự');
    expect(focused()).toBe(dom.byTestId('calendar-day'));
  });

  it('should put a listed day in the form to change it, and switch the list to the year of a day saved in another year', async () => {
    await render('province_admin');
    dom.click('calendar-edit-2026-11-24');
    await dom.settle();
    expect(dom.byTestId<HTMLInputElement>('calendar-day')?.value).toBe('2026-11-24');
    expect(dom.byTestId<HTMLSelectElement>('calendar-kind')?.value).toBe('day_off');
    expect(dom.byTestId<HTMLInputElement>('calendar-reason')?.value).toBe('Ngày Văn hóa Việt Nam');
    expect(dom.byTestId('calendar-replacing')).not.toBeNull();
    expect(focused()).toBe(dom.byTestId('calendar-reason'));

    dom.fill('calendar-day', '2027-02-13');
    dom.fill('calendar-kind', 'working_day');
    await dom.settle();
    expect(dom.byTestId('calendar-replacing')).toBeNull();
    dom.click('calendar-save');
    await dom.settle();
    const put = http.expectOne(`${ADMIN_URL}/2027-02-13`);
    expect(put.request.body).toEqual({ kind: 'working_day', reason: 'Ngày Văn hóa Việt Nam' });
    await answerChange(put);
    expectYear(2027).flush([]);
    await dom.settle();
    expect(dom.byTestId<HTMLSelectElement>('calendar-year')?.value).toBe('2027');
  });

  it('should delete a day only after confirmation, then reload and say due dates are being recomputed', async () => {
    await render('province_admin');
    dom.click('calendar-delete-2026-11-24');
    await dom.settle();
    http.expectNone((request) => request.method === 'DELETE');
    expect(dom.text('calendar-delete-panel')).toContain('Thứ Ba, 24/11/2026');
    expect(focused()).toBe(dom.byTestId('calendar-delete-confirm'));

    dom.click('calendar-delete-cancel');
    await dom.settle();
    expect(dom.byTestId('calendar-delete-panel')).toBeNull();
    http.expectNone((request) => request.method === 'DELETE');
    expect(focused()).toBe(dom.byTestId('calendar-delete-2026-11-24'));

    dom.click('calendar-delete-2026-11-24');
    await dom.settle();
    dom.click('calendar-delete-confirm');
    await dom.settle();
    const removal = http.expectOne(`${ADMIN_URL}/2026-11-24`);
    expect(removal.request.method).toBe('DELETE');
    await answerChange(removal);
    expectYear(2026).flush([YEAR_2026[1]]);
    await dom.settle();
    expect(rows().map((row) => row.dataset['day'])).toEqual(['2026-01-10']);
    expect(dom.byTestId('calendar-delete-panel')).toBeNull();
    expect(dom.text('calendar-saved')).toContain('Đã xóa Thứ Ba, 24/11/2026 khỏi lịch.');
    expect(dom.byTestId('calendar-recompute')).not.toBeNull();
  });

  it("should show the server's refusal with the shared error alert and keep what was typed", async () => {
    await render('province_admin');
    dom.fill('calendar-day', '2026-12-31');
    dom.fill('calendar-reason', 'Nghỉ theo QĐ 99');
    dom.click('calendar-save');
    await dom.settle();
    http.expectOne(`${ADMIN_URL}/2026-12-31`).flush(
      {
        statusCode: 400, code: 'VALIDATION.FAILED', message: 'Dữ liệu không hợp lệ / Invalid input', correlationId: 'c-1',
        details: [{ field: 'reason', code: 'minLength', message: 'Hãy ghi lý do (căn cứ) / Give the reason (the decision)' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('VALIDATION.FAILED');
    expect(dom.text('error-alert')).toContain('Hãy ghi lý do (căn cứ)');
    expect(dom.text('error-alert')).not.toContain('Give the reason');
    expect(dom.byTestId('calendar-recompute')).toBeNull();
    expect(dom.byTestId<HTMLInputElement>('calendar-day')?.value).toBe('2026-12-31');

    dom.click('calendar-save');
    await dom.settle();
    http.expectOne(`${ADMIN_URL}/2026-12-31`).flush(
      { statusCode: 403, code: 'CALENDAR.NOT_ALLOWED', message: 'Chỉ quản trị tỉnh được sửa lịch làm việc / Only the province admin may change the calendar', correlationId: 'c-2' },
      { status: 403, statusText: 'Forbidden' },
    );
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('CALENDAR.NOT_ALLOWED');
    expect(focused()).toBe(dom.byTestId('calendar-outcome'));
  });

  it('should let everyone else read the calendar without editing it', async () => {
    await render('agency_admin');
    expect(rows()).toHaveLength(2);
    expect(dom.byTestId('calendar-form')).toBeNull();
    expect(dom.byTestId('calendar-delete-2026-11-24')).toBeNull();
    expect(dom.byTestId('calendar-edit-2026-11-24')).toBeNull();
    expect(dom.text('calendar-read-only')).toContain('Chỉ quản trị tỉnh');
  });
});
