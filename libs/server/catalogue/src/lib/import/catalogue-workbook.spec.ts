import { Workbook, type Cell, type CellValue, type Worksheet } from 'exceljs';
import { exampleProcedureRecord, validateProcedureRecord, type ProcedureRecord } from '@dvc/shared/domain';
import type { ImportProblem } from '@dvc/shared/contracts';
import { detectCatalogueFormat, readCatalogueFile } from './catalogue-file';
import { CatalogueWorkbookInvalid, readCatalogueWorkbook, ROWS_PER_TURN, writeCatalogueWorkbook } from './catalogue-workbook';

const NO_FLAGS = { feeBearing: false, noResultDocument: false, handledAtOneStop: false, nonBoundary: false, interAgency: false, featured: false };

/** Every list empty, every nullable null, nothing optional. */
const minimalRecord = (): ProcedureRecord => ({
  ...exampleProcedureRecord(),
  code: '2.000001', name: 'Thủ tục tối thiểu', publishingAgency: 'UBND tỉnh', type: '', description: '', keywords: [], conditions: '', whereToSubmit: '',
  sectors: [], levels: [], applicantTypes: [], agencies: { implementing: [], competent: [], authorised: [], coordinating: [] },
  cases: [], channels: [], results: [], legalBasis: [], related: [], linked: [], onlineLevels: [], flags: NO_FLAGS, tutorialVideoUrl: null,
  internalProcess: [], supplementRestarts: false, form: { schema: { type: 'object', properties: {}, required: [], additionalProperties: false }, ui: {} },
  illustrative: true,
});

/** Every nullable filled and every optional form key present. */
const fullRecord = (): ProcedureRecord => {
  const record = exampleProcedureRecord();
  return {
    ...record,
    code: '1.000656.000.00.00.H56', tutorialVideoUrl: 'https://dichvucong.example.vn/video/khai-sinh.mp4',
    cases: [{
      code: 'TH1', name: 'Khai sinh có yếu tố nước ngoài', steps: ['Nộp hồ sơ', 'Thẩm định', 'Trả kết quả'],
      components: [{
        code: 'TP01', name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 2, required: false,
        template: { fileName: 'to-khai.docx', url: 'https://example.vn/mau/to-khai.docx' }, replaceableByResultCode: 'KQ01',
        acceptedTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMb: 50,
      }],
    }],
    channels: [
      { channel: 'postal', timeLimit: { value: 12, unit: 'working_hours' }, description: 'Qua bưu chính công ích', fees: [
        { code: 'LP01', name: 'Lệ phí hộ tịch', amount: 50_000, unit: 'đồng/hồ sơ', description: 'Theo Nghị quyết HĐND tỉnh', schedule: 'bieu-phi-2024.pdf' },
        { code: 'PH02', name: 'Phí sao lục', amount: 8_000, unit: 'đồng/bản', description: '', schedule: null },
      ] },
      { channel: 'counter', timeLimit: { value: 30, unit: 'calendar_days' }, description: '', fees: [] },
    ],
    results: [{ code: 'KQ01', name: 'Giấy khai sinh', template: { fileName: 'giay-khai-sinh.pdf', url: 'https://example.vn/mau/kq.pdf' } }],
    legalBasis: [
      { number: '123/2015/NĐ-CP', title: 'Nghị định hướng dẫn Luật Hộ tịch', issuedOn: '2015-11-15', effectiveOn: null, issuer: 'Chính phủ', url: 'https://vbpl.vn/123' },
      { number: '04/2020/TT-BTP', title: 'Thông tư', issuedOn: null, effectiveOn: '2020-07-16', issuer: 'Bộ Tư pháp', url: null },
    ],
    flags: { feeBearing: true, noResultDocument: true, handledAtOneStop: false, nonBoundary: true, interAgency: true, featured: false },
    internalProcess: [{ code: 'TN', name: 'Tiếp nhận', role: 'desk_officer', hours: 0.25 }, { code: 'XL', name: 'Xử lý', role: 'specialist', hours: 11.75 }],
    form: {
      schema: {
        type: 'object', additionalProperties: false, required: ['hoTen'],
        properties: {
          hoTen: { type: 'string', title: 'Họ và tên', description: 'Ghi bằng chữ in hoa có dấu', minLength: 2, maxLength: 100, pattern: '^[^0-9]+$' },
          thuDienTu: { type: 'string', title: 'Thư điện tử', format: 'email' },
          soTien: { type: 'number', title: 'Số tiền', minimum: 0.5, maximum: 1e9 },
          dongY: { type: 'boolean', title: 'Đồng ý' },
          loai: { type: 'string', title: 'Loại', enum: ['Cấp mới', 'Cấp lại'] },
        },
      },
      ui: {
        hoTen: { order: 1, widget: 'text', placeholder: 'NGUYỄN VĂN A', help: 'Như trên căn cước' },
        thuDienTu: { order: 2 }, soTien: { order: 3, widget: 'number' }, dongY: { order: 4, widget: 'checkbox' }, loai: { order: 5, widget: 'select' },
      },
    },
  };
};

