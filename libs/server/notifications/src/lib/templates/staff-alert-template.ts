import type { Label } from '@dvc/shared/domain';
import type { OutboxPayloads } from '@dvc/server/core';
import { vietnamDateTimeEn, vietnamDateTimeVi } from './notification-templates';

export type StaffAlertKind = OutboxPayloads['dossier.deadline-alert']['kind'];

/** What a deadline alert to a staff member says, read from the alert, its dossier (and step) and the recipient. */
export interface StaffAlertFacts {
  kind: StaffAlertKind;
  recipientName: string;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  /** The agency processing the dossier now. */
  agencyName: string;
  /** The step's name for a step alert (null when the step is not known). */
  stepName: string | null;
  dueAt: Date;
  /** The dossier's page on the one-stop desk. */
  deskUrl: string;
}

export interface ComposedStaffAlert {
  subject: string;
  /** Plain-text e-mail body: Vietnamese first, English below. */
  text: string;
}

interface AlertWording {
  title: Label;
  headline: Label;
  dueLabel: Label;
  /** What to do, when there is something particular to say. */
  advice: Label | null;
}

const stepOf = (facts: StaffAlertFacts): Label =>
  facts.stepName
    ? { vi: `Bước «${facts.stepName}» của hồ sơ ${facts.dossierCode}`, en: `The step "${facts.stepName}" of dossier ${facts.dossierCode}` }
    : { vi: `Một bước xử lý của hồ sơ ${facts.dossierCode}`, en: `A processing step of dossier ${facts.dossierCode}` };

/** One wording per kind of alert (a new kind is a compile error here). */
const WORDING: Record<StaffAlertKind, (facts: StaffAlertFacts) => AlertWording> = {
  at_risk: (facts) => ({
    title: { vi: 'Hồ sơ sắp đến hạn', en: 'Dossier due soon' },
    headline: { vi: `Hồ sơ ${facts.dossierCode} sắp đến hạn giải quyết.`, en: `Dossier ${facts.dossierCode} is due soon.` },
    dueLabel: { vi: 'Hạn giải quyết', en: 'Due' },
    advice: { vi: 'Vui lòng hoàn thành xử lý trước hạn.', en: 'Please finish processing it before it is due.' },
  }),
  overdue: (facts) => ({
    title: { vi: 'Hồ sơ quá hạn', en: 'Dossier overdue' },
    headline: { vi: `Hồ sơ ${facts.dossierCode} đã quá hạn giải quyết.`, en: `Dossier ${facts.dossierCode} is overdue.` },
    dueLabel: { vi: 'Hạn giải quyết', en: 'Was due' },
    advice: {
      vi: 'Hồ sơ trễ hẹn cần có văn bản xin lỗi người nộp và hẹn lại ngày trả kết quả.',
      en: 'A late dossier needs an apology to the applicant with a new appointment.',
    },
  }),
  step_at_risk: (facts) => {
    const step = stepOf(facts);
    return {
      title: { vi: 'Bước xử lý sắp đến hạn', en: 'Processing step due soon' },
      headline: { vi: `${step.vi} sắp đến hạn.`, en: `${step.en} is due soon.` },
      dueLabel: { vi: 'Hạn của bước', en: 'Step due' },
      advice: { vi: 'Vui lòng hoàn thành bước này trước hạn.', en: 'Please finish this step before it is due.' },
    };
  },
  step_overdue: (facts) => {
    const step = stepOf(facts);
    return {
      title: { vi: 'Bước xử lý quá hạn', en: 'Processing step overdue' },
      headline: { vi: `${step.vi} đã quá hạn.`, en: `${step.en} is overdue.` },
      dueLabel: { vi: 'Hạn của bước', en: 'Step was due' },
      advice: null,
    };
  },
};

/**
 * The e-mail a staff member gets when the deadline sweep finds a dossier (or one of its steps) at risk or overdue:
 * which dossier, what is late, the due date in Vietnam time and a link to the dossier on the desk.
 */
export function composeStaffAlert(facts: StaffAlertFacts): ComposedStaffAlert {
  const wording = WORDING[facts.kind](facts);
  const lines = [
    `Kính gửi ${facts.recipientName},`,
    '',
    wording.headline.vi,
    `${wording.dueLabel.vi}: ${vietnamDateTimeVi(facts.dueAt)} (giờ Việt Nam)`,
    ...(wording.advice ? [wording.advice.vi] : []),
    '',
    `Mã hồ sơ: ${facts.dossierCode}`,
    `Thủ tục: ${facts.procedureName}`,
    `Người nộp: ${facts.applicantName}`,
    `Cơ quan xử lý: ${facts.agencyName}`,
    `Mở hồ sơ: ${facts.deskUrl}`,
    '',
    '---',
    `Dear ${facts.recipientName},`,
    '',
    wording.headline.en,
    `${wording.dueLabel.en}: ${vietnamDateTimeEn(facts.dueAt)} (Vietnam time)`,
    ...(wording.advice ? [wording.advice.en] : []),
    '',
    `Dossier code: ${facts.dossierCode}`,
    `Procedure: ${facts.procedureName}`,
    `Applicant: ${facts.applicantName}`,
    `Processing agency: ${facts.agencyName}`,
    `Open the dossier: ${facts.deskUrl}`,
    '',
    'Thư này được gửi tự động, vui lòng không trả lời. / This message was sent automatically; please do not reply.',
  ];
  return { subject: `[${facts.dossierCode}] ${wording.title.vi} / ${wording.title.en}`, text: lines.join('\n') };
}
