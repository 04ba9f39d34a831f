import type { DossierStatus, Label } from '@dvc/shared/domain';
import { M } from '../i18n/messages';
import { DUE_SOON_MS } from './desk.constants';

export type DeadlineState = 'none' | 'overdue' | 'due_soon' | 'on_time' | 'paused';

export interface DeadlineInput {
  status: DossierStatus;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
}

const PAUSED: ReadonlySet<DossierStatus> = new Set(['supplement_requested', 'payment_requested']);

/**
 * Where an open dossier stands against its appointment date, from instants only (so the device's time zone does not
 * matter): past it → overdue; within a day → due soon; otherwise on time. Finished dossiers and dossiers without an
 * appointment get no indicator; received dossiers waiting for a supplement or a payment say "paused" (the API has
 * no appointment for them while the clock is stopped).
 */
export function deadlineState(dossier: DeadlineInput, now: Date): DeadlineState {
  if (dossier.finishedAt || dossier.status === 'result_ready' || dossier.status === 'returned') return 'none';
  if (PAUSED.has(dossier.status)) return dossier.receivedAt ? 'paused' : 'none';
  if (!dossier.dueAt) return 'none';
  const due = Date.parse(dossier.dueAt);
  if (Number.isNaN(due)) return 'none';
  const left = due - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'due_soon' : 'on_time';
}

export const DEADLINE_LABELS: Record<Exclude<DeadlineState, 'none'>, Label> = {
  overdue: M.deadlineOverdue,
  due_soon: M.deadlineSoon,
  on_time: M.deadlineOnTime,
  paused: M.deadlinePaused,
};
