import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '@dvc/web/data-access';
import { STAFF_ROLES } from '@dvc/shared/domain';
import { LOGIN_PATH } from './desk.constants';

/**
 * Only staff enter the desk. Anonymous visitors and citizens go to the login page with the address they wanted
 * (the login page tells a logged-in citizen that this is the staff desk).
 */
export const staffGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const role = session.role();
  if (role !== null && STAFF_ROLES.includes(role)) return true;
  return inject(Router).createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: state.url } });
};
