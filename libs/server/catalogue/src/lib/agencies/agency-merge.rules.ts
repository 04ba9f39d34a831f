import type { LocalDate } from '@dvc/shared/domain';
import type { OnlineLevel } from '@dvc/shared/contracts';
import { ConflictError, UnprocessableError, type DomainError } from '@dvc/server/core';

/** An agency as the merger checks it (dates are Vietnam days, `YYYY-MM-DD`). */
export interface MergeCandidate {
  id: string;
  successorId: string | null;
  validTo: LocalDate | null;
}

/** A procedure an agency offers, with how far online. */
export interface Assignment {
  procedureId: string;
  onlineLevel: OnlineLevel;
}

/** What happens to the merged agency's assignments at its successor (the merged agency's rows then go). */
export interface AssignmentPlan {
  /** Procedures the successor did not offer: it now offers them at the merged agency's level. */
  moved: Assignment[];
  /** Procedures both offered, the merged agency further online: the successor's row takes that level. */
  raised: Assignment[];
  /** Procedures both offered, the successor as far online or further: its row stays as it is. */
  kept: Assignment[];
}

const RANK: Record<OnlineLevel, number> = { none: 0, partial: 1, full: 2 };

/** The further online of two levels: full, then partial, then none. */
export function bestOnlineLevel(a: OnlineLevel, b: OnlineLevel): OnlineLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * The merge rule for procedure assignments: the successor keeps its own row for a procedure both agencies offer, at
 * the better of the two online levels (citizens of the merged area keep the online service they had; the staff who
 * ran it move too); procedures only the merged agency offered move to the successor at their level.
 */
export function planAssignmentMerge(merged: readonly Assignment[], successor: readonly Assignment[]): AssignmentPlan {
  const offered = new Map(successor.map((row) => [row.procedureId, row.onlineLevel]));
  const plan: AssignmentPlan = { moved: [], raised: [], kept: [] };
  for (const row of merged) {
    const current = offered.get(row.procedureId);
    if (current === undefined) plan.moved.push(row);
    else if (bestOnlineLevel(current, row.onlineLevel) !== current) plan.raised.push(row);
    else plan.kept.push({ procedureId: row.procedureId, onlineLevel: current });
  }
  return plan;
}

/** An online level a procedure record gives an agency, by the agency's electronic identifier. */
export interface RecordOnlineLevel {
  agencyCode: string;
  level: OnlineLevel;
}

/**
 * A record's online levels after mergers: a merged agency's entry goes to its successor (`successorOf`: merged code →
 * current code), at the better level where the successor already has one, in the order the entries came.
 */
export function onlineLevelsAfterMergers(levels: readonly RecordOnlineLevel[], successorOf: ReadonlyMap<string, string>): RecordOnlineLevel[] {
  const byCode = new Map<string, RecordOnlineLevel>();
  for (const entry of levels) {
    const code = successorOf.get(entry.agencyCode) ?? entry.agencyCode;
    const existing = byCode.get(code);
    byCode.set(code, { agencyCode: code, level: existing ? bestOnlineLevel(existing.level, entry.level) : entry.level });
  }
  return [...byCode.values()];
}

/** Closed on `today`: a last day before it (`validTo` is the first day without the agency). */
export function isClosed(agency: MergeCandidate, today: LocalDate): boolean {
  return agency.validTo !== null && agency.validTo <= today;
}

/**
 * Why the agency may not be merged into the successor today, or null. `successorIsDescendant`: the successor sits
 * below the agency in the tree (merging would make it its own ancestor once the children move up to it).
 */
export function mergeRefusal(agency: MergeCandidate, successor: MergeCandidate, today: LocalDate, successorIsDescendant: boolean): DomainError | null {
  if (agency.id === successor.id) {
    return new UnprocessableError('AGENCY.MERGE_INTO_ITSELF', 'Không thể sáp nhập cơ quan vào chính nó / An agency cannot be merged into itself', [
      { field: 'successorId', code: 'SAME_AGENCY', message: 'the successor must be another agency' },
    ]);
  }
  if (agency.successorId !== null) {
    return new ConflictError('AGENCY.ALREADY_MERGED', 'Cơ quan này đã được sáp nhập vào cơ quan khác / This agency was already merged into another');
  }
  if (isClosed(agency, today)) {
    return new ConflictError('AGENCY.CLOSED', 'Cơ quan này đã thôi hoạt động / This agency no longer exists');
  }
  if (successor.successorId !== null || isClosed(successor, today)) {
    return new ConflictError('AGENCY.SUCCESSOR_CLOSED', 'Cơ quan tiếp nhận đã thôi hoạt động hoặc đã bị sáp nhập / The successor agency no longer exists or was merged itself');
  }
  if (successorIsDescendant) {
    return new ConflictError(
      'AGENCY.MERGE_CYCLE',
      'Cơ quan tiếp nhận là đơn vị trực thuộc cơ quan bị sáp nhập / The successor belongs to the agency being merged',
    );
  }
  return null;
}
