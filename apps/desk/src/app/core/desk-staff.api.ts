import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { queryParams } from '@dvc/web/data-access';
import type { StaffMember } from '@dvc/shared/contracts';

/**
 * Staff of one of the user's agencies by role (GET /api/v1/desk/staff), e.g. the specialists a leader may assign.
 * Desk-only for now; it belongs next to DossiersApi in @dvc/web/data-access once that lib is open for changes.
 */
@Injectable({ providedIn: 'root' })
export class DeskStaffApi {
  private readonly http = inject(HttpClient);

  staff(agencyId: string, role: 'specialist' | 'leader' | 'desk_officer'): Observable<StaffMember[]> {
    return this.http.get<StaffMember[]>('/api/v1/desk/staff', { params: queryParams({ agencyId, role }) });
  }
}
