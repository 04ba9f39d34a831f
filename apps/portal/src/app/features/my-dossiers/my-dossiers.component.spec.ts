import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { byTestId, dossierDetail, page } from '../../testing/portal-fixtures';
import { MyDossiersComponent } from './my-dossiers.component';

describe('MyDossiersComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'ho-so-cua-toi', component: MyDossiersComponent }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const mine = () => http.expectOne((request) => request.url === '/api/v1/dossiers/mine');

  it('should list each dossier with a link to it, its status and appointment, and ask for the page in the URL', async () => {
    await harness.navigateByUrl('/ho-so-cua-toi?page=2');
    const request = mine();
    expect(request.request.params.get('page')).toBe('2');
    request.flush(page([dossierDetail({ status: 'received', dueAt: '2026-11-25T03:00:00Z' })], { total: 21, page: 2, size: 20 }));
    await harness.fixture.whenStable();

    const row = byTestId(element(), 'dossier-row');
    expect(row.textContent).toContain('000.10.31.H56-261124-0001');
    expect(row.querySelector('a')?.getAttribute('href')).toBe('/ho-so-cua-toi/d0000000-0000-4000-8000-000000000001');
    expect(byTestId(row, 'row-status').dataset['status']).toBe('received');
    expect(byTestId(row, 'row-status').textContent).toBe('Đã tiếp nhận');
    // Only a dossier's own page carries `dossier-status`; a list row never does.
    expect(element().querySelector('[data-testid="dossier-status"]')).toBeNull();
    expect(row.textContent).toContain('10:00 25/11/2026');
    expect(byTestId(element(), 'pager').textContent).toContain('Trang 2 / 2');
    expect(byTestId(element(), 'link-notification-settings').getAttribute('href')).toBe('/cai-dat-thong-bao');
    expect(byTestId(element(), 'link-notification-settings').textContent?.trim()).toBe('Cài đặt thông báo');
  });

  it('should point to the catalogue when there is no dossier yet', async () => {
    await harness.navigateByUrl('/ho-so-cua-toi');
    mine().flush(page([]));
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'my-dossiers-empty').querySelector('a')?.getAttribute('href')).toBe('/thu-tuc');
  });
});
