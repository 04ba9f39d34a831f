import { Injectable, Logger } from '@nestjs/common';
import { diffRecords, toLocalDate, validateProcedureRecord, type ProcedureRecord, type RecordProblem } from '@dvc/shared/domain';
import type {
  AdminProcedureQuery, AdminProcedureRow, AgencySummary, Page, ProcedureVersionDetail, ProcedureVersionSummary, PublishVersionRequest, ScheduledPublication,
  VersionDiff,
} from '@dvc/shared/contracts';
import { Actor, AuditLog, ConflictError, InvalidInputError, NotFoundError, UnprocessableError } from '@dvc/server/core';
import { onlineLevelsAfterMergers } from '../agencies/agency-merge.rules';
import { CatalogueRepository } from '../catalogue.repository';
import { CatalogueService } from '../catalogue.service';
import { ProcedureVersionsRepository, toVersionSummary } from './procedure-versions.repository';
import { assertCatalogueAdmin } from './catalogue-admin-access';

const DEFAULT_PAGE_SIZE = 20;

function versionNotFound(): NotFoundError {
  return new NotFoundError('CATALOGUE.VERSION_NOT_FOUND', 'Không tìm thấy phiên bản thủ tục / Procedure version not found');
}

export function invalidRecord(problems: RecordProblem[]): InvalidInputError {
  return new InvalidInputError(
    'CATALOGUE.RECORD_INVALID',
    `Thủ tục chưa hợp lệ: ${problems.length} lỗi, xem chi tiết / The procedure has ${problems.length} problems, see details`,
    problems.map((problem) => ({ field: problem.path, code: problem.code, message: `${problem.message.vi} / ${problem.message.en}` })),
  );
}

/**
 * The province's catalogue administration: drafts (new, edited, or copied from the published version), publication
 * by decision (the previous version is retired from new filings, dossiers stay pinned to theirs), retirement, history
 * and the diff between versions. Only province administrators; every publication and retirement is audited.
 */
@Injectable()
export class ProcedureVersionsService {
  private readonly logger = new Logger(ProcedureVersionsService.name);

  constructor(
    private readonly versions: ProcedureVersionsRepository,
    private readonly agencies: CatalogueRepository,
    private readonly catalogue: CatalogueService,
    private readonly audit: AuditLog,
  ) {}

  /** Shape and rules (pure), plus what only the database knows: the agencies exist. */
  async problemsOf(record: unknown): Promise<RecordProblem[]> {
    const problems = validateProcedureRecord(record);
    if (problems.some((problem) => problem.path.startsWith('onlineLevels'))) return problems;
    const codes = (record as ProcedureRecord).onlineLevels.map((entry) => entry.agencyCode);
    const known = await this.versions.agencyIdsByCode(codes);
    const unknown = codes.filter((code) => !known.has(code));
    const successors = unknown.length > 0 ? await this.agencies.currentAgenciesFor(unknown) : new Map<string, AgencySummary>();
    (record as ProcedureRecord).onlineLevels.forEach((entry, index) => {
      if (known.has(entry.agencyCode)) return;
      const successor = successors.get(entry.agencyCode);
      problems.push({
        path: `onlineLevels[${index}].agencyCode`, code: 'UNKNOWN_AGENCY',
        message: successor
          ? {
            vi: `Cơ quan mã ${entry.agencyCode} đã sáp nhập vào ${successor.name}; hãy dùng mã ${successor.code}`,
            en: `Agency ${entry.agencyCode} was merged into ${successor.name}; use ${successor.code}`,
          }
          : { vi: `Không có cơ quan mã ${entry.agencyCode}`, en: `No current agency ${entry.agencyCode}` },
      });
    });
    return problems;
  }

  async list(actor: Actor, query: AdminProcedureQuery): Promise<Page<AdminProcedureRow>> {
    assertCatalogueAdmin(actor);
    const page = query.page ?? 1;
    const size = query.size ?? DEFAULT_PAGE_SIZE;
    const { rows, total } = await this.versions.list(query, size, (page - 1) * size);
    return { items: rows, total, page, size };
  }

