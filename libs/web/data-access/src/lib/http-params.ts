import { HttpParams } from '@angular/common/http';

/** Query parameters without the empty ones (undefined, null, ''), so the API's strict validation sees only real filters. */
export function queryParams(values: Record<string, string | number | undefined | null>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}
