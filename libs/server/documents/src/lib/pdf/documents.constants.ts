import type { FinishedClass } from '@dvc/shared/domain';

/** Form numbers and titles of Circular 03/2025/TT-VPCP (numbers of 04, 05 and 07 per the 2025 renumbering: see README). */
export const FORM_RECEIPT = { number: '01', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả' } as const;
export const FORM_SUPPLEMENT_REQUEST = { number: '02', title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ' } as const;
export const FORM_REFUSAL = { number: '03', title: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ' } as const;
export const FORM_APOLOGY = { number: '04', title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả' } as const;
export const FORM_STOP_NOTICE = { number: '05', title: 'Thông báo dừng giải quyết hồ sơ' } as const;
export const FORM_PROCESS_CONTROL = { number: '06', title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ' } as const;
export const FORM_TRACKING_BOOK = { number: '07', title: 'Sổ theo dõi hồ sơ' } as const;

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
