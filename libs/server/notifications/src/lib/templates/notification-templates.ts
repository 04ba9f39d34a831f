import { EVENT_LABELS, formatVnd, STATUS_LABELS, toLocalDate, type DossierStatus, type Label } from '@dvc/shared/domain';
import type { EventDetails } from '@dvc/shared/contracts';
import { refusedAtReception, type NotificationKind } from '../notification-kinds';
import { fitSms } from './sms-text';

/** What a notification may say, read from the dossier, its event and the applicant's account. */
export interface NotificationFacts {
  applicantName: string;
  dossierCode: string;
  procedureName: string;
  /** The agency whose one-stop desk received the dossier: where a result is collected. */
  agencyName: string;
  /** The dossier's page on the citizen portal. */
  detailUrl: string;
  /** The event's reason or content (refusal, supplement request, apology, withdrawal). */
  reason: string | null;
  /** The dossier's appointment (due date) as it stands. */
  dueAt: Date | null;
  /** When the event happened. */
  occurredAt: Date;
  /** The status before the event (a refusal at reception reads differently from one after processing). */
  fromStatus: DossierStatus | null;
  /** What the action recorded besides the reason: items, amount, old and new dates, how the result was returned. */
  details: EventDetails;
}

export interface ComposedNotification {
  subject: string;
  /** Plain-text e-mail body: Vietnamese first, English below. */
  text: string;
  /** One SMS (Vietnamese without diacritics, GSM alphabet, 160 characters when the facts allow). */
  sms: string;
}

