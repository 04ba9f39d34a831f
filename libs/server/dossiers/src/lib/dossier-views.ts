import { NATIONAL_STATUS_CODE, type DossierStatus } from '@dvc/shared/domain';
import type { DossierEventView, DossierFileInfo, DossierSummary } from '@dvc/shared/contracts';

/** A dossier row as read by the repository's SQL (snake_case columns, agency name joined). */
export interface DossierRow {
  id: string;
  code: string;
  tracking_secret: string;
  procedure_version_id: string;
  procedure_code: string;
  procedure_name: string;
  applicant_user_id: string;
  applicant_name: string;
  agency_id: string;
  agency_name: string;
  agency_code: string;
  channel: DossierSummary['channel'];
  status: DossierStatus;
  paused_from_status: DossierStatus | null;
  form_data: Record<string, string>;
  submitted_at: Date;
  received_at: Date | null;
  due_at: Date | null;
  finished_at: Date | null;
  version: number;
}

export interface EventRow {
  id: string;
  action: DossierEventView['action'];
  from_status: DossierStatus | null;
  to_status: DossierStatus;
  actor_name: string;
  actor_role: DossierEventView['actorRole'];
  reason: string | null;
  occurred_at: Date;
}

export interface FileRow {
  id: string;
  stored_file_id: string;
  component_code: string | null;
  kind: DossierFileInfo['kind'];
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function nationalStatusCode(status: DossierStatus): number {
  return NATIONAL_STATUS_CODE[status];
}

export function toSummary(row: DossierRow): DossierSummary {
  return {
    id: row.id,
    code: row.code,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    status: row.status,
    nationalStatusCode: nationalStatusCode(row.status),
    channel: row.channel,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    applicantName: row.applicant_name,
    submittedAt: row.submitted_at.toISOString(),
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    finishedAt: iso(row.finished_at),
    version: row.version,
  };
}

export function toEventView(row: EventRow): DossierEventView {
  return {
    id: row.id,
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    reason: row.reason,
    occurredAt: row.occurred_at.toISOString(),
  };
}

export function toFileInfo(row: FileRow): DossierFileInfo {
  return {
    id: row.id,
    componentCode: row.component_code,
    kind: row.kind,
    fileName: row.file_name,
    contentType: row.content_type,
    size: row.size_bytes,
    sha256: row.sha256,
  };
}
