import { Injectable } from '@nestjs/common';
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  allowedActions,
  decideTransition,
  formatDossierCode,
  maskPersonName,
  toLocalDate,
  type DossierAction,
  type DossierStatus,
} from '@dvc/shared/domain';
import type {
  ApiErrorDetail,
  DossierDetail,
  DossierSummary,
  FormField,
  Page,
  ProcedureComponent,
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
} from '@dvc/server/core';
import { CatalogueRepository, CatalogueService } from '@dvc/server/catalogue';
import type { ProcedureVersionEntity } from '@dvc/server/catalogue';
import { toEventView, toFileInfo, toSummary, nationalStatusCode, type DossierRow, type FileRow } from './dossier-views';
import { DossiersRepository, type StateChange } from './dossiers.repository';
import type { DeskInboxQueryDto, DossierActionDto, PageQueryDto, SubmitDossierDto } from './dto/dossier.dto';

const DEFAULT_PAGE_SIZE = 20;
/** No 0/O/1/I/L: the secret is read off a paper receipt and typed in. */
const SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const SECRET_LENGTH = 8;
const MAX_FORM_VALUE = 5000;
const PAUSE_STATUSES: ReadonlySet<DossierStatus> = new Set(['supplement_requested', 'payment_requested']);

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
 * Filing and moving dossiers. Every state change writes the new state (guarded by the version the actor saw), an
 * event in the hash-chained history and an outbox row, in one transaction: either all three happen or none.
 */
@Injectable()
export class DossiersService {
  constructor(
    private readonly repository: DossiersRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly catalogueService: CatalogueService,
    private readonly outbox: OutboxWriter,
  ) {}

