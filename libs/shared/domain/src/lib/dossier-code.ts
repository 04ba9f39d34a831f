import type { LocalDate } from './working-calendar';

const CODE_PATTERN = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

/** National dossier code: `<agency electronic id>-<YYMMDD>-<daily sequence, at least 4 digits>`. */
export function formatDossierCode(agencyCode: string, day: LocalDate, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Sequence must be a positive integer, got ${seq}`);
  const [year = '', month = '', date = ''] = day.split('-');
  return `${agencyCode}-${year.slice(2)}${month}${date}-${String(seq).padStart(4, '0')}`;
}

export function parseDossierCode(code: string): { agencyCode: string; day: LocalDate; seq: number } | null {
  const match = CODE_PATTERN.exec(code);
  if (!match) return null;
  const [, agencyCode = '', year, month, date, seq = ''] = match;
  return { agencyCode, day: `20${year}-${month}-${date}`, seq: Number(seq) };
}

export function isDossierCode(code: string): boolean {
  return parseDossierCode(code) !== null;
}
