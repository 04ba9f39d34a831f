import { computed, signal } from '@angular/core';
import type { CurrentUser, DossierDetail, DossierSummary } from '@dvc/shared/contracts';
import type { UserRole } from '@dvc/shared/domain';

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
      { id: 'file-1', componentCode: 'TP01', kind: 'attachment', fileName: 'to-khai.pdf', contentType: 'application/pdf', size: 1200, sha256: 'x' },
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
