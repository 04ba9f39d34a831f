import type { DossierStatus } from './dossier-lifecycle.types';
import { defaultInternalProcess, planSteps, type ProcessStep } from './dossier-steps';

const TEMPLATE: ProcessStep[] = [
  { code: 'TN', name: 'Tiếp nhận', role: 'desk_officer', hours: 4 },
  { code: 'TD', name: 'Thẩm định', role: 'specialist', hours: 12 },
  { code: 'PD', name: 'Phê duyệt', role: 'leader', hours: 4 },
  { code: 'TKQ', name: 'Trả kết quả', role: 'desk_officer', hours: 4 },
];

describe('planSteps', () => {
  it.each<[string, number | null, DossierStatus | null, DossierStatus, boolean, string | null]>([
    ['accept opens reception', null, 'submitted', 'received', false, 'TN'],
    ['claim hands reception to appraisal', 0, 'received', 'in_processing', true, 'TD'],
    ['processing hands appraisal to approval', 1, 'in_processing', 'awaiting_approval', true, 'PD'],
    ['approval hands over to the return step', 2, 'awaiting_approval', 'result_ready', true, 'TKQ'],
    ['returning closes the last step', 3, 'result_ready', 'returned', true, null],
    ['sending back reopens appraisal as a new row', 2, 'awaiting_approval', 'in_processing', true, 'TD'],
    ['a supplement hands the dossier to the applicant', 1, 'in_processing', 'supplement_requested', true, null],
    ['the supplement brings it back to appraisal', 1, 'supplement_requested', 'in_processing', false, 'TD'],
    ['a consultation keeps the appraisal open', 1, 'in_processing', 'in_consultation', false, null],
    ['an apology changes no step', 1, 'in_processing', 'in_processing', false, null],
    ['a supplement at reception opens nothing', null, 'submitted', 'supplement_requested', false, null],
  ])('%s', (_case, lastOpened, from, to, closeOpen, opened) => {
    const sut = planSteps(TEMPLATE, lastOpened, from, to);
    expect({ closeOpen: sut.closeOpen, opened: sut.open?.step.code ?? null }).toEqual({ closeOpen, opened });
  });
});

describe('defaultInternalProcess', () => {
  it.each([8, 24, 40, 120, 2])('should split %i hours over four steps that sum to the limit', (hours) => {
    const sut = defaultInternalProcess(hours);
    expect(sut.map((step) => step.role)).toEqual(['desk_officer', 'specialist', 'leader', 'desk_officer']);
    expect(sut.every((step) => step.hours > 0)).toBe(true);
    expect(sut.reduce((total, step) => total + step.hours, 0)).toBeCloseTo(Math.max(hours, 1), 5);
  });
});
