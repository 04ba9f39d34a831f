import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { filter, firstValueFrom } from 'rxjs';
import { SessionStore } from '@dvc/web/data-access';
import type { DossierSummary, Page } from '@dvc/shared/contracts';
import { InboxFiltersStore } from '../core/inbox-filters.store';
import { fakeSession, summary, user } from '../testing/desk-fixtures';
import { InboxComponent } from './inbox.component';

const INBOX_URL = '/api/v1/desk/dossiers';

function page(items: DossierSummary[], total = items.length, pageNumber = 1): Page<DossierSummary> {
  return { items, total, page: pageNumber, size: 20 };
}

describe('InboxComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '', component: InboxComponent }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: fakeSession(user('desk_officer')) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => harness.routeNativeElement as HTMLElement;

  /** Opens the inbox at `url` and returns the inbox request it makes. */
  async function open(url: string): Promise<TestRequest> {
    await harness.navigateByUrl(url, InboxComponent);
    TestBed.tick();
    return http.expectOne((request) => request.url === INBOX_URL);
  }

  async function answer(request: TestRequest, body: Page<DossierSummary>): Promise<void> {
    request.flush(body);
    await harness.fixture.whenStable();
  }

  const rows = (): HTMLElement[] => [...element().querySelectorAll<HTMLElement>('[data-testid="inbox-row"]')];

  it('should send the status and search filters from the address and show each row with its code and the server deadline class', async () => {
    const request = await open('/?status=received&q=Nguyen');
    expect(request.request.params.get('status')).toBe('received');
    expect(request.request.params.get('q')).toBe('Nguyen');
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('size')).toBe('20');
    expect(element().querySelector('[data-testid="inbox-loading"]')).not.toBeNull();

    await answer(
      request,
      page([
        // The dates alone would say otherwise: the tag is the server's class, counted in office minutes.
        summary({ id: 'a', code: 'C-OVERDUE', status: 'received', receivedAt: '2026-11-20T03:00:00Z', dueAt: '2030-01-01T10:00:00Z', deadlineClass: 'overdue' }),
        summary({ id: 'b', code: 'C-SOON', status: 'received', receivedAt: '2026-11-20T03:00:00Z', dueAt: '2030-01-01T10:00:00Z', deadlineClass: 'at_risk' }),
        summary({ id: 'c', code: 'C-ONTIME', status: 'received', receivedAt: '2026-11-20T03:00:00Z', dueAt: '2020-01-01T10:00:00Z', deadlineClass: 'within_time' }),
        summary({ id: 'd', code: 'C-LATE', status: 'returned', receivedAt: '2026-11-20T03:00:00Z', dueAt: '2026-11-21T10:00:00Z', deadlineClass: 'late' }),
        summary({ id: 'e', code: 'C-PAUSED', status: 'supplement_requested', receivedAt: '2026-11-20T03:00:00Z', deadlineClass: null }),
        summary({ id: 'f', code: 'C-NEW', status: 'submitted', deadlineClass: null }),
      ]),
    );

    expect(rows().map((row) => row.dataset['code'])).toEqual(['C-OVERDUE', 'C-SOON', 'C-ONTIME', 'C-LATE', 'C-PAUSED', 'C-NEW']);
    const deadlines = rows().map((row) => row.querySelector<HTMLElement>('[data-testid="deadline-tag"]'));
    expect(deadlines.map((deadline) => deadline?.dataset['deadline'] ?? null)).toEqual(['overdue', 'at_risk', 'within_time', 'late', 'paused', null]);
    expect(deadlines.map((deadline) => deadline?.textContent?.trim() ?? null)).toEqual(['Quá hạn', 'Sắp đến hạn', 'Trong hạn', 'Trễ hạn', 'Tạm dừng', null]);
    expect(deadlines[0]?.classList.contains('deadline--overdue')).toBe(true);
    const link = rows()[0]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/ho-so/a');
    expect(link?.textContent?.trim()).toBe('C-OVERDUE');
    expect(rows()[0]?.textContent).toContain('Trần Văn Công');
    expect(rows()[0]?.textContent).toContain('09:00 23/11/2026');
    expect(element().querySelector('[data-testid="inbox-count"]')?.textContent?.trim()).toBe('6 hồ sơ');
    expect((element().querySelector('#inbox-q') as HTMLInputElement).value).toBe('Nguyen');
    expect((element().querySelector('#inbox-status') as HTMLSelectElement).value).toBe('received');
    expect(TestBed.inject(InboxFiltersStore).queryParams()).toEqual({ status: 'received', q: 'Nguyen' });
  });

  it('should put the chosen filters in the address, back on page 1, and ask the API again', async () => {
    await answer(await open('/?page=2'), page([summary()], 21, 2));

    (element().querySelector('#inbox-status') as HTMLSelectElement).value = 'submitted';
    (element().querySelector('#inbox-q') as HTMLInputElement).value = '  Bình  ';
    const navigated = firstValueFrom(TestBed.inject(Router).events.pipe(filter((event) => event instanceof NavigationEnd)));
    element().querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await navigated;
    TestBed.tick();

    const request = http.expectOne((candidate) => candidate.url === INBOX_URL);
    expect(request.request.params.get('status')).toBe('submitted');
    expect(request.request.params.get('q')).toBe('Bình');
    expect(request.request.params.get('page')).toBe('1');
    expect(TestBed.inject(Router).url).toBe('/?status=submitted&q=B%C3%ACnh');
    await answer(request, page([]));
    expect(element().querySelector('[data-testid="inbox-empty"]')?.textContent).toContain('Không có hồ sơ nào phù hợp');
  });

  it('should ignore an unknown status in the address rather than send it', async () => {
    const request = await open('/?status=bogus');
    expect(request.request.params.has('status')).toBe(false);
    await answer(request, page([]));
  });

  it("should mark the rows that wait for the current role's action, in text as well as colour", async () => {
    await answer(
      await open('/'),
      page([summary({ id: 'a', code: 'MINE', status: 'submitted' }), summary({ id: 'b', code: 'LEADER', status: 'awaiting_approval' })]),
    );
    const [mine, notMine] = rows();
    expect(mine?.classList.contains('row--todo')).toBe(true);
    expect(mine?.querySelector('[data-testid="needs-action"]')?.textContent?.trim()).toBe('Cần bạn xử lý');
    expect(notMine?.classList.contains('row--todo')).toBe(false);
    expect(notMine?.querySelector('[data-testid="needs-action"]')).toBeNull();
    expect(notMine?.querySelector('[data-testid="row-status"]')?.getAttribute('data-status')).toBe('awaiting_approval');
  });

  it('should page through the results with links that keep the filters', async () => {
    await answer(await open('/?status=submitted'), page([summary()], 45));
    expect(element().querySelector('[data-testid="page-info"]')?.textContent?.trim()).toBe('Trang 1 / 3');
    expect(element().querySelector('[data-testid="page-prev"]')).toBeNull();
    expect(element().querySelector('[data-testid="page-next"]')?.getAttribute('href')).toBe('/?status=submitted&page=2');
  });

  it('should reload the same page when refreshed', async () => {
    await answer(await open('/?q=abc'), page([summary()]));
    (element().querySelector('[data-testid="inbox-refresh"]') as HTMLButtonElement).click();
    TestBed.tick();
    const again = http.expectOne((request) => request.url === INBOX_URL);
    expect(again.request.params.get('q')).toBe('abc');
    await answer(again, page([summary(), summary({ id: 'x', code: 'NEW' })]));
    expect(rows()).toHaveLength(2);
  });

  it('should show the server error instead of an empty list', async () => {
    const request = await open('/');
    request.flush(
      { statusCode: 403, code: 'AUTH.FORBIDDEN', message: 'Không có quyền', correlationId: 'c-1' },
      { status: 403, statusText: 'Forbidden' },
    );
    await harness.fixture.whenStable();
    expect(element().querySelector('[data-testid="error-alert"]')?.getAttribute('data-code')).toBe('AUTH.FORBIDDEN');
    expect(element().querySelector('[data-testid="inbox-empty"]')).toBeNull();
  });
});
