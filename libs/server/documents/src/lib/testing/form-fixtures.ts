import type { ApologyLetterInput } from '../forms/apology-letter.form';
import type { ProcessControlSheetInput } from '../forms/process-control-sheet.form';
import type { ReceiptSlipInput } from '../forms/receipt-slip.form';
import type { RefusalNoticeInput } from '../forms/refusal-notice.form';
import type { ResultDocumentInput } from '../forms/result-document.form';
import type { StopNoticeInput } from '../forms/stop-notice.form';
import type { SupplementRequestInput } from '../forms/supplement-request.form';
import type { TrackingBookEntry, TrackingBookInput } from '../forms/tracking-book.form';

/** Sample inputs for the form specs. Instants are given in UTC; the forms print them in Vietnam time (UTC+7). */
export const DOSSIER_CODE = '000.00.00.H56-260315-0001';
export const LOOKUP_URL = `https://dichvucong.hagiang.gov.vn/tra-cuu?code=${DOSSIER_CODE}&secret=K7P2-QX9M`;

const agency = { name: 'Trung tâm Phục vụ hành chính công tỉnh', parentName: 'UBND tỉnh Hà Giang' };
const applicant = {
  name: 'Nguyễn Thị Hồng Nhung',
  address: 'Số 12, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang',
  phone: '0912 345 678',
  email: 'nhung.nguyen@example.vn',
};
const procedureName = 'Cấp giấy phép xây dựng nhà ở riêng lẻ';

export function receiptSlipInput(overrides: Partial<ReceiptSlipInput> = {}): ReceiptSlipInput {
  return {
    agency,
    place: 'Hà Giang',
    issuedAt: new Date('2026-03-15T07:30:00Z'),
    receiptNumber: '125/TNHS',
    dossierCode: DOSSIER_CODE,
    applicant,
    procedureName,
    documents: [
      { name: 'Đơn đề nghị cấp giấy phép xây dựng', kind: 'original', quantity: 1 },
      { name: 'Giấy chứng nhận quyền sử dụng đất', kind: 'certified_copy', quantity: 1 },
      { name: 'Bản vẽ thiết kế xây dựng', kind: 'copy', quantity: 2 },
    ],
    sets: 1,
    legalTime: { value: 15, unit: 'working_days' },
    receivedAt: new Date('2026-03-15T07:30:00Z'),
    appointmentAt: new Date('2026-04-06T09:00:00Z'),
    collectAt: 'Bộ phận Một cửa, Trung tâm Phục vụ hành chính công tỉnh',
    fee: { amount: 75000, status: 'paid' },
    trackingSecret: 'K7P2-QX9M',
    lookupUrl: LOOKUP_URL,
    bookEntry: { volume: '03', number: 125 },
    receivingOfficer: 'Trần Văn Bình',
    ...overrides,
  };
}

export function supplementRequestInput(overrides: Partial<SupplementRequestInput> = {}): SupplementRequestInput {
  return {
    agency,
    place: 'Hà Giang',
    issuedAt: new Date('2026-03-16T02:00:00Z'),
    number: '12/PYCBS',
    dossierCode: DOSSIER_CODE,
    applicant,
    procedureName,
    items: [
      { item: 'Bản vẽ thiết kế xây dựng', requirement: 'Bổ sung bản vẽ mặt bằng móng có chữ ký của chủ đầu tư' },
      { item: 'Đơn đề nghị cấp giấy phép', requirement: 'Ghi rõ diện tích sàn xây dựng và số tầng' },
    ],
    reason: 'Hồ sơ chưa đủ thành phần theo quy định tại Nghị định 175/2024/NĐ-CP',
    contact: { name: 'Phạm Thu Hà', phone: '0219 3866 123' },
    officer: 'Trần Văn Bình',
    supplementDueAt: new Date('2026-04-06T09:00:00Z'),
    lookupUrl: LOOKUP_URL,
    ...overrides,
  };
}

export function refusalNoticeInput(overrides: Partial<RefusalNoticeInput> = {}): RefusalNoticeInput {
  return {
    agency,
    place: 'Hà Giang',
    issuedAt: new Date('2026-03-15T08:00:00Z'),
    number: '3/PTC',
    applicant,
    procedureName,
    reasons: ['Thửa đất nằm trong hành lang an toàn đường bộ.', 'Thủ tục không thuộc thẩm quyền giải quyết của cơ quan.'],
    officer: 'Trần Văn Bình',
    ...overrides,
  };
}

export function apologyLetterInput(overrides: Partial<ApologyLetterInput> = {}): ApologyLetterInput {
  return {
    agency,
    place: 'Hà Giang',
    issuedAt: new Date('2026-04-03T02:00:00Z'),
    number: '7/PXL',
    dossierCode: DOSSIER_CODE,
    applicant,
    procedureName,
    receivedAt: new Date('2026-03-15T07:30:00Z'),
    originalAppointmentAt: new Date('2026-04-06T09:00:00Z'),
    reason: 'Cần lấy ý kiến Sở Nông nghiệp và Môi trường về ranh giới thửa đất',
    // 17:30 UTC on 9 April is 00:30 on 10 April in Vietnam.
    newAppointmentAt: new Date('2026-04-09T17:30:00Z'),
    head: { name: 'Lê Minh Đức', position: 'Giám đốc' },
    lookupUrl: LOOKUP_URL,
    ...overrides,
  };
}

