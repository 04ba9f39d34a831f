import type { DossierStatus, FinishedClass, Label, OpenClass } from '@dvc/shared/domain';
import { M } from '../i18n/messages';

/** The server's deadline class, or "paused" while the clock waits for the applicant. */
export type DeadlineTag = OpenClass | FinishedClass | 'paused';

export interface DeadlineInput {
  status: DossierStatus;
  receivedAt: string | null;
  deadlineClass: OpenClass | FinishedClass | null;
}

const PAUSED: ReadonlySet<DossierStatus> = new Set(['supplement_requested', 'payment_requested']);

/**
 * The tag next to an appointment. The class is the server's (counted in office minutes against the agency's
 * calendar, like the reports): open dossiers are within time / at risk / overdue, finished ones early / on time /
 * late. A received dossier waiting for a supplement or a payment is paused (it has no appointment while the clock
 * stands still); a dossier not yet received has no tag.
 */
export function deadlineTag(dossier: DeadlineInput): DeadlineTag | null {
  if (PAUSED.has(dossier.status)) return dossier.receivedAt ? 'paused' : null;
  return dossier.deadlineClass;
}

export const DEADLINE_LABELS: Record<DeadlineTag, Label> = {
  within_time: M.deadlineWithinTime,
  at_risk: M.deadlineAtRisk,
  overdue: M.deadlineOverdue,
  early: M.deadlineEarly,
  on_time: M.deadlineOnTime,
  late: M.deadlineLate,
  paused: M.deadlinePaused,
};
