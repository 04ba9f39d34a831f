import { Component } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { filter, firstValueFrom } from 'rxjs';
import { SessionStore } from '@dvc/web/data-access';
import type { AdminProcedureRow, Page } from '@dvc/shared/contracts';
import { adminRow, DRAFT_ID, fakeSession, PUBLISHED_ID, user, versionDetail, versionSummary } from '../testing/desk-fixtures';
import { nextMacrotask } from '../testing/dom';
import { CatalogueListComponent } from './catalogue-list.component';

const LIST_URL = '/api/v1/admin/procedures';
const SECTORS_URL = '/api/v1/sectors';

@Component({ template: 'editor' })
class EditorStubComponent {}

function page(items: AdminProcedureRow[], total = items.length, pageNumber = 1): Page<AdminProcedureRow> {
  return { items, total, page: pageNumber, size: 20 };
}

describe('CatalogueListComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'danh-muc-thu-tuc', component: CatalogueListComponent },
            { path: 'danh-muc-thu-tuc/phien-ban/:id', component: EditorStubComponent },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: fakeSession(user('province_admin')) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string): T | null => element().querySelector<T>(`[data-testid="${id}"]`);
  /** A filter's value as typed or chosen (the form reads them on submit). */
  const set = (id: string, value: string): void => {
    const field = byTestId<HTMLInputElement | HTMLSelectElement>(id);
    if (!field) throw new Error(`no ${id}`);
    field.value = value;
  };
  const rows = (): HTMLElement[] => [...element().querySelectorAll<HTMLElement>('[data-testid="catalogue-row"]')];

  /** Opens the list at `url`, answers the sector list, and returns the list request. */
  async function open(url: string): Promise<TestRequest> {
    await harness.navigateByUrl(url, CatalogueListComponent);
    TestBed.tick();
    http.expectOne(SECTORS_URL).flush([{ code: 'HT', name: 'Hộ tịch', procedures: 40 }, { code: 'DD', name: 'Đất đai', procedures: 12 }]);
    return http.expectOne((request) => request.url === LIST_URL);
  }

  async function answer(request: TestRequest, body: Page<AdminProcedureRow>): Promise<void> {
    request.flush(body);
    await harness.fixture.whenStable();
  }

  it('should send the search, status, sector and page from the address and show each procedure with its published version and draft', async () => {
    const request = await open('/danh-muc-thu-tuc?q=khai%20sinh&status=draft&sector=HT&page=2');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('q')).toBe('khai sinh');
    expect(request.request.params.get('status')).toBe('draft');
    expect(request.request.params.get('sector')).toBe('HT');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('size')).toBe('20');
    const scheduledDraft = versionSummary({
      id: DRAFT_ID, versionNumber: 2, status: 'draft', publishedAt: null, decision: null, effectiveFrom: null,
      scheduledPublication: { decisionNumber: '55/QĐ-UBND', decisionDate: '2026-11-24', effectiveFrom: '2026-12-15', scheduledBy: 'Quản trị tỉnh', scheduledAt: '2026-11-24T03:00:00Z' },
    });
    await answer(request, page([adminRow(), adminRow({ code: '2.000815', name: 'Cấp phép', published: null, draft: scheduledDraft, versions: 1 })], 22, 2));

    expect(rows().map((row) => row.dataset['code'])).toEqual(['1.001193', '2.000815']);
    const published = rows()[0]?.querySelector('[data-testid="catalogue-published"]')?.textContent?.replace(/\s+/g, ' ');
    expect(published).toContain('Phiên bản 1');
    expect(published).toContain('Quyết định số 1000/QĐ-UBND ngày 19/11/2026');
    expect(published).toContain('Hiệu lực từ 20/11/2026');
    expect(byTestId('catalogue-view-1.001193')?.getAttribute('href')).toBe(`/danh-muc-thu-tuc/phien-ban/${PUBLISHED_ID}`);
    const edit = byTestId('catalogue-edit-1.001193');
    expect(edit?.getAttribute('href')).toBe(`/danh-muc-thu-tuc/phien-ban/${DRAFT_ID}`);
    expect(edit?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Sửa bản nháp 1.001193');
    expect(rows()[1]?.querySelector('[data-testid="catalogue-published"]')?.textContent).toContain('Chưa công bố');
    expect(byTestId('catalogue-scheduled-1.001193')).toBeNull();
    expect(byTestId('catalogue-scheduled-2.000815')?.textContent?.trim()).toBe('Hẹn công bố ngày 15/12/2026');
    expect(byTestId('catalogue-history-1.001193')?.getAttribute('href')).toBe('/danh-muc-thu-tuc/thu-tuc/1.001193');
    expect(byTestId('catalogue-count')?.textContent?.trim()).toBe('22 thủ tục');
    expect(byTestId('page-info')?.textContent?.trim()).toBe('Trang 2 / 2');
    expect(byTestId<HTMLInputElement>('catalogue-search')?.value).toBe('khai sinh');
    expect(byTestId<HTMLSelectElement>('catalogue-status-filter')?.value).toBe('draft');
    expect(byTestId<HTMLSelectElement>('catalogue-sector-filter')?.value).toBe('HT');
  });

  it('should put the chosen filters in the address, back on page 1, and ask the API with them', async () => {
    await answer(await open('/danh-muc-thu-tuc?page=3'), page([adminRow()], 60, 3));

    set('catalogue-search', '  giay phep  ');
    set('catalogue-status-filter', 'published');
    set('catalogue-sector-filter', 'DD');
    const navigated = firstValueFrom(TestBed.inject(Router).events.pipe(filter((event) => event instanceof NavigationEnd)));
    byTestId('catalogue-filters')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await navigated;
    TestBed.tick();

    const request = http.expectOne((candidate) => candidate.url === LIST_URL);
    expect(request.request.params.get('q')).toBe('giay phep');
    expect(request.request.params.get('status')).toBe('published');
    expect(request.request.params.get('sector')).toBe('DD');
    expect(request.request.params.get('page')).toBe('1');
    expect(TestBed.inject(Router).url).toBe('/danh-muc-thu-tuc?q=giay%20phep&status=published&sector=DD');
    await answer(request, page([]));
    expect(byTestId('catalogue-empty')?.textContent).toContain('Không có thủ tục nào phù hợp');
  });

  it('should send no empty filter and ignore an unknown status in the address', async () => {
    const request = await open('/danh-muc-thu-tuc?status=bogus&q=%20%20');
    expect(request.request.params.keys().sort()).toEqual(['page', 'size']);
    await answer(request, page([]));
  });

  it('should start a draft of a published procedure without one and open it in the editor', async () => {
    await answer(await open('/danh-muc-thu-tuc'), page([adminRow({ draft: null, versions: 1 })]));
    expect(byTestId('catalogue-edit-1.001193')).toBeNull();

    byTestId('catalogue-start-1.001193')?.click();
    TestBed.tick();
    const post = http.expectOne('/api/v1/admin/procedures/1.001193/drafts');
    expect(post.request.method).toBe('POST');
    const navigated = firstValueFrom(TestBed.inject(Router).events.pipe(filter((event) => event instanceof NavigationEnd)));
    post.flush(versionDetail());
    await navigated;
    expect(TestBed.inject(Router).url).toBe(`/danh-muc-thu-tuc/phien-ban/${DRAFT_ID}`);
  });

  it("should show the server's refusal to start a second draft", async () => {
    await answer(await open('/danh-muc-thu-tuc'), page([adminRow({ draft: null })]));
    byTestId('catalogue-start-1.001193')?.click();
    TestBed.tick();
    http.expectOne('/api/v1/admin/procedures/1.001193/drafts').flush(
      { statusCode: 409, code: 'CATALOGUE.DRAFT_EXISTS', message: 'Thủ tục 1.001193 đã có một bản nháp; hãy sửa bản nháp đó / It already has a draft', correlationId: 'c-1' },
      { status: 409, statusText: 'Conflict' },
    );
    await nextMacrotask();
    await harness.fixture.whenStable();
    expect(byTestId('error-alert')?.dataset['code']).toBe('CATALOGUE.DRAFT_EXISTS');
    expect(byTestId('error-alert')?.textContent).toContain('đã có một bản nháp');
    expect(TestBed.inject(Router).url).toBe('/danh-muc-thu-tuc');
  });
});
