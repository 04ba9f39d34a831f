import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { stream as excelStream, Workbook, type Cell, type CellValue, type Worksheet } from 'exceljs';
import type { ImportProblem } from '@dvc/shared/contracts';
import type { ProcedureRecord } from '@dvc/shared/domain';
import { InvalidInputError } from '@dvc/server/core';
import { assertZipWithinLimits } from './zip-limits';

/**
 * The catalogue as an .xlsx workbook (layout in docs/catalogue-workbook.md): a "Thủ tục" sheet with one row per
 * procedure and child sheets for the repeating parts, keyed by procedure code. Every sheet has two header rows (the
 * Vietnamese label, then the machine key that columns are found by) and data from row 3. Writing then reading gives
 * back the same records, value for value.
 */

/** How a column's cells are written and read back. */
type ColumnKind =
  /** Text; an empty cell reads as "". */
  | 'text'
  /** Text or null; an empty cell reads as null, a cell holding "" as "". */
  | 'nullableText'
  /** YYYY-MM-DD as text, or a date cell; empty reads as null. */
  | 'date'
  /** A number cell (or a number typed as text); empty leaves the field out, for validation to report. */
  | 'number'
  /** TRUE/FALSE (or có/không); empty leaves the field out. */
  | 'boolean'
  /** A list of strings, one per line, or a JSON array when an item would not survive that; empty is []. */
  | 'list'
  /** A JSON value; empty leaves the field out. */
  | 'json';

interface WorkbookColumn {
  /** The machine key in header row 2: a field path inside the item (`timeLimit.value`) or a parent key. */
  key: string;
  label: string;
  kind: ColumnKind;
  width: number;
}

interface WorkbookSheet {
  name: string;
  /** Where the sheet's rows go in a record, for problems about a whole row or sheet. */
  field: string;
  /** Columns that say which procedure (case, channel, role) a row belongs to, rather than holding item fields. */
  parents: readonly string[];
  columns: readonly WorkbookColumn[];
}

const column = (key: string, label: string, kind: ColumnKind, width = 16): WorkbookColumn => ({ key, label, kind, width });
const PROCEDURE_CODE = column('procedureCode', 'Mã thủ tục', 'text', 14);
const CASE_CODE = column('caseCode', 'Mã trường hợp', 'text', 12);

