import { STANDARD_FORM_TITLES, type FinishedClass, type StandardFormCode } from '@dvc/shared/domain';

const form = <N extends StandardFormCode>(number: N) => ({ number, title: STANDARD_FORM_TITLES[number].vi }) as const;

/** Form numbers and titles of Circular 03/2025/TT-VPCP (numbers of 04, 05 and 07 per the 2025 renumbering: see README). */
export const FORM_RECEIPT = form('01');
export const FORM_SUPPLEMENT_REQUEST = form('02');
export const FORM_REFUSAL = form('03');
export const FORM_APOLOGY = form('04');
export const FORM_STOP_NOTICE = form('05');
export const FORM_PROCESS_CONTROL = form('06');
export const FORM_TRACKING_BOOK = form('07');

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export type DocumentCopyKind = 'original' | 'copy' | 'certified_copy';

export const DOCUMENT_COPY_KIND_LABELS: Record<DocumentCopyKind, string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  certified_copy: 'Bản sao chứng thực',
};

export type FeeStatus = 'paid' | 'unpaid' | 'exempt';

export const FEE_STATUS_LABELS: Record<FeeStatus, string> = {
  paid: 'đã nộp',
  unpaid: 'chưa nộp',
  exempt: 'miễn phí, lệ phí',
};

/** Outcome of a step on the process control sheet (Mẫu 06). */
export const STEP_OUTCOME_LABELS: Record<FinishedClass, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

export type StopReason = 'withdrawn' | 'stop_requested';

export const STOP_REASON_LABELS: Record<StopReason, string> = {
  withdrawn: 'Tổ chức, cá nhân rút hồ sơ',
  stop_requested: 'Tổ chức, cá nhân đề nghị dừng giải quyết hồ sơ',
};
