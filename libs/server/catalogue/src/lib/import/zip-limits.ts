import { InvalidInputError } from '@dvc/server/core';

/** What an .xlsx catalogue may unpack to: ~2,000 procedures take about 10 MB; anything far beyond is not a catalogue. */
export const MAX_WORKBOOK_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_WORKBOOK_ENTRIES = 1000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;

const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);

function refused(vi: string, en: string): InvalidInputError {
  return new InvalidInputError('CATALOGUE.FILE_UNREADABLE', `Không đọc được bảng tính: ${vi} / The workbook cannot be read: ${en}`);
}

/**
 * Checks a zip's central directory before anything is inflated: the spreadsheet library unpacks the whole file in
 * memory, so a small upload declaring gigabytes (a "zip bomb"), too many entries, or ZIP64 (never needed by a
 * catalogue) is refused here. Sizes are as declared; the library itself stops at a size mismatch.
 */
export function assertZipWithinLimits(bytes: Buffer, maxUnpacked = MAX_WORKBOOK_UNPACKED_BYTES, maxEntries = MAX_WORKBOOK_ENTRIES): void {
  const searchFrom = Math.max(0, bytes.length - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH);
  let eocd = -1;
  for (let at = bytes.length - EOCD_MIN_LENGTH; at >= searchFrom; at -= 1) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw refused('không phải tệp .xlsx hợp lệ', 'not a valid .xlsx file');
  const entries = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw refused('định dạng ZIP64 không được hỗ trợ', 'ZIP64 is not supported');
  if (entries > maxEntries) throw refused(`quá nhiều thành phần nén (${entries})`, `too many zip entries (${entries})`);
  if (directoryOffset + directorySize > eocd) throw refused('mục lục tệp nén bị hỏng', 'its zip directory is damaged');

  let unpacked = 0;
  let at = directoryOffset;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) throw refused('mục lục tệp nén bị hỏng', 'its zip directory is damaged');
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) throw refused('định dạng ZIP64 không được hỗ trợ', 'ZIP64 is not supported');
    unpacked += size;
    if (unpacked > maxUnpacked) {
      throw refused(`giải nén vượt quá ${megabytes(maxUnpacked)} MB`, `it unpacks to more than ${megabytes(maxUnpacked)} MB`);
    }
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
}
