import type { ClockPauseReason } from './dossier-clock';
import type { DossierAction, DossierEventKind, DossierStatus, UserRole } from './dossier-lifecycle.types';

/** National status codes used to sync with the national portal (lifecycle.md). */
export const NATIONAL_STATUS_CODE: Record<DossierStatus, number> = {
  submitted: 1,
  received: 2,
  refused: 3,
  in_processing: 4,
  awaiting_approval: 4,
  in_consultation: 4,
  supplement_requested: 5,
  payment_requested: 6,
  withdrawn: 7,
  result_ready: 9,
  returned: 10,
};

export type ReportingGroup = 'waiting' | 'in_progress' | 'paused' | 'finished';

export const REPORTING_GROUP: Record<DossierStatus, ReportingGroup> = {
  submitted: 'waiting',
  received: 'in_progress',
  in_processing: 'in_progress',
  awaiting_approval: 'in_progress',
  in_consultation: 'in_progress',
  supplement_requested: 'paused',
  payment_requested: 'paused',
  refused: 'finished',
  withdrawn: 'finished',
  result_ready: 'finished',
  returned: 'finished',
};

export interface Label {
  vi: string;
  en: string;
}

export const STATUS_LABELS: Record<DossierStatus, Label> = {
  submitted: { vi: 'Mới đăng ký', en: 'Submitted' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  refused: { vi: 'Không được tiếp nhận', en: 'Refused' },
  in_processing: { vi: 'Đang xử lý', en: 'In processing' },
  awaiting_approval: { vi: 'Chờ phê duyệt', en: 'Awaiting approval' },
  in_consultation: { vi: 'Đang lấy ý kiến cơ quan phối hợp', en: 'With a coordinating agency' },
  supplement_requested: { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  payment_requested: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment requested' },
  withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
  result_ready: { vi: 'Đã có kết quả', en: 'Result ready' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

export const ACTION_LABELS: Record<DossierAction, Label> = {
  submit: { vi: 'Nộp hồ sơ', en: 'Submit' },
  accept: { vi: 'Tiếp nhận', en: 'Accept' },
  refuse: { vi: 'Từ chối', en: 'Refuse' },
  request_supplement: { vi: 'Yêu cầu bổ sung', en: 'Request a supplement' },
  submit_supplement: { vi: 'Nộp bổ sung', en: 'Submit the supplement' },
  transfer: { vi: 'Chuyển cơ quan có thẩm quyền', en: 'Transfer to the competent agency' },
  claim: { vi: 'Nhận xử lý', en: 'Take on' },
  reassign: { vi: 'Phân công xử lý', en: 'Assign' },
  process: { vi: 'Xử lý xong, trình phê duyệt', en: 'Process and submit for approval' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  send_back: { vi: 'Trả lại để xử lý lại', en: 'Send back for rework' },
  consult: { vi: 'Gửi lấy ý kiến cơ quan phối hợp', en: 'Consult a coordinating agency' },
  record_consultation: { vi: 'Ghi nhận ý kiến phối hợp', en: 'Record the coordinating answer' },
  request_payment: { vi: 'Yêu cầu nộp phí, lệ phí', en: 'Request payment' },
  confirm_payment: { vi: 'Xác nhận đã nộp phí', en: 'Confirm payment' },
  apologise: { vi: 'Xin lỗi và hẹn lại ngày trả', en: 'Apologise and set a new date' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
  return_result: { vi: 'Trả kết quả', en: 'Return the result' },
};

/** Labels of everything a dossier's history can hold: the actions and the system's own entries. */
export const EVENT_LABELS: Record<DossierEventKind, Label> = {
  ...ACTION_LABELS,
  deadline_recomputed: { vi: 'Tính lại ngày hẹn do lịch làm việc thay đổi', en: 'Appointment recomputed after a calendar change' },
  supplement_expired: { vi: 'Đóng hồ sơ do quá hạn bổ sung', en: 'Closed: the supplement did not come in time' },
  agency_merged: { vi: 'Chuyển cơ quan xử lý do sáp nhập cơ quan', en: 'Moved to the successor of a merged agency' },
};

/**
 * The system's own transition (no actor): a supplement request unanswered within the legal limit closes the dossier
 * (lifecycle.md step 5), reported as not received (national code 3).
 */
export const SUPPLEMENT_EXPIRY = { from: 'supplement_requested', to: 'refused' } as const satisfies { from: DossierStatus; to: DossierStatus };

/** What an action does to the legal clock; the service turns it into a clock event (dossier-clock.ts). */
export type ClockEffect =
  | { kind: 'start' }
  | { kind: 'pause'; reason: ClockPauseReason }
  | { kind: 'resume' }
  | { kind: 'restart' }
  | { kind: 'extend' }
  | { kind: 'finish' };

interface TransitionRule {
  /** Which role may act from which statuses. */
  from: Partial<Record<UserRole, readonly (DossierStatus | null)[]>>;
  /** A fixed target, 'resume' for the status the dossier was paused from, or 'same' for an action that keeps it. */
  to: DossierStatus | 'resume' | 'same';
  reasonRequired?: boolean;
  finishes?: boolean;
}

/** Open and without a result yet: the applicant may still withdraw (lifecycle.md step 8). */
const BEFORE_RESULT: readonly DossierStatus[] = [
  'submitted', 'received', 'in_processing', 'awaiting_approval', 'in_consultation', 'supplement_requested', 'payment_requested',
];
/** Where the agency may still apologise and move the date: the clock has started and runs or waits on the agency. */
const CLOCK_ON_AGENCY: readonly DossierStatus[] = ['received', 'in_processing', 'awaiting_approval', 'in_consultation'];

/** The state machine: every transition, who may take it, from where. Anything not listed is refused. */
const TRANSITIONS: Record<DossierAction, TransitionRule> = {
  submit: { from: { citizen: [null] }, to: 'submitted' },
  accept: { from: { desk_officer: ['submitted'] }, to: 'received' },
  refuse: { from: { desk_officer: ['submitted'], leader: ['awaiting_approval'] }, to: 'refused', reasonRequired: true, finishes: true },
  request_supplement: {
    from: { desk_officer: ['submitted'], specialist: ['in_processing'] },
    to: 'supplement_requested',
    reasonRequired: true,
  },
  submit_supplement: { from: { citizen: ['supplement_requested'] }, to: 'resume' },
  transfer: { from: { desk_officer: ['received'] }, to: 'same' },
  claim: { from: { specialist: ['received'] }, to: 'in_processing' },
  reassign: { from: { leader: ['received', 'in_processing'] }, to: 'in_processing' },
  process: { from: { specialist: ['in_processing'] }, to: 'awaiting_approval' },
  approve: { from: { leader: ['awaiting_approval'] }, to: 'result_ready', finishes: true },
  send_back: { from: { leader: ['awaiting_approval'] }, to: 'in_processing', reasonRequired: true },
  consult: { from: { specialist: ['in_processing'] }, to: 'in_consultation', reasonRequired: true },
  record_consultation: { from: { specialist: ['in_consultation'] }, to: 'in_processing', reasonRequired: true },
  request_payment: { from: { desk_officer: ['received', 'in_processing'], specialist: ['in_processing'] }, to: 'payment_requested' },
  confirm_payment: { from: { desk_officer: ['payment_requested'] }, to: 'resume' },
  apologise: { from: { leader: CLOCK_ON_AGENCY }, to: 'same', reasonRequired: true },
  withdraw: { from: { citizen: BEFORE_RESULT }, to: 'withdrawn', finishes: true },
  return_result: { from: { desk_officer: ['result_ready'] }, to: 'returned' },
};

export const ACTIONS_REQUIRING_REASON: readonly DossierAction[] = (Object.keys(TRANSITIONS) as DossierAction[]).filter(
  (action) => TRANSITIONS[action].reasonRequired,
);

/** Procedure-specific clock rules (deadlines.md: both are per-procedure or per-step settings). */
export interface ClockOptions {
  /** A complete supplement after a processing-time request restarts the time from zero (default) or extends it by the wait. */
  supplementRestarts?: boolean;
  /** Whether time with a coordinating agency counts towards the legal time (default: it counts). */
  consultationCounts?: boolean;
  /** Whether the clock had started before this action (a supplement asked at reception is before the start). */
  clockStarted?: boolean;
}

export interface TransitionRequest {
  role: UserRole;
  status: DossierStatus | null;
  action: DossierAction;
  /** For actions that end a pause: the status the dossier was paused from. */
  resumeTo?: DossierStatus | null;
  reason?: string | null;
  options?: ClockOptions;
}

export type TransitionRefusal =
  | 'DOSSIER.TRANSITION_NOT_ALLOWED'
  | 'DOSSIER.ROLE_NOT_ALLOWED'
  | 'DOSSIER.REASON_REQUIRED'
  | 'DOSSIER.RESUME_STATUS_MISSING';

export type TransitionDecision =
  | { ok: true; to: DossierStatus; clock: ClockEffect | null; finishes: boolean }
  | { ok: false; code: TransitionRefusal; message: string };

function statusText(status: DossierStatus | null, language: keyof Label): string {
  if (!status) return language === 'vi' ? '(chưa nộp)' : '(not filed)';
  return `"${STATUS_LABELS[status][language]}"`;
}

/** What the action does to the clock, given where the dossier is and the procedure's rules. */
function clockEffectOf(action: DossierAction, from: DossierStatus | null, to: DossierStatus, options: ClockOptions): ClockEffect | null {
  const started = options.clockStarted ?? (from !== null && from !== 'submitted');
  switch (action) {
    case 'accept':
      return { kind: 'start' };
    case 'request_supplement':
      return started ? { kind: 'pause', reason: 'supplement' } : null;
    case 'submit_supplement':
      if (to === 'submitted') return null;
      return options.supplementRestarts === false ? { kind: 'resume' } : { kind: 'restart' };
    case 'request_payment':
      return { kind: 'pause', reason: 'payment' };
    case 'confirm_payment':
      return { kind: 'resume' };
    case 'consult':
      return options.consultationCounts === false ? { kind: 'pause', reason: 'consultation' } : null;
    case 'record_consultation':
      return options.consultationCounts === false ? { kind: 'resume' } : null;
    case 'apologise':
      return { kind: 'extend' };
    case 'approve':
    case 'refuse':
    case 'withdraw':
      return started ? { kind: 'finish' } : null;
    case 'submit':
    case 'transfer':
    case 'claim':
    case 'reassign':
    case 'process':
    case 'send_back':
    case 'return_result':
      return null;
  }
}

/** Decides one transition. Pure: the caller loads the dossier, checks agency scope and persists the result. */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const rule = TRANSITIONS[request.action];
  const action = ACTION_LABELS[request.action];
  const allowedAnywhere = Object.values(rule.from).some((statuses) => statuses?.includes(request.status));
  if (!allowedAnywhere) {
    return {
      ok: false,
      code: 'DOSSIER.TRANSITION_NOT_ALLOWED',
      message: `Không thể "${action.vi}" khi hồ sơ ở trạng thái ${statusText(request.status, 'vi')} / Cannot "${action.en}" a dossier in status ${statusText(request.status, 'en')}`,
    };
  }
  if (!rule.from[request.role]?.includes(request.status)) {
    return {
      ok: false,
      code: 'DOSSIER.ROLE_NOT_ALLOWED',
      message: `Vai trò của bạn không được "${action.vi}" hồ sơ ở trạng thái này / Your role may not "${action.en}" this dossier now`,
    };
  }
  if (rule.reasonRequired && !request.reason?.trim()) {
    return {
      ok: false,
      code: 'DOSSIER.REASON_REQUIRED',
      message: `Hãy nêu lý do hoặc nội dung để "${action.vi}" / Give the reason or content to "${action.en}"`,
    };
  }
  let to: DossierStatus;
  if (rule.to === 'resume') {
    if (!request.resumeTo) {
      return {
        ok: false,
        code: 'DOSSIER.RESUME_STATUS_MISSING',
        message: 'Không xác định được trạng thái trước khi tạm dừng / The status before the pause is unknown',
      };
    }
    to = request.resumeTo;
  } else if (rule.to === 'same') {
    to = request.status ?? 'submitted';
  } else {
    to = rule.to;
  }
  return {
    ok: true,
    to,
    clock: clockEffectOf(request.action, request.status, to, request.options ?? {}),
    finishes: rule.finishes === true,
  };
}

/** What this role may do now (the server re-checks each, with agency scope and version). */
export function allowedActions(role: UserRole, status: DossierStatus): DossierAction[] {
  return (Object.keys(TRANSITIONS) as DossierAction[]).filter(
    (action) => action !== 'submit' && TRANSITIONS[action].from[role]?.includes(status),
  );
}

const FINAL_STATUSES: ReadonlySet<DossierStatus> = new Set(['refused', 'withdrawn', 'returned']);

export function isFinalStatus(status: DossierStatus): boolean {
  return FINAL_STATUSES.has(status);
}
