import type { DossierEventKind, DossierStatus } from '@dvc/shared/domain';

/** What happened, as recorded in the outbox. The relay fans each topic out to the jobs subscribed to it. */
export interface OutboxPayloads {
  'dossier.status-changed': {
    dossierId: string;
    eventId: string;
    /** What happened: an actor's action, or the system's own (e.g. a supplement that never came closes the dossier). */
    action: DossierEventKind;
    fromStatus: DossierStatus | null;
    toStatus: DossierStatus;
  };
  /** The deadline sweep found a dossier (or one of its steps) at risk or overdue: its assignee and leaders are told. */
  'dossier.deadline-alert': {
    /** The deadline_alert row: the key that makes each staff member hear of it once. */
    alertId: string;
    dossierId: string;
    kind: 'at_risk' | 'overdue' | 'step_at_risk' | 'step_overdue';
    dueAt: string;
    /** Staff to tell: the assignee and the leaders of the processing agency. */
    recipientUserIds: string[];
  };
  /** A supplement request is still unanswered after some working days: the applicant is reminded. */
  'dossier.supplement-reminder': {
    dossierId: string;
    /** The request_supplement event the reminder is about. */
    eventId: string;
  };
  /** A province admin uploaded a catalogue file: the worker validates and imports it, reporting progress. */
  'catalogue.import-requested': {
    importId: string;
  };
  /** A calendar day or an agency's office hours changed: open dossiers' due dates must be recomputed. */
  'calendar.changed': {
    /** What changed, in words, recorded on every dossier whose date moves. */
    change: string;
    /** The agency whose office hours changed (and its sub-agencies), or null for the province calendar. */
    agencyId: string | null;
  };
}
export type OutboxTopic = keyof OutboxPayloads;