const SHEETS = {
  procedures: {
    name: 'Thủ tục', field: '', parents: [],
    columns: [
      column('code', 'Mã thủ tục', 'text', 14), column('name', 'Tên thủ tục', 'text', 40), column('publishingAgency', 'Cơ quan công bố', 'text', 24),
      column('type', 'Loại thủ tục', 'text', 24), column('description', 'Mô tả', 'text', 40), column('keywords', 'Từ khóa', 'list', 20),
      column('conditions', 'Yêu cầu, điều kiện', 'text', 40), column('whereToSubmit', 'Địa chỉ tiếp nhận hồ sơ', 'text', 24),
      column('levels', 'Cấp thực hiện', 'list', 14), column('applicantTypes', 'Đối tượng thực hiện', 'list', 16),
      column('related', 'Thủ tục liên quan', 'list', 16), column('linked', 'Thủ tục liên thông', 'list', 16),
      column('flags.feeBearing', 'Có thu phí, lệ phí', 'boolean', 10), column('flags.noResultDocument', 'Không có văn bản kết quả', 'boolean', 10),
      column('flags.handledAtOneStop', 'Tiếp nhận tại Bộ phận một cửa', 'boolean', 10), column('flags.nonBoundary', 'Phi địa giới hành chính', 'boolean', 10),
      column('flags.interAgency', 'Liên thông', 'boolean', 10), column('flags.featured', 'Nổi bật', 'boolean', 10),
      column('tutorialVideoUrl', 'Video hướng dẫn', 'nullableText', 24),
      column('supplementRestarts', 'Bổ sung đủ hồ sơ thì tính lại thời hạn từ đầu', 'boolean', 12),
      column('form', 'Biểu mẫu trực tuyến (JSON: schema và ui)', 'json', 40), column('illustrative', 'Bản ghi minh họa', 'boolean', 10),
    ],
  },
  sectors: {
    name: 'Lĩnh vực', field: 'sectors', parents: ['procedureCode'],
    columns: [PROCEDURE_CODE, column('code', 'Mã lĩnh vực', 'text', 12), column('name', 'Tên lĩnh vực', 'text', 30)],
  },
  agencies: {
    name: 'Cơ quan', field: 'agencies', parents: ['procedureCode', 'role'],
    columns: [PROCEDURE_CODE, column('role', 'Vai trò', 'text', 14), column('agency', 'Mã định danh hoặc tên cơ quan', 'text', 30)],
  },
  onlineLevels: {
    name: 'Mức trực tuyến', field: 'onlineLevels', parents: ['procedureCode'],
    columns: [PROCEDURE_CODE, column('agencyCode', 'Mã định danh cơ quan', 'text', 18), column('level', 'Mức trực tuyến', 'text', 14)],
  },
  channels: {
    name: 'Cách thức', field: 'channels', parents: ['procedureCode'],
    columns: [
      PROCEDURE_CODE, column('channel', 'Cách thức thực hiện', 'text', 12), column('timeLimit.value', 'Thời hạn giải quyết', 'number', 12),
      column('timeLimit.unit', 'Đơn vị thời hạn', 'text', 16), column('description', 'Mô tả', 'text', 40),
    ],
  },
  fees: {
    name: 'Phí, lệ phí', field: 'channels', parents: ['procedureCode', 'channel'],
    columns: [
      PROCEDURE_CODE, column('channel', 'Cách thức thực hiện', 'text', 12), column('code', 'Mã phí, lệ phí', 'text', 12),
      column('name', 'Tên phí, lệ phí', 'text', 24), column('amount', 'Số tiền (đồng)', 'number', 12), column('unit', 'Đơn vị tính', 'text', 14),
      column('description', 'Mô tả', 'text', 30), column('schedule', 'Biểu phí đính kèm', 'nullableText', 24),
    ],
  },
  cases: {
    name: 'Trường hợp', field: 'cases', parents: ['procedureCode'],
    columns: [PROCEDURE_CODE, column('code', 'Mã trường hợp', 'text', 12), column('name', 'Tên trường hợp', 'text', 40)],
  },
  steps: {
    name: 'Trình tự', field: 'cases', parents: ['procedureCode', 'caseCode'],
    columns: [PROCEDURE_CODE, CASE_CODE, column('step', 'Bước thực hiện', 'text', 60)],
  },
  components: {
    name: 'Thành phần hồ sơ', field: 'cases', parents: ['procedureCode', 'caseCode'],
    columns: [
      PROCEDURE_CODE, CASE_CODE, column('code', 'Mã thành phần', 'text', 12), column('name', 'Tên thành phần hồ sơ', 'text', 40),
      column('originals', 'Số bản chính', 'number', 8), column('copies', 'Số bản sao', 'number', 8), column('required', 'Bắt buộc', 'boolean', 8),
      column('template.fileName', 'Tên tệp mẫu đơn, tờ khai', 'nullableText', 20), column('template.url', 'Đường dẫn mẫu đơn, tờ khai', 'nullableText', 24),
      column('replaceableByResultCode', 'Mã kết quả có thể thay thế', 'nullableText', 14),
      column('acceptedTypes', 'Loại tệp chấp nhận', 'list', 18), column('maxSizeMb', 'Dung lượng tối đa (MB)', 'number', 10),
    ],
  },
  results: {
    name: 'Kết quả', field: 'results', parents: ['procedureCode'],
    columns: [
      PROCEDURE_CODE, column('code', 'Mã kết quả', 'text', 12), column('name', 'Tên kết quả', 'text', 40),
      column('template.fileName', 'Tên tệp mẫu kết quả', 'nullableText', 20), column('template.url', 'Đường dẫn mẫu kết quả', 'nullableText', 24),
    ],
  },
  legalBasis: {
    name: 'Căn cứ pháp lý', field: 'legalBasis', parents: ['procedureCode'],
    columns: [
      PROCEDURE_CODE, column('number', 'Số ký hiệu', 'text', 16), column('title', 'Trích yếu', 'text', 40), column('issuedOn', 'Ngày ban hành', 'date', 12),
      column('effectiveOn', 'Ngày có hiệu lực', 'date', 12), column('issuer', 'Cơ quan ban hành', 'text', 20), column('url', 'Đường dẫn văn bản', 'nullableText', 24),
    ],
  },
  internalProcess: {
    name: 'Quy trình nội bộ', field: 'internalProcess', parents: ['procedureCode'],
    columns: [
      PROCEDURE_CODE, column('code', 'Mã bước', 'text', 12), column('name', 'Tên bước', 'text', 40), column('role', 'Vai trò xử lý', 'text', 14),
      column('hours', 'Thời gian (giờ làm việc)', 'number', 10),
    ],
  },
} satisfies Record<string, WorkbookSheet>;

