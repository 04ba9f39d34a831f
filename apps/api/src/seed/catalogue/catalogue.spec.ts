import type { ProcedureRecord } from '@dvc/shared/contracts';
import { DEMO_AGENCIES } from '../demo-province.data';
import { DEMO_CATALOGUE, DEMO_CATALOGUE_SECTORS, workingHoursOf } from './index';

/**
 * Invariants of the demo catalogue, checked for every record.
 *
 * Honesty note: almost every record is `illustrative: true` (the share is computed and printed in the suite name).
 * Only the handful whose national code, name, time limit and fee we are confident of (khai sinh, kết hôn, khai tử,
 * chứng thực bản sao, chứng thực chữ ký) are `false`; local codes `9.5xxxxx` are invented.
 */
const ILLUSTRATIVE = DEMO_CATALOGUE.filter((record) => record.illustrative).length;
const SHARE = Math.round((ILLUSTRATIVE / DEMO_CATALOGUE.length) * 100);

const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const ROLES = ['desk_officer', 'specialist', 'leader'];
const AGENCY_CODES = new Set(DEMO_AGENCIES.map((agency) => agency.code));
const IDENTIFIER = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
const CODES = new Set(DEMO_CATALOGUE.map((record) => record.code));
const RESULT_CODES = new Set(DEMO_CATALOGUE.flatMap((record) => record.results.map((item) => item.code)));

/** The legal channel: online, else counter, else the first. */
function legalChannel(record: ProcedureRecord) {
  return record.channels.find((channel) => channel.channel === 'online') ?? record.channels.find((channel) => channel.channel === 'counter') ?? record.channels[0];
}

/**
 * The procedures of the original demo seed (12 in `DEMO_PROCEDURES` when this catalogue was written), kept with the
 * same codes, names, sectors, agencies and online levels, component codes and form field keys: unit, integration
 * and browser tests rely on them.
 */
