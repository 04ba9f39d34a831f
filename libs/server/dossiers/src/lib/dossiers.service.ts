import { Injectable } from '@nestjs/common';
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  allowedActions,
  decideTransition,
  dossierForms,
  formatDossierCode,
  maskPersonName,
  toLocalDate,
  validateFormData,
  type DossierAction,
  type DossierStatus,
} from '@dvc/shared/domain';
import type {
  DossierDetail,
  DossierSummary,
  JobFailureView,
  Page,
  StaffMember,
  SubmitDossierRequest,
  TrackingView,
} from '@dvc/shared/contracts';
import {
  Actor,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  OutboxWriter,
  UnprocessableError,
  isStaff,
  JobAttemptsRepository,
  JobsAdminService,
} from '@dvc/server/core';
import { CatalogueRepository } from '@dvc/server/catalogue';
import { DeadlinesService } from './deadlines.service';
import { scopeRefusal, staffMayRead } from './dossier-access';
import { toEventView, toFileInfo, toStepView, toSummary, nationalStatusCode, type DossierRow, type EventPayload, type FileRow } from './dossier-views';
import { DossiersRepository, type DossierOrigin } from './dossiers.repository';
import type { DeskInboxQueryDto, PageQueryDto, StaffQueryDto } from './dto/dossier.dto';
import { AttachmentValidator } from './files/attachment-validator';

const DEFAULT_PAGE_SIZE = 20;
/** No 0/O/1/I/L: the secret is read off a paper receipt and typed in. */
const SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const SECRET_LENGTH = 8;

