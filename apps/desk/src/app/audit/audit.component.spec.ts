import { DOCUMENT } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AuditReport } from '@dvc/shared/contracts';
import { DESK_CLOCK } from '../core/clock';
import { NOW } from '../testing/desk-fixtures';
import { domOf } from '../testing/dom';
import { AuditComponent } from './audit.component';

const VERIFY_URL = '/api/v1/admin/audit/verify';

describe('AuditComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AuditComponent>;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: DESK_CLOCK, useValue: () => NOW }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditComponent);
    await dom.settle();
  });

  afterEach(() => http.verify());

  async function runWith(report: AuditReport): Promise<void> {
    dom.click('audit-run');
    TestBed.tick();
    expect(dom.byTestId<HTMLButtonElement>('audit-run')?.disabled).toBe(true);
    expect(dom.text('audit-busy')).toContain('Đang kiểm tra');
    expect(dom.byTestId('audit-result')?.getAttribute('aria-busy')).toBe('true');
    http.expectOne(VERIFY_URL).flush(report);
    await dom.settle();
  }

  it('should run the check on request, show it is busy, and report an intact history', async () => {
    http.expectNone(VERIFY_URL);
    await runWith({ dossiersChecked: 12, eventsChecked: 80, intact: true, broken: [] });
    expect(dom.byTestId('audit-busy')).toBeNull();
    expect(dom.byTestId<HTMLButtonElement>('audit-run')?.disabled).toBe(false);
    expect(dom.byTestId('audit-verdict')?.dataset['intact']).toBe('true');
    expect(dom.text('audit-verdict')).toContain('Toàn vẹn');
    expect(dom.text('audit-summary')).toBe('Đã kiểm tra 12 hồ sơ, 80 sự kiện.');
    expect(dom.text('audit-verdict')).toContain('10:00 24/11/2026');
    expect(dom.byTestId('audit-broken')).toBeNull();
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(dom.byTestId('audit-result'));
  });

  it('should list the broken chains with a link to each dossier and the problem in words', async () => {
    await runWith({
      dossiersChecked: 3, eventsChecked: 20, intact: false,
      broken: [
        { dossierId: 'd-1', dossierCode: '000.10.31.H56-261124-0001', eventId: 'e-1', seq: 4, problem: 'SEQ_GAP' },
        { dossierId: 'd-2', dossierCode: '000.10.31.H56-261124-0002', eventId: 'e-2', seq: 2, problem: 'PREV_HASH_MISMATCH' },
        { dossierId: 'd-3', dossierCode: '000.10.31.H56-261124-0003', eventId: 'e-3', seq: 1, problem: 'HASH_MISMATCH' },
      ],
    });
    expect(dom.byTestId('audit-verdict')?.dataset['intact']).toBe('false');
    expect(dom.text('audit-verdict')).toContain('Phát hiện sai lệch');
    const rows = dom.allByTestId('audit-break');
    expect(rows.map((row) => row.dataset['problem'])).toEqual(['SEQ_GAP', 'PREV_HASH_MISMATCH', 'HASH_MISMATCH']);
    const cells = rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));
    expect(cells).toEqual([
      ['000.10.31.H56-261124-0001', '4', 'Thiếu sự kiện (SEQ_GAP)'],
      ['000.10.31.H56-261124-0002', '2', 'Liên kết bị thay đổi (PREV_HASH_MISMATCH)'],
      ['000.10.31.H56-261124-0003', '1', 'Nội dung bị sửa (HASH_MISMATCH)'],
    ]);
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('/ho-so/d-1');
  });

  it('should show why the check failed', async () => {
    dom.click('audit-run');
    TestBed.tick();
    http.expectOne(VERIFY_URL).flush(
      { statusCode: 403, code: 'AUTH.FORBIDDEN', message: 'Không có quyền / Forbidden', correlationId: 'c' },
      { status: 403, statusText: 'Forbidden' },
    );
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('AUTH.FORBIDDEN');
    expect(dom.byTestId('audit-verdict')).toBeNull();
  });
});
