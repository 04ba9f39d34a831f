import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SubmitDossierRequest } from '@dvc/shared/contracts';
import { byTestId, chooseFile, CITIZEN, dossierDetail, fakeSession, procedureDetail, typeInto, uploadedFile } from '../../testing/portal-fixtures';
import { ApplySuccessComponent } from './apply-success.component';
import { ApplyComponent } from './apply.component';

describe('ApplyComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const procedure = procedureDetail();
  const agencyId = procedure.agencies[1]?.id ?? '';

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        fakeSession(CITIZEN).provider,
        provideRouter(
          [
            { path: 'nop-ho-so/thanh-cong/:id', component: ApplySuccessComponent },
            { path: 'nop-ho-so/:code', component: ApplyComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nop-ho-so/1.001193');
    http.expectOne('/api/v1/procedures/1.001193').flush(procedure);
    await stable();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const get = <T extends HTMLElement = HTMLElement>(testId: string) => byTestId<T>(element(), testId);
  const query = (testId: string) => element().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const submitButton = () => get<HTMLButtonElement>('submit-dossier');
  const stable = () => harness.fixture.whenStable();
  const pdf = (name: string) => new File(['%PDF-1.4 test'], name, { type: 'application/pdf' });

  async function upload(componentCode: string, fileId: string): Promise<void> {
    chooseFile(get<HTMLInputElement>(`file-input-${componentCode}`), pdf(`${componentCode}.pdf`));
    http.expectOne({ method: 'POST', url: '/api/v1/files' }).flush(uploadedFile({ id: fileId, fileName: `${componentCode}.pdf` }));
    await stable();
  }

  async function fillEverything(): Promise<void> {
    typeInto(get<HTMLSelectElement>('agency-select'), agencyId);
    typeInto(get<HTMLInputElement>('form-field-hoTenTre'), 'Trần Thị Bình');
    typeInto(get<HTMLInputElement>('form-field-ngaySinh'), '2026-11-20');
    await upload('TP01', 'f0000000-0000-4000-8000-0000000000a1');
    await upload('TP02', 'f0000000-0000-4000-8000-0000000000a2');
  }

  async function submit(): Promise<void> {
    submitButton().click();
    await stable();
  }

  it('should render the agency choice, one input per form field and one file input per document', () => {
    const options = [...get<HTMLSelectElement>('agency-select').options].map((option) => option.value);
    expect(options).toEqual(['', ...procedure.agencies.map((agency) => agency.id)]);
    expect(get<HTMLInputElement>('form-field-hoTenTre').type).toBe('text');
    expect(get<HTMLInputElement>('form-field-hoTenTre').maxLength).toBe(200);
    expect(get<HTMLInputElement>('form-field-ngaySinh').type).toBe('date');
    expect(get('form-field-ghiChu').tagName).toBe('TEXTAREA');
    expect(element().querySelector('label[for="field-hoTenTre"]')?.textContent).toContain('Họ, chữ đệm và tên của trẻ');
    expect(get<HTMLInputElement>('file-input-TP01').accept).toContain('application/pdf');
    expect(element().querySelector('label[for="file-TP03"]')).toBeTruthy();
  });

  it('should upload a chosen file at once, show its progress, block submitting meanwhile, then show it as done', async () => {
    chooseFile(get<HTMLInputElement>('file-input-TP01'), pdf('to-khai.pdf'));
    const request: TestRequest = http.expectOne({ method: 'POST', url: '/api/v1/files' });
    expect(request.request.body).toBeInstanceOf(FormData);
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);

    request.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await stable();
    const progress = get('upload-progress-TP01');
    expect(progress.getAttribute('aria-valuenow')).toBe('40');
    expect(progress.closest('[aria-live="polite"]')?.textContent).toContain('40%');
    expect(submitButton().disabled).toBe(true);
    expect(query('upload-done-TP01')).toBeNull();

    request.flush(uploadedFile({ fileName: 'to-khai.pdf', size: 2048 }));
    await stable();
    const done = get('upload-done-TP01');
    expect(done.textContent).toContain('to-khai.pdf');
    expect(done.textContent).toContain('2 KB');
    expect(query('upload-progress-TP01')).toBeNull();
    expect(submitButton().disabled).toBe(false);
  });

  it('should let the citizen remove an uploaded file, which then counts as missing again', async () => {
    await upload('TP01', 'f0000000-0000-4000-8000-0000000000a1');
    get('upload-done-TP01').querySelector('button')?.click();
    await stable();
    expect(query('upload-done-TP01')).toBeNull();
    expect(document.activeElement).toBe(get('file-input-TP01'));
    await submit();
    expect(get('component-error-TP01').textContent).toContain('Hãy đính kèm giấy tờ này');
    http.expectNone('/api/v1/dossiers');
  });

  it('should refuse a file of the wrong type or over the size limit without uploading it', async () => {
    chooseFile(get<HTMLInputElement>('file-input-TP03'), new File(['x'], 'anh.png', { type: 'image/png' }));
    await stable();
    expect(get('upload-failed-TP03').textContent).toContain('Chỉ nhận tệp PDF');

    const big = pdf('lon.pdf');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    chooseFile(get<HTMLInputElement>('file-input-TP01'), big);
    await stable();
    expect(get('upload-failed-TP01').textContent).toContain('tối đa 10 MB');
    http.expectNone('/api/v1/files');
  });

  it('should show the required fields and documents next to them, without sending, when submitted empty', async () => {
    await submit();
    http.expectNone('/api/v1/dossiers');
    const name = get<HTMLInputElement>('form-field-hoTenTre');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain('field-hoTenTre-error');
    expect(element().querySelector('#field-hoTenTre-error')?.textContent).toContain('Trường này là bắt buộc');
    expect(get('agency-select').getAttribute('aria-invalid')).toBe('true');
    expect(get('component-error-TP01').textContent).toContain('Hãy đính kèm giấy tờ này');
    expect(get('component-error-TP02')).toBeTruthy();
    expect(query('component-error-TP03')).toBeNull();
    expect(query('field-error-ghiChu')).toBeNull();
    expect(get('error-summary').querySelectorAll('li')).toHaveLength(5);
    expect(document.activeElement).toBe(get('error-summary'));
  });

  it('should send the form and the uploaded files, and put the server field errors on the right fields', async () => {
    await fillEverything();
    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/dossiers' });
    expect(request.request.body).toEqual<SubmitDossierRequest>({
      procedureCode: '1.001193',
      agencyId,
      formData: { hoTenTre: 'Trần Thị Bình', ngaySinh: '2026-11-20' },
      attachments: [
        { componentCode: 'TP01', fileId: 'f0000000-0000-4000-8000-0000000000a1' },
        { componentCode: 'TP02', fileId: 'f0000000-0000-4000-8000-0000000000a2' },
      ],
    });
    request.flush(
      {
        statusCode: 400,
        code: 'DOSSIER.ATTACHMENTS_INVALID',
        message: 'Giấy tờ đính kèm chưa đủ hoặc chưa hợp lệ / Attachments are missing or invalid',
        correlationId: 'corr-1',
        details: [
          { field: 'formData.ngaySinh', code: 'IS_DATE', message: '«Ngày sinh» phải là ngày dạng YYYY-MM-DD / must be a date YYYY-MM-DD' },
          { field: 'attachments.1.fileId', code: 'FILE_ALREADY_USED', message: 'Tệp này đã được nộp trong hồ sơ khác, hãy tải lại / already used' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();

    expect(get('error-alert').dataset['code']).toBe('DOSSIER.ATTACHMENTS_INVALID');
    expect(get('field-error-ngaySinh').textContent).toBe('«Ngày sinh» phải là ngày dạng YYYY-MM-DD');
    expect(get('form-field-ngaySinh').getAttribute('aria-invalid')).toBe('true');
    expect(get('component-error-TP02').textContent).toBe('Tệp này đã được nộp trong hồ sơ khác, hãy tải lại');
    expect(get('file-input-TP02').getAttribute('aria-describedby')).toContain('file-TP02-error');
    expect(query('component-error-TP01')).toBeNull();
    expect(query('field-error-hoTenTre')).toBeNull();

    // Correcting the field clears its server error.
    typeInto(get<HTMLInputElement>('form-field-ngaySinh'), '2026-11-21');
    await stable();
    expect(query('field-error-ngaySinh')).toBeNull();
  });

  it('should show the dossier code and the tracking secret after a successful submission', async () => {
    await fillEverything();
    await submit();
    const created = dossierDetail();
    http.expectOne({ method: 'POST', url: '/api/v1/dossiers' }).flush(created, { status: 201, statusText: 'Created' });
    await stable();

    expect(TestBed.inject(Router).url).toBe(`/nop-ho-so/thanh-cong/${created.id}`);
    http.expectOne(`/api/v1/dossiers/${created.id}`).flush(created);
    await stable();
    expect(get('dossier-code').textContent).toBe('000.10.31.H56-261124-0001');
    expect(get('dossier-secret').textContent).toBe('K7M2Q9XA');
    expect(get('receipt').textContent).toContain('Hãy ghi lại hoặc in giấy này');
    expect(get('receipt-detail').getAttribute('href')).toBe(`/ho-so-cua-toi/${created.id}`);
  });
});
