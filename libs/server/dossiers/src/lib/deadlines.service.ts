import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  classifyOpen, defaultInternalProcess, budgetMinutes, replayClock, type ClockEvent, type ClockState, type FinishedClass, type OpenClass,
  type ProcessStep, type TimeLimit, type WorkingCalendar,
} from '@dvc/shared/domain';
import type { DeadlineView } from '@dvc/shared/contracts';
import { AppConfig } from '@dvc/server/core';
import { CatalogueRepository, CatalogueService, type ProcedureVersionEntity } from '@dvc/server/catalogue';
import type { DossierRow } from './dossier-views';
import { DossiersRepository, type OpenDossierClock } from './dossiers.repository';

const RECOMPUTE_PAGE = 500;
const RECOMPUTE_ATTEMPTS = 3;

export function timeLimitOf(version: ProcedureVersionEntity): TimeLimit {
  return { value: version.timeLimitValue, unit: version.timeLimitUnit };
}

/** The steps a dossier of this procedure follows: its published internal process, or the usual split of the legal time. */
export function internalProcessOf(version: ProcedureVersionEntity, calendar: WorkingCalendar, now: Date): ProcessStep[] {
  if (version.internalProcess.length > 0) return version.internalProcess;
  return defaultInternalProcess(budgetMinutes(calendar, now, timeLimitOf(version)) / 60);
}

/**
 * The legal clock of dossiers: replayed from their history against the calendar of the agency processing them, to
 * explain a due date, classify a dossier, or move open due dates after a calendar change (recording why).
 */
@Injectable()
export class DeadlinesService {
  private readonly logger = new Logger(DeadlinesService.name);

  constructor(
    private readonly repository: DossiersRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly catalogueService: CatalogueService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  calendarOf(dossier: { processing_agency_id: string }, fresh = false): Promise<WorkingCalendar> {
    return this.catalogueService.calendar(dossier.processing_agency_id, { fresh });
  }

  /** Open: within time / at risk / overdue by the stored due date; finished: the class recorded at the finish. */
  async deadlineClassOf(dossier: DossierRow, now = new Date()): Promise<OpenClass | FinishedClass | null> {
    if (dossier.finish_class) return dossier.finish_class;
    if (!dossier.due_at || dossier.finished_at) return null;
    return classifyOpen(now, dossier.due_at, await this.calendarOf(dossier), this.config.AT_RISK_WORKING_HOURS * 60);
  }

  async view(dossier: DossierRow, now = new Date()): Promise<DeadlineView> {
    const [version, events, calendar] = await Promise.all([
      this.procedureVersion(dossier.procedure_version_id),
      this.repository.clockEvents(dossier.id),
      this.calendarOf(dossier),
    ]);
    const state = replayClock(events, timeLimitOf(version), calendar);
    // While the clock runs, what is left is the office time from now to the due date.
    const remaining = state.running && state.dueAt ? calendar.workingMinutesBetween(now, state.dueAt) : state.remainingMinutes;
    return {
      dueAt: dossier.due_at?.toISOString() ?? null,
      running: state.running,
      budgetMinutes: state.budgetMinutes,
      consumedMinutes: Math.max(0, state.budgetMinutes - remaining),
      remainingMinutes: remaining,
      extensions: state.extensions,
      deadlineClass: await this.deadlineClassOf(dossier, now),
      ledger: state.ledger,
    };
  }

  /** The clock after `next` (when given) is added to the dossier's recorded clock events. */
  async replay(dossier: { id: string; processing_agency_id: string }, version: ProcedureVersionEntity, next?: ClockEvent): Promise<ClockState> {
    const [events, calendar] = await Promise.all([this.repository.clockEvents(dossier.id), this.calendarOf(dossier)]);
    return replayClock(next ? [...events, next] : events, timeLimitOf(version), calendar);
  }

  async procedureVersion(id: string): Promise<ProcedureVersionEntity> {
    const version = await this.catalogue.findVersionById(id);
    if (!version) throw new Error(`procedure version ${id} is missing`);
    return version;
  }

  /**
   * After a calendar or office-hours change: replays every open dossier against the fresh calendar and, where its
   * due date moved, stores the new date and records why in its history. Idempotent: a second run moves nothing.
   */
  async recomputeOpenDueDates(change: string): Promise<{ checked: number; moved: number }> {
    const refreshed = new Set<string>();
    let checked = 0;
    let moved = 0;
    let afterId: string | null = null;
    for (;;) {
      const page = await this.repository.openClocksAfter(afterId, RECOMPUTE_PAGE);
      if (page.length === 0) break;
      for (const dossier of page) {
        checked += 1;
        const fresh = !refreshed.has(dossier.processing_agency_id);
        refreshed.add(dossier.processing_agency_id);
        if (await this.recomputeOne(dossier, change, fresh)) moved += 1;
      }
      afterId = page[page.length - 1]?.id ?? null;
    }
    this.logger.log({ checked, moved }, 'open due dates recomputed');
    return { checked, moved };
  }

  private async recomputeOne(dossier: OpenDossierClock, change: string, freshCalendar: boolean): Promise<boolean> {
    let current: OpenDossierClock | null = dossier;
    for (let attempt = 0; attempt < RECOMPUTE_ATTEMPTS && current; attempt += 1) {
      const version = await this.procedureVersion(current.procedure_version_id);
      await this.calendarOf(current, freshCalendar && attempt === 0);
      const state = await this.replay(current, version);
      const previous = current.due_at;
      if ((previous?.getTime() ?? null) === (state.dueAt?.getTime() ?? null)) return false;
      const target = current;
      const saved = await this.repository.transaction(async (manager) => {
        if (!(await this.repository.setDueAt(manager, target.id, target.version, state.dueAt))) return false;
        await this.repository.appendEvent(manager, {
          dossierId: target.id, action: 'deadline_recomputed', fromStatus: target.status, toStatus: target.status,
          actorUserId: null, actorName: 'Hệ thống / System', actorRole: 'system', reason: change,
          payload: { previousDueAt: previous?.toISOString() ?? null, ...(state.dueAt ? { newDueAt: state.dueAt.toISOString() } : {}) },
          occurredAt: new Date(),
        });
        return true;
      });
      if (saved) return true;
      // Someone acted on the dossier meanwhile: read it again and recompute from its new state.
      current = await this.repository.openClock(target.id);
    }
    return false;
  }
}
