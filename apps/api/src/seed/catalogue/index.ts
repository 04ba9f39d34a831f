import type { ProcedureRecord } from '@dvc/shared/contracts';
import { AGRICULTURE_ENVIRONMENT } from './agriculture-environment';
import { BUSINESS_REGISTRATION } from './business-registration';
import { CERTIFICATION } from './certification';
import { CIVIL_STATUS } from './civil-status';
import { CONSTRUCTION } from './construction';
import { CULTURE_TOURISM } from './culture-tourism';
import { EDUCATION } from './education';
import { HEALTH_PROCEDURES } from './health';
import { HOME_AFFAIRS } from './home-affairs';
import { INDUSTRY_TRADE } from './industry-trade';
import { JUDICIAL_RECORDS } from './judicial-records';
import { JUSTICE } from './justice';
import { LABOUR } from './labour';
import { LAND } from './land';
import { RELIGION_ETHNICITY } from './religion-ethnicity';
import { RESIDENCE } from './residence';
import { SCIENCE_TECHNOLOGY } from './science-technology';
import { SOCIAL_PROTECTION } from './social-protection';
import { TRANSPORT } from './transport';

/**
 * The demo procedure catalogue of a province shaped like Thanh Hóa after the 2025 two-tier reform, as records in the
 * national database shape. Records marked `illustrative` were written for the demo (codes `9.5xxxxx` are local and
 * invented; other codes are national ones whose published details we did not verify line by line).
 */
export const DEMO_CATALOGUE: readonly ProcedureRecord[] = [
  ...CIVIL_STATUS,
  ...CERTIFICATION,
  ...JUDICIAL_RECORDS,
  ...JUSTICE,
  ...RESIDENCE,
  ...LAND,
  ...CONSTRUCTION,
  ...BUSINESS_REGISTRATION,
  ...HEALTH_PROCEDURES,
  ...SOCIAL_PROTECTION,
  ...EDUCATION,
  ...TRANSPORT,
  ...LABOUR,
  ...AGRICULTURE_ENVIRONMENT,
  ...CULTURE_TOURISM,
  ...RELIGION_ETHNICITY,
  ...SCIENCE_TECHNOLOGY,
  ...HOME_AFFAIRS,
  ...INDUSTRY_TRADE,
];

/** The sectors the catalogue uses, code → name, in first-use order. */
export const DEMO_CATALOGUE_SECTORS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(DEMO_CATALOGUE.flatMap((record) => record.sectors).map((sector) => [sector.code, sector.name])),
);

export { COMMUNE_CODES, DEPARTMENT, PROVINCE, SERVICE_CENTRE } from './agencies';
export { workingHoursOf } from './builders';
export { SECTOR } from './sectors';