  async history(actor: Actor, code: string): Promise<ProcedureVersionSummary[]> {
    assertCatalogueAdmin(actor);
    return (await this.versions.history(code)).map(toVersionSummary);
  }

  async get(actor: Actor, id: string): Promise<ProcedureVersionDetail> {
    assertCatalogueAdmin(actor);
    const version = await this.versions.version(id);
    if (!version) throw versionNotFound();
    return { ...toVersionSummary(version), record: version.record, problems: version.status === 'draft' ? await this.problemsOf(version.record) : [] };
  }

  /** A new draft from a record (a new procedure, or the next version of an existing one without a draft). */
  async createDraft(actor: Actor, record: unknown): Promise<ProcedureVersionDetail> {
    assertCatalogueAdmin(actor);
    const problems = await this.problemsOf(record);
    if (problems.length > 0) throw invalidRecord(problems);
    const valid = record as ProcedureRecord;
    const id = await this.versions.transaction(async (manager) => {
      const procedure = await this.versions.lockProcedure(manager, valid.code);
      if (procedure.draftId) throw this.draftExists(valid.code);
      return this.versions.insertDraft(manager, procedure.procedureId, procedure.nextVersion, valid, actor.fullName);
    });
    return this.get(actor, id);
  }

  /**
   * Editing a published procedure starts from a copy of it: a new draft (published versions never change). Agencies
   * merged since its publication are replaced by their successors in the copy (the diff with the published version
   * shows it), so the draft can be published without hunting for the new codes.
   */
  async draftFromPublished(actor: Actor, code: string): Promise<ProcedureVersionDetail> {
    assertCatalogueAdmin(actor);
    const [latest] = await this.versions.history(code);
    if (!latest) throw new NotFoundError('CATALOGUE.PROCEDURE_NOT_FOUND', `Không tìm thấy thủ tục "${code}" / Procedure "${code}" was not found`);
    const source = await this.versions.version(latest.id);
    if (!source) throw versionNotFound();
    const id = await this.versions.transaction(async (manager) => {
      const procedure = await this.versions.lockProcedure(manager, code);
      if (procedure.draftId) throw this.draftExists(code);
      return this.versions.insertDraft(manager, procedure.procedureId, procedure.nextVersion, await this.withSuccessors(source.record), actor.fullName);
    });
    return this.get(actor, id);
  }

  private async withSuccessors(record: ProcedureRecord): Promise<ProcedureRecord> {
    const current = await this.agencies.currentAgenciesFor(record.onlineLevels.map((entry) => entry.agencyCode));
    const successorOf = new Map([...current].filter(([code, agency]) => agency.code !== code).map(([code, agency]) => [code, agency.code]));
    return successorOf.size === 0 ? record : { ...record, onlineLevels: onlineLevelsAfterMergers(record.onlineLevels, successorOf) };
  }

  async editDraft(actor: Actor, id: string, record: unknown): Promise<ProcedureVersionDetail> {
    assertCatalogueAdmin(actor);
    const version = await this.versions.version(id);
    if (!version) throw versionNotFound();
    if (version.status !== 'draft') throw this.notDraft();
    if (version.scheduled_publication) {
      throw new ConflictError(
        'CATALOGUE.SCHEDULED',
        `Bản nháp đã hẹn công bố ngày ${version.scheduled_publication.effectiveFrom}; hãy hủy hẹn trước khi sửa / ` +
          `The draft is scheduled for publication on ${version.scheduled_publication.effectiveFrom}; cancel the schedule to edit it`,
      );
    }
    const problems = await this.problemsOf(record);
    if (problems.length > 0) throw invalidRecord(problems);
    if ((record as ProcedureRecord).code !== version.procedure_code) {
      throw new InvalidInputError('CATALOGUE.CODE_CHANGED', 'Không được đổi mã thủ tục của một bản nháp / A draft keeps its procedure code', [
        { field: 'code', code: 'CODE_CHANGED', message: version.procedure_code },
      ]);
    }
    const saved = await this.versions.transaction((manager) => this.versions.updateDraft(manager, id, record as ProcedureRecord));
    if (!saved) throw this.notDraft();
    return this.get(actor, id);
  }

