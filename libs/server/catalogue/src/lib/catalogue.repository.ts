import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { OfficeHoursText } from '@dvc/shared/domain';
import type { AgencySummary, CalendarDayView, OnlineLevel, ProcedureSummary } from '@dvc/shared/contracts';
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

  async calendarDaysOfYear(year: number): Promise<CalendarDayView[]> {
    return this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, reason FROM calendar_day
        WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1) ORDER BY day`,
      [year],
    );
  }

  async upsertCalendarDay(manager: EntityManager, day: CalendarDayView): Promise<void> {
    await manager.query(
      `INSERT INTO calendar_day (day, kind, reason) VALUES ($1, $2, $3)
       ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, reason = EXCLUDED.reason, updated_at = now()`,
      [day.day, day.kind, day.reason],
    );
  }

  /** Removes a day's exception; returns what it was, or null when there was none. */
  async deleteCalendarDay(manager: EntityManager, day: string): Promise<CalendarDayView | null> {
    // For DELETE … RETURNING the Postgres driver answers [rows, affected count], not the rows alone.
    const [rows]: [CalendarDayView[], number] = await manager.query(
      `DELETE FROM calendar_day WHERE day = $1 RETURNING to_char(day, 'YYYY-MM-DD') AS day, kind, reason`,
      [day],
    );
    return rows[0] ?? null;
  }

  /** The agency's own office hours and the nearest ones up its tree (null when nobody up the tree sets any). */
  async officeHoursOf(agencyId: string): Promise<{ own: OfficeHoursText | null; inherited: OfficeHoursText | null } | null> {
    const rows: { depth: number; office_hours: OfficeHoursText | null }[] = await this.db.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, office_hours, 0 AS depth FROM agency WHERE id = $1
         UNION ALL
         SELECT a.id, a.parent_id, a.office_hours, up.depth + 1 FROM agency a JOIN up ON a.id = up.parent_id WHERE up.depth < 20)
       SELECT depth, office_hours FROM up ORDER BY depth`,
      [agencyId],
    );
    if (rows.length === 0) return null;
    return {
      own: rows[0]?.office_hours ?? null,
      inherited: rows.find((row) => row.office_hours !== null)?.office_hours ?? null,
    };
  }

  async setOfficeHours(manager: EntityManager, agencyId: string, hours: OfficeHoursText | null): Promise<void> {
    await manager.query(`UPDATE agency SET office_hours = $2, updated_at = now() WHERE id = $1`, [agencyId, hours === null ? null : JSON.stringify(hours)]);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
