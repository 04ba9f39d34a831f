import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DossierDetail } from '@dvc/shared/contracts';
import { byTestId, dossierDetail } from '../../testing/portal-fixtures';
import { ApplySuccessComponent } from './apply-success.component';

describe('ApplySuccessComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'nop-ho-so/thanh-cong/:id', component: ApplySuccessComponent }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;

  async function open(dossier: DossierDetail): Promise<void> {
    await harness.navigateByUrl(`/nop-ho-so/thanh-cong/${dossier.id}`);
    http.expectOne(`/api/v1/dossiers/${dossier.id}`).flush(dossier);
    await harness.fixture.whenStable();
  }

  it('should show the code and secret, and explain that the receipt (Mẫu 01) comes with the acceptance', async () => {
    const submitted = dossierDetail();
    await open(submitted);
    expect(byTestId(element(), 'dossier-code').textContent).toBe(submitted.code);
    expect(byTestId(element(), 'dossier-secret').textContent).toBe('K7M2Q9XA');
    expect(byTestId(element(), 'receipt-pending').textContent).toContain('được cấp khi bộ phận một cửa kiểm tra và tiếp nhận hồ sơ');
    expect(element().querySelector('[data-testid="form-01"]')).toBeNull();
    const track = [...element().querySelectorAll('a')].find((link) => link.getAttribute('href')?.startsWith('/tra-cuu'));
    expect(track?.getAttribute('href')).toBe(`/tra-cuu?code=${encodeURIComponent(submitted.code)}&secret=K7M2Q9XA`);
  });

  it('should link the receipt (Mẫu 01) once the one-stop desk has accepted the dossier', async () => {
    const accepted = dossierDetail({ status: 'received', receivedAt: '2026-11-24T03:00:00Z', forms: ['01', '06'] });
    await open(accepted);
    const receipt = byTestId<HTMLAnchorElement>(element(), 'form-01');
    expect(receipt.getAttribute('href')).toBe(`/api/v1/dossiers/${accepted.id}/forms/01`);
    expect(receipt.textContent).toContain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    expect(element().querySelector('[data-testid="receipt-pending"]')).toBeNull();
  });
});
