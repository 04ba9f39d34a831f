import { deliveryPlan } from './delivery-plan';

const contact = { email: 'an@example.vn', phone: '0912345678' };

describe('deliveryPlan', () => {
  it('should e-mail only when the applicant never chose (defaults: e-mail on, SMS off)', () => {
    expect(deliveryPlan(null, contact)).toEqual([{ channel: 'email', to: 'an@example.vn' }]);
  });

  it('should use both channels when both are chosen and reachable', () => {
    expect(deliveryPlan({ email: true, sms: true }, contact)).toEqual([
      { channel: 'email', to: 'an@example.vn' },
      { channel: 'sms', to: '0912345678' },
    ]);
  });

  it('should send no SMS when the applicant has no phone, even if chosen', () => {
    expect(deliveryPlan({ email: false, sms: true }, { email: 'an@example.vn', phone: null })).toEqual([]);
    expect(deliveryPlan({ email: false, sms: true }, { email: 'an@example.vn', phone: '  ' })).toEqual([]);
  });

  it('should send nothing on a channel turned off', () => {
    expect(deliveryPlan({ email: false, sms: false }, contact)).toEqual([]);
    expect(deliveryPlan({ email: false, sms: true }, contact)).toEqual([{ channel: 'sms', to: '0912345678' }]);
  });
});