  async deleteDraft(actor: Actor, id: string): Promise<void> {
    assertCatalogueAdmin(actor);
    const deleted = await this.versions.transaction((manager) => this.versions.deleteDraft(manager, id));
    if (!deleted) throw this.notDraft();
  }

  /**
   * Publishes a draft by a decision. Effective today or earlier: at once. Effective on a later day: the draft is
   * scheduled (checked now, so it will not fail then) and the worker publishes it that day (publishScheduled).
   */
  async publish(actor: Actor, id: string, request: PublishVersionRequest, now = new Date()): Promise<ProcedureVersionDetail> {
    assertCatalogueAdmin(actor);
    const version = await this.versions.version(id);
    if (!version) throw versionNotFound();
    if (version.status !== 'draft') throw this.notDraft();
    const today = toLocalDate(now);
    if (request.decisionDate > today) {
      throw new UnprocessableError('CATALOGUE.DECISION_LATER', 'Ngày quyết định không được sau hôm nay / The decision date cannot be after today', [
        { field: 'decisionDate', code: 'AFTER_TODAY', message: today },
      ]);
    }
    if (request.effectiveFrom < request.decisionDate) {
      throw new UnprocessableError('CATALOGUE.EFFECTIVE_BEFORE_DECISION', 'Ngày hiệu lực không được trước ngày quyết định / The effective date cannot be before the decision date', [
        { field: 'effectiveFrom', code: 'BEFORE_DECISION', message: request.decisionDate },
      ]);
    }
    const problems = await this.problemsOf(version.record);
    if (problems.length > 0) throw invalidRecord(problems);
    const decision = { number: request.decisionNumber.trim(), date: request.decisionDate, effectiveFrom: request.effectiveFrom };
    if (request.effectiveFrom > today) {
      const schedule: ScheduledPublication = {
        decisionNumber: decision.number, decisionDate: decision.date, effectiveFrom: decision.effectiveFrom, scheduledBy: actor.fullName,
        scheduledAt: now.toISOString(),
      };
      await this.versions.transaction(async (manager) => {
        if (!(await this.versions.setScheduledPublication(manager, id, schedule))) throw this.notDraft();
        await this.audit.record(manager, actor, 'catalogue.schedule', { type: 'procedure_version', id }, {
          code: version.procedure_code, versionNumber: version.version_number, decision: decision.number, effectiveFrom: decision.effectiveFrom,
        });
      });
      return this.get(actor, id);
    }
    if (!(await this.publishNow(actor, version, decision))) throw this.notDraft();
    return this.get(actor, id);
  }

  /** Takes back a scheduled publication: the version stays a draft, editable again. */
  async cancelSchedule(actor: Actor, id: string): Promise<ProcedureVersionDetail> {
    assertCatalogueAdmin(actor);
    const version = await this.versions.version(id);
    if (!version) throw versionNotFound();
    if (!version.scheduled_publication) {
      throw new ConflictError('CATALOGUE.NOT_SCHEDULED', 'Bản nháp này chưa được hẹn ngày công bố / This draft is not scheduled for publication');
    }
    await this.versions.transaction(async (manager) => {
      await this.versions.setScheduledPublication(manager, id, null);
      await this.audit.record(manager, actor, 'catalogue.schedule-cancelled', { type: 'procedure_version', id }, {
        code: version.procedure_code, effectiveFrom: version.scheduled_publication?.effectiveFrom,
      });
    });
    return this.get(actor, id);
  }

