import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LanguageService } from './language.service';
import { PagerComponent } from './pager.component';

@Component({
  imports: [PagerComponent],
  template: `<ui-pager [page]="page()" [size]="10" [total]="total()" />`,
})
class ListPage {
  readonly page = input(1, { transform: (value: string | undefined) => Number(value ?? 1) });
  readonly total = input(25, { transform: (value: string | undefined) => Number(value ?? 25) });
}

describe('PagerComponent', () => {
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => element().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'danh-sach', component: ListPage }], withComponentInputBinding())] });
    harness = await RouterTestingHarness.create();
  });

  it('should link the pages around this one, keeping the other query parameters, page 1 without a page parameter', async () => {
    await harness.navigateByUrl('/danh-sach?q=khai%20sinh&page=2');

    expect(byTestId('page-info')?.textContent?.trim()).toBe('Trang 2 / 3');
    expect(byTestId('page-prev')?.getAttribute('href')).toBe('/danh-sach?q=khai%20sinh');
    expect(byTestId('page-next')?.getAttribute('href')).toBe('/danh-sach?q=khai%20sinh&page=3');
    expect(byTestId('pager')?.getAttribute('aria-label')).toBe('Phân trang');
    TestBed.inject(LanguageService).toggle();
    await harness.fixture.whenStable();
    expect(byTestId('page-info')?.textContent?.trim()).toBe('Page 2 of 3');
  });

  it('should offer no previous link on the first page, no next link on the last, and nothing for a single page', async () => {
    await harness.navigateByUrl('/danh-sach');
    expect(byTestId('page-prev')).toBeNull();
    expect(byTestId('page-next')).not.toBeNull();

    await harness.navigateByUrl('/danh-sach?page=3');
    expect(byTestId('page-next')).toBeNull();

    await harness.navigateByUrl('/danh-sach?total=10');
    expect(byTestId('pager')).toBeNull();
  });
});
