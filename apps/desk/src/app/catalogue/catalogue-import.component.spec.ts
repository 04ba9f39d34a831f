import { DOCUMENT } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CatalogueImportView } from '@dvc/shared/contracts';
import { importView } from '../testing/desk-fixtures';
import { domOf } from '../testing/dom';
import { CatalogueImportComponent, catalogueFileProblem } from './catalogue-import.component';

const IMPORTS_URL = '/api/v1/admin/catalogue/imports';
const IMPORT_ID = importView().id;
const ROW_PROBLEM = {
  row: 3, code: '1.000002', path: 'internalProcess', problem: 'PROCESS_SUM',
  message: { vi: 'Tổng thời gian các bước (6 giờ) phải bằng thời hạn giải quyết (8 giờ làm việc)', en: 'The steps add up to 6 h; the legal time is 8 working hours' },
};

/** A file chosen in the file input (jsdom has no DataTransfer to build a FileList). */
function choose(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { configurable: true, value: { 0: file, length: 1, item: (index: number) => (index === 0 ? file : null) } });
  input.dispatchEvent(new Event('change'));
}

describe('CatalogueImportComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CatalogueImportComponent>;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);

  beforeEach(async () => {
    // Only the interval is faked (rxjs timers run on it): promises and setTimeout, used to settle, stay real.
    jest.useFakeTimers({
      doNotFake: [
        'Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
        'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout',
      ],
    });
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CatalogueImportComponent);
    await dom.settle();
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  const fileInput = (): HTMLInputElement => {
    const input = dom.byTestId<HTMLInputElement>('import-file');
    if (!input) throw new Error('no file input');
    return input;
  };
  const focused = (): Element | null => TestBed.inject(DOCUMENT).activeElement;

  /** Chooses a file and a mode, uploads, and returns the upload request. */
  async function upload(mode: 'all' | 'valid', file = new File(['[]'], 'danh-muc.json', { type: 'application/json' })): Promise<TestRequest> {
    choose(fileInput(), file);
    dom.click(`import-mode-${mode}`);
    dom.click('import-upload');
    await dom.settle();
    return http.expectOne((request) => request.url === IMPORTS_URL);
  }

  /** The next poll: half a second later, one GET of the import, answered. */
  async function poll(answer: CatalogueImportView): Promise<void> {
    jest.advanceTimersByTime(500);
    http.expectOne(`${IMPORTS_URL}/${IMPORT_ID}`).flush(answer);
    await dom.settle();
  }

  it('should upload the file in the chosen mode, poll the progress every 500 ms until done, then list the problems with the report', async () => {
    const request = await upload('valid');
    expect(request.request.method).toBe('POST');
    expect(request.request.params.get('mode')).toBe('valid_only');
    const body = request.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('file') as File).name).toBe('danh-muc.json');
    expect(dom.byTestId<HTMLButtonElement>('import-upload')?.disabled).toBe(true);
    request.flush(importView({ mode: 'valid_only' }), { status: 202, statusText: 'Accepted' });
    await dom.settle();

    expect(dom.byTestId('import-status')?.dataset['status']).toBe('queued');
    expect(dom.byTestId('import-progress')?.hasAttribute('value')).toBe(false);
    expect(dom.text('import-announcement')).toBe('Đang chờ xử lý');
    jest.advanceTimersByTime(499);
    http.expectNone(`${IMPORTS_URL}/${IMPORT_ID}`);

    await poll(importView({ mode: 'valid_only', status: 'running', total: 4, processed: 1 }));
    const progress = dom.byTestId('import-progress');
    expect(progress?.getAttribute('max')).toBe('4');
    expect(progress?.getAttribute('value')).toBe('1');
    expect(progress?.getAttribute('aria-valuetext')).toBe('Đã xử lý 1/4 thủ tục');
    expect(dom.text('import-progress-text')).toBe('Đã xử lý 1/4 thủ tục');
    expect(dom.text('import-announcement')).toBe('Đang nhập: 25%');
    expect(dom.byTestId('import-problems')).toBeNull();

    await poll(importView({ mode: 'valid_only', status: 'running', total: 4, processed: 3 }));
    expect(dom.text('import-announcement')).toBe('Đang nhập: 75%');

    await poll(importView({ mode: 'valid_only', status: 'done', total: 4, processed: 4, imported: 3, problems: [ROW_PROBLEM], finishedAt: '2026-11-24T03:00:02Z' }));
    expect(dom.byTestId('import-progress')?.getAttribute('value')).toBe('4');
    expect(dom.text('import-done')).toBe('Nhập xong: 3 thủ tục thành bản nháp, 1 lỗi.');
    expect(dom.text('import-announcement')).toBe('Nhập xong: 3 thủ tục thành bản nháp, 1 lỗi.');
    expect(dom.byTestId('import-nothing')).toBeNull();
    const cells = [...(dom.byTestId('import-problem')?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual(['3', '1.000002', 'internalProcess', `${ROW_PROBLEM.message.vi} (PROCESS_SUM)`]);
    expect(dom.byTestId('import-report')?.getAttribute('href')).toBe(`${IMPORTS_URL}/${IMPORT_ID}/report`);
    expect(dom.byTestId('import-see-drafts')?.getAttribute('href')).toBe('/danh-muc-thu-tuc?status=draft');
    expect(focused()).toBe(dom.byTestId('import-result'));
    expect(dom.byTestId<HTMLButtonElement>('import-upload')?.disabled).toBe(false);

    jest.advanceTimersByTime(2000);
    http.expectNone(`${IMPORTS_URL}/${IMPORT_ID}`);
  });

  it('should say that nothing was imported when an all-or-nothing import has problems', async () => {
    const request = await upload('all');
    expect(request.request.params.get('mode')).toBe('all_or_nothing');
    request.flush(importView({ status: 'running', total: 2, processed: 0 }));
    await dom.settle();
    await poll(importView({ status: 'done', total: 2, processed: 2, imported: 0, problems: [ROW_PROBLEM] }));
    expect(dom.text('import-nothing')).toContain('chưa nhập thủ tục nào');
    expect(dom.byTestId('import-see-drafts')).toBeNull();
    expect(dom.allByTestId('import-problem')).toHaveLength(1);
  });

  it('should show an unreadable file as failed, with its problem', async () => {
    const request = await upload('all', new File(['x'], 'danh-muc.xlsx'));
    request.flush(importView({ format: 'xlsx' }));
    await dom.settle();
    await poll(importView({ status: 'failed', problems: [{ row: 0, code: null, path: '', problem: 'FILE_UNREADABLE', message: { vi: 'Tệp hỏng', en: 'Broken file' } }] }));
    expect(dom.text('import-failed')).toContain('Không đọc được tệp');
    expect(dom.byTestId('import-problem')?.dataset['problem']).toBe('FILE_UNREADABLE');
    jest.advanceTimersByTime(1000);
    http.expectNone(`${IMPORTS_URL}/${IMPORT_ID}`);
  });

  it('should refuse to upload without a .json or .xlsx file, and focus the file input', async () => {
    dom.click('import-upload');
    await dom.settle();
    expect(dom.text('import-file-error')).toBe('Hãy chọn tệp .json hoặc .xlsx.');
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');
    expect(focused()).toBe(fileInput());

    choose(fileInput(), new File(['a,b'], 'danh-muc.csv'));
    dom.click('import-upload');
    await dom.settle();
    expect(dom.text('import-file-error')).toBe('Hãy chọn tệp .json hoặc .xlsx.');
    http.expectNone(IMPORTS_URL);
  });

  it("should show the server's refusal of the upload", async () => {
    const request = await upload('all');
    request.flush(
      { statusCode: 413, code: 'FILE.TOO_LARGE', message: 'Tệp danh mục vượt quá 20 MB / The catalogue file is larger than 20 MB', correlationId: 'c-1' },
      { status: 413, statusText: 'Payload Too Large' },
    );
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('FILE.TOO_LARGE');
    expect(dom.byTestId('import-status')).toBeNull();
    expect(focused()).toBe(dom.byTestId('import-result'));
  });

  it('should say when the progress cannot be fetched and follow the import again on request', async () => {
    const request = await upload('all');
    request.flush(importView({ status: 'running', total: 2, processed: 1 }));
    await dom.settle();
    jest.advanceTimersByTime(500);
    http.expectOne(`${IMPORTS_URL}/${IMPORT_ID}`).flush(null, { status: 0, statusText: 'Unknown Error' });
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('NETWORK.OFFLINE');
    expect(dom.text('import-poll-failed')).toContain('việc nhập vẫn chạy trên máy chủ');

    dom.click('import-resume');
    await dom.settle();
    expect(dom.byTestId('import-poll-failed')).toBeNull();
    await poll(importView({ status: 'done', total: 2, processed: 2, imported: 2 }));
    expect(dom.text('import-done')).toBe('Nhập xong: 2 thủ tục thành bản nháp, 0 lỗi.');
    expect(dom.byTestId('import-problems')).toBeNull();
  });

  it('should offer the exports (published or drafts, JSON or Excel) and the templates as downloads', () => {
    expect(dom.byTestId('export-published-json')?.getAttribute('href')).toBe('/api/v1/admin/catalogue/export?status=published&format=json');
    expect(dom.byTestId('export-published-xlsx')?.getAttribute('href')).toBe('/api/v1/admin/catalogue/export?status=published&format=xlsx');
    expect(dom.byTestId('export-draft-json')?.textContent?.trim()).toBe('Xuất bản nháp (JSON)');
    expect(dom.byTestId('export-draft-xlsx')?.hasAttribute('download')).toBe(true);
    expect(dom.byTestId('template-json')?.getAttribute('href')).toBe('/api/v1/admin/catalogue/template?format=json');
    expect(dom.byTestId('template-xlsx')?.textContent?.trim()).toBe('Tải tệp mẫu Excel (.xlsx)');
  });

  it.each<[string, number, string | null]>([
    ['danh-muc.json', 10, null],
    ['DANH-MUC.XLSX', 10, null],
    ['danh-muc.csv', 10, 'Hãy chọn tệp .json hoặc .xlsx.'],
    ['danh-muc.json', 21 * 1024 * 1024, 'Tệp lớn hơn 20 MB.'],
  ])('should judge the file %s of %i bytes', (name, size, expected) => {
    const file = new File(['x'], name);
    Object.defineProperty(file, 'size', { value: size });
    expect(catalogueFileProblem(file)?.vi ?? null).toBe(expected);
  });
});
