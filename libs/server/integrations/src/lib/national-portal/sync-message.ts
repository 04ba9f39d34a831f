import { NATIONAL_STATUS_CODE, type Channel, type DossierEventKind, type DossierStatus, type ReturnMethod } from '@dvc/shared/domain';

/** Everything the sync message is built from, read in one place (SyncRepository) at send time. */
export interface SyncContext {
  event: { id: string; seq: number; action: DossierEventKind; fromStatus: DossierStatus | null; toStatus: DossierStatus; occurredAt: Date };
  dossier: {
    code: string; procedureCode: string; procedureName: string; sectorCode: string; sectorName: string; channel: Channel;
    formData: Record<string, string>; submittedAt: Date; receivedAt: Date | null; dueAt: Date | null; returnedAt: Date | null;
    finishedAt: Date | null; status: DossierStatus; returnMethod: ReturnMethod | null; receivingAgencyCode: string;
    processingAgencyCode: string; processingAgencyName: string; source: 'portal' | 'national_portal' | 'counter'; externalId: string | null;
  };
  applicant: { userId: string; name: string; personalId: string | null };
  files: { name: string; componentCode: string | null; kind: 'attachment' | 'result' }[];
  fees: { code: string; name: string; amount: number }[];
  /** The dossier's history up to and including this event. */
  history: {
    seq: number; action: DossierEventKind; toStatus: DossierStatus; actorName: string; actorRole: string; agencyName: string; occurredAt: Date;
    reason: string | null; items?: string[]; previousDueAt?: string | null; newDueAt?: string;
  }[];
}

const CHANNEL_CODE: Record<Channel, number> = { counter: 1, online: 2, postal: 3 };
const RETURN_METHOD_CODE: Record<ReturnMethod, number> = { counter: 1, post: 2, online: 3 };
const SUMMARY_LIMIT = 1000;

/** yyyyMMddHHmmss in Vietnam time (UTC+7, no daylight saving), the national portal's date format. */
export function nationalTimestamp(instant: Date | null | undefined): string | null {
  if (!instant) return null;
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function fromIso(value: string | null | undefined): string | null {
  return value ? nationalTimestamp(new Date(value)) : null;
}

/**
 * The sync message for one dossier event (integrations.md): the dossier as the national portal keeps it, the event
 * that caused the message, supplement rounds with old and new appointments, and the processing log up to that
 * event. `messageId` is the event id, the receiver's idempotency key.
 */
export function buildSyncMessage(context: SyncContext, sentAt: Date) {
  const { dossier, event } = context;
  const refusal = context.history.find((entry) => entry.toStatus === 'refused');
  const summary = Object.entries(dossier.formData).map(([key, value]) => `${key}: ${value}`).join('; ').slice(0, SUMMARY_LIMIT);
  const supplementRounds = context.history
    .filter((entry) => entry.action === 'request_supplement')
    .map((request) => {
      const answer = context.history.find((entry) => entry.action === 'submit_supplement' && entry.seq > request.seq);
      return {
        requestedAt: nationalTimestamp(request.occurredAt),
        reason: request.reason,
        items: request.items ?? [],
        answeredAt: nationalTimestamp(answer?.occurredAt),
        oldAppointment: fromIso(request.previousDueAt),
        newAppointment: fromIso(answer?.newDueAt),
      };
    });
  return {
    messageId: event.id,
    sentAt: nationalTimestamp(sentAt),
    event: {
      seq: event.seq,
      action: event.action,
      fromStatusCode: event.fromStatus ? NATIONAL_STATUS_CODE[event.fromStatus] : null,
      statusCode: NATIONAL_STATUS_CODE[event.toStatus],
      occurredAt: nationalTimestamp(event.occurredAt),
    },
    dossier: {
      code: dossier.code,
      nationalId: dossier.source === 'national_portal' ? dossier.externalId : null,
      procedureCode: dossier.procedureCode,
      procedureName: dossier.procedureName,
      sector: { code: dossier.sectorCode, name: dossier.sectorName },
      channel: CHANNEL_CODE[dossier.channel],
      applicant: { idNumber: context.applicant.personalId, name: context.applicant.name, type: 1, accountId: context.applicant.userId },
      summary,
      dates: {
        submitted: nationalTimestamp(dossier.submittedAt),
        received: nationalTimestamp(dossier.receivedAt),
        appointment: nationalTimestamp(dossier.dueAt),
        returned: nationalTimestamp(dossier.returnedAt),
        finished: nationalTimestamp(dossier.finishedAt),
        refused: nationalTimestamp(refusal?.occurredAt),
      },
      statusCode: NATIONAL_STATUS_CODE[event.toStatus],
      resultReturnMethod: dossier.returnMethod ? RETURN_METHOD_CODE[dossier.returnMethod] : null,
      processingAgencyCode: dossier.processingAgencyCode,
      receivingAgencyCode: dossier.receivingAgencyCode,
      digitised: dossier.channel !== 'online',
      vneidVerified: false,
      paidOnline: false,
      files: context.files.filter((file) => file.kind === 'attachment').map((file) => ({
        name: file.name, componentCode: file.componentCode, digitised: true, reused: false, fromNationalStore: false, replacesResultCode: null,
      })),
      fees: context.fees,
      supplementRounds,
      results: context.files.filter((file) => file.kind === 'result').map((file) => ({ name: file.name })),
      processingLog: context.history.map((entry) => ({
        officer: entry.actorName,
        title: entry.actorRole,
        time: nationalTimestamp(entry.occurredAt),
        department: entry.agencyName,
        action: entry.action,
        statusCode: NATIONAL_STATUS_CODE[entry.toStatus],
      })),
    },
  };
}

export type SyncMessage = ReturnType<typeof buildSyncMessage>;
