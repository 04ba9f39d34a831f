import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DossierActionRequest, DossierDetail } from '@dvc/shared/contracts';
import { byTestId, chooseFile, dossierDetail, procedureDetail, typeInto, uploadedFile } from '../../testing/portal-fixtures';
import { DossierDetailComponent } from './dossier-detail.component';

describe('DossierDetailComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const returned = dossierDetail({
    status: 'returned',
    receivedAt: '2026-11-24T03:00:00Z',
    dueAt: '2026-11-25T03:00:00Z',
    finishedAt: '2026-11-24T09:00:00Z',
    forms: ['01', '06'],
    files: [
      ...dossierDetail().files,
      { id: 'r1', componentCode: null, kind: 'result', fileName: 'ket-qua.pdf', contentType: 'application/pdf', size: 40960, sha256: 'r' },
    ],
    events: [
      ...dossierDetail().events,
      { id: 'e2', action: 'accept', fromStatus: 'submitted', toStatus: 'received', actorName: 'Lê Một Cửa', actorRole: 'desk_officer', reason: null, occurredAt: '2026-11-24T03:00:00Z', details: {} },
      { id: 'e3', action: 'return_result', fromStatus: 'result_ready', toStatus: 'returned', actorName: 'Lê Một Cửa', actorRole: 'desk_officer', reason: 'Trả tại quầy', occurredAt: '2026-11-24T09:00:00Z', details: {} },
    ],
  });

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'ho-so-cua-toi/:id', component: DossierDetailComponent }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  async function open(dossier: DossierDetail): Promise<void> {
    await harness.navigateByUrl(`/ho-so-cua-toi/${dossier.id}`);
    http.expectOne(`/api/v1/dossiers/${dossier.id}`).flush(dossier);
    await harness.fixture.whenStable();
    http.expectOne('/api/v1/procedures/1.001193').flush(procedureDetail());
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;

  it('should show the status with its explanation, the result link and the whole timeline', async () => {
    await open(returned);
    expect(byTestId(element(), 'dossier-status').dataset['status']).toBe('returned');
    expect(byTestId(element(), 'status-explanation').textContent).toContain('Kết quả đã được trả');
    expect(byTestId(element(), 'result-download').getAttribute('href')).toBe(`/api/v1/dossiers/${returned.id}/files/r1`);
    const items = element().querySelectorAll('[data-testid="timeline-item"]');
    expect(items).toHaveLength(3);
    expect(items[2]?.textContent).toContain('Lê Một Cửa');
    expect(items[2]?.textContent).toContain('Trả tại quầy');
    expect(byTestId(element(), 'tracking-secret').textContent).toBe('K7M2Q9XA');
    expect(byTestId(element(), 'dossier-due').textContent).toContain('10:00 25/11/2026');
    expect(byTestId(element(), 'form-01').getAttribute('href')).toBe(`/api/v1/dossiers/${returned.id}/forms/01`);
    expect(byTestId(element(), 'form-01').textContent).toContain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
  });

  it("should label the form data and documents with the procedure's names", async () => {
    await open(returned);
    expect(element().textContent).toContain('Họ, chữ đệm và tên của trẻ');
    expect(element().textContent).toContain('Trần Thị Bình');
    expect(element().textContent).toContain('20/11/2026');
    expect(element().querySelector('[data-testid="supplement-form"]')).toBeNull();
    expect(element().querySelector('[data-testid="withdraw-start"]')).toBeNull();
    const attachment = byTestId(element(), 'attachment');
    expect(attachment.textContent).toContain('Tờ khai đăng ký khai sinh');
    expect(attachment.querySelector('a')?.getAttribute('href')).toBe(`/api/v1/dossiers/${returned.id}/files/${returned.files[0]?.id ?? ''}`);
  });

  it('should load the dossier again on refresh and keep it on screen meanwhile', async () => {
    await open(returned);
    byTestId<HTMLButtonElement>(element(), 'refresh').click();
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'dossier-status')).toBeTruthy();
    http.expectOne(`/api/v1/dossiers/${returned.id}`).flush({ ...returned, status: 'returned', version: 2 });
    await harness.fixture.whenStable();
    expect(byTestId(element(), 'dossier-status').dataset['status']).toBe('returned');
  });

  describe('when the agency asked for a supplement', () => {
    const waiting = dossierDetail({
      status: 'supplement_requested',
      version: 3,
      allowedActions: ['submit_supplement', 'withdraw'],
      supplementRequest: { reason: 'Giấy chứng sinh bị mờ', items: ['Bản chụp rõ Giấy chứng sinh'], requestedAt: '2026-11-24T04:00:00Z' },
    });
    const get = (testId: string) => byTestId(element(), testId);

    it('should show what is asked, insist on a file, then send the uploaded file with the note', async () => {
      await open(waiting);
      expect(get('supplement-form').textContent).toContain('Giấy chứng sinh bị mờ');
      expect(get('supplement-items').textContent).toContain('Bản chụp rõ Giấy chứng sinh');

      byTestId<HTMLButtonElement>(element(), 'submit-supplement').click();
      await harness.fixture.whenStable();
      expect(get('supplement-no-file').textContent).toContain('ít nhất một giấy tờ');
      http.expectNone((request) => request.url.includes('/actions/'));

      chooseFile(byTestId<HTMLInputElement>(element(), 'file-input-TP02'), new File(['%PDF-1.4'], 'chung-sinh.pdf', { type: 'application/pdf' }));
      http.expectOne({ method: 'POST', url: '/api/v1/files' }).flush(uploadedFile({ id: 'f-new', fileName: 'chung-sinh.pdf' }));
      await harness.fixture.whenStable();
      expect(get('upload-done-TP02').textContent).toContain('chung-sinh.pdf');
      typeInto(element().querySelector<HTMLTextAreaElement>('#supplement-note') as HTMLTextAreaElement, 'Đã chụp lại');
      byTestId<HTMLButtonElement>(element(), 'submit-supplement').click();
      await harness.fixture.whenStable();

      const request = http.expectOne({ method: 'POST', url: `/api/v1/dossiers/${waiting.id}/actions/submit_supplement` });
      expect(request.request.body).toEqual<DossierActionRequest>({ version: 3, attachments: [{ componentCode: 'TP02', fileId: 'f-new' }], note: 'Đã chụp lại' });
      request.flush({ ...waiting, status: 'received', version: 4, allowedActions: [] });
      await harness.fixture.whenStable();
      http.expectOne(`/api/v1/dossiers/${waiting.id}`).flush({ ...waiting, status: 'received', version: 4, allowedActions: [], supplementRequest: null });
      await harness.fixture.whenStable();
      expect(get('detail-notice').textContent).toContain('Đã gửi bổ sung');
      expect(get('dossier-status').dataset['status']).toBe('received');
      expect(element().querySelector('[data-testid="supplement-form"]')).toBeNull();
    });

    it('should withdraw the dossier only after a confirmation', async () => {
      await open(waiting);
      byTestId<HTMLButtonElement>(element(), 'withdraw-start').click();
      await harness.fixture.whenStable();
      http.expectNone((request) => request.url.includes('/actions/'));
      byTestId<HTMLButtonElement>(element(), 'withdraw-confirm').click();
      await harness.fixture.whenStable();
      const request = http.expectOne({ method: 'POST', url: `/api/v1/dossiers/${waiting.id}/actions/withdraw` });
      expect(request.request.body).toEqual({ version: 3 });
      request.flush({ ...waiting, status: 'withdrawn', allowedActions: [] });
      await harness.fixture.whenStable();
      http.expectOne(`/api/v1/dossiers/${waiting.id}`).flush({ ...waiting, status: 'withdrawn', allowedActions: [] });
      await harness.fixture.whenStable();
      expect(get('dossier-status').dataset['status']).toBe('withdrawn');
      expect(get('detail-notice').textContent).toContain('Đã rút hồ sơ');
    });
  });
});
