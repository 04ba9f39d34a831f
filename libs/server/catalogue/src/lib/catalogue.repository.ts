import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { toLocalDate, type LocalDate, type OfficeHoursText } from '@dvc/shared/domain';
import type { AgencySummary, CalendarDayView, OnlineLevel, ProcedureSummary, SectorSummary } from '@dvc/shared/contracts';
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
  featured: boolean;
  total: string;
}

export interface PublishedFilter {
  sector?: string;
  agencyId?: string;
  level?: string;
  applicantType?: string;
  featured?: boolean;
}

const SUMMARY_COLUMNS = `pv.procedure_code, pv.name, pv.sector_code, s.name AS sector_name, pv.level, pv.online_level,
  pv.time_limit_value, pv.time_limit_unit, pv.fee_total, pv.featured`;

/** Filters shared by both searches; parameters $4–$8 (sector, level, applicant type, featured, agency). */
const FILTERS = `($4::text IS NULL OR pv.sector_codes @> ARRAY[$4::text])
  AND ($5::text IS NULL OR pv.levels @> ARRAY[$5::text])
  AND ($6::text IS NULL OR pv.applicant_types @> ARRAY[$6::text])
  AND ($7::boolean IS NULL OR pv.featured = $7::boolean)
  AND ($8::uuid IS NULL OR EXISTS (SELECT 1 FROM procedure_agency pa
        WHERE pa.procedure_id = pv.procedure_id AND pa.agency_id = $8::uuid AND pa.online_level <> 'none'))`;

/**
 * Fewer procedures than this containing every typed word (a typo, a missing letter, "ki" for "ký") widens the search
 * to trigram word similarity, which forgives them.
 */
const FEW_WORD_MATCHES = 5;

/**
 * Published procedures for the folded words (no diacritics, đ → d). First by words: every typed word is the start of
 * a word of the code, name or keywords (full-text index, a couple of milliseconds). When that finds fewer than
 * FEW_WORD_MATCHES, by trigram word similarity instead, which forgives a typo (it compares every published procedure
 * on short queries, so it only runs when the words alone are not enough). Ranked: the code itself, the exact name,
 * names starting with the words, the phrase anywhere, then similarity; shorter names first among equals ("Đăng ký kết
 * hôn" before "… trích lục kết hôn").
 */
const SEARCH_SQL = `WITH q AS (
    SELECT t.term, '%' || replace(replace(replace(t.term, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS pattern,
           (SELECT to_tsquery('simple', string_agg(quote_literal(word) || ':*', ' & '))
              FROM regexp_split_to_table(t.term, '[^a-z0-9]+') word WHERE word <> '') AS words
      FROM (SELECT dvc_fold($1) AS term) t),
  by_words AS (
    SELECT pv.id FROM procedure_version pv, q
     WHERE pv.status = 'published' AND pv.search_words @@ q.words AND ${FILTERS}),
  matched AS (
    SELECT id FROM by_words WHERE (SELECT count(*) FROM by_words) >= ${FEW_WORD_MATCHES}
    UNION ALL
    SELECT pv.id FROM procedure_version pv, q
     WHERE (SELECT count(*) FROM by_words) < ${FEW_WORD_MATCHES} AND pv.status = 'published'
       AND (pv.search_words @@ q.words OR pv.search_text LIKE q.pattern OR q.term <% pv.search_text) AND ${FILTERS})
  SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total
    FROM matched m JOIN procedure_version pv ON pv.id = m.id JOIN sector s ON s.code = pv.sector_code, q
   ORDER BY (pv.procedure_code = $1) DESC, (pv.name_folded = q.term) DESC, (pv.name_folded LIKE q.term || '%') DESC,
            (pv.search_text LIKE q.pattern) DESC,
            CASE WHEN pv.search_text LIKE q.pattern THEN 1 ELSE word_similarity(q.term, pv.search_text) END DESC,
            length(pv.name), pv.name
   LIMIT $2 OFFSET $3`;

const BROWSE_SQL = `SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total
    FROM procedure_version pv JOIN sector s ON s.code = pv.sector_code
   WHERE pv.status = 'published' AND $1::text IS NULL AND ${FILTERS}
   ORDER BY pv.featured DESC, s.name, pv.name
   LIMIT $2 OFFSET $3`;

