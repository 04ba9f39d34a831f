import { computed, DestroyRef, inject, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, EMPTY, switchMap, tap, type Observable } from 'rxjs';
import type { ApiError } from '@dvc/shared/contracts';
import { toApiError } from '@dvc/web/data-access';

/** Data a page reads from the API, as signals: the last value (kept while reloading), whether a load runs, the error. */
export interface Loader<T> {
  readonly value: Signal<T | undefined>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<ApiError | null>;
  /** Loads again with the same parameters (the current value stays on screen meanwhile). */
  reload(): void;
}

/**
 * Loads `load(params())` whenever the parameters change (route inputs, query parameters); a newer request cancels the
 * older one. `undefined` parameters mean "nothing to load yet". Must be created in an injection context (a field
 * initialiser of a component).
 */
export function loader<P, T>(params: () => P | undefined, load: (params: P) => Observable<T>): Loader<T> {
  const value = signal<T | undefined>(undefined);
  const loading = signal(true);
  const error = signal<ApiError | null>(null);
  const generation = signal(0);
  let previousKey: string | undefined;
  // Equal parameters (by value) do not load again, e.g. a code read from a reloaded object.
  const current = computed(params, { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) });

  toObservable(computed(() => ({ params: current(), generation: generation() })))
    .pipe(
      switchMap(({ params: current }) => {
        if (current === undefined) {
          loading.set(false);
          return EMPTY;
        }
        const key = JSON.stringify(current);
        if (key !== previousKey) value.set(undefined);
        previousKey = key;
        loading.set(true);
        error.set(null);
        return load(current).pipe(
          tap((loaded) => {
            value.set(loaded);
            loading.set(false);
          }),
          catchError((failure: unknown) => {
            error.set(toApiError(failure));
            loading.set(false);
            return EMPTY;
          }),
        );
      }),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe();

  return {
    value: value.asReadonly(),
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    reload: () => generation.update((count) => count + 1),
  };
}

/** A `?page=` query parameter as a page number (1 when absent or not a positive integer). */
export function pageParam(value: unknown): number {
  const page = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isInteger(page) && page > 0 ? page : 1;
}
