import { STATUS_LABELS } from '@dvc/shared/domain';
import { A4_PORTRAIT, FormWriter } from '../pdf/form-writer';
import { formatDateTime, placeAndDate } from '../pdf/vietnamese-format';

export interface ResultDocumentInput {
  agencyName: string;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  receivedAt: Date | null;
  /** Printed in the date line and used as the PDF creation date. */
  approvedAt: Date;
  approverName: string;
  /** Public lookup URL encoded in the QR code and printed under it. */
  trackingUrl: string;
  /** The locality printed before the date ("Hà Giang, ngày …"); without it the line starts with "Ngày". */
  place?: string;
}

const TITLE = 'Thông báo kết quả giải quyết thủ tục hành chính';

/**
 * The result notice handed to the applicant (A4): national motto, issuing agency, the dossier, who approved it, and a
 * QR code to look the dossier up.
 */
export async function renderResultDocument(input: ResultDocumentInput): Promise<Buffer> {
  const form = new FormWriter({
    page: A4_PORTRAIT,
    title: `Kết quả hồ sơ ${input.dossierCode}`,
    subject: TITLE,
    author: input.agencyName,
    createdAt: input.approvedAt,
    footer: `Mã hồ sơ ${input.dossierCode}`,
  });
  form.header({ agency: { name: input.agencyName }, dateLine: placeAndDate(input.place, input.approvedAt) });
  form.title(TITLE);
  form.field('Mã hồ sơ', input.dossierCode, { bold: true });
  form.field('Thủ tục', input.procedureName);
  form.field('Người nộp', input.applicantName);
  if (input.receivedAt) form.field('Thời gian tiếp nhận', formatDateTime(input.receivedAt));
  form.field('Kết quả', `${STATUS_LABELS.result_ready.vi}. Hồ sơ đã được giải quyết và phê duyệt.`);
  form.field('Người phê duyệt', input.approverName);
  form.space(0.5);
  form.paragraph(
    'Ông/Bà vui lòng nhận kết quả tại Bộ phận Một cửa hoặc theo hình thức đã đăng ký. ' +
      'Quét mã QR hoặc tra cứu bằng mã hồ sơ và mã bí mật để xem tiến độ.',
    { align: 'justify' },
  );
  form.space(0.5);
  await form.lookup(input.trackingUrl, [{ text: 'Tra cứu, xác thực kết quả: quét mã QR hoặc truy cập địa chỉ dưới đây.' }]);
  form.signatures([{ heading: 'Người phê duyệt', hint: '(Đã ký)', name: input.approverName }]);
  return form.finish();
}
