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
}
export type OutboxTopic = keyof OutboxPayloads;
