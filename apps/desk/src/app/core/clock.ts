import { InjectionToken } from '@angular/core';

/** The current instant; tests provide a fixed one. */
export const DESK_CLOCK = new InjectionToken<() => Date>('DESK_CLOCK', { providedIn: 'root', factory: () => () => new Date() });
