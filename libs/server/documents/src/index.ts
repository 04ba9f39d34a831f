export * from './lib/forms/form-inputs';
export * from './lib/forms/receipt-slip.form';
export * from './lib/forms/supplement-request.form';
export * from './lib/forms/refusal-notice.form';
export * from './lib/forms/apology-letter.form';
export * from './lib/forms/stop-notice.form';
export * from './lib/forms/process-control-sheet.form';
export * from './lib/forms/tracking-book.form';
export * from './lib/forms/result-document.form';
export {
  DOCUMENT_COPY_KIND_LABELS,
  FEE_STATUS_LABELS,
  STEP_OUTCOME_LABELS,
  STOP_REASON_LABELS,
  type DocumentCopyKind,
  type FeeStatus,
  type StopReason,
} from './lib/pdf/documents.constants';
