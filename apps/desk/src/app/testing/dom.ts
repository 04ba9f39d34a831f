import { TestBed, type ComponentFixture } from '@angular/core/testing';

/** Lets a resource take an HTTP answer (it settles through a promise) before the next change detection. */
export const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Queries and user input on a rendered component, the way a person would use it. */
export function domOf(root: () => HTMLElement, fixture: () => ComponentFixture<unknown>) {
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string): T | null => root().querySelector<T>(`[data-testid="${id}"]`);
  const allByTestId = <T extends HTMLElement = HTMLElement>(id: string): T[] => [...root().querySelectorAll<T>(`[data-testid="${id}"]`)];
  return {
    byTestId,
    allByTestId,
    text: (id: string): string => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    /** Types into an input or chooses in a select, firing the event the template listens to. */
    fill(id: string, value: string): void {
      const field = byTestId<HTMLInputElement | HTMLSelectElement>(id);
      if (!field) throw new Error(`no ${id}`);
      field.value = value;
      field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
    },
    click(id: string): void {
      const button = byTestId(id);
      if (!button) throw new Error(`no ${id}`);
      button.click();
    },
    async settle(): Promise<void> {
      TestBed.tick();
      await nextMacrotask();
      await fixture().whenStable();
    },
  };
}
