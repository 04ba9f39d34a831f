import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { SessionStore } from '@dvc/web/data-access';
import type { UserRole } from '@dvc/shared/domain';
import type { AgencyOfficeHoursView, AgencySummary, CurrentUser } from '@dvc/shared/contracts';
import { fakeSession, user } from '../testing/desk-fixtures';
import { domOf, nextMacrotask } from '../testing/dom';
import { OfficeHoursComponent } from './office-hours.component';

const PROVINCE: AgencySummary = { id: 'agency-p', code: '000.00.00.H56', name: 'UBND tỉnh', parentId: null };
const COMMUNE: AgencySummary = { id: 'agency-1', code: '000.10.31.H56', name: 'UBND xã Tân Phú', parentId: 'agency-p' };
const DEFAULT_HOURS = { segments: [{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }], cutoff: '15:00' };
const INHERITING: AgencyOfficeHoursView = { agencyId: 'agency-1', own: null, effective: DEFAULT_HOURS };
const hoursUrl = (id: string): string => `/api/v1/agencies/${id}/office-hours`;
const adminUrl = (id: string): string => `/api/v1/admin/agencies/${id}/office-hours`;

describe('OfficeHoursComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OfficeHoursComponent>;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);

  async function render(role: UserRole, view: AgencyOfficeHoursView = INHERITING, overrides: Partial<CurrentUser> = {}): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: SessionStore, useValue: fakeSession(user(role, overrides)) }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OfficeHoursComponent);
    TestBed.tick();
    if (role === 'province_admin') {
      http.expectOne('/api/v1/agencies').flush([PROVINCE, COMMUNE]);
      await nextMacrotask();
      TestBed.tick();
    }
    await answerView(http.expectOne(hoursUrl(role === 'province_admin' ? PROVINCE.id : COMMUNE.id)), view);
  }

  async function answerView(request: TestRequest, view: AgencyOfficeHoursView): Promise<void> {
    request.flush(view);
    await dom.settle();
  }

  afterEach(() => http.verify());

  it("should show an agency admin their own agency's hours in force and that it has none of its own, ready to edit", async () => {
    await render('agency_admin');
    http.expectNone('/api/v1/agencies');
    expect([...(dom.byTestId<HTMLSelectElement>('hours-agency')?.options ?? [])].map((option) => option.value)).toEqual(['agency-1']);
    expect(dom.text('hours-effective')).toBe('07:00–11:30, 13:30–17:00; chốt tiếp nhận 15:00');
    expect(dom.byTestId('hours-own')?.dataset['own']).toBe('false');
    expect(dom.text('hours-own')).toContain('Không có');
    expect(dom.allByTestId('hours-period')).toHaveLength(2);
    expect(dom.byTestId<HTMLInputElement>('hours-start-1')?.value).toBe('13:30');
    expect(dom.byTestId<HTMLInputElement>('hours-cutoff')?.value).toBe('15:00');
    expect(dom.text('hours-day-length')).toBe('Tổng: 8 giờ làm việc mỗi ngày');
    expect(dom.byTestId('hours-clear')).toBeNull();
  });

  it('should refuse overlapping periods before any request, then send the corrected hours', async () => {
    await render('agency_admin');
    dom.fill('hours-end-0', '1200');
    dom.fill('hours-start-1', '11:00');
    dom.click('hours-save');
    await dom.settle();
    http.expectNone(adminUrl('agency-1'));
    expect(dom.text('hours-problem')).toBe('Các khoảng giờ phải theo thứ tự và không chồng nhau');
    expect(dom.byTestId('hours-start-1')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(dom.byTestId('hours-problem'));

    dom.fill('hours-start-1', '13h');
    await dom.settle();
    expect(dom.text('hours-problem')).toBe('Giờ làm việc phải có 1–4 khoảng, mỗi mốc dạng HH:MM');
    dom.fill('hours-start-1', '13h00');
    dom.fill('hours-end-1', '17:30');
    dom.fill('hours-cutoff', '15:30');
    await dom.settle();
    expect(dom.byTestId('hours-problem')).toBeNull();
    expect(dom.text('hours-day-length')).toBe('Tổng: 9,5 giờ làm việc mỗi ngày');
    dom.click('hours-save');
    await dom.settle();
    const put = http.expectOne(adminUrl('agency-1'));
    expect(put.request.method).toBe('PUT');
    const sent = { segments: [{ start: '07:00', end: '12:00' }, { start: '13:00', end: '17:30' }], cutoff: '15:30' };
    expect(put.request.body).toEqual(sent);
    put.flush({ agencyId: 'agency-1', own: sent, effective: sent });
    await dom.settle();
    expect(dom.text('hours-saved')).toContain('Đã lưu giờ làm việc riêng');
    expect(dom.text('hours-own')).toBe('07:00–12:00, 13:00–17:30; chốt tiếp nhận 15:30');
    expect(dom.byTestId('hours-clear')).not.toBeNull();
  });

  it('should refuse a cut-off outside office hours, and periods out of order', async () => {
    await render('agency_admin');
    dom.fill('hours-cutoff', '18:00');
    dom.click('hours-save');
    await dom.settle();
    expect(dom.text('hours-problem')).toBe('Giờ chốt tiếp nhận phải nằm trong giờ làm việc');
    dom.fill('hours-cutoff', '15:00');
    dom.fill('hours-start-0', '12:00');
    dom.click('hours-save');
    await dom.settle();
    expect(dom.text('hours-problem')).toBe('Các khoảng giờ phải theo thứ tự và không chồng nhau');
    http.expectNone(adminUrl('agency-1'));
  });

  it('should add periods up to four and remove them down to one', async () => {
    await render('agency_admin');
    dom.click('hours-add');
    await dom.settle();
    dom.click('hours-add');
    await dom.settle();
    expect(dom.allByTestId('hours-period')).toHaveLength(4);
    expect(dom.byTestId('hours-add')).toBeNull();
    dom.click('hours-remove-3');
    dom.click('hours-remove-2');
    dom.click('hours-remove-1');
    await dom.settle();
    expect(dom.allByTestId('hours-period')).toHaveLength(1);
    expect(dom.byTestId('hours-remove-0')).toBeNull();
  });

  it('should let a province admin choose any agency and clear its own hours so that it inherits again', async () => {
    const own = { segments: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:30' }], cutoff: '16:00' };
    await render('province_admin', { agencyId: PROVINCE.id, own: null, effective: DEFAULT_HOURS });
    expect([...(dom.byTestId<HTMLSelectElement>('hours-agency')?.options ?? [])].map((option) => option.value)).toEqual(['agency-p', 'agency-1']);
    dom.fill('hours-agency', COMMUNE.id);
    TestBed.tick();
    await answerView(http.expectOne(hoursUrl(COMMUNE.id)), { agencyId: COMMUNE.id, own, effective: own });
    expect(dom.byTestId<HTMLInputElement>('hours-start-0')?.value).toBe('07:30');
    dom.click('hours-clear');
    await dom.settle();
    const removal = http.expectOne(adminUrl(COMMUNE.id));
    expect(removal.request.method).toBe('DELETE');
    removal.flush(INHERITING);
    await dom.settle();
    expect(dom.text('hours-saved')).toContain('Đã bỏ giờ riêng');
    expect(dom.byTestId('hours-own')?.dataset['own']).toBe('false');
    expect(dom.byTestId<HTMLInputElement>('hours-start-0')?.value).toBe('07:00');
    expect(dom.byTestId('hours-clear')).toBeNull();
  });

  it("should show the server's refusal", async () => {
    await render('agency_admin');
    dom.click('hours-save');
    await dom.settle();
    http.expectOne(adminUrl('agency-1')).flush(
      { statusCode: 403, code: 'CALENDAR.NOT_ALLOWED', message: 'Chỉ quản trị tỉnh hoặc quản trị của cơ quan được sửa giờ làm việc / Only …', correlationId: 'c' },
      { status: 403, statusText: 'Forbidden' },
    );
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('CALENDAR.NOT_ALLOWED');
    expect(document.activeElement).toBe(dom.byTestId('hours-outcome'));
  });

  it('should let other staff read the hours of their agencies without a form', async () => {
    await render('desk_officer');
    expect(dom.text('hours-effective')).toContain('07:00–11:30');
    expect(dom.byTestId('hours-form')).toBeNull();
    expect(dom.byTestId('hours-read-only')).not.toBeNull();
  });
});