const AGENCY_ROLES = ['implementing', 'competent', 'authorised', 'coordinating'] as const;
type AgencyRole = (typeof AGENCY_ROLES)[number];
const HEADER_ROWS = 2;
/** Excel refuses longer cells. */
const MAX_CELL_CHARS = 32_767;
const TRUE_WORDS = ['true', 'có'];
const FALSE_WORDS = ['false', 'không'];

type Json = Record<string, unknown>;

/** Values from a file that go into a problem message (whose halves are split at " / "), kept short and unambiguous. */
const shown = (value: string) => value.slice(0, 60).replace(/ \/ /g, '/');

// ---------------------------------------------------------------------------------------------------------- writing

/** Rows written between two turns of the event loop: an export of 2,000 procedures must not stall other requests. */
export const ROWS_PER_TURN = 50;

/**
 * The records as a workbook in the documented layout. Written as a stream (rows committed as they go, zipped
 * asynchronously) with a turn of the event loop every ROWS_PER_TURN rows: building the whole workbook in memory and
 * zipping it at once held the API's event loop for 1.9 s on 1,800 procedures.
 */
export async function writeCatalogueWorkbook(records: readonly ProcedureRecord[]): Promise<Buffer> {
  assertRepresentable(records);
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: true });
  const rows = <T>(each: (record: ProcedureRecord) => T[]) => records.flatMap(each);
  await addSheet(workbook, SHEETS.procedures, [...records]);
  await addSheet(workbook, SHEETS.sectors, rows((record) => record.sectors.map((sector) => ({ procedureCode: record.code, ...sector }))));
  await addSheet(workbook, SHEETS.agencies, rows((record) => AGENCY_ROLES.flatMap((role) => record.agencies[role].map((agency) => ({ procedureCode: record.code, role, agency })))));
  await addSheet(workbook, SHEETS.onlineLevels, rows((record) => record.onlineLevels.map((entry) => ({ procedureCode: record.code, ...entry }))));
  await addSheet(workbook, SHEETS.channels, rows((record) => record.channels.map((channel) => ({ procedureCode: record.code, ...channel }))));
  await addSheet(workbook, SHEETS.fees, rows((record) => record.channels.flatMap((channel) => channel.fees.map((fee) => ({ procedureCode: record.code, channel: channel.channel, ...fee })))));
  await addSheet(workbook, SHEETS.cases, rows((record) => record.cases.map((item) => ({ procedureCode: record.code, ...item }))));
  await addSheet(workbook, SHEETS.steps, rows((record) => record.cases.flatMap((item) => item.steps.map((step) => ({ procedureCode: record.code, caseCode: item.code, step })))));
  await addSheet(workbook, SHEETS.components, rows((record) => record.cases.flatMap((item) => item.components.map((component) => ({ procedureCode: record.code, caseCode: item.code, ...component })))));
  await addSheet(workbook, SHEETS.results, rows((record) => record.results.map((result) => ({ procedureCode: record.code, ...result }))));
  await addSheet(workbook, SHEETS.legalBasis, rows((record) => record.legalBasis.map((entry) => ({ procedureCode: record.code, ...entry }))));
  await addSheet(workbook, SHEETS.internalProcess, rows((record) => record.internalProcess.map((step) => ({ procedureCode: record.code, ...step }))));
  await workbook.commit();
  return Buffer.concat(chunks);
}

function unrepresentable(vi: string, en: string): InvalidInputError {
  return new InvalidInputError('CATALOGUE.WORKBOOK_UNREPRESENTABLE', `Không ghi được bảng tính: ${vi}; hãy xuất JSON / The workbook cannot hold this: ${en}; export JSON instead`);
}

/** Child rows find their procedure, case and channel by code, so those must be unique where they are looked up. */
function assertRepresentable(records: readonly ProcedureRecord[]): void {
  const codes = new Set<string>();
  const repeated = (values: string[]) => values.find((value, index) => values.indexOf(value) !== index);
  for (const record of records) {
    const code = record.code.trim();
    if (codes.has(code)) throw unrepresentable(`thủ tục ${shown(code)} có nhiều hơn một bản ghi`, `procedure ${shown(code)} appears more than once`);
    codes.add(code);
    const caseCode = repeated(record.cases.map((item) => item.code.trim()));
    if (caseCode !== undefined) throw unrepresentable(`thủ tục ${shown(code)} có hai trường hợp mã «${shown(caseCode)}»`, `procedure ${shown(code)} has two cases "${shown(caseCode)}"`);
    const channel = repeated(record.channels.map((item) => item.channel.trim()));
    if (channel !== undefined) throw unrepresentable(`thủ tục ${shown(code)} có hai cách thức «${shown(channel)}»`, `procedure ${shown(code)} has two channels "${shown(channel)}"`);
  }
}

