import { formatVnd, type TimeLimit } from '@dvc/shared/domain';
import { DOCUMENT_COPY_KIND_LABELS, FEE_STATUS_LABELS, FORM_RECEIPT, type DocumentCopyKind, type FeeStatus } from '../pdf/documents.constants';
import { A5_PORTRAIT, FormWriter } from '../pdf/form-writer';
import { formatCount, formatDateTime, formatTimeLimit, placeAndDate } from '../pdf/vietnamese-format';
import type { ApplicantInfo, StandardFormBase } from './form-inputs';

export interface ReceivedDocument {
  name: string;
  kind: DocumentCopyKind;
  quantity: number;
}

/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export interface ReceiptSlipInput extends StandardFormBase {
  receiptNumber: string;
  dossierCode: string;
  applicant: ApplicantInfo;
  /** What is requested: the procedure's name. */
  procedureName: string;
  documents: readonly ReceivedDocument[];
  /** Number of sets (bộ hồ sơ). */
  sets: number;
  legalTime: TimeLimit;
  receivedAt: Date;
  appointmentAt: Date;
  /** Where to collect the result, e.g. "Bộ phận Một cửa …" or "Nhận qua dịch vụ bưu chính". */
  collectAt: string;
  fee: { amount: number; status: FeeStatus };
  trackingSecret: string;
  /** Public lookup URL encoded in the QR code, e.g. `https://…/tra-cuu?code=…&secret=…`. */
  lookupUrl: string;
  /** Entry in the tracking book: volume (quyển số) and entry number (số thứ tự). */
  bookEntry?: { volume?: string; number: string | number };
  receivingOfficer: string;
}

function feeText(fee: ReceiptSlipInput['fee']): string {
  switch (fee.status) {
    case 'exempt':
      return `Không thu (${FEE_STATUS_LABELS.exempt})`;
    case 'paid':
    case 'unpaid':
      return `${formatVnd(fee.amount)} (${FEE_STATUS_LABELS[fee.status]})`;
  }
}

/** Mẫu 01, A5: issued when the one-stop accepts a dossier; carries the code, the appointment and a QR lookup link. */
export async function renderReceiptSlip(input: ReceiptSlipInput): Promise<Buffer> {
  const form = new FormWriter({
    page: A5_PORTRAIT,
    title: `${FORM_RECEIPT.title} - ${input.dossierCode}`,
    subject: `Mẫu số ${FORM_RECEIPT.number}: ${FORM_RECEIPT.title}`,
    author: input.agency.name,
    createdAt: input.issuedAt,
    footer: `Mẫu số ${FORM_RECEIPT.number} · Mã hồ sơ ${input.dossierCode}`,
  });
  form.header({ agency: input.agency, number: input.receiptNumber, dateLine: placeAndDate(input.place, input.issuedAt) });
  form.title(FORM_RECEIPT.title);
  form.line([{ text: 'Mã hồ sơ: ' }, { text: input.dossierCode, bold: true }], { align: 'center', size: A5_PORTRAIT.fontSize + 3, gap: 6 });

  form.line([{ text: `${input.agency.name} tiếp nhận hồ sơ của: ` }, { text: input.applicant.name, bold: true }]);
  if (input.applicant.address) form.field('Địa chỉ', input.applicant.address);
  form.fields([['Số điện thoại', input.applicant.phone], ['Email', input.applicant.email]]);
  form.field('Nội dung yêu cầu giải quyết', input.procedureName, { bold: true });

  form.paragraph('1. Thành phần hồ sơ nộp gồm:');
  form.table({
    columns: [
      { header: 'STT', width: 0.5, align: 'center' },
      { header: 'Tên giấy tờ', width: 4.2 },
      { header: 'Hình thức (bản chính, bản sao hoặc bản sao chứng thực)', width: 2.2, align: 'center' },
      { header: 'Số lượng', width: 0.9, align: 'center' },
    ],
    rows: input.documents.map((document, index) => [
      String(index + 1),
      document.name,
      DOCUMENT_COPY_KIND_LABELS[document.kind],
      formatCount(document.quantity),
    ]),
  });
  form.line([{ text: '2. Số lượng hồ sơ: ' }, { text: `${formatCount(input.sets)} bộ` }]);
  form.line([{ text: '3. Thời gian giải quyết hồ sơ theo quy định: ' }, { text: formatTimeLimit(input.legalTime) }]);
  form.line([{ text: '4. Thời gian nhận hồ sơ: ' }, { text: formatDateTime(input.receivedAt) }]);
  form.line([{ text: '5. Thời gian trả kết quả giải quyết hồ sơ: ' }, { text: formatDateTime(input.appointmentAt), bold: true }]);
  form.line([{ text: '6. Đăng ký nhận kết quả tại: ' }, { text: input.collectAt }]);
  form.line([{ text: '7. Phí, lệ phí: ' }, { text: feeText(input.fee) }]);
  if (input.bookEntry) {
    const volume = input.bookEntry.volume ? `Quyển số: ${input.bookEntry.volume}, ` : '';
    form.paragraph(`Vào Sổ theo dõi hồ sơ, ${volume}Số thứ tự: ${input.bookEntry.number}`, { italic: true });
  }
  form.space(0.3);
  await form.lookup(input.lookupUrl, [
    { text: 'Mã tra cứu: ' },
    { text: input.trackingSecret, bold: true },
    { text: '. Quét mã QR hoặc truy cập địa chỉ dưới đây để theo dõi tình trạng hồ sơ (cần mã hồ sơ và mã tra cứu).' },
  ]);
  form.signatures([
    { heading: 'Người nộp hồ sơ', hint: '(Ký và ghi rõ họ tên)', name: input.applicant.name },
    { heading: 'Người tiếp nhận hồ sơ', hint: '(Ký và ghi rõ họ tên)', name: input.receivingOfficer },
  ]);
  return form.finish();
}
