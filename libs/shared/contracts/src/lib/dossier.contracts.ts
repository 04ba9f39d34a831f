import type {
  Channel, DossierAction, DossierEventKind, DossierFormCode, DossierStatus, FinishedClass, LedgerLine, OpenClass, ReturnMethod, UserRole,
} from '@dvc/shared/domain';

export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface DossierAttachmentRequest {
  componentCode: string;
  fileId: string;
}

export interface SubmitDossierRequest {
  procedureCode: string;
  agencyId: string;
  formData: Record<string, string>;
  attachments: DossierAttachmentRequest[];
}

export interface DossierSummary {
  id: string;
  code: string;
  procedureCode: string;
  procedureName: string;
  status: DossierStatus;
  nationalStatusCode: number;
  channel: Channel;
  /** The agency that received it (its code prefixes the dossier code). */
  agencyId: string;
  agencyName: string;
  /** The agency processing it now (differs after a transfer to the competent agency). */
  processingAgencyId: string;
  processingAgencyName: string;
  assigneeName: string | null;
  applicantName: string;
  submittedAt: string;
  receivedAt: string | null;
  /** The appointment; null before reception and while the clock is paused. */
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  /** Open: within time / at risk / overdue; finished: early / on time / late; null before reception. */
  deadlineClass: OpenClass | FinishedClass | null;
  version: number;
}

export interface DossierFileInfo {
  id: string;
  componentCode: string | null;
  kind: 'attachment' | 'result';
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  /**
   * The worker's check of the file after submission (real type and size against the component, unchanged since the
   * upload, virus scan when configured): `pending` until it ran; results are `passed`.
   */
  checkStatus: 'pending' | 'passed' | 'failed';
  /** Why the check failed, in words for the one-stop desk (Vietnamese / English); null otherwise. */
  checkDetail: string | null;
}

export interface DossierEventView {
  id: string;
  action: DossierEventKind;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  actorName: string;
  /** 'system' for what the system records itself (a due date recomputed after a calendar change). */
  actorRole: UserRole | 'system';
  reason: string | null;
  occurredAt: string;
  /** What the action recorded besides the reason: supplement items, new date, target agency, waybill … */
  details: EventDetails;
}

export interface EventDetails {
  items?: string[];
  newDueAt?: string;
  previousDueAt?: string | null;
  agencyName?: string;
  assigneeName?: string;
  consultationDueDate?: string;
  consultationCounts?: boolean;
  returnMethod?: ReturnMethod;
  collectedBy?: string;
  waybill?: string;
  amount?: number;
  attachmentCount?: number;
}

/** The legal clock of a dossier, explained (deadlines.md: "each dossier should be able to explain its due date"). */
export interface DeadlineView {
  dueAt: string | null;
  running: boolean;
  budgetMinutes: number;
  consumedMinutes: number;
  remainingMinutes: number;
  extensions: number;
  deadlineClass: OpenClass | FinishedClass | null;
  ledger: LedgerLine[];
}

/** One hand-over of the process control sheet (Mẫu 06). */
export interface DossierStepView {
  seq: number;
  kind: 'process' | 'consultation';
  code: string;
  name: string;
  role: string;
  agencyName: string;
  assigneeName: string | null;
  handedOverBy: string | null;
  startedAt: string;
  dueAt: string | null;
  countsTowardDeadline: boolean;
  finishedAt: string | null;
  finishedBy: string | null;
  outcome: FinishedClass | null;
  note: string | null;
}

export interface DossierDetail extends DossierSummary {
  trackingSecret: string;
  formData: Record<string, string>;
  files: DossierFileInfo[];
  events: DossierEventView[];
  deadline: DeadlineView;
  steps: DossierStepView[];
  /** The standard forms this dossier has, served as PDFs at /api/v1/dossiers/{id}/forms/{form}. */
  forms: DossierFormCode[];
  /** The open supplement request (items to provide), when the dossier waits for one. */
  supplementRequest: { reason: string; items: string[]; requestedAt: string } | null;
  /** Actions the current user may take now (the server re-checks every one, with agency scope and assignment). */
  allowedActions: DossierAction[];
}

/**
 * One action on a dossier. Besides `version`, each action reads only the fields it needs; the server says which one
 * is missing (`DOSSIER.FIELD_REQUIRED` with the field) and rejects unknown ones.
 */
export interface DossierActionRequest {
  /** The version the actor saw; a stale version gets 409 DOSSIER.VERSION_CONFLICT. */
  version: number;
  /** Required for refuse, request_supplement, send_back, consult (the question), record_consultation (the answer), apologise. */
  reason?: string;
  note?: string;
  /** request_supplement: everything to provide or fix, in one go (Decree 118). */
  items?: string[];
  /** apologise: the new appointment (ISO date-time, later than the current one). */
  newDueAt?: string;
  /** transfer: the competent agency; consult: the coordinating agency. */
  agencyId?: string;
  /** reassign: the specialist who takes the dossier. */
  assigneeId?: string;
  /** consult: when the coordinating agency must answer (YYYY-MM-DD) and whether that time counts. */
  consultationDueDate?: string;
  consultationCounts?: boolean;
  /** request_payment: the amount in VND (defaults to the procedure's fees). */
  amount?: number;
  /** return_result: how the result reaches the applicant, with who collected it or the waybill. */
  returnMethod?: ReturnMethod;
  collectedBy?: string;
  waybill?: string;
  /** submit_supplement: the uploaded files answering the request. */
  attachments?: DossierAttachmentRequest[];
}

export interface StaffMember {
  id: string;
  fullName: string;
  role: UserRole;
}

export interface DeskInboxQuery {
  status?: DossierStatus;
  q?: string;
  page?: number;
  size?: number;
}

export interface TrackingEventView {
  toStatus: DossierStatus;
  occurredAt: string;
}


export interface TrackingView {
  code: string;
  procedureName: string;
  agencyName: string;
  status: DossierStatus;
  nationalStatusCode: number;
  applicantNameMasked: string;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  events: TrackingEventView[];
}

export interface AuditBreak {
  dossierId: string;
  dossierCode: string;
  eventId: string;
  seq: number;
  /** SEQ_GAP: an event is missing; PREV_HASH_MISMATCH: the link to the previous event is wrong; HASH_MISMATCH: the event was changed. */
  problem: 'SEQ_GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH';
}

export interface AuditReport {
  dossiersChecked: number;
  eventsChecked: number;
  intact: boolean;
  broken: AuditBreak[];
}
