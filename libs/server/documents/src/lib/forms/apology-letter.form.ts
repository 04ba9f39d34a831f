import { FORM_APOLOGY } from '../pdf/documents.constants';
import { A5_PORTRAIT, FormWriter } from '../pdf/form-writer';
import { formatDateTime, placeAndDate } from '../pdf/vietnamese-format';
import type { ApplicantInfo, Signer, StandardFormBase } from './form-inputs';

/** Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
export interface ApologyLetterInput extends StandardFormBase {
  number?: string;
  dossierCode: string;
  applicant: ApplicantInfo;
  procedureName: string;
  receivedAt: Date;
  /** The appointment on the receipt (Mẫu 01). */
  originalAppointmentAt: Date;
  /** Why the result is late. */
  reason: string;
  /** The new appointment: later than the original (it may move only once). */
  newAppointmentAt: Date;
  /** Replaces the standard apology sentence. */
  apology?: string;
  /** The head of the agency, who signs; the position defaults to "Thủ trưởng cơ quan". */
  head: Signer;
  /** Public lookup URL for the QR code. */
  lookupUrl?: string;
}

/** Mẫu 04, A5: the agency apologises for a late result, gives the reason and the one new date. */
export async function renderApologyLetter(input: ApologyLetterInput): Promise<Buffer> {
  if (input.newAppointmentAt.getTime() <= input.originalAppointmentAt.getTime()) {
    throw new RangeError('The new appointment must be later than the original one');
  }
  const form = new FormWriter({
    page: A5_PORTRAIT,
    title: `${FORM_APOLOGY.title} - ${input.dossierCode}`,
    subject: `Mẫu số ${FORM_APOLOGY.number}: ${FORM_APOLOGY.title}`,
    author: input.agency.name,
    createdAt: input.issuedAt,
    footer: `Mẫu số ${FORM_APOLOGY.number} · Mã hồ sơ ${input.dossierCode}`,
  });
  const agency = input.agency.name;
  form.header({ agency: input.agency, number: input.number, dateLine: placeAndDate(input.place, input.issuedAt) });
  form.title(FORM_APOLOGY.title);
  form.line([{ text: 'Kính gửi: ' }, { text: `Ông/Bà ${input.applicant.name}`, bold: true }], { align: 'center', gap: 8 });

  if (input.applicant.address) form.field('Địa chỉ', input.applicant.address);
  form.fields([['Số điện thoại', input.applicant.phone], ['Email', input.applicant.email]]);
  form.line([
    { text: `Vào lúc ${formatDateTime(input.receivedAt)}, ${agency} tiếp nhận hồ sơ của Ông/Bà về việc: ` },
    { text: input.procedureName, bold: true },
    { text: '. Mã hồ sơ: ' },
    { text: input.dossierCode, bold: true },
    { text: '.' },
  ], { align: 'justify' });
  form.field('Thời gian hẹn trả kết quả giải quyết hồ sơ', formatDateTime(input.originalAppointmentAt));
  form.paragraph(`Tuy nhiên, đến nay ${agency} chưa trả kết quả giải quyết hồ sơ của Ông/Bà.`, { align: 'justify' });
  form.field('Lý do', input.reason);
  form.paragraph(
    input.apology ?? `Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${agency} xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào thời gian dưới đây.`,
    { align: 'justify' },
  );
  form.space(0.2);
  form.line([{ text: 'Thời gian hẹn trả kết quả mới: ' }, { text: formatDateTime(input.newAppointmentAt), bold: true }], {
    align: 'center',
    size: A5_PORTRAIT.fontSize + 1.5,
    gap: 8,
  });
  form.paragraph('Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.');
  if (input.lookupUrl) {
    form.space(0.3);
    await form.lookup(input.lookupUrl, [{ text: 'Quét mã QR hoặc truy cập địa chỉ dưới đây để theo dõi tình trạng hồ sơ.' }]);
  }
  form.signatures([{ heading: input.head.position ?? 'Thủ trưởng cơ quan', hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: input.head.name }]);
  return form.finish();
}
