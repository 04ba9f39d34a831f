import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { byTestId, page, procedureSummary, typeInto } from '../../testing/portal-fixtures';
import { HomeComponent } from './home.component';

describe('HomeComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: '', component: HomeComponent },
            { path: 'thu-tuc', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const featuredRequest = () => http.expectOne((request) => request.url === '/api/v1/procedures');

  it('should list the featured procedures, each linking to its page', async () => {
    const request = featuredRequest();
    expect(request.request.params.get('featured')).toBe('true');
    expect(request.request.params.get('size')).toBe('6');
    request.flush(page([procedureSummary({ featured: true }), procedureSummary({ code: '1.000894', name: 'Đăng ký kết hôn', featured: true })]));
    await harness.fixture.whenStable();

    const items = [...element().querySelectorAll<HTMLElement>('[data-testid="featured-procedure"]')];
    expect(items.map((item) => item.querySelector('h3')?.textContent?.trim())).toEqual(['Đăng ký khai sinh', 'Đăng ký kết hôn']);
    expect(items[1]?.querySelector('a')?.getAttribute('href')).toBe('/thu-tuc/1.000894');
    expect(items[0]?.textContent).toContain('Dịch vụ công trực tuyến toàn trình');
  });

  it('should leave the featured section out when the province features nothing', async () => {
    featuredRequest().flush(page([]));
    await harness.fixture.whenStable();
    expect(element().querySelector('[data-testid="featured"]')).toBeNull();
  });

  it('should open the catalogue with the typed words', async () => {
    featuredRequest().flush(page([]));
    const input = byTestId<HTMLInputElement>(element(), 'home-search');
    typeInto(input, ' dang ky khai sinh ');
    input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/thu-tuc?q=dang%20ky%20khai%20sinh');
  });
});
