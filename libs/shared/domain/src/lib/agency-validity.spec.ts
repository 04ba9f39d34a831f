import { agencyExistsOn } from './agency-validity';

describe('agencyExistsOn', () => {
  it.each([
    ['from its first day', { validFrom: '2025-07-01', validTo: null }, '2025-07-01', true],
    ['not before it', { validFrom: '2025-07-01', validTo: null }, '2025-06-30', false],
    ['until the day before its end', { validFrom: '2025-07-01', validTo: '2026-12-01' }, '2026-11-30', true],
    ['not on its end day', { validFrom: '2025-07-01', validTo: '2026-12-01' }, '2026-12-01', false],
    ['still today when its closure is set for later', { validFrom: '2025-07-01', validTo: '2027-01-01' }, '2026-11-24', true],
  ])('should count an agency %s', (_, agency, day, exists) => {
    expect(agencyExistsOn(agency, day)).toBe(exists);
  });
});
