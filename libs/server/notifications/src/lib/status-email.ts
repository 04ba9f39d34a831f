import { ACTION_LABELS, STATUS_LABELS, toLocalDate, type DossierAction, type DossierStatus } from '@dvc/shared/domain';

export interface StatusEmailInput {
  applicantName: string;
  dossierCode: string;
  procedureName: string;
  action: DossierAction;
  toStatus: DossierStatus;
  reason: string | null;
  dueAt: Date | null;
  detailUrl: string;
}

/** "17:00 ngày 26/11/2026", in Vietnam time whatever the server's zone. */
function localDateTime(instant: Date): string {
  const [year, month, day] = toLocalDate(instant).split('-');
  const time = new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(11, 16);
  return `${time} ngày ${day}/${month}/${year}`;
}

/** The e-mail an applicant gets when their dossier changes status: Vietnamese first, English below. */
export function composeStatusEmail(input: StatusEmailInput): { subject: string; text: string } {
  const status = STATUS_LABELS[input.toStatus];
  const action = ACTION_LABELS[input.action];
  const lines = [
    `Kính gửi ${input.applicantName},`,
    '',
    `Hồ sơ ${input.dossierCode} (${input.procedureName}) vừa được cập nhật: ${action.vi}.`,
    `Trạng thái hiện tại: ${status.vi}.`,
    ...(input.reason ? [`Lý do: ${input.reason}`] : []),
    ...(input.dueAt && input.toStatus === 'received' ? [`Ngày hẹn trả kết quả: ${localDateTime(input.dueAt)}.`] : []),
    `Xem chi tiết: ${input.detailUrl}`,
    '',
    '---',
    `Dossier ${input.dossierCode} (${input.procedureName}): ${action.en}. Current status: ${status.en}.`,
    ...(input.reason ? [`Reason: ${input.reason}`] : []),
    `Details: ${input.detailUrl}`,
    '',
    'Thư này được gửi tự động, vui lòng không trả lời. / This message was sent automatically; please do not reply.',
  ];
  return { subject: `[${input.dossierCode}] ${status.vi} / ${status.en}`, text: lines.join('\n') };
}
