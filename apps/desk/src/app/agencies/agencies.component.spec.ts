import { DOCUMENT } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AgencyMergeResult, AgencySummary } from '@dvc/shared/contracts';
import { AGENCY_TREE } from '../testing/desk-fixtures';
import { domOf, nextMacrotask } from '../testing/dom';
import { AgenciesComponent } from './agencies.component';

const LIST_URL = '/api/v1/agencies';
const MERGE_URL = '/api/v1/admin/agencies/agency-1/merge';

describe('AgenciesComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AgenciesComponent>;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);
  const activeElement = (): Element | null => TestBed.inject(DOCUMENT).activeElement;

  async function render(agencies: AgencySummary[] = AGENCY_TREE): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgenciesComponent);
    TestBed.tick();
    http.expectOne(LIST_URL).flush(agencies);
    await dom.settle();
  }

  /** Lets the page react to an answer while the list's reload is still open. */
  async function pending(): Promise<void> {
    await nextMacrotask();
    TestBed.tick();
  }

  const row = (id: string): HTMLElement => {
    const found = dom.allByTestId('agency').find((candidate) => candidate.dataset['agencyId'] === id);
    if (!found) throw new Error(`no agency ${id}`);
    return found;
  };

  async function openMerge(id: string): Promise<void> {
    row(id).querySelector<HTMLButtonElement>('[data-testid="agency-merge"]')?.click();
    await dom.settle();
  }

  afterEach(() => http.verify());

  it('should list the agencies as a tree, each below its parent and indented by depth, with code and name', async () => {
    await render();
    const rows = dom.allByTestId('agency');
    expect(rows.map((item) => [item.querySelector('[data-testid="agency-code"]')?.textContent, item.querySelector('[data-testid="agency-name"]')?.textContent])).toEqual([
      ['000.00.00.H56', 'UBND tỉnh Đồng Tháp'],
      ['000.00.10.H56', 'UBND huyện Cao Lãnh'],
      ['000.10.31.H56', 'UBND xã Tân Phú'],
      ['000.10.32.H56', 'UBND xã Mỹ Long'],
      ['000.00.20.H56', 'Sở Tư pháp'],
    ]);
    expect(rows.map((item) => item.dataset['depth'])).toEqual(['0', '1', '2', '2', '1']);
    expect(rows.map((item) => item.style.getPropertyValue('--depth'))).toEqual(['0', '1', '2', '2', '1']);
    expect(row('agency-1').textContent).toContain('(trực thuộc UBND huyện Cao Lãnh)');
    expect(dom.allByTestId('agency-merge').map((button) => button.textContent?.replace(/\s+/g, ' ').trim())[0]).toBe('Sáp nhập… UBND tỉnh Đồng Tháp');
    expect(dom.byTestId('agencies-empty')).toBeNull();
  });

  it('should open the merger below its agency with the focus on the successor, which excludes the agency and its descendants', async () => {
    await render();
    await openMerge('agency-district');
    const form = row('agency-district').querySelector<HTMLFormElement>('[data-testid="merge-form"]');
    expect(form).not.toBeNull();
    expect(row('agency-district').querySelector('[data-testid="agency-merge"]')?.getAttribute('aria-expanded')).toBe('true');
    const select = dom.byTestId<HTMLSelectElement>('merge-successor');
    expect(activeElement()).toBe(select);
    expect([...(select?.options ?? [])].map((option) => option.value)).toEqual(['', 'agency-province', 'agency-justice']);
    expect(dom.text('merge-warning')).toContain('thủ tục, cán bộ và hồ sơ đang xử lý của cơ quan này sẽ chuyển sang cơ quan tiếp nhận');
    expect(dom.text('merge-warning')).toContain('hạn giải quyết của hồ sơ không thay đổi');
    expect(form?.querySelector('h2')?.textContent).toBe('Sáp nhập «UBND huyện Cao Lãnh»');
  });

  it('should require a successor and a reason of at least 3 characters before sending', async () => {
    await render();
    await openMerge('agency-1');
    dom.click('merge-confirm');
    await dom.settle();
    expect(dom.text('merge-form')).toContain('Hãy chọn cơ quan tiếp nhận.');
    expect(activeElement()).toBe(dom.byTestId('merge-successor'));

    dom.fill('merge-successor', 'agency-2');
    dom.fill('merge-reason', ' ab ');
    dom.click('merge-confirm');
    await dom.settle();
    expect(dom.text('merge-reason-error')).toBe('Hãy nêu căn cứ sáp nhập (ít nhất 3 ký tự).');
    expect(dom.byTestId('merge-reason')?.getAttribute('aria-invalid')).toBe('true');
    expect(dom.byTestId('merge-reason')?.getAttribute('aria-describedby')).toBe('merge-reason-hint merge-reason-error');
    expect(activeElement()).toBe(dom.byTestId('merge-reason'));
    http.expectNone(MERGE_URL);
  });

  it('should post the merger, announce the counts with the focus and load the list again without the merged agency', async () => {
    await render();
    await openMerge('agency-1');
    dom.fill('merge-successor', 'agency-2');
    dom.fill('merge-reason', '  Nghị quyết 1234/NQ-UBTVQH15 ');
    dom.click('merge-confirm');
    TestBed.tick();
    const request = http.expectOne(MERGE_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ successorId: 'agency-2', reason: 'Nghị quyết 1234/NQ-UBTVQH15' });
    expect(dom.byTestId<HTMLButtonElement>('merge-confirm')?.disabled).toBe(true);
    const result: AgencyMergeResult = { agencyId: 'agency-1', successorId: 'agency-2', procedures: 12, staff: 4, openDossiers: 7 };
    request.flush(result);
    await pending();
    http.expectOne(LIST_URL).flush(AGENCY_TREE.filter((candidate) => candidate.id !== 'agency-1'));
    await dom.settle();
    expect(dom.text('merge-done')).toBe('Đã chuyển 12 thủ tục, 4 cán bộ, 7 hồ sơ đang xử lý sang «UBND xã Mỹ Long». Cơ quan «UBND xã Tân Phú» đã được sáp nhập.');
    expect(dom.byTestId('agencies-outcome')?.getAttribute('aria-live')).toBe('polite');
    expect(activeElement()).toBe(dom.byTestId('agencies-outcome'));
    expect(dom.byTestId('merge-form')).toBeNull();
    expect(dom.allByTestId('agency').map((item) => item.dataset['agencyId'])).toEqual(['agency-province', 'agency-district', 'agency-2', 'agency-justice']);
  });

  it("should show a refused merger's Vietnamese message and keep the form open", async () => {
    await render();
    await openMerge('agency-1');
    dom.fill('merge-successor', 'agency-2');
    dom.fill('merge-reason', 'Nghị quyết 1234');
    dom.click('merge-confirm');
    TestBed.tick();
    http.expectOne(MERGE_URL).flush(
      { statusCode: 409, code: 'AGENCY.MERGE_CYCLE', message: 'Cơ quan tiếp nhận đang trực thuộc cơ quan bị sáp nhập / The successor is under the merged agency', correlationId: 'c-1' },
      { status: 409, statusText: 'Conflict' },
    );
    await dom.settle();
    const alert = dom.byTestId('error-alert');
    expect(alert?.dataset['code']).toBe('AGENCY.MERGE_CYCLE');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.querySelector('.alert__message')?.textContent).toBe('Cơ quan tiếp nhận đang trực thuộc cơ quan bị sáp nhập');
    expect(activeElement()).toBe(dom.byTestId('agencies-outcome'));
    expect(dom.byTestId<HTMLTextAreaElement>('merge-reason')?.value).toBe('Nghị quyết 1234');
    expect(dom.byTestId<HTMLButtonElement>('merge-confirm')?.disabled).toBe(false);
  });

  it('should close the merger on cancel and give the focus back to its button', async () => {
    await render();
    await openMerge('agency-2');
    dom.click('merge-cancel');
    await dom.settle();
    expect(dom.byTestId('merge-form')).toBeNull();
    expect(activeElement()).toBe(row('agency-2').querySelector('[data-testid="agency-merge"]'));
  });

  it('should say there is no agency', async () => {
    await render([]);
    expect(dom.byTestId('agencies')).toBeNull();
    expect(dom.text('agencies-empty')).toBe('Chưa có cơ quan nào.');
  });
});
