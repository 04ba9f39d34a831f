import type { Params } from '@angular/router';
import type { ProcedureLevel, ProcedureQuery } from '@dvc/shared/contracts';
import type { ApplicantType } from '@dvc/shared/domain';

/** What the citizen searches for, as kept in the URL (`/thu-tuc?q=…&sector=…&agency=…&level=…&applicantType=…`). */
export interface CatalogueFilters {
  q: string;
  sector: string;
  agency: string;
  level: ProcedureLevel | '';
  applicantType: ApplicantType | '';
}

export type CatalogueFilterKey = Exclude<keyof CatalogueFilters, 'q'>;

export const PROCEDURE_LEVELS: readonly ProcedureLevel[] = ['commune', 'province', 'ministry'];
export const APPLICANT_TYPES: readonly ApplicantType[] = ['citizen', 'enterprise', 'organisation'];
export const FILTER_KEYS: readonly CatalogueFilterKey[] = ['sector', 'agency', 'level', 'applicantType'];

export const EMPTY_FILTERS: CatalogueFilters = { q: '', sector: '', agency: '', level: '', applicantType: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | '' => {
  const candidate = text(value);
  return (allowed as readonly string[]).includes(candidate) ? (candidate as T) : '';
};

/**
 * The filters from URL query parameters. A value the API would refuse (a hand-edited or stale link: an unknown level,
 * an agency that is not an id) is dropped rather than shown as an error: the citizen still gets a useful list.
 */
export function filtersFromParams(params: Params): CatalogueFilters {
  const agency = text(params['agency']);
  const sector = text(params['sector']);
  return {
    q: text(params['q']).slice(0, 200),
    sector: sector.length <= 50 ? sector : '',
    agency: UUID.test(agency) ? agency : '',
    level: oneOf(params['level'], PROCEDURE_LEVELS),
    applicantType: oneOf(params['applicantType'], APPLICANT_TYPES),
  };
}

/** The query parameters of a catalogue URL: set filters only (null removes a parameter when merged); paging restarts. */
export function paramsFromFilters(filters: CatalogueFilters): Params {
  return {
    q: filters.q.trim() || null,
    sector: filters.sector || null,
    agency: filters.agency || null,
    level: filters.level || null,
    applicantType: filters.applicantType || null,
    page: null,
  };
}

/** The API query for one page of results. */
export function apiQuery(filters: CatalogueFilters, page: number, size: number): ProcedureQuery {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.agency ? { agency: filters.agency } : {}),
    ...(filters.level ? { level: filters.level } : {}),
    ...(filters.applicantType ? { applicantType: filters.applicantType } : {}),
    page,
    size,
  };
}

/** True when a filter other than the words is set. */
export function hasFilters(filters: CatalogueFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}
