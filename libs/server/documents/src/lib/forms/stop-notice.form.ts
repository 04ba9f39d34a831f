import { FORM_STOP_NOTICE, STOP_REASON_LABELS, type StopReason } from '../pdf/documents.constants';
import { A5_PORTRAIT, FormWriter } from '../pdf/form-writer';
import { formatDateTime, placeAndDate } from '../pdf/vietnamese-format';
import type { ApplicantInfo, Signer, StandardFormBase } from './form-inputs';

/** Mẫu 05: Thông báo dừng giải quyết hồ sơ. */
export interface StopNoticeInput extends StandardFormBase {
  number?: string;
  dossierCode: string;
  applicant: ApplicantInfo;
  procedureName: string;
  receivedAt?: Date;
  /** When the applicant withdrew the dossier or asked to stop. */
  requestedAt: Date;
  reason: StopReason;
  /** The applicant's own words, when given. */
  detail?: string;
  /** What happens to the paper documents, e.g. "Đã trả lại hồ sơ giấy cho Ông/Bà". */
  note?: string;
  /** Who signs; the position defaults to "Người tiếp nhận hồ sơ". */
  signer: Signer;
}

/** Mẫu 05, A5: processing stops because the applicant withdrew the dossier or asked to stop. */
export async function renderStopNotice(input: StopNoticeInput): Promise<Buffer> {
  const form = new FormWriter({
    page: A5_PORTRAIT,
    title: `${FORM_STOP_NOTICE.title} - ${input.dossierCode}`,
    subject: `Mẫu số ${FORM_STOP_NOTICE.number}: ${FORM_STOP_NOTICE.title}`,
    author: input.agency.name,
    createdAt: input.issuedAt,
    footer: `Mẫu số ${FORM_STOP_NOTICE.number} · Mã hồ sơ ${input.dossierCode}`,
  });
  const agency = input.agency.name;
  form.header({ agency: input.agency, number: input.number, dateLine: placeAndDate(input.place, input.issuedAt) });
  form.title(FORM_STOP_NOTICE.title);
  form.line([{ text: 'Kính gửi: ' }, { text: `Ông/Bà ${input.applicant.name}`, bold: true }], { align: 'center', gap: 8 });

  form.field('Mã hồ sơ', input.dossierCode, { bold: true });
  form.field('Nội dung yêu cầu giải quyết', input.procedureName);
  if (input.applicant.address) form.field('Địa chỉ', input.applicant.address);
  form.fields([['Số điện thoại', input.applicant.phone], ['Email', input.applicant.email]]);
  if (input.receivedAt) form.field('Thời gian tiếp nhận hồ sơ', formatDateTime(input.receivedAt));
  form.space(0.2);
  form.line([
    { text: `Vào lúc ${formatDateTime(input.requestedAt)}, ${agency} nhận được đề nghị của Ông/Bà: ` },
    { text: STOP_REASON_LABELS[input.reason].toLowerCase(), bold: true },
    { text: '.' },
  ], { align: 'justify' });
  if (input.detail) form.field('Lý do', input.detail);
  form.paragraph(`${agency} thông báo dừng giải quyết hồ sơ nêu trên kể từ ${formatDateTime(input.issuedAt)}.`, { align: 'justify' });
  if (input.note) form.paragraph(input.note);
  form.paragraph('Xin thông báo để Ông/Bà biết./.');
  form.signatures([{ heading: input.signer.position ?? 'Người tiếp nhận hồ sơ', hint: '(Ký và ghi rõ họ tên)', name: input.signer.name }]);
  return form.finish();
}
