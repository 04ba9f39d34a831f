import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { LocalDate } from '@dvc/shared/domain';
import type { Assignment, AssignmentPlan, MergeCandidate } from './agency-merge.rules';

export interface LockedAgency extends MergeCandidate {
  code: string;
  name: string;
  parentId: string | null;
}

/** How deep the agency tree may go when looking for descendants (a guard against a corrupt, cyclic tree). */
const MAX_TREE_DEPTH = 20;

/** Agency merger SQL; every write runs in the caller's transaction. */
@Injectable()
export class AgencyMergeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Locks the agencies (in id order, so two mergers over the same pair queue rather than deadlock) and reads them. */
  async lock(manager: EntityManager, ids: readonly string[]): Promise<LockedAgency[]> {
    const rows: { id: string; code: string; name: string; parent_id: string | null; successor_id: string | null; valid_to: string | null }[] =
      await manager.query(
        `SELECT id, code, name, parent_id, successor_id, valid_to::text AS valid_to FROM agency WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [ids],
      );
    return rows.map((row) => ({
      id: row.id, code: row.code, name: row.name, parentId: row.parent_id, successorId: row.successor_id, validTo: row.valid_to,
    }));
  }

  /** Whether `candidateId` sits anywhere below `ancestorId` in the tree. */
  async isDescendant(manager: EntityManager, ancestorId: string, candidateId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH RECURSIVE below AS (
         SELECT id, 1 AS depth FROM agency WHERE parent_id = $1
         UNION ALL
         SELECT a.id, below.depth + 1 FROM agency a JOIN below ON a.parent_id = below.id WHERE below.depth < $3)
       SELECT 1 FROM below WHERE id = $2 LIMIT 1`,
      [ancestorId, candidateId, MAX_TREE_DEPTH],
    );
    return rows.length > 0;
  }

  async assignments(manager: EntityManager, agencyId: string): Promise<Assignment[]> {
    const rows: { procedure_id: string; online_level: Assignment['onlineLevel'] }[] = await manager.query(
      `SELECT procedure_id, online_level FROM procedure_agency WHERE agency_id = $1 ORDER BY procedure_id FOR UPDATE`,
      [agencyId],
    );
    return rows.map((row) => ({ procedureId: row.procedure_id, onlineLevel: row.online_level }));
  }

  /** Moves and raises the successor's assignments as planned, then drops what is left of the merged agency's. */
  async mergeAssignments(manager: EntityManager, agencyId: string, successorId: string, plan: AssignmentPlan): Promise<void> {
    if (plan.moved.length > 0) {
      await manager.query(`UPDATE procedure_agency SET agency_id = $2 WHERE agency_id = $1 AND procedure_id = ANY($3::uuid[])`, [
        agencyId, successorId, plan.moved.map((row) => row.procedureId),
      ]);
    }
    if (plan.raised.length > 0) {
      await manager.query(
        `UPDATE procedure_agency pa SET online_level = t.online_level
           FROM unnest($2::uuid[], $3::text[]) AS t(procedure_id, online_level)
          WHERE pa.agency_id = $1 AND pa.procedure_id = t.procedure_id`,
        [successorId, plan.raised.map((row) => row.procedureId), plan.raised.map((row) => row.onlineLevel)],
      );
    }
    await manager.query(`DELETE FROM procedure_agency WHERE agency_id = $1`, [agencyId]);
  }

  /** Moves the agency's staff to the successor (those already there keep their one membership); returns how many. */
  async moveStaff(manager: EntityManager, agencyId: string, successorId: string): Promise<number> {
    await manager.query(
      `INSERT INTO user_agency (user_id, agency_id) SELECT user_id, $2 FROM user_agency WHERE agency_id = $1 ON CONFLICT DO NOTHING`,
      [agencyId, successorId],
    );
    const [, moved]: [unknown[], number] = await manager.query(`DELETE FROM user_agency WHERE agency_id = $1`, [agencyId]);
    return moved;
  }

  /** Hangs the agency's current children under the successor (closed ones keep their history); returns how many. */
  async moveChildren(manager: EntityManager, agencyId: string, successorId: string, today: LocalDate): Promise<number> {
    const [, moved]: [unknown[], number] = await manager.query(
      `UPDATE agency SET parent_id = $2, updated_at = now() WHERE parent_id = $1 AND (valid_to IS NULL OR valid_to > $3)`,
      [agencyId, successorId, today],
    );
    return moved;
  }

  /** Ends the agency on `today` with its successor. */
  async close(manager: EntityManager, agencyId: string, successorId: string, today: LocalDate): Promise<void> {
    await manager.query(`UPDATE agency SET valid_to = $3, successor_id = $2, updated_at = now() WHERE id = $1`, [agencyId, successorId, today]);
  }
}