export function stopNoticeInput(overrides: Partial<StopNoticeInput> = {}): StopNoticeInput {
  return {
    agency,
    place: 'Hà Giang',
    issuedAt: new Date('2026-03-20T04:00:00Z'),
    number: '2/TB',
    dossierCode: DOSSIER_CODE,
    applicant,
    procedureName,
    receivedAt: new Date('2026-03-15T07:30:00Z'),
    requestedAt: new Date('2026-03-20T03:15:00Z'),
    reason: 'withdrawn',
    detail: 'Gia đình thay đổi phương án xây dựng',
    note: 'Hồ sơ giấy đã được trả lại cho Ông/Bà.',
    signer: { name: 'Trần Văn Bình' },
    ...overrides,
  };
}

export function processControlSheetInput(overrides: Partial<ProcessControlSheetInput> = {}): ProcessControlSheetInput {
  return {
    agency,
    place: 'Hà Giang',
    issuedAt: new Date('2026-04-02T03:00:00Z'),
    dossierCode: DOSSIER_CODE,
    receiptNumber: '125/TNHS',
    applicantName: applicant.name,
    procedureName,
    leadAgency: 'Sở Xây dựng',
    coordinatingAgencies: ['Sở Nông nghiệp và Môi trường'],
    receivedAt: new Date('2026-03-15T07:30:00Z'),
    appointmentAt: new Date('2026-04-06T09:00:00Z'),
    steps: [
      {
        agency: 'Bộ phận Một cửa',
        step: 'Tiếp nhận, chuyển hồ sơ',
        handedOverAt: new Date('2026-03-15T07:30:00Z'),
        giver: 'Nguyễn Thị Hồng Nhung',
        receiver: 'Trần Văn Bình',
        dueAt: new Date('2026-03-16T09:00:00Z'),
        finishedAt: new Date('2026-03-15T09:00:00Z'),
      },
      {
        agency: 'Sở Xây dựng - Phòng Quản lý xây dựng',
        step: 'Thẩm định hồ sơ',
        handedOverAt: new Date('2026-03-15T09:00:00Z'),
        giver: 'Trần Văn Bình',
        receiver: 'Phạm Thu Hà',
        dueAt: new Date('2026-03-30T09:00:00Z'),
        finishedAt: new Date('2026-03-30T08:00:00Z'),
      },
      {
        agency: 'Sở Xây dựng - Lãnh đạo Sở',
        step: 'Phê duyệt, ký kết quả',
        handedOverAt: new Date('2026-03-30T08:00:00Z'),
        giver: 'Phạm Thu Hà',
        receiver: 'Lê Minh Đức',
        dueAt: new Date('2026-04-01T09:00:00Z'),
        outcome: 'late',
        note: 'Chờ ý kiến phối hợp',
      },
      {
        agency: 'Bộ phận Một cửa',
        step: 'Trả kết quả',
        handedOverAt: new Date('2026-04-02T02:00:00Z'),
        giver: 'Lê Minh Đức',
        receiver: 'Trần Văn Bình',
      },
    ],
    notes: 'Hồ sơ liên thông với Sở Nông nghiệp và Môi trường.',
    ...overrides,
  };
}

export function trackingBookEntries(count: number): TrackingBookEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    dossierCode: `000.00.00.H56-2603${String(1 + (index % 28)).padStart(2, '0')}-${String(index + 1).padStart(4, '0')}`,
    procedureName: index % 3 === 0 ? 'Đăng ký khai sinh' : procedureName,
    sets: 1 + (index % 2),
    applicant: { name: `Hoàng Văn Ấn ${index + 1}`, address: 'Thôn Lũng Cú, xã Lũng Cú, tỉnh Tuyên Quang', phone: '0912 000 111' },
    leadAgency: 'Sở Xây dựng',
    receivedAt: new Date('2026-03-15T07:30:00Z'),
    appointmentAt: new Date('2026-04-06T09:00:00Z'),
    transferredAt: new Date('2026-03-15T09:00:00Z'),
    backFromAgencyAt: index % 2 === 1 ? new Date('2026-04-02T02:00:00Z') : null,
    returnedAt: index % 4 === 1 ? new Date('2026-04-03T03:00:00Z') : null,
    note: index === 3 ? 'Trả qua dịch vụ bưu chính' : undefined,
  }));
}

export function trackingBookInput(overrides: Partial<TrackingBookInput> = {}): TrackingBookInput {
  return {
    agency,
    place: 'Hà Giang',
    issuedAt: new Date('2026-04-01T01:00:00Z'),
    period: { from: '2026-03-01', to: '2026-03-31' },
    volume: '03',
    entries: trackingBookEntries(3),
    ...overrides,
  };
}

export function resultDocumentInput(overrides: Partial<ResultDocumentInput> = {}): ResultDocumentInput {
  return {
    agencyName: 'Sở Xây dựng tỉnh Hà Giang',
    dossierCode: DOSSIER_CODE,
    procedureName,
    applicantName: applicant.name,
    receivedAt: new Date('2026-03-15T07:30:00Z'),
    approvedAt: new Date('2026-04-02T02:00:00Z'),
    approverName: 'Lê Minh Đức',
    trackingUrl: `https://dichvucong.hagiang.gov.vn/tra-cuu?code=${DOSSIER_CODE}`,
    ...overrides,
  };
}

/** Whitespace collapsed to single spaces: wrapped lines read as one. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');
/** Whitespace removed: codes and URLs that wrap mid-word read whole. */
export const compact = (text: string): string => text.replace(/\s+/g, '');

export const A5 = { width: 419.53, height: 595.28 };
export const A4_LANDSCAPE_SIZE = { width: 841.89, height: 595.28 };
export const A4_PORTRAIT_SIZE = { width: 595.28, height: 841.89 };
