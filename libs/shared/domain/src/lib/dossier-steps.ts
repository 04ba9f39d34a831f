import type { DossierStatus, UserRole } from './dossier-lifecycle.types';

/** The roles that hold a dossier between hand-overs. */
export type StepRole = Extract<UserRole, 'desk_officer' | 'specialist' | 'leader'>;

/**
 * One step of a procedure's internal (electronic) process, published with the procedure: who does it and how many
 * working hours it may take. The steps sum to the legal time (procedures.md, "The internal process").
 */
export interface ProcessStep {
  code: string;
  name: string;
  role: StepRole;
  hours: number;
}

/**
 * Who holds the dossier in each status; statuses nobody holds (waiting on the applicant, finished) have none. A
 * consultation is a sub-step of the specialist's step, which stays open.
 */
const HOLDER: Partial<Record<DossierStatus, StepRole>> = {
  received: 'desk_officer',
  in_processing: 'specialist',
  in_consultation: 'specialist',
  awaiting_approval: 'leader',
  result_ready: 'desk_officer',
};

export function holderOf(status: DossierStatus): StepRole | null {
  return HOLDER[status] ?? null;
}

/**
 * The usual split when a procedure publishes no internal process: reception and hand-over, appraisal, approval,
 * return, in the proportions provinces publish (1 : 6 : 2 : 1), rounded to quarter hours and summing to the limit.
 */
export function defaultInternalProcess(totalHours: number): ProcessStep[] {
  const quarter = (hours: number) => Math.max(0.25, Math.round(hours * 4) / 4);
  const reception = quarter(totalHours * 0.1);
  const approval = quarter(totalHours * 0.2);
  const returning = quarter(totalHours * 0.1);
  const appraisal = Math.max(0.25, totalHours - reception - approval - returning);
  return [
    { code: 'TIEP_NHAN', name: 'Tiếp nhận, kiểm tra và chuyển hồ sơ', role: 'desk_officer', hours: reception },
    { code: 'THAM_DINH', name: 'Thẩm định, xử lý hồ sơ', role: 'specialist', hours: appraisal },
    { code: 'PHE_DUYET', name: 'Phê duyệt, ký kết quả', role: 'leader', hours: approval },
    { code: 'TRA_KET_QUA', name: 'Trả kết quả', role: 'desk_officer', hours: returning },
  ];
}

export interface StepPlan {
  /** Close the open step (its holder handed the dossier on). */
  closeOpen: boolean;
  /** The template step to open next, by index, or null. */
  open: { index: number; step: ProcessStep } | null;
}

/**
 * Which internal step a status change closes and opens. A hand-over closes the holder's step and opens the next
 * step of the new holder's role; sending back reopens the latest step of that role (a rework is a new row, never an
 * edit); waiting on the applicant closes nothing, and nothing opens until the dossier comes back.
 */
export function planSteps(
  template: readonly ProcessStep[],
  lastOpenedIndex: number | null,
  from: DossierStatus | null,
  to: DossierStatus,
): StepPlan {
  const before = from ? holderOf(from) : null;
  const after = holderOf(to);
  if (before === after) return { closeOpen: false, open: null };
  const closeOpen = before !== null;
  if (after === null) return { closeOpen, open: null };
  const start = lastOpenedIndex === null ? 0 : lastOpenedIndex + 1;
  const forward = template.findIndex((step, index) => index >= start && step.role === after);
  const index = forward >= 0 ? forward : findLastIndex(template, (step) => step.role === after);
  const step = template[index];
  return { closeOpen, open: step ? { index, step } : null };
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    if (predicate(items[index] as T)) return index;
  }
  return -1;
}
