import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { ApiError, DossierDetail, ProcedureComponent } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { DossiersApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { FileUploadComponent } from '../../shared/file-upload.component';
import { UploadSlots } from '../../shared/upload-slots';
import { componentKey, fieldErrorsFromApi } from '../apply/apply-errors';

const TEXT = {
  title: { vi: 'Nộp bổ sung hồ sơ', en: 'Provide the supplement' },
  filesHint: {
    vi: 'Đính kèm giấy tờ bổ sung vào đúng mục; các mục không cần bổ sung thì để trống.',
    en: 'Attach each supplementary document to its item; leave the others empty.',
  },
  note: { vi: 'Ghi chú gửi cơ quan', en: 'Note to the agency' },
  noFile: { vi: 'Hãy đính kèm ít nhất một giấy tờ bổ sung.', en: 'Attach at least one supplementary document.' },
  submit: { vi: 'Gửi bổ sung', en: 'Send the supplement' },
  waitUploads: { vi: 'Vui lòng chờ tải lên xong.', en: 'Please wait for the uploads to finish.' },
  sent: { vi: 'Đã gửi bổ sung.', en: 'The supplement was sent.' },
} satisfies Record<string, Label>;

/** The files (and a note) that answer the agency's supplement request (shown above it by the clock): `submit_supplement`. */
@Component({
  selector: 'cp-supplement-form',
  imports: [LocalizePipe, ErrorAlertComponent, FileUploadComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="supplement-title" data-testid="supplement-form">
      <h2 id="supplement-title">{{ t.title | loc }}</h2>
      <form novalidate (submit)="submit($event)">
        <ui-error-alert [error]="error()" />
        <p class="hint">{{ t.filesHint | loc }}</p>
        @for (component of optionalComponents(); track component.code) {
          <cp-file-upload [component]="component" idPrefix="supplement-file-" [state]="uploads.states()[component.code]"
            [error]="fieldErrors()[key(component)]" (fileChosen)="uploads.choose(component, $event)" (removed)="uploads.remove(component.code)" />
        }
        @if (missingFile()) {
          <p class="error-text" role="alert" data-testid="supplement-no-file">{{ t.noFile | loc }}</p>
        }
        <div class="field">
          <label for="supplement-note">{{ t.note | loc }}</label>
          <textarea id="supplement-note" name="note" maxlength="2000" [value]="note()" (input)="note.set(value($event))"></textarea>
        </div>
        <div aria-live="polite">
          @if (uploads.uploading()) {
            <p class="hint">{{ t.waitUploads | loc }}</p>
          }
        </div>
        <button type="submit" class="button" data-testid="submit-supplement" [disabled]="uploads.uploading() || busy()">{{ t.submit | loc }}</button>
      </form>
    </section>
  `,
})
export class SupplementFormComponent {
  private readonly api = inject(DossiersApi);

  readonly dossier = input.required<DossierDetail>();
  readonly components = input.required<readonly ProcedureComponent[]>();
  /** The dossier after the supplement (status resumed). */
  readonly sent = output<DossierDetail>();

  protected readonly t = TEXT;
  protected readonly uploads = new UploadSlots();
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly attempted = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly fieldErrors = signal<Record<string, Label>>({});
  protected readonly missingFile = computed(() => this.attempted() && this.uploads.attachments(this.components()).length === 0);

  /** Every document may be supplemented; none is required again. */
  protected readonly optionalComponents = computed(() => this.components().map((component) => ({ ...component, required: false })));

  protected key(component: ProcedureComponent): string {
    return componentKey(component.code);
  }

  protected value(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.attempted.set(true);
    const attachments = this.uploads.attachments(this.components());
    if (attachments.length === 0 || this.uploads.uploading() || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.fieldErrors.set({});
    const note = this.note().trim();
    this.api
      .act(this.dossier().id, 'submit_supplement', { version: this.dossier().version, attachments, ...(note ? { note } : {}) })
      .subscribe({
        next: (dossier) => {
          this.busy.set(false);
          this.sent.emit(dossier);
        },
        error: (failure: unknown) => {
          const error = toApiError(failure);
          this.busy.set(false);
          this.error.set(error);
          this.fieldErrors.set(fieldErrorsFromApi(error, attachments, this.components()));
        },
      });
  }
}
