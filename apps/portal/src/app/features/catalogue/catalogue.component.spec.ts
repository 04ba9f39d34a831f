import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { byTestId, page, procedureSummary, typeInto } from '../../testing/portal-fixtures';
import { CatalogueComponent } from './catalogue.component';

describe('CatalogueComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'thu-tuc', component: CatalogueComponent }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const searchRequest = () => http.expectOne((request) => request.url === '/api/v1/procedures');

  it('should send ?q= to the API and mark the matching words in each name when opened with a query', async () => {
    await harness.navigateByUrl('/thu-tuc?q=khai%20sinh');
    const request = searchRequest();
    expect(request.request.params.get('q')).toBe('khai sinh');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(page([procedureSummary(), procedureSummary({ code: '2.000001', name: 'Đăng ký lại khai sinh', feeTotal: 8000 })], { total: 2 }));
    await harness.fixture.whenStable();

    const items = [...element().querySelectorAll<HTMLElement>('[data-testid="procedure-item"]')];
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect([...first.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['khai', 'sinh']);
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/thu-tuc/1.001193');
    expect(first.textContent).toContain('1 ngày làm việc');
    expect(first.textContent).toContain('Miễn phí');
    expect(second.textContent).toContain('8.000 ₫');
    expect(byTestId(element(), 'catalogue-search')).toHaveProperty('value', 'khai sinh');
  });

  it('should put the typed query in the URL when the search is submitted, and search again', async () => {
    await harness.navigateByUrl('/thu-tuc');
    searchRequest().flush(page([procedureSummary()]));
    await harness.fixture.whenStable();

    const input = byTestId<HTMLInputElement>(element(), 'catalogue-search');
    typeInto(input, '  ket hon ');
    input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/thu-tuc?q=ket%20hon');
    const request = searchRequest();
    expect(request.request.params.get('q')).toBe('ket hon');
    request.flush(page([]));
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'catalogue-empty').textContent).toContain('Không tìm thấy thủ tục phù hợp');
  });

  it('should show the loading state, then the API error through the error alert', async () => {
    await harness.navigateByUrl('/thu-tuc?q=x');
    expect(byTestId(element(), 'catalogue-loading')).toBeTruthy();
    searchRequest().flush(
      { statusCode: 400, code: 'VALIDATION.FAILED', message: 'Dữ liệu gửi lên chưa hợp lệ', correlationId: 'c-1' },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'error-alert').dataset['code']).toBe('VALIDATION.FAILED');
    expect(element().querySelector('[data-testid="catalogue-loading"]')).toBeNull();
  });

  it('should offer the next page when there are more results, keeping the query', async () => {
    await harness.navigateByUrl('/thu-tuc?q=dang%20ky&page=2');
    const request = searchRequest();
    expect(request.request.params.get('page')).toBe('2');
    request.flush(page([procedureSummary()], { total: 35, page: 2, size: 10 }));
    await harness.fixture.whenStable();
    const pager = byTestId(element(), 'pager');
    expect(pager.textContent).toContain('Trang 2 / 4');
    expect(pager.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/thu-tuc?q=dang%20ky&page=3');
    expect(pager.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/thu-tuc?q=dang%20ky&page=1');
  });
});
