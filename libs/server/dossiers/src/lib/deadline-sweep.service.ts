import { Inject, Injectable, Logger } from '@nestjs/common';
import { classifyOpen, SUPPLEMENT_EXPIRY, toLocalDate, type LocalDate } from '@dvc/shared/domain';
import { AppConfig, OutboxWriter } from '@dvc/server/core';
import { DeadlinesService } from './deadlines.service';
import { DossiersRepository } from './dossiers.repository';
import { SweepRepository } from './sweep.repository';

/**
 * The worker's recurring look at the clock: announces dossiers and steps at risk or overdue (to their assignee and
 * leaders) and unanswered supplement requests (to the applicant), each once; closes dossiers whose supplement never
 * came; and rolls up the day's statistics. Everything it announces goes through the outbox.
 */
@Injectable()
export class DeadlineSweepService {
  private readonly logger = new Logger(DeadlineSweepService.name);

  constructor(
    private readonly sweep: SweepRepository,
    private readonly repository: DossiersRepository,
    private readonly deadlines: DeadlinesService,
    private readonly outbox: OutboxWriter,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async sweepDeadlines(now = new Date()): Promise<{ alerts: number; reminders: number }> {
    const atRiskMinutes = this.config.AT_RISK_WORKING_HOURS * 60;
    let alerts = 0;
    for (const candidate of await this.sweep.openDueSoon(now)) {
      const calendar = await this.deadlines.calendarOf(candidate);
      const kind = classifyOpen(now, candidate.due_at, calendar, atRiskMinutes);
      if (kind === 'within_time') continue;
      const alertKind = candidate.step_id ? (kind === 'overdue' ? 'step_overdue' : 'step_at_risk') : kind;
      const dueAt = candidate.due_at.toISOString();
      const created = await this.repository.transaction(async (manager) => {
        const alertId = await this.sweep.recordAlert(manager, candidate.dossier_id, alertKind, `${candidate.step_id ?? 'dossier'}@${dueAt}`);
        if (!alertId) return false;
        const recipients = await this.sweep.staffToTell(candidate.dossier_id, candidate.assignee_user_id);
        await this.outbox.write(manager, 'dossier.deadline-alert', candidate.dossier_id, {
          alertId, dossierId: candidate.dossier_id, kind: alertKind, dueAt, recipientUserIds: recipients,
        }, null);
        return true;
      });
      if (created) alerts += 1;
    }

    let reminders = 0;
    for (const request of await this.sweep.unansweredSupplements()) {
      const calendar = await this.deadlines.calendarOf(request);
      if (calendar.workingMinutesBetween(request.requested_at, now) < this.config.SUPPLEMENT_REMINDER_WORKING_DAYS * calendar.minutesPerDay) continue;
      const created = await this.repository.transaction(async (manager) => {
        if (!(await this.sweep.recordAlert(manager, request.dossier_id, 'supplement_reminder', request.event_id))) return false;
        await this.outbox.write(manager, 'dossier.supplement-reminder', request.dossier_id, { dossierId: request.dossier_id, eventId: request.event_id }, null);
        return true;
      });
      if (created) reminders += 1;
    }
    if (alerts + reminders > 0) this.logger.log({ alerts, reminders }, 'deadline sweep');
    return { alerts, reminders };
  }

  /** Closes dossiers whose supplement request went unanswered for the legal limit (a system event in their history). */
  async closeExpiredSupplements(now = new Date()): Promise<number> {
    let closed = 0;
    for (const request of await this.sweep.unansweredSupplements()) {
      const calendar = await this.deadlines.calendarOf(request);
      if (calendar.workingMinutesBetween(request.requested_at, now) < this.config.SUPPLEMENT_LIMIT_WORKING_DAYS * calendar.minutesPerDay) continue;
      const done = await this.repository.transaction(async (manager) => {
        const changed = await this.repository.changeState(manager, request.dossier_id, request.version, {
          status: SUPPLEMENT_EXPIRY.to, pausedFromStatus: null, finishedAt: now, finishClass: null,
        });
        if (!changed) return false;
        const eventId = await this.repository.appendEvent(manager, {
          dossierId: request.dossier_id, action: 'supplement_expired', fromStatus: SUPPLEMENT_EXPIRY.from, toStatus: SUPPLEMENT_EXPIRY.to,
          actorUserId: null, actorName: 'Hệ thống / System', actorRole: 'system',
          reason: `Quá ${this.config.SUPPLEMENT_LIMIT_WORKING_DAYS} ngày làm việc không nhận được hồ sơ bổ sung / No supplement within ${this.config.SUPPLEMENT_LIMIT_WORKING_DAYS} working days`,
          payload: {}, occurredAt: now,
        });
        await this.outbox.write(manager, 'dossier.status-changed', request.dossier_id, {
          dossierId: request.dossier_id, eventId, action: 'supplement_expired', fromStatus: SUPPLEMENT_EXPIRY.from, toStatus: SUPPLEMENT_EXPIRY.to,
        }, null);
        return true;
      });
      if (done) closed += 1;
    }
    if (closed > 0) this.logger.log({ closed }, 'dossiers closed for an unanswered supplement');
    return closed;
  }

  /** The day's figures per agency (received, finished by class, open by class, paused), recomputed idempotently. */
  async rollUpStatistics(day: LocalDate = toLocalDate(new Date(Date.now() - 86_400_000))): Promise<number> {
    return this.sweep.rollUp(day);
  }
}
