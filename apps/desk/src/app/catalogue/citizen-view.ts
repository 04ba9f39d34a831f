import type { OnlineLevelCode, ProcedureLevelCode, ProcedureRecord, TimeLimit } from '@dvc/shared/domain';

/** A procedure as the portal's procedure page shows it (the server's projection of a record, same rules). */
export interface CitizenView {
  code: string;
  name: string;
  sectorName: string;
  level: ProcedureLevelCode;
  onlineLevel: OnlineLevelCode;
  timeLimit: TimeLimit | null;
  feeTotal: number;
  description: string;
  conditions: string;
  steps: string[];
  components: { code: string; name: string; originals: number; copies: number; required: boolean }[];
  fees: { code: string; name: string; amount: number }[];
  results: string[];
  legalBasis: string[];
  /** Agencies where it can be filed online (codes; the page shows their names when known). */
  onlineAgencyCodes: string[];
}

const ONLINE_RANK: Record<OnlineLevelCode, number> = { none: 0, partial: 1, full: 2 };

/**
 * The citizen's view of a record: the first case's steps and components, the filing channel's time limit and fees
 * (online, else at the counter), result names, legal basis as "title (number)", the highest online level. Works on
 * a draft that still has problems (missing parts show as empty).
 */
export function citizenView(record: ProcedureRecord): CitizenView {
  const channel = record.channels.find((candidate) => candidate.channel === 'online') ?? record.channels.find((candidate) => candidate.channel === 'counter') ?? record.channels[0];
  const firstCase = record.cases[0];
  const fees = (channel?.fees ?? []).map(({ code, name, amount }) => ({ code, name, amount: Number.isFinite(amount) ? amount : 0 }));
  return {
    code: record.code,
    name: record.name,
    sectorName: record.sectors[0]?.name ?? '',
    level: record.levels.includes('commune') ? 'commune' : record.levels.includes('province') ? 'province' : 'ministry',
    onlineLevel: record.onlineLevels.reduce<OnlineLevelCode>((best, entry) => ((ONLINE_RANK[entry.level] ?? 0) > ONLINE_RANK[best] ? entry.level : best), 'none'),
    timeLimit: channel ? channel.timeLimit : null,
    feeTotal: fees.reduce((total, fee) => total + fee.amount, 0),
    description: record.description,
    conditions: record.conditions,
    steps: (firstCase?.steps ?? []).filter((step) => step.trim().length > 0),
    components: (firstCase?.components ?? []).map(({ code, name, originals, copies, required }) => ({ code, name, originals, copies, required })),
    fees,
    results: record.results.map((result) => result.name),
    legalBasis: record.legalBasis.map((basis) => `${basis.title} (${basis.number})`),
    onlineAgencyCodes: record.onlineLevels.filter((entry) => entry.level !== 'none').map((entry) => entry.agencyCode),
  };
}
