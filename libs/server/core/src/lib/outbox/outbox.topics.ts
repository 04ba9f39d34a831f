import type { DossierAction, DossierStatus } from '@dvc/shared/domain';

/** What happened, as recorded in the outbox. The relay fans each topic out to the jobs subscribed to it. */
export interface OutboxPayloads {
  'dossier.status-changed': {
    dossierId: string;
    eventId: string;
    action: DossierAction;
    fromStatus: DossierStatus | null;
    toStatus: DossierStatus;
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
