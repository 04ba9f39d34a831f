import type { LocalDate } from '@dvc/shared/domain';
import { FORM_TRACKING_BOOK } from '../pdf/documents.constants';
import { A4_LANDSCAPE, FormWriter } from '../pdf/form-writer';
import { formatDate, formatDateTime, placeAndDate } from '../pdf/vietnamese-format';
import type { StandardFormBase } from './form-inputs';

/** One dossier in the tracking book. */
export interface TrackingBookEntry {
  /** The entry number (số thứ tự) in the book. */
  number: number | string;
  dossierCode: string;
  procedureName: string;
  sets: number;
  applicant: { name: string; address?: string; phone?: string };
  leadAgency: string;
  receivedAt: Date;
  appointmentAt: Date;
  /** Sent to the competent agency. */
  transferredAt?: Date | null;
  /** Result received back from the agency. */
  backFromAgencyAt?: Date | null;
  /** Result returned to the applicant. */
  returnedAt?: Date | null;
  note?: string;
}

/** Mẫu 07: Sổ theo dõi hồ sơ, for a period. */
export interface TrackingBookInput extends StandardFormBase {
  /** The period, both days included: a `YYYY-MM-DD` day, or an instant printed as its date in Vietnam. */
  period: { from: Date | LocalDate; to: Date | LocalDate };
  /** Volume of the book (quyển số). */
  volume?: string;
  entries: readonly TrackingBookEntry[];
}

const when = (instant: Date | null | undefined): string => (instant ? formatDateTime(instant) : '');

/** Mẫu 07, A4 landscape: one row per dossier, the header repeated on every page, a total line at the end. */
export async function renderTrackingBook(input: TrackingBookInput): Promise<Buffer> {
  const period = `Từ ngày ${formatDate(input.period.from)} đến ngày ${formatDate(input.period.to)}`;
  const form = new FormWriter({
    page: A4_LANDSCAPE,
    title: `${FORM_TRACKING_BOOK.title} - ${input.agency.name} - ${period}`,
    subject: `Mẫu số ${FORM_TRACKING_BOOK.number}: ${FORM_TRACKING_BOOK.title}`,
    author: input.agency.name,
    createdAt: input.issuedAt,
    footer: `Mẫu số ${FORM_TRACKING_BOOK.number} · ${FORM_TRACKING_BOOK.title} · ${input.agency.name} · ${period}`,
  });
  form.header({ agency: input.agency, dateLine: placeAndDate(input.place, input.issuedAt) });
  form.title(
    FORM_TRACKING_BOOK.title,
    { text: input.agency.name, bold: true },
    { text: input.volume ? `${period} · Quyển số: ${input.volume}` : period, italic: true },
  );
  form.table({
    fontSize: A4_LANDSCAPE.fontSize - 1.5,
    columns: [
      { header: 'STT', width: 22, align: 'center' },
      { header: 'Mã hồ sơ', width: 102 },
      { header: 'Tên thủ tục hành chính', width: 96 },
      { header: 'Số lượng hồ sơ (bộ)', width: 30, align: 'center' },
      { header: 'Tên cá nhân, tổ chức', width: 66 },
      { header: 'Địa chỉ, số điện thoại', width: 80 },
      { header: 'Cơ quan chủ trì giải quyết', width: 64 },
      { header: 'Nhận hồ sơ', width: 46, align: 'center', group: 'Ngày, tháng, năm' },
      { header: 'Hẹn trả kết quả', width: 46, align: 'center', group: 'Ngày, tháng, năm' },
      { header: 'Chuyển hồ sơ đến cơ quan giải quyết', width: 46, align: 'center', group: 'Ngày, tháng, năm' },
      { header: 'Nhận kết quả từ cơ quan giải quyết', width: 46, align: 'center', group: 'Ngày, tháng, năm' },
      { header: 'Trả kết quả cho cá nhân, tổ chức', width: 46, align: 'center', group: 'Ngày, tháng, năm' },
      { header: 'Chữ ký cá nhân, tổ chức', width: 40, align: 'center' },
      { header: 'Ghi chú', width: 50 },
    ],
    rows: input.entries.map((entry) => [
      String(entry.number),
      entry.dossierCode,
      entry.procedureName,
      String(entry.sets),
      entry.applicant.name,
      [entry.applicant.address, entry.applicant.phone ? `ĐT: ${entry.applicant.phone}` : undefined].filter(Boolean).join('\n'),
      entry.leadAgency,
      when(entry.receivedAt),
      when(entry.appointmentAt),
      when(entry.transferredAt),
      when(entry.backFromAgencyAt),
      when(entry.returnedAt),
      '',
      entry.note ?? '',
    ]),
  });
  const sets = input.entries.reduce((sum, entry) => sum + entry.sets, 0);
  form.line([{ text: 'Tổng cộng: ' }, { text: `${input.entries.length} hồ sơ (${sets} bộ)`, bold: true }]);
  return form.finish();
}
