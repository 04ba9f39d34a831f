import type { TimeUnit } from './dossier-lifecycle.types';
import type { ProcessStep } from './dossier-steps';

/**
 * A procedure as the national database of administrative procedures describes it (procedures.md), plus the local
 * extras a province publishes. This is the import/export format (JSON) and what a procedure version stores whole, so
 * a round trip loses nothing; search and list columns are projections of it.
 */
export interface ProcedureRecord {
  /** National code `d.dddddd` or a local variant (`1.000656.000.00.00.H56`, `1.012753.H19`). */
  code: string;
  name: string;
  /** The agency that publishes it (name), e.g. "Bộ Tư pháp". */
  publishingAgency: string;
  /** e.g. "TTHC được luật giao quy định chi tiết", "TTHC không được luật giao". */
  type: string;
  description: string;
  keywords: string[];
  /** Requirements and conditions (yêu cầu, điều kiện). */
  conditions: string;
  /** Where to submit (địa chỉ tiếp nhận). */
  whereToSubmit: string;
  sectors: { code: string; name: string }[];
  levels: ProcedureLevelCode[];
  applicantTypes: ApplicantType[];
  /** Agencies by electronic identifier (`000.00.00.H56`) or, for national bodies, by name. */
  agencies: { implementing: string[]; competent: string[]; authorised: string[]; coordinating: string[] };
  /** The cases (trường hợp) a procedure distinguishes; most have one. */
  cases: ProcedureCase[];
  /** Per channel: time limit and fees. */
  channels: ProcedureChannel[];
  results: { code: string; name: string; template: FileTemplate | null }[];
  legalBasis: LegalBasisEntry[];
  /** Codes of related procedures, and of the inter-agency procedures this one is linked with. */
  related: string[];
  linked: string[];

  // Local extras a province publishes
  /** Online level per agency (the same procedure can be full-process in one place and partial in another). */
  onlineLevels: { agencyCode: string; level: OnlineLevelCode }[];
  flags: ProcedureFlags;
  tutorialVideoUrl: string | null;
  /** The internal (electronic) process: steps with role and working hours, summing to the legal time. */
  internalProcess: ProcessStep[];
  /** A complete supplement restarts the time from zero (true, the general rule) or extends it by the waiting time. */
  supplementRestarts: boolean;
  /** The online form: a JSON Schema (subset) the portal renders and the API validates, with UI hints. */
  form: OnlineForm;
  /** True for entries written for the demo (illustrative), false for published national records. */
  illustrative: boolean;
}

export type ProcedureLevelCode = 'ministry' | 'province' | 'commune';
export type ApplicantType = 'citizen' | 'enterprise' | 'organisation';
export type OnlineLevelCode = 'full' | 'partial' | 'none';
export type ChannelCode = 'counter' | 'online' | 'postal';

export interface ProcedureFlags {
  feeBearing: boolean;
  noResultDocument: boolean;
  handledAtOneStop: boolean;
  nonBoundary: boolean;
  interAgency: boolean;
  featured: boolean;
}

export interface FileTemplate {
  fileName: string;
  url: string;
}

export interface ProcedureCase {
  code: string;
  name: string;
  /** Ordered step descriptions. */
  steps: string[];
  components: ComponentRecord[];
}

export interface ComponentRecord {
  code: string;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  template: FileTemplate | null;
  /** A previous result the state already holds that can replace this component (Decree 45/2020). */
  replaceableByResultCode: string | null;
  /** MIME types checked against the file's content. */
  acceptedTypes: string[];
  maxSizeMb: number;
}

export interface ProcedureChannel {
  channel: ChannelCode;
  timeLimit: { value: number; unit: TimeUnit };
  description: string;
  fees: FeeRecord[];
}

export interface FeeRecord {
  code: string;
  name: string;
  /** Whole đồng. */
  amount: number;
  /** e.g. "đồng/hồ sơ", "đồng/bản". */
  unit: string;
  description: string;
  /** The fee schedule document, when one is attached. */
  schedule: string | null;
}

export interface LegalBasisEntry {
  number: string;
  title: string;
  issuedOn: string | null;
  effectiveOn: string | null;
  issuer: string;
  url: string | null;
}

/**
 * The online form: a JSON Schema subset (an object of string / number / integer / boolean properties, `format: date`
 * and `email`, `enum`, `minLength`/`maxLength`, `minimum`/`maximum`, `pattern`, `required`) and, per property, UI hints.
 */
export interface OnlineForm {
  schema: FormSchema;
  ui: Record<string, FormUiHint>;
}

export interface FormSchema {
  type: 'object';
  properties: Record<string, FormProperty>;
  required: string[];
  additionalProperties: false;
}

export interface FormProperty {
  type: 'string' | 'number' | 'integer' | 'boolean';
  title: string;
  description?: string;
  format?: 'date' | 'email';
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

export interface FormUiHint {
  /** Display order (ascending). */
  order: number;
  widget?: 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'date' | 'number';
  placeholder?: string;
  help?: string;
}
