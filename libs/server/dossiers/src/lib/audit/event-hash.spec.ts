import { canonicalJson, dossierEventHash, firstBrokenLink, type StoredEvent } from './event-hash';

function chain(count: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (let seq = 1; seq <= count; seq += 1) {
    const prevHash = events.at(-1)?.hash ?? null;
    const fields = {
      dossierId: 'd1', seq, action: seq === 1 ? 'submit' : 'accept', fromStatus: seq === 1 ? null : 'submitted', toStatus: 'received',
      actorUserId: 'u1', actorName: 'Lê Thị Mai', actorRole: 'desk_officer', reason: null,
      payload: { clock: { kind: 'started' }, items: ['Tờ khai'] }, occurredAt: new Date(Date.UTC(2026, 10, 24, 2, seq)),
    };
    events.push({ ...fields, id: `e${seq}`, prevHash, hash: dossierEventHash(prevHash, fields) });
  }
  return events;
}

describe('canonicalJson', () => {
  it('should write the same text whatever the key order, at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('should drop undefined members as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe('firstBrokenLink', () => {
  it('should accept an intact chain', () => {
    expect(firstBrokenLink(chain(4))).toBeNull();
  });

  it.each<[string, (events: StoredEvent[]) => void, string, string]>([
    ['a changed reason', (events) => { (events[1] as StoredEvent).reason = 'sửa lén'; }, 'e2', 'HASH_MISMATCH'],
    ['a changed actor name', (events) => { (events[2] as StoredEvent).actorName = 'Người khác'; }, 'e3', 'HASH_MISMATCH'],
    ['a changed payload', (events) => { (events[0] as StoredEvent).payload = { clock: { kind: 'paused' } }; }, 'e1', 'HASH_MISMATCH'],
    ['a removed event', (events) => { events.splice(1, 1); }, 'e3', 'SEQ_GAP'],
    ['a recomputed hash without the next link', (events) => {
      const event = events[1] as StoredEvent;
      event.reason = 'sửa lén';
      event.hash = dossierEventHash(event.prevHash, event);
    }, 'e3', 'PREV_HASH_MISMATCH'],
  ])('should find %s', (_case, tamper, eventId, problem) => {
    const events = chain(4);
    tamper(events);
    expect(firstBrokenLink(events)).toMatchObject({ event: { id: eventId }, problem });
  });

  it('should hash a payload the same after jsonb reorders its keys', () => {
    const [event] = chain(1) as [StoredEvent];
    const reordered = { ...event, payload: { items: ['Tờ khai'], clock: { kind: 'started' } } };
    expect(firstBrokenLink([reordered])).toBeNull();
  });
});
