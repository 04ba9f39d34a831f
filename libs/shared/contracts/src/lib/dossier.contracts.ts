import type { Channel, DossierAction, DossierStatus, UserRole } from '@dvc/shared/domain';

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
  agencyId: string;
  agencyName: string;
  applicantName: string;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
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
}

export interface DossierEventView {
  id: string;
  action: DossierAction;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  actorName: string;
  actorRole: UserRole;
  reason: string | null;
  occurredAt: string;
}

export interface DossierDetail extends DossierSummary {
  trackingSecret: string;
  formData: Record<string, string>;
  files: DossierFileInfo[];
  events: DossierEventView[];
  /** Actions the current user may take now (the server re-checks every one). */
  allowedActions: DossierAction[];
}

export interface DossierActionRequest {
  /** The version the actor saw; a stale version gets 409 DOSSIER.VERSION_CONFLICT. */
  version: number;
  reason?: string;
  note?: string;
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
