import { computed, signal } from '@angular/core';
import type { CurrentUser, DossierDetail, Page, ProcedureDetail, ProcedureSummary, TrackingView, UploadedFile } from '@dvc/shared/contracts';
import { exampleProcedureRecord } from '@dvc/shared/domain';
import { SessionStore } from '@dvc/web/data-access';

/** Test data and stand-ins shared by the portal's specs. */

export function procedureSummary(overrides: Partial<ProcedureSummary> = {}): ProcedureSummary {
  return {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    featured: false,
    sectorCode: 'HT',
    sectorName: 'Hộ tịch',
    level: 'commune',
    onlineLevel: 'full',
    timeLimit: { value: 1, unit: 'working_days' },
    feeTotal: 0,
    ...overrides,
  };
}

export function procedureDetail(overrides: Partial<ProcedureDetail> = {}): ProcedureDetail {
  return {
    ...procedureSummary(),
    versionId: 'version-1',
    versionNumber: 1,
    decision: { number: '2468/QĐ-UBND', date: '2025-07-01' },
    effectiveFrom: '2025-07-01',
    record: exampleProcedureRecord(),
    description: 'Đăng ký khai sinh cho trẻ em.',
    conditions: 'Trong 60 ngày kể từ ngày sinh.',
    steps: ['Nộp tờ khai', 'Kiểm tra', 'Trả kết quả'],
    components: [
      { code: 'TP01', name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, required: true, acceptedTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMb: 10 },
      { code: 'TP02', name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true, acceptedTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMb: 10 },
      { code: 'TP03', name: 'Văn bản ủy quyền (nếu có)', originals: 1, copies: 0, required: false, acceptedTypes: ['application/pdf'], maxSizeMb: 10 },
    ],
    fees: [{ code: 'LP01', name: 'Lệ phí', amount: 0 }],
    results: ['Giấy khai sinh'],
    legalBasis: ['Luật Hộ tịch số 60/2014/QH13'],
    formFields: [
      { key: 'hoTenTre', label: 'Họ, chữ đệm và tên của trẻ', type: 'text', required: true, maxLength: 200 },
      { key: 'ngaySinh', label: 'Ngày sinh', type: 'date', required: true },
      { key: 'ghiChu', label: 'Ghi chú', type: 'textarea', required: false, maxLength: 1000 },
    ],
    agencies: [
      { id: '0b7f3c52-8a7e-4b53-9a4f-1d2a3b4c5d61', code: '000.10.31.H56', name: 'UBND phường Hạc Thành', parentId: null },
      { id: '0b7f3c52-8a7e-4b53-9a4f-1d2a3b4c5d62', code: '000.11.31.H56', name: 'UBND phường Sầm Sơn', parentId: null },
    ],
    ...overrides,
  };
}

export function page<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return { items, total: items.length, page: 1, size: 10, ...overrides };
}

export function uploadedFile(overrides: Partial<UploadedFile> = {}): UploadedFile {
  return { id: 'f0000000-0000-4000-8000-000000000001', fileName: 'to-khai.pdf', contentType: 'application/pdf', size: 2048, sha256: 'abc', ...overrides };
}

export function dossierDetail(overrides: Partial<DossierDetail> = {}): DossierDetail {
  return {
    id: 'd0000000-0000-4000-8000-000000000001',
    code: '000.10.31.H56-261124-0001',
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    status: 'submitted',
    nationalStatusCode: 1,
    channel: 'online',
    agencyId: '0b7f3c52-8a7e-4b53-9a4f-1d2a3b4c5d61',
    agencyName: 'UBND phường Hạc Thành',
    processingAgencyId: '0b7f3c52-8a7e-4b53-9a4f-1d2a3b4c5d61',
    processingAgencyName: 'UBND phường Hạc Thành',
    assigneeName: null,
    applicantName: 'Trần Văn Công',
    submittedAt: '2026-11-24T02:00:00Z',
    receivedAt: null,
    dueAt: null,
    finishedAt: null,
    returnedAt: null,
    deadlineClass: null,
    version: 1,
    trackingSecret: 'K7M2Q9XA',
    formData: { hoTenTre: 'Trần Thị Bình', ngaySinh: '2026-11-20' },
    files: [
      { id: 'f0000000-0000-4000-8000-000000000001', componentCode: 'TP01', kind: 'attachment', fileName: 'to-khai.pdf', contentType: 'application/pdf', size: 2048, sha256: 'abc', checkStatus: 'passed', checkDetail: null },
    ],
    events: [
      {
        id: 'e1', action: 'submit', fromStatus: null, toStatus: 'submitted', actorName: 'Trần Văn Công', actorRole: 'citizen',
        reason: null, occurredAt: '2026-11-24T02:00:00Z', details: {},
      },
    ],
    deadline: { dueAt: null, running: false, budgetMinutes: 0, consumedMinutes: 0, remainingMinutes: 0, extensions: 0, deadlineClass: null, ledger: [] },
    steps: [],
    supplementRequest: null,
    forms: [],
    allowedActions: [],
    ...overrides,
  };
}

export function trackingView(overrides: Partial<TrackingView> = {}): TrackingView {
  return {
    code: '000.10.31.H56-261124-0001',
    procedureName: 'Đăng ký khai sinh',
    agencyName: 'UBND phường Hạc Thành',
    status: 'received',
    nationalStatusCode: 2,
    applicantNameMasked: 'Trần V. C.',
    submittedAt: '2026-11-24T02:00:00Z',
    receivedAt: '2026-11-24T03:00:00Z',
    dueAt: '2026-11-25T03:00:00Z',
    finishedAt: null,
    events: [
      { toStatus: 'submitted', occurredAt: '2026-11-24T02:00:00Z' },
      { toStatus: 'received', occurredAt: '2026-11-24T03:00:00Z' },
    ],
    ...overrides,
  };
}

export const CITIZEN: CurrentUser = { id: 'u1', email: 'cong@example.vn', fullName: 'Trần Văn Công', role: 'citizen', agencies: [] };

/** A SessionStore stand-in: who is logged in is a signal the spec sets; login/register/logout are jest mocks. */
export function fakeSession(initial: CurrentUser | null = null) {
  const user = signal<CurrentUser | null>(initial);
  const fake = {
    user: user.asReadonly(),
    loggedIn: computed(() => user() !== null),
    role: computed(() => user()?.role ?? null),
    setUser: (value: CurrentUser | null) => user.set(value),
    login: jest.fn<Promise<CurrentUser>, [unknown]>(),
    register: jest.fn<Promise<CurrentUser>, [unknown]>(),
    logout: jest.fn<Promise<void>, []>(),
  };
  return { fake, provider: { provide: SessionStore, useValue: fake } };
}

/** The element with this data-testid (throws when missing, so a failed lookup names the test id). */
export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, testId: string): T {
  const element = root.querySelector<T>(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`No element with data-testid="${testId}"`);
  return element;
}

/** Types into an input or textarea the way a person does (value, then an input event). */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Chooses a file in an <input type="file"> (jsdom's `files` is read-only, so it is defined on the element). */
export function chooseFile(element: HTMLInputElement, file: File): void {
  Object.defineProperty(element, 'files', { value: [file], configurable: true });
  element.dispatchEvent(new Event('change', { bubbles: true }));
}
