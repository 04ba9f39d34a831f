import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AgencySummary, OnlineLevel, ProcedureSummary } from '@dvc/shared/contracts';
import { AgencyEntity } from './entities/agency.entity';
import { CalendarDayEntity } from './entities/calendar-day.entity';
import { ProcedureVersionEntity } from './entities/procedure.entity';

interface SummaryRow {
  procedure_code: string;
  name: string;
  sector_code: string;
  sector_name: string;
  level: ProcedureSummary['level'];
  online_level: OnlineLevel;
  time_limit_value: number;
  time_limit_unit: ProcedureSummary['timeLimit']['unit'];
  fee_total: string;
  total: string;
}

const SUMMARY_COLUMNS = `pv.procedure_code, pv.name, pv.sector_code, s.name AS sector_name, pv.level, pv.online_level,
  pv.time_limit_value, pv.time_limit_unit, pv.fee_total`;

function toSummary(row: SummaryRow): ProcedureSummary {
  return {
    code: row.procedure_code,
    name: row.name,
    sectorCode: row.sector_code,
    sectorName: row.sector_name,
    level: row.level,
    onlineLevel: row.online_level,
    timeLimit: { value: row.time_limit_value, unit: row.time_limit_unit },
    feeTotal: Number(row.fee_total),
  };
}

@Injectable()
export class CatalogueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Published procedures matching `term` without regard to diacritics (both sides folded by dvc_fold), tolerant of
   * a typo through trigram word similarity; exact code, then phrase matches rank first. Uses the trigram index.
   */
  async searchPublished(term: string, limit: number, offset: number): Promise<{ items: ProcedureSummary[]; total: number }> {
    const trimmed = term.trim();
    const rows: SummaryRow[] = trimmed
      ? await this.db.query(
          `WITH q AS (
             SELECT t.term, '%' || replace(replace(replace(t.term, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS pattern
               FROM (SELECT dvc_fold($1) AS term) t)
           SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total
             FROM procedure_version pv JOIN sector s ON s.code = pv.sector_code, q
            WHERE pv.status = 'published' AND (pv.search_text LIKE q.pattern OR q.term <% pv.search_text)
            ORDER BY (pv.procedure_code = $1) DESC, (pv.search_text LIKE q.pattern) DESC,
                     word_similarity(q.term, pv.search_text) DESC, pv.name
            LIMIT $2 OFFSET $3`,
          [trimmed, limit, offset],
        )
      : await this.db.query(
          `SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total
             FROM procedure_version pv JOIN sector s ON s.code = pv.sector_code
            WHERE pv.status = 'published'
            ORDER BY s.name, pv.name
            LIMIT $1 OFFSET $2`,
          [limit, offset],
        );
    return { items: rows.map(toSummary), total: rows[0] ? Number(rows[0].total) : 0 };
  }

  async findPublishedVersion(code: string): Promise<(ProcedureVersionEntity & { sectorName: string }) | null> {
    const version = await this.db.getRepository(ProcedureVersionEntity).findOneBy({ procedureCode: code, status: 'published' });
    if (!version) return null;
    const sector: { name: string }[] = await this.db.query(`SELECT name FROM sector WHERE code = $1`, [version.sectorCode]);
    return Object.assign(version, { sectorName: sector[0]?.name ?? '' });
  }

  async findVersionById(id: string): Promise<ProcedureVersionEntity | null> {
    return this.db.getRepository(ProcedureVersionEntity).findOneBy({ id });
  }

  /** Agencies where the procedure can be filed online (full or partial). */
  async onlineAgenciesFor(procedureId: string): Promise<AgencySummary[]> {
    const rows: { id: string; code: string; name: string; parent_id: string | null }[] = await this.db.query(
      `SELECT a.id, a.code, a.name, a.parent_id FROM procedure_agency pa JOIN agency a ON a.id = pa.agency_id
        WHERE pa.procedure_id = $1 AND pa.online_level <> 'none' AND a.valid_to IS NULL ORDER BY a.name`,
      [procedureId],
    );
    return rows.map((row) => ({ id: row.id, code: row.code, name: row.name, parentId: row.parent_id }));
  }

  async listAgencies(): Promise<AgencySummary[]> {
    const rows = await this.db.getRepository(AgencyEntity).find({ order: { code: 'ASC' } });
    return rows.filter((row) => row.validTo === null).map((row) => ({ id: row.id, code: row.code, name: row.name, parentId: row.parentId }));
  }

  findAgency(id: string): Promise<AgencyEntity | null> {
    return this.db.getRepository(AgencyEntity).findOneBy({ id });
  }

  calendarDays(): Promise<CalendarDayEntity[]> {
    return this.db.getRepository(CalendarDayEntity).find({ order: { day: 'ASC' } });
  }
}
