import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { toLocalDate, type LocalDate, type ProcedureRecord } from '@dvc/shared/domain';
import type { AdminProcedureQuery, AdminProcedureRow, ProcedureVersionStatus, ProcedureVersionSummary, ScheduledPublication } from '@dvc/shared/contracts';
import { projectRecord } from './record-projection';

interface VersionRow {
  id: string;
  procedure_id: string;
  procedure_code: string;
  version_number: number;
  status: ProcedureVersionStatus;
  name: string;
  sector_name: string;
  level: ProcedureVersionSummary['level'];
  illustrative: boolean;
  created_by: string | null;
  updated_at: Date;
  published_at: Date | null;
  published_by: string | null;
  decision_number: string | null;
  decision_date: string | null;
  effective_from: string | null;
  retired_at: Date | null;
  retired_reason: string | null;
  dossiers: number;
  scheduled_publication: ScheduledPublication | null;
  record?: ProcedureRecord;
}

const VERSION_COLUMNS = `pv.id, pv.procedure_id, pv.procedure_code, pv.version_number, pv.status, pv.name, s.name AS sector_name, pv.level,
  pv.illustrative, pv.created_by, pv.updated_at, pv.published_at, pv.published_by, pv.decision_number,
  to_char(pv.decision_date, 'YYYY-MM-DD') AS decision_date, to_char(pv.effective_from, 'YYYY-MM-DD') AS effective_from,
  pv.retired_at, pv.retired_reason, (SELECT count(*)::int FROM dossier d WHERE d.procedure_version_id = pv.id) AS dossiers,
  pv.scheduled_publication`;

export function toVersionSummary(row: VersionRow): ProcedureVersionSummary {
  return {
    id: row.id, procedureCode: row.procedure_code, versionNumber: row.version_number, status: row.status, name: row.name,
    sectorName: row.sector_name, level: row.level, illustrative: row.illustrative, createdBy: row.created_by,
    updatedAt: row.updated_at.toISOString(), publishedAt: row.published_at?.toISOString() ?? null, publishedBy: row.published_by,
    decision: row.decision_number && row.decision_date ? { number: row.decision_number, date: row.decision_date } : null,
    effectiveFrom: row.effective_from, retiredAt: row.retired_at?.toISOString() ?? null, retiredReason: row.retired_reason, dossiers: row.dossiers,
    scheduledPublication: row.scheduled_publication,
  };
}

