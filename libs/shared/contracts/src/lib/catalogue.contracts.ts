import type { TimeLimit } from '@dvc/shared/domain';

export interface AgencySummary {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

export type ProcedureLevel = 'province' | 'commune';
export type OnlineLevel = 'full' | 'partial' | 'none';

export interface ProcedureSummary {
  code: string;
  name: string;
  sectorCode: string;
  sectorName: string;
  level: ProcedureLevel;
  onlineLevel: OnlineLevel;
  timeLimit: TimeLimit;
  feeTotal: number;
}

export interface ProcedureComponent {
  code: string;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  /** MIME types checked against the file's content, e.g. application/pdf. */
  acceptedTypes: string[];
  maxSizeMb: number;
}

export interface ProcedureFee {
  code: string;
  name: string;
  /** Amount in VND. */
  amount: number;
}

export interface FormField {
  key: string;
  label: string;
  type: 'text' | 'textarea' | 'date' | 'number';
  required: boolean;
  maxLength?: number;
}

export interface ProcedureDetail extends ProcedureSummary {
  versionId: string;
  description: string;
  conditions: string;
  steps: string[];
  components: ProcedureComponent[];
  fees: ProcedureFee[];
  results: string[];
  legalBasis: string[];
  formFields: FormField[];
  /** Agencies where the procedure can be filed. */
  agencies: AgencySummary[];
}

export interface ProcedureQuery {
  q?: string;
  page?: number;
  size?: number;
}

export interface WorkingDaysResponse {
  from: string;
  days: number;
  date: string;
}

export interface CalendarDayView {
  day: string;
  kind: 'day_off' | 'working_day';
  reason: string;
}

export interface CalendarDayRequest {
  kind: 'day_off' | 'working_day';
  reason: string;
}

/** Office hours as people write them (HH:MM); null on an agency means "as its parent". */
export interface OfficeHoursSetting {
  segments: { start: string; end: string }[];
  cutoff: string;
}

export interface AgencyOfficeHoursView {
  agencyId: string;
  /** The agency's own setting, or null when it inherits. */
  own: OfficeHoursSetting | null;
  /** What applies to it. */
  effective: OfficeHoursSetting;
}

/** A calendar edit is saved at once; the worker then recomputes the due dates of open dossiers and records why. */
export interface CalendarChangeResult {
  saved: true;
  recomputationQueued: true;
}
