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

  it('should draw the online form from the record: order, labels, help, widgets and rules', () => {
    const keys = [...get('online-form').querySelectorAll<HTMLElement>('[data-testid^="form-field-"]:not([type="radio"])')].map((field) =>
      field.dataset['testid']?.replace('form-field-', ''),
    );
    expect(keys).toEqual(['hoTenTre', 'ngaySinh', 'gioiTinh', 'danToc', 'soBanSao', 'cccdMe', 'ghiChu', 'nhanQuaBuuDien']);

    const sex = get('form-field-gioiTinh');
    expect(sex.tagName).toBe('FIELDSET');
    expect(sex.querySelector('legend')?.textContent).toContain('Giới tính');
    expect([...sex.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.value)).toEqual(['Nam', 'Nữ']);

    const ethnicity = get<HTMLSelectElement>('form-field-danToc');
    expect([...ethnicity.options].map((option) => option.value)).toEqual(['', 'Kinh', 'Mường', 'Thái']);
    expect(element().querySelector('label[for="field-danToc"]')?.textContent).toContain('Dân tộc');

    const copies = get<HTMLInputElement>('form-field-soBanSao');
    expect(copies.getAttribute('inputmode')).toBe('numeric');
    expect(element().querySelector(`#${copies.getAttribute('aria-describedby') ?? 'none'}`)?.textContent).toBe('Từ 0 đến 10');

    const id = get<HTMLInputElement>('form-field-cccdMe');
    expect(id.placeholder).toBe('12 chữ số');
    expect(element().querySelector('#field-cccdMe-help')?.textContent).toContain('gồm 12 chữ số');
    expect(id.getAttribute('aria-describedby')).toBe('field-cccdMe-help');

    expect(get<HTMLInputElement>('form-field-nhanQuaBuuDien').type).toBe('checkbox');
    expect(element().querySelector('label[for="field-nhanQuaBuuDien"]')?.textContent).toContain('Nhận kết quả qua bưu điện');
    for (const control of get('online-form').querySelectorAll<HTMLElement>('input:not([type="radio"]), select, textarea')) {
      expect(element().querySelector(`label[for="${control.id}"]`)).toBeTruthy();
    }
  });

  it('should block the submission with the API rule when an answer breaks the schema, then send it once corrected', async () => {
    await fillEverything();
    typeInto(get<HTMLInputElement>('form-field-cccdMe'), '12345');
    typeInto(get<HTMLInputElement>('form-field-soBanSao'), '11');
    await submit();

    http.expectNone('/api/v1/dossiers');
    expect(get('field-error-cccdMe').textContent).toBe('«Số định danh của mẹ» không đúng định dạng. Số định danh cá nhân (số căn cước) gồm 12 chữ số.');
    expect(get('form-field-cccdMe').getAttribute('aria-invalid')).toBe('true');
    expect(get('field-error-soBanSao').textContent).toBe('«Số bản sao» phải từ 0 đến 10');
    expect(get('error-summary').querySelectorAll('li')).toHaveLength(2);
    expect(get('error-summary').querySelector('a')?.getAttribute('href')).toBe('#field-soBanSao');

    typeInto(get<HTMLInputElement>('form-field-cccdMe'), '038123456789');
    typeInto(get<HTMLInputElement>('form-field-soBanSao'), '2');
    get<HTMLInputElement>('form-field-gioiTinh-1').click();
    typeInto(get<HTMLSelectElement>('form-field-danToc'), 'Mường');
    get<HTMLInputElement>('form-field-nhanQuaBuuDien').click();
    await stable();
    expect(query('error-summary')).toBeNull();
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/dossiers' });
    expect((request.request.body as SubmitDossierRequest).formData).toEqual({
      hoTenTre: 'Trần Thị Bình', ngaySinh: '2026-11-20', gioiTinh: 'Nữ', danToc: 'Mường', soBanSao: '2', cccdMe: '038123456789', nhanQuaBuuDien: 'true',
    });
    request.flush(dossierDetail(), { status: 201, statusText: 'Created' });
    await stable();
    http.expectOne(`/api/v1/dossiers/${dossierDetail().id}`).flush(dossierDetail());
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

describe('ApplyComponent opened from an agency on the procedure page', () => {
  it('should pre-select the agency given in ?agency=', async () => {
    const procedure = procedureDetail();
    const chosen = procedure.agencies[1]?.id ?? '';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        fakeSession(CITIZEN).provider,
        provideRouter([{ path: 'nop-ho-so/:code', component: ApplyComponent }], withComponentInputBinding()),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/nop-ho-so/1.001193?agency=${chosen}`);
    http.expectOne('/api/v1/procedures/1.001193').flush(procedure);
    await harness.fixture.whenStable();
    expect(byTestId<HTMLSelectElement>(harness.routeNativeElement as HTMLElement, 'agency-select').value).toBe(chosen);
    http.verify();
  });
});
