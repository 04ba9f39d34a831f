import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AgencyOfficeHoursView, AuditReport, CalendarChangeResult, CalendarDayRequest, CalendarDayView, OfficeHoursSetting,
} from '@dvc/shared/contracts';
import { queryParams } from './http-params';

/** The province's working calendar, agencies' office hours and the audit check (administration in the desk). */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  days(year: number): Observable<CalendarDayView[]> {
    return this.http.get<CalendarDayView[]>('/api/v1/calendar/days', { params: queryParams({ year }) });
  }

  setDay(day: string, request: CalendarDayRequest): Observable<CalendarChangeResult> {
    return this.http.put<CalendarChangeResult>(`/api/v1/admin/calendar/days/${day}`, request);
  }

  deleteDay(day: string): Observable<CalendarChangeResult> {
    return this.http.delete<CalendarChangeResult>(`/api/v1/admin/calendar/days/${day}`);
  }

  officeHours(agencyId: string): Observable<AgencyOfficeHoursView> {
    return this.http.get<AgencyOfficeHoursView>(`/api/v1/agencies/${agencyId}/office-hours`);
  }

  setOfficeHours(agencyId: string, hours: OfficeHoursSetting): Observable<AgencyOfficeHoursView> {
    return this.http.put<AgencyOfficeHoursView>(`/api/v1/admin/agencies/${agencyId}/office-hours`, hours);
  }

  clearOfficeHours(agencyId: string): Observable<AgencyOfficeHoursView> {
    return this.http.delete<AgencyOfficeHoursView>(`/api/v1/admin/agencies/${agencyId}/office-hours`);
  }

  verifyAudit(): Observable<AuditReport> {
    return this.http.get<AuditReport>('/api/v1/admin/audit/verify');
  }
}
