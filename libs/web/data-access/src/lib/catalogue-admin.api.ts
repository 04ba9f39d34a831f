import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { ProcedureRecord } from '@dvc/shared/domain';
import type {
  AdminProcedureQuery, AdminProcedureRow, CatalogueImportMode, CatalogueImportView, Page, ProcedureVersionDetail, ProcedureVersionStatus,
  ProcedureVersionSummary, PublishVersionRequest, RetireVersionRequest, VersionDiff,
} from '@dvc/shared/contracts';
import { queryParams } from './http-params';

/** The file formats the catalogue is imported from and exported to. */
export type CatalogueFileFormat = CatalogueImportView['format'];

const ADMIN = '/api/v1/admin';

/**
 * The province's catalogue administration (province admins): procedures with their published version and draft,
 * drafts, publication by decision, retirement, history and diffs, file imports with progress, exports and templates.
 */
@Injectable({ providedIn: 'root' })
export class CatalogueAdminApi {
  private readonly http = inject(HttpClient);

  procedures(query: AdminProcedureQuery): Observable<Page<AdminProcedureRow>> {
    return this.http.get<Page<AdminProcedureRow>>(`${ADMIN}/procedures`, { params: queryParams({ ...query }) });
  }

  /** A new draft from a whole record (a new procedure, or the next version of one without a draft). */
  createDraft(record: ProcedureRecord): Observable<ProcedureVersionDetail> {
    return this.http.post<ProcedureVersionDetail>(`${ADMIN}/procedures`, record);
  }

  /** Every version of a procedure, newest first. */
  history(code: string): Observable<ProcedureVersionSummary[]> {
    return this.http.get<ProcedureVersionSummary[]>(`${ADMIN}/procedures/${encodeURIComponent(code)}/versions`);
  }

  /** Editing a published procedure: a new draft copied from its latest version. */
  draftFromPublished(code: string): Observable<ProcedureVersionDetail> {
    return this.http.post<ProcedureVersionDetail>(`${ADMIN}/procedures/${encodeURIComponent(code)}/drafts`, {});
  }

  version(id: string): Observable<ProcedureVersionDetail> {
    return this.http.get<ProcedureVersionDetail>(`${ADMIN}/procedure-versions/${id}`);
  }

  saveDraft(id: string, record: ProcedureRecord): Observable<ProcedureVersionDetail> {
    return this.http.put<ProcedureVersionDetail>(`${ADMIN}/procedure-versions/${id}`, record);
  }

  deleteDraft(id: string): Observable<void> {
    return this.http.delete<void>(`${ADMIN}/procedure-versions/${id}`);
  }

  publish(id: string, request: PublishVersionRequest): Observable<ProcedureVersionDetail> {
    return this.http.post<ProcedureVersionDetail>(`${ADMIN}/procedure-versions/${id}/publish`, request);
  }

  /** Takes back a scheduled publication; the version is an editable draft again. */
  cancelSchedule(id: string): Observable<ProcedureVersionDetail> {
    return this.http.delete<ProcedureVersionDetail>(`${ADMIN}/procedure-versions/${id}/schedule`);
  }

  retire(id: string, request: RetireVersionRequest): Observable<ProcedureVersionDetail> {
    return this.http.post<ProcedureVersionDetail>(`${ADMIN}/procedure-versions/${id}/retire`, request);
  }

  /** What changed from version `against` to version `id` (two versions of the same procedure). */
  diff(id: string, against: string): Observable<VersionDiff> {
    return this.http.get<VersionDiff>(`${ADMIN}/procedure-versions/${id}/diff`, { params: queryParams({ against }) });
  }

  /** Uploads a catalogue file (multipart field "file"); the worker imports it as drafts (202, then poll `importStatus`). */
  startImport(file: File, mode: CatalogueImportMode): Observable<CatalogueImportView> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<CatalogueImportView>(`${ADMIN}/catalogue/imports`, body, { params: queryParams({ mode }) });
  }

  importStatus(id: string): Observable<CatalogueImportView> {
    return this.http.get<CatalogueImportView>(`${ADMIN}/catalogue/imports/${id}`);
  }

  /** The import's problems as CSV, as a plain link (the session cookie authorises it). */
  importReportUrl(id: string): string {
    return `${ADMIN}/catalogue/imports/${id}/report`;
  }

  /** The catalogue in the import shape (versions of one status), as a plain link. */
  exportUrl(status: ProcedureVersionStatus, format: CatalogueFileFormat): string {
    return `${ADMIN}/catalogue/export?${queryParams({ status, format }).toString()}`;
  }

  /** An empty import file with the expected columns and one example, as a plain link. */
  templateUrl(format: CatalogueFileFormat): string {
    return `${ADMIN}/catalogue/template?${queryParams({ format }).toString()}`;
  }
}