/** Procedure versions: written whole from a record, with their projection columns, in the caller's transaction. */
@Injectable()
export class ProcedureVersionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async version(id: string): Promise<(VersionRow & { record: ProcedureRecord }) | null> {
    const rows: (VersionRow & { record: ProcedureRecord })[] = await this.db.query(
      `SELECT ${VERSION_COLUMNS}, pv.record FROM procedure_version pv JOIN sector s ON s.code = pv.sector_code WHERE pv.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async history(code: string): Promise<VersionRow[]> {
    return this.db.query(
      `SELECT ${VERSION_COLUMNS} FROM procedure_version pv JOIN sector s ON s.code = pv.sector_code
        WHERE pv.procedure_code = $1 ORDER BY pv.version_number DESC`,
      [code],
    );
  }

  /** Procedures with their published version and their draft, filtered; newest activity first. */
  async list(query: AdminProcedureQuery, limit: number, offset: number): Promise<{ rows: AdminProcedureRow[]; total: number }> {
    const rows: { code: string; total: string; versions: VersionRow[] }[] = await this.db.query(
      `WITH matching AS (
         SELECT p.id, p.code, max(pv.updated_at) AS touched, count(*) OVER () AS total
           FROM procedure p JOIN procedure_version pv ON pv.procedure_id = p.id
          WHERE ($1::text IS NULL OR dvc_fold(p.code || ' ' || pv.name) LIKE '%' || dvc_fold($1) || '%')
            AND ($2::text IS NULL OR pv.status = $2) AND ($3::text IS NULL OR pv.sector_codes @> ARRAY[$3::text])
          GROUP BY p.id, p.code ORDER BY touched DESC, p.code LIMIT $4 OFFSET $5)
       SELECT m.code, m.total,
              (SELECT json_agg(v ORDER BY v.version_number DESC) FROM (
                 SELECT ${VERSION_COLUMNS} FROM procedure_version pv JOIN sector s ON s.code = pv.sector_code WHERE pv.procedure_id = m.id) v) AS versions
         FROM matching m ORDER BY m.touched DESC, m.code`,
      [query.q?.trim() || null, query.status ?? null, query.sector ?? null, limit, offset],
    );
    return {
      total: rows[0] ? Number(rows[0].total) : 0,
      rows: rows.map((row) => {
        const versions = row.versions.map((version) => toVersionSummary({ ...version, updated_at: new Date(version.updated_at), published_at: version.published_at ? new Date(version.published_at) : null, retired_at: version.retired_at ? new Date(version.retired_at) : null }));
        const latest = versions[0];
        return {
          code: row.code, name: latest?.name ?? '', sectorName: latest?.sectorName ?? '',
          published: versions.find((version) => version.status === 'published') ?? null,
          draft: versions.find((version) => version.status === 'draft') ?? null,
          versions: versions.length,
        };
      }),
    };
  }

  /** The procedure row for a code (created for a new code); its versions, locked against concurrent drafting. */
  async lockProcedure(manager: EntityManager, code: string): Promise<{ procedureId: string; nextVersion: number; draftId: string | null }> {
    await manager.query(`INSERT INTO procedure (code) VALUES ($1) ON CONFLICT (code) DO NOTHING`, [code]);
    const [procedure]: { id: string }[] = await manager.query(`SELECT id FROM procedure WHERE code = $1 FOR UPDATE`, [code]);
    if (!procedure) throw new Error(`procedure ${code} vanished`);
    const rows: { next: number; draft_id: string | null }[] = await manager.query(
      `SELECT coalesce(max(version_number), 0) + 1 AS next, (SELECT id FROM procedure_version WHERE procedure_id = $1 AND status = 'draft' LIMIT 1) AS draft_id
         FROM procedure_version WHERE procedure_id = $1`,
      [procedure.id],
    );
    return { procedureId: procedure.id, nextVersion: rows[0]?.next ?? 1, draftId: rows[0]?.draft_id ?? null };
  }

  async upsertSectors(manager: EntityManager, record: ProcedureRecord): Promise<void> {
    for (const sector of record.sectors) {
      await manager.query(`INSERT INTO sector (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`, [sector.code, sector.name]);
    }
  }

  async insertDraft(manager: EntityManager, procedureId: string, versionNumber: number, record: ProcedureRecord, by: string): Promise<string> {
    await this.upsertSectors(manager, record);
    const p = projectRecord(record);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO procedure_version (procedure_id, procedure_code, version_number, status, record, name, sector_code, sector_codes, level,
         levels, applicant_types, online_level, time_limit_value, time_limit_unit, description, conditions, keywords, steps, components,
         fees, fee_total, results, legal_basis, form_fields, internal_process, supplement_restarts, featured, illustrative, created_by)
       VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28)
       RETURNING id`,
      [
        procedureId, record.code, versionNumber, JSON.stringify(record), p.name, p.sectorCode, p.sectorCodes, p.level, p.levels, p.applicantTypes,
        p.onlineLevel, p.timeLimitValue, p.timeLimitUnit, p.description, p.conditions, p.keywords, JSON.stringify(p.steps),
        JSON.stringify(p.components), JSON.stringify(p.fees), p.feeTotal, JSON.stringify(p.results), JSON.stringify(p.legalBasis),
        JSON.stringify(p.formFields), JSON.stringify(p.internalProcess), p.supplementRestarts, p.featured, p.illustrative, by,
      ],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('draft insert returned no id');
    return id;
  }

  async updateDraft(manager: EntityManager, id: string, record: ProcedureRecord): Promise<boolean> {
    await this.upsertSectors(manager, record);
    const p = projectRecord(record);
    const [, count]: [unknown[], number] = await manager.query(
      `UPDATE procedure_version SET record = $2, name = $3, sector_code = $4, sector_codes = $5, level = $6, levels = $7, applicant_types = $8,
         online_level = $9, time_limit_value = $10, time_limit_unit = $11, description = $12, conditions = $13, keywords = $14, steps = $15,
         components = $16, fees = $17, fee_total = $18, results = $19, legal_basis = $20, form_fields = $21, internal_process = $22,
         supplement_restarts = $23, featured = $24, illustrative = $25, updated_at = now()
       WHERE id = $1 AND status = 'draft'`,
      [
        id, JSON.stringify(record), p.name, p.sectorCode, p.sectorCodes, p.level, p.levels, p.applicantTypes, p.onlineLevel, p.timeLimitValue,
        p.timeLimitUnit, p.description, p.conditions, p.keywords, JSON.stringify(p.steps), JSON.stringify(p.components), JSON.stringify(p.fees),
        p.feeTotal, JSON.stringify(p.results), JSON.stringify(p.legalBasis), JSON.stringify(p.formFields), JSON.stringify(p.internalProcess),
        p.supplementRestarts, p.featured, p.illustrative,
      ],
    );
    return count === 1;
  }

  /**
   * Publishes a draft: the version published so far is retired (dossiers filed under it stay pinned to it), and where
   * the procedure can be filed becomes this version's online levels per agency.
   */
  async publish(
    manager: EntityManager,
    version: { id: string; procedure_id: string; version_number: number; record: ProcedureRecord },
    decision: { number: string; date: string; effectiveFrom: string },
    by: string,
    agencyIds: Map<string, string>,
  ): Promise<string | null> {
    const retired: { id: string }[] = await manager.query(
      `UPDATE procedure_version SET status = 'retired', retired_at = now(), retired_reason = $2, updated_at = now()
        WHERE procedure_id = $1 AND status = 'published' RETURNING id`,
      [version.procedure_id, `Thay thế bởi phiên bản ${version.version_number} (${decision.number}) / Replaced by version ${version.version_number}`],
    ).then((result: [{ id: string }[], number]) => result[0]);
    await manager.query(
      `UPDATE procedure_version SET status = 'published', published_at = now(), published_by = $2, decision_number = $3, decision_date = $4,
              effective_from = $5, scheduled_publication = NULL, updated_at = now()
        WHERE id = $1 AND status = 'draft'`,
      [version.id, by, decision.number, decision.date, decision.effectiveFrom],
    );
    await manager.query(`DELETE FROM procedure_agency WHERE procedure_id = $1`, [version.procedure_id]);
    for (const entry of version.record.onlineLevels) {
      const agencyId = agencyIds.get(entry.agencyCode);
      if (agencyId) {
        await manager.query(`INSERT INTO procedure_agency (procedure_id, agency_id, online_level) VALUES ($1, $2, $3)`, [version.procedure_id, agencyId, entry.level]);
      }
    }
    return retired[0]?.id ?? null;
  }

  async isDraft(manager: EntityManager, id: string): Promise<boolean> {
    const rows: { status: string }[] = await manager.query(`SELECT status FROM procedure_version WHERE id = $1`, [id]);
    return rows[0]?.status === 'draft';
  }

  /** Sets (or replaces) a draft's scheduled publication, or clears it with null; false when the version is not a draft. */
  async setScheduledPublication(manager: EntityManager, id: string, schedule: ScheduledPublication | null): Promise<boolean> {
    const [, count]: [unknown[], number] = await manager.query(
      `UPDATE procedure_version SET scheduled_publication = $2, updated_at = now() WHERE id = $1 AND status = 'draft'`,
      [id, schedule === null ? null : JSON.stringify(schedule)],
    );
    return count === 1;
  }

  /** Drafts whose scheduled effective date has come (`today`, a Vietnam date), oldest date first. */
  async dueScheduledDrafts(today: LocalDate): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM procedure_version WHERE scheduled_publication IS NOT NULL AND status = 'draft'
          AND scheduled_publication->>'effectiveFrom' <= $1 ORDER BY scheduled_publication->>'effectiveFrom', id`,
      [today],
    );
    return rows.map((row) => row.id);
  }

  async retire(manager: EntityManager, id: string, reason: string): Promise<boolean> {
    const [, count]: [unknown[], number] = await manager.query(
      `UPDATE procedure_version SET status = 'retired', retired_at = now(), retired_reason = $2, updated_at = now() WHERE id = $1 AND status = 'published'`,
      [id, reason],
    );
    if (count === 1) {
      await manager.query(`DELETE FROM procedure_agency WHERE procedure_id = (SELECT procedure_id FROM procedure_version WHERE id = $1)`, [id]);
    }
    return count === 1;
  }

  /** Deletes a draft (drafts have no dossiers); false when the version is not a draft. */
  async deleteDraft(manager: EntityManager, id: string): Promise<boolean> {
    const [, count]: [unknown[], number] = await manager.query(`DELETE FROM procedure_version WHERE id = $1 AND status = 'draft'`, [id]);
    return count === 1;
  }

  async codesWithDrafts(): Promise<Set<string>> {
    const rows: { procedure_code: string }[] = await this.db.query(`SELECT procedure_code FROM procedure_version WHERE status = 'draft'`);
    return new Set(rows.map((row) => row.procedure_code));
  }

  /** Agency ids by electronic identifier, of the agencies that exist on `today` (a Vietnam date). */
  async agencyIdsByCode(codes: readonly string[], today: LocalDate = toLocalDate(new Date())): Promise<Map<string, string>> {
    const rows: { id: string; code: string }[] = await this.db.query(
      `SELECT id, code FROM agency WHERE code = ANY($1) AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)`,
      [codes, today],
    );
    return new Map(rows.map((row) => [row.code, row.id]));
  }
}
