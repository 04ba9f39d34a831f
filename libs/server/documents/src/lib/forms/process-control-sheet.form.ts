import { classifyFinished, type FinishedClass } from '@dvc/shared/domain';
import { FORM_PROCESS_CONTROL, STEP_OUTCOME_LABELS } from '../pdf/documents.constants';
import { A5_PORTRAIT, FormWriter } from '../pdf/form-writer';
import { formatDateTime, placeAndDate } from '../pdf/vietnamese-format';
import type { StandardFormBase } from './form-inputs';

/** One hand-over on the process control sheet: who gave the dossier to whom, when, and how that step ended. */
export interface ProcessControlStep {
  /** The agency or department receiving the dossier. */
  agency: string;
  /** The step, e.g. "Thẩm định hồ sơ". */
  step?: string;
  handedOverAt: Date;
  giver: string;
  receiver: string;
  /** The step's own due time. */
  dueAt?: Date;
  /** When the receiver finished the step (handed the dossier on): with `dueAt` it gives the outcome. */
  finishedAt?: Date;
  /** The outcome when already known; otherwise computed from `finishedAt` and `dueAt`. */
  outcome?: FinishedClass;
  note?: string;
}

/** Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ. */
export interface ProcessControlSheetInput extends StandardFormBase {
  dossierCode: string;
  /** Number of the receipt (Mẫu 01) the sheet travels with. */
  receiptNumber: string;
  applicantName?: string;
  procedureName?: string;
  leadAgency: string;
  coordinatingAgencies: readonly string[];
  receivedAt: Date;
  appointmentAt: Date;
  steps: readonly ProcessControlStep[];
  notes?: string;
}

/**
 * A step's outcome: the given one, else early / on time / late from when it finished against its due time (late after
 * the due instant, on time on the due day, early before it); null while the step is open or has no due time.
 */
export function stepOutcome(step: Pick<ProcessControlStep, 'outcome' | 'finishedAt' | 'dueAt'>): FinishedClass | null {
  if (step.outcome) return step.outcome;
  if (step.finishedAt && step.dueAt) return classifyFinished(step.finishedAt, step.dueAt);
  return null;
}

/** Mẫu 06, A5: travels with the dossier; one row per hand-over with the step's outcome. */
export async function renderProcessControlSheet(input: ProcessControlSheetInput): Promise<Buffer> {
  const form = new FormWriter({
    page: A5_PORTRAIT,
    title: `${FORM_PROCESS_CONTROL.title} - ${input.dossierCode}`,
    subject: `Mẫu số ${FORM_PROCESS_CONTROL.number}: ${FORM_PROCESS_CONTROL.title}`,
    author: input.agency.name,
    createdAt: input.issuedAt,
    footer: `Mẫu số ${FORM_PROCESS_CONTROL.number} · Mã hồ sơ ${input.dossierCode}`,
  });
  form.header({ agency: input.agency, dateLine: placeAndDate(input.place, input.issuedAt) });
  form.title(FORM_PROCESS_CONTROL.title, { text: `(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: ${input.receiptNumber})`, italic: true });
  form.line([{ text: 'Mã hồ sơ: ' }, { text: input.dossierCode, bold: true }], { align: 'center', size: A5_PORTRAIT.fontSize + 1, gap: 6 });
  if (input.applicantName) form.field('Tổ chức, cá nhân', input.applicantName);
  if (input.procedureName) form.field('Nội dung yêu cầu giải quyết', input.procedureName);
  form.field('Cơ quan (bộ phận) giải quyết hồ sơ', input.leadAgency, { bold: true });
  form.field('Cơ quan phối hợp giải quyết hồ sơ', input.coordinatingAgencies.length > 0 ? input.coordinatingAgencies.join('; ') : 'Không');
  form.fields([['Thời gian tiếp nhận', formatDateTime(input.receivedAt)], ['Hẹn trả kết quả', formatDateTime(input.appointmentAt)]]);
  form.space(0.2);

  form.table({
    fontSize: A5_PORTRAIT.fontSize - 2,
    columns: [
      { header: 'STT', width: 0.55, align: 'center' },
      { header: 'Cơ quan, bộ phận', width: 1.8 },
      { header: 'Thời gian giao, nhận hồ sơ', width: 1.25, align: 'center' },
      { header: 'Người giao', width: 1.25 },
      { header: 'Người nhận', width: 1.25 },
      { header: 'Hạn xử lý', width: 1.15, align: 'center' },
      { header: 'Kết quả (trước hạn, đúng hạn, quá hạn)', width: 1.3, align: 'center' },
      { header: 'Ghi chú', width: 1.1 },
    ],
    rows: input.steps.map((step, index) => {
      const outcome = stepOutcome(step);
      const finished = step.finishedAt ? `(xong ${formatDateTime(step.finishedAt)})` : '';
      return [
        String(index + 1),
        step.step ? `${step.agency}\n${step.step}` : step.agency,
        formatDateTime(step.handedOverAt),
        step.giver,
        step.receiver,
        step.dueAt ? formatDateTime(step.dueAt) : '',
        [outcome ? STEP_OUTCOME_LABELS[outcome] : '', finished].filter(Boolean).join('\n'),
        step.note ?? '',
      ];
    }),
  });
  if (input.notes) form.field('Ghi chú', input.notes);
  return form.finish();
}
