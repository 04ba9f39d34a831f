import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AGENCIES, byTestId, page, procedureSummary, sectorSummaries, typeInto } from '../../testing/portal-fixtures';
import { CatalogueComponent } from './catalogue.component';

describe('CatalogueComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const agencyId = AGENCIES[1]?.id ?? '';

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideLocationMocks(),
        provideRouter([{ path: 'thu-tuc', component: CatalogueComponent }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const query = (testId: string) => element().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const stable = () => harness.fixture.whenStable();
  const searchRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/v1/procedures');
  const params = (request: TestRequest) =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
  const url = () => TestBed.inject(Router).url;

  /** Opens the page: the search, then the sector and agency lists the filters offer. */
  async function open(path: string): Promise<TestRequest> {
    await harness.navigateByUrl(path);
    const search = searchRequest();
    http.expectOne('/api/v1/sectors').flush(sectorSummaries());
    http.expectOne('/api/v1/agencies').flush(AGENCIES);
    return search;
  }

  it('should send ?q= to the API and mark the matching words in each name when opened with a query', async () => {
    const request = await open('/thu-tuc?q=khai%20sinh');
    expect(params(request)).toEqual({ q: 'khai sinh', page: '1', size: '10' });
    request.flush(page([procedureSummary(), procedureSummary({ code: '2.000001', name: 'Đăng ký lại khai sinh', feeTotal: 8000 })], { total: 2 }));
    await stable();

    const items = [...element().querySelectorAll<HTMLElement>('[data-testid="procedure-item"]')];
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect([...first.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['khai', 'sinh']);
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/thu-tuc/1.001193');
    expect(first.textContent).toContain('1 ngày làm việc');
    expect(first.textContent).toContain('Miễn phí');
    expect(second.textContent).toContain('8.000 ₫');
    expect(byTestId(element(), 'catalogue-search')).toHaveProperty('value', 'khai sinh');
    expect(query('sector-browse')).toBeNull();
  });

  it('should mark the words of a query typed without diacritics in a name written with them', async () => {
    const request = await open('/thu-tuc?q=dang%20ky%20khai%20sinh');
    request.flush(page([procedureSummary({ name: 'Đăng ký khai sinh' })]));
    await stable();
    const marks = [...byTestId(element(), 'procedure-item').querySelectorAll('h3 mark')].map((mark) => mark.textContent);
    expect(marks.join(' ')).toBe('Đăng ký khai sinh');
  });

  it('should map the filters in the URL to the API query and show them as selected and removable', async () => {
    const request = await open(`/thu-tuc?q=ban%20sao&sector=CT&agency=${agencyId}&level=commune&applicantType=citizen&page=2`);
    expect(params(request)).toEqual({ q: 'ban sao', sector: 'CT', agency: agencyId, level: 'commune', applicantType: 'citizen', page: '2', size: '10' });
    request.flush(page([procedureSummary({ name: 'Chứng thực bản sao từ bản chính' })], { total: 35, page: 2 }));
    await stable();

    expect(byTestId<HTMLSelectElement>(element(), 'filter-sector').value).toBe('CT');
    expect(byTestId<HTMLSelectElement>(element(), 'filter-agency').value).toBe(agencyId);
    expect(byTestId<HTMLSelectElement>(element(), 'filter-level').value).toBe('commune');
    expect(byTestId<HTMLSelectElement>(element(), 'filter-applicant-type').value).toBe('citizen');
    const active = byTestId(element(), 'active-filters').textContent ?? '';
    expect(active).toContain('Lĩnh vực: Chứng thực');
    expect(active).toContain('Cơ quan tiếp nhận: UBND phường Sầm Sơn');
    expect(active).toContain('Cấp thực hiện: Cấp xã');
    expect(active).toContain('Đối tượng thực hiện: Công dân');
    expect(byTestId(element(), 'catalogue-summary').textContent).toContain('35 thủ tục phù hợp với “ban sao” (đã lọc)');
    expect(byTestId(element(), 'pager').querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      `/thu-tuc?q=ban%20sao&sector=CT&agency=${agencyId}&level=commune&applicantType=citizen&page=3`,
    );

    byTestId<HTMLButtonElement>(element(), 'remove-filter-agency').click();
    await stable();
    expect(url()).toBe('/thu-tuc?q=ban%20sao&sector=CT&level=commune&applicantType=citizen');
    expect(params(searchRequest())).toEqual({ q: 'ban sao', sector: 'CT', level: 'commune', applicantType: 'citizen', page: '1', size: '10' });
  });

  it('should put a chosen filter in the URL at once, keeping the words and starting again at page 1', async () => {
    (await open('/thu-tuc?q=khai%20sinh&page=3')).flush(page([procedureSummary()], { total: 25, page: 3 }));
    await stable();

    typeInto(byTestId<HTMLSelectElement>(element(), 'filter-level'), 'province');
    await stable();
    expect(url()).toBe('/thu-tuc?q=khai%20sinh&level=province');
    const request = searchRequest();
    expect(params(request)).toEqual({ q: 'khai sinh', level: 'province', page: '1', size: '10' });
    request.flush(page([]));
    await stable();

    typeInto(byTestId<HTMLSelectElement>(element(), 'filter-sector'), 'HT');
    await stable();
    expect(url()).toBe('/thu-tuc?q=khai%20sinh&sector=HT&level=province');
    searchRequest().flush(page([procedureSummary()]));
  });

  it('should search again with the previous words and filters when the citizen goes back', async () => {
    // What the app's bootstrap does: follow the browser's back and forward buttons.
    TestBed.inject(Router).setUpLocationChangeListener();
    (await open('/thu-tuc?q=khai%20sinh&sector=HT')).flush(page([procedureSummary()]));
    await stable();
    typeInto(byTestId<HTMLSelectElement>(element(), 'filter-level'), 'commune');
    await stable();
    searchRequest().flush(page([]));
    await stable();

    TestBed.inject(Location).back();
    await new Promise((resolve) => setTimeout(resolve));
    await stable();
    expect(url()).toBe('/thu-tuc?q=khai%20sinh&sector=HT');
    expect(params(searchRequest())).toEqual({ q: 'khai sinh', sector: 'HT', page: '1', size: '10' });
    expect(byTestId<HTMLSelectElement>(element(), 'filter-level').value).toBe('');
  });

  it('should drop URL values the API would refuse instead of failing', async () => {
    const request = await open('/thu-tuc?level=galaxy&agency=not-an-id&applicantType=robot&page=-4');
    expect(params(request)).toEqual({ page: '1', size: '10' });
    request.flush(page([procedureSummary()]));
  });

  it('should put the typed query in the URL when the search is submitted, and show a helpful empty state', async () => {
    (await open('/thu-tuc?sector=HT')).flush(page([procedureSummary()]));
    await stable();

    const input = byTestId<HTMLInputElement>(element(), 'catalogue-search');
    typeInto(input, '  ket hon ');
    input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await stable();

    expect(url()).toBe('/thu-tuc?q=ket%20hon&sector=HT');
    const request = searchRequest();
    expect(params(request)).toEqual({ q: 'ket hon', sector: 'HT', page: '1', size: '10' });
    request.flush(page([]));
    await stable();
    const empty = byTestId(element(), 'catalogue-empty');
    expect(empty.textContent).toContain('Không tìm thấy thủ tục phù hợp');
    expect(empty.textContent).toContain('gõ ít từ hơn');
    expect(byTestId(element(), 'catalogue-summary').textContent).toContain('0 thủ tục phù hợp với “ket hon”');

    byTestId<HTMLButtonElement>(element(), 'empty-clear-filters').click();
    await stable();
    expect(url()).toBe('/thu-tuc?q=ket%20hon');
    searchRequest().flush(page([procedureSummary({ name: 'Đăng ký kết hôn' })]));
  });

  it('should offer the sectors with their counts on the landing, each opening its procedures', async () => {
    (await open('/thu-tuc')).flush(page([procedureSummary()], { total: 197 }));
    await stable();

    const links = [...element().querySelectorAll<HTMLAnchorElement>('[data-testid="sector-link"]')];
    expect(links.map((link) => link.closest('li')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Chứng thực (7)', 'Hộ tịch (12)']);
    expect(links[1]?.getAttribute('href')).toBe('/thu-tuc?sector=HT');
    expect(byTestId(element(), 'catalogue-summary').textContent).toContain('197 thủ tục');
    expect(element().querySelector('#results-title')?.textContent).toContain('Tất cả thủ tục');
  });

  it('should announce the loading and the count in a polite live region, then show an API error', async () => {
    const request = await open('/thu-tuc?q=x');
    const live = element().querySelector('[aria-live="polite"]');
    expect(live?.querySelector('[data-testid="catalogue-loading"]')).toBeTruthy();
    request.flush(
      { statusCode: 400, code: 'VALIDATION.FAILED', message: 'Dữ liệu gửi lên chưa hợp lệ', correlationId: 'c-1' },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(byTestId(element(), 'error-alert').dataset['code']).toBe('VALIDATION.FAILED');
    expect(query('catalogue-loading')).toBeNull();
  });

  it('should label every control of the search form', async () => {
    (await open('/thu-tuc')).flush(page([]));
    await stable();
    for (const control of element().querySelectorAll<HTMLElement>('form input, form select')) {
      expect(element().querySelector(`label[for="${control.id}"]`)?.textContent?.trim()).toBeTruthy();
    }
    expect(element().querySelector('form[role="search"]')?.getAttribute('aria-label')).toBe('Tìm thủ tục');
  });
});
