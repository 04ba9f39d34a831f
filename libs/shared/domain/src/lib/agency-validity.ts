import type { LocalDate } from './working-calendar';

/**
 * Whether an agency exists on a Vietnam calendar day: from `validFrom` until the day before `validTo` (null: no end
 * set). An agency whose closure is set for a later day still takes dossiers today.
 */
export function agencyExistsOn(agency: { validFrom: LocalDate; validTo: LocalDate | null }, day: LocalDate): boolean {
  return agency.validFrom <= day && (agency.validTo === null || agency.validTo > day);
}
