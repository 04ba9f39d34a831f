import { AGENCIES, procedureDetail, procedureRecord } from '../../testing/portal-fixtures';
import { dayText, feeAmountText, filingPlaces, legalBasisDetails } from './procedure-view';

const FREE = { vi: 'Miễn phí', en: 'Free' };

describe('filingPlaces', () => {
  it('should offer online filing only where the API lists the agency, with the level the record gives it', () => {
    const sut = filingPlaces(procedureDetail(), AGENCIES);
    expect(sut.map((place) => [place.name, place.onlineLevel, place.applyAgencyId])).toEqual([
      ['UBND phường Hạc Thành', 'full', AGENCIES[0]?.id],
      ['UBND phường Sầm Sơn', 'partial', AGENCIES[1]?.id],
      ['UBND xã Quảng Phú', 'none', null],
    ]);
  });

  it('should not offer online filing where the record promises it but the API does not list the agency', () => {
    const sut = filingPlaces(procedureDetail({ agencies: [] }), AGENCIES);
    expect(sut.every((place) => place.applyAgencyId === null && place.onlineLevel === 'none')).toBe(true);
  });

  it('should add an agency that took over a merged one, and name a national body as the record does', () => {
    const successor = { id: '0b7f3c52-8a7e-4b53-9a4f-1d2a3b4c5d69', code: '000.19.31.H56', name: 'UBND phường Hạc Thành mới', parentId: null };
    const record = procedureRecord({
      agencies: { implementing: ['Bộ Tư pháp'], competent: [], authorised: [], coordinating: [] },
      onlineLevels: [],
    });
    const sut = filingPlaces(procedureDetail({ record, agencies: [successor] }), AGENCIES);
    expect(sut.map((place) => [place.name, place.onlineLevel, place.applyAgencyId])).toEqual([
      ['Bộ Tư pháp', 'none', null],
      ['UBND phường Hạc Thành mới', 'full', successor.id],
    ]);
  });

  it('should name an agency by its code when the agency list could not be read', () => {
    expect(filingPlaces(procedureDetail(), []).map((place) => place.name)).toEqual(['UBND phường Hạc Thành', 'UBND phường Sầm Sơn', '000.12.31.H56']);
  });
});

describe('procedure texts', () => {
  it.each([
    ['2014-11-20', '20/11/2014'],
    ['2025-07-01T00:00:00.000Z', '01/07/2025'],
    ['', ''],
  ])('should write the day %j as %j', (day, expected) => {
    expect(dayText(day)).toBe(expected);
  });

  it.each([
    [0, 'đồng/hồ sơ', 'Miễn phí'],
    [8000, 'đồng/bản', '8.000 ₫/bản'],
    [1500000, 'đồng', '1.500.000 ₫'],
  ])('should write the fee %j %j as %j', (amount, unit, expected) => {
    expect(feeAmountText({ amount, unit }, FREE).vi).toBe(expected);
  });

  it('should list what is known of a legal document after its title', () => {
    expect(legalBasisDetails({ issuer: 'Quốc hội', issuedOn: '2014-11-20', effectiveOn: null }).vi).toBe(' — Quốc hội, ban hành ngày 20/11/2014');
    expect(legalBasisDetails({ issuer: '', issuedOn: null, effectiveOn: null })).toEqual({ vi: '', en: '' });
  });
});
