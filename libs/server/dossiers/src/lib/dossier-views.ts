import { NATIONAL_STATUS_CODE, type DossierEventKind, type DossierStatus, type FinishedClass, type OpenClass, type ReturnMethod } from '@dvc/shared/domain';
import type { DossierEventView, DossierFileInfo, DossierStepView, DossierSummary, EventDetails } from '@dvc/shared/contracts';

/** A dossier row as read by the repository's SQL (snake_case columns, agency and assignee names joined). */
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
  /** The agency the receiving agency was merged into, when it was (its desk takes over). */
  agency_successor_id: string | null;
  processing_agency_id: string;
  processing_agency_name: string;
  assignee_user_id: string | null;
  assignee_name: string | null;
  channel: DossierSummary['channel'];
  status: DossierStatus;
  paused_from_status: DossierStatus | null;
  form_data: Record<string, string>;
  submitted_at: Date;
  received_at: Date | null;
  due_at: Date | null;
  finished_at: Date | null;
  returned_at: Date | null;
  return_method: ReturnMethod | null;
  finish_class: FinishedClass | null;
  version: number;
}

/** What an event's payload may hold: its clock event (replayed for the due date) and the action's details. */
export interface EventPayload extends EventDetails {
  clock?: { kind: string; at: string; reason?: string; newDueAt?: string };
}

export interface EventRow {
  id: string;
  seq: number;
  action: DossierEventKind;
  from_status: DossierStatus | null;
  to_status: DossierStatus;
  actor_name: string;
  actor_role: DossierEventView['actorRole'];
  reason: string | null;
  payload: EventPayload;
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
  check_status: DossierFileInfo['checkStatus'];
  check_detail: string | null;
}

export interface StepRow {
  id: string;
  seq: number;
  kind: DossierStepView['kind'];
  template_index: number | null;
  code: string;
  name: string;
  role: string;
  agency_id: string;
  agency_name: string;
  assignee_user_id: string | null;
  assignee_name: string | null;
  handed_over_by: string | null;
  started_at: Date;
  due_at: Date | null;
  counts_toward_deadline: boolean;
  finished_at: Date | null;
  finished_by: string | null;
  outcome: FinishedClass | null;
  note: string | null;
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function nationalStatusCode(status: DossierStatus): number {
  return NATIONAL_STATUS_CODE[status];
}

export function toSummary(row: DossierRow, deadlineClass: OpenClass | FinishedClass | null): DossierSummary {
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
    processingAgencyId: row.processing_agency_id,
    processingAgencyName: row.processing_agency_name,
    assigneeName: row.assignee_name,
    applicantName: row.applicant_name,
    submittedAt: row.submitted_at.toISOString(),
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    finishedAt: iso(row.finished_at),
    returnedAt: iso(row.returned_at),
    deadlineClass,
    version: row.version,
  };
}

export function toEventView(row: EventRow): DossierEventView {
  const { clock: _clock, ...details } = row.payload ?? {};
  return {
    id: row.id,
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    reason: row.reason,
    occurredAt: row.occurred_at.toISOString(),
    details,
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
    checkStatus: row.check_status,
    checkDetail: row.check_detail,
  };
}

export function toStepView(row: StepRow): DossierStepView {
  return {
    seq: row.seq,
    kind: row.kind,
    code: row.code,
    name: row.name,
    role: row.role,
    agencyName: row.agency_name,
    assigneeName: row.assignee_name,
    handedOverBy: row.handed_over_by,
    startedAt: row.started_at.toISOString(),
    dueAt: iso(row.due_at),
    countsTowardDeadline: row.counts_toward_deadline,
    finishedAt: iso(row.finished_at),
    finishedBy: row.finished_by,
    outcome: row.outcome,
    note: row.note,
  };
}
