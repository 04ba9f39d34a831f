import { DOSSIER_ACTIONS, type DossierAction, type DossierEventKind, type DossierStatus } from '@dvc/shared/domain';
import { isApplicantNotifiable, notificationKindOf, refusedAtReception, type NotificationKind } from './notification-kinds';
import { NOTIFY_APPLICANT_JOB } from './jobs/notify-applicant.job';
import { REMIND_SUPPLEMENT_JOB } from './jobs/remind-supplement.job';

const EXPECTED: Record<DossierEventKind, NotificationKind | null> = {
  submit: 'submitted',
  accept: 'received',
  refuse: 'refused',
  request_supplement: 'supplement_requested',
  submit_supplement: null,
  transfer: null,
  claim: null,
  reassign: null,
  process: null,
  approve: 'result_ready',
  send_back: null,
  consult: null,
  record_consultation: null,
  request_payment: 'payment_requested',
  confirm_payment: null,
  apologise: 'apology',
  withdraw: 'withdrawn',
  return_result: 'returned',
  supplement_expired: 'supplement_expired',
  deadline_recomputed: null,
  agency_merged: null,
};

const event = (action: DossierEventKind, fromStatus: DossierStatus | null = 'received', toStatus: DossierStatus = 'received') => ({
  dossierId: 'd1', eventId: 'e1', action, fromStatus, toStatus,
});

describe('which events the applicant hears about', () => {
  it.each((Object.keys(EXPECTED) as DossierEventKind[]).map((action) => [action, EXPECTED[action]] as const))('should map %s to %s', (action, kind) => {
    expect(notificationKindOf(action)).toBe(kind);
    expect(isApplicantNotifiable(event(action))).toBe(kind !== null);
  });

  it('should cover every action', () => {
    expect(DOSSIER_ACTIONS.filter((action: DossierAction) => !(action in EXPECTED))).toEqual([]);
  });

  it('should tell the applicant when the system closes the dossier for a supplement that never came', () => {
    expect(isApplicantNotifiable(event('supplement_expired', 'supplement_requested', 'refused'))).toBe(true);
  });

  it('should not notify a due date recomputed after a calendar change', () => {
    expect(notificationKindOf('deadline_recomputed')).toBeNull();
  });

  it('should notify an apology although the status stays the same', () => {
    expect(isApplicantNotifiable(event('apologise', 'in_processing', 'in_processing'))).toBe(true);
  });

  it.each(['claim', 'process', 'transfer', 'reassign', 'consult', 'record_consultation', 'send_back'] as const)(
    'should not notify the internal step %s, whatever the statuses',
    (action) => {
      expect(isApplicantNotifiable(event(action, 'received', 'in_processing'))).toBe(false);
    },
  );

  it('should tell a refusal at reception from one after processing', () => {
    expect(refusedAtReception('submitted')).toBe(true);
    expect(refusedAtReception('awaiting_approval')).toBe(false);
  });
});

describe('NOTIFY_APPLICANT_JOB', () => {
  it('should be one job per notifiable status-changed event on the dossier-events queue, with bounded retries', () => {
    expect(NOTIFY_APPLICANT_JOB.name).toBe('notifications.notify-applicant');
    expect(NOTIFY_APPLICANT_JOB.queue).toBe('dossier-events');
    expect(NOTIFY_APPLICANT_JOB.trigger.topic).toBe('dossier.status-changed');
    expect(NOTIFY_APPLICANT_JOB.options).toMatchObject({
      attempts: 8,
      backoff: { type: 'exponential' },
      removeOnComplete: { age: expect.any(Number) },
      removeOnFail: { age: expect.any(Number) },
    });
    expect(NOTIFY_APPLICANT_JOB.trigger.when(event('accept', 'submitted', 'received'))).toBe(true);
    expect(NOTIFY_APPLICANT_JOB.trigger.when(event('claim', 'received', 'in_processing'))).toBe(false);
  });

  it('should carry ids and the correlation id only', () => {
    expect(NOTIFY_APPLICANT_JOB.trigger.toPayload(event('accept'), 'corr-1')).toEqual({ eventId: 'e1', dossierId: 'd1', correlationId: 'corr-1' });
  });
});

describe('REMIND_SUPPLEMENT_JOB', () => {
  it('should be started by every supplement-reminder outbox row, on the dossier-events queue', () => {
    expect(REMIND_SUPPLEMENT_JOB.name).toBe('notifications.remind-supplement');
    expect(REMIND_SUPPLEMENT_JOB.queue).toBe('dossier-events');
    expect(REMIND_SUPPLEMENT_JOB.trigger.topic).toBe('dossier.supplement-reminder');
    expect(REMIND_SUPPLEMENT_JOB.options).toMatchObject({ attempts: 8, backoff: { type: 'exponential' } });
    const reminder = { dossierId: 'd1', eventId: 'e1' };
    expect(REMIND_SUPPLEMENT_JOB.trigger.when(reminder)).toBe(true);
    expect(REMIND_SUPPLEMENT_JOB.trigger.toPayload(reminder, null)).toEqual({ eventId: 'e1', dossierId: 'd1', correlationId: null });
  });
});
