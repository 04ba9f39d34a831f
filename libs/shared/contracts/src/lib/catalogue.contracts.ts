import type { Label, ProcedureRecord, RecordChange, RecordProblem, TimeLimit } from '@dvc/shared/domain';

export interface AgencySummary {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

export type ProcedureLevel = 'ministry' | 'province' | 'commune';
export type OnlineLevel = 'full' | 'partial' | 'none';

export interface ProcedureSummary {
  code: string;
  name: string;
  featured: boolean;
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
  versionNumber: number;
  /** The publication decision and the date the version took effect. */
  decision: { number: string; date: string } | null;
  effectiveFrom: string | null;
  /** Everything published about the procedure (cases, channels, legal basis, flags, the online form …). */
  record: ProcedureRecord;
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
  /** Sector code (lĩnh vực). */
  sector?: string;
  /** Agency id: procedures that can be filed there. */
  agency?: string;
  level?: ProcedureLevel;
  applicantType?: 'citizen' | 'enterprise' | 'organisation';
  featured?: boolean;
  page?: number;
  size?: number;
}

export interface SectorSummary {
  code: string;
  name: string;
  /** Published procedures in the sector. */
  procedures: number;
}

export type ProcedureVersionStatus = 'draft' | 'published' | 'retired';

export interface ProcedureVersionSummary {
  id: string;
  procedureCode: string;
  versionNumber: number;
  status: ProcedureVersionStatus;
  name: string;
  sectorName: string;
  level: ProcedureLevel;
  illustrative: boolean;
  createdBy: string | null;
  updatedAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
  decision: { number: string; date: string } | null;
  effectiveFrom: string | null;
  retiredAt: string | null;
  retiredReason: string | null;
  /** Dossiers filed under this version (they stay pinned to it). */
  dossiers: number;
  /** A draft to be published on a later effective date, by the worker, under this decision. */
  scheduledPublication: ScheduledPublication | null;
}

export interface ScheduledPublication {
  decisionNumber: string;
  /** YYYY-MM-DD */
  decisionDate: string;
  /** YYYY-MM-DD, after the day it was scheduled */
  effectiveFrom: string;
  scheduledBy: string;
  scheduledAt: string;
}

export interface ProcedureVersionDetail extends ProcedureVersionSummary {
  record: ProcedureRecord;
  /** What must be fixed before the version can be published (empty when it can be). */
  problems: RecordProblem[];
}

/** One procedure in the administration list: its published version and its draft, if any. */
export interface AdminProcedureRow {
  code: string;
  name: string;
  sectorName: string;
  published: ProcedureVersionSummary | null;
  draft: ProcedureVersionSummary | null;
  versions: number;
}

export interface AdminProcedureQuery {
  q?: string;
  status?: ProcedureVersionStatus;
  sector?: string;
  page?: number;
  size?: number;
}

export interface PublishVersionRequest {
  decisionNumber: string;
  /** YYYY-MM-DD */
  decisionDate: string;
  /** YYYY-MM-DD; today or earlier publishes at once, a later day schedules the publication for that day. */
  effectiveFrom: string;
}

export interface RetireVersionRequest {
  reason: string;
}

export interface VersionDiff {
  from: { id: string; versionNumber: number; status: ProcedureVersionStatus };
  to: { id: string; versionNumber: number; status: ProcedureVersionStatus };
  changes: RecordChange[];
}

export type CatalogueImportMode = 'all_or_nothing' | 'valid_only';

/** A problem of one imported row (1-based; for a spreadsheet, the row of its Procedures sheet). */
export interface ImportProblem {
  row: number;
  code: string | null;
  path: string;
  problem: string;
  message: Label;
}

export interface CatalogueImportView {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  format: 'json' | 'xlsx';
  mode: CatalogueImportMode;
  fileName: string;
  total: number;
  processed: number;
  imported: number;
  problems: ImportProblem[];
  createdAt: string;
  finishedAt: string | null;
}

export interface AgencyMergeRequest {
  successorId: string;
  reason: string;
}

export interface AgencyMergeResult {
  agencyId: string;
  successorId: string;
  procedures: number;
  staff: number;
  openDossiers: number;
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
