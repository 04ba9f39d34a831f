import type { OnlineForm } from '@dvc/shared/domain';
import { procedureRecord } from '../../testing/portal-fixtures';
import { formControls, formDataFor, formProblems } from './online-form';

const REQUIRED = { vi: 'Trường này là bắt buộc', en: 'This field is required' };

describe('formControls', () => {
  const sut = () => formControls(procedureRecord().form);

  it('should follow the ui order and read each property with its hint', () => {
    expect(sut().map((control) => [control.key, control.widget, control.required])).toEqual([
      ['hoTenTre', 'text', true],
      ['ngaySinh', 'date', true],
      ['gioiTinh', 'radio', false],
      ['danToc', 'select', false],
      ['soBanSao', 'number', false],
      ['cccdMe', 'text', false],
      ['ghiChu', 'textarea', false],
      ['nhanQuaBuuDien', 'checkbox', false],
    ]);
  });

  it.each<[string, OnlineForm['schema']['properties'][string], OnlineForm['ui'][string] | undefined, string]>([
    ['an enum without a hint', { type: 'string', title: 'A', enum: ['x'] }, undefined, 'select'],
    ['an enum asked as radio', { type: 'string', title: 'A', enum: ['x'] }, { order: 1, widget: 'radio' }, 'radio'],
    ['a boolean', { type: 'boolean', title: 'A' }, { order: 1, widget: 'text' }, 'checkbox'],
    ['a boolean asked as radio', { type: 'boolean', title: 'A' }, { order: 1, widget: 'radio' }, 'radio'],
    ['an integer asked as text', { type: 'integer', title: 'A' }, { order: 1, widget: 'text' }, 'number'],
    ['a date', { type: 'string', title: 'A', format: 'date' }, { order: 1, widget: 'text' }, 'date'],
    ['an e-mail', { type: 'string', title: 'A', format: 'email' }, undefined, 'email'],
    ['a string asked as textarea', { type: 'string', title: 'A' }, { order: 1, widget: 'textarea' }, 'textarea'],
  ])('should draw %s as %s', (_name, property, hint, widget) => {
    const form: OnlineForm = { schema: { type: 'object', properties: { a: property }, required: [], additionalProperties: false }, ui: hint ? { a: hint } : {} };
    expect(formControls(form)[0]?.widget).toBe(widget);
  });

  it('should give a radio group the id of its first radio and say the rules in words', () => {
    const [name, , sex, , copies] = sut();
    expect(sex?.id).toBe('field-gioiTinh-0');
    expect(name?.rule?.vi).toBe('Tối đa 200 ký tự');
    expect(copies?.rule).toEqual({ vi: 'Từ 0 đến 10', en: 'From 0 to 10' });
    expect(copies?.integer).toBe(true);
  });
});

describe('formDataFor', () => {
  it('should trim, leave out empty answers, read a decimal comma and send a checked box as "true"', () => {
    const form = procedureRecord().form;
    expect(formDataFor(form, { hoTenTre: '  Bình ', ghiChu: '   ', soBanSao: '2,0', nhanQuaBuuDien: 'true', gioiTinh: '' })).toEqual({
      hoTenTre: 'Bình', soBanSao: '2.0', nhanQuaBuuDien: 'true',
    });
  });

  it('should answer "false" for an unchecked box the form requires', () => {
    const form = procedureRecord().form;
    form.schema.required.push('nhanQuaBuuDien');
    expect(formDataFor(form, {})['nhanQuaBuuDien']).toBe('false');
  });
});

describe('formProblems', () => {
  const form = procedureRecord().form;
  const valid = { hoTenTre: 'Trần Thị Bình', ngaySinh: '2026-11-20' };

  it.each<[string, Record<string, string>, Record<string, string>]>([
    ['valid answers', valid, {}],
    ['missing required answers', {}, { hoTenTre: REQUIRED.vi, ngaySinh: REQUIRED.vi }],
    ['a day that does not exist', { ...valid, ngaySinh: '2026-02-30' }, { ngaySinh: '«Ngày sinh» phải là ngày dạng YYYY-MM-DD' }],
    ['a value outside the list', { ...valid, gioiTinh: 'Khác' }, { gioiTinh: '«Giới tính»: chọn trong danh sách' }],
    ['a number out of range', { ...valid, soBanSao: '11' }, { soBanSao: '«Số bản sao» phải từ 0 đến 10' }],
    ['a fraction for an integer', { ...valid, soBanSao: '1,5' }, { soBanSao: '«Số bản sao» phải là số nguyên' }],
    ['a text too long', { ...valid, hoTenTre: 'a'.repeat(201) }, { hoTenTre: '«Họ, chữ đệm và tên của trẻ» tối đa 200 ký tự' }],
    [
      'a pattern mismatch (with the help saying what is expected)',
      { ...valid, cccdMe: '12345' },
      { cccdMe: '«Số định danh của mẹ» không đúng định dạng. Số định danh cá nhân (số căn cước) gồm 12 chữ số.' },
    ],
  ])('should report %s', (_name, values, expected) => {
    const problems = formProblems(form, values, REQUIRED);
    expect(Object.fromEntries(Object.entries(problems).map(([key, label]) => [key, label.vi]))).toEqual(expected);
  });

  it('should give an example from the placeholder when a pattern field has no help', () => {
    const noHelp = procedureRecord().form;
    noHelp.ui['cccdMe'] = { order: 60, placeholder: '038123456789' };
    expect(formProblems(noHelp, { ...valid, cccdMe: 'x' }, REQUIRED)['cccdMe']).toEqual({
      vi: '«Số định danh của mẹ» không đúng định dạng, ví dụ: 038123456789',
      en: '"Số định danh của mẹ" is not in the expected format, e.g. 038123456789',
    });
  });
});
