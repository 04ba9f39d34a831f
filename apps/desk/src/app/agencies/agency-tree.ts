import type { AgencyMergeRequest, AgencySummary } from '@dvc/shared/contracts';

/** One agency in the tree, in reading order: its depth (0 for a top agency) and its parent's name when it has one. */
export interface AgencyTreeRow {
  agency: AgencySummary;
  depth: number;
  parentName: string | null;
}

const byCode = (a: AgencySummary, b: AgencySummary): number => a.code.localeCompare(b.code, 'vi') || a.name.localeCompare(b.name, 'vi');

/**
 * The current agencies as a tree read top-down: each agency followed by its children (siblings by code). An agency
 * whose parent is not current (merged) starts a tree of its own; a cycle in bad data never loops.
 */
export function agencyTree(agencies: readonly AgencySummary[]): AgencyTreeRow[] {
  const ids = new Set(agencies.map((agency) => agency.id));
  const children = new Map<string | null, AgencySummary[]>();
  for (const agency of agencies) {
    const parent = agency.parentId !== null && ids.has(agency.parentId) ? agency.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), agency]);
  }
  const rows: AgencyTreeRow[] = [];
  const seen = new Set<string>();
  const visit = (agency: AgencySummary, depth: number, parentName: string | null): void => {
    if (seen.has(agency.id)) return;
    seen.add(agency.id);
    rows.push({ agency, depth, parentName });
    for (const child of [...(children.get(agency.id) ?? [])].sort(byCode)) visit(child, depth + 1, agency.name);
  };
  for (const root of [...(children.get(null) ?? [])].sort(byCode)) visit(root, 0, null);
  // Agencies only reachable through a cycle (bad data) are still listed, at the top level.
  for (const agency of [...agencies].sort(byCode)) visit(agency, 0, null);
  return rows;
}

/** The agency and every agency below it (a merger into one of them would make a cycle). */
export function selfAndDescendants(agencies: readonly AgencySummary[], agencyId: string): Set<string> {
  const found = new Set([agencyId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const agency of agencies) {
      if (agency.parentId !== null && found.has(agency.parentId) && !found.has(agency.id)) {
        found.add(agency.id);
        grew = true;
      }
    }
  }
  return found;
}

/** Who can take over the agency: the other current agencies, in tree order, without the agency and its descendants. */
export function successorOptions(agencies: readonly AgencySummary[], agencyId: string): AgencyTreeRow[] {
  const excluded = selfAndDescendants(agencies, agencyId);
  return agencyTree(agencies).filter((row) => !excluded.has(row.agency.id));
}

export type MergeField = keyof AgencyMergeRequest;

/** What the server would refuse: no successor, or a reason under 3 characters (it takes 3–500). The first field first. */
export function mergeProblems(values: AgencyMergeRequest): MergeField[] {
  const problems: MergeField[] = [];
  if (!values.successorId) problems.push('successorId');
  if (values.reason.trim().length < 3) problems.push('reason');
  return problems;
}

export function mergeRequest(values: AgencyMergeRequest): AgencyMergeRequest {
  return { successorId: values.successorId, reason: values.reason.trim() };
}
