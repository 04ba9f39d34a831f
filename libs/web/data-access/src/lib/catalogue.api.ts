import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AgencySummary, Page, ProcedureDetail, ProcedureQuery, ProcedureSummary, SectorSummary, WorkingDaysResponse } from '@dvc/shared/contracts';
import { queryParams } from './http-params';

/** The public procedure catalogue. */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);

  /** Published procedures by words (accents and small typos forgiven) and filters; empty filters are not sent. */
  search(query: ProcedureQuery): Observable<Page<ProcedureSummary>> {
    const { q, sector, agency, level, applicantType, featured, page, size } = query;
    return this.http.get<Page<ProcedureSummary>>('/api/v1/procedures', {
      params: queryParams({ q: q?.trim(), sector, agency, level, applicantType, featured: featured === undefined ? undefined : String(featured), page, size }),
    });
  }

  procedure(code: string): Observable<ProcedureDetail> {
    return this.http.get<ProcedureDetail>(`/api/v1/procedures/${encodeURIComponent(code)}`);
  }

  /** Sectors (lĩnh vực) with how many published procedures each has. */
  sectors(): Observable<SectorSummary[]> {
    return this.http.get<SectorSummary[]>('/api/v1/sectors');
  }

  agencies(): Observable<AgencySummary[]> {
    return this.http.get<AgencySummary[]>('/api/v1/agencies');
  }

  workingDays(from: string, days: number): Observable<WorkingDaysResponse> {
    return this.http.get<WorkingDaysResponse>('/api/v1/calendar/working-days', { params: queryParams({ from, days }) });
  }
}
