import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '@dvc/web/data-access';
import { safeReturnUrl } from './return-url';

/** Pages for logged-in citizens: visitors go to the login page, and come back to the page they asked for. */
export const loggedInGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionStore).loggedIn()) return true;
  return inject(Router).createUrlTree(['/dang-nhap'], { queryParams: { returnUrl: state.url } });
};

/** Login and registration: someone already logged in goes straight on. */
export const loggedOutGuard: CanActivateFn = (route) => {
  if (!inject(SessionStore).loggedIn()) return true;
  const returnUrl = route.queryParamMap.get('returnUrl');
  return inject(Router).parseUrl(safeReturnUrl(returnUrl));
};
