import { InvalidInputError } from '@dvc/server/core';
import { CatalogueWorkbookInvalid, readCatalogueWorkbook } from './catalogue-workbook';

export type CatalogueFileFormat = 'json' | 'xlsx';

/** JSON or a spreadsheet, told apart by the content (a zip signature), never by the file name. */
export function detectCatalogueFormat(bytes: Buffer): CatalogueFileFormat {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  const start = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  throw new InvalidInputError(
    'CATALOGUE.FILE_FORMAT',
    'Tệp phải là JSON theo cấu trúc CSDL quốc gia hoặc bảng tính Excel (.xlsx) theo mẫu / The file must be national-database JSON or an .xlsx workbook in the documented layout',
  );
}

/** The records of a JSON catalogue file: an array, or `{ "procedures": [...] }`. */
export function parseCatalogueJson(bytes: Buffer): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InvalidInputError('CATALOGUE.FILE_UNREADABLE', `Tệp JSON không đúng cú pháp: ${(error as Error).message} / The JSON is malformed`);
  }
  if (Array.isArray(parsed)) return parsed;
  if (typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { procedures?: unknown }).procedures)) {
    return (parsed as { procedures: unknown[] }).procedures;
  }
  throw new InvalidInputError('CATALOGUE.FILE_UNREADABLE', 'Tệp JSON phải là một danh sách thủ tục hoặc { "procedures": [...] } / The JSON must be a list of procedures or { "procedures": [...] }');
}

/**
 * The rows of an uploaded catalogue file, whatever its format: row n is the n-th procedure of the JSON list or the n-th
 * data row of the workbook's "Thủ tục" sheet. A workbook with unreadable cells is refused whole
 * (`CatalogueWorkbookInvalid`, carrying each problem by row and path), as malformed JSON is.
 */
export async function readCatalogueFile(format: CatalogueFileFormat, bytes: Buffer): Promise<unknown[]> {
  switch (format) {
    case 'json':
      return parseCatalogueJson(bytes);
    case 'xlsx': {
      const { rows, problems } = await readCatalogueWorkbook(bytes);
      if (problems.length > 0) throw new CatalogueWorkbookInvalid(problems);
      return rows;
    }
  }
}
