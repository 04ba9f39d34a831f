import { ACTIONS_REQUIRING_REASON, allowedActions, decideTransition, isFinalStatus, NATIONAL_STATUS_CODE, REPORTING_GROUP } from './dossier-lifecycle';
import { DOSSIER_STATUSES, type DossierAction, type DossierStatus, type UserRole } from './dossier-lifecycle.types';

describe('decideTransition', () => {
  it.each<[UserRole, DossierStatus | null, DossierAction, DossierStatus]>([
    ['citizen', null, 'submit', 'submitted'],
    ['desk_officer', 'submitted', 'accept', 'received'],
    ['desk_officer', 'submitted', 'refuse', 'refused'],
    ['desk_officer', 'submitted', 'request_supplement', 'supplement_requested'],
    ['specialist', 'received', 'request_supplement', 'supplement_requested'],
    ['specialist', 'in_processing', 'request_supplement', 'supplement_requested'],
    ['specialist', 'received', 'process', 'awaiting_approval'],
    ['specialist', 'in_processing', 'process', 'awaiting_approval'],
    ['leader', 'awaiting_approval', 'approve', 'result_ready'],
    ['leader', 'awaiting_approval', 'send_back', 'in_processing'],
    ['desk_officer', 'received', 'request_payment', 'payment_requested'],
    ['specialist', 'in_processing', 'request_payment', 'payment_requested'],
    ['citizen', 'submitted', 'withdraw', 'withdrawn'],
    ['citizen', 'payment_requested', 'withdraw', 'withdrawn'],
    ['desk_officer', 'result_ready', 'return_result', 'returned'],
  ])('%s may %s→%s via %s', (role, status, action, to) => {
    const decision = decideTransition({ role, status, action, reason: 'Lý do cụ thể' });
    expect(decision).toMatchObject({ ok: true, to });
  });

  it.each<[UserRole, DossierStatus | null, DossierAction]>([
    ['desk_officer', 'submitted', 'approve'],
    ['desk_officer', 'returned', 'accept'],
    ['leader', 'result_ready', 'approve'],
    ['citizen', 'result_ready', 'withdraw'],
    ['desk_officer', 'received', 'return_result'],
    ['citizen', 'submitted', 'submit'],
  ])('refuses %s doing %s from %s: the status does not allow it', (role, status, action) => {
    expect(decideTransition({ role, status, action })).toMatchObject({ ok: false, code: 'DOSSIER.TRANSITION_NOT_ALLOWED' });
  });

  it.each<[UserRole, DossierStatus, DossierAction]>([
    ['specialist', 'submitted', 'accept'],
    ['citizen', 'submitted', 'accept'],
    ['desk_officer', 'awaiting_approval', 'approve'],
    ['leader', 'received', 'process'],
    ['desk_officer', 'submitted', 'withdraw'],
    ['province_admin', 'result_ready', 'return_result'],
  ])('refuses %s doing %s from %s: wrong role', (role, status, action) => {
    const decision = decideTransition({ role, status, action, reason: 'x' });
    expect(decision).toMatchObject({ ok: false, code: 'DOSSIER.ROLE_NOT_ALLOWED' });
    expect(decision.ok || decision.message).toMatch(/ \/ /);
  });

  it.each<[UserRole, DossierStatus, DossierAction]>([
    ['desk_officer', 'submitted', 'refuse'],
    ['desk_officer', 'submitted', 'request_supplement'],
    ['leader', 'awaiting_approval', 'send_back'],
  ])('requires a reason for %s %s→%s', (role, status, action) => {
    expect(decideTransition({ role, status, action })).toMatchObject({ ok: false, code: 'DOSSIER.REASON_REQUIRED' });
    expect(decideTransition({ role, status, action, reason: '   ' })).toMatchObject({ ok: false, code: 'DOSSIER.REASON_REQUIRED' });
  });

  it('resumes a pause to where it was paused from, restarting the clock only when it was running', () => {
    expect(decideTransition({ role: 'citizen', status: 'supplement_requested', action: 'submit_supplement', resumeTo: 'in_processing' }))
      .toMatchObject({ ok: true, to: 'in_processing', resumesClock: true });
    expect(decideTransition({ role: 'citizen', status: 'supplement_requested', action: 'submit_supplement', resumeTo: 'submitted' }))
      .toMatchObject({ ok: true, to: 'submitted', resumesClock: false });
    expect(decideTransition({ role: 'desk_officer', status: 'payment_requested', action: 'confirm_payment', resumeTo: 'received' }))
      .toMatchObject({ ok: true, to: 'received', resumesClock: true });
    expect(decideTransition({ role: 'citizen', status: 'supplement_requested', action: 'submit_supplement' }))
      .toMatchObject({ ok: false, code: 'DOSSIER.RESUME_STATUS_MISSING' });
  });

  it('starts the clock on accept, pauses it on a request during processing, finishes on return', () => {
    expect(decideTransition({ role: 'desk_officer', status: 'submitted', action: 'accept' })).toMatchObject({ startsClock: true, pausesClock: false });
    expect(decideTransition({ role: 'specialist', status: 'in_processing', action: 'request_supplement', reason: 'Thiếu' })).toMatchObject({ pausesClock: true });
    expect(decideTransition({ role: 'desk_officer', status: 'submitted', action: 'request_supplement', reason: 'Thiếu' })).toMatchObject({ pausesClock: false });
    expect(decideTransition({ role: 'desk_officer', status: 'result_ready', action: 'return_result' })).toMatchObject({ finishes: true });
  });
});

describe('allowedActions', () => {
  it.each<[UserRole, DossierStatus, DossierAction[]]>([
    ['desk_officer', 'submitted', ['accept', 'refuse', 'request_supplement']],
    ['specialist', 'received', ['request_supplement', 'process', 'request_payment']],
    ['leader', 'awaiting_approval', ['approve', 'send_back']],
    ['desk_officer', 'result_ready', ['return_result']],
    ['citizen', 'returned', []],
    ['specialist', 'submitted', []],
  ])('%s on %s may %j', (role, status, actions) => {
    expect(allowedActions(role, status).sort()).toEqual([...actions].sort());
  });

  it('agrees with decideTransition for every role and status', () => {
    const roles: UserRole[] = ['citizen', 'desk_officer', 'specialist', 'leader', 'agency_admin', 'province_admin'];
    for (const role of roles) {
      for (const status of DOSSIER_STATUSES) {
        for (const action of allowedActions(role, status)) {
          expect(decideTransition({ role, status, action, reason: 'x', resumeTo: 'received' }).ok).toBe(true);
        }
      }
    }
  });
});

describe('status tables', () => {
  it('maps every status to a national code and never a paused one to a finished group', () => {
    for (const status of DOSSIER_STATUSES) {
      expect(NATIONAL_STATUS_CODE[status]).toBeGreaterThanOrEqual(1);
      if (status === 'supplement_requested' || status === 'payment_requested') expect(REPORTING_GROUP[status]).toBe('paused');
    }
    expect(NATIONAL_STATUS_CODE.returned).toBe(10);
  });

  it('knows the final statuses and the actions that need a reason', () => {
    expect(DOSSIER_STATUSES.filter(isFinalStatus).sort()).toEqual(['refused', 'returned', 'withdrawn']);
    expect([...ACTIONS_REQUIRING_REASON].sort()).toEqual(['refuse', 'request_supplement', 'send_back']);
  });
});