/** Text a spreadsheet is apt to change: diacritics in both Unicode forms, edge spaces, line breaks, look-alike numbers and formulas. */
const trickyRecord = (): ProcedureRecord => {
  const record = exampleProcedureRecord();
  const component = record.cases[0]?.components[0];
  if (!component) throw new Error('the example has a component');
  return {
    ...record,
    code: '1.012753.H19', name: 'Cấp đổi giấy phép lái xe — “hạng A1”'.normalize('NFD'), type: '  khoảng trắng hai đầu  ',
    description: 'Dòng một\r\nDòng hai\n\nDòng bốn\tcó tab', conditions: '=SUM(A1:A2)', whereToSubmit: '001',
    keywords: ['[ghi chú]', ' có khoảng trắng ', 'dòng 1\ndòng 2', '', '_x0041_'], related: ['1.001193', '1.000894'], linked: ['1.10'],
    sectors: [{ code: '01', name: 'Đường bộ' }],
    agencies: { implementing: ['Sở Xây dựng tỉnh Thanh Hóa'], competent: ['000.00.00.H56'], authorised: [], coordinating: [] },
    cases: [{ code: '0', name: '', steps: ['Bước có _x0041_ và "ngoặc kép"'], components: [{ ...component, template: { fileName: '', url: '' }, replaceableByResultCode: '' }] }],
    channels: [{ channel: 'online', timeLimit: { value: 1, unit: 'working_days' }, description: ' ', fees: [{ code: '', name: 'Miễn phí', amount: 0, unit: '', description: '', schedule: '' }] }],
    results: [{ code: 'KQ01', name: 'Giấy phép', template: { fileName: 'gp.pdf', url: '' } }],
    legalBasis: [{ number: '35/2024/QH15', title: 'Luật Trật tự, an toàn giao thông đường bộ', issuedOn: '2024-06-27', effectiveOn: '2025-01-01', issuer: 'Quốc hội', url: '' }],
    tutorialVideoUrl: '',
  };
};

/** Several cases, channels with several fees, several agencies per role and online levels per agency. */
const manyPartsRecord = (): ProcedureRecord => {
  const record = exampleProcedureRecord();
  const [first, second] = record.cases[0]?.components ?? [];
  if (!first || !second) throw new Error('the example has two components');
  return {
    ...record,
    code: '2.000635', levels: ['province', 'commune'], applicantTypes: ['citizen', 'enterprise', 'organisation'],
    sectors: [{ code: 'HT', name: 'Hộ tịch' }, { code: 'CT', name: 'Chứng thực' }],
    agencies: {
      implementing: ['000.10.31.H56', '000.11.31.H56', '000.12.31.H56'], competent: ['000.00.00.H56'],
      authorised: ['000.17.22.H56'], coordinating: ['Công an tỉnh', 'Bảo hiểm xã hội tỉnh'],
    },
    cases: [
      { code: 'TH1', name: 'Đúng hạn', steps: ['Nộp', 'Nhận kết quả'], components: [first, second] },
      { code: 'TH2', name: 'Quá hạn', steps: ['Nộp', 'Xác minh', 'Nhận kết quả'], components: [{ ...first, code: 'TP03', name: 'Văn bản cam đoan' }] },
      { code: 'TH3', name: 'Không cần giấy tờ', steps: ['Khai trực tuyến'], components: [] },
    ],
    channels: [
      { channel: 'online', timeLimit: { value: 1, unit: 'working_days' }, description: '', fees: [
        { code: 'LP01', name: 'Lệ phí', amount: 0, unit: 'đồng/hồ sơ', description: 'Miễn', schedule: null },
        { code: 'LP02', name: 'Bản sao', amount: 0, unit: 'đồng/bản', description: '', schedule: null },
      ] },
      { channel: 'counter', timeLimit: { value: 1, unit: 'working_days' }, description: '', fees: [] },
      { channel: 'postal', timeLimit: { value: 3, unit: 'working_days' }, description: 'Cộng thời gian chuyển phát', fees: [
        { code: 'BC', name: 'Cước', amount: 0, unit: 'đồng', description: '', schedule: null },
      ] },
    ],
    onlineLevels: [
      { agencyCode: '000.10.31.H56', level: 'full' }, { agencyCode: '000.11.31.H56', level: 'partial' }, { agencyCode: '000.12.31.H56', level: 'none' },
    ],
  };
};

