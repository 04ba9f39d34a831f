import type { DossierEventKind, DossierStatus } from '@dvc/shared/domain';
import type { OutboxPayloads } from '@dvc/server/core';

/** What the applicant is told about. Internal steps (claim, process, transfer, reassign, consultation, send back) are not. */
export type NotificationKind =
  | 'submitted'
  | 'received'
  | 'supplement_requested'
  | 'payment_requested'
  | 'apology'
  | 'result_ready'
  | 'returned'
  | 'refused'
  | 'withdrawn'
  | 'supplement_expired';

/**
 * Which event of a dossier's history the applicant hears about, as what. Every action and system entry is listed, so
 * a new one is a compile error here until someone decides whether applicants are told.
 */
const KIND_OF_EVENT: Record<DossierEventKind, NotificationKind | null> = {
  submit: 'submitted',
  accept: 'received',
  refuse: 'refused',
  request_supplement: 'supplement_requested',
  request_payment: 'payment_requested',
  apologise: 'apology',
  approve: 'result_ready',
  return_result: 'returned',
  withdraw: 'withdrawn',
  // The applicant's own answers: they see them on the portal as they act.
  submit_supplement: null,
  confirm_payment: null,
  // Internal work of the agencies.
  transfer: null,
  claim: null,
  reassign: null,
  process: null,
  send_back: null,
  consult: null,
  record_consultation: null,
  // The system's own entries: a supplement that never came closes the dossier (the applicant must know); a due date
  // recomputed after a calendar change is shown on the portal only.
  supplement_expired: 'supplement_expired',
  deadline_recomputed: null,
  // An agency merger moved the dossier to the successor (same due date): internal, shown in the history.
  agency_merged: null,
};

/** The notification an event of the dossier's history calls for, or null. */
export function notificationKindOf(action: DossierEventKind): NotificationKind | null {
  return KIND_OF_EVENT[action];
}

/** The outbox rule of the notify-applicant job: one job per notifiable event, none for the others. */
export function isApplicantNotifiable(event: OutboxPayloads['dossier.status-changed']): boolean {
  return notificationKindOf(event.action) !== null;
}

/** A refusal at the one-stop (Mẫu 03) reads differently from a refusal after processing. */
export function refusedAtReception(fromStatus: DossierStatus | null): boolean {
  return fromStatus === 'submitted' || fromStatus === null;
}