async function addSheet(workbook: excelStream.xlsx.WorkbookWriter, layout: WorkbookSheet, items: readonly object[]): Promise<void> {
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: HEADER_ROWS }] });
  // Text format, so what an admin types there (codes like 1.001190, dates) stays text in Excel.
  sheet.columns = layout.columns.map((spec) => ({ width: spec.width, style: spec.kind === 'number' || spec.kind === 'boolean' ? {} : { numFmt: '@' } }));
  const labels = sheet.getRow(1);
  const keys = sheet.getRow(2);
  layout.columns.forEach((spec, index) => {
    labels.getCell(index + 1).value = spec.label;
    keys.getCell(index + 1).value = spec.key;
  });
  labels.font = { bold: true };
  keys.font = { italic: true, color: { argb: 'FF707070' } };
  labels.commit();
  keys.commit();
  for (const [rowIndex, item] of items.entries()) {
    const row = sheet.getRow(rowIndex + HEADER_ROWS + 1);
    layout.columns.forEach((spec, index) => {
      const cell = row.getCell(index + 1);
      cell.value = cellValue(spec.kind, valueAt(item, spec.key), `${layout.name}!${cell.address}`);
    });
    row.commit();
    if ((rowIndex + 1) % ROWS_PER_TURN === 0) await nextTurn();
  }
  sheet.commit();
}

function valueAt(item: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Json)[key] : undefined), item);
}

function cellValue(kind: ColumnKind, value: unknown, where: string): CellValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'list':
      return cellText(encodeList(value as string[]), where);
    case 'json':
      return cellText(JSON.stringify(value), where);
    case 'text':
    case 'nullableText':
    case 'date':
      return cellText(String(value), where);
    case 'number':
    case 'boolean':
      return value as number | boolean;
  }
}

/** One item per line when the items survive that (reading trims lines and drops empty ones), else a JSON array. */
function encodeList(items: readonly string[]): string {
  const asLines = items.every((item) => item !== '' && item === item.trim() && !/[\r\n]/.test(item)) && !items[0]?.startsWith('[');
  return asLines ? items.join('\n') : JSON.stringify(items);
}

function cellText(text: string, where: string): string {
  if (text.length > MAX_CELL_CHARS) throw unrepresentable(`ô ${where} dài hơn ${MAX_CELL_CHARS} ký tự`, `cell ${where} is longer than ${MAX_CELL_CHARS} characters`);
  // Characters XML 1.0 cannot carry: the file would drop them silently.
  const unsafe = [...text].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
  });
  if (unsafe) throw unrepresentable(`ô ${where} chứa ký tự điều khiển`, `cell ${where} holds a control character`);
  // Spreadsheet readers decode `_xHHHH_` as a character: escaping its underscore keeps such text literal, and a carriage
  // return must travel that way because XML turns a raw one into a line feed.
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_').replace(/\r/g, '_x000D_');
}

// ---------------------------------------------------------------------------------------------------------- reading

export interface CatalogueWorkbookRows {
  /** One entry per data row of the "Thủ tục" sheet, in order (row n of the sheet's data is `rows[n - 1]`). */
  rows: unknown[];
  /** What could not be read: cells of the wrong kind, rows pointing nowhere, missing sheets or columns. */
  problems: ImportProblem[];
}

/**
 * The records of a workbook, unvalidated (the importer validates them as it does JSON rows), and every cell that
 * could not be read, by row of the "Thủ tục" sheet and field path.
 */
export async function readCatalogueWorkbook(bytes: Buffer): Promise<CatalogueWorkbookRows> {
  assertZipWithinLimits(bytes);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw new InvalidInputError('CATALOGUE.FILE_UNREADABLE', 'Không đọc được bảng tính: tệp .xlsx bị hỏng / The workbook cannot be read: the .xlsx file is damaged');
  }
  return new WorkbookReader(workbook).read();
}

/** A workbook with cells that could not be read: nothing of it is imported. */
export class CatalogueWorkbookInvalid extends InvalidInputError {
  constructor(readonly problems: readonly ImportProblem[]) {
    const first = problems.slice(0, 5);
    const more = problems.length > first.length ? '; …' : '';
    const list = (row: string) => first.map((problem) => `${problem.row > 0 ? `${row} ${problem.row}` : ''} ${problem.path} ${problem.problem}`.trim()).join('; ');
    super(
      'CATALOGUE.WORKBOOK_INVALID',
      `Bảng tính có ${problems.length} lỗi, chưa nhập thủ tục nào: ${list('dòng')}${more} / The workbook has ${problems.length} problems; nothing was imported: ${list('row')}${more}`,
    );
  }
}

