import PDFDocument from 'pdfkit';
import { toDataURL } from 'qrcode';
import { STATUS_LABELS, toLocalDate } from '@dvc/shared/domain';

const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface ResultDocumentInput {
  agencyName: string;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  receivedAt: Date | null;
  approvedAt: Date;
  approverName: string;
  trackingUrl: string;
}

function vietnameseDate(instant: Date): string {
  const [year, month, day] = toLocalDate(instant).split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/**
 * The result notice handed to the applicant: national motto, issuing agency, the dossier, who approved it, and a QR
 * code to look the dossier up. DejaVu fonts carry every Vietnamese glyph; PDFKit's built-in fonts do not.
 */
export async function renderResultDocument(input: ResultDocumentInput): Promise<Buffer> {
  const qr = await toDataURL(input.trackingUrl, { margin: 1, width: 220 });
  const document = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Kết quả hồ sơ ${input.dossierCode}`, Author: input.agencyName } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.registerFont('regular', FONT_REGULAR);
  document.registerFont('bold', FONT_BOLD);

  const width = document.page.width - 112;
  document.font('bold').fontSize(11).text(input.agencyName.toUpperCase(), 56, 56, { width: width / 2 - 10, align: 'center' });
  document.font('bold').fontSize(11).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 56 + width / 2, 56, { width: width / 2, align: 'center' });
  document.font('bold').fontSize(11).text('Độc lập - Tự do - Hạnh phúc', { width: width / 2, align: 'center' });
  document.moveDown(2);
  document.font('bold').fontSize(15).text('THÔNG BÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 56, document.y, { width, align: 'center' });
  document.moveDown(1.5);

  const line = (label: string, value: string) => {
    document.font('bold').fontSize(11).text(`${label}: `, { continued: true }).font('regular').text(value);
    document.moveDown(0.3);
  };
  line('Mã hồ sơ', input.dossierCode);
  line('Thủ tục', input.procedureName);
  line('Người nộp', input.applicantName);
  if (input.receivedAt) line('Ngày tiếp nhận', vietnameseDate(input.receivedAt));
  line('Kết quả', `${STATUS_LABELS.result_ready.vi}. Hồ sơ đã được giải quyết và phê duyệt.`);
  line('Người phê duyệt', input.approverName);
  document.moveDown(1);
  document.font('regular').fontSize(11).text(
    'Ông/Bà vui lòng nhận kết quả tại Bộ phận Một cửa hoặc theo hình thức đã đăng ký. ' +
      'Quét mã QR hoặc tra cứu bằng mã hồ sơ và mã bí mật để xem tiến độ.',
    { width },
  );
  document.moveDown(1);
  document.font('regular').text(`${input.agencyName}, ${vietnameseDate(input.approvedAt)}`, { width, align: 'right' });
  document.image(Buffer.from(qr.split(',')[1] ?? '', 'base64'), 56, document.y + 20, { width: 110 });
  document.end();
  return finished;
}
