import { afterNextRender, DestroyRef, inject, Injector } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/**
 * After each navigation to another page (not the first load, not a query-parameter change on the same page), moves
 * keyboard and screen-reader focus to the page's heading, or to the main landmark when there is none, as a
 * server-rendered site would. Call from the root component's constructor.
 */
export function focusHeadingOnNavigation(mainSelector = '#main'): void {
  const router = inject(Router);
  const injector = inject(Injector);
  let previousPath: string | null = null;
  router.events
    .pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((event) => {
      const path = event.urlAfterRedirects.split(/[?#]/)[0] ?? '';
      const move = previousPath !== null && path !== previousPath;
      previousPath = path;
      if (!move) return;
      afterNextRender(
        () => {
          const main = document.querySelector<HTMLElement>(mainSelector);
          const target = main?.querySelector<HTMLElement>('h1') ?? main;
          if (!target) return;
          if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
          target.focus();
        },
        { injector },
      );
    });
}
