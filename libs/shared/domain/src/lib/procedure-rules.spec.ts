import type { ProcedureRecord } from './procedure-record';
import { exampleProcedureRecord } from './procedure-record.example';
import { diffRecords, legalHours, validateFormData, validateProcedureRecord } from './procedure-rules';

const record = exampleProcedureRecord;

describe('validateProcedureRecord', () => {
  it('should accept a complete record', () => {
    expect(validateProcedureRecord(record())).toEqual([]);
  });

  it.each<[string, (value: ProcedureRecord) => void, string, string]>([
    ['a malformed code', (value) => { value.code = '1001193'; }, 'code', 'CODE_FORMAT'],
    ['no name', (value) => { value.name = ''; }, 'name', 'REQUIRED'],
    ['an unknown level', (value) => { (value.levels as string[]).push('district'); }, 'levels[1]', 'NOT_ALLOWED'],
    ['a repeated component code', (value) => { const [first] = value.cases[0]?.components ?? []; if (first) value.cases[0]?.components.push({ ...first }); }, 'cases[0].components[2].code', 'DUPLICATE'],
    ['a file type that is not accepted', (value) => { const first = value.cases[0]?.components[0]; if (first) first.acceptedTypes = ['application/zip']; }, 'cases[0].components[0].acceptedTypes', 'FILE_TYPES'],
    ['a time limit of zero', (value) => { const first = value.channels[0]; if (first) first.timeLimit.value = 0; }, 'channels[0].timeLimit', 'TIME_LIMIT'],
    ['a negative fee', (value) => { const fee = value.channels[0]?.fees[0]; if (fee) fee.amount = -5; }, 'channels[0].fees[0]', 'FEE'],
    ['steps that do not add up to the legal time', (value) => { const step = value.internalProcess[1]; if (step) step.hours = 4; }, 'internalProcess', 'PROCESS_SUM'],
    ['a fee flag that contradicts the fees', (value) => { value.flags.feeBearing = true; }, 'flags.feeBearing', 'FEE_FLAG'],
    ['a required form field that does not exist', (value) => { value.form.schema.required.push('quocTich'); }, 'form.schema.required[2]', 'REQUIRED_UNKNOWN'],
    ['a form field without a UI hint', (value) => { delete (value.form.ui as Record<string, unknown>)['cccdMe']; }, 'form.ui.cccdMe', 'UI_HINT'],
    ['an invalid pattern', (value) => { const field = value.form.schema.properties['cccdMe']; if (field) field.pattern = '(['; }, 'form.schema.properties.cccdMe.pattern', 'PATTERN'],
    ['an unknown top-level field', (value) => { (value as unknown as Record<string, unknown>)['isAdmin'] = true; }, 'isAdmin', 'UNKNOWN_FIELD'],
    ['an unknown component field', (value) => { const first = value.cases[0]?.components[0]; if (first) (first as unknown as Record<string, unknown>)['colour'] = 'red'; }, 'cases[0].components[0].colour', 'UNKNOWN_FIELD'],
    ['an unknown fee field', (value) => { const fee = value.channels[0]?.fees[0]; if (fee) (fee as unknown as Record<string, unknown>)['vat'] = 10; }, 'channels[0].fees[0].vat', 'UNKNOWN_FIELD'],
  ])('should report %s at its path', (_case, spoil, path, code) => {
    const value = record();
    spoil(value);
    expect(validateProcedureRecord(value)).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('should report every problem at once, in both languages', () => {
    const problems = validateProcedureRecord({ code: 'x', sectors: [], levels: [] });
    expect(problems.length).toBeGreaterThan(8);
    expect(problems.every((problem) => problem.message.vi.length > 0 && problem.message.en.length > 0)).toBe(true);
    expect(validateProcedureRecord('nope')).toEqual([expect.objectContaining({ code: 'NOT_AN_OBJECT' })]);
  });

  it('should count the legal time of the online channel in working hours', () => {
    expect(legalHours(record())).toBe(8);
    expect(legalHours({ channels: [{ channel: 'counter', timeLimit: { value: 12, unit: 'working_hours' }, description: '', fees: [] }] })).toBe(12);
    expect(legalHours({ channels: [{ channel: 'online', timeLimit: { value: 15, unit: 'calendar_days' }, description: '', fees: [] }] })).toBeNull();
  });
});

describe('validateFormData', () => {
  const { form } = record();

  it('should keep the trimmed answers of a valid form', () => {
    expect(validateFormData(form, { hoTenTre: '  Nguyễn Thị Bình ', ngaySinh: '2026-11-20', gioiTinh: 'Nữ', soBanSao: '2' })).toEqual({
      value: { hoTenTre: 'Nguyễn Thị Bình', ngaySinh: '2026-11-20', gioiTinh: 'Nữ', soBanSao: '2' }, problems: [],
    });
  });

  it.each([
    ['a missing required field', { ngaySinh: '2026-11-20' }, 'hoTenTre', 'REQUIRED'],
    ['an impossible date', { hoTenTre: 'A', ngaySinh: '2026-02-30' }, 'ngaySinh', 'DATE'],
    ['an option not in the list', { hoTenTre: 'A', ngaySinh: '2026-11-20', gioiTinh: 'Khác' }, 'gioiTinh', 'ENUM'],
    ['a fraction for a whole number', { hoTenTre: 'A', ngaySinh: '2026-11-20', soBanSao: '1.5' }, 'soBanSao', 'NUMBER'],
    ['a number out of range', { hoTenTre: 'A', ngaySinh: '2026-11-20', soBanSao: '11' }, 'soBanSao', 'RANGE'],
    ['a personal id of 9 digits', { hoTenTre: 'A', ngaySinh: '2026-11-20', cccdMe: '123456789' }, 'cccdMe', 'PATTERN'],
    ['too long a name', { hoTenTre: 'x'.repeat(101), ngaySinh: '2026-11-20' }, 'hoTenTre', 'MAX_LENGTH'],
    ['a field the form does not have', { hoTenTre: 'A', ngaySinh: '2026-11-20', hacked: '1' }, 'hacked', 'UNKNOWN_FIELD'],
  ])('should refuse %s', (_case, data, field, code) => {
    expect(validateFormData(form, data).problems).toContainEqual(expect.objectContaining({ field, code }));
  });
});

describe('diffRecords', () => {
  it('should list nothing for equal records and each changed path otherwise, matching coded items by code', () => {
    expect(diffRecords(record(), record())).toEqual([]);
    const after = record();
    after.name = 'Đăng ký khai sinh (sửa đổi)';
    after.cases[0]?.components.unshift({ code: 'TP00', name: 'Văn bản ủy quyền', originals: 1, copies: 0, required: false, template: null, replaceableByResultCode: null, acceptedTypes: ['application/pdf'], maxSizeMb: 5 });
    const channel = after.channels[0];
    if (channel) channel.timeLimit.value = 2;
    expect(diffRecords(record(), after)).toEqual([
      { path: 'name', before: 'Đăng ký khai sinh', after: 'Đăng ký khai sinh (sửa đổi)' },
      { path: 'cases[TH1].components[TP00]', before: null, after: expect.objectContaining({ code: 'TP00' }) },
      { path: 'channels[0].timeLimit.value', before: 1, after: 2 },
    ]);
  });
});
