import { provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import { inject, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { SessionStore } from './session.store';

/**
 * HTTP for both apps: same-origin API, the session cookie sent by the browser, and the CSRF token echoed from the
 * readable `XSRF-TOKEN` cookie into `X-XSRF-TOKEN` on every mutating request (the API rejects them otherwise).
 * The XHR backend (not fetch) because only XHR reports upload progress. The session is restored before the first
 * route is resolved.
 */
export function provideDvcData(): EnvironmentProviders[] {
  return [
    provideHttpClient(withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' })),
    provideAppInitializer(() => inject(SessionStore).restore()),
  ];
}
