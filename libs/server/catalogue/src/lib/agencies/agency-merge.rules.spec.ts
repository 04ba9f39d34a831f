import type { OnlineLevel } from '@dvc/shared/contracts';
import { bestOnlineLevel, mergeRefusal, onlineLevelsAfterMergers, planAssignmentMerge, type MergeCandidate } from './agency-merge.rules';

const TODAY = '2026-11-27';
const open = (id: string): MergeCandidate => ({ id, successorId: null, validTo: null });

describe('bestOnlineLevel', () => {
  it.each<[OnlineLevel, OnlineLevel, OnlineLevel]>([
    ['full', 'partial', 'full'],
    ['partial', 'full', 'full'],
    ['none', 'partial', 'partial'],
    ['partial', 'none', 'partial'],
    ['none', 'none', 'none'],
    ['full', 'full', 'full'],
  ])('should choose the further online of %s and %s: %s', (a, b, expected) => {
    expect(bestOnlineLevel(a, b)).toBe(expected);
  });
});

describe('planAssignmentMerge', () => {
  it('should move what only the merged agency offered, raise where it was further online, keep the successor\'s row otherwise', () => {
    const sut = planAssignmentMerge(
      [
        { procedureId: 'p-only-merged', onlineLevel: 'partial' },
        { procedureId: 'p-merged-better', onlineLevel: 'full' },
        { procedureId: 'p-successor-better', onlineLevel: 'none' },
        { procedureId: 'p-same', onlineLevel: 'partial' },
      ],
      [
        { procedureId: 'p-merged-better', onlineLevel: 'partial' },
        { procedureId: 'p-successor-better', onlineLevel: 'full' },
        { procedureId: 'p-same', onlineLevel: 'partial' },
        { procedureId: 'p-only-successor', onlineLevel: 'none' },
      ],
    );
    expect(sut).toEqual({
      moved: [{ procedureId: 'p-only-merged', onlineLevel: 'partial' }],
      raised: [{ procedureId: 'p-merged-better', onlineLevel: 'full' }],
      kept: [{ procedureId: 'p-successor-better', onlineLevel: 'full' }, { procedureId: 'p-same', onlineLevel: 'partial' }],
    });
  });

  it('should plan nothing when the merged agency offered nothing', () => {
    expect(planAssignmentMerge([], [{ procedureId: 'p', onlineLevel: 'full' }])).toEqual({ moved: [], raised: [], kept: [] });
  });
});

describe('mergeRefusal', () => {
  it.each<[string | null, string, MergeCandidate, MergeCandidate, boolean, number | null]>([
    [null, 'an open agency into another', open('a'), open('b'), false, null],
    [null, 'an agency closing later into another', { ...open('a'), validTo: '2026-12-31' }, { ...open('b'), validTo: '2027-01-01' }, false, null],
    ['AGENCY.MERGE_INTO_ITSELF', 'an agency into itself', open('a'), open('a'), false, 422],
    ['AGENCY.ALREADY_MERGED', 'an agency merged before', { id: 'a', successorId: 'c', validTo: '2026-11-01' }, open('b'), false, 409],
    ['AGENCY.ALREADY_MERGED', 'an agency merged earlier today', { id: 'a', successorId: 'c', validTo: TODAY }, open('b'), false, 409],
    ['AGENCY.CLOSED', 'an agency closed without successor', { ...open('a'), validTo: TODAY }, open('b'), false, 409],
    ['AGENCY.SUCCESSOR_CLOSED', 'an agency into a closed one', open('a'), { ...open('b'), validTo: '2026-01-01' }, false, 409],
    ['AGENCY.SUCCESSOR_CLOSED', 'an agency into a merged one', open('a'), { id: 'b', successorId: 'c', validTo: '2026-01-01' }, false, 409],
    ['AGENCY.MERGE_CYCLE', 'an agency into one below it in the tree', open('a'), open('b'), true, 409],
  ])('should answer %s when merging %s', (code, _case, agency, successor, descendant, status) => {
    const sut = mergeRefusal(agency, successor, TODAY, descendant);
    expect(sut?.code ?? null).toBe(code);
    expect(sut?.httpStatus ?? null).toBe(status);
    if (sut) expect(sut.message.split(' / ')).toHaveLength(2);
  });
});

describe('onlineLevelsAfterMergers', () => {
  const successorOf = new Map([['000.10.31.H56', '000.20.31.H56'], ['000.11.31.H56', '000.20.31.H56']]);

  it('should give a merged agency\'s entry to its successor, in place', () => {
    expect(onlineLevelsAfterMergers([{ agencyCode: '000.10.31.H56', level: 'partial' }, { agencyCode: '000.30.31.H56', level: 'full' }], successorOf)).toEqual([
      { agencyCode: '000.20.31.H56', level: 'partial' }, { agencyCode: '000.30.31.H56', level: 'full' },
    ]);
  });

  it('should keep one entry per agency at the better level when the successor, or two merged agencies, already had one', () => {
    const levels = onlineLevelsAfterMergers([
      { agencyCode: '000.20.31.H56', level: 'none' },
      { agencyCode: '000.10.31.H56', level: 'partial' },
      { agencyCode: '000.11.31.H56', level: 'full' },
    ], successorOf);
    expect(levels).toEqual([{ agencyCode: '000.20.31.H56', level: 'full' }]);
  });

  it('should change nothing when no agency was merged', () => {
    const levels = [{ agencyCode: '000.30.31.H56', level: 'full' as const }];
    expect(onlineLevelsAfterMergers(levels, successorOf)).toEqual(levels);
  });
});
