import type { PublishVersionRequest, RetireVersionRequest } from '@dvc/shared/contracts';
import { isLocalDate } from '../calendar/calendar-day-form';

export type PublishField = keyof PublishVersionRequest;
export type PublishProblem = { field: PublishField; kind: 'required' | 'date' | 'after_today' };

/** A publication starts from today's decision taking effect today; the admin changes what differs. */
export function publishDefaults(today: string): PublishVersionRequest {
  return { decisionNumber: '', decisionDate: today, effectiveFrom: today };
}

/**
 * What the server would refuse: a decision number under 3 characters, dates that are not dates, and dates after today
 * (publication takes effect at once; scheduled publication is not supported).
 */
export function publishProblems(values: PublishVersionRequest, today: string): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (values.decisionNumber.trim().length < 3) problems.push({ field: 'decisionNumber', kind: 'required' });
  for (const field of ['decisionDate', 'effectiveFrom'] as const) {
    const value = values[field];
    if (!isLocalDate(value)) problems.push({ field, kind: 'date' });
    else if (value > today) problems.push({ field, kind: 'after_today' });
  }
  return problems;
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
