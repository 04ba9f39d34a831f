import { FORM_SUPPLEMENT_REQUEST } from '../pdf/documents.constants';
import { A5_PORTRAIT, FormWriter } from '../pdf/form-writer';
import { formatDateTime, placeAndDate } from '../pdf/vietnamese-format';
import type { ApplicantInfo, StandardFormBase } from './form-inputs';

export interface SupplementItem {
  /** The document or content concerned, e.g. "Bản vẽ thiết kế". */
  item: string;
  /** What to supplement or correct. */
  requirement: string;
}

/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export interface SupplementRequestInput extends StandardFormBase {
  /** Number of the form in the agency's register. */
  number?: string;
  /** The dossier's code, when it has one (a dossier filed online or already received). */
  dossierCode?: string;
  applicant: ApplicantInfo;
  procedureName: string;
  /** Everything to supplement or complete, in one go (Decree 118). */
  items: readonly SupplementItem[];
  reason: string;
  /** Who to contact with questions while completing the dossier. */
  contact: { name: string; phone: string };
  /** The officer who issues the request (signs, name printed). */
  officer: string;
  /** The applicant must supplement by this time, when a deadline applies. */
  supplementDueAt?: Date;
  /** Public lookup URL for the QR code. */
  lookupUrl?: string;
}

/** Mẫu 02, A5: lists everything the applicant must supplement or correct, with the reason and a contact. */
export async function renderSupplementRequest(input: SupplementRequestInput): Promise<Buffer> {
  const form = new FormWriter({
    page: A5_PORTRAIT,
    title: input.dossierCode ? `${FORM_SUPPLEMENT_REQUEST.title} - ${input.dossierCode}` : FORM_SUPPLEMENT_REQUEST.title,
    subject: `Mẫu số ${FORM_SUPPLEMENT_REQUEST.number}: ${FORM_SUPPLEMENT_REQUEST.title}`,
    author: input.agency.name,
    createdAt: input.issuedAt,
    footer: `Mẫu số ${FORM_SUPPLEMENT_REQUEST.number}${input.dossierCode ? ` · Mã hồ sơ ${input.dossierCode}` : ''}`,
  });
  form.header({ agency: input.agency, number: input.number, dateLine: placeAndDate(input.place, input.issuedAt) });
  form.title(FORM_SUPPLEMENT_REQUEST.title);
  if (input.dossierCode) form.line([{ text: 'Mã hồ sơ: ' }, { text: input.dossierCode, bold: true }], { align: 'center', size: A5_PORTRAIT.fontSize + 1, gap: 6 });

  form.line([{ text: 'Hồ sơ của: ' }, { text: input.applicant.name, bold: true }]);
  if (input.applicant.address) form.field('Địa chỉ', input.applicant.address);
  form.fields([['Số điện thoại', input.applicant.phone], ['Email', input.applicant.email]]);
  form.field('Nội dung yêu cầu giải quyết', input.procedureName, { bold: true });
  form.space(0.2);
  form.paragraph(`Sau khi xem xét thành phần hồ sơ, ${input.agency.name} đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`, { align: 'justify' });
  form.table({
    columns: [
      { header: 'STT', width: 0.5, align: 'center' },
      { header: 'Giấy tờ, nội dung', width: 3 },
      { header: 'Yêu cầu bổ sung, hoàn thiện', width: 4.2 },
    ],
    rows: input.items.map((item, index) => [String(index + 1), item.item, item.requirement]),
  });
  form.field('Lý do', input.reason);
  if (input.supplementDueAt) form.field('Thời hạn bổ sung, hoàn thiện hồ sơ', formatDateTime(input.supplementDueAt), { bold: true });
  form.line([
    { text: 'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ' },
    { text: input.contact.name, bold: true },
    { text: ', số điện thoại ' },
    { text: input.contact.phone, bold: true },
    { text: ' để được hướng dẫn.' },
  ]);
  if (input.lookupUrl) {
    form.space(0.3);
    await form.lookup(input.lookupUrl, [{ text: 'Quét mã QR hoặc truy cập địa chỉ dưới đây để theo dõi hồ sơ và nộp bổ sung trực tuyến.' }]);
  }
  form.signatures([{ heading: 'Người hướng dẫn', hint: '(Ký và ghi rõ họ tên)', name: input.officer }]);
  return form.finish();
}
