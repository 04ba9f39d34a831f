import { exampleProcedureRecord, validateProcedureRecord, type RecordProblem } from '@dvc/shared/domain';
import { citizenView } from './citizen-view';
import { publishDefaults, publishProblems, publishRequest, retireProblem } from './decision-form';
import {
  appendAt, blankProcedureRecord, cleanLines, concerns, fieldId, hasRecordShape, mergeProblems, pathSegments, problemsOfError, processHours, removeAt, setAt,
  toggled, typedLines,
} from './record-form';

const problem = (path: string, code: string): RecordProblem => ({ path, code, message: { vi: code, en: code } });

describe('record form helpers', () => {
  it.each<[string, (string | number)[], string]>([
    ['name', ['name'], 'rec-name'],
    ['cases[0].components[1].maxSizeMb', ['cases', 0, 'components', 1, 'maxSizeMb'], 'rec-cases-0-components-1-maxSizeMb'],
    ['channels[2].timeLimit', ['channels', 2, 'timeLimit'], 'rec-channels-2-timeLimit'],
    ['form.schema.properties.hoTen', ['form', 'schema', 'properties', 'hoTen'], 'rec-form-schema-properties-hoTen'],
  ])('should read the path %s as its segments and give its field id', (path, segments, id) => {
    expect(pathSegments(path)).toEqual(segments);
    expect(fieldId(path)).toBe(id);
  });

  it('should set a value deep in a copy of the record, sharing the untouched parts', () => {
    const sut = exampleProcedureRecord();
    const next = setAt(sut, 'cases[0].components[1].name', 'Giấy chứng sinh (bản chính)');
    expect(next.cases[0]?.components[1]?.name).toBe('Giấy chứng sinh (bản chính)');
    expect(sut.cases[0]?.components[1]?.name).toBe('Giấy chứng sinh');
    expect(next.cases[0]?.components[0]).toBe(sut.cases[0]?.components[0]);
    expect(next.channels).toBe(sut.channels);
  });

  it('should append to and remove from a list in a copy', () => {
    const sut = exampleProcedureRecord();
    const added = appendAt(sut, 'sectors', { code: 'DD', name: 'Đất đai' });
    expect(added.sectors.map((sector) => sector.code)).toEqual(['HT', 'DD']);
    expect(removeAt(added, 'sectors', 0).sectors.map((sector) => sector.code)).toEqual(['DD']);
    expect(sut.sectors).toHaveLength(1);
  });

  it('should toggle a code in a list, keeping the canonical order', () => {
    expect(toggled(['commune'], 'province', true, ['province', 'commune', 'ministry'])).toEqual(['province', 'commune']);
    expect(toggled(['province', 'commune'], 'province', false, ['province', 'commune', 'ministry'])).toEqual(['commune']);
    expect(toggled(['province'], 'province', true, ['province', 'commune'])).toEqual(['province']);
  });

  it('should keep typed lines as they are and clean them when the field is left', () => {
    expect(typedLines('Nộp hồ sơ\n')).toEqual(['Nộp hồ sơ', '']);
    expect(cleanLines('  Nộp hồ sơ \n\n Trả kết quả\n')).toEqual(['Nộp hồ sơ', 'Trả kết quả']);
  });

  it.each<[string, string, boolean]>([
    ['name', 'name', true],
    ['sectors[0]', 'sectors[0].code', true],
    ['cases[0].components[1]', 'cases[0].components[1].maxSizeMb', true],
    ['cases[0].components[1]', 'cases[0].components[10].name', false],
    ['name', 'namespace', false],
    ['internalProcess', 'internalProcess[0].hours', false],
    ['', 'name', false],
  ])('should say whether a problem at %s concerns the field %s', (problemPath, path, expected) => {
    expect(concerns(problemPath, path)).toBe(expected);
  });

  it("should merge the server's problems into the rules' without repeating one", () => {
    expect(mergeProblems([problem('name', 'REQUIRED')], [problem('name', 'REQUIRED'), problem('onlineLevels[0].agencyCode', 'UNKNOWN_AGENCY')])).toEqual([
      problem('name', 'REQUIRED'),
      problem('onlineLevels[0].agencyCode', 'UNKNOWN_AGENCY'),
    ]);
  });

  it("should read a refused record's problems from the API error, and none from other errors", () => {
    const details = [{ field: 'internalProcess', code: 'PROCESS_SUM', message: 'Tổng sai / Wrong total' }];
    expect(problemsOfError({ statusCode: 400, code: 'CATALOGUE.RECORD_INVALID', message: 'x', details, correlationId: '' })).toEqual([
      { path: 'internalProcess', code: 'PROCESS_SUM', message: { vi: 'Tổng sai', en: 'Wrong total' } },
    ]);
    expect(problemsOfError({ statusCode: 400, code: 'VALIDATION.FAILED', message: 'x', details, correlationId: '' })).toEqual([]);
  });

  it.each<[string, unknown, boolean]>([
    ['the example record', exampleProcedureRecord(), true],
    ['a blank record', blankProcedureRecord(), true],
    ['a record with a wrong value (still editable)', { ...exampleProcedureRecord(), name: '' }, true],
    ['an array', [], false],
    ['cases that are not a list', { ...exampleProcedureRecord(), cases: 3 }, false],
    ['a channel without a time limit object', { ...exampleProcedureRecord(), channels: [{ channel: 'online', fees: [] }] }, false],
    ['a name that is not text', { ...exampleProcedureRecord(), name: 5 }, false],
    ['missing flags', { ...exampleProcedureRecord(), flags: null }, false],
    ['online levels that are not a list', { ...exampleProcedureRecord(), onlineLevels: {} }, false],
    [
      'a component without a list of file types',
      { ...exampleProcedureRecord(), cases: [{ code: 'TH1', name: '', steps: [], components: [{ code: 'TP01', acceptedTypes: 'application/pdf' }] }] },
      false,
    ],
  ])('should say whether %s has the shape the form edits', (_, value, expected) => {
    expect(hasRecordShape(value)).toBe(expected);
  });

  it('should start a new procedure from a blank record whose problems say what to fill', () => {
    const paths = validateProcedureRecord(blankProcedureRecord()).map((item) => item.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'name', 'publishingAgency', 'sectors[0]', 'cases[0].steps']));
    expect(paths).not.toContain('internalProcess');
  });

  it('should add up the internal process hours', () => {
    expect(processHours(exampleProcedureRecord())).toBe(8);
  });
});

