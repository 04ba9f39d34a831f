import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, input, output, viewChild } from '@angular/core';
import type { ProcedureComponent } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { LocalizePipe } from '@dvc/web/ui';
import { COMMON_TEXT, fileSizeText } from '../i18n/messages';
import { FILE_TYPE_NAMES, type UploadState } from './upload-slots';

const EXTENSIONS: Record<string, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg,.jpeg', 'image/png': '.png' };

const TEXT = {
  chooseFile: { vi: 'Chọn tệp', en: 'Choose a file' },
  replaceFile: { vi: 'Chọn tệp khác để thay thế', en: 'Choose another file to replace it' },
  remove: { vi: 'Bỏ tệp', en: 'Remove file' },
  uploading: { vi: 'Đang tải lên', en: 'Uploading' },
  uploaded: { vi: 'Đã tải lên', en: 'Uploaded' },
  uploadFailed: { vi: 'Tải lên không thành công', en: 'Upload failed' },
} satisfies Record<string, Label>;

/**
 * One document of a procedure as a file field: name, required marker, accepted types and size, the native file input,
 * then the upload's progress, the uploaded file (with a way to remove it) or what went wrong, announced politely.
 * Test ids: `file-input-<code>`, `upload-progress-<code>`, `upload-done-<code>`, `upload-failed-<code>`,
 * `component-error-<code>`.
 */
@Component({
  selector: 'cp-file-upload',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let code = component().code;
    <div class="field upload">
      <span class="label">{{ component().name }}@if (component().required) {
          <span class="marker" aria-hidden="true"> *</span><span class="visually-hidden">{{ common.required | loc }}</span>
        } @else {
          <span class="hint"> {{ common.optional | loc }}</span>
        }</span>
      <label [for]="inputId()">{{ (state()?.kind === 'done' ? t.replaceFile : t.chooseFile) | loc }}<span class="visually-hidden">: {{ component().name }}</span></label>
      <input #file type="file" [id]="inputId()" [name]="inputId()" [attr.data-testid]="'file-input-' + code" [accept]="accept()"
        (change)="onChange($event)" [attr.aria-invalid]="error() ? 'true' : null" [attr.aria-describedby]="describedBy()" />
      <span class="hint" [id]="inputId() + '-hint'">{{ hint() | loc }}</span>
      <div [id]="inputId() + '-status'" aria-live="polite">
        @if (state(); as state) {
          @if (state.kind === 'uploading') {
            <span>{{ t.uploading | loc }} {{ state.fileName }}: {{ state.percent }}%</span>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" [attr.aria-valuenow]="state.percent"
              [attr.aria-label]="(t.uploading | loc) + ' ' + component().name" [attr.data-testid]="'upload-progress-' + code">
              <div class="progress__bar" [style.width.%]="state.percent"></div>
            </div>
          } @else if (state.kind === 'done') {
            <div class="done" [attr.data-testid]="'upload-done-' + code">
              <span class="icon" aria-hidden="true">✓</span>
              <span>{{ t.uploaded | loc }}: <strong>{{ state.file.fileName }}</strong> ({{ fileSizeText(state.file.size) }})</span>
              <button type="button" class="button button--secondary" (click)="remove()">
                {{ t.remove | loc }}<span class="visually-hidden">: {{ component().name }}</span>
              </button>
            </div>
          } @else {
            <span class="error-text" [attr.data-testid]="'upload-failed-' + code">{{ t.uploadFailed | loc }} ({{ state.fileName }}): {{ state.message | loc }}</span>
          }
        }
      </div>
      @if (error(); as error) {
        <span class="error-text" [id]="inputId() + '-error'" [attr.data-testid]="'component-error-' + code">{{ error | loc }}</span>
      }
    </div>
  `,
  styles: `
    .upload { border-top: 1px solid var(--color-border); padding-top: .75rem; }
    .marker { color: var(--color-error); }
    .done { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
    .icon { color: var(--color-ok); font-weight: 700; }
    input[type='file'] { font: inherit; min-height: 44px; max-width: 100%; }
    input[type='file']::file-selector-button {
      font: inherit; font-weight: 600; min-height: 40px; margin-right: .75rem; padding: .4rem 1rem; cursor: pointer;
      border: 1px solid var(--color-primary); border-radius: var(--radius); background: #fff; color: var(--color-primary);
    }
    input[type='file'][aria-invalid='true']::file-selector-button { border-color: var(--color-error); }
  `,
})
export class FileUploadComponent {
  readonly component = input.required<ProcedureComponent>();
  readonly state = input<UploadState | undefined>();
  readonly error = input<Label | undefined>();
  /** The input's id is `<idPrefix><component code>` (the error summary links to it). */
  readonly idPrefix = input('file-');
  readonly fileChosen = output<File>();
  readonly removed = output<void>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly fileSizeText = fileSizeText;
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('file');

  protected readonly inputId = computed(() => `${this.idPrefix()}${this.component().code}`);
  protected readonly accept = computed(() => {
    const types = this.component().acceptedTypes;
    return [...types, ...types.map((type) => EXTENSIONS[type] ?? '')].filter(Boolean).join(',');
  });
  protected readonly hint = computed<Label>(() => {
    const component = this.component();
    const types = component.acceptedTypes.map((type) => FILE_TYPE_NAMES[type] ?? type).join(', ');
    const copies = component.copies > 0 ? { vi: `, ${component.copies} bản sao`, en: `, ${component.copies} copies` } : { vi: '', en: '' };
    return {
      vi: `${types}; tối đa ${component.maxSizeMb} MB. Số lượng: ${component.originals} bản chính${copies.vi}.`,
      en: `${types}; at most ${component.maxSizeMb} MB. Quantity: ${component.originals} original(s)${copies.en}.`,
    };
  });
  protected readonly describedBy = computed(() =>
    [`${this.inputId()}-hint`, `${this.inputId()}-status`, this.error() ? `${this.inputId()}-error` : null].filter(Boolean).join(' '),
  );

  constructor() {
    // A removed or refused file must not stay selected in the native input.
    effect(() => {
      const state = this.state();
      if (!state || state.kind === 'failed') this.fileInput().nativeElement.value = '';
    });
  }

  protected remove(): void {
    this.removed.emit();
    this.fileInput().nativeElement.focus();
  }

  protected onChange(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.fileChosen.emit(file);
  }
}