const VARIANTS: [string, () => ProcedureRecord][] = [
  ['the example', exampleProcedureRecord],
  ['a minimal record', minimalRecord],
  ['a record with every optional field', fullRecord],
  ['a record of easily mangled text', trickyRecord],
  ['a record with many cases, channels and agencies', manyPartsRecord],
];

const roundTrip = async (records: ProcedureRecord[]) => readCatalogueWorkbook(await writeCatalogueWorkbook(records));

/** A workbook written from the records, then changed as an admin would in Excel. */
async function edited(records: ProcedureRecord[], edit: (book: Workbook) => void): Promise<Buffer> {
  const book = new Workbook();
  await book.xlsx.load(new Uint8Array(await writeCatalogueWorkbook(records)).buffer);
  edit(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function sheetOf(book: Workbook, name: string): Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The cell of a column (by machine key) in a data row (1-based, below the two header rows; 0 is the key itself). */
function cellAt(book: Workbook, sheetName: string, key: string, dataRow: number): Cell {
  const sheet = sheetOf(book, sheetName);
  for (let index = 1; index <= sheet.columnCount; index += 1) {
    if (sheet.getRow(2).getCell(index).value === key) return sheet.getRow(dataRow + 2).getCell(index);
  }
  throw new Error(`no column ${key} in ${sheetName}`);
}

const setCell = (sheetName: string, key: string, dataRow: number, value: CellValue) => (book: Workbook) => {
  cellAt(book, sheetName, key, dataRow).value = value;
};

const expectBilingual = (problems: readonly ImportProblem[]) => {
  for (const problem of problems) {
    expect(problem.message.vi).not.toContain(' / ');
    expect(problem.message.en).not.toContain(' / ');
    expect(problem.message.vi).not.toBe(problem.message.en);
  }
};

describe('catalogue workbook', () => {
  it.each(VARIANTS)('should give back the same record when %s goes through a workbook', async (_name, make) => {
    const { rows, problems } = await roundTrip([make()]);

    expect(problems).toEqual([]);
    expect(rows).toStrictEqual([make()]);
  });

  it('should keep records in order when a workbook holds several', async () => {
    const records = VARIANTS.map(([, make]) => make());

    const { rows, problems } = await roundTrip(records);

    expect(problems).toEqual([]);
    expect(rows).toStrictEqual(records);
  });

  it('should let other work run while it writes a large catalogue, and keep every record', async () => {
    const records = Array.from({ length: 400 }, (_, index) => ({ ...exampleProcedureRecord(), code: `2.${String(index).padStart(6, '0')}` }));
    let turnsOfOtherWork = 0;
    let writing = true;
    const otherWork = () => {
      turnsOfOtherWork += 1;
      if (writing) setImmediate(otherWork);
    };
    setImmediate(otherWork);

    const bytes = await writeCatalogueWorkbook(records);
    writing = false;

    // At least a turn for other work per ROWS_PER_TURN rows written. How long the API's other requests wait during an
    // export is measured by the bench row "searches during an xlsx export of the catalogue" (timings stay out of tests).
    const book = new Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    const dataRows = book.worksheets.reduce((sum, sheet) => sum + sheet.rowCount - 2, 0);
    expect(dataRows).toBeGreaterThan(400 * 10);
    expect(turnsOfOtherWork).toBeGreaterThanOrEqual(Math.floor(dataRows / ROWS_PER_TURN));
    expect((await readCatalogueWorkbook(bytes)).rows).toStrictEqual(records);
  });

  it('should give back a record that still passes validation when the example goes through a workbook', async () => {
    const { rows } = await roundTrip([exampleProcedureRecord(), manyPartsRecord()]);

    expect(rows.map((row) => validateProcedureRecord(row))).toEqual([[], []]);
  });

  it('should lay out the documented sheets with a Vietnamese label and a machine key above the data', async () => {
    const book = new Workbook();
    await book.xlsx.load(new Uint8Array(await writeCatalogueWorkbook([exampleProcedureRecord()])).buffer);

    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Thủ tục', 'Lĩnh vực', 'Cơ quan', 'Mức trực tuyến', 'Cách thức', 'Phí, lệ phí', 'Trường hợp', 'Trình tự', 'Thành phần hồ sơ', 'Kết quả',
      'Căn cứ pháp lý', 'Quy trình nội bộ',
    ]);
    const procedures = book.getWorksheet('Thủ tục');
    expect([procedures?.getCell('A1').value, procedures?.getCell('A2').value, procedures?.getCell('A3').value]).toEqual(['Mã thủ tục', 'code', '1.001193']);
    expect(cellAt(book, 'Cách thức', 'timeLimit.value', 1).value).toBe(1);
    expect(cellAt(book, 'Thủ tục', 'flags.featured', 1).value).toBe(true);
    expect(cellAt(book, 'Thủ tục', 'keywords', 1).value).toBe('khai sinh\ngiấy khai sinh');
    expect(JSON.parse(String(cellAt(book, 'Thủ tục', 'form', 1).value))).toEqual(exampleProcedureRecord().form);
  });

  it('should read what people type in Excel: numbers and booleans as text, date cells, links, untidy lists', async () => {
    const bytes = await edited([exampleProcedureRecord()], (book) => {
      setCell('Cách thức', 'timeLimit.value', 1, ' 5 ')(book);
      setCell('Thủ tục', 'flags.featured', 1, 'Không')(book);
      setCell('Thủ tục', 'illustrative', 1, 'có')(book);
      const day = cellAt(book, 'Căn cứ pháp lý', 'issuedOn', 1);
      day.value = new Date(Date.UTC(2014, 10, 20));
      day.numFmt = 'dd/mm/yyyy';
      setCell('Thủ tục', 'tutorialVideoUrl', 1, { text: 'https://example.vn/v', hyperlink: 'https://example.vn/v' })(book);
      setCell('Thủ tục', 'keywords', 1, '  khai sinh \n\n giấy khai sinh\r\n')(book);
      setCell('Thủ tục', 'name', 1, { richText: [{ text: 'Đăng ký ', font: { bold: true } }, { text: 'khai sinh' }] })(book);
    });

    const { rows, problems } = await readCatalogueWorkbook(bytes);

    expect(problems).toEqual([]);
    const record = rows[0] as ProcedureRecord;
    expect(record.channels[0]?.timeLimit.value).toBe(5);
    expect([record.flags.featured, record.illustrative]).toEqual([false, true]);
    expect(record.legalBasis[0]?.issuedOn).toBe('2014-11-20');
    expect(record.tutorialVideoUrl).toBe('https://example.vn/v');
    expect(record.keywords).toEqual(['khai sinh', 'giấy khai sinh']);
    expect(record.name).toBe('Đăng ký khai sinh');
  });

  it('should ignore a column without a machine key, left for notes', async () => {
    const bytes = await edited([exampleProcedureRecord()], (book) => {
      const sheet = sheetOf(book, 'Cách thức');
      sheet.getRow(1).getCell(20).value = 'Ghi chú';
      sheet.getRow(3).getCell(20).value = 'kiểm tra lại';
    });

    const { rows, problems } = await readCatalogueWorkbook(bytes);

    expect(problems).toEqual([]);
    expect(rows).toStrictEqual([exampleProcedureRecord()]);
  });

  describe('problems', () => {
    // Data rows: "Thủ tục" 1 = the example (1.001193), 2 = many parts (2.000635). "Cách thức": 1–2 the example's, 3–5 the other's.
    // "Thành phần hồ sơ": 1–2 the example's, 3–5 the other's (TH1: 2, TH2: 1). "Phí, lệ phí": 1 the example's, 2–4 the other's.
    const records = () => [exampleProcedureRecord(), manyPartsRecord()];

    it.each<[string, (book: Workbook) => void, Partial<ImportProblem>]>([
      ['a word in a number column', setCell('Cách thức', 'timeLimit.value', 4, 'năm ngày'), { row: 2, code: '2.000635', path: 'channels[1].timeLimit.value', problem: 'NUMBER' }],
      ['a decimal comma in a number column', setCell('Thành phần hồ sơ', 'originals', 5, '1,5'), { row: 2, code: '2.000635', path: 'cases[1].components[0].originals', problem: 'NUMBER' }],
      ['text in an amount', setCell('Phí, lệ phí', 'amount', 3, 'miễn'), { row: 2, code: '2.000635', path: 'channels[0].fees[1].amount', problem: 'NUMBER' }],
      ['a bad boolean', setCell('Thủ tục', 'flags.featured', 1, 'hmm'), { row: 1, code: '1.001193', path: 'flags.featured', problem: 'BOOLEAN' }],
      ['a number in a boolean column', setCell('Thành phần hồ sơ', 'required', 2, 2), { row: 1, code: '1.001193', path: 'cases[0].components[1].required', problem: 'BOOLEAN' }],
      ['unparsable JSON', setCell('Thủ tục', 'form', 2, '{"schema": {'), { row: 2, code: '2.000635', path: 'form', problem: 'JSON' }],
      ['a JSON list of numbers', setCell('Thủ tục', 'keywords', 1, '["a", 1]'), { row: 1, code: '1.001193', path: 'keywords', problem: 'LIST' }],
      ['a bare number in a date column', setCell('Căn cứ pháp lý', 'issuedOn', 1, 41963), { row: 1, code: '1.001193', path: 'legalBasis[0].issuedOn', problem: 'DATE' }],
      ['a formula error', setCell('Quy trình nội bộ', 'hours', 6, { error: '#N/A' }), { row: 2, code: '2.000635', path: 'internalProcess[1].hours', problem: 'CELL_ERROR' }],
      ['a child row for an unknown procedure', setCell('Cách thức', 'procedureCode', 2, '9.999999'), { row: 0, code: '9.999999', path: 'channels', problem: 'UNKNOWN_PROCEDURE' }],
      ['a child row without a procedure code', setCell('Kết quả', 'procedureCode', 1, null), { row: 0, code: null, path: 'results', problem: 'UNKNOWN_PROCEDURE' }],
      ['a step of an unknown case', setCell('Trình tự', 'caseCode', 4, 'TH9'), { row: 2, code: '2.000635', path: 'cases', problem: 'UNKNOWN_CASE' }],
      ['a fee of a channel the procedure lacks', setCell('Phí, lệ phí', 'channel', 1, 'postal'), { row: 1, code: '1.001193', path: 'channels', problem: 'UNKNOWN_CHANNEL' }],
      ['an unknown agency role', setCell('Cơ quan', 'role', 1, 'owner'), { row: 1, code: '1.001193', path: 'agencies', problem: 'UNKNOWN_ROLE' }],
      [
        'a repeated case code',
        (book) => [setCell('Trường hợp', 'code', 4, 'TH1'), setCell('Trình tự', 'caseCode', 9, 'TH1')].forEach((edit) => edit(book)),
        { row: 2, code: '2.000635', path: 'cases[2].code', problem: 'DUPLICATE_CASE' },
      ],
      ['an unknown column', (book) => { sheetOf(book, 'Cách thức').getRow(2).getCell(9).value = 'deadline'; }, { row: 0, path: 'channels', problem: 'UNKNOWN_COLUMN' }],
      ['a missing column', setCell('Cách thức', 'description', 0, null), { row: 0, path: 'channels', problem: 'MISSING_COLUMN' }],
      ['a missing sheet', (book) => book.removeWorksheet(sheetOf(book, 'Kết quả').id), { row: 0, code: null, path: 'results', problem: 'MISSING_SHEET' }],
    ])('should report %s with its row and path', async (_case, edit, expected) => {
      const { problems } = await readCatalogueWorkbook(await edited(records(), edit));

      expect(problems).toEqual([expect.objectContaining(expected)]);
      expectBilingual(problems);
    });

    it('should name the sheet and the cell in the message', async () => {
      const { problems } = await readCatalogueWorkbook(await edited(records(), setCell('Cách thức', 'timeLimit.value', 4, 'năm ngày')));

      expect(problems[0]?.message).toEqual({
        vi: 'Trang tính «Cách thức», ô C6: phải là một số (dấu chấm thập phân)',
        en: 'Sheet "Cách thức", cell C6: must be a number (with a decimal point)',
      });
    });

    it('should report an empty row inside the procedures and keep the rows after it numbered as in the sheet', async () => {
      const bytes = await edited(records(), (book) => sheetOf(book, 'Thủ tục').spliceRows(4, 0, []));

      const { rows, problems } = await readCatalogueWorkbook(bytes);

      expect(problems).toEqual([expect.objectContaining({ row: 2, code: null, path: '', problem: 'EMPTY_ROW' })]);
      expect(rows.map((row) => (row as Partial<ProcedureRecord>).code)).toEqual(['1.001193', undefined, '2.000635']);
      expect(rows[2]).toStrictEqual(manyPartsRecord());
    });

    it('should report a repeated procedure code at the later row', async () => {
      const { problems } = await readCatalogueWorkbook(await edited(records(), setCell('Thủ tục', 'code', 2, '1.001193')));

      expect(problems).toContainEqual(expect.objectContaining({ row: 2, code: '1.001193', path: 'code', problem: 'DUPLICATE_CODE' }));
      expect(problems).toContainEqual(expect.objectContaining({ row: 0, code: '2.000635', path: 'sectors', problem: 'UNKNOWN_PROCEDURE' }));
      expectBilingual(problems);
    });

    it('should report only the missing sheet when the procedures sheet is missing', async () => {
      const bytes = await edited(records(), (book) => { sheetOf(book, 'Thủ tục').name = 'Sheet1'; });

      const { rows, problems } = await readCatalogueWorkbook(bytes);

      expect(rows).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ row: 0, code: null, path: '', problem: 'MISSING_SHEET' })]);
    });

    it('should refuse bytes that are not a workbook', async () => {
      await expect(readCatalogueWorkbook(Buffer.from('PK\x03\x04 not really a zip'))).rejects.toMatchObject({ code: 'CATALOGUE.FILE_UNREADABLE' });
    });
  });

  describe('writing', () => {
    it.each<[string, () => ProcedureRecord[]]>([
      ['two versions of one procedure', () => [exampleProcedureRecord(), exampleProcedureRecord()]],
      ['two cases with one code', () => [{ ...manyPartsRecord(), cases: manyPartsRecord().cases.map((item) => ({ ...item, code: 'TH1' })) }]],
      ['a control character', () => [{ ...exampleProcedureRecord(), description: 'bell \u0007' }]],
      ['a cell longer than Excel allows', () => [{ ...exampleProcedureRecord(), conditions: 'a'.repeat(40_000) }]],
    ])('should refuse %s rather than lose it', async (_case, make) => {
      const failure = writeCatalogueWorkbook(make());

      await expect(failure).rejects.toMatchObject({ code: 'CATALOGUE.WORKBOOK_UNREPRESENTABLE' });
      await expect(failure).rejects.toThrow(/^[^/]+ \/ [^/]+$/);
    });
  });
});

