import { ACTIONS_REQUIRING_REASON, allowedActions, decideTransition, isFinalStatus, NATIONAL_STATUS_CODE, REPORTING_GROUP } from './dossier-lifecycle';
import { DOSSIER_ACTIONS, DOSSIER_STATUSES, USER_ROLES, type DossierAction, type DossierStatus, type UserRole } from './dossier-lifecycle.types';

/**
 * The whole state machine as the law describes it (lifecycle.md), written out independently of the implementation:
 * [role, from, action, to]. Every combination not listed here must be refused.
 */
const ALLOWED: readonly [UserRole, DossierStatus | null, DossierAction, DossierStatus][] = [
  ['citizen', null, 'submit', 'submitted'],
  ['desk_officer', 'submitted', 'accept', 'received'],
  ['desk_officer', 'submitted', 'refuse', 'refused'],
  ['desk_officer', 'submitted', 'request_supplement', 'supplement_requested'],
  ['citizen', 'supplement_requested', 'submit_supplement', 'in_processing'],
  ['desk_officer', 'received', 'transfer', 'received'],
  ['specialist', 'received', 'claim', 'in_processing'],
  ['leader', 'received', 'reassign', 'in_processing'],
  ['leader', 'in_processing', 'reassign', 'in_processing'],
  ['specialist', 'in_processing', 'process', 'awaiting_approval'],
  ['specialist', 'in_processing', 'request_supplement', 'supplement_requested'],
  ['specialist', 'in_processing', 'consult', 'in_consultation'],
  ['specialist', 'in_consultation', 'record_consultation', 'in_processing'],
  ['specialist', 'in_processing', 'request_payment', 'payment_requested'],
  ['desk_officer', 'received', 'request_payment', 'payment_requested'],
  ['desk_officer', 'in_processing', 'request_payment', 'payment_requested'],
  ['desk_officer', 'payment_requested', 'confirm_payment', 'in_processing'],
  ['leader', 'awaiting_approval', 'approve', 'result_ready'],
  ['leader', 'awaiting_approval', 'send_back', 'in_processing'],
  ['leader', 'awaiting_approval', 'refuse', 'refused'],
  ['leader', 'received', 'apologise', 'received'],
  ['leader', 'in_processing', 'apologise', 'in_processing'],
  ['leader', 'awaiting_approval', 'apologise', 'awaiting_approval'],
  ['leader', 'in_consultation', 'apologise', 'in_consultation'],
  ['desk_officer', 'result_ready', 'return_result', 'returned'],
  ...(['submitted', 'received', 'in_processing', 'awaiting_approval', 'in_consultation', 'supplement_requested', 'payment_requested'] as const).map(
    (from) => ['citizen', from, 'withdraw', 'withdrawn'] as [UserRole, DossierStatus, DossierAction, DossierStatus],
  ),
];

const key = (role: UserRole, status: DossierStatus | null, action: DossierAction) => `${role}|${status ?? 'new'}|${action}`;
const allowed = new Map(ALLOWED.map(([role, from, action, to]) => [key(role, from, action), to]));
const STATUSES_AND_NEW: (DossierStatus | null)[] = [null, ...DOSSIER_STATUSES];
const everyCombination = USER_ROLES.flatMap((role) => STATUSES_AND_NEW.flatMap((status) => DOSSIER_ACTIONS.map((action) => [role, status, action] as const)));

describe('decideTransition: every role × status × action', () => {
  it.each(everyCombination)('%s, %s, %s', (role, status, action) => {
    // The status a pause resumes to: the processing step (a reception-time supplement is checked separately).
    const decision = decideTransition({ role, status, action, reason: 'Lý do cụ thể', resumeTo: 'in_processing' });
    const expected = allowed.get(key(role, status, action));
    if (expected) {
      expect(decision).toMatchObject({ ok: true, to: expected });
    } else {
      const someoneMay = USER_ROLES.some((other) => allowed.has(key(other, status, action)));
      expect(decision).toMatchObject({ ok: false, code: someoneMay ? 'DOSSIER.ROLE_NOT_ALLOWED' : 'DOSSIER.TRANSITION_NOT_ALLOWED' });
    }
  });

  it('should write every refusal as "Vietnamese / English" with exactly one separator (the UIs show one language)', () => {
    const decision = decideTransition({ role: 'desk_officer', status: 'returned', action: 'accept' });
    expect(decision.ok || decision.message).toBe('Không thể "Tiếp nhận" khi hồ sơ ở trạng thái "Đã trả kết quả" / Cannot "Accept" a dossier in status "Result returned"');
    for (const [role, status, action] of everyCombination) {
      for (const reason of ['Lý do', undefined]) {
        const refused = decideTransition({ role, status, action, reason });
        if (!refused.ok) expect(refused.message.split(' / ')).toHaveLength(2);
      }
    }
  });

  it.each<[UserRole, DossierStatus, DossierAction]>([
    ['desk_officer', 'submitted', 'refuse'],
    ['desk_officer', 'submitted', 'request_supplement'],
    ['leader', 'awaiting_approval', 'send_back'],
    ['leader', 'in_processing', 'apologise'],
    ['specialist', 'in_processing', 'consult'],
    ['specialist', 'in_consultation', 'record_consultation'],
  ])('should require a reason when %s does %s→%s', (role, status, action) => {
    expect(decideTransition({ role, status, action })).toMatchObject({ ok: false, code: 'DOSSIER.REASON_REQUIRED' });
    expect(decideTransition({ role, status, action, reason: '   ' })).toMatchObject({ ok: false, code: 'DOSSIER.REASON_REQUIRED' });
  });

  it('should resume a pause to where it was paused from, and refuse when that is unknown', () => {
    expect(decideTransition({ role: 'citizen', status: 'supplement_requested', action: 'submit_supplement', resumeTo: 'submitted' }))
      .toMatchObject({ ok: true, to: 'submitted', clock: null });
    expect(decideTransition({ role: 'desk_officer', status: 'payment_requested', action: 'confirm_payment', resumeTo: 'received' }))
      .toMatchObject({ ok: true, to: 'received', clock: { kind: 'resume' } });
    expect(decideTransition({ role: 'citizen', status: 'supplement_requested', action: 'submit_supplement' }))
      .toMatchObject({ ok: false, code: 'DOSSIER.RESUME_STATUS_MISSING' });
  });
});

