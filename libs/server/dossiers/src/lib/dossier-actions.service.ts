import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  agencyExistsOn, checkApology, classifyFinished, decideTransition, planSteps, toLocalDate, type ClockEffect, type ClockEvent, type DossierAction,
  type DossierStatus, type ProcessStep, type WorkingCalendar,
} from '@dvc/shared/domain';
import type { DossierDetail } from '@dvc/shared/contracts';
import {
  Actor, ConflictError, ForbiddenError, InvalidInputError, NotFoundError, OutboxWriter, UnprocessableError,
} from '@dvc/server/core';
import { CatalogueRepository, type ProcedureVersionEntity } from '@dvc/server/catalogue';
import { DeadlinesService, internalProcessOf } from './deadlines.service';
import { scopeRefusal } from './dossier-access';
import type { DossierRow, EventPayload } from './dossier-views';
import { DossiersRepository, type StateChange } from './dossiers.repository';
import { DossiersService } from './dossiers.service';
import type { DossierActionDto } from './dto/dossier.dto';
import { AttachmentValidator } from './files/attachment-validator';

const PAUSE_STATUSES: ReadonlySet<DossierStatus> = new Set(['supplement_requested', 'payment_requested']);

function fieldRequired(field: string, message: string): InvalidInputError {
  return new InvalidInputError('DOSSIER.FIELD_REQUIRED', message, [{ field, code: 'REQUIRED', message }]);
}

/** What an action checked and prepared before the transaction that applies it. */
interface Prepared {
  change: StateChange;
  payload: EventPayload;
  clockEvent: ClockEvent | null;
  /** Extra writes inside the transaction (steps, files), after the state change won. */
  writes: ((manager: EntityManager) => Promise<void>)[];
}

/**
 * Moves a dossier through its lifecycle. One call, one transaction: the dossier row (guarded by the version the actor
 * saw), the steps of its internal process, the event in its hash-chained history (with the clock event that explains
 * the new due date) and an outbox row. Rules come from the pure domain lib; this class checks the actor's scope, the
 * fields each action needs, and writes.
 */
@Injectable()
export class DossierActionsService {
  constructor(
    private readonly repository: DossiersRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly deadlines: DeadlinesService,
    private readonly dossiers: DossiersService,
    private readonly attachments: AttachmentValidator,
    private readonly outbox: OutboxWriter,
  ) {}

