import { fitSms, gsmLength, toSmsText } from './sms-text';

describe('toSmsText', () => {
  it('should drop Vietnamese diacritics (đ included) and keep the case', () => {
    expect(toSmsText('Hồ sơ đã được tiếp nhận tại Đà Nẵng')).toBe('Ho so da duoc tiep nhan tai Da Nang');
  });

  it('should put the text on one line and spell ₫ and typographic signs in GSM', () => {
    expect(toSmsText('Số tiền:\n1.500.000 ₫ – “phí”…')).toBe('So tien: 1.500.000 dong - "phi"...');
  });

  it('should turn anything else outside the GSM alphabet into "?"', () => {
    expect(toSmsText('OK ✓')).toBe('OK ?');
  });
});

describe('gsmLength', () => {
  it('should count extension characters twice and refuse UCS-2 text', () => {
    expect(gsmLength('abc')).toBe(3);
    expect(gsmLength('[a]')).toBe(5);
    expect(gsmLength('ồ')).toBeNull();
  });
});

describe('fitSms', () => {
  it('should keep everything when it fits', () => {
    expect(fitSms('DVC: Ho so X.', 'Ly do: thieu to khai.', 'Xem Cong DVC.')).toBe('DVC: Ho so X. Ly do: thieu to khai. Xem Cong DVC.');
  });

  it('should shorten the middle part with "..." to fit 160 characters, never the head or the tail', () => {
    const sms = fitSms('DVC: Ho so 000.00.31.H56-261123-0001 khong duoc tiep nhan.', `Ly do: ${'giấy tờ không hợp lệ '.repeat(10)}`, 'Lien he Bo phan Mot cua.');
    expect(gsmLength(sms)).toBeLessThanOrEqual(160);
    expect(sms.startsWith('DVC: Ho so 000.00.31.H56-261123-0001 khong duoc tiep nhan. Ly do: giay to')).toBe(true);
    expect(sms.endsWith('... Lien he Bo phan Mot cua.')).toBe(true);
  });

  it('should leave the middle part out when almost nothing of it fits', () => {
    const head = 'x'.repeat(150);
    expect(fitSms(head, 'Ly do: mot ly do dai')).toBe(head);
  });
});
