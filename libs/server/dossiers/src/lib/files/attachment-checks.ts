import { createHash } from 'node:crypto';
import type { ProcedureComponent } from '@dvc/shared/contracts';
import { sniffContentType } from './content-type';
import { CONTENT_TYPE_NAMES } from './file-checks.constants';

/** What the desk reads when a check fails (Vietnamese first, English after the slash). */
export const FILE_CHECK_MESSAGES = {
  missing: 'Không tìm thấy tệp trong kho lưu trữ / The file is missing from storage',
  changed: 'Tệp đã bị thay đổi sau khi nộp / The file was changed after it was submitted',
  unknownComponent: (code: string | null) =>
    `Tệp không thuộc thành phần nào của thủ tục (${code ?? 'không rõ'}) / The file belongs to no component of the procedure (${code ?? 'none'})`,
  wrongType: (accepted: readonly string[]) => {
    const names = accepted.map((type) => CONTENT_TYPE_NAMES[type] ?? type);
    return `Tệp không phải ${names.join(' hoặc ')} như thành phần yêu cầu / The file is not ${names.join(' or ')} as the component requires`;
  },
  tooLarge: (maxSizeMb: number) => `Tệp lớn hơn ${maxSizeMb} MB cho phép của thành phần / The file is larger than the ${maxSizeMb} MB the component allows`,
  malware: (signature: string) => `Phát hiện mã độc: ${signature} / Malware found: ${signature}`,
} as const;

export interface AttachmentFacts {
  /** The bytes in storage now. */
  bytes: Buffer;
  /** The hash taken when the file was uploaded. */
  uploadedSha256: string;
  componentCode: string | null;
  /** The component in the procedure version the dossier is pinned to (undefined: no such component). */
  component: ProcedureComponent | undefined;
}

/**
 * Every problem of an attachment found from its bytes alone: changed since the upload, not a type its component
 * accepts (by content, never by name), larger than the component allows. Empty when it passes these checks.
 */
export function attachmentProblems(facts: AttachmentFacts): string[] {
  const problems: string[] = [];
  if (createHash('sha256').update(facts.bytes).digest('hex') !== facts.uploadedSha256) problems.push(FILE_CHECK_MESSAGES.changed);
  const component = facts.component;
  if (!component) {
    problems.push(FILE_CHECK_MESSAGES.unknownComponent(facts.componentCode));
    return problems;
  }
  const type = sniffContentType(facts.bytes);
  if (!type || !component.acceptedTypes.includes(type)) problems.push(FILE_CHECK_MESSAGES.wrongType(component.acceptedTypes));
  if (facts.bytes.length > component.maxSizeMb * 1024 * 1024) problems.push(FILE_CHECK_MESSAGES.tooLarge(component.maxSizeMb));
  return problems;
}
