import type { PublishVersionRequest, RetireVersionRequest } from '@dvc/shared/contracts';
import { isLocalDate } from '../calendar/calendar-day-form';

export type PublishField = keyof PublishVersionRequest;
export type PublishProblem = { field: PublishField; kind: 'required' | 'date' | 'after_today' | 'before_decision' };

/** A publication starts from today's decision taking effect today; the admin changes what differs. */
export function publishDefaults(today: string): PublishVersionRequest {
  return { decisionNumber: '', decisionDate: today, effectiveFrom: today };
}

/**
 * What the server would refuse: a decision number under 3 characters, dates that are not dates, a decision dated
 * after today, and an effective date before the decision. An effective date after today is fine: the publication is
 * scheduled for that day.
 */
export function publishProblems(values: PublishVersionRequest, today: string): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (values.decisionNumber.trim().length < 3) problems.push({ field: 'decisionNumber', kind: 'required' });
  if (!isLocalDate(values.decisionDate)) problems.push({ field: 'decisionDate', kind: 'date' });
  else if (values.decisionDate > today) problems.push({ field: 'decisionDate', kind: 'after_today' });
  if (!isLocalDate(values.effectiveFrom)) problems.push({ field: 'effectiveFrom', kind: 'date' });
  else if (isLocalDate(values.decisionDate) && values.effectiveFrom < values.decisionDate) problems.push({ field: 'effectiveFrom', kind: 'before_decision' });
  return problems;
}

/** Whether the publication will wait for its effective date (the worker publishes it that day). */
export function publicationScheduled(values: PublishVersionRequest, today: string): boolean {
  return isLocalDate(values.effectiveFrom) && values.effectiveFrom > today;
}

export function publishRequest(values: PublishVersionRequest): PublishVersionRequest {
  return { decisionNumber: values.decisionNumber.trim(), decisionDate: values.decisionDate, effectiveFrom: values.effectiveFrom };
}

/** The server wants a reason of 3–500 characters (the decision that retires the procedure). */
export function retireProblem(reason: string): boolean {
  return reason.trim().length < 3;
}

export function retireRequest(reason: string): RetireVersionRequest {
  return { reason: reason.trim() };
}
