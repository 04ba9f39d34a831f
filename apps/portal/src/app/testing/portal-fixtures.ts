import { computed, signal } from '@angular/core';
import type { AgencySummary, CurrentUser, DossierDetail, FormField, Page, ProcedureDetail, ProcedureSummary, SectorSummary, TrackingView, UploadedFile } from '@dvc/shared/contracts';
import { exampleProcedureRecord, type ProcedureRecord } from '@dvc/shared/domain';
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

/** The three demo communes: Hạc Thành files fully online, Sầm Sơn partly, Quảng Phú only at its counter. */
export const AGENCIES: AgencySummary[] = [
  { id: '0b7f3c52-8a7e-4b53-9a4f-1d2a3b4c5d61', code: '000.10.31.H56', name: 'UBND phường Hạc Thành', parentId: null },
  { id: '0b7f3c52-8a7e-4b53-9a4f-1d2a3b4c5d62', code: '000.11.31.H56', name: 'UBND phường Sầm Sơn', parentId: null },
  { id: '0b7f3c52-8a7e-4b53-9a4f-1d2a3b4c5d63', code: '000.12.31.H56', name: 'UBND xã Quảng Phú', parentId: null },
];

export function sectorSummaries(): SectorSummary[] {
  return [
    { code: 'CT', name: 'Chứng thực', procedures: 7 },
    { code: 'HT', name: 'Hộ tịch', procedures: 12 },
  ];
}

