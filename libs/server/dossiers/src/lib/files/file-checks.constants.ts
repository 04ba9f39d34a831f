/** What the check of an attachment records (`dossier_file.check_status`). */
export const FILE_CHECK_STATUSES = ['pending', 'passed', 'failed'] as const;
export type FileCheckStatus = (typeof FILE_CHECK_STATUSES)[number];

/** Bytes per INSTREAM chunk sent to clamd (its StreamMaxLength, 25 MB by default, bounds the whole stream). */
export const CLAMD_CHUNK_BYTES = 64 * 1024;

/** Readable names of the types an upload can have, for the desk's messages. */
export const CONTENT_TYPE_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};