interface Fault {
  problem: string;
  vi: string;
  en: string;
}
type Decoded = { value: unknown } | { absent: true } | { fault: Fault };
type Plain = string | number | boolean | Date | null | { error: string };

interface DataRow {
  /** The row number in Excel. */
  number: number;
  cells: ReadonlyMap<string, Cell>;
  blank: boolean;
}

interface Entry {
  /** The data row of the procedure in the "Thủ tục" sheet. */
  row: number;
  code: string;
  record: Json;
  cases: Map<string, { index: number; item: { steps: unknown[]; components: unknown[] } }>;
  channels: Map<string, { index: number; item: { fees: unknown[] } }>;
}

/** Where a cell's value goes, for its problems. */
interface Target {
  row: number;
  code: string | null;
  path: (key: string) => string;
}

class WorkbookReader {
  private readonly problems: ImportProblem[] = [];
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly workbook: Workbook) {}

  read(): CatalogueWorkbookRows {
    const rows = this.procedures();
    // Without the procedures every child row would be a problem of its own; the missing sheet says it all.
    if (!rows) return { rows: [], problems: this.problems };
    this.children(SHEETS.sectors, (data, entry) => this.push(entry, data, SHEETS.sectors, entry.record['sectors'] as unknown[], 'sectors'));
    this.children(SHEETS.agencies, (data, entry) => this.agency(data, entry));
    this.children(SHEETS.onlineLevels, (data, entry) => this.push(entry, data, SHEETS.onlineLevels, entry.record['onlineLevels'] as unknown[], 'onlineLevels'));
    this.children(SHEETS.channels, (data, entry) => this.channel(data, entry));
    this.children(SHEETS.fees, (data, entry) => this.fee(data, entry));
    this.children(SHEETS.cases, (data, entry) => this.case(data, entry));
    this.children(SHEETS.steps, (data, entry) => this.step(data, entry));
    this.children(SHEETS.components, (data, entry) => this.component(data, entry));
    this.children(SHEETS.results, (data, entry) => withTemplate(this.push(entry, data, SHEETS.results, entry.record['results'] as unknown[], 'results')));
    this.children(SHEETS.legalBasis, (data, entry) => this.push(entry, data, SHEETS.legalBasis, entry.record['legalBasis'] as unknown[], 'legalBasis'));
    this.children(SHEETS.internalProcess, (data, entry) => this.push(entry, data, SHEETS.internalProcess, entry.record['internalProcess'] as unknown[], 'internalProcess'));
    return { rows, problems: this.problems };
  }

  private procedures(): unknown[] | null {
    const layout = SHEETS.procedures;
    const sheet = this.sheet(layout);
    if (!sheet) return null;
    let last = sheet.length - 1;
    while (last >= 0 && sheet[last]?.blank) last -= 1;
    return sheet.slice(0, last + 1).map((data, index) => {
      const row = index + 1;
      if (data.blank) {
        this.rowProblem(layout, data, { row, code: null }, '', 'EMPTY_ROW', 'Dòng trống giữa bảng, hãy xóa dòng này', 'An empty row inside the table; delete it');
        return {};
      }
      const code = this.parent(data, 'code');
      const fields = this.item(data, layout, { row, code, path: (key) => key });
      const record: Json = {
        ...fields, sectors: [], agencies: { implementing: [], competent: [], authorised: [], coordinating: [] }, cases: [], channels: [],
        results: [], legalBasis: [], onlineLevels: [], internalProcess: [],
      };
      const key = code.trim();
      const first = this.entries.get(key);
      if (first) {
        this.rowProblem(layout, data, { row, code }, 'code', 'DUPLICATE_CODE', `Mã thủ tục đã có ở dòng ${first.row}`, `The code already appears in row ${first.row}`);
      } else if (key) {
        this.entries.set(key, { row, code, record, cases: new Map(), channels: new Map() });
      }
      return record;
    });
  }

  /** Child rows in sheet order, each given to `attach` with its procedure; rows naming no known procedure are problems. */
  private children(layout: WorkbookSheet, attach: (data: DataRow, entry: Entry) => void): void {
    for (const data of this.sheet(layout) ?? []) {
      if (data.blank) continue;
      const code = this.parent(data, 'procedureCode');
      const entry = this.entries.get(code.trim());
      if (entry) {
        attach(data, entry);
      } else if (code.trim()) {
        this.rowProblem(layout, data, { row: 0, code }, layout.field, 'UNKNOWN_PROCEDURE', `Không có thủ tục mã «${shown(code)}» trong trang tính «${SHEETS.procedures.name}»`, `No procedure "${shown(code)}" in the "${SHEETS.procedures.name}" sheet`);
      } else {
        this.rowProblem(layout, data, { row: 0, code: null }, layout.field, 'UNKNOWN_PROCEDURE', 'Thiếu mã thủ tục', 'The procedure code is missing');
      }
    }
  }

  private push(entry: Entry, data: DataRow, layout: WorkbookSheet, list: unknown[], field: string): Json {
    const prefix = `${field}[${list.length}]`;
    const item = this.item(data, layout, { row: entry.row, code: entry.code, path: (key) => `${prefix}.${key}` });
    list.push(item);
    return item;
  }

  private agency(data: DataRow, entry: Entry): void {
    const role = this.parent(data, 'role').trim();
    if (!(AGENCY_ROLES as readonly string[]).includes(role)) {
      this.rowProblem(SHEETS.agencies, data, entry, 'agencies', 'UNKNOWN_ROLE', `Vai trò phải là một trong: ${AGENCY_ROLES.join(', ')}`, `The role must be one of ${AGENCY_ROLES.join(', ')}`);
      return;
    }
    const list = (entry.record['agencies'] as Record<AgencyRole, unknown[]>)[role as AgencyRole];
    const path = `agencies.${role}[${list.length}]`;
    list.push(this.item(data, SHEETS.agencies, { row: entry.row, code: entry.code, path: () => path })['agency'] ?? null);
  }

  private channel(data: DataRow, entry: Entry): void {
    const channels = entry.record['channels'] as unknown[];
    const index = channels.length;
    const fields = this.item(data, SHEETS.channels, { row: entry.row, code: entry.code, path: (key) => `channels[${index}].${key}` });
    const item = { ...fields, fees: [] as unknown[] };
    channels.push(item);
    const key = String(fields['channel'] ?? '').trim();
    if (entry.channels.has(key)) {
      this.rowProblem(SHEETS.channels, data, entry, `channels[${index}].channel`, 'DUPLICATE_CHANNEL', 'Cách thức này đã có ở dòng trước của thủ tục', 'The procedure already has this channel');
    } else {
      entry.channels.set(key, { index, item });
    }
  }

  private fee(data: DataRow, entry: Entry): void {
    const channel = this.parent(data, 'channel');
    const found = entry.channels.get(channel.trim());
    if (!found) {
      this.rowProblem(SHEETS.fees, data, entry, 'channels', 'UNKNOWN_CHANNEL', `Thủ tục không có cách thức «${shown(channel)}» trong trang tính «${SHEETS.channels.name}»`, `The procedure has no channel "${shown(channel)}" in the "${SHEETS.channels.name}" sheet`);
      return;
    }
    const prefix = `channels[${found.index}].fees[${found.item.fees.length}]`;
    found.item.fees.push(this.item(data, SHEETS.fees, { row: entry.row, code: entry.code, path: (key) => `${prefix}.${key}` }));
  }

  private case(data: DataRow, entry: Entry): void {
    const cases = entry.record['cases'] as unknown[];
    const index = cases.length;
    const fields = this.item(data, SHEETS.cases, { row: entry.row, code: entry.code, path: (key) => `cases[${index}].${key}` });
    const item = { ...fields, steps: [] as unknown[], components: [] as unknown[] };
    cases.push(item);
    const key = String(fields['code'] ?? '').trim();
    if (entry.cases.has(key)) {
      this.rowProblem(SHEETS.cases, data, entry, `cases[${index}].code`, 'DUPLICATE_CASE', 'Mã trường hợp đã có ở dòng trước của thủ tục', 'The procedure already has a case with this code');
    } else {
      entry.cases.set(key, { index, item });
    }
  }

  private caseOf(layout: WorkbookSheet, data: DataRow, entry: Entry): { index: number; item: { steps: unknown[]; components: unknown[] } } | null {
    const code = this.parent(data, 'caseCode');
    const found = entry.cases.get(code.trim());
    if (!found) {
      this.rowProblem(layout, data, entry, 'cases', 'UNKNOWN_CASE', `Thủ tục không có trường hợp mã «${shown(code)}» trong trang tính «${SHEETS.cases.name}»`, `The procedure has no case "${shown(code)}" in the "${SHEETS.cases.name}" sheet`);
    }
    return found ?? null;
  }

  private step(data: DataRow, entry: Entry): void {
    const found = this.caseOf(SHEETS.steps, data, entry);
    if (!found) return;
    const path = `cases[${found.index}].steps[${found.item.steps.length}]`;
    found.item.steps.push(this.item(data, SHEETS.steps, { row: entry.row, code: entry.code, path: () => path })['step'] ?? null);
  }

  private component(data: DataRow, entry: Entry): void {
    const found = this.caseOf(SHEETS.components, data, entry);
    if (!found) return;
    const prefix = `cases[${found.index}].components[${found.item.components.length}]`;
    found.item.components.push(withTemplate(this.item(data, SHEETS.components, { row: entry.row, code: entry.code, path: (key) => `${prefix}.${key}` })));
  }

  /** The item fields of a row (parent columns aside), nested by their dotted keys; cells that cannot be read are problems. */
  private item(data: DataRow, layout: WorkbookSheet, target: Target): Json {
    const item: Json = {};
    for (const spec of layout.columns) {
      if (layout.parents.includes(spec.key)) continue;
      const cell = data.cells.get(spec.key);
      const decoded = decode(spec.kind, plain(cell?.value));
      if ('fault' in decoded) {
        this.problems.push({
          row: target.row, code: target.code, path: target.path(spec.key), problem: decoded.fault.problem,
          message: {
            vi: `Trang tính «${layout.name}», ô ${cell?.address ?? ''}: ${decoded.fault.vi}`,
            en: `Sheet "${layout.name}", cell ${cell?.address ?? ''}: ${decoded.fault.en}`,
          },
        });
      } else if ('value' in decoded) {
        setAt(item, spec.key, decoded.value);
      }
    }
    return item;
  }

  /** A key column's text (procedure, case or channel code, role); unreadable reads as "" and is reported by the caller. */
  private parent(data: DataRow, key: string): string {
    const decoded = decode('text', plain(data.cells.get(key)?.value));
    return 'value' in decoded ? String(decoded.value) : '';
  }

  private rowProblem(layout: WorkbookSheet, data: DataRow, at: { row: number; code: string | null }, path: string, problem: string, vi: string, en: string): void {
    this.problems.push({
      row: at.row, code: at.code, path, problem,
      message: { vi: `Trang tính «${layout.name}», dòng ${data.number}: ${vi}`, en: `Sheet "${layout.name}", row ${data.number}: ${en}` },
    });
  }

  private fileProblem(path: string, problem: string, vi: string, en: string): void {
    this.problems.push({ row: 0, code: null, path, problem, message: { vi, en } });
  }

  /**
   * The data rows of a sheet, its columns found by the machine keys of header row 2 (null when the sheet is missing).
   * Header problems are reported and the rows still read, so one bad column does not hide the rows that refer to them.
   */
  private sheet(layout: WorkbookSheet): DataRow[] | null {
    const worksheet = this.workbook.worksheets.find((candidate) => candidate.name.normalize('NFC').trim() === layout.name);
    if (!worksheet) {
      this.fileProblem(layout.field, 'MISSING_SHEET', `Thiếu trang tính «${layout.name}»`, `The "${layout.name}" sheet is missing`);
      return null;
    }
    const columns = this.columns(worksheet, layout);
    const rows: DataRow[] = [];
    for (let number = HEADER_ROWS + 1; number <= worksheet.rowCount; number += 1) {
      const row = worksheet.getRow(number);
      const cells = new Map([...columns].map(([key, index]) => [key, row.getCell(index)]));
      const blank = [...cells.values()].every((cell) => {
        const value = plain(cell.value);
        return value === null || (typeof value === 'string' && value.trim() === '');
      });
      rows.push({ number, cells, blank });
    }
    return rows;
  }

  private columns(worksheet: Worksheet, layout: WorkbookSheet): Map<string, number> {
    const columns = new Map<string, number>();
    const header = worksheet.getRow(HEADER_ROWS);
    const where = (index: number) => header.getCell(index).address;
    for (let index = 1; index <= worksheet.columnCount; index += 1) {
      const value = plain(header.getCell(index).value);
      const key = typeof value === 'string' ? value.trim() : '';
      // A column without a machine key is the admin's own (notes); it is left alone.
      if (!key) continue;
      if (!layout.columns.some((spec) => spec.key === key)) {
        this.fileProblem(layout.field, 'UNKNOWN_COLUMN', `Trang tính «${layout.name}», ô ${where(index)}: cột không có trong mẫu`, `Sheet "${layout.name}", cell ${where(index)}: not a column of the layout`);
      } else if (columns.has(key)) {
        this.fileProblem(layout.field, 'DUPLICATE_COLUMN', `Trang tính «${layout.name}», ô ${where(index)}: cột bị lặp`, `Sheet "${layout.name}", cell ${where(index)}: the column is repeated`);
      } else {
        columns.set(key, index);
      }
    }
    for (const spec of layout.columns) {
      if (!columns.has(spec.key)) {
        this.fileProblem(
          layout.field || spec.key, 'MISSING_COLUMN',
          `Trang tính «${layout.name}» thiếu cột «${spec.label}» (${spec.key}) ở dòng tiêu đề 2`, `Sheet "${layout.name}" has no "${spec.key}" column in header row 2`,
        );
      }
    }
    return columns;
  }
}