/** The birth registration record with every part the procedure page shows and an online form of each kind of field. */
export function procedureRecord(overrides: Partial<ProcedureRecord> = {}): ProcedureRecord {
  const record = exampleProcedureRecord();
  const pdfOrImage = ['application/pdf', 'image/jpeg', 'image/png'];
  return {
    ...record,
    conditions: 'Trong 60 ngày kể từ ngày sinh.',
    applicantTypes: ['citizen'],
    agencies: { implementing: AGENCIES.map((agency) => agency.code), competent: AGENCIES.map((agency) => agency.code), authorised: [], coordinating: [] },
    onlineLevels: [
      { agencyCode: '000.10.31.H56', level: 'full' },
      { agencyCode: '000.11.31.H56', level: 'partial' },
      { agencyCode: '000.12.31.H56', level: 'none' },
    ],
    whereToSubmit: 'Bộ phận Một cửa của Ủy ban nhân dân cấp xã.',
    cases: [
      {
        code: 'TH1', name: 'Khai sinh đúng hạn', steps: ['Nộp tờ khai', 'Kiểm tra', 'Trả kết quả'],
        components: [
          {
            code: 'TP01', name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, required: true, replaceableByResultCode: null, acceptedTypes: pdfOrImage, maxSizeMb: 10,
            template: { fileName: 'to-khai-dang-ky-khai-sinh.docx', url: 'https://dichvucong.gov.vn/mau/to-khai-dang-ky-khai-sinh.docx' },
          },
          { code: 'TP02', name: 'Giấy chứng sinh', originals: 1, copies: 2, required: true, template: null, replaceableByResultCode: null, acceptedTypes: pdfOrImage, maxSizeMb: 10 },
          { code: 'TP03', name: 'Văn bản ủy quyền (nếu có)', originals: 1, copies: 0, required: false, template: null, replaceableByResultCode: null, acceptedTypes: ['application/pdf'], maxSizeMb: 10 },
        ],
      },
      {
        code: 'TH2', name: 'Khai sinh quá hạn', steps: ['Nộp tờ khai và giấy tờ chứng minh', 'Xác minh', 'Trả kết quả'],
        components: [
          { code: 'TP04', name: 'Giấy tờ chứng minh nơi cư trú', originals: 0, copies: 1, required: true, template: null, replaceableByResultCode: 'KQ09', acceptedTypes: ['application/pdf'], maxSizeMb: 5 },
        ],
      },
    ],
    channels: [
      { channel: 'online', timeLimit: { value: 1, unit: 'working_days' }, description: 'Qua Cổng dịch vụ công', fees: [{ code: 'LP01', name: 'Lệ phí', amount: 0, unit: 'đồng/hồ sơ', description: 'Miễn', schedule: null }] },
      { channel: 'counter', timeLimit: { value: 3, unit: 'working_days' }, description: '', fees: [{ code: 'LP02', name: 'Phí cấp bản sao', amount: 8000, unit: 'đồng/bản', description: '', schedule: null }] },
    ],
    results: [{ code: 'KQ01', name: 'Giấy khai sinh', template: { fileName: 'giay-khai-sinh.pdf', url: 'https://dichvucong.gov.vn/mau/giay-khai-sinh.pdf' } }],
    legalBasis: [
      { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20', effectiveOn: '2016-01-01', issuer: 'Quốc hội', url: 'https://vbpl.vn/luat-ho-tich' },
    ],
    form: {
      schema: {
        type: 'object', additionalProperties: false, required: ['hoTenTre', 'ngaySinh'],
        properties: {
          hoTenTre: { type: 'string', title: 'Họ, chữ đệm và tên của trẻ', maxLength: 200 },
          ngaySinh: { type: 'string', title: 'Ngày sinh', format: 'date' },
          gioiTinh: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'] },
          danToc: { type: 'string', title: 'Dân tộc', enum: ['Kinh', 'Mường', 'Thái'] },
          soBanSao: { type: 'integer', title: 'Số bản sao', minimum: 0, maximum: 10 },
          cccdMe: { type: 'string', title: 'Số định danh của mẹ', pattern: '^\\d{12}$' },
          ghiChu: { type: 'string', title: 'Ghi chú', maxLength: 1000 },
          nhanQuaBuuDien: { type: 'boolean', title: 'Nhận kết quả qua bưu điện' },
        },
      },
      ui: {
        hoTenTre: { order: 10 },
        ngaySinh: { order: 20, widget: 'date' },
        gioiTinh: { order: 30, widget: 'radio' },
        danToc: { order: 40, widget: 'select' },
        soBanSao: { order: 50, widget: 'number' },
        cccdMe: { order: 60, placeholder: '12 chữ số', help: 'Số định danh cá nhân (số căn cước) gồm 12 chữ số.' },
        ghiChu: { order: 70, widget: 'textarea' },
        nhanQuaBuuDien: { order: 80, widget: 'checkbox' },
      },
    },
    ...overrides,
  };
}

/** The simple field list the API still projects from the form (older screens; the e2e journey reads it). */
function formFieldsOf(record: ProcedureRecord): FormField[] {
  const { properties, required } = record.form.schema;
  return Object.entries(properties)
    .sort(([a], [b]) => (record.form.ui[a]?.order ?? 0) - (record.form.ui[b]?.order ?? 0))
    .map(([key, property]) => ({
      key,
      label: property.title,
      type: property.format === 'date' ? 'date' : property.type === 'number' || property.type === 'integer' ? 'number' : record.form.ui[key]?.widget === 'textarea' ? 'textarea' : 'text',
      required: required.includes(key),
      ...(property.maxLength ? { maxLength: property.maxLength } : {}),
    }));
}

export function procedureDetail(overrides: Partial<ProcedureDetail> = {}): ProcedureDetail {
  const record = overrides.record ?? procedureRecord();
  return {
    ...procedureSummary({ featured: true }),
    versionId: 'version-1',
    versionNumber: 3,
    decision: { number: '2468/QĐ-UBND', date: '2025-07-01' },
    effectiveFrom: '2025-07-15',
    record,
    description: 'Đăng ký khai sinh cho trẻ em.',
    conditions: 'Trong 60 ngày kể từ ngày sinh.',
    steps: ['Nộp tờ khai', 'Kiểm tra', 'Trả kết quả'],
    components: (record.cases[0]?.components ?? []).map(({ code, name, originals, copies, required, acceptedTypes, maxSizeMb }) => ({
      code, name, originals, copies, required, acceptedTypes, maxSizeMb,
    })),
    fees: [{ code: 'LP01', name: 'Lệ phí', amount: 0 }],
    results: ['Giấy khai sinh'],
    legalBasis: ['Luật Hộ tịch (60/2014/QH13)'],
    formFields: formFieldsOf(record),
    agencies: AGENCIES.slice(0, 2),
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
