import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { HealthReport, JobFailureView } from '@dvc/shared/contracts';

/** Background work as staff see it: what failed for a dossier, dead letters, retries, and the system's health. */
@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);

  /** Every failed attempt of every background job about a dossier (staff in scope). */
  dossierFailures(dossierId: string): Observable<JobFailureView[]> {
    return this.http.get<JobFailureView[]>(`/api/v1/dossiers/${dossierId}/job-failures`);
  }

  retryDossierJob(dossierId: string, jobId: string): Observable<JobFailureView> {
    return this.http.post<JobFailureView>(`/api/v1/dossiers/${dossierId}/job-failures/${encodeURIComponent(jobId)}/retry`, {});
  }

  /** Jobs out of attempts (province and agency admins). */
  deadLetters(): Observable<JobFailureView[]> {
    return this.http.get<JobFailureView[]>('/api/v1/admin/jobs/dead-letters');
  }

  /** Sends a dead job through again (province admin). */
  retry(jobId: string): Observable<JobFailureView> {
    return this.http.post<JobFailureView>(`/api/v1/admin/jobs/${encodeURIComponent(jobId)}/retry`, {});
  }

  /** Database, Redis, queue depth, outbox lag and dead letters (503 with the same body when something is down). */
  health(): Observable<HealthReport> {
    return this.http.get<HealthReport>('/api/health');
  }
}
