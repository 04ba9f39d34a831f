import { agency, AGENCY_TREE } from '../testing/desk-fixtures';
import { agencyTree, mergeProblems, mergeRequest, selfAndDescendants, successorOptions } from './agency-tree';

describe('agency tree', () => {
  it('should list each agency after its parent, siblings by code, with its depth and parent name', () => {
    const sut = agencyTree(AGENCY_TREE);
    expect(sut.map((row) => [row.agency.id, row.depth, row.parentName])).toEqual([
      ['agency-province', 0, null],
      ['agency-district', 1, 'UBND tỉnh Đồng Tháp'],
      ['agency-1', 2, 'UBND huyện Cao Lãnh'],
      ['agency-2', 2, 'UBND huyện Cao Lãnh'],
      ['agency-justice', 1, 'UBND tỉnh Đồng Tháp'],
    ]);
  });

  it('should start a tree of its own when the parent is not current, and list agencies caught in a cycle once', () => {
    const orphan = agency({ id: 'orphan', code: '000.99.00.H56', parentId: 'merged-away' });
    const cycle = [agency({ id: 'a', code: 'A', parentId: 'b' }), agency({ id: 'b', code: 'B', parentId: 'a' })];
    const sut = agencyTree([orphan, ...cycle]);
    expect(sut.map((row) => [row.agency.id, row.depth])).toEqual([['orphan', 0], ['a', 0], ['b', 1]]);
  });

  it.each([
    ['agency-district', ['agency-district', 'agency-1', 'agency-2']],
    ['agency-1', ['agency-1']],
    ['agency-province', ['agency-province', 'agency-district', 'agency-1', 'agency-2', 'agency-justice']],
  ])('should find %s and everything below it', (id, expected) => {
    expect([...selfAndDescendants(AGENCY_TREE, id)].sort()).toEqual([...expected].sort());
  });

  it('should offer as successors the other agencies in tree order, without the agency and its descendants', () => {
    expect(successorOptions(AGENCY_TREE, 'agency-district').map((row) => row.agency.id)).toEqual(['agency-province', 'agency-justice']);
    expect(successorOptions(AGENCY_TREE, 'agency-1').map((row) => row.agency.id)).toEqual(['agency-province', 'agency-district', 'agency-2', 'agency-justice']);
  });

  it.each([
    [{ successorId: '', reason: '' }, ['successorId', 'reason']],
    [{ successorId: 'agency-2', reason: '  ab ' }, ['reason']],
    [{ successorId: 'agency-2', reason: 'NQ 1234' }, []],
  ])('should find the problems of %j', (values, expected) => {
    expect(mergeProblems(values)).toEqual(expected);
  });

  it('should send the reason trimmed', () => {
    expect(mergeRequest({ successorId: 'agency-2', reason: '  NQ 1234  ' })).toEqual({ successorId: 'agency-2', reason: 'NQ 1234' });
  });
});