describe('decideTransition: what each action does to the clock', () => {
  const reason = 'Lý do';
  it.each<[string, Parameters<typeof decideTransition>[0], unknown]>([
    ['accept starts it', { role: 'desk_officer', status: 'submitted', action: 'accept' }, { kind: 'start' }],
    ['a supplement at reception is before the start', { role: 'desk_officer', status: 'submitted', action: 'request_supplement', reason }, null],
    ['a supplement during processing pauses it', { role: 'specialist', status: 'in_processing', action: 'request_supplement', reason }, { kind: 'pause', reason: 'supplement' }],
    ['the complete supplement restarts it from zero by default', { role: 'citizen', status: 'supplement_requested', action: 'submit_supplement', resumeTo: 'in_processing' }, { kind: 'restart' }],
    ['or resumes it where the procedure extends by the wait', { role: 'citizen', status: 'supplement_requested', action: 'submit_supplement', resumeTo: 'in_processing', options: { supplementRestarts: false } }, { kind: 'resume' }],
    ['a payment request pauses it', { role: 'specialist', status: 'in_processing', action: 'request_payment' }, { kind: 'pause', reason: 'payment' }],
    ['counted consultation leaves it running', { role: 'specialist', status: 'in_processing', action: 'consult', reason }, null],
    ['uncounted consultation pauses it', { role: 'specialist', status: 'in_processing', action: 'consult', reason, options: { consultationCounts: false } }, { kind: 'pause', reason: 'consultation' }],
    ['and the answer resumes it', { role: 'specialist', status: 'in_consultation', action: 'record_consultation', reason, options: { consultationCounts: false } }, { kind: 'resume' }],
    ['an apology extends it', { role: 'leader', status: 'in_processing', action: 'apologise', reason }, { kind: 'extend' }],
    ['approval finishes it', { role: 'leader', status: 'awaiting_approval', action: 'approve' }, { kind: 'finish' }],
    ['a withdrawal after reception finishes it', { role: 'citizen', status: 'in_processing', action: 'withdraw' }, { kind: 'finish' }],
    ['a withdrawal before reception has no clock', { role: 'citizen', status: 'submitted', action: 'withdraw' }, null],
    ['returning the result does not touch it', { role: 'desk_officer', status: 'result_ready', action: 'return_result' }, null],
  ])('%s', (_case, request, expected) => {
    expect(decideTransition(request)).toMatchObject({ ok: true, clock: expected });
  });
});

describe('allowedActions', () => {
  it('should list exactly the allowed table for every role and status', () => {
    for (const role of USER_ROLES) {
      for (const status of DOSSIER_STATUSES) {
        const expected = DOSSIER_ACTIONS.filter((action) => allowed.has(key(role, status, action)));
        expect({ role, status, actions: allowedActions(role, status) }).toEqual({ role, status, actions: expected });
      }
    }
  });
});

describe('status tables', () => {
  it('should map every status to one national code, and never a paused one to a finished group', () => {
    expect(DOSSIER_STATUSES.map((status) => NATIONAL_STATUS_CODE[status])).toEqual([1, 2, 3, 4, 4, 4, 5, 6, 7, 9, 10]);
    expect(REPORTING_GROUP.supplement_requested).toBe('paused');
    expect(REPORTING_GROUP.payment_requested).toBe('paused');
  });

  it('should know the final statuses and the actions that need a reason', () => {
    expect(DOSSIER_STATUSES.filter(isFinalStatus).sort()).toEqual(['refused', 'returned', 'withdrawn']);
    expect([...ACTIONS_REQUIRING_REASON].sort()).toEqual(['apologise', 'consult', 'record_consultation', 'refuse', 'request_supplement', 'send_back']);
  });
});