function withTemplate(item: Json): Json {
  const parts = (item['template'] ?? {}) as { fileName?: unknown; url?: unknown };
  const empty = (value: unknown) => value === null || value === undefined;
  item['template'] = empty(parts.fileName) && empty(parts.url) ? null : { fileName: parts.fileName ?? '', url: parts.url ?? '' };
  return item;
}

function setAt(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? path;
  let node = target;
  for (const key of keys) {
    const next = node[key];
    node = typeof next === 'object' && next !== null ? (next as Json) : (node[key] = {});
  }
  node[last] = value;
}

/** A cell's value without Excel's wrappers (rich text, links, formulas). */
function plain(value: CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  // A styled link's text comes as rich text.
  if ('hyperlink' in value) return plain(value.text);
  return plain(value.result);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function decode(kind: ColumnKind, value: Plain): Decoded {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return { fault: { problem: 'CELL_ERROR', vi: `ô có lỗi công thức ${value.error}`, en: `the cell holds the formula error ${value.error}` } };
  }
  switch (kind) {
    case 'text':
    case 'nullableText':
      if (value === null) return { value: kind === 'text' ? '' : null };
      return { value: value instanceof Date ? isoDay(value) : String(value) };
    case 'date':
      if (value === null) return { value: null };
      if (value instanceof Date) return { value: isoDay(value) };
      if (typeof value === 'string') return { value };
      return { fault: { problem: 'DATE', vi: 'ngày phải là ô kiểu ngày hoặc văn bản YYYY-MM-DD', en: 'a date must be a date cell or text YYYY-MM-DD' } };
    case 'number':
      if (value === null) return { absent: true };
      if (typeof value === 'number') return { value };
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return { value: Number(value.trim()) };
      return { fault: { problem: 'NUMBER', vi: 'phải là một số (dấu chấm thập phân)', en: 'must be a number (with a decimal point)' } };
    case 'boolean':
      if (value === null) return { absent: true };
      if (typeof value === 'boolean') return { value };
      if (typeof value === 'string' && TRUE_WORDS.includes(value.trim().toLowerCase())) return { value: true };
      if (typeof value === 'string' && FALSE_WORDS.includes(value.trim().toLowerCase())) return { value: false };
      return { fault: { problem: 'BOOLEAN', vi: 'phải là TRUE hoặc FALSE (có hoặc không)', en: 'must be TRUE or FALSE' } };
    case 'list':
      return decodeList(value);
    case 'json':
      if (value === null) return { absent: true };
      if (typeof value === 'string') {
        try {
          return { value: JSON.parse(value) as unknown };
        } catch (error) {
          const at = /position (\d+)/.exec((error as Error).message)?.[1];
          return { fault: { problem: 'JSON', vi: `JSON không đúng cú pháp${at ? ` (vị trí ${at})` : ''}`, en: `malformed JSON${at ? ` (at position ${at})` : ''}` } };
        }
      }
      return { fault: { problem: 'JSON', vi: 'phải là văn bản JSON', en: 'must be JSON text' } };
  }
}

function decodeList(value: Plain): Decoded {
  const fault: Decoded = { fault: { problem: 'LIST', vi: 'danh sách: mỗi giá trị một dòng, hoặc một mảng JSON các chuỗi', en: 'a list: one value per line, or a JSON array of strings' } };
  if (value === null) return { value: [] };
  if (typeof value === 'number') return { value: [String(value)] };
  if (typeof value !== 'string') return fault;
  if (!value.trimStart().startsWith('[')) return { value: value.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '') };
  try {
    const items: unknown = JSON.parse(value);
    return Array.isArray(items) && items.every((item) => typeof item === 'string') ? { value: items } : fault;
  } catch {
    return fault;
  }
}
