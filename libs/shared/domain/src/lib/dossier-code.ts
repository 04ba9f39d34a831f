import type { LocalDate } from './working-calendar';

/**
 * Both national forms: `<agency electronic id>-<YYMMDD>-<sequence of 4+ digits>` (Circular 03/2025) and the form for
 * centrally handled services, `MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX`, whose sequence carries a two-letter prefix (Circular
 * 04/2025).
 */
const CODE_PATTERN = /^(.+)-(\d{2})(\d{2})(\d{2})-([A-Z]{2})?(\d{4,})$/;

export interface ParsedDossierCode {
  agencyCode: string;
  day: LocalDate;
  seq: number;
  /** The two letters before the sequence in the Circular 04/2025 form. */
  prefix?: string;
}

/** National dossier code: `<agency electronic id>-<YYMMDD>-<daily sequence, at least 4 digits>`. */
export function formatDossierCode(agencyCode: string, day: LocalDate, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Sequence must be a positive integer, got ${seq}`);
  const [year = '', month = '', date = ''] = day.split('-');
  return `${agencyCode}-${year.slice(2)}${month}${date}-${String(seq).padStart(4, '0')}`;
}

export function parseDossierCode(code: string): ParsedDossierCode | null {
  const match = CODE_PATTERN.exec(code);
  if (!match) return null;
  const [, agencyCode = '', year, month, date, prefix, seq = ''] = match;
  const day = `20${year}-${month}-${date}`;
  if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) return null;
  return { agencyCode, day, seq: Number(seq), ...(prefix ? { prefix } : {}) };
}

export function isDossierCode(code: string): boolean {
  return parseDossierCode(code) !== null;
}