  /**
   * The worker's daily part: publishes every scheduled draft whose effective date has come. A draft that no longer
   * passes the checks (an agency closed since, say) stays scheduled and fails the job, so it shows among failed jobs.
   */
  async publishScheduled(now = new Date()): Promise<{ published: number }> {
    const due = await this.versions.dueScheduledDrafts(toLocalDate(now));
    const failures: string[] = [];
    let published = 0;
    for (const id of due) {
      const version = await this.versions.version(id);
      const schedule = version?.scheduled_publication;
      if (!version || !schedule || version.status !== 'draft') continue;
      const problems = await this.problemsOf(version.record);
      if (problems.length > 0) {
        failures.push(`${version.procedure_code} v${version.version_number}: ${problems.map((problem) => `${problem.path} ${problem.code}`).join(', ')}`);
        continue;
      }
      const done = await this.publishNow({ userId: null, fullName: schedule.scheduledBy }, version, {
        number: schedule.decisionNumber, date: schedule.decisionDate, effectiveFrom: schedule.effectiveFrom,
      });
      if (done) published += 1;
    }
    if (published > 0) this.logger.log({ published }, 'scheduled procedure versions published');
    if (failures.length > 0) throw new Error(`scheduled publications that no longer pass the checks: ${failures.join('; ')}`);
    return { published };
  }

  /** False when the version stopped being a draft meanwhile (published by someone else, or deleted). */
  private async publishNow(
    actor: { userId: string | null; fullName: string },
    version: NonNullable<Awaited<ReturnType<ProcedureVersionsRepository['version']>>>,
    decision: { number: string; date: string; effectiveFrom: string },
  ): Promise<boolean> {
    const agencyIds = await this.versions.agencyIdsByCode(version.record.onlineLevels.map((entry) => entry.agencyCode));
    const published = await this.versions.transaction(async (manager) => {
      // The procedure's lock makes the draft check and the publication one step for concurrent publishers.
      await this.versions.lockProcedure(manager, version.procedure_code);
      if (!(await this.versions.isDraft(manager, version.id))) return false;
      const retired = await this.versions.publish(manager, version, decision, actor.fullName, agencyIds);
      await this.audit.record(manager, actor, 'catalogue.publish', { type: 'procedure_version', id: version.id }, {
        code: version.procedure_code, versionNumber: version.version_number, decision: decision.number, retiredVersionId: retired,
      });
      return true;
    });
    if (published) this.catalogue.catalogueChanged();
    return published;
  }

  async retire(actor: Actor, id: string, reason: string): Promise<ProcedureVersionDetail> {
    assertCatalogueAdmin(actor);
    const version = await this.versions.version(id);
    if (!version) throw versionNotFound();
    await this.versions.transaction(async (manager) => {
      if (!(await this.versions.retire(manager, id, reason.trim()))) {
        throw new ConflictError('CATALOGUE.NOT_PUBLISHED', 'Chỉ phiên bản đang công bố mới bãi bỏ được / Only the published version can be retired');
      }
      await this.audit.record(manager, actor, 'catalogue.retire', { type: 'procedure_version', id }, { code: version.procedure_code, reason });
    });
    this.catalogue.catalogueChanged();
    return this.get(actor, id);
  }

  async diff(actor: Actor, id: string, againstId: string): Promise<VersionDiff> {
    assertCatalogueAdmin(actor);
    const [from, to] = await Promise.all([this.versions.version(againstId), this.versions.version(id)]);
    if (!from || !to) throw versionNotFound();
    if (from.procedure_id !== to.procedure_id) {
      throw new InvalidInputError('CATALOGUE.DIFFERENT_PROCEDURES', 'Chỉ so sánh được hai phiên bản của cùng một thủ tục / Compare two versions of the same procedure');
    }
    return {
      from: { id: from.id, versionNumber: from.version_number, status: from.status },
      to: { id: to.id, versionNumber: to.version_number, status: to.status },
      changes: diffRecords(from.record, to.record),
    };
  }


  private draftExists(code: string): ConflictError {
    return new ConflictError('CATALOGUE.DRAFT_EXISTS', `Thủ tục ${code} đã có một bản nháp; hãy sửa bản nháp đó / Procedure ${code} already has a draft; edit it`);
  }

  private notDraft(): ConflictError {
    return new ConflictError('CATALOGUE.NOT_DRAFT', 'Chỉ sửa, xóa, công bố được bản nháp / Only a draft can be edited, deleted or published');
  }
}
