import { Injectable } from '@nestjs/common';
import type { ApiErrorDetail, ProcedureComponent } from '@dvc/shared/contracts';
import { InvalidInputError, type Actor } from '@dvc/server/core';
import { DossiersRepository } from '../dossiers.repository';

/**
 * Checks attachments against a procedure's components: each file uploaded by the applicant, not yet part of a
 * dossier, of a type and size the component accepts; and (when filing) every required component present. All
 * problems are reported at once, each with its field.
 */
@Injectable()
export class AttachmentValidator {
  constructor(private readonly repository: DossiersRepository) {}

  async check(
    actor: Actor,
    componentList: readonly ProcedureComponent[],
    attachments: readonly { componentCode: string; fileId: string }[],
    options: { requireAllRequired: boolean; field: string },
  ): Promise<void> {
    const details: ApiErrorDetail[] = [];
    const components = new Map(componentList.map((component) => [component.code, component]));
    const stored = new Map((await this.repository.storedFiles(attachments.map((attachment) => attachment.fileId))).map((file) => [file.id, file]));
    const seenFiles = new Set<string>();
    attachments.forEach((attachment, index) => {
      const path = `${options.field}.${index}`;
      const component = components.get(attachment.componentCode);
      const file = stored.get(attachment.fileId);
      if (!component) {
        details.push({ field: `${path}.componentCode`, code: 'UNKNOWN_COMPONENT', message: `Thành phần «${attachment.componentCode}» không thuộc thủ tục này / not a component of this procedure` });
      } else if (!file || file.owner_user_id !== actor.userId) {
        details.push({ field: `${path}.fileId`, code: 'FILE_NOT_FOUND', message: 'Không tìm thấy tệp đã tải lên, hãy tải lại / Uploaded file not found; upload it again' });
      } else if (file.attached || seenFiles.has(file.id)) {
        details.push({ field: `${path}.fileId`, code: 'FILE_ALREADY_USED', message: 'Tệp này đã được nộp trong hồ sơ khác, hãy tải lại / This file is already part of a dossier; upload it again' });
      } else if (!component.acceptedTypes.includes(file.content_type)) {
        details.push({ field: `${path}.fileId`, code: 'FILE_TYPE_NOT_ACCEPTED', message: `«${component.name}» chỉ nhận ${component.acceptedTypes.join(', ')} / accepts only ${component.acceptedTypes.join(', ')}` });
      } else if (file.size_bytes > component.maxSizeMb * 1024 * 1024) {
        details.push({ field: `${path}.fileId`, code: 'FILE_TOO_LARGE', message: `«${component.name}» tối đa ${component.maxSizeMb} MB / at most ${component.maxSizeMb} MB` });
      }
      seenFiles.add(attachment.fileId);
    });
    if (options.requireAllRequired) {
      for (const component of components.values()) {
        if (component.required && !attachments.some((attachment) => attachment.componentCode === component.code)) {
          details.push({ field: options.field, code: 'COMPONENT_MISSING', message: `Thiếu «${component.name}» / "${component.name}" is required` });
        }
      }
    }
    if (details.length > 0) {
      throw new InvalidInputError('DOSSIER.ATTACHMENTS_INVALID', 'Giấy tờ đính kèm chưa đủ hoặc chưa hợp lệ, xem chi tiết / Attachments are missing or invalid, see details', details);
    }
  }
}
