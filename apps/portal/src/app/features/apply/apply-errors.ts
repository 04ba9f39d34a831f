import type { ApiError, DossierAttachmentRequest, ProcedureComponent } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { serverTextLabel } from '@dvc/web/ui';

/** Where an error is shown on the filing form: `agencyId`, `formData.<key>`, `component.<code>` or `attachments`. */
export type ApplyErrorKey = string;

export const componentKey = (code: string): ApplyErrorKey => `component.${code}`;
export const formFieldKey = (key: string): ApplyErrorKey => `formData.${key}`;

/**
 * Places the server's field errors on the form: `formData.hoTen` on that input, `attachments.2.fileId` on the
 * component the third attachment sent was for, a missing component (`attachments`, message naming it «…») on that
 * component. Details that fit nowhere stay in the error summary only.
 */
export function fieldErrorsFromApi(
  error: ApiError,
  sent: readonly DossierAttachmentRequest[],
  components: readonly ProcedureComponent[],
): Record<ApplyErrorKey, Label> {
  const errors: Record<ApplyErrorKey, Label> = {};
  for (const detail of error.details ?? []) {
    const key = errorKey(detail.field, detail.message, sent, components);
    if (key && !errors[key]) errors[key] = serverTextLabel(detail.message);
  }
  return errors;
}

function errorKey(
  field: string | undefined,
  message: string,
  sent: readonly DossierAttachmentRequest[],
  components: readonly ProcedureComponent[],
): ApplyErrorKey | null {
  if (!field) return null;
  if (field === 'agencyId' || field.startsWith('formData.')) return field;
  const indexed = /^attachments\.(\d+)(?:\.|$)/.exec(field);
  if (indexed) {
    const attachment = sent[Number(indexed[1])];
    return attachment ? componentKey(attachment.componentCode) : 'attachments';
  }
  if (field === 'attachments') {
    const named = components.find((component) => message.includes(`«${component.name}»`));
    return named ? componentKey(named.code) : 'attachments';
  }
  return null;
}
