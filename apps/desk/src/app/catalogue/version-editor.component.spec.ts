import { Component } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SessionStore } from '@dvc/web/data-access';
import { exampleProcedureRecord, type ProcedureRecord } from '@dvc/shared/domain';
import type { AgencySummary, ProcedureVersionDetail } from '@dvc/shared/contracts';
import { DESK_CLOCK } from '../core/clock';
import { DRAFT_ID, fakeSession, NOW, PUBLISHED_ID, user, versionDetail, versionSummary } from '../testing/desk-fixtures';
import { domOf, nextMacrotask } from '../testing/dom';
import { VersionEditorComponent } from './version-editor.component';

const VERSION_URL = '/api/v1/admin/procedure-versions';
const AGENCIES_URL = '/api/v1/agencies';

@Component({ template: 'page' })
class PageStubComponent {}

describe('VersionEditorComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<VersionEditorComponent>;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'danh-muc-thu-tuc', component: PageStubComponent },
          { path: 'danh-muc-thu-tuc/phien-ban/:id', component: PageStubComponent },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: fakeSession(user('province_admin')) },
        { provide: DESK_CLOCK, useValue: () => NOW },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** The preview asks for agency names; answered before waiting for the page to be stable (a pending request keeps it busy). */
  async function answerAgencies(agencies: AgencySummary[] = []): Promise<void> {
    TestBed.tick();
    await nextMacrotask();
    TestBed.tick();
    http.expectOne(AGENCIES_URL).flush(agencies);
    await dom.settle();
  }

  /** Opens a version (the draft by default) and answers its request (and the preview's, for a read-only version). */
  async function render(detail: ProcedureVersionDetail = versionDetail()): Promise<void> {
    fixture = TestBed.createComponent(VersionEditorComponent);
    fixture.componentRef.setInput('id', detail.id);
    TestBed.tick();
    http.expectOne(`${VERSION_URL}/${detail.id}`).flush(detail);
    if (detail.status === 'draft') await dom.settle();
    else await answerAgencies();
  }

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const field = <T extends HTMLElement = HTMLInputElement>(id: string): T => {
    const element = root().querySelector<T>(`#${id}`);
    if (!element) throw new Error(`no #${id}`);
    return element;
  };
  /** Types into a record field (and leaves it, for numbers and step lists). */
  async function type(id: string, value: string): Promise<void> {
    const input = field<HTMLInputElement | HTMLTextAreaElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    await dom.settle();
  }
  const problems = (): { path: string; code: string; text: string }[] =>
    dom.allByTestId('version-problem').map((item) => ({ path: item.dataset['path'] ?? '', code: item.dataset['code'] ?? '', text: item.textContent?.replace(/\s+/g, ' ').trim() ?? '' }));
  const publishButton = (): HTMLButtonElement | null => dom.byTestId<HTMLButtonElement>('version-publish');
  const focused = (): Element | null => TestBed.inject(DOCUMENT).activeElement;
  const named = (record: ProcedureRecord, name: string): ProcedureRecord => ({ ...record, name });

  it('should show a valid draft with no problem and let it be published', async () => {
    await render();
    expect(dom.text('version-title')).toBe('Đăng ký khai sinh');
    expect(dom.text('version-meta')).toContain('1.001193');
    expect(dom.byTestId('version-status')?.dataset['status']).toBe('draft');
    expect(field('rec-name').value).toBe('Đăng ký khai sinh');
    expect(field('rec-code').readOnly).toBe(true);
    expect(dom.text('version-problem-count')).toBe('Không có lỗi: bản nháp công bố được.');
    expect(problems()).toEqual([]);
    expect(publishButton()?.disabled).toBe(false);
    expect(dom.text('rec-process-total')).toBe('Tổng: 8 giờ; thời hạn giải quyết: 8 giờ làm việc.');
  });

  it('should list the domain problems live with their field paths, mark the fields, and block publication while any remains', async () => {
    await render();
    await type('rec-name', '');
    expect(problems()).toEqual([{ path: 'name', code: 'REQUIRED', text: 'Đến trường name: Thiếu «name»' }]);
    expect(field('rec-name').getAttribute('aria-invalid')).toBe('true');
    expect(field('rec-name').getAttribute('aria-describedby')).toBe('rec-name-error');
    expect(root().querySelector('#rec-name-error')?.textContent).toContain('Thiếu «name»');
    expect(publishButton()?.disabled).toBe(true);
    expect(dom.text('version-publish-hint')).toContain('Chỉ công bố được khi không còn lỗi.');

    await type('rec-internalProcess-1-hours', '3');
    expect(problems().map((problem) => `${problem.path} ${problem.code}`)).toEqual(['name REQUIRED', 'internalProcess PROCESS_SUM']);
    expect(problems()[1]?.text).toContain('Tổng thời gian các bước (6 giờ) phải bằng thời hạn giải quyết (8 giờ làm việc)');
    expect(dom.text('version-problem-count')).toBe('2 lỗi cần sửa');
    expect(dom.text('rec-process-total')).toBe('Tổng: 6 giờ; thời hạn giải quyết: 8 giờ làm việc.');
    expect(field('rec-internalProcess-0-hours').getAttribute('aria-invalid')).toBe('true');
    expect(field('rec-internalProcess-0-code').hasAttribute('aria-invalid')).toBe(false);

    await type('rec-name', 'Đăng ký khai sinh');
    await type('rec-internalProcess-1-hours', '5');
    expect(problems()).toEqual([]);
    expect(publishButton()?.disabled).toBe(false);
  });

  it('should lead from a problem to its field', async () => {
    await render();
    await type('rec-cases-0-components-1-maxSizeMb', '80');
    expect(problems().map((problem) => problem.path)).toEqual(['cases[0].components[1].maxSizeMb']);
    dom.allByTestId('version-problem')[0]?.querySelector('button')?.click();
    await dom.settle();
    expect(focused()).toBe(field('rec-cases-0-components-1-maxSizeMb'));
  });

  it('should save the edited record with a PUT, and ask for a save before publication', async () => {
    await render();
    await type('rec-name', 'Đăng ký khai sinh (sửa đổi)');
    expect(publishButton()?.disabled).toBe(true);
    expect(dom.text('version-publish-hint')).toContain('Có thay đổi chưa lưu.');
    expect(dom.text('version-publish-hint')).toContain('Hãy lưu bản nháp trước khi công bố.');

    dom.click('version-save');
    await dom.settle();
    const put = http.expectOne(`${VERSION_URL}/${DRAFT_ID}`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual(named(exampleProcedureRecord(), 'Đăng ký khai sinh (sửa đổi)'));
    put.flush(versionDetail({ name: 'Đăng ký khai sinh (sửa đổi)', record: named(exampleProcedureRecord(), 'Đăng ký khai sinh (sửa đổi)') }));
    await dom.settle();

    expect(dom.text('version-done')).toBe('Đã lưu bản nháp.');
    expect(focused()).toBe(dom.byTestId('version-outcome'));
    expect(dom.text('version-title')).toBe('Đăng ký khai sinh (sửa đổi)');
    expect(publishButton()?.disabled).toBe(false);
    expect(dom.text('version-publish-hint')).toBe('');
  });

  it('should not send a record with problems, and take the admin to the problem list', async () => {
    await render();
    await type('rec-name', '');
    dom.click('version-save');
    await dom.settle();
    http.expectNone((request) => request.method === 'PUT');
    expect(dom.text('version-warn')).toContain('Còn 1 lỗi; hãy sửa trước khi lưu');
    expect(focused()).toBe(dom.byTestId('version-problems'));
  });

  it("should show the server's problems (known only to it) with the rules' and keep publication blocked", async () => {
    const unknownAgency = {
      path: 'onlineLevels[0].agencyCode', code: 'UNKNOWN_AGENCY', message: { vi: 'Không có cơ quan mã 000.10.31.H56', en: 'No current agency 000.10.31.H56' },
    };
    await render(versionDetail({ problems: [unknownAgency] }));
    expect(problems()).toEqual([{ path: 'onlineLevels[0].agencyCode', code: 'UNKNOWN_AGENCY', text: 'Đến trường onlineLevels[0].agencyCode: Không có cơ quan mã 000.10.31.H56' }]);
    expect(publishButton()?.disabled).toBe(true);

    // A part the form does not edit leads to the whole record as JSON.
    dom.allByTestId('version-problem')[0]?.querySelector('button')?.click();
    await dom.settle();
    await dom.settle();
    expect(dom.byTestId<HTMLDetailsElement>('json-details')?.open).toBe(true);
    expect(focused()).toBe(field('rec-json'));
    expect(JSON.parse(field<HTMLTextAreaElement>('rec-json').value)).toEqual(exampleProcedureRecord());
  });

  it("should list a refused record's problems from the server's answer to a save", async () => {
    await render();
    await type('rec-name', 'Đăng ký khai sinh mới');
    dom.click('version-save');
    await dom.settle();
    http.expectOne(`${VERSION_URL}/${DRAFT_ID}`).flush(
      {
        statusCode: 400, code: 'CATALOGUE.RECORD_INVALID', message: 'Thủ tục chưa hợp lệ: 1 lỗi, xem chi tiết / The procedure has 1 problems, see details', correlationId: 'c-1',
        details: [{ field: 'onlineLevels[0].agencyCode', code: 'UNKNOWN_AGENCY', message: 'Không có cơ quan mã 000.10.31.H56 / No current agency 000.10.31.H56' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await dom.settle();
    expect(dom.byTestId('error-alert')?.dataset['code']).toBe('CATALOGUE.RECORD_INVALID');
    expect(problems().map((problem) => problem.code)).toEqual(['UNKNOWN_AGENCY']);
    expect(field('rec-name').value).toBe('Đăng ký khai sinh mới');
  });

  it('should publish with the decision number, today as the decision and effective dates by default, then show the version read-only', async () => {
    await render();
    dom.click('version-publish');
    await dom.settle();
    expect(dom.byTestId('publish-form')).not.toBeNull();
    expect(focused()).toBe(dom.byTestId('publish-decision-number'));
    expect(dom.byTestId<HTMLInputElement>('publish-decision-date')?.value).toBe('2026-11-24');
    expect(dom.byTestId<HTMLInputElement>('publish-effective-from')?.value).toBe('2026-11-24');

    dom.fill('publish-decision-number', ' 1234/QĐ-UBND ');
    dom.fill('publish-decision-date', '2026-11-23');
    dom.click('publish-confirm');
    await dom.settle();
    const post = http.expectOne(`${VERSION_URL}/${DRAFT_ID}/publish`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ decisionNumber: '1234/QĐ-UBND', decisionDate: '2026-11-23', effectiveFrom: '2026-11-24' });
    post.flush(
      versionDetail({
        status: 'published', publishedAt: '2026-11-24T03:00:00Z', publishedBy: 'Quản trị tỉnh', decision: { number: '1234/QĐ-UBND', date: '2026-11-23' },
        effectiveFrom: '2026-11-24',
      }),
    );
    await answerAgencies();

    expect(dom.text('version-done')).toBe('Đã công bố phiên bản 2 theo Quyết định số 1234/QĐ-UBND.');
    expect(dom.byTestId('version-status')?.dataset['status']).toBe('published');
    expect(dom.byTestId('version-form')).toBeNull();
    expect(dom.byTestId('publish-form')).toBeNull();
    expect(dom.text('version-decision')).toBe('Quyết định số 1234/QĐ-UBND ngày 23/11/2026');
    expect(dom.byTestId('procedure-preview')).not.toBeNull();
  });

  it('should refuse a publication without a decision number or with a decision dated after today, and focus the first problem', async () => {
    await render();
    dom.click('version-publish');
    await dom.settle();
    dom.fill('publish-decision-number', 'ab');
    dom.fill('publish-decision-date', '2026-11-25');
    dom.fill('publish-effective-from', '2026-11-25');
    dom.click('publish-confirm');
    await dom.settle();
    http.expectNone(`${VERSION_URL}/${DRAFT_ID}/publish`);
    expect(dom.byTestId('publish-decision-number')?.getAttribute('aria-invalid')).toBe('true');
    expect(root().querySelector('#publish-decision-number-error')?.textContent).toContain('ít nhất 3 ký tự');
    expect(root().querySelector('#publish-decision-date-error')?.textContent).toContain('Ngày quyết định không được sau hôm nay');
    expect(focused()).toBe(dom.byTestId('publish-decision-number'));

    dom.click('publish-cancel');
    await dom.settle();
    expect(dom.byTestId('publish-form')).toBeNull();
    expect(focused()).toBe(publishButton());
  });

  it('should schedule a publication for a later effective date, show the draft read only with the schedule, and cancel it', async () => {
    await render();
    dom.click('version-publish');
    await dom.settle();
    dom.fill('publish-decision-number', '55/QĐ-UBND');
    expect(dom.byTestId('publish-scheduled-note')).toBeNull();
    dom.fill('publish-effective-from', '2026-12-15');
    await dom.settle();
    expect(dom.text('publish-scheduled-note')).toContain('hệ thống tự công bố vào đầu ngày đó');
    expect(dom.text('publish-confirm')).toBe('Xác nhận hẹn ngày công bố');
    dom.click('publish-confirm');
    await dom.settle();
    const post = http.expectOne(`${VERSION_URL}/${DRAFT_ID}/publish`);
    expect(post.request.body).toEqual({ decisionNumber: '55/QĐ-UBND', decisionDate: '2026-11-24', effectiveFrom: '2026-12-15' });
    const schedule = { decisionNumber: '55/QĐ-UBND', decisionDate: '2026-11-24', effectiveFrom: '2026-12-15', scheduledBy: 'Quản trị tỉnh', scheduledAt: '2026-11-24T03:00:00Z' };
    post.flush(versionDetail({ scheduledPublication: schedule }));
    await answerAgencies();

    const expected = 'Hệ thống sẽ công bố phiên bản này ngày 15/12/2026 theo Quyết định số 55/QĐ-UBND (hẹn bởi Quản trị tỉnh).';
    expect(dom.text('version-done')).toBe(expected);
    expect(dom.text('version-scheduled')).toContain(expected);
    expect(dom.byTestId('version-status')?.dataset['status']).toBe('draft');
    expect(dom.byTestId('version-form')).toBeNull();

    dom.click('version-cancel-schedule');
    await dom.settle();
    const cancel = http.expectOne(`${VERSION_URL}/${DRAFT_ID}/schedule`);
    expect(cancel.request.method).toBe('DELETE');
    cancel.flush(versionDetail());
    await dom.settle();
    expect(dom.text('version-done')).toBe('Đã hủy hẹn công bố; bản nháp sửa được trở lại.');
    expect(dom.byTestId('version-scheduled')).toBeNull();
    expect(dom.byTestId('version-form')).not.toBeNull();
  });

  it('should delete the draft only after confirmation, then return to the list', async () => {
    await render();
    dom.click('version-delete');
    await dom.settle();
    http.expectNone((request) => request.method === 'DELETE');
    expect(focused()).toBe(dom.byTestId('delete-confirm'));
    dom.click('delete-confirm');
    await dom.settle();
    const removal = http.expectOne(`${VERSION_URL}/${DRAFT_ID}`);
    expect(removal.request.method).toBe('DELETE');
    removal.flush(null, { status: 204, statusText: 'No Content' });
    await dom.settle();
    await nextMacrotask();
    expect(TestBed.inject(Router).url).toBe('/danh-muc-thu-tuc');
  });

  it('should apply whole-record JSON only when it is shaped like a record', async () => {
    await render();
    const details = dom.byTestId<HTMLDetailsElement>('json-details');
    if (!details) throw new Error('no json details');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await dom.settle();
    expect(JSON.parse(field<HTMLTextAreaElement>('rec-json').value)).toEqual(exampleProcedureRecord());

    await type('rec-json', '{"code": "1.001193", "cases": 3}');
    dom.click('json-apply');
    await dom.settle();
    expect(dom.text('json-message')).toContain('JSON không đúng cấu trúc bản ghi thủ tục');
    expect(dom.text('json-message')).toContain('cases');
    expect(field('rec-name').value).toBe('Đăng ký khai sinh');

    await type('rec-json', '{ not json');
    dom.click('json-apply');
    await dom.settle();
    expect(dom.text('json-message')).toContain('JSON không đọc được');

    await type('rec-json', JSON.stringify({ ...exampleProcedureRecord(), name: 'Khai sinh', conditions: 'Có giấy chứng sinh' }));
    dom.click('json-apply');
    await dom.settle();
    expect(dom.text('json-message')).toContain('Đã áp dụng JSON');
    expect(field('rec-name').value).toBe('Khai sinh');
    expect(field<HTMLTextAreaElement>('rec-conditions').value).toBe('Có giấy chứng sinh');
    expect(dom.text('version-publish-hint')).toContain('Có thay đổi chưa lưu.');
  });

  it('should preview a draft as citizens will see it', async () => {
    await render();
    dom.click('mode-preview');
    await answerAgencies([{ id: 'agency-1', code: '000.10.31.H56', name: 'UBND xã Tân Phú', parentId: null }]);
    expect(dom.byTestId('mode-preview')?.getAttribute('aria-pressed')).toBe('true');
    expect(dom.byTestId('version-form')?.querySelector('#rec-name')).toBeNull();
    const preview = dom.text('procedure-preview');
    expect(dom.text('preview-code')).toBe('1.001193');
    expect(dom.text('preview-time')).toBe('1 ngày làm việc');
    expect(dom.text('preview-fee-total')).toBe('Miễn phí');
    expect(dom.allByTestId('preview-component').map((row) => row.querySelector('td')?.textContent)).toEqual(['Tờ khai', 'Giấy chứng sinh']);
    expect([...(dom.byTestId('preview-steps')?.querySelectorAll('li') ?? [])].map((step) => step.textContent)).toEqual(['Nộp tờ khai', 'Kiểm tra', 'Cấp giấy khai sinh']);
    expect(dom.text('preview-legal-basis')).toBe('Luật Hộ tịch (60/2014/QH13)');
    expect(preview).toContain('Dịch vụ công trực tuyến toàn trình');
    expect(preview).toContain('UBND xã Tân Phú');
    expect(preview).toContain('Giấy khai sinh');
  });

  it('should show a published version read-only with its decision, and retire it with a reason', async () => {
    await render(versionDetail({ ...versionSummary(), record: exampleProcedureRecord(), problems: [] }));
    expect(dom.byTestId('version-form')).toBeNull();
    expect(dom.byTestId('version-publish')).toBeNull();
    expect(dom.text('version-decision')).toBe('Quyết định số 1000/QĐ-UBND ngày 19/11/2026');
    expect(dom.text('version-facts')).toContain('12');

    dom.click('version-retire');
    await dom.settle();
    expect(focused()).toBe(dom.byTestId('retire-reason'));
    dom.click('retire-confirm');
    await dom.settle();
    http.expectNone(`${VERSION_URL}/${PUBLISHED_ID}/retire`);
    expect(dom.byTestId('retire-reason')?.getAttribute('aria-invalid')).toBe('true');

    dom.fill('retire-reason', '  Bãi bỏ theo Quyết định 99/QĐ-UBND ');
    dom.click('retire-confirm');
    await dom.settle();
    const post = http.expectOne(`${VERSION_URL}/${PUBLISHED_ID}/retire`);
    expect(post.request.body).toEqual({ reason: 'Bãi bỏ theo Quyết định 99/QĐ-UBND' });
    post.flush(versionDetail({ ...versionSummary({ status: 'retired', retiredAt: '2026-11-24T03:00:00Z', retiredReason: 'Bãi bỏ theo Quyết định 99/QĐ-UBND' }), record: exampleProcedureRecord() }));
    await dom.settle();
    expect(dom.text('version-done')).toBe('Đã bãi bỏ phiên bản 1.');
    expect(dom.byTestId('version-status')?.dataset['status']).toBe('retired');
    expect(dom.byTestId('version-retire')).toBeNull();
  });

  it('should create a new procedure from a blank record once its problems are fixed', async () => {
    fixture = TestBed.createComponent(VersionEditorComponent);
    TestBed.tick();
    await dom.settle();
    http.expectNone((request) => request.url.startsWith(VERSION_URL));
    expect(dom.text('version-title')).toBe('Thủ tục mới');
    expect(field('rec-code').readOnly).toBe(false);
    expect(problems().map((problem) => problem.path)).toEqual(expect.arrayContaining(['code', 'name', 'publishingAgency', 'sectors[0]']));
    expect(publishButton()).toBeNull();

    const details = dom.byTestId<HTMLDetailsElement>('json-details');
    if (!details) throw new Error('no json details');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await dom.settle();
    const record = { ...exampleProcedureRecord(), code: '1.009999', name: 'Thủ tục thử' };
    await type('rec-json', JSON.stringify(record));
    dom.click('json-apply');
    await dom.settle();
    expect(problems()).toEqual([]);

    dom.click('version-save');
    await dom.settle();
    const post = http.expectOne('/api/v1/admin/procedures');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual(record);
    post.flush(versionDetail({ id: 'new-version', procedureCode: '1.009999', versionNumber: 1, record }));
    await dom.settle();
    await nextMacrotask();
    expect(TestBed.inject(Router).url).toBe('/danh-muc-thu-tuc/phien-ban/new-version');
  });
});
