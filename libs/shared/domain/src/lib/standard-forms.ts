import type { Label } from './dossier-lifecycle';
import type { DossierEventKind, DossierStatus } from './dossier-lifecycle.types';

/** The standard forms of Circular 03/2025/TT-VPCP printed for one dossier (documents.md); 07 is a book of many. */
export const DOSSIER_FORM_CODES = ['01', '02', '03', '04', '05', '06'] as const;
export type DossierFormCode = (typeof DOSSIER_FORM_CODES)[number];
export type StandardFormCode = DossierFormCode | '07';

export const STANDARD_FORM_TITLES: Record<StandardFormCode, Label> = {
  '01': { vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', en: 'Receipt and appointment slip' },
  '02': { vi: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Supplement request' },
  '03': { vi: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ', en: 'Refusal notice' },
  '04': { vi: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment' },
  '05': { vi: 'Thông báo dừng giải quyết hồ sơ', en: 'Stop notice' },
  '06': { vi: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', en: 'Process control sheet' },
  '07': { vi: 'Sổ theo dõi hồ sơ', en: 'Dossier tracking book' },
};

/** Which standard forms a dossier has, from its status, whether it was received, and what its history holds. */
export function dossierForms(status: DossierStatus, received: boolean, history: Iterable<DossierEventKind>): DossierFormCode[] {
  const happened = new Set(history);
  const forms: DossierFormCode[] = [];
  if (received) forms.push('01');
  if (happened.has('request_supplement')) forms.push('02');
  if (status === 'refused') forms.push('03');
  if (happened.has('apologise')) forms.push('04');
  if (status === 'withdrawn') forms.push('05');
  if (received) forms.push('06');
  return forms;
}
