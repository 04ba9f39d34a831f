import { serverTextLabel } from '@dvc/web/ui';
import type {
  ComponentRecord, FeeRecord, LegalBasisEntry, ProcedureCase, ProcedureChannel, ProcedureRecord, ProcessStep, RecordProblem,
} from '@dvc/shared/domain';
import type { ApiError } from '@dvc/shared/contracts';

/** One step of a record path: a key or a list index (`cases[0].components[1].name` → cases, 0, components, 1, name). */
type Segment = string | number;

export function pathSegments(path: string): Segment[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : (match[1] ?? '')));
}

/** The id of the input for a record path, so a problem's path leads to its field (`rec-cases-0-components-1-name`). */
export function fieldId(path: string): string {
  return `rec-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function setIn(node: unknown, segments: readonly Segment[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(node) ? [...(node as unknown[])] : [];
    list[head] = setIn(list[head], rest, value);
    return list;
  }
  const object: Json = isObject(node) ? { ...node } : {};
  object[head] = setIn(object[head], rest, value);
  return object;
}

function getIn(node: unknown, segments: readonly Segment[]): unknown {
  return segments.reduce<unknown>((current, segment) => {
    if (typeof segment === 'number') return Array.isArray(current) ? current[segment] : undefined;
    return isObject(current) ? current[segment] : undefined;
  }, node);
}

/** A copy of the record with `value` at `path` (every object and list on the way copied, the rest shared). */
export function setAt<T>(record: T, path: string, value: unknown): T {
  return setIn(record, pathSegments(path), value) as T;
}

/** A copy of the record with `item` appended to the list at `path`. */
export function appendAt<T>(record: T, path: string, item: unknown): T {
  const list = getIn(record, pathSegments(path));
  return setAt(record, path, [...(Array.isArray(list) ? list : []), item]);
}

/** A copy of the record without the item `index` of the list at `path`. */
export function removeAt<T>(record: T, path: string, index: number): T {
  const list = getIn(record, pathSegments(path));
  return setAt(record, path, (Array.isArray(list) ? list : []).filter((_, position) => position !== index));
}

/** A list of codes with `item` added or removed (levels, applicant types, accepted file types), in the given order. */
export function toggled<T extends string>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...new Set([...list, item])] : list.filter((candidate) => candidate !== item);
  return order.filter((candidate) => next.includes(candidate));
}

/** Text area lines as typed (blank lines kept while typing, so the caret does not jump). */
export function typedLines(text: string): string[] {
  return text.split('\n');
}

/** Text area lines once the field is left: trimmed, without blank lines. */
export function cleanLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

/**
 * Whether a problem at `problemPath` concerns the field at `path`: the field itself or an item holding it (a sector, a
 * component …). A problem of a whole list (`internalProcess` adding up wrong, `cases` empty) marks none of its items.
 */
export function concerns(problemPath: string, path: string): boolean {
  return problemPath !== '' && (path === problemPath || path.startsWith(`${problemPath}.`));
}

/** The rules' problems plus the server's (e.g. an unknown agency, which only the database knows), without repeats. */
export function mergeProblems(local: readonly RecordProblem[], server: readonly RecordProblem[]): RecordProblem[] {
  const seen = new Set(local.map((problem) => `${problem.path}|${problem.code}`));
  return [...local, ...server.filter((problem) => !seen.has(`${problem.path}|${problem.code}`))];
}

/** A refused record (CATALOGUE.RECORD_INVALID) as problems with their paths; other errors have none. */
export function problemsOfError(error: ApiError): RecordProblem[] {
  if (error.code !== 'CATALOGUE.RECORD_INVALID') return [];
  return (error.details ?? []).map((detail) => ({ path: detail.field ?? '', code: detail.code, message: serverTextLabel(detail.message) }));
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);
const listOfObjects = (value: unknown): boolean => isList(value) && value.every(isObject);

/**
 * Whether parsed JSON has the shape the structured form edits (objects and lists where the form expects them). The
 * values themselves may still be wrong: the rules report those with their paths. A wrong shape is not applied.
 */
export function hasRecordShape(value: unknown): value is ProcedureRecord {
  if (!isObject(value)) return false;
  const textOrMissing = (key: string) => value[key] === undefined || typeof value[key] === 'string';
  return (
    ['code', 'name', 'publishingAgency', 'description', 'conditions', 'whereToSubmit'].every(textOrMissing) &&
    listOfObjects(value['sectors']) &&
    isList(value['levels']) &&
    isList(value['applicantTypes']) &&
    listOfObjects(value['cases']) &&
    (value['cases'] as Json[]).every(
      (item) => isList(item['steps']) && listOfObjects(item['components']) && (item['components'] as Json[]).every((component) => isList(component['acceptedTypes'])),
    ) &&
    listOfObjects(value['channels']) &&
    (value['channels'] as Json[]).every((item) => isObject(item['timeLimit']) && listOfObjects(item['fees'])) &&
    listOfObjects(value['results']) &&
    listOfObjects(value['legalBasis']) &&
    listOfObjects(value['internalProcess']) &&
    listOfObjects(value['onlineLevels']) &&
    isObject(value['flags'])
  );
}

export const NEW_ITEMS = {
  sector: (): { code: string; name: string } => ({ code: '', name: '' }),
  channel: (): ProcedureChannel => ({ channel: 'online', timeLimit: { value: 1, unit: 'working_days' }, description: '', fees: [] }),
  fee: (): FeeRecord => ({ code: '', name: '', amount: 0, unit: 'đồng/hồ sơ', description: '', schedule: null }),
  case: (index: number): ProcedureCase => ({ code: `TH${index + 1}`, name: '', steps: [''], components: [] }),
  component: (index: number): ComponentRecord => ({
    code: `TP${String(index + 1).padStart(2, '0')}`, name: '', originals: 1, copies: 0, required: true, template: null, replaceableByResultCode: null,
    acceptedTypes: ['application/pdf'], maxSizeMb: 10,
  }),
  result: (index: number): ProcedureRecord['results'][number] => ({ code: `KQ${String(index + 1).padStart(2, '0')}`, name: '', template: null }),
  legalBasis: (): LegalBasisEntry => ({ number: '', title: '', issuedOn: null, effectiveOn: null, issuer: '', url: null }),
  step: (): ProcessStep => ({ code: '', name: '', role: 'specialist', hours: 1 }),
};

/** The starting point of a new procedure: every required part present and empty, so the problems list says what to fill. */
export function blankProcedureRecord(): ProcedureRecord {
  return {
    code: '', name: '', publishingAgency: '', type: '', description: '', keywords: [], conditions: '', whereToSubmit: '',
    sectors: [NEW_ITEMS.sector()], levels: ['province'], applicantTypes: ['citizen'],
    agencies: { implementing: [], competent: [], authorised: [], coordinating: [] },
    cases: [NEW_ITEMS.case(0)], channels: [NEW_ITEMS.channel()], results: [], legalBasis: [], related: [], linked: [], onlineLevels: [],
    flags: { feeBearing: false, noResultDocument: false, handledAtOneStop: true, nonBoundary: false, interAgency: false, featured: false },
    tutorialVideoUrl: null,
    internalProcess: [{ code: 'TN', name: 'Tiếp nhận', role: 'desk_officer', hours: 1 }, { code: 'TD', name: 'Thẩm định', role: 'specialist', hours: 6 }, { code: 'PD', name: 'Phê duyệt', role: 'leader', hours: 1 }],
    supplementRestarts: true,
    form: { schema: { type: 'object', properties: {}, required: [], additionalProperties: false }, ui: {} },
    illustrative: false,
  };
}

/** The internal steps' hours added up (steps without a number count as 0). */
export function processHours(record: Pick<ProcedureRecord, 'internalProcess'>): number {
  return record.internalProcess.reduce((total, step) => total + (typeof step.hours === 'number' && Number.isFinite(step.hours) ? step.hours : 0), 0);
}
