import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { SessionStore } from '@dvc/web/data-access';
import type { CurrentUser } from '@dvc/shared/contracts';
import { DESK_CLOCK } from '../core/clock';
import { fakeSession, NOW, user } from '../testing/desk-fixtures';
import { domOf } from '../testing/dom';
import { TrackingBookComponent } from './tracking-book.component';

const CENTRE = { id: 'agency-2', code: '000.00.20.H56', name: 'Trung tâm Phục vụ hành chính công', parentId: null };

describe('TrackingBookComponent', () => {
  let fixture: ComponentFixture<TrackingBookComponent>;
  const dom = domOf(() => fixture.nativeElement as HTMLElement, () => fixture);

  async function render(overrides: Partial<CurrentUser> = {}): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        { provide: SessionStore, useValue: fakeSession(user('desk_officer', overrides)) },
        { provide: DESK_CLOCK, useValue: () => NOW },
      ],
    });
    fixture = TestBed.createComponent(TrackingBookComponent);
    await dom.settle();
  }

  const link = (): HTMLAnchorElement | null => dom.byTestId<HTMLAnchorElement>('tracking-book-link');
  const query = (): Record<string, string> => Object.fromEntries(new URL(link()?.getAttribute('href') ?? '', 'http://desk').searchParams);

  it("should offer this month's book of the user's first agency, opening in a new tab", async () => {
    await render();
    expect(dom.byTestId<HTMLInputElement>('book-from')?.value).toBe('2026-11-01');
    expect(dom.byTestId<HTMLInputElement>('book-to')?.value).toBe('2026-11-30');
    expect(link()?.getAttribute('href')?.startsWith('/api/v1/desk/tracking-book?')).toBe(true);
    expect(query()).toEqual({ agencyId: 'agency-1', from: '2026-11-01', to: '2026-11-30' });
    expect(link()?.getAttribute('target')).toBe('_blank');
    expect(link()?.getAttribute('rel')).toBe('noopener');
    expect(link()?.textContent).toContain('mở trong thẻ mới');
    expect(dom.text('book-days')).toBe('Khoảng thời gian: 30 ngày');
  });

  it('should follow the chosen agency, dates and quick periods', async () => {
    await render({ agencies: [user('desk_officer').agencies[0] ?? CENTRE, CENTRE] });
    dom.fill('book-agency', CENTRE.id);
    dom.fill('book-from', '2026-09-15');
    dom.fill('book-to', '2026-10-14');
    await dom.settle();
    expect(query()).toEqual({ agencyId: CENTRE.id, from: '2026-09-15', to: '2026-10-14' });
    dom.click('book-last-month');
    await dom.settle();
    expect(query()).toEqual({ agencyId: CENTRE.id, from: '2026-10-01', to: '2026-10-31' });
  });

  it('should refuse a period longer than 92 days, or ending before it starts, and offer no link', async () => {
    await render();
    dom.fill('book-from', '2026-08-30');
    await dom.settle();
    expect(link()).toBeNull();
    expect(dom.byTestId('book-problem')?.dataset['problem']).toBe('too_long');
    expect(dom.text('book-problem')).toContain('tối đa 92 ngày');
    expect(dom.byTestId('book-to')?.getAttribute('aria-invalid')).toBe('true');

    dom.fill('book-from', '2026-08-31');
    await dom.settle();
    expect(dom.byTestId('book-problem')).toBeNull();
    expect(query()).toEqual({ agencyId: 'agency-1', from: '2026-08-31', to: '2026-11-30' });
    expect(dom.text('book-days')).toBe('Khoảng thời gian: 92 ngày');

    dom.fill('book-to', '2026-08-01');
    await dom.settle();
    expect(link()).toBeNull();
    expect(dom.byTestId('book-problem')?.dataset['problem']).toBe('order');
  });

  it('should say so when the account has no agency', async () => {
    await render({ agencies: [] });
    expect(dom.byTestId('book-no-agency')).not.toBeNull();
    expect(link()).toBeNull();
  });
});