describe('readCatalogueFile', () => {
  it('should read a workbook when the file is one', async () => {
    const bytes = await writeCatalogueWorkbook([exampleProcedureRecord(), minimalRecord()]);

    expect(detectCatalogueFormat(bytes)).toBe('xlsx');
    await expect(readCatalogueFile('xlsx', bytes)).resolves.toStrictEqual([exampleProcedureRecord(), minimalRecord()]);
  });

  it('should refuse a workbook with unreadable cells whole, carrying each problem', async () => {
    const bytes = await edited([exampleProcedureRecord()], (book) => {
      setCell('Thủ tục', 'flags.featured', 1, 'hmm')(book);
      setCell('Cách thức', 'procedureCode', 2, '9.999999')(book);
    });

    const failure = await readCatalogueFile('xlsx', bytes).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(CatalogueWorkbookInvalid);
    const invalid = failure as CatalogueWorkbookInvalid;
    expect(invalid.code).toBe('CATALOGUE.WORKBOOK_INVALID');
    expect(invalid.problems.map((problem) => [problem.row, problem.path, problem.problem])).toEqual([
      [1, 'flags.featured', 'BOOLEAN'],
      [0, 'channels', 'UNKNOWN_PROCEDURE'],
    ]);
    expect(invalid.message.split(' / ')).toHaveLength(2);
    expect(invalid.message).toContain('dòng 1 flags.featured BOOLEAN');
  });

  it.each([
    ['a list', (records: ProcedureRecord[]) => JSON.stringify(records)],
    ['{ "procedures": [...] } with a byte-order mark', (records: ProcedureRecord[]) => `\uFEFF${JSON.stringify({ procedures: records })}`],
  ])('should still read JSON given as %s', async (_case, write) => {
    const bytes = Buffer.from(write([exampleProcedureRecord(), trickyRecord()]), 'utf8');

    expect(detectCatalogueFormat(bytes)).toBe('json');
    await expect(readCatalogueFile('json', bytes)).resolves.toStrictEqual([exampleProcedureRecord(), trickyRecord()]);
  });
});