/** One kind of message: its title and the lines particular to it, in both languages, and its SMS. */
interface Template {
  title: Label;
  vi: string[];
  en: string[];
  sms: string;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

function parts(instant: Date): { date: string; time: string } {
  const [year, month, day] = toLocalDate(instant).split('-');
  return { date: `${day}/${month}/${year}`, time: new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(11, 16) };
}

/** "17:00 ngày 26/11/2026", in Vietnam time whatever the server's zone. */
export function vietnamDateTimeVi(instant: Date): string {
  const { date, time } = parts(instant);
  return `${time} ngày ${date}`;
}

/** "26/11/2026 at 17:00", in Vietnam time. */
export function vietnamDateTimeEn(instant: Date): string {
  const { date, time } = parts(instant);
  return `${date} at ${time}`;
}

/** "17:00 26/11/2026", for SMS. */
function dateTimeSms(instant: Date): string {
  const { date, time } = parts(instant);
  return `${time} ${date}`;
}

function dateOf(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

const UNKNOWN: Label = { vi: '(xem chi tiết trên Cổng dịch vụ công)', en: '(see the details on the portal)' };

function deskOf(facts: NotificationFacts): Label {
  return { vi: `Bộ phận Một cửa – ${facts.agencyName}`, en: `the one-stop desk of ${facts.agencyName}` };
}

function numbered(items: readonly string[]): string[] {
  return items.map((item, index) => `  ${index + 1}. ${item}`);
}

const submitted = (facts: NotificationFacts): Template => {
  const desk = deskOf(facts);
  return {
    title: { vi: `${STATUS_LABELS.submitted.vi}: hồ sơ đã được gửi, đang chờ tiếp nhận`, en: `${STATUS_LABELS.submitted.en}: awaiting reception` },
    vi: [
      'Hồ sơ đã được gửi, đang chờ tiếp nhận.',
      `Thời điểm gửi: ${vietnamDateTimeVi(facts.occurredAt)} (giờ Việt Nam).`,
      `${desk.vi} sẽ kiểm tra hồ sơ. Khi hồ sơ được tiếp nhận, Quý vị sẽ nhận được thông báo kèm ngày hẹn trả kết quả.`,
    ],
    en: [
      'Your dossier has been sent and is awaiting reception.',
      `Sent on ${vietnamDateTimeEn(facts.occurredAt)} (Vietnam time).`,
      `${capitalise(desk.en)} will check it. Once it is received you will be told the appointment date for the result.`,
    ],
    sms: fitSms(`DVC: Ho so ${facts.dossierCode} da duoc gui, dang cho tiep nhan.`, ''),
  };
};

const received = (facts: NotificationFacts): Template => {
  const desk = deskOf(facts);
  const due = facts.dueAt;
  return {
    title: STATUS_LABELS.received,
    vi: [
      'Hồ sơ đã được tiếp nhận.',
      `Ngày hẹn trả kết quả: ${due ? `${vietnamDateTimeVi(due)} (giờ Việt Nam)` : UNKNOWN.vi}.`,
      `Nơi nhận kết quả: ${desk.vi}, hoặc trực tuyến trên Cổng dịch vụ công nếu Quý vị chọn nhận kết quả điện tử.`,
    ],
    en: [
      'Your dossier has been received.',
      `Appointment for the result: ${due ? `${vietnamDateTimeEn(due)} (Vietnam time)` : UNKNOWN.en}.`,
      `Where to collect the result: ${desk.en}, or online on the portal if you chose an electronic result.`,
    ],
    sms: fitSms(
      `DVC: Ho so ${facts.dossierCode} da duoc tiep nhan. Hen tra ket qua: ${due ? dateTimeSms(due) : 'xem tren Cong DVC'}.`,
      `Noi nhan: Bo phan Mot cua ${facts.agencyName}.`,
    ),
  };
};

const supplementRequested = (facts: NotificationFacts): Template => {
  const items = facts.details.items ?? [];
  return {
    title: { vi: 'Yêu cầu bổ sung hồ sơ', en: STATUS_LABELS.supplement_requested.en },
    vi: [
      'Hồ sơ cần được bổ sung, hoàn thiện.',
      `Lý do: ${facts.reason ?? UNKNOWN.vi}`,
      'Các giấy tờ cần bổ sung:',
      ...(items.length > 0 ? numbered(items) : [`  ${UNKNOWN.vi}`]),
      `Việc cần làm: đăng nhập Cổng dịch vụ công, mở hồ sơ và nộp bổ sung đầy đủ các giấy tờ trên tại ${facts.detailUrl}`,
      'Hồ sơ được tiếp tục giải quyết khi Quý vị đã nộp đủ các giấy tờ bổ sung.',
    ],
    en: [
      'Your dossier needs to be completed.',
      `Reason: ${facts.reason ?? UNKNOWN.en}`,
      'Items to provide or correct:',
      ...(items.length > 0 ? numbered(items) : [`  ${UNKNOWN.en}`]),
      `What to do: log in to the portal, open the dossier and submit all the items above at ${facts.detailUrl}`,
      'Processing continues once everything has been provided.',
    ],
    sms: fitSms(
      `DVC: Ho so ${facts.dossierCode} can bo sung ${items.length} giay to.`,
      facts.reason ? `Ly do: ${sentence(facts.reason)}` : '',
      'Dang nhap Cong DVC de nop bo sung.',
    ),
  };
};

const paymentRequested = (facts: NotificationFacts): Template => {
  const amount = facts.details.amount;
  const desk = deskOf(facts);
  return {
    title: STATUS_LABELS.payment_requested,
    vi: [
      'Hồ sơ cần thực hiện nghĩa vụ tài chính (phí, lệ phí) trước khi được tiếp tục giải quyết.',
      `Số tiền: ${amount !== undefined ? formatVnd(amount) : UNKNOWN.vi}`,
      `Cách nộp: trực tuyến tại ${facts.detailUrl} hoặc trực tiếp tại ${desk.vi}.`,
      'Thời hạn giải quyết tạm dừng cho đến khi Quý vị hoàn thành nghĩa vụ tài chính.',
    ],
    en: [
      'Fees or charges must be paid before your dossier can continue.',
      `Amount: ${amount !== undefined ? formatVnd(amount) : UNKNOWN.en}`,
      `How to pay: online at ${facts.detailUrl} or in person at ${desk.en}.`,
      'The processing time is paused until the payment is made.',
    ],
    sms: fitSms(
      `DVC: Ho so ${facts.dossierCode} can nop phi, le phi${amount !== undefined ? ` ${formatVnd(amount)}` : ''}.`,
      '',
      'Nop truc tuyen tren Cong DVC hoac tai Bo phan Mot cua.',
    ),
  };
};

const apology = (facts: NotificationFacts): Template => {
  const previous = dateOf(facts.details.previousDueAt);
  const next = dateOf(facts.details.newDueAt);
  return {
    title: { vi: 'Thư xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment' },
    vi: [
      'Cơ quan giải quyết xin lỗi Quý vị vì hồ sơ chưa thể trả kết quả đúng hẹn.',
      `Lý do: ${facts.reason ?? UNKNOWN.vi}`,
      `Ngày hẹn cũ: ${previous ? vietnamDateTimeVi(previous) : UNKNOWN.vi}`,
      `Ngày hẹn mới: ${next ? vietnamDateTimeVi(next) : UNKNOWN.vi} (giờ Việt Nam)`,
    ],
    en: [
      'The agency apologises: your result cannot be ready by the appointment it gave.',
      `Reason: ${facts.reason ?? UNKNOWN.en}`,
      `Previous appointment: ${previous ? vietnamDateTimeEn(previous) : UNKNOWN.en}`,
      `New appointment: ${next ? vietnamDateTimeEn(next) : UNKNOWN.en} (Vietnam time)`,
    ],
    sms: fitSms(
      `DVC: Xin loi, ho so ${facts.dossierCode} cham tra ket qua. Hen moi: ${next ? dateTimeSms(next) : '?'} (hen cu ${previous ? dateTimeSms(previous) : '?'}).`,
      facts.reason ? `Ly do: ${sentence(facts.reason)}` : '',
    ),
  };
};

const resultReady = (facts: NotificationFacts): Template => {
  const desk = deskOf(facts);
  return {
    title: STATUS_LABELS.result_ready,
    vi: [
      'Hồ sơ đã có kết quả giải quyết.',
      `${desk.vi} sẽ trả kết quả theo hình thức Quý vị đã chọn. Nếu nhận trực tiếp, vui lòng mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả cùng giấy tờ tùy thân.`,
    ],
    en: [
      'The result of your dossier is ready.',
      `${capitalise(desk.en)} will return it the way you chose. To collect it in person, bring the receipt and appointment slip and an identity document.`,
    ],
    sms: fitSms(`DVC: Ho so ${facts.dossierCode} da co ket qua.`, `Nhan tai Bo phan Mot cua ${facts.agencyName} hoac theo hinh thuc da dang ky.`),
  };
};

const returned = (facts: NotificationFacts): Template => {
  const desk = deskOf(facts);
  const { returnMethod, waybill, collectedBy } = facts.details;
  let how: Label;
  let sms: string;
  switch (returnMethod) {
    case 'online':
      how = { vi: `Kết quả đã được trả trực tuyến. Tải kết quả tại: ${facts.detailUrl}`, en: `The result was returned online. Download it at: ${facts.detailUrl}` };
      sms = fitSms(`DVC: Ket qua ho so ${facts.dossierCode} da duoc tra truc tuyen.`, '', 'Dang nhap Cong DVC de tai ve.');
      break;
    case 'post':
      how = {
        vi: `Kết quả đã được gửi qua dịch vụ bưu chính. Số vận đơn: ${waybill ?? UNKNOWN.vi}`,
        en: `The result was sent by post. Waybill number: ${waybill ?? UNKNOWN.en}`,
      };
      sms = fitSms(`DVC: Ket qua ho so ${facts.dossierCode} da gui qua buu chinh, so van don: ${waybill ?? '?'}.`, '');
      break;
    case 'counter':
      how = {
        vi: `Kết quả đã được trả tại ${desk.vi}. Người nhận: ${collectedBy ?? UNKNOWN.vi}`,
        en: `The result was handed over at ${desk.en}. Collected by: ${collectedBy ?? UNKNOWN.en}`,
      };
      sms = fitSms(`DVC: Ket qua ho so ${facts.dossierCode} da tra tai Bo phan Mot cua.`, collectedBy ? `Nguoi nhan: ${collectedBy}.` : '');
      break;
    case undefined:
      how = { vi: 'Kết quả đã được trả.', en: 'The result has been returned.' };
      sms = fitSms(`DVC: Ket qua ho so ${facts.dossierCode} da duoc tra.`, '');
      break;
  }
  return {
    title: STATUS_LABELS.returned,
    vi: [how.vi, `Quý vị có thể đánh giá mức độ hài lòng về việc giải quyết hồ sơ tại ${facts.detailUrl}`],
    en: [how.en, `You can rate how your dossier was handled at ${facts.detailUrl}`],
    sms,
  };
};

const refused = (facts: NotificationFacts): Template => {
  const desk = deskOf(facts);
  const atReception = refusedAtReception(facts.fromStatus);
  const title: Label = atReception ? STATUS_LABELS.refused : { vi: 'Từ chối giải quyết hồ sơ', en: 'Application refused' };
  return {
    title,
    vi: [
      atReception ? 'Hồ sơ không được tiếp nhận.' : 'Hồ sơ bị từ chối giải quyết.',
      `Lý do: ${facts.reason ?? UNKNOWN.vi}`,
      `Quý vị có thể liên hệ ${desk.vi} để được hướng dẫn, hoặc nộp hồ sơ mới khi đã đủ điều kiện.`,
    ],
    en: [
      atReception ? 'Your dossier was not accepted.' : 'Your application was refused.',
      `Reason: ${facts.reason ?? UNKNOWN.en}`,
      `You may contact ${desk.en} for guidance, or file a new dossier once the conditions are met.`,
    ],
    sms: fitSms(
      `DVC: Ho so ${facts.dossierCode} ${atReception ? 'khong duoc tiep nhan' : 'bi tu choi giai quyet'}.`,
      facts.reason ? `Ly do: ${sentence(facts.reason)}` : '',
    ),
  };
};

const withdrawn = (facts: NotificationFacts): Template => {
  const desk = deskOf(facts);
  return {
    title: STATUS_LABELS.withdrawn,
    vi: [
      'Hồ sơ đã được rút theo yêu cầu của Quý vị và dừng giải quyết.',
      ...(facts.reason ? [`Lý do: ${facts.reason}`] : []),
      `Nếu Quý vị không yêu cầu rút hồ sơ, hãy liên hệ ngay ${desk.vi}.`,
    ],
    en: [
      'Your dossier was withdrawn at your request; processing has stopped.',
      ...(facts.reason ? [`Reason: ${facts.reason}`] : []),
      `If you did not ask for this, contact ${desk.en} at once.`,
    ],
    sms: fitSms(`DVC: Ho so ${facts.dossierCode} da duoc rut theo yeu cau va dung giai quyet.`, ''),
  };
};

const supplementExpired = (facts: NotificationFacts): Template => {
  const desk = deskOf(facts);
  return {
    title: EVENT_LABELS.supplement_expired,
    vi: [
      'Hồ sơ đã bị dừng giải quyết và đóng lại vì chưa nhận được hồ sơ bổ sung trong thời hạn quy định.',
      ...(facts.reason ? [`Lý do: ${facts.reason}`] : []),
      `Nếu vẫn có nhu cầu, Quý vị có thể nộp hồ sơ mới hoặc liên hệ ${desk.vi} để được hướng dẫn.`,
    ],
    en: [
      'Your dossier has been closed: the requested supplement did not arrive within the time limit.',
      ...(facts.reason ? [`Reason: ${facts.reason}`] : []),
      `If you still need this procedure, file a new dossier or contact ${desk.en} for guidance.`,
    ],
    sms: fitSms(`DVC: Ho so ${facts.dossierCode} da bi dong do qua han nop bo sung.`, '', 'Lien he Bo phan Mot cua de duoc huong dan.'),
  };
};

/** One template per notifiable kind. */
const TEMPLATES: Record<NotificationKind, (facts: NotificationFacts) => Template> = {
  submitted,
  received,
  supplement_requested: supplementRequested,
  payment_requested: paymentRequested,
  apology,
  result_ready: resultReady,
  returned,
  refused,
  withdrawn,
  supplement_expired: supplementExpired,
};

/** A free text (a reason) closed with a full stop, so what follows it in an SMS reads as a new sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function layout(facts: NotificationFacts, template: Template): ComposedNotification {
  const lines = [
    `Kính gửi ${facts.applicantName},`,
    '',
    ...template.vi,
    '',
    `Mã hồ sơ: ${facts.dossierCode}`,
    `Thủ tục: ${facts.procedureName}`,
    `Xem chi tiết: ${facts.detailUrl}`,
    '',
    '---',
    `Dear ${facts.applicantName},`,
    '',
    ...template.en,
    '',
    `Dossier code: ${facts.dossierCode}`,
    `Procedure: ${facts.procedureName}`,
    `Details: ${facts.detailUrl}`,
    '',
    'Thư này được gửi tự động, vui lòng không trả lời. / This message was sent automatically; please do not reply.',
  ];
  return { subject: `[${facts.dossierCode}] ${template.title.vi} / ${template.title.en}`, text: lines.join('\n'), sms: template.sms };
}

/** The message the applicant gets for a notifiable event: subject, e-mail text (Vietnamese, then English) and SMS. */
export function composeNotification(kind: NotificationKind, facts: NotificationFacts): ComposedNotification {
  return layout(facts, TEMPLATES[kind](facts));
}

/**
 * A reminder of a supplement request still unanswered (sent by a schedule, by the request event's id). The facts are
 * those of the request event: `occurredAt` is when the supplement was asked for.
 */
export function composeSupplementReminder(facts: NotificationFacts): ComposedNotification {
  const items = facts.details.items ?? [];
  const since = vietnamDateTimeVi(facts.occurredAt);
  return layout(facts, {
    title: { vi: 'Nhắc bổ sung hồ sơ', en: 'Reminder: your dossier needs completing' },
    vi: [
      `Nhắc lại: hồ sơ đang chờ Quý vị bổ sung từ ${since}.`,
      `Lý do: ${facts.reason ?? UNKNOWN.vi}`,
      'Các giấy tờ cần bổ sung:',
      ...(items.length > 0 ? numbered(items) : [`  ${UNKNOWN.vi}`]),
      `Việc cần làm: đăng nhập Cổng dịch vụ công và nộp bổ sung tại ${facts.detailUrl}`,
      'Nếu không bổ sung trong thời hạn quy định, hồ sơ có thể bị dừng giải quyết.',
    ],
    en: [
      `Reminder: your dossier has been waiting for your supplement since ${vietnamDateTimeEn(facts.occurredAt)}.`,
      `Reason: ${facts.reason ?? UNKNOWN.en}`,
      'Items to provide or correct:',
      ...(items.length > 0 ? numbered(items) : [`  ${UNKNOWN.en}`]),
      `What to do: log in to the portal and submit them at ${facts.detailUrl}`,
      'Without the supplement within the set time, processing may be stopped.',
    ],
    sms: fitSms(
      `DVC: Nhac lai, ho so ${facts.dossierCode} dang cho bo sung ${items.length} giay to tu ${dateTimeSms(facts.occurredAt)}.`,
      '',
      'Dang nhap Cong DVC de nop bo sung.',
    ),
  });
}
