import { createHash } from 'node:crypto';

/** The fields of a dossier event that its hash covers: everything stored except its own id and hash. */
export interface HashedEventFields {
  dossierId: string;
  seq: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorUserId: string | null;
  actorName: string;
  actorRole: string;
  reason: string | null;
  payload: unknown;
  occurredAt: Date;
}

/** JSON with object keys sorted at every level: PostgreSQL's jsonb reorders keys, so the stored form must hash the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The hash that chains a dossier's history: each event's hash covers its fields and the previous event's hash, so
 * changing, removing or reordering any event breaks every link after it.
 */
export function dossierEventHash(prevHash: string | null, event: HashedEventFields): string {
  const canonical = canonicalJson([
    prevHash, event.dossierId, event.seq, event.action, event.fromStatus, event.toStatus, event.actorUserId,
    event.actorName, event.actorRole, event.reason, event.payload, event.occurredAt.toISOString(),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export type ChainBreak = 'SEQ_GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH';

export interface StoredEvent extends HashedEventFields {
  id: string;
  prevHash: string | null;
  hash: string;
}

/** The first broken link of one dossier's chain (events in seq order), or null when the chain holds. */
export function firstBrokenLink(events: readonly StoredEvent[]): { event: StoredEvent; problem: ChainBreak } | null {
  let previous: StoredEvent | null = null;
  for (const event of events) {
    if (event.seq !== (previous?.seq ?? 0) + 1) return { event, problem: 'SEQ_GAP' };
    if (event.prevHash !== (previous?.hash ?? null)) return { event, problem: 'PREV_HASH_MISMATCH' };
    if (event.hash !== dossierEventHash(event.prevHash, event)) return { event, problem: 'HASH_MISMATCH' };
    previous = event;
  }
  return null;
}
