import { HttpClient, HttpEventType, type HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { filter, map, type Observable } from 'rxjs';
import type { DossierAction, DossierFormCode } from '@dvc/shared/domain';
import type {
  DeskInboxQuery,
  DossierActionRequest,
  DossierDetail,
  DossierSummary,
  Page,
  StaffMember,
  SubmitDossierRequest,
  TrackingView,
  UploadedFile,
} from '@dvc/shared/contracts';
import { queryParams } from './http-params';

/** Upload progress (0–100) until the server answers with the stored file. */
export type UploadProgress = { kind: 'progress'; percent: number } | { kind: 'done'; file: UploadedFile };

/** Dossiers: filing and following (citizen), inbox and actions (staff), public tracking. */
@Injectable({ providedIn: 'root' })
export class DossiersApi {
  private readonly http = inject(HttpClient);

  upload(file: File): Observable<UploadProgress> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<UploadedFile>('/api/v1/files', body, { reportProgress: true, observe: 'events' }).pipe(
      filter((event: HttpEvent<UploadedFile>) => event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response),
      map((event): UploadProgress => {
        if (event.type === HttpEventType.Response) return { kind: 'done', file: event.body as UploadedFile };
        const total = event.type === HttpEventType.UploadProgress ? (event.total ?? file.size) : file.size;
        const loaded = event.type === HttpEventType.UploadProgress ? event.loaded : 0;
        return { kind: 'progress', percent: total > 0 ? Math.min(99, Math.round((loaded / total) * 100)) : 0 };
      }),
    );
  }

  submit(request: SubmitDossierRequest): Observable<DossierDetail> {
    return this.http.post<DossierDetail>('/api/v1/dossiers', request);
  }

  mine(page = 1, size = 20): Observable<Page<DossierSummary>> {
    return this.http.get<Page<DossierSummary>>('/api/v1/dossiers/mine', { params: queryParams({ page, size }) });
  }

  get(id: string): Observable<DossierDetail> {
    return this.http.get<DossierDetail>(`/api/v1/dossiers/${id}`);
  }

  /** Where a dossier's file is downloaded (a plain link: the session cookie authorises it). */
  fileUrl(dossierId: string, fileId: string): string {
    return `/api/v1/dossiers/${dossierId}/files/${fileId}`;
  }

  /** A standard form of the dossier (PDF), as a plain link. */
  formUrl(dossierId: string, form: DossierFormCode): string {
    return `/api/v1/dossiers/${dossierId}/forms/${form}`;
  }

  /** The tracking book (Mẫu 07) of an agency for a period (both days included), as a plain link. */
  trackingBookUrl(agencyId: string, from: string, to: string): string {
    return `/api/v1/desk/tracking-book?${queryParams({ agencyId, from, to }).toString()}`;
  }

  /** Staff of one of the user's agencies with a role, e.g. the specialists a leader may assign. */
  staff(agencyId: string, role: 'specialist' | 'leader' | 'desk_officer'): Observable<StaffMember[]> {
    return this.http.get<StaffMember[]>('/api/v1/desk/staff', { params: queryParams({ agencyId, role }) });
  }

  act(id: string, action: DossierAction, request: DossierActionRequest): Observable<DossierDetail> {
    return this.http.post<DossierDetail>(`/api/v1/dossiers/${id}/actions/${action}`, request);
  }

  inbox(query: DeskInboxQuery): Observable<Page<DossierSummary>> {
    return this.http.get<Page<DossierSummary>>('/api/v1/desk/dossiers', { params: queryParams({ ...query }) });
  }

  track(code: string, secret: string): Observable<TrackingView> {
    return this.http.get<TrackingView>(`/api/v1/tracking/${encodeURIComponent(code)}`, { params: queryParams({ secret }) });
  }
}