function toSummary(row: SummaryRow): ProcedureSummary {
  return {
    code: row.procedure_code,
    name: row.name,
    featured: row.featured,
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

  /** Published procedures by words (folded, typo-tolerant) or, without words, browsed by the filters. */
  async searchPublished(term: string, filter: PublishedFilter, limit: number, offset: number): Promise<{ items: ProcedureSummary[]; total: number }> {
    const trimmed = term.trim();
    const values = [
      trimmed || null, limit, offset, filter.sector ?? null, filter.level ?? null, filter.applicantType ?? null, filter.featured ?? null,
      filter.agencyId ?? null,
    ];
    const rows = await this.prepared<SummaryRow>(trimmed ? 'catalogue-search-v3' : 'catalogue-browse-v2', trimmed ? SEARCH_SQL : BROWSE_SQL, values);
    return { items: rows.map(toSummary), total: rows[0] ? Number(rows[0].total) : 0 };
  }

  async sectors(): Promise<SectorSummary[]> {
    const rows: { code: string; name: string; procedures: number }[] = await this.db.query(
      `SELECT s.code, s.name, count(pv.id)::int AS procedures FROM sector s
         JOIN procedure_version pv ON pv.status = 'published' AND pv.sector_codes @> ARRAY[s.code]
        GROUP BY s.code, s.name ORDER BY s.name`,
    );
    return rows;
  }

  /**
   * A hot read as a named prepared statement: PostgreSQL plans it once per connection instead of at every call
   * (planning cost about as much as running the search here).
   */
  private async prepared<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const pool = (this.db.driver as PostgresDriver).master as Pool;
    const result = await pool.query<T & QueryResultRow>({ name, text, values });
    return result.rows;
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

  /** Agencies valid today where the procedure can be filed online (full or partial). */
  async onlineAgenciesFor(procedureId: string, today: LocalDate = toLocalDate(new Date())): Promise<AgencySummary[]> {
    const rows: { id: string; code: string; name: string; parent_id: string | null }[] = await this.db.query(
      `SELECT a.id, a.code, a.name, a.parent_id FROM procedure_agency pa JOIN agency a ON a.id = pa.agency_id
        WHERE pa.procedure_id = $1 AND pa.online_level <> 'none' AND a.valid_from <= $2 AND (a.valid_to IS NULL OR a.valid_to > $2)
        ORDER BY a.name`,
      [procedureId, today],
    );
    return rows.map((row) => ({ id: row.id, code: row.code, name: row.name, parentId: row.parent_id }));
  }

  /**
   * For each code, the agency that carries its work on `today` (a Vietnam date): the agency itself while it exists,
   * else its successor, following successors (a successor may itself have been merged since). Codes of unknown
   * agencies, or of closed ones without a current successor, are absent.
   */
  async currentAgenciesFor(codes: readonly string[], today: LocalDate = toLocalDate(new Date())): Promise<Map<string, AgencySummary>> {
    const rows: { asked: string; id: string; code: string; name: string; parent_id: string | null }[] = await this.db.query(
      `WITH RECURSIVE chain AS (
         SELECT a.code AS asked, a.id, a.code, a.name, a.parent_id, a.successor_id, a.valid_from, a.valid_to, 0 AS depth
           FROM agency a WHERE a.code = ANY($1)
         UNION ALL
         SELECT chain.asked, a.id, a.code, a.name, a.parent_id, a.successor_id, a.valid_from, a.valid_to, chain.depth + 1
           FROM chain JOIN agency a ON a.id = chain.successor_id
          WHERE NOT (chain.valid_from <= $2 AND (chain.valid_to IS NULL OR chain.valid_to > $2)) AND chain.depth < 10)
       SELECT DISTINCT ON (asked) asked, id, code, name, parent_id FROM chain
        WHERE valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)
        ORDER BY asked, depth`,
      [codes, today],
    );
    return new Map(rows.map((row) => [row.asked, { id: row.id, code: row.code, name: row.name, parentId: row.parent_id }]));
  }

  /** Agencies valid today (`today` is a Vietnam date): those merged or closed before it are history, not choices. */
  async listAgencies(today: LocalDate = toLocalDate(new Date())): Promise<AgencySummary[]> {
    const rows: { id: string; code: string; name: string; parent_id: string | null }[] = await this.db.query(
      `SELECT a.id, a.code, a.name, a.parent_id FROM agency a WHERE a.valid_from <= $1 AND (a.valid_to IS NULL OR a.valid_to > $1) ORDER BY a.code`,
      [today],
    );
    return rows.map((row) => ({ id: row.id, code: row.code, name: row.name, parentId: row.parent_id }));
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
