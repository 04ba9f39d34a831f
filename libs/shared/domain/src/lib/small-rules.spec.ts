import { formatDossierCode, isDossierCode, parseDossierCode } from './dossier-code';
import { formatVnd, sumFees } from './fees';
import { foldVietnamese, maskPersonName } from './vietnamese-text';

describe('dossier codes', () => {
  it.each([
    ['000.00.31.H56', '2026-11-23', 1, '000.00.31.H56-261123-0001'],
    ['000.10.31.H56', '2026-01-05', 12345, '000.10.31.H56-260105-12345'],
  ])('formats %s %s #%i as %s and parses it back', (agency, day, seq, code) => {
    expect(formatDossierCode(agency, day, seq)).toBe(code);
    expect(parseDossierCode(code)).toEqual({ agencyCode: agency, day, seq });
    expect(isDossierCode(code)).toBe(true);
  });

  it.each([
    ['G01.001.05-260125-AB0001', { agencyCode: 'G01.001.05', day: '2026-01-25', seq: 1, prefix: 'AB' }],
    ['000.00.31.H56-261123-000123', { agencyCode: '000.00.31.H56', day: '2026-11-23', seq: 123 }],
  ])('accepts the Circular 04/2025 form and long sequences: %s', (code, expected) => {
    expect(parseDossierCode(code)).toEqual(expected);
  });

  it.each(['', 'H56-2611-0001', '000.00.31.H56-261123-01', '000.00.31.H56-261332-0001', '000.00.31.H56-260230-0001'])('rejects %j', (code) => {
    expect(isDossierCode(code)).toBe(false);
  });

  it('refuses a non-positive sequence', () => {
    expect(() => formatDossierCode('X', '2026-11-23', 0)).toThrow(RangeError);
  });
});

describe('fees', () => {
  it('sums whole đồng and formats them the Vietnamese way', () => {
    expect(sumFees([{ amount: 50_000 }, { amount: 1_450_000 }])).toBe(1_500_000);
    expect(formatVnd(1_500_000)).toBe('1.500.000 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
  });

  it.each([-1, 1.5])('refuses an amount of %p', (amount) => {
    expect(() => sumFees([{ amount }])).toThrow(RangeError);
  });
});

describe('Vietnamese text', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['GIẤY PHÉP XÂY DỰNG', 'giay phep xay dung'],
    ['Hộ kinh doanh', 'ho kinh doanh'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it.each([
    ['Nguyễn Văn An', 'Nguyễn V. A.'],
    ['  Lê   Thị Hồng  Nhung ', 'Lê T. H. N.'],
    ['Mai', 'Mai'],
  ])('masks %j as %j', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });
});