  async submit(actor: Actor, request: SubmitDossierDto, correlationId: string | null, now = new Date()): Promise<DossierDetail> {
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
    const formData = this.validateForm(version.formFields, request.formData);
    await this.validateAttachments(actor, version, request.attachments);

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
      });
      await this.repository.attachFiles(
        manager,
        id,
        request.attachments.map((attachment) => ({ storedFileId: attachment.fileId, componentCode: attachment.componentCode, kind: 'attachment' as const })),
      );
      await this.recordEvent(manager, id, actor, 'submit', null, decision.to, null, correlationId, now);
      return id;
    });
    return this.get(actor, dossierId);
  }

  async act(
    actor: Actor,
    dossierId: string,
    action: DossierAction,
    request: DossierActionDto,
    correlationId: string | null,
    now = new Date(),
  ): Promise<DossierDetail> {
    const dossier = await this.readable(actor, dossierId);
    const decision = decideTransition({
      role: actor.role,
      status: dossier.status,
      action,
      resumeTo: dossier.paused_from_status,
      reason: request.reason ?? null,
    });
    if (!decision.ok) {
      switch (decision.code) {
        case 'DOSSIER.ROLE_NOT_ALLOWED':
          throw new ForbiddenError(decision.code, decision.message);
        case 'DOSSIER.REASON_REQUIRED':
          throw new InvalidInputError(decision.code, decision.message, [{ field: 'reason', code: 'REQUIRED', message: decision.message }]);
        case 'DOSSIER.TRANSITION_NOT_ALLOWED':
        case 'DOSSIER.RESUME_STATUS_MISSING':
          throw new ConflictError(decision.code, decision.message);
      }
    }
    if (request.version !== dossier.version) throw this.versionConflict();
    if (action === 'return_result' && !(await this.repository.hasResult(dossier.id))) {
      throw new ConflictError(
        'DOSSIER.RESULT_NOT_READY',
        'Văn bản kết quả đang được tạo, vui lòng thử lại sau ít phút / The result document is still being generated; retry shortly',
      );
    }

    const change: StateChange = {
      status: decision.to,
      // A pause remembers where to resume; a supplement asked at reception resumes to reception, without a clock.
      pausedFromStatus: PAUSE_STATUSES.has(decision.to) ? dossier.status : null,
    };
    if (decision.startsClock) {
      const procedure = await this.catalogue.findVersionById(dossier.procedure_version_id);
      const calendar = await this.catalogueService.calendar();
      change.receivedAt = now;
      if (procedure) change.dueAt = calendar.dueAt(now, { value: procedure.timeLimitValue, unit: procedure.timeLimitUnit });
    }
    if (decision.finishes) change.finishedAt = now;

    await this.repository.transaction(async (manager) => {
      if (!(await this.repository.changeState(manager, dossier.id, request.version, change))) throw this.versionConflict();
      await this.recordEvent(manager, dossier.id, actor, action, dossier.status, decision.to, request.reason ?? null, correlationId, now);
    });
    return this.get(actor, dossier.id);
  }

  async get(actor: Actor, dossierId: string): Promise<DossierDetail> {
    const dossier = await this.readable(actor, dossierId);
    const [events, files] = await Promise.all([this.repository.events(dossier.id), this.repository.files(dossier.id)]);
    return {
      ...toSummary(dossier),
      trackingSecret: dossier.tracking_secret,
      formData: dossier.form_data,
      files: files.map(toFileInfo),
      events: events.map(toEventView),
      allowedActions: allowedActions(actor.role, dossier.status),
    };
  }

  async mine(actor: Actor, query: PageQueryDto): Promise<Page<DossierSummary>> {
    const page = query.page ?? 1;
    const size = query.size ?? DEFAULT_PAGE_SIZE;
    const { rows, total } = await this.repository.page({ applicantUserId: actor.userId }, size, (page - 1) * size);
    return { items: rows.map(toSummary), total, page, size };
  }

  async inbox(actor: Actor, query: DeskInboxQueryDto): Promise<Page<DossierSummary>> {
    const page = query.page ?? 1;
    const size = query.size ?? DEFAULT_PAGE_SIZE;
    const { rows, total } = await this.repository.page(
      { agencyIds: actor.agencyIds, status: query.status, q: query.q?.trim() || undefined },
      size,
      (page - 1) * size,
    );
    return { items: rows.map(toSummary), total, page, size };
  }

  async file(actor: Actor, dossierId: string, fileId: string): Promise<FileRow> {
    const dossier = await this.readable(actor, dossierId);
    const file = (await this.repository.files(dossier.id)).find((candidate) => candidate.id === fileId);
    if (!file) throw new NotFoundError('FILE.NOT_FOUND', 'Không tìm thấy tệp trong hồ sơ này / No such file in this dossier');
    return file;
  }

  /** Public lookup: the code alone reveals nothing; a wrong secret looks exactly like an unknown code. */
  async track(code: string, secret: string): Promise<TrackingView> {
    const dossier = await this.repository.findByCode(code);
    if (!dossier || !sameSecret(secret, dossier.tracking_secret)) {
      throw new NotFoundError(
        'TRACKING.NOT_FOUND',
        'Không tìm thấy hồ sơ với mã và mã bí mật này; hãy kiểm tra lại trên giấy tiếp nhận / ' +
          'No dossier matches this code and secret; check them on your receipt',
      );
    }
    const events = await this.repository.events(dossier.id);
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
      events: events.map((event) => ({ toStatus: event.to_status, occurredAt: event.occurred_at.toISOString() })),
    };
  }

  /** Owners see their own dossiers; staff see those of their agencies. Others learn nothing, not even existence. */
  private async readable(actor: Actor, dossierId: string): Promise<DossierRow> {
    const dossier = await this.repository.findById(dossierId);
    if (!dossier) throw notFound();
    if (isStaff(actor)) {
      if (!actor.agencyIds.includes(dossier.agency_id)) {
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

  private async recordEvent(
    manager: EntityManager,
    dossierId: string,
    actor: Actor,
    action: DossierAction,
    fromStatus: DossierStatus | null,
    toStatus: DossierStatus,
    reason: string | null,
    correlationId: string | null,
    now: Date,
  ): Promise<void> {
    const eventId = await this.repository.appendEvent(manager, {
      dossierId, action, fromStatus, toStatus, reason,
      actorUserId: actor.userId, actorName: actor.fullName, actorRole: actor.role, payload: {}, occurredAt: now,
    });
    await this.outbox.write(manager, 'dossier.status-changed', dossierId, { dossierId, eventId, action, fromStatus, toStatus }, correlationId);
  }

  private versionConflict(): ConflictError {
    return new ConflictError(
      'DOSSIER.VERSION_CONFLICT',
      'Hồ sơ vừa được người khác cập nhật; hãy tải lại và thử lại / The dossier was changed by someone else; reload and retry',
    );
  }

  /** Only the procedure's fields, each within its type and length; all problems reported at once. */
  private validateForm(fields: readonly FormField[], data: Record<string, unknown>): Record<string, string> {
    const details: ApiErrorDetail[] = [];
    const known = new Map(fields.map((field) => [field.key, field]));
    for (const key of Object.keys(data)) {
      if (!known.has(key)) {
        details.push({ field: `formData.${key}`, code: 'UNKNOWN_FIELD', message: `Trường «${key}» không có trong biểu mẫu / "${key}" is not a field of this form` });
      }
    }
    const clean: Record<string, string> = {};
    for (const field of fields) {
      const raw = data[field.key];
      const path = `formData.${field.key}`;
      if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
        if (field.required) details.push({ field: path, code: 'REQUIRED', message: `Hãy nhập «${field.label}» / "${field.label}" is required` });
        continue;
      }
      if (typeof raw !== 'string') {
        details.push({ field: path, code: 'IS_STRING', message: `«${field.label}» phải là chuỗi ký tự / "${field.label}" must be text` });
        continue;
      }
      const value = raw.trim();
      if (value.length > (field.maxLength ?? MAX_FORM_VALUE)) {
        details.push({ field: path, code: 'MAX_LENGTH', message: `«${field.label}» quá dài (tối đa ${field.maxLength ?? MAX_FORM_VALUE} ký tự) / too long` });
      } else if (field.type === 'date' && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) {
        details.push({ field: path, code: 'IS_DATE', message: `«${field.label}» phải là ngày dạng YYYY-MM-DD / must be a date YYYY-MM-DD` });
      } else if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) {
        details.push({ field: path, code: 'IS_NUMBER', message: `«${field.label}» phải là số / "${field.label}" must be a number` });
      } else {
        clean[field.key] = value;
      }
    }
    if (details.length > 0) {
      throw new InvalidInputError('DOSSIER.FORM_INVALID', 'Biểu mẫu chưa hợp lệ, xem chi tiết từng trường / The form has invalid fields, see details', details);
    }
    return clean;
  }

  /** Every required component present, each file the applicant's own, unused, and of a type the component accepts. */
  private async validateAttachments(
    actor: Actor,
    version: ProcedureVersionEntity,
    attachments: readonly { componentCode: string; fileId: string }[],
  ): Promise<void> {
    const details: ApiErrorDetail[] = [];
    const components = new Map<string, ProcedureComponent>(version.components.map((component) => [component.code, component]));
    const stored = new Map((await this.repository.storedFiles(attachments.map((attachment) => attachment.fileId))).map((file) => [file.id, file]));
    const seenFiles = new Set<string>();
    attachments.forEach((attachment, index) => {
      const path = `attachments.${index}`;
      const component = components.get(attachment.componentCode);
      const file = stored.get(attachment.fileId);
      if (!component) {
        details.push({ field: `${path}.componentCode`, code: 'UNKNOWN_COMPONENT', message: `Thành phần «${attachment.componentCode}» không thuộc thủ tục này / not a component of this procedure` });
      } else if (!file || file.owner_user_id !== actor.userId) {
        details.push({ field: `${path}.fileId`, code: 'FILE_NOT_FOUND', message: 'Không tìm thấy tệp đã tải lên, hãy tải lại / Uploaded file not found; upload it again' });
      } else if (file.attached || seenFiles.has(file.id)) {
        details.push({ field: `${path}.fileId`, code: 'FILE_ALREADY_USED', message: 'Tệp này đã được nộp trong hồ sơ khác, hãy tải lại / This file is already part of a dossier; upload it again' });
      } else if (!component.acceptedTypes.includes(file.content_type)) {
        details.push({ field: `${path}.fileId`, code: 'FILE_TYPE_NOT_ACCEPTED', message: `«${component.name}» chỉ nhận ${component.acceptedTypes.join(', ')} / accepts only ${component.acceptedTypes.join(', ')}` });
      } else if (file.size_bytes > component.maxSizeMb * 1024 * 1024) {
        details.push({ field: `${path}.fileId`, code: 'FILE_TOO_LARGE', message: `«${component.name}» tối đa ${component.maxSizeMb} MB / at most ${component.maxSizeMb} MB` });
      }
      seenFiles.add(attachment.fileId);
    });
    for (const component of components.values()) {
      if (component.required && !attachments.some((attachment) => attachment.componentCode === component.code)) {
        details.push({ field: 'attachments', code: 'COMPONENT_MISSING', message: `Thiếu «${component.name}» / "${component.name}" is required` });
      }
    }
    if (details.length > 0) {
      throw new InvalidInputError('DOSSIER.ATTACHMENTS_INVALID', 'Giấy tờ đính kèm chưa đủ hoặc chưa hợp lệ, xem chi tiết / Attachments are missing or invalid, see details', details);
    }
  }
}
