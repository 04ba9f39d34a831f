import { Injectable, signal } from '@angular/core';
import type { Params } from '@angular/router';

/** The inbox's last filters (status, q, page), so a dossier's "back" link returns to the same list. */
@Injectable({ providedIn: 'root' })
export class InboxFiltersStore {
  private readonly last = signal<Params>({});
  readonly queryParams = this.last.asReadonly();

  remember(params: Params): void {
    this.last.set(Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== '')));
  }
}
