import { computed, signal } from '@angular/core';
import type {
  AdminProcedureRow, AgencySummary, CatalogueImportView, CurrentUser, DossierDetail, DossierSummary, HealthReport, JobFailureView, ProcedureVersionDetail,
  ProcedureVersionSummary,
} from '@dvc/shared/contracts';
import { exampleProcedureRecord, type UserRole } from '@dvc/shared/domain';

/** "Now" in the desk's specs: 10:00 on 24 Nov 2026 in Vietnam (03:00 UTC). */
export const NOW = new Date('2026-11-24T03:00:00Z');

export function summary(overrides: Partial<DossierSummary> = {}): DossierSummary {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    code: '000.10.31.H56-261124-0001',
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    status: 'submitted',
    nationalStatusCode: 1,
    channel: 'online',
    agencyId: 'agency-1',
    agencyName: 'UBND xã Tân Phú',
    processingAgencyId: 'agency-1',
    processingAgencyName: 'UBND xã Tân Phú',
    assigneeName: null,
    applicantName: 'Trần Văn Công',
    submittedAt: '2026-11-23T02:00:00Z',
    receivedAt: null,
    dueAt: null,
    finishedAt: null,
    returnedAt: null,
    deadlineClass: null,
    version: 1,
    ...overrides,
  };
}

export function detail(overrides: Partial<DossierDetail> = {}): DossierDetail {
  return {
    ...summary(),
    trackingSecret: 'ABCD1234',
    formData: { hoTenCon: 'Nguyễn Thị Bình', ngaySinh: '2026-01-15' },
    files: [
      { id: 'file-1', componentCode: 'TP01', kind: 'attachment', fileName: 'to-khai.pdf', contentType: 'application/pdf', size: 1200, sha256: 'x', checkStatus: 'passed', checkDetail: null },
    ],
    events: [
      {
        id: 'event-1', action: 'submit', fromStatus: null, toStatus: 'submitted', actorName: 'Trần Văn Công', actorRole: 'citizen',
        reason: null, occurredAt: '2026-11-23T02:00:00Z', details: {},
      },
    ],
    deadline: {
      dueAt: null, running: false, budgetMinutes: 480, consumedMinutes: 0, remainingMinutes: 480, extensions: 0, deadlineClass: null, ledger: [],
    },
    steps: [],
    forms: [],
    supplementRequest: null,
    allowedActions: ['accept', 'refuse', 'request_supplement'],
    ...overrides,
  };
}

/** One failed attempt of a background job about the fixture dossier (the national-portal sync, first attempt). */
export function failure(overrides: Partial<JobFailureView> = {}): JobFailureView {
  return {
    jobId: 'evt-1.integrations.sync-national-portal',
    queue: 'dossier-events',
    jobName: 'integrations.sync-national-portal',
    dossierId: '11111111-1111-4111-8111-111111111111',
    dossierCode: '000.10.31.H56-261124-0001',
    attempt: 1,
    maxAttempts: 5,
    error: 'Cổng DVC quốc gia trả lời 503',
    dead: false,
    failedAt: '2026-11-24T02:50:00Z',
    retriedAt: null,
    retriedBy: null,
    ...overrides,
  };
}

/** The attempts of one job up to `count`, the last one dead when it used every attempt. */
export function attempts(count: number, overrides: Partial<JobFailureView> = {}): JobFailureView[] {
  return Array.from({ length: count }, (_, index) => {
    const attempt = index + 1;
    const maxAttempts = overrides.maxAttempts ?? 5;
    return failure({ attempt, dead: attempt >= maxAttempts, failedAt: `2026-11-24T02:5${index}:00Z`, ...overrides });
  });
}

export function healthReport(overrides: Partial<HealthReport> = {}): HealthReport {
  return {
    status: 'ok',
    database: 'up',
    redis: 'up',
    outbox: { pending: 3, lagSeconds: 2 },
    queues: {
      schedules: { waiting: 0, active: 0, delayed: 1, failed: 0 },
      'dossier-events': { waiting: 4, active: 2, delayed: 1, failed: 7 },
    },
    deadLetters: 2,
    ...overrides,
  };
}

