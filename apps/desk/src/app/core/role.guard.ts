import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '@dvc/web/data-access';
import type { UserRole } from '@dvc/shared/domain';

/**
 * A page for some staff roles only (inside the staff guard). Others land on the inbox; the server refuses their
 * requests anyway, this only spares them a page of errors.
 */
export function roleGuard(roles: readonly UserRole[]): CanActivateFn {
  return () => {
    const role = inject(SessionStore).role();
    return role !== null && roles.includes(role) ? true : inject(Router).createUrlTree(['/']);
  };
}
