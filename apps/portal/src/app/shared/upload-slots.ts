import { computed, DestroyRef, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import type { DossierAttachmentRequest, ProcedureComponent, UploadedFile } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { DossiersApi, toApiError } from '@dvc/web/data-access';
import { serverTextLabel } from '@dvc/web/ui';
import { fileSizeText } from '../i18n/messages';

/** One document's upload, from the moment a file is chosen. */
export type UploadState =
  | { kind: 'uploading'; fileName: string; percent: number }
  | { kind: 'done'; file: UploadedFile }
  | { kind: 'failed'; fileName: string; message: Label };

export const FILE_TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** The same checks the server makes on content type and size, before a byte is sent. */
export function checkFile(component: ProcedureComponent, file: File): Label | null {
  if (file.size > component.maxSizeMb * 1024 * 1024) {
    return {
      vi: `Tệp quá lớn (${fileSizeText(file.size)}); tối đa ${component.maxSizeMb} MB.`,
      en: `The file is too large (${fileSizeText(file.size)}); at most ${component.maxSizeMb} MB.`,
    };
  }
  if (file.type && !component.acceptedTypes.includes(file.type)) {
    const types = component.acceptedTypes.map((type) => FILE_TYPE_NAMES[type] ?? type).join(', ');
    return { vi: `Chỉ nhận tệp ${types}.`, en: `Only ${types} files are accepted.` };
  }
  if (file.size === 0) return { vi: 'Tệp rỗng, hãy chọn tệp khác.', en: 'The file is empty; choose another one.' };
  return null;
}

/**
 * The uploads of one form, one slot per procedure component: a chosen file is checked, then uploaded at once with
 * progress; choosing again replaces it (the older upload is cancelled). Create it in a component's field initialiser:
 * running uploads are cancelled when the component goes away.
 */
export class UploadSlots {
  private readonly api = inject(DossiersApi);
  private readonly running = new Map<string, Subscription>();
  private readonly slots = signal<Partial<Record<string, UploadState>>>({});

  readonly states = this.slots.asReadonly();
  readonly uploading = computed(() => Object.values(this.slots()).some((state) => state?.kind === 'uploading'));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running.forEach((subscription) => subscription.unsubscribe()));
  }

  choose(component: ProcedureComponent, file: File): void {
    this.cancel(component.code);
    const problem = checkFile(component, file);
    if (problem) {
      this.set(component.code, { kind: 'failed', fileName: file.name, message: problem });
      return;
    }
    this.set(component.code, { kind: 'uploading', fileName: file.name, percent: 0 });
    const subscription = this.api.upload(file).subscribe({
      next: (progress) =>
        this.set(
          component.code,
          progress.kind === 'done' ? { kind: 'done', file: progress.file } : { kind: 'uploading', fileName: file.name, percent: progress.percent },
        ),
      error: (failure: unknown) =>
        this.set(component.code, { kind: 'failed', fileName: file.name, message: serverTextLabel(toApiError(failure).message) }),
    });
    this.running.set(component.code, subscription);
  }

  remove(code: string): void {
    this.cancel(code);
    this.set(code, undefined);
  }

  isDone(code: string): boolean {
    return this.slots()[code]?.kind === 'done';
  }

  /** The uploaded files, in the order of the procedure's components. */
  attachments(components: readonly ProcedureComponent[]): DossierAttachmentRequest[] {
    const slots = this.slots();
    return components.flatMap((component) => {
      const state = slots[component.code];
      return state?.kind === 'done' ? [{ componentCode: component.code, fileId: state.file.id }] : [];
    });
  }

  private cancel(code: string): void {
    this.running.get(code)?.unsubscribe();
    this.running.delete(code);
  }

  private set(code: string, state: UploadState | undefined): void {
    this.slots.update((slots) => {
      const next = { ...slots };
      if (state) next[code] = state;
      else delete next[code];
      return next;
    });
  }
}
