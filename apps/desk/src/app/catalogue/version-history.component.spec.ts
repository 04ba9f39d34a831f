import { DOCUMENT } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ProcedureVersionSummary, VersionDiff } from '@dvc/shared/contracts';
import { DRAFT_ID, PUBLISHED_ID, versionSummary } from '../testing/desk-fixtures';
import { domOf } from '../testing/dom';
import { diffValue, VersionHistoryComponent } from './version-history.component';

const RETIRED_ID = '55555555-5555-4555-8555-555555555555';
const HISTORY: ProcedureVersionSummary[] = [
  versionSummary({ id: DRAFT_ID, versionNumber: 3, status: 'draft', publishedAt: null, decision: null, effectiveFrom: null, dossiers: 0 }),
  versionSummary({ id: PUBLISHED_ID, versionNumber: 2 }),
  versionSummary({ id: RETIRED_ID, versionNumber: 1, status: 'retired', retiredReason: 'Thay bằng phiên bản 2', dossiers: 40 }),
];

describe('VersionHistoryComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<VersionHistoryComponent>;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);

  async function render(history: ProcedureVersionSummary[] = HISTORY): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VersionHistoryComponent);
    fixture.componentRef.setInput('code', '1.001193');
    TestBed.tick();
    http.expectOne('/api/v1/admin/procedures/1.001193/versions').flush(history);
    await dom.settle();
  }

  afterEach(() => http.verify());

  const diffRows = (): string[][] =>
    dom.allByTestId('diff-row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

  it('should list the versions newest first with their status, decision and dossiers, each linked to its page', async () => {
    await render();
    const rows = dom.allByTestId('history-row');
    expect(rows.map((row) => row.dataset['status'])).toEqual(['draft', 'published', 'retired']);
    expect(rows[1]?.textContent).toContain('Quyết định số 1000/QĐ-UBND ngày 19/11/2026');
    expect(rows[2]?.textContent).toContain('Thay bằng phiên bản 2');
    expect(rows[2]?.textContent).toContain('40');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe(`/danh-muc-thu-tuc/phien-ban/${DRAFT_ID}`);
    expect(dom.text('history-name')).toBe('Đăng ký khai sinh');
  });

  it('should compare the newest version with the one before by default and render each change with its path, before and after', async () => {
    await render();
    expect(dom.byTestId<HTMLSelectElement>('compare-from')?.value).toBe(PUBLISHED_ID);
    expect(dom.byTestId<HTMLSelectElement>('compare-to')?.value).toBe(DRAFT_ID);
    dom.click('compare-submit');
    await dom.settle();

    const request = http.expectOne((candidate) => candidate.url === `/api/v1/admin/procedure-versions/${DRAFT_ID}/diff`);
    expect(request.request.params.get('against')).toBe(PUBLISHED_ID);
    const diff: VersionDiff = {
      from: { id: PUBLISHED_ID, versionNumber: 2, status: 'published' },
      to: { id: DRAFT_ID, versionNumber: 3, status: 'draft' },
      changes: [
        { path: 'name', before: 'Đăng ký khai sinh', after: 'Đăng ký khai sinh (sửa đổi)' },
        { path: 'channels[online].timeLimit.value', before: 1, after: 2 },
        { path: 'cases[TH1].components[TP03]', before: null, after: { code: 'TP03', name: 'Giấy tờ tùy thân' } },
      ],
    };
    request.flush(diff);
    await dom.settle();

    expect(dom.byTestId('diff-table')?.querySelector('caption')?.textContent).toBe('Thay đổi từ phiên bản 2 đến phiên bản 3: 3 thay đổi');
    const rows = diffRows();
    expect(rows[0]).toEqual(['name', 'Đăng ký khai sinh', 'Đăng ký khai sinh (sửa đổi)']);
    expect(rows[1]).toEqual(['channels[online].timeLimit.value', '1', '2']);
    expect(rows[2]?.[1]).toBe('(không có)');
    expect(rows[2]?.[2]).toContain('"name": "Giấy tờ tùy thân"');
    expect(dom.byTestId('diff-row')?.querySelector('del')?.textContent).toBe('Đăng ký khai sinh');
    expect(dom.byTestId('diff-row')?.querySelector('ins')?.textContent).toBe('Đăng ký khai sinh (sửa đổi)');
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(dom.byTestId('diff-result'));
  });

  it('should compare two chosen versions, say when nothing changed, and refuse the same version twice', async () => {
    await render();
    dom.fill('compare-from', RETIRED_ID);
    dom.fill('compare-to', RETIRED_ID);
    dom.click('compare-submit');
    await dom.settle();
    http.expectNone((request) => request.url.endsWith('/diff'));
    expect(dom.byTestId('compare-from')?.getAttribute('aria-invalid')).toBe('true');
    expect(fixture.nativeElement.querySelector('#compare-same')?.textContent).toContain('hai phiên bản khác nhau');

    dom.fill('compare-to', PUBLISHED_ID);
    dom.click('compare-submit');
    await dom.settle();
    const request = http.expectOne((candidate) => candidate.url === `/api/v1/admin/procedure-versions/${PUBLISHED_ID}/diff`);
    expect(request.request.params.get('against')).toBe(RETIRED_ID);
    request.flush({ from: { id: RETIRED_ID, versionNumber: 1, status: 'retired' }, to: { id: PUBLISHED_ID, versionNumber: 2, status: 'published' }, changes: [] });
    await dom.settle();
    expect(dom.text('diff-none')).toBe('Thay đổi từ phiên bản 1 đến phiên bản 2: 0 thay đổi. Hai phiên bản giống hệt nhau.');
  });

  it('should offer no comparison for a procedure with a single version', async () => {
    await render([HISTORY[1] as ProcedureVersionSummary]);
    expect(dom.byTestId('compare-form')).toBeNull();
    expect(dom.text('compare-needs-two')).toContain('một phiên bản');
  });

  it.each<[unknown, string | null]>([
    [null, null],
    [undefined, null],
    ['text', 'text'],
    [3, '3'],
    [false, 'false'],
    [['a'], '[\n  "a"\n]'],
  ])('should write the diff value %p as its text (strings as they are, the rest as JSON), or none', (value, expected) => {
    expect(diffValue(value)).toBe(expected);
  });
});
