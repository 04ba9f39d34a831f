import { FORM_REFUSAL } from '../pdf/documents.constants';
import { A5_PORTRAIT, FormWriter } from '../pdf/form-writer';
import { placeAndDate } from '../pdf/vietnamese-format';
import type { ApplicantInfo, StandardFormBase } from './form-inputs';

/** Mẫu 03: Phiếu từ chối tiếp nhận, giải quyết hồ sơ. */
export interface RefusalNoticeInput extends StandardFormBase {
  number?: string;
  /** The dossier's code, when it has one (e.g. an online submission refused at reception). */
  dossierCode?: string;
  applicant: ApplicantInfo;
  procedureName: string;
  /** The reasons, in plain words; at least one. */
  reasons: readonly string[];
  /** The officer who refuses (signs, name printed). */
  officer: string;
}

/** Mẫu 03, A5: the one-stop refuses to receive or process a dossier and says why. */
export async function renderRefusalNotice(input: RefusalNoticeInput): Promise<Buffer> {
  if (input.reasons.length === 0) throw new RangeError('A refusal needs at least one reason');
  const form = new FormWriter({
    page: A5_PORTRAIT,
    title: input.dossierCode ? `${FORM_REFUSAL.title} - ${input.dossierCode}` : FORM_REFUSAL.title,
    subject: `Mẫu số ${FORM_REFUSAL.number}: ${FORM_REFUSAL.title}`,
    author: input.agency.name,
    createdAt: input.issuedAt,
    footer: `Mẫu số ${FORM_REFUSAL.number}${input.dossierCode ? ` · Mã hồ sơ ${input.dossierCode}` : ''}`,
  });
  form.header({ agency: input.agency, number: input.number, dateLine: placeAndDate(input.place, input.issuedAt) });
  form.title(FORM_REFUSAL.title);
  if (input.dossierCode) form.line([{ text: 'Mã hồ sơ: ' }, { text: input.dossierCode, bold: true }], { align: 'center', size: A5_PORTRAIT.fontSize + 1, gap: 6 });

  form.line([{ text: `${input.agency.name} tiếp nhận hồ sơ của: ` }, { text: input.applicant.name, bold: true }]);
  if (input.applicant.address) form.field('Địa chỉ', input.applicant.address);
  form.fields([['Số điện thoại', input.applicant.phone], ['Email', input.applicant.email]]);
  form.field('Nội dung yêu cầu giải quyết', input.procedureName, { bold: true });
  form.space(0.2);
  form.paragraph(`Qua xem xét, ${input.agency.name} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`, { align: 'justify' });
  form.numbered(input.reasons);
  form.space(0.2);
  form.paragraph('Xin thông báo để Ông/Bà biết và thực hiện./.');
  form.signatures([{ heading: 'Người tiếp nhận hồ sơ', hint: '(Ký và ghi rõ họ tên)', name: input.officer }]);
  return form.finish();
}