export function user(role: UserRole, overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'user-1',
    email: 'motcua@demo.dvc.vn',
    fullName: 'Lê Thị Một Cửa',
    role,
    agencies: [{ id: 'agency-1', code: '000.10.31.H56', name: 'UBND xã Tân Phú', parentId: null }],
    ...overrides,
  };
}

/** A stand-in for SessionStore with only what the desk reads. */
export function fakeSession(initial: CurrentUser | null) {
  const current = signal<CurrentUser | null>(initial);
  return {
    current,
    user: current.asReadonly(),
    loggedIn: computed(() => current() !== null),
    role: computed(() => current()?.role ?? null),
    logout: jest.fn(async () => current.set(null)),
  };
}

/** Version ids of the catalogue fixtures: the published version 1 and the draft version 2 of birth registration. */
export const PUBLISHED_ID = '22222222-2222-4222-8222-222222222222';
export const DRAFT_ID = '33333333-3333-4333-8333-333333333333';

/** A version of the example procedure (birth registration, 1.001193): published version 1 unless overridden. */
export function versionSummary(overrides: Partial<ProcedureVersionSummary> = {}): ProcedureVersionSummary {
  return {
    id: PUBLISHED_ID,
    procedureCode: '1.001193',
    versionNumber: 1,
    status: 'published',
    name: 'Đăng ký khai sinh',
    sectorName: 'Hộ tịch',
    level: 'commune',
    illustrative: false,
    createdBy: 'Quản trị tỉnh',
    updatedAt: '2026-11-20T02:00:00Z',
    publishedAt: '2026-11-20T02:00:00Z',
    publishedBy: 'Quản trị tỉnh',
    decision: { number: '1000/QĐ-UBND', date: '2026-11-19' },
    effectiveFrom: '2026-11-20',
    retiredAt: null,
    retiredReason: null,
    dossiers: 12,
    scheduledPublication: null,
    ...overrides,
  };
}

/** The draft version 2 with the example record (valid: no problems) unless overridden. */
export function versionDetail(overrides: Partial<ProcedureVersionDetail> = {}): ProcedureVersionDetail {
  return {
    ...versionSummary({
      id: DRAFT_ID, versionNumber: 2, status: 'draft', updatedAt: '2026-11-24T02:00:00Z', publishedAt: null, publishedBy: null, decision: null,
      effectiveFrom: null, dossiers: 0,
    }),
    record: exampleProcedureRecord(),
    problems: [],
    ...overrides,
  };
}

export function adminRow(overrides: Partial<AdminProcedureRow> = {}): AdminProcedureRow {
  return {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    sectorName: 'Hộ tịch',
    published: versionSummary(),
    draft: versionSummary({ id: DRAFT_ID, versionNumber: 2, status: 'draft', updatedAt: '2026-11-24T02:00:00Z', publishedAt: null, decision: null, effectiveFrom: null }),
    versions: 2,
    ...overrides,
  };
}

export function importView(overrides: Partial<CatalogueImportView> = {}): CatalogueImportView {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    status: 'queued',
    format: 'json',
    mode: 'all_or_nothing',
    fileName: 'danh-muc.json',
    total: 0,
    processed: 0,
    imported: 0,
    problems: [],
    createdAt: '2026-11-24T03:00:00Z',
    finishedAt: null,
    ...overrides,
  };
}

export function agency(overrides: Partial<AgencySummary> = {}): AgencySummary {
  return { id: 'agency-1', code: '000.10.31.H56', name: 'UBND xã Tân Phú', parentId: 'agency-district', ...overrides };
}

/** The province, a district with two communes, and a department; listed out of order as an API might. */
export const AGENCY_TREE: AgencySummary[] = [
  agency({ id: 'agency-2', code: '000.10.32.H56', name: 'UBND xã Mỹ Long' }),
  agency({ id: 'agency-justice', code: '000.00.20.H56', name: 'Sở Tư pháp', parentId: 'agency-province' }),
  agency(),
  agency({ id: 'agency-province', code: '000.00.00.H56', name: 'UBND tỉnh Đồng Tháp', parentId: null }),
  agency({ id: 'agency-district', code: '000.00.10.H56', name: 'UBND huyện Cao Lãnh', parentId: 'agency-province' }),
];
