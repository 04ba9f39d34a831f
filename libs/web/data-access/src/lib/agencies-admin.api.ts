import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AgencyMergeRequest, AgencyMergeResult } from '@dvc/shared/contracts';

/** Agencies' administration in the desk (province admins): mergers. The current agencies come from `CatalogueApi.agencies()`. */
@Injectable({ providedIn: 'root' })
export class AgenciesAdminApi {
  private readonly http = inject(HttpClient);

  /** Merges the agency into its successor: procedures, staff and open dossiers move; the agency stops being current. */
  merge(agencyId: string, request: AgencyMergeRequest): Observable<AgencyMergeResult> {
    return this.http.post<AgencyMergeResult>(`/api/v1/admin/agencies/${encodeURIComponent(agencyId)}/merge`, request);
  }
}
