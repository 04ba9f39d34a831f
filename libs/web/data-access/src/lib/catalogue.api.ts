import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AgencySummary, Page, ProcedureDetail, ProcedureSummary, WorkingDaysResponse } from '@dvc/shared/contracts';
import { queryParams } from './http-params';

/** The public procedure catalogue. */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);

  search(query: { q?: string; page?: number; size?: number }): Observable<Page<ProcedureSummary>> {
    return this.http.get<Page<ProcedureSummary>>('/api/v1/procedures', { params: queryParams(query) });
  }

  procedure(code: string): Observable<ProcedureDetail> {
    return this.http.get<ProcedureDetail>(`/api/v1/procedures/${encodeURIComponent(code)}`);
  }

  agencies(): Observable<AgencySummary[]> {
    return this.http.get<AgencySummary[]>('/api/v1/agencies');
  }

  workingDays(from: string, days: number): Observable<WorkingDaysResponse> {
    return this.http.get<WorkingDaysResponse>('/api/v1/calendar/working-days', { params: queryParams({ from, days }) });
  }
}
