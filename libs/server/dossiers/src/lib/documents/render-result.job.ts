import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineJob, type JobPayloadBase } from '@dvc/server/core';
import { DossiersRepository } from '../dossiers.repository';
import { FilesService } from '../files/files.service';
import { renderResultDocument } from '@dvc/server/documents';

export interface RenderResultPayload extends JobPayloadBase {
  dossierId: string;
  eventId: string;
}

/** When a leader approves, the result document is generated off the request path. */
export const RENDER_RESULT_JOB = defineJob({
  name: 'documents.render-result',
  queue: QUEUE_NAMES.documents,
  options: DEFAULT_JOB_OPTIONS,
  trigger: {
    topic: 'dossier.status-changed',
    when: (event) => event.toStatus === 'result_ready',
    toPayload: (event, correlationId): RenderResultPayload => ({ dossierId: event.dossierId, eventId: event.eventId, correlationId }),
  },
});

@Injectable()
export class RenderResultHandler {
  private readonly logger = new Logger(RenderResultHandler.name);

  constructor(
    private readonly repository: DossiersRepository,
    private readonly files: FilesService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** Idempotent: a dossier that already has its result is left alone; a lost race deletes its own extra file. */
  async handle(payload: RenderResultPayload): Promise<void> {
    if (await this.repository.hasResult(payload.dossierId)) return;
    const dossier = await this.repository.findById(payload.dossierId);
    if (!dossier) throw new Error(`dossier ${payload.dossierId} not found`);
    const pdf = await renderResultDocument({
      agencyName: dossier.agency_name,
      dossierCode: dossier.code,
      procedureName: dossier.procedure_name,
      applicantName: dossier.applicant_name,
      receivedAt: dossier.received_at,
      approvedAt: new Date(),
      approverName: (await this.repository.approverName(dossier.id)) ?? '',
      trackingUrl: `${this.config.PUBLIC_BASE_URL}/tra-cuu?code=${encodeURIComponent(dossier.code)}`,
    });
    const stored = await this.files.store(null, `ket-qua-${dossier.code}.pdf`, pdf);
    const attached = await this.repository.transaction((manager) => this.repository.attachResultOnce(manager, dossier.id, stored.id));
    if (!attached) await this.files.discard(stored.id);
    this.logger.log({ dossierId: dossier.id, correlationId: payload.correlationId, attached }, 'result document rendered');
  }
}
