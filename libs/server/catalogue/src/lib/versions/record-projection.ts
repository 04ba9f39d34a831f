import type { OnlineLevelCode, ProcedureRecord, TimeUnit } from '@dvc/shared/domain';
import type { FormField, ProcedureComponent, ProcedureFee, ProcedureLevel } from '@dvc/shared/contracts';

/** The columns of a procedure version derived from its record: what search, filters and filed dossiers read. */
export interface RecordProjection {
  name: string;
  sectorCode: string;
  sectorCodes: string[];
  level: ProcedureLevel;
  levels: string[];
  applicantTypes: string[];
  onlineLevel: OnlineLevelCode;
  timeLimitValue: number;
  timeLimitUnit: TimeUnit;
  feeTotal: number;
  description: string;
  conditions: string;
  keywords: string;
  steps: string[];
  components: ProcedureComponent[];
  fees: ProcedureFee[];
  results: string[];
  legalBasis: string[];
  formFields: FormField[];
  internalProcess: ProcedureRecord['internalProcess'];
  supplementRestarts: boolean;
  featured: boolean;
  illustrative: boolean;
}

const ONLINE_RANK: Record<OnlineLevelCode, number> = { none: 0, partial: 1, full: 2 };

/** The channel a citizen filing online gets: online, else the counter's. */
export function filingChannel(record: ProcedureRecord): ProcedureRecord['channels'][number] {
  const channel = record.channels.find((candidate) => candidate.channel === 'online') ?? record.channels.find((candidate) => candidate.channel === 'counter') ?? record.channels[0];
  if (!channel) throw new Error(`procedure ${record.code} has no channel`);
  return channel;
}

/** The simple field list older screens render, from the online form's schema and UI hints. */
export function formFieldsOf(record: ProcedureRecord): FormField[] {
  const { properties, required } = record.form.schema;
  return Object.entries(properties)
    .sort(([a], [b]) => (record.form.ui[a]?.order ?? 0) - (record.form.ui[b]?.order ?? 0))
    .map(([key, property]) => {
      const widget = record.form.ui[key]?.widget;
      const type: FormField['type'] = property.format === 'date' ? 'date' : property.type === 'number' || property.type === 'integer' ? 'number' : widget === 'textarea' ? 'textarea' : 'text';
      return { key, label: property.title, type, required: required.includes(key), ...(property.maxLength ? { maxLength: property.maxLength } : {}) };
    });
}

export function projectRecord(record: ProcedureRecord): RecordProjection {
  const channel = filingChannel(record);
  const firstCase = record.cases[0];
  const [sector] = record.sectors;
  if (!sector || !firstCase) throw new Error(`procedure ${record.code} has no sector or no case`);
  return {
    name: record.name,
    sectorCode: sector.code,
    sectorCodes: record.sectors.map((candidate) => candidate.code),
    level: record.levels.includes('commune') ? 'commune' : record.levels.includes('province') ? 'province' : 'ministry',
    levels: [...record.levels],
    applicantTypes: [...record.applicantTypes],
    onlineLevel: record.onlineLevels.reduce<OnlineLevelCode>((best, entry) => (ONLINE_RANK[entry.level] > ONLINE_RANK[best] ? entry.level : best), 'none'),
    timeLimitValue: channel.timeLimit.value,
    timeLimitUnit: channel.timeLimit.unit,
    feeTotal: channel.fees.reduce((total, fee) => total + fee.amount, 0),
    description: record.description,
    conditions: record.conditions,
    keywords: record.keywords.join(' '),
    steps: [...firstCase.steps],
    components: firstCase.components.map(({ code, name, originals, copies, required, acceptedTypes, maxSizeMb }) => ({
      code, name, originals, copies, required, acceptedTypes: [...acceptedTypes], maxSizeMb,
    })),
    fees: channel.fees.map(({ code, name, amount }) => ({ code, name, amount })),
    results: record.results.map((result) => result.name),
    legalBasis: record.legalBasis.map((basis) => `${basis.title} (${basis.number})`),
    formFields: formFieldsOf(record),
    internalProcess: record.internalProcess,
    supplementRestarts: record.supplementRestarts,
    featured: record.flags.featured,
    illustrative: record.illustrative,
  };
}