describe('citizenView', () => {
  it('should project a record as the portal shows it: first case, online channel, result names, legal basis as title (number)', () => {
    const sut = citizenView(exampleProcedureRecord());
    expect(sut).toMatchObject({
      code: '1.001193', name: 'Đăng ký khai sinh', sectorName: 'Hộ tịch', level: 'commune', onlineLevel: 'full', timeLimit: { value: 1, unit: 'working_days' },
      feeTotal: 0, steps: ['Nộp tờ khai', 'Kiểm tra', 'Cấp giấy khai sinh'], results: ['Giấy khai sinh'], legalBasis: ['Luật Hộ tịch (60/2014/QH13)'],
      onlineAgencyCodes: ['000.10.31.H56'],
    });
    expect(sut.components.map((component) => component.name)).toEqual(['Tờ khai', 'Giấy chứng sinh']);
    expect(sut.fees).toEqual([{ code: 'LP01', name: 'Lệ phí', amount: 0 }]);
  });

  it('should use the counter channel without an online one, and cope with a draft that has no channel or case yet', () => {
    const record = exampleProcedureRecord();
    const counterOnly = { ...record, channels: [{ channel: 'counter' as const, timeLimit: { value: 3, unit: 'working_days' as const }, description: '', fees: [{ code: 'P', name: 'Phí', amount: 50_000, unit: '', description: '', schedule: null }] }] };
    expect(citizenView(counterOnly)).toMatchObject({ timeLimit: { value: 3, unit: 'working_days' }, feeTotal: 50_000 });
    expect(citizenView({ ...record, channels: [], cases: [], onlineLevels: [] })).toMatchObject({ timeLimit: null, feeTotal: 0, steps: [], components: [], onlineLevel: 'none' });
  });
});

describe('publication and retirement forms', () => {
  const today = '2026-11-24';

  it("should default both dates to today and trim the decision number it sends", () => {
    expect(publishDefaults(today)).toEqual({ decisionNumber: '', decisionDate: today, effectiveFrom: today });
    expect(publishRequest({ decisionNumber: ' 12/QĐ-UBND ', decisionDate: '2026-11-20', effectiveFrom: today })).toEqual({
      decisionNumber: '12/QĐ-UBND', decisionDate: '2026-11-20', effectiveFrom: today,
    });
  });

  it.each<[string, string, string, string[]]>([
    ['12/QĐ-UBND', today, today, []],
    ['12/QĐ-UBND', '2026-11-01', '2026-11-10', []],
    ['  ab ', today, today, ['decisionNumber:required']],
    ['12/QĐ-UBND', '2026-11-25', '2026-11-25', ['decisionDate:after_today']],
    ['12/QĐ-UBND', today, '2026-12-15', []],
    ['12/QĐ-UBND', '2026-11-20', '2026-11-10', ['effectiveFrom:before_decision']],
    ['12/QĐ-UBND', today, '2026-02-30', ['effectiveFrom:date']],
    ['', '', '', ['decisionNumber:required', 'decisionDate:date', 'effectiveFrom:date']],
  ])('should check the decision %p dated %p effective %p', (decisionNumber, decisionDate, effectiveFrom, expected) => {
    expect(publishProblems({ decisionNumber, decisionDate, effectiveFrom }, today).map((item) => `${item.field}:${item.kind}`)).toEqual(expected);
  });

  it('should want a reason of at least 3 characters to retire', () => {
    expect(retireProblem('  ab ')).toBe(true);
    expect(retireProblem('Bãi bỏ')).toBe(false);
  });
});