  async act(actor: Actor, dossierId: string, action: DossierAction, request: DossierActionDto, correlationId: string | null, now = new Date()): Promise<DossierDetail> {
    const dossier = await this.dossiers.readable(actor, dossierId);
    // A stale version first: whatever else is wrong, the actor must reload what changed under them.
    if (request.version !== dossier.version) throw this.dossiers.versionConflict();
    const refusal = scopeRefusal(actor, dossier, action);
    const version = await this.deadlines.procedureVersion(dossier.procedure_version_id);
    const consultation = action === 'record_consultation' ? await this.repository.openConsultation(dossier.id) : null;
    const decision = decideTransition({
      role: actor.role,
      status: dossier.status,
      action,
      resumeTo: dossier.paused_from_status,
      reason: request.reason ?? null,
      options: {
        supplementRestarts: version.supplementRestarts,
        consultationCounts: action === 'consult' ? request.consultationCounts !== false : (consultation?.counts_toward_deadline ?? true),
        clockStarted: dossier.received_at !== null,
      },
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
    if (refusal) throw refusal;

    const calendar = await this.deadlines.calendarOf(dossier);
    const prepared = await this.prepare(actor, dossier, version, action, request, decision.clock, calendar, now);
    prepared.change.status = decision.to;
    prepared.change.pausedFromStatus = PAUSE_STATUSES.has(decision.to) ? dossier.status : null;
    if (decision.finishes) {
      prepared.change.finishedAt = now;
      prepared.change.finishClass = dossier.due_at ? classifyFinished(now, dossier.due_at) : null;
    }
    if (prepared.clockEvent && prepared.clockEvent.kind !== 'finished') {
      const state = await this.deadlines.replay(dossier, version, prepared.clockEvent);
      prepared.change.dueAt = state.dueAt;
      // Every move of the appointment is in the history: the national portal reports old and new dates per round.
      if ((dossier.due_at?.getTime() ?? null) !== (state.dueAt?.getTime() ?? null)) {
        prepared.payload.previousDueAt ??= dossier.due_at?.toISOString() ?? null;
        if (state.dueAt) prepared.payload.newDueAt ??= state.dueAt.toISOString();
      }
    }
    const processingAgencyId = prepared.change.processingAgencyId ?? dossier.processing_agency_id;
    const assigneeUserId = prepared.change.assigneeUserId !== undefined ? prepared.change.assigneeUserId : dossier.assignee_user_id;
    const stepWrites = await this.stepWrites(actor, dossier, version, decision.to, calendar, now, {
      processingAgencyId, assigneeUserId, dossierDueAt: prepared.change.dueAt !== undefined ? prepared.change.dueAt : dossier.due_at,
    });

    await this.repository.transaction(async (manager) => {
      if (!(await this.repository.changeState(manager, dossier.id, request.version, prepared.change))) throw this.dossiers.versionConflict();
      for (const write of [...stepWrites, ...prepared.writes]) await write(manager);
      const payload: EventPayload = { ...prepared.payload };
      if (prepared.clockEvent) payload.clock = serialiseClock(prepared.clockEvent);
      await this.dossiers.recordEvent(manager, dossier.id, actor, action, dossier.status, decision.to, request.reason?.trim() || null, payload, correlationId, now);
    });
    return this.dossiers.get(actor, dossier.id, now);
  }

  /** The fields each action needs, checked and turned into the state change, the event details and extra writes. */
  private async prepare(
    actor: Actor,
    dossier: DossierRow,
    version: ProcedureVersionEntity,
    action: DossierAction,
    request: DossierActionDto,
    effect: ClockEffect | null,
    calendar: WorkingCalendar,
    now: Date,
  ): Promise<Prepared> {
    const prepared: Prepared = { change: { status: dossier.status, pausedFromStatus: null }, payload: {}, clockEvent: clockEventOf(effect, now), writes: [] };
    switch (action) {
      case 'accept':
        prepared.change.receivedAt = now;
        break;
      case 'request_supplement':
        if (!request.items?.length) {
          throw fieldRequired('items', 'Hãy liệt kê đầy đủ các giấy tờ cần bổ sung, một lần / List every item to supplement, in one go');
        }
        prepared.payload.items = request.items.map((item) => item.trim()).filter(Boolean);
        break;
      case 'submit_supplement': {
        if (!request.attachments?.length) {
          throw fieldRequired('attachments', 'Hãy đính kèm giấy tờ bổ sung / Attach the supplementary documents');
        }
        await this.attachments.check(actor, version.components, request.attachments, { requireAllRequired: false, field: 'attachments' });
        const files = request.attachments.map((attachment) => ({ storedFileId: attachment.fileId, componentCode: attachment.componentCode, kind: 'attachment' as const }));
        prepared.writes.push((manager) => this.repository.attachFiles(manager, dossier.id, files));
        prepared.payload.attachmentCount = files.length;
        break;
      }
      case 'transfer': {
        const agency = await this.targetAgency(request.agencyId, 'agencyId', dossier.processing_agency_id, now);
        prepared.change.processingAgencyId = agency.id;
        prepared.change.assigneeUserId = null;
        prepared.payload.agencyName = agency.name;
        break;
      }
      case 'claim':
        prepared.change.assigneeUserId = actor.userId;
        prepared.payload.assigneeName = actor.fullName;
        break;
      case 'reassign': {
        if (!request.assigneeId) throw fieldRequired('assigneeId', 'Hãy chọn chuyên viên xử lý / Choose the specialist');
        const specialists = await this.repository.staffOf(dossier.processing_agency_id, 'specialist');
        const assignee = specialists.find((candidate) => candidate.id === request.assigneeId);
        if (!assignee) {
          throw new UnprocessableError('DOSSIER.ASSIGNEE_INVALID', 'Người được chọn không phải chuyên viên của cơ quan xử lý / The chosen person is not a specialist of the processing agency', [
            { field: 'assigneeId', code: 'INVALID', message: 'not a specialist of the processing agency' },
          ]);
        }
        prepared.change.assigneeUserId = assignee.id;
        prepared.payload.assigneeName = assignee.full_name;
        break;
      }
      case 'consult': {
        const agency = await this.targetAgency(request.agencyId, 'agencyId', dossier.processing_agency_id, now);
        if (!request.consultationDueDate) {
          throw fieldRequired('consultationDueDate', 'Hãy nêu hạn trả lời của cơ quan phối hợp / Give the date the coordinating agency must answer by');
        }
        if (request.consultationDueDate < toLocalDate(now)) {
          throw new InvalidInputError('DOSSIER.CONSULTATION_DATE_PAST', 'Hạn trả lời không được ở quá khứ / The answer date cannot be in the past', [
            { field: 'consultationDueDate', code: 'MIN_DATE', message: toLocalDate(now) },
          ]);
        }
        const counts = request.consultationCounts !== false;
        const day = request.consultationDueDate;
        const dueAt = calendar.closingOf(calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day));
        prepared.writes.push((manager) => this.repository.insertStep(manager, {
          dossierId: dossier.id, kind: 'consultation', templateIndex: null, code: 'PHOI_HOP', name: `Lấy ý kiến ${agency.name}`,
          role: 'coordinating_agency', agencyId: agency.id, assigneeUserId: null, handedOverBy: actor.fullName, startedAt: now, dueAt,
          countsTowardDeadline: counts, note: request.reason?.trim() ?? null,
        }));
        Object.assign(prepared.payload, { agencyName: agency.name, consultationDueDate: day, consultationCounts: counts });
        break;
      }
      case 'record_consultation': {
        const open = await this.repository.openConsultation(dossier.id);
        prepared.writes.push((manager) => this.repository.closeOpenSteps(manager, dossier.id, 'consultation', now, actor.fullName, request.reason?.trim() ?? null));
        if (open && !open.counts_toward_deadline) {
          // The appraisal step gets back the office time its consultation did not count.
          const paused = calendar.workingMinutesBetween(open.started_at, now);
          const step = await this.repository.openProcessStep(dossier.id);
          if (step?.due_at) {
            const dueAt = calendar.addWorkingMinutes(step.due_at, paused);
            prepared.writes.push((manager) => this.repository.extendOpenProcessStep(manager, dossier.id, dueAt));
          }
        }
        break;
      }
      case 'request_payment': {
        const amount = request.amount ?? version.feeTotal;
        prepared.payload.amount = amount;
        break;
      }
      case 'apologise': {
        if (!request.newDueAt) throw fieldRequired('newDueAt', 'Hãy chọn ngày hẹn trả mới / Choose the new appointment');
        const newDueAt = new Date(request.newDueAt);
        const state = await this.deadlines.replay(dossier, version);
        const currentDue = state.dueAt ?? dossier.due_at;
        if (!currentDue) throw new ConflictError('DOSSIER.CLOCK_NOT_RUNNING', 'Thời hạn đang tạm dừng, chưa thể hẹn lại / The clock is paused; the date cannot be moved now');
        const apology = checkApology(now, currentDue, newDueAt, state.extensions);
        if (apology) {
          const field = [{ field: 'newDueAt', code: apology.code, message: apology.message }];
          switch (apology.code) {
            case 'DOSSIER.APOLOGY_ALREADY_GIVEN':
              throw new ConflictError(apology.code, apology.message, field);
            case 'DOSSIER.APOLOGY_TOO_LATE':
              throw new UnprocessableError(apology.code, apology.message, field);
            case 'DOSSIER.NEW_DATE_NOT_LATER':
              throw new InvalidInputError(apology.code, apology.message, field);
          }
        }
        prepared.clockEvent = { kind: 'extended', at: now, newDueAt };
        Object.assign(prepared.payload, { previousDueAt: currentDue.toISOString(), newDueAt: newDueAt.toISOString() });
        break;
      }
      case 'return_result': {
        if (!(await this.repository.hasResult(dossier.id))) {
          throw new ConflictError('DOSSIER.RESULT_NOT_READY', 'Văn bản kết quả đang được tạo, vui lòng thử lại sau ít phút / The result document is still being generated; retry shortly');
        }
        if (!request.returnMethod) throw fieldRequired('returnMethod', 'Hãy chọn hình thức trả kết quả / Choose how the result is returned');
        if (request.returnMethod === 'counter' && !request.collectedBy?.trim()) {
          throw fieldRequired('collectedBy', 'Hãy ghi tên người nhận kết quả / Record who collected the result');
        }
        if (request.returnMethod === 'post' && !request.waybill) throw fieldRequired('waybill', 'Hãy ghi số vận đơn / Record the waybill number');
        prepared.change.returnedAt = now;
        prepared.change.returnMethod = request.returnMethod;
        Object.assign(prepared.payload, {
          returnMethod: request.returnMethod,
          ...(request.returnMethod === 'counter' ? { collectedBy: request.collectedBy?.trim() } : {}),
          ...(request.returnMethod === 'post' ? { waybill: request.waybill } : {}),
        });
        break;
      }
      case 'submit':
      case 'refuse':
      case 'process':
      case 'approve':
      case 'send_back':
      case 'confirm_payment':
      case 'withdraw':
        break;
    }
    return prepared;
  }

  /** The internal-process steps this status change closes and opens (a hand-over), as writes for the transaction. */
  private async stepWrites(
    actor: Actor,
    dossier: DossierRow,
    version: ProcedureVersionEntity,
    to: DossierStatus,
    calendar: WorkingCalendar,
    now: Date,
    after: { processingAgencyId: string; assigneeUserId: string | null; dossierDueAt: Date | null },
  ): Promise<((manager: EntityManager) => Promise<void>)[]> {
    const template: ProcessStep[] = internalProcessOf(version, calendar, dossier.received_at ?? now);
    const plan = planSteps(template, await this.repository.lastOpenedTemplateIndex(dossier.id), dossier.status, to);
    const writes: ((manager: EntityManager) => Promise<void>)[] = [];
    if (plan.closeOpen) writes.push((manager) => this.repository.closeOpenSteps(manager, dossier.id, 'process', now, actor.fullName));
    if (plan.open) {
      const { index, step } = plan.open;
      const start = to === 'received' ? calendar.clockStart(now) : calendar.nextOfficeInstant(now);
      const stepDue = calendar.addWorkingMinutes(start, step.hours * 60);
      const dueAt = after.dossierDueAt && after.dossierDueAt < stepDue ? after.dossierDueAt : stepDue;
      writes.push((manager) => this.repository.insertStep(manager, {
        dossierId: dossier.id, kind: 'process', templateIndex: index, code: step.code, name: step.name, role: step.role,
        agencyId: step.role === 'desk_officer' ? dossier.agency_id : after.processingAgencyId,
        assigneeUserId: step.role === 'specialist' ? after.assigneeUserId : null, handedOverBy: actor.fullName, startedAt: now, dueAt,
        countsTowardDeadline: true,
      }));
    } else if (after.assigneeUserId && after.assigneeUserId !== dossier.assignee_user_id && to === 'in_processing') {
      const assignee = after.assigneeUserId;
      writes.push((manager) => this.repository.setOpenStepAssignee(manager, dossier.id, assignee));
    }
    return writes;
  }

  /** An agency that exists on the action's day, other than the one processing the dossier now. */
  private async targetAgency(agencyId: string | undefined, field: string, currentAgencyId: string, now: Date): Promise<{ id: string; name: string }> {
    if (!agencyId) throw fieldRequired(field, 'Hãy chọn cơ quan / Choose the agency');
    const agency = await this.catalogue.findAgency(agencyId);
    if (!agency || !agencyExistsOn(agency, toLocalDate(now))) {
      throw new NotFoundError('CATALOGUE.AGENCY_NOT_FOUND', 'Không tìm thấy cơ quan (hoặc cơ quan đã giải thể) / Agency not found (or dissolved)', [
        { field, code: 'NOT_FOUND', message: agencyId },
      ]);
    }
    if (agency.id === currentAgencyId) {
      throw new InvalidInputError('DOSSIER.SAME_AGENCY', 'Hãy chọn một cơ quan khác cơ quan đang xử lý / Choose an agency other than the one processing it', [
        { field, code: 'SAME_AGENCY', message: agency.name },
      ]);
    }
    return { id: agency.id, name: agency.name };
  }
}

function clockEventOf(effect: ClockEffect | null, at: Date): ClockEvent | null {
  if (!effect) return null;
  switch (effect.kind) {
    case 'start':
      return { kind: 'started', at };
    case 'pause':
      return { kind: 'paused', at, reason: effect.reason };
    case 'resume':
      return { kind: 'resumed', at };
    case 'restart':
      return { kind: 'restarted', at };
    case 'finish':
      return { kind: 'finished', at };
    case 'extend':
      // The new date comes with the request; `prepare` replaces this placeholder.
      return { kind: 'extended', at, newDueAt: at };
  }
}

function serialiseClock(event: ClockEvent): NonNullable<EventPayload['clock']> {
  switch (event.kind) {
    case 'paused':
      return { kind: event.kind, at: event.at.toISOString(), reason: event.reason };
    case 'extended':
      return { kind: event.kind, at: event.at.toISOString(), newDueAt: event.newDueAt.toISOString() };
    case 'started':
    case 'resumed':
    case 'restarted':
    case 'finished':
      return { kind: event.kind, at: event.at.toISOString() };
  }
}
