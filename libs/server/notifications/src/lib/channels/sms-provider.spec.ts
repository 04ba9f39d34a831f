import { Logger } from '@nestjs/common';
import { createSmsProvider, LoggingSmsProvider, maskPhone, UnknownSmsProviderError } from './sms-provider';

describe('maskPhone', () => {
  it.each([
    ['0912345678', '*******678'],
    ['+84 912 345 678', '********678'],
    ['12', '12'],
  ])('should keep only the last 3 digits of %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('LoggingSmsProvider', () => {
  afterEach(() => jest.restoreAllMocks());

  it('should write one log entry per SMS with the phone masked and without the text', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const sut = new LoggingSmsProvider();
    await sut.send({ to: '0912345678', text: 'DVC: Ho so cua Nguyen Van An da duoc tiep nhan.', idempotencyKey: 'e1.sms' });
    expect(log).toHaveBeenCalledTimes(1);
    const [entry] = log.mock.calls[0] ?? [];
    expect(entry).toEqual({ channel: 'sms', provider: 'log', to: '*******678', idempotencyKey: 'e1.sms', gsmChars: 47, segments: 1 });
    const written = JSON.stringify(log.mock.calls);
    expect(written).not.toContain('0912345678');
    expect(written).not.toContain('Nguyen Van An');
  });
});

describe('createSmsProvider', () => {
  it('should make the logging provider for "log"', () => {
    expect(createSmsProvider('log')).toBeInstanceOf(LoggingSmsProvider);
  });

  it('should refuse an unknown provider name (so the process does not start)', () => {
    expect(() => createSmsProvider('viettel')).toThrow(UnknownSmsProviderError);
  });
});