function newTrackingSecret(): string {
  return Array.from({ length: SECRET_LENGTH }, () => SECRET_ALPHABET[randomInt(SECRET_ALPHABET.length)]).join('');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given.toUpperCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function notFound(): NotFoundError {
  return new NotFoundError('DOSSIER.NOT_FOUND', 'Không tìm thấy hồ sơ / Dossier not found');
}

/**
 * Filing and reading dossiers (moving them is DossierActionsService). Every write records an event in the dossier's
 * hash-chained history and an outbox row in the same transaction.
 */
@Injectable()
export class DossiersService {
  constructor(
    private readonly repository: DossiersRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly deadlines: DeadlinesService,
    private readonly attachments: AttachmentValidator,
    private readonly outbox: OutboxWriter,
    private readonly jobAttempts: JobAttemptsRepository,
    private readonly jobs: JobsAdminService,
  ) {}

  /**
   * Files a dossier for the acting citizen. `origin` says where it came from when not this portal (the national
   * portal hands dossiers over with its own id, unique per source).
   */
  async submit(
    actor: Actor,
    request: SubmitDossierRequest,
    correlationId: string | null,
    now = new Date(),
    origin: DossierOrigin = { source: 'portal', externalId: null },
  ): Promise<DossierDetail> {
    const version = await this.catalogue.findPublishedVersion(request.procedureCode);
    if (!version) {
      throw new NotFoundError(
        'CATALOGUE.PROCEDURE_NOT_FOUND',
        `Không tìm thấy thủ tục "${request.procedureCode}" / Procedure "${request.procedureCode}" was not found`,
      );
    }
    const agencies = await this.catalogue.onlineAgenciesFor(version.procedureId);
    const agency = agencies.find((candidate) => candidate.id === request.agencyId);
    if (!agency) {
      throw new UnprocessableError(
        'DOSSIER.AGENCY_NOT_ACCEPTING',
        'Cơ quan đã chọn không tiếp nhận trực tuyến thủ tục này; hãy chọn cơ quan trong danh sách / ' +
          'The chosen agency does not accept this procedure online; pick one from the list',
      );
    }
    const form = validateFormData(version.record.form, request.formData);
    if (form.problems.length > 0) {
      throw new InvalidInputError(
        'DOSSIER.FORM_INVALID',
        'Biểu mẫu chưa hợp lệ, xem chi tiết từng trường / The form has invalid fields, see details',
        form.problems.map((problem) => ({ field: `formData.${problem.field}`, code: problem.code, message: `${problem.message.vi} / ${problem.message.en}` })),
      );
    }
    const formData = form.value;
    await this.attachments.check(actor, version.components, request.attachments, { requireAllRequired: true, field: 'attachments' });

    const day = toLocalDate(now);
    const decision = decideTransition({ role: actor.role, status: null, action: 'submit' });
    if (!decision.ok) throw new ForbiddenError(decision.code, decision.message);
    const dossierId = await this.repository.transaction(async (manager) => {
      const seq = await this.repository.nextSequence(manager, agency.id, day);
      const id = await this.repository.insertDossier(manager, {
        code: formatDossierCode(agency.code, day, seq),
        trackingSecret: newTrackingSecret(),
        procedureVersionId: version.id,
        procedureCode: version.procedureCode,
        procedureName: version.name,
        applicantUserId: actor.userId,
        applicantName: actor.fullName,
        agencyId: agency.id,
        formData,
        submittedAt: now,
        ...origin,
      });
      await this.repository.attachFiles(
        manager,
        id,
        request.attachments.map((attachment) => ({ storedFileId: attachment.fileId, componentCode: attachment.componentCode, kind: 'attachment' as const })),
      );
      await this.recordEvent(manager, id, actor, 'submit', null, decision.to, null, {}, correlationId, now);
      return id;
    });
    return this.get(actor, dossierId, now);
  }

  async get(actor: Actor, dossierId: string, now = new Date()): Promise<DossierDetail> {
    const dossier = await this.readable(actor, dossierId);
    const [events, files, steps, deadline, supplement] = await Promise.all([
      this.repository.events(dossier.id),
      this.repository.files(dossier.id),
      this.repository.steps(dossier.id),
      this.deadlines.view(dossier, now),
      dossier.status === 'supplement_requested' ? this.repository.lastSupplementRequest(dossier.id) : Promise.resolve(null),
    ]);
    return {
      ...toSummary(dossier, deadline.deadlineClass),
      trackingSecret: dossier.tracking_secret,
      formData: dossier.form_data,
      files: files.map(toFileInfo),
      events: events.map(toEventView),
      deadline,
      steps: steps.map(toStepView),
      forms: dossierForms(dossier.status, dossier.received_at !== null, events.map((event) => event.action)),
      supplementRequest: supplement
        ? { reason: supplement.reason ?? '', items: supplement.items ?? [], requestedAt: supplement.occurred_at.toISOString() }
        : null,
      allowedActions: allowedActions(actor.role, dossier.status).filter((action) => scopeRefusal(actor, dossier, action) === null),
    };
  }

  async mine(actor: Actor, query: PageQueryDto): Promise<Page<DossierSummary>> {
    const page = query.page ?? 1;
    const size = query.size ?? DEFAULT_PAGE_SIZE;
    const { rows, total } = await this.repository.page({ applicantUserId: actor.userId }, size, (page - 1) * size);
    return { items: await this.summaries(rows), total, page, size };
  }

  async inbox(actor: Actor, query: DeskInboxQueryDto): Promise<Page<DossierSummary>> {
    const page = query.page ?? 1;
    const size = query.size ?? DEFAULT_PAGE_SIZE;
    const { rows, total } = await this.repository.page(
      { agencyIds: actor.agencyIds, status: query.status, q: query.q?.trim() || undefined },
      size,
      (page - 1) * size,
    );
    return { items: await this.summaries(rows), total, page, size };
  }

  /** What failed in the background for a dossier (e-mails, national-portal sync, documents): staff in scope only. */
  async jobFailures(actor: Actor, dossierId: string): Promise<JobFailureView[]> {
    const dossier = await this.staffReadable(actor, dossierId);
    return this.jobAttempts.forDossier(dossier.id);
  }

  async retryJob(actor: Actor, dossierId: string, jobId: string): Promise<JobFailureView> {
    const dossier = await this.staffReadable(actor, dossierId);
    return this.jobs.retry(jobId, actor.fullName, dossier.id);
  }

  /** Staff of an agency the actor works for, e.g. the specialists a leader may assign. */
  async staff(actor: Actor, query: StaffQueryDto): Promise<StaffMember[]> {
    if (!actor.agencyIds.includes(query.agencyId)) {
      throw new ForbiddenError('DOSSIER.OUT_OF_SCOPE', 'Bạn không thuộc cơ quan này / You do not work for this agency');
    }
    const rows = await this.repository.staffOf(query.agencyId, query.role);
    return rows.map((row) => ({ id: row.id, fullName: row.full_name, role: row.role }));
  }

  async file(actor: Actor, dossierId: string, fileId: string): Promise<FileRow> {
    const dossier = await this.readable(actor, dossierId);
    const file = (await this.repository.files(dossier.id)).find((candidate) => candidate.id === fileId);
    if (!file) throw new NotFoundError('FILE.NOT_FOUND', 'Không tìm thấy tệp trong hồ sơ này / No such file in this dossier');
    return file;
  }

  /** Public lookup: the code alone reveals nothing; a wrong secret looks exactly like an unknown code. */
  async track(code: string, secret: string): Promise<TrackingView> {
    const dossier = await this.repository.findForTracking(code);
    if (!dossier || !sameSecret(secret, dossier.tracking_secret)) {
      throw new NotFoundError(
        'TRACKING.NOT_FOUND',
        'Không tìm thấy hồ sơ với mã và mã bí mật này; hãy kiểm tra lại trên giấy tiếp nhận / ' +
          'No dossier matches this code and secret; check them on your receipt',
      );
    }
    return {
      code: dossier.code,
      procedureName: dossier.procedure_name,
      agencyName: dossier.agency_name,
      status: dossier.status,
      nationalStatusCode: nationalStatusCode(dossier.status),
      applicantNameMasked: maskPersonName(dossier.applicant_name),
      submittedAt: dossier.submitted_at.toISOString(),
      receivedAt: dossier.received_at?.toISOString() ?? null,
      dueAt: dossier.due_at?.toISOString() ?? null,
      finishedAt: dossier.finished_at?.toISOString() ?? null,
      events: dossier.events.map((event) => ({ toStatus: event.toStatus, occurredAt: new Date(event.occurredAt).toISOString() })),
    };
  }

  private async staffReadable(actor: Actor, dossierId: string): Promise<DossierRow> {
    if (!isStaff(actor)) throw new ForbiddenError('AUTH.FORBIDDEN', 'Chỉ cán bộ xem được mục này / Staff only');
    return this.readable(actor, dossierId);
  }

  /** Owners see their own dossiers; staff see those their agencies received or process. Others learn nothing. */
  async readable(actor: Actor, dossierId: string): Promise<DossierRow> {
    const dossier = await this.repository.findById(dossierId);
    if (!dossier) throw notFound();
    if (isStaff(actor)) {
      if (!staffMayRead(actor, dossier)) {
        throw new ForbiddenError(
          'DOSSIER.OUT_OF_SCOPE',
          'Hồ sơ thuộc cơ quan khác, bạn không có quyền xử lý / This dossier belongs to another agency',
        );
      }
    } else if (dossier.applicant_user_id !== actor.userId) {
      throw notFound();
    }
    return dossier;
  }

  /** Appends the event (after the dossier row is locked by its update) and the outbox row that announces it. */
  async recordEvent(
    manager: EntityManager,
    dossierId: string,
    actor: Actor,
    action: DossierAction,
    fromStatus: DossierStatus | null,
    toStatus: DossierStatus,
    reason: string | null,
    payload: EventPayload,
    correlationId: string | null,
    now: Date,
  ): Promise<void> {
    const eventId = await this.repository.appendEvent(manager, {
      dossierId, action, fromStatus, toStatus, reason,
      actorUserId: actor.userId, actorName: actor.fullName, actorRole: actor.role, payload, occurredAt: now,
    });
    await this.outbox.write(manager, 'dossier.status-changed', dossierId, { dossierId, eventId, action, fromStatus, toStatus }, correlationId);
  }

  versionConflict(): ConflictError {
    return new ConflictError(
      'DOSSIER.VERSION_CONFLICT',
      'Hồ sơ vừa được người khác cập nhật; hãy tải lại và thử lại / The dossier was changed by someone else; reload and retry',
    );
  }

  private async summaries(rows: DossierRow[]): Promise<DossierSummary[]> {
    const now = new Date();
    return Promise.all(rows.map(async (row) => toSummary(row, await this.deadlines.deadlineClassOf(row, now))));
  }
}
