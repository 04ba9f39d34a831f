import type { DossierAction } from '@dvc/shared/domain';
import { actionFields, actionRequest, EMPTY_FORM, formProblems, type ActionFormValues } from './action-form';

describe('action forms', () => {
  it.each<[DossierAction, string[]]>([
    ['accept', []],
    ['claim', []],
    ['process', []],
    ['approve', []],
    ['confirm_payment', []],
    ['request_payment', []],
    ['refuse', ['reason']],
    ['send_back', ['reason']],
    ['request_supplement', ['items', 'reason']],
    ['consult', ['agency', 'consultationDueDate', 'consultationCounts', 'reason']],
    ['record_consultation', ['reason']],
    ['apologise', ['newDueDate', 'reason']],
    ['transfer', ['agency']],
    ['reassign', ['assignee']],
    ['return_result', ['returnMethod']],
  ])('should ask for the right inputs before %s', (action, fields) => {
    expect(actionFields(action)).toEqual(fields);
  });

  const values = (patch: Partial<ActionFormValues>): ActionFormValues => ({ ...EMPTY_FORM, ...patch });

  it.each<[string, DossierAction, Partial<ActionFormValues>, string[]]>([
    ['a blank reason', 'refuse', { reason: '   ' }, ['reason']],
    ['blank item lines', 'request_supplement', { items: '\n  \n', reason: 'x' }, ['items']],
    ['a consultation without agency or date', 'consult', { reason: 'x' }, ['agency', 'consultationDueDate']],
    ['a counter return without the collector', 'return_result', { returnMethod: 'counter' }, ['collectedBy']],
    ['a postal return without the waybill', 'return_result', { returnMethod: 'post' }, ['waybill']],
    ['an online return', 'return_result', { returnMethod: 'online' }, []],
  ])('should find %s', (_case, action, patch, problems) => {
    expect(formProblems(action, values(patch))).toEqual(problems);
  });

  it('should send only the fields each action reads', () => {
    const filled = values({
      reason: ' Chậm do phải xác minh ', items: 'A\nB', agencyId: 'ag', assigneeId: 'u', consultationDueDate: '2026-12-04',
      consultationCounts: false, newDueDate: '2026-12-10', returnMethod: 'post', collectedBy: 'X', waybill: ' EB123456VN ',
    });
    expect(actionRequest('apologise', 3, filled)).toEqual({ version: 3, newDueAt: '2026-12-10T17:00:00+07:00', reason: 'Chậm do phải xác minh' });
    expect(actionRequest('consult', 3, filled)).toEqual({
      version: 3, agencyId: 'ag', consultationDueDate: '2026-12-04', consultationCounts: false, reason: 'Chậm do phải xác minh',
    });
    expect(actionRequest('return_result', 3, filled)).toEqual({ version: 3, returnMethod: 'post', waybill: 'EB123456VN' });
    expect(actionRequest('transfer', 3, filled)).toEqual({ version: 3, agencyId: 'ag' });
    expect(actionRequest('accept', 3, filled)).toEqual({ version: 3 });
  });
});
