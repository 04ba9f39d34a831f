import type { AgencySummary, ProcedureDetail } from '@dvc/shared/contracts';
import { formatVnd, type FeeRecord, type Label, type LegalBasisEntry, type OnlineLevelCode } from '@dvc/shared/domain';

/** One place a procedure is filed, with how far it can be done online there. */
export interface FilingPlace {
  code: string;
  name: string;
  onlineLevel: OnlineLevelCode;
  /** The agency id to file with online, when the API says that agency accepts the procedure online; null otherwise. */
  applyAgencyId: string | null;
}

/**
 * Where a procedure is filed: the implementing agencies and those the record gives an online level (e.g. the
 * province service centre), in the record's order, named from the agency list (a national body is given by name).
 * Online filing is offered only where the API lists the agency as accepting it (`detail.agencies`, the same list
 * the API checks a submission against); an agency that took over a merged one is added at the end.
 */
export function filingPlaces(detail: ProcedureDetail, known: readonly AgencySummary[]): FilingPlace[] {
  const { record } = detail;
  const codes = [...new Set([...record.agencies.implementing, ...record.onlineLevels.map((entry) => entry.agencyCode)])];
  const places = codes.map((code): FilingPlace => {
    const online = detail.agencies.find((agency) => agency.code === code);
    const level = record.onlineLevels.find((entry) => entry.agencyCode === code)?.level;
    return {
      code,
      name: online?.name ?? known.find((agency) => agency.code === code)?.name ?? code,
      onlineLevel: online ? (level && level !== 'none' ? level : detail.onlineLevel) : 'none',
      applyAgencyId: online?.id ?? null,
    };
  });
  for (const agency of detail.agencies) {
    if (!codes.includes(agency.code)) places.push({ code: agency.code, name: agency.name, onlineLevel: detail.onlineLevel, applyAgencyId: agency.id });
  }
  return places;
}

/** "2014-11-20" → "20/11/2014" (a calendar day, no time zone involved). */
export function dayText(day: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (day ?? '');
}

/** A fee as read on the national portal: "Miễn phí", "8.000 ₫/bản" (the unit "đồng/bản" reduced to "/bản"). */
export function feeAmountText(fee: Pick<FeeRecord, 'amount' | 'unit'>, free: Label): Label {
  if (fee.amount <= 0) return free;
  const per = /\/(.+)$/.exec(fee.unit.trim())?.[1];
  const text = `${formatVnd(fee.amount)}${per ? `/${per}` : ''}`;
  return { vi: text, en: text };
}

/** What follows a legal document's title: "— Quốc hội, ban hành ngày 20/11/2014, hiệu lực từ 01/01/2016". */
export function legalBasisDetails(basis: Pick<LegalBasisEntry, 'issuer' | 'issuedOn' | 'effectiveOn'>): Label {
  const vi: string[] = [];
  const en: string[] = [];
  if (basis.issuer) {
    vi.push(basis.issuer);
    en.push(basis.issuer);
  }
  if (basis.issuedOn) {
    vi.push(`ban hành ngày ${dayText(basis.issuedOn)}`);
    en.push(`issued on ${dayText(basis.issuedOn)}`);
  }
  if (basis.effectiveOn) {
    vi.push(`hiệu lực từ ${dayText(basis.effectiveOn)}`);
    en.push(`in force from ${dayText(basis.effectiveOn)}`);
  }
  return vi.length > 0 ? { vi: ` — ${vi.join(', ')}`, en: ` — ${en.join(', ')}` } : { vi: '', en: '' };
}

/** "Cấp xã; Cấp tỉnh" in each language. */
export function joinLabels(labels: readonly Label[], separator = '; '): Label {
  return { vi: labels.map((label) => label.vi).join(separator), en: labels.map((label) => label.en).join(separator) };
}
