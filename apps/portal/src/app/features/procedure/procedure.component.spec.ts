import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ProcedureDetail } from '@dvc/shared/contracts';
import { AGENCIES, byTestId, fakeSession, procedureDetail, procedureRecord } from '../../testing/portal-fixtures';
import { ProcedureComponent } from './procedure.component';

describe('ProcedureComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        fakeSession(null).provider,
        provideRouter([{ path: 'thu-tuc/:code', component: ProcedureComponent }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const all = (testId: string) => [...element().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function open(detail: ProcedureDetail = procedureDetail()): Promise<void> {
    await harness.navigateByUrl(`/thu-tuc/${detail.code}`);
    http.expectOne(`/api/v1/procedures/${detail.code}`).flush(detail);
    http.expectOne('/api/v1/agencies').flush(AGENCIES);
    await harness.fixture.whenStable();
  }

  it('should offer online filing only at the agencies that accept it online, and say where to go in person elsewhere', async () => {
    await open();

    const places = all('procedure-agency');
    expect(places.map((place) => [place.dataset['agencyCode'], place.dataset['onlineLevel']])).toEqual([
      ['000.10.31.H56', 'full'],
      ['000.11.31.H56', 'partial'],
      ['000.12.31.H56', 'none'],
    ]);
    const [full, partial, none] = places as [HTMLElement, HTMLElement, HTMLElement];
    expect(full.querySelector('[data-testid="agency-apply"]')?.getAttribute('href')).toBe(`/nop-ho-so/1.001193?agency=${AGENCIES[0]?.id}`);
    expect(text(full.querySelector('[data-testid="agency-apply"]'))).toBe('Nộp hồ sơ trực tuyến tại UBND phường Hạc Thành');
    expect(partial.querySelector('[data-testid="agency-apply"]')?.getAttribute('href')).toBe(`/nop-ho-so/1.001193?agency=${AGENCIES[1]?.id}`);
    expect(partial.textContent).toContain('Dịch vụ công trực tuyến một phần');
    expect(none.querySelector('[data-testid="agency-apply"]')).toBeNull();
    expect(text(none)).toContain('UBND xã Quảng Phú');
    expect(byTestId(none, 'agency-in-person').textContent).toContain('nộp trực tiếp tại Bộ phận Một cửa');

    expect(all('apply-online')).toHaveLength(1);
    expect(byTestId(element(), 'apply-online').getAttribute('href')).toBe('/nop-ho-so/1.001193');
    expect(element().textContent).toContain('Bạn sẽ được mời đăng nhập trước khi nộp hồ sơ.');
  });

  it('should offer no online filing when no agency accepts the procedure online', async () => {
    const record = procedureRecord({ onlineLevels: AGENCIES.map((agency) => ({ agencyCode: agency.code, level: 'none' as const })) });
    await open(procedureDetail({ record, onlineLevel: 'none', agencies: [] }));

    expect(all('apply-online')).toHaveLength(0);
    expect(all('agency-apply')).toHaveLength(0);
    expect(byTestId(element(), 'in-person-only').textContent).toContain('chưa nộp trực tuyến được');
    expect(all('agency-in-person')).toHaveLength(3);
    expect(all('procedure-agency').map((place) => place.querySelector('strong')?.textContent)).toEqual(AGENCIES.map((agency) => agency.name));
  });

  it('should show the record: steps and documents per case, templates, time limits and fees per channel, results, legal basis', async () => {
    await open();

    expect(all('procedure-steps').map((list) => list.querySelectorAll('li').length)).toEqual([3, 3]);
    expect([...element().querySelectorAll('#steps-title ~ h3')].map((heading) => heading.textContent)).toEqual(['Khai sinh đúng hạn', 'Khai sinh quá hạn']);

    const cases = all('procedure-case');
    expect(cases.map((table) => table.dataset['case'])).toEqual(['TH1', 'TH2']);
    const birthCert = cases[0]?.querySelector<HTMLElement>('[data-code="TP02"]');
    expect(text(birthCert?.querySelector('[data-testid="component-originals"]'))).toBe('1');
    expect(text(birthCert?.querySelector('[data-testid="component-copies"]'))).toBe('2');
    const template = byTestId<HTMLAnchorElement>(element(), 'template-TP01');
    expect(template.getAttribute('href')).toBe('https://dichvucong.gov.vn/mau/to-khai-dang-ky-khai-sinh.docx');
    expect(text(template)).toContain('Tải mẫu: Tờ khai đăng ký khai sinh');
    expect(element().querySelector('[data-testid="template-TP02"]')).toBeNull();
    expect(text(cases[1])).toContain('Không phải nộp nếu cơ quan đã có kết quả điện tử của bạn.');

    const channels = all('procedure-channel');
    expect(channels.map((row) => row.dataset['channel'])).toEqual(['online', 'counter']);
    expect(text(channels[0])).toContain('1 ngày làm việc');
    expect(text(channels[0])).toContain('Lệ phí: Miễn phí');
    expect(text(channels[1])).toContain('3 ngày làm việc');
    expect(text(channels[1])).toContain('Phí cấp bản sao: 8.000 ₫/bản');

    expect(text(byTestId(element(), 'procedure-results'))).toContain('Giấy khai sinh — Xem mẫu');
    const law = byTestId(element(), 'procedure-legal-basis').querySelector('li');
    expect(text(law)).toBe('Luật Hộ tịch 60/2014/QH13 — Quốc hội, ban hành ngày 20/11/2014, hiệu lực từ 01/01/2016');
    expect(law?.querySelector('a')?.getAttribute('href')).toBe('https://vbpl.vn/luat-ho-tich');
    expect(text(byTestId(element(), 'procedure-conditions'))).toBe('Trong 60 ngày kể từ ngày sinh.');
  });

  it('should show the publication decision, the date it applies from and the version', async () => {
    await open();
    expect(text(byTestId(element(), 'procedure-decision'))).toBe('Số 2468/QĐ-UBND ngày 01/07/2025');
    expect(text(byTestId(element(), 'procedure-effective'))).toBe('15/07/2025');
    expect(text(byTestId(element(), 'procedure-version'))).toBe('3');
  });

  it('should print the page from its print button', async () => {
    await open();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    byTestId<HTMLButtonElement>(element(), 'procedure-print').click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('should keep the headings in order (one h1, no level skipped)', async () => {
    await open();
    const levels = [...element().querySelectorAll('h1, h2, h3, h4')].map((heading) => Number(heading.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.slice(1).forEach((level, index) => expect(level - (levels[index] ?? 1)).toBeLessThanOrEqual(1));
  });
});