const COMMUNES = ['000.10.31.H56', '000.11.31.H56', '000.12.31.H56'];
const atCommunes = (level: string) => COMMUNES.map((code) => `${code}:${level}`);
const ORIGINALS: { code: string; name: string; sector: string; level: string; time: string; agencies: string[]; components: string[]; fields: string[] }[] = [
  { code: '1.001193', name: 'Đăng ký khai sinh', sector: 'HT', level: 'commune', time: '1 working_days', agencies: atCommunes('full'), components: ['TP01', 'TP02', 'TP03'], fields: ['hoTenTre', 'ngaySinh', 'noiSinh', 'hoTenMe'] },
  { code: '1.000894', name: 'Đăng ký kết hôn', sector: 'HT', level: 'commune', time: '1 working_days', agencies: atCommunes('full'), components: ['TP01', 'TP02'], fields: ['hoTenChong', 'hoTenVo', 'ngayDuKien'] },
  { code: '1.004873', name: 'Cấp bản sao trích lục hộ tịch', sector: 'HT', level: 'commune', time: '1 working_days', agencies: atCommunes('full'), components: ['TP01'], fields: ['suKien', 'soBanSao'] },
  { code: '2.000815', name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', sector: 'CT', level: 'commune', time: '8 working_hours', agencies: atCommunes('partial'), components: ['TP01'], fields: ['tenGiayTo', 'soBan'] },
  { code: '2.001035', name: 'Đăng ký thành lập hộ kinh doanh', sector: 'DKKD', level: 'commune', time: '3 working_days', agencies: atCommunes('full'), components: ['TP01', 'TP02', 'TP03'], fields: ['tenHoKinhDoanh', 'diaChi', 'nganhNghe', 'vonKinhDoanh'] },
  { code: '1.009993', name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', sector: 'XD', level: 'commune', time: '15 working_days', agencies: atCommunes('partial'), components: ['TP01', 'TP02', 'TP03'], fields: ['diaDiem', 'soThua', 'dienTich', 'ghiChu'] },
  { code: '2.000488', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', sector: 'LLTP', level: 'province', time: '10 working_days', agencies: ['000.00.31.H56:full', '000.00.10.H56:full'], components: ['TP01', 'TP02'], fields: ['loaiPhieu', 'mucDich'] },
  { code: '1.001612', name: 'Đăng ký thành lập doanh nghiệp tư nhân', sector: 'TCDN', level: 'province', time: '3 working_days', agencies: ['000.00.31.H56:full', '000.00.13.H56:full'], components: ['TP01', 'TP02'], fields: ['tenDoanhNghiep', 'diaChiTruSo', 'vonDauTu'] },
  { code: '1.002030', name: 'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh', sector: 'YT', level: 'province', time: '20 working_days', agencies: ['000.00.31.H56:partial', '000.00.15.H56:partial'], components: ['TP01', 'TP02', 'TP03'], fields: ['vanBang', 'phamVi'] },
  { code: '1.000656', name: 'Đăng ký khai tử', sector: 'HT', level: 'commune', time: '1 working_days', agencies: atCommunes('full'), components: ['TP01', 'TP02'], fields: ['hoTenNguoiChet', 'ngayChet', 'noiChet'] },
  { code: '1.004746', name: 'Cấp giấy xác nhận tình trạng hôn nhân', sector: 'HT', level: 'commune', time: '3 working_days', agencies: atCommunes('full'), components: ['TP01'], fields: ['mucDichSuDung', 'tinhTrang'] },
  { code: '1.011608', name: 'Cấp giấy phép sửa chữa, cải tạo công trình', sector: 'XD', level: 'province', time: '20 working_days', agencies: ['000.00.31.H56:partial', '000.00.12.H56:partial'], components: ['TP01', 'TP02', 'TP03'], fields: ['tenCongTrinh', 'diaDiem', 'noiDung'] },
];

describe(`demo catalogue: ${DEMO_CATALOGUE.length} records, ${Object.keys(DEMO_CATALOGUE_SECTORS).length} sectors, ${ILLUSTRATIVE} illustrative (${SHARE}%)`, () => {
  it('should hold at least 150 records across at least 12 sectors, at both levels', () => {
    expect(DEMO_CATALOGUE.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(DEMO_CATALOGUE_SECTORS).length).toBeGreaterThanOrEqual(12);
    const levels = new Set(DEMO_CATALOGUE.flatMap((record) => record.levels));
    expect(levels).toEqual(new Set(['commune', 'province']));
    expect(new Set(DEMO_CATALOGUE.flatMap((record) => record.applicantTypes))).toEqual(new Set(['citizen', 'enterprise', 'organisation']));
  });

  it('should give every record a unique code in the national format (d.dddddd)', () => {
    expect(CODES.size).toBe(DEMO_CATALOGUE.length);
    for (const record of DEMO_CATALOGUE) expect(record.code).toMatch(/^\d\.\d{6}$/);
  });

  it('should feature about ten popular procedures', () => {
    const featured = DEMO_CATALOGUE.filter((record) => record.flags.featured).map((record) => record.code);
    expect(featured.length).toBeGreaterThanOrEqual(8);
    expect(featured.length).toBeLessThanOrEqual(12);
    expect(featured).toEqual(expect.arrayContaining(['1.001193', '1.000894', '1.000656', '1.004222', '2.000488', '2.001035', '1.009993', '2.000815']));
  });

  it('should keep a few records published as national ones (not illustrative) and say so', () => {
    const published = DEMO_CATALOGUE.filter((record) => !record.illustrative).map((record) => record.code).sort();
    expect(published).toEqual(['1.000656', '1.000894', '1.001193', '2.000815', '2.000884']);
  });

  describe.each(DEMO_CATALOGUE.map((record) => [`${record.code} ${record.name.slice(0, 60)}`, record] as const))('%s', (_label, record) => {
    it('should have cases with ordered steps and uniquely coded components of accepted file types', () => {
      expect(record.cases.length).toBeGreaterThanOrEqual(1);
      for (const item of record.cases) {
        expect(item.steps.length).toBeGreaterThanOrEqual(1);
        expect(item.steps.every((step) => step.trim().length > 0)).toBe(true);
        const codes = item.components.map((component) => component.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const component of item.components) {
          expect(component.code).toMatch(/^TP\d{2}$/);
          expect(component.acceptedTypes.length).toBeGreaterThan(0);
          expect(component.acceptedTypes.every((type) => FILE_TYPES.includes(type))).toBe(true);
          expect(component.maxSizeMb).toBeGreaterThanOrEqual(1);
          expect(component.maxSizeMb).toBeLessThanOrEqual(50);
          expect(Number.isInteger(component.originals) && Number.isInteger(component.copies)).toBe(true);
          expect(component.originals + component.copies).toBeGreaterThan(0);
          if (component.template) expect(component.template.url).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
          if (component.replaceableByResultCode) expect(RESULT_CODES.has(component.replaceableByResultCode)).toBe(true);
        }
      }
      const caseCodes = record.cases.map((item) => item.code);
      expect(new Set(caseCodes).size).toBe(caseCodes.length);
    });

    it('should have channels with positive time limits and whole, non-negative fees matching the fee flag', () => {
      expect(record.channels.length).toBeGreaterThan(0);
      const channels = record.channels.map((channel) => channel.channel);
      expect(new Set(channels).size).toBe(channels.length);
      for (const channel of record.channels) {
        expect(Number.isInteger(channel.timeLimit.value) && channel.timeLimit.value > 0).toBe(true);
        for (const item of channel.fees) {
          expect(Number.isInteger(item.amount) && item.amount >= 0).toBe(true);
          expect(item.code.length && item.name.length && item.unit.length).toBeTruthy();
        }
      }
      const anyFee = record.channels.some((channel) => channel.fees.some((item) => item.amount > 0));
      expect(record.flags.feeBearing).toBe(anyFee);
    });

    it('should have an internal process whose hours add up to the legal time of the online (else counter) channel', () => {
      const channel = legalChannel(record);
      expect(channel).toBeDefined();
      if (!channel) return;
      // Working days × 8; working hours as they are; calendar days as the working days they usually span × 8.
      const hours = record.internalProcess.reduce((sum, step) => sum + step.hours, 0);
      expect(hours).toBeCloseTo(workingHoursOf(channel.timeLimit), 6);
      expect(record.internalProcess.every((step) => ROLES.includes(step.role) && step.hours > 0 && step.name.length > 0)).toBe(true);
      expect(record.internalProcess[0]?.role).toBe('desk_officer');
      expect(record.internalProcess.at(-1)?.role).toBe('desk_officer');
      expect(record.internalProcess.some((step) => step.role === 'specialist')).toBe(true);
      expect(record.internalProcess.some((step) => step.role === 'leader')).toBe(true);
      const stepCodes = record.internalProcess.map((step) => step.code);
      expect(new Set(stepCodes).size).toBe(stepCodes.length);
    });

    it('should have an online form whose required keys are properties and whose properties all have a UI hint', () => {
      const { schema, ui } = record.form;
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
      const keys = Object.keys(schema.properties);
      expect(keys.length).toBeGreaterThan(0);
      expect(schema.required.every((key) => keys.includes(key))).toBe(true);
      for (const key of keys) {
        const property = schema.properties[key];
        expect(key).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,49}$/);
        expect(property?.title.length).toBeGreaterThan(0);
        expect(ui[key]).toBeDefined();
        expect(typeof ui[key]?.order).toBe('number');
        if (property?.pattern) expect(() => new RegExp(property.pattern ?? '')).not.toThrow();
        if (property?.enum) expect(property.enum.length).toBeGreaterThan(0);
      }
      expect(Object.keys(ui).every((key) => keys.includes(key))).toBe(true);
    });

    it('should name only demo agencies (or, as competent body, a named national body) and match online levels to channels', () => {
      const { implementing, competent, authorised, coordinating } = record.agencies;
      expect(implementing.length).toBeGreaterThan(0);
      for (const code of [...implementing, ...authorised, ...coordinating, ...record.onlineLevels.map((item) => item.agencyCode)]) {
        expect(AGENCY_CODES.has(code)).toBe(true);
      }
      for (const code of competent) expect(AGENCY_CODES.has(code) || !IDENTIFIER.test(code)).toBe(true);
      expect(record.onlineLevels.length).toBeGreaterThan(0);
      const online = record.channels.some((channel) => channel.channel === 'online');
      expect(record.onlineLevels.some((item) => item.level !== 'none')).toBe(online);
      if (record.levels.includes('commune')) expect(record.onlineLevels.map((item) => item.agencyCode)).toEqual(expect.arrayContaining(COMMUNES));
      if (record.levels.includes('province')) expect(record.onlineLevels.map((item) => item.agencyCode)).toContain('000.00.31.H56');
    });

    it('should have sectors of the catalogue, results unless it has no result document, legal basis, and known related codes', () => {
      expect(record.sectors.length).toBeGreaterThan(0);
      for (const sector of record.sectors) expect(DEMO_CATALOGUE_SECTORS[sector.code]).toBe(sector.name);
      expect(record.results.length > 0).toBe(!record.flags.noResultDocument);
      expect(record.legalBasis.length).toBeGreaterThan(0);
      for (const entry of record.legalBasis) {
        expect(entry.number.length).toBeGreaterThan(0);
        for (const date of [entry.issuedOn, entry.effectiveOn]) if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const code of [...record.related, ...record.linked]) expect(CODES.has(code)).toBe(true);
      expect(record.related).not.toContain(record.code);
      if (record.type === 'TTHC liên thông') expect(record.flags.interAgency).toBe(true);
      expect(record.keywords.length).toBeGreaterThan(0);
      expect(record.description.length).toBeGreaterThan(0);
    });
  });

  describe.each(ORIGINALS.map((original) => [original.code, original] as const))('original demo procedure %s', (code, original) => {
    const record = DEMO_CATALOGUE.find((candidate) => candidate.code === code);

    it('should keep its name, sector, level, time limit, agencies and online levels', () => {
      expect(record).toBeDefined();
      if (!record) return;
      expect(record.name).toBe(original.name);
      expect(record.sectors.map((sector) => sector.code)).toEqual([original.sector]);
      expect(record.levels).toEqual([original.level]);
      const channel = legalChannel(record);
      expect(`${channel?.timeLimit.value} ${channel?.timeLimit.unit}`).toBe(original.time);
      expect(record.onlineLevels.map((item) => `${item.agencyCode}:${item.level}`).sort()).toEqual([...original.agencies].sort());
    });

    it('should keep its component codes and form field keys', () => {
      if (!record) throw new Error(`${code} missing`);
      expect(record.cases.flatMap((item) => item.components.map((component) => component.code))).toEqual(original.components);
      expect(Object.keys(record.form.schema.properties)).toEqual(original.fields);
    });
  });

  it('should file khai sinh online (full) at every commune with required, coded components and one working day', () => {
    const record = DEMO_CATALOGUE.find((candidate) => candidate.code === '1.001193');
    expect(record?.onlineLevels.filter((item) => item.level === 'full').map((item) => item.agencyCode)).toEqual(COMMUNES);
    expect(record?.cases[0]?.components.filter((component) => component.required).map((component) => component.code)).toEqual(['TP01', 'TP02']);
    expect(record?.internalProcess.reduce((sum, step) => sum + step.hours, 0)).toBe(8);
  });
});
