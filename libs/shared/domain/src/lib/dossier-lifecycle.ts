import type { DossierAction, DossierStatus, UserRole } from './dossier-lifecycle.types';

/** National status codes used to sync with the national portal (lifecycle.md). */
export const NATIONAL_STATUS_CODE: Record<DossierStatus, number> = {
  submitted: 1,
  received: 2,
  refused: 3,
  in_processing: 4,
  supplement_requested: 5,
  payment_requested: 6,
  withdrawn: 7,
  awaiting_approval: 4,
  result_ready: 9,
  returned: 10,
};

export type ReportingGroup = 'waiting' | 'in_progress' | 'paused' | 'finished';

export const REPORTING_GROUP: Record<DossierStatus, ReportingGroup> = {
  submitted: 'waiting',
  received: 'in_progress',
  in_processing: 'in_progress',
  awaiting_approval: 'in_progress',
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
  supplement_requested: { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  payment_requested: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment requested' },
  withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
  result_ready: { vi: 'Đã có kết quả', en: 'Result ready' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

export const ACTION_LABELS: Record<DossierAction, Label> = {
  submit: { vi: 'Nộp hồ sơ', en: 'Submit' },
  accept: { vi: 'Tiếp nhận', en: 'Accept' },
  refuse: { vi: 'Từ chối tiếp nhận', en: 'Refuse' },
  request_supplement: { vi: 'Yêu cầu bổ sung', en: 'Request a supplement' },
  submit_supplement: { vi: 'Nộp bổ sung', en: 'Submit the supplement' },
  process: { vi: 'Xử lý xong, trình phê duyệt', en: 'Process and submit for approval' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  send_back: { vi: 'Trả lại để xử lý lại', en: 'Send back for rework' },
  request_payment: { vi: 'Yêu cầu nộp phí, lệ phí', en: 'Request payment' },
  confirm_payment: { vi: 'Xác nhận đã nộp phí', en: 'Confirm payment' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
  return_result: { vi: 'Trả kết quả', en: 'Return the result' },
};

interface TransitionRule {
  /** Which role may act from which statuses. */
  from: Partial<Record<UserRole, readonly (DossierStatus | null)[]>>;
  /** A fixed target, or 'resume' for the status the dossier was paused from. */
  to: DossierStatus | 'resume';
  reasonRequired?: boolean;
  finishes?: boolean;
}

const OPEN_FOR_WITHDRAWAL: readonly DossierStatus[] = ['submitted', 'received', 'in_processing', 'supplement_requested', 'payment_requested'];

/** The state machine: every transition, who may take it, from where. Anything not listed is refused. */
const TRANSITIONS: Record<DossierAction, TransitionRule> = {
  submit: { from: { citizen: [null] }, to: 'submitted' },
  accept: { from: { desk_officer: ['submitted'] }, to: 'received' },
  refuse: { from: { desk_officer: ['submitted'] }, to: 'refused', reasonRequired: true, finishes: true },
  request_supplement: {
    from: { desk_officer: ['submitted'], specialist: ['received', 'in_processing'] },
    to: 'supplement_requested',
    reasonRequired: true,
  },
  submit_supplement: { from: { citizen: ['supplement_requested'] }, to: 'resume' },
  process: { from: { specialist: ['received', 'in_processing'] }, to: 'awaiting_approval' },
  approve: { from: { leader: ['awaiting_approval'] }, to: 'result_ready' },
  send_back: { from: { leader: ['awaiting_approval'] }, to: 'in_processing', reasonRequired: true },
  request_payment: { from: { desk_officer: ['received', 'in_processing'], specialist: ['received', 'in_processing'] }, to: 'payment_requested' },
  confirm_payment: { from: { desk_officer: ['payment_requested'] }, to: 'resume' },
  withdraw: { from: { citizen: OPEN_FOR_WITHDRAWAL }, to: 'withdrawn', finishes: true },
  return_result: { from: { desk_officer: ['result_ready'] }, to: 'returned', finishes: true },
};

/** Statuses in which the legal clock runs. */
const CLOCK_RUNNING: ReadonlySet<DossierStatus> = new Set(['received', 'in_processing', 'awaiting_approval']);

export const ACTIONS_REQUIRING_REASON: readonly DossierAction[] = (Object.keys(TRANSITIONS) as DossierAction[]).filter(
  (action) => TRANSITIONS[action].reasonRequired,
);

export interface TransitionRequest {
  role: UserRole;
  status: DossierStatus | null;
  action: DossierAction;
  /** For actions that end a pause: the status the dossier was paused from. */
  resumeTo?: DossierStatus | null;
  reason?: string | null;
}

export type TransitionRefusal =
  | 'DOSSIER.TRANSITION_NOT_ALLOWED'
  | 'DOSSIER.ROLE_NOT_ALLOWED'
  | 'DOSSIER.REASON_REQUIRED'
  | 'DOSSIER.RESUME_STATUS_MISSING';

export type TransitionDecision =
  | { ok: true; to: DossierStatus; startsClock: boolean; pausesClock: boolean; resumesClock: boolean; finishes: boolean }
  | { ok: false; code: TransitionRefusal; message: string };

function statusText(status: DossierStatus | null): string {
  return status ? `"${STATUS_LABELS[status].vi}" / "${STATUS_LABELS[status].en}"` : '(mới / new)';
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
      message: `Không thể "${action.vi}" khi hồ sơ ở trạng thái ${statusText(request.status)} / Cannot "${action.en}" a dossier in this status`,
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
      message: `Hãy nêu lý do để "${action.vi}" / Give a reason to "${action.en}"`,
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
  } else {
    to = rule.to;
  }
  const wasRunning = request.status !== null && CLOCK_RUNNING.has(request.status);
  const willRun = CLOCK_RUNNING.has(to);
  const wasPaused = request.status === 'supplement_requested' || request.status === 'payment_requested';
  return {
    ok: true,
    to,
    startsClock: request.action === 'accept',
    pausesClock: wasRunning && !willRun && !rule.finishes && to !== 'result_ready',
    resumesClock: wasPaused && willRun,
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
