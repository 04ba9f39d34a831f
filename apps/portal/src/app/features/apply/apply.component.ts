import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, FormField, ProcedureComponent, ProcedureDetail } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { CatalogueApi, DossiersApi, SessionStore, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { loader } from '../../core/loader';
import { COMMON_TEXT } from '../../i18n/messages';
import { FileUploadComponent } from '../../shared/file-upload.component';
import { UploadSlots } from '../../shared/upload-slots';
import { componentKey, fieldErrorsFromApi, formFieldKey, type ApplyErrorKey } from './apply-errors';

const TEXT = {
  title: { vi: 'Nộp hồ sơ trực tuyến', en: 'File a dossier online' },
  back: { vi: '← Xem lại thủ tục', en: '← Back to the procedure' },
  applicant: { vi: 'Người nộp', en: 'Applicant' },
  agencySection: { vi: '1. Nơi nộp hồ sơ', en: '1. Where to file' },
  agency: { vi: 'Cơ quan tiếp nhận', en: 'Receiving agency' },
  agencyPlaceholder: { vi: '— Chọn cơ quan —', en: '— Choose an agency —' },
  agencyRequired: { vi: 'Hãy chọn cơ quan tiếp nhận', en: 'Choose the receiving agency' },
  formSection: { vi: '2. Tờ khai', en: '2. Application form' },
  noFields: { vi: 'Thủ tục này không cần điền tờ khai.', en: 'This procedure has no form to fill in.' },
  maxLength: { vi: 'Tối đa {n} ký tự', en: 'At most {n} characters' },
  filesSection: { vi: '3. Giấy tờ đính kèm', en: '3. Attached documents' },
  filesHint: {
    vi: 'Chụp hoặc quét giấy tờ rõ nét. Mỗi tệp được tải lên ngay khi bạn chọn.',
    en: 'Scan or photograph documents clearly. Each file is uploaded as soon as you choose it.',
  },
  componentRequired: { vi: 'Hãy đính kèm giấy tờ này', en: 'Attach this document' },
  waitUploads: { vi: 'Vui lòng chờ tải lên xong trước khi nộp.', en: 'Please wait for the uploads to finish before submitting.' },
  summary: { vi: 'Hồ sơ chưa đủ thông tin, hãy sửa các mục sau:', en: 'Some information is missing; please fix:' },
  submit: { vi: 'Nộp hồ sơ', en: 'Submit the dossier' },
  submitting: { vi: 'Đang nộp hồ sơ…', en: 'Submitting…' },
  inPersonOnly: { vi: 'Thủ tục này không nộp trực tuyến được.', en: 'This procedure cannot be filed online.' },
} satisfies Record<string, Label>;

/**
 * The filing form: agency, the procedure's form fields, one upload per document (sent at once, with progress), then
 * submission. Client checks mirror the server's (required values and documents, file type and size); the server's
 * field errors are shown on the field they are about.
 */
@Component({
  selector: 'cp-apply',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent, FileUploadComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './apply.component.html',
  styles: `
    fieldset { min-width: 0; }
    legend { float: left; width: 100%; padding: 0; margin-bottom: .75rem; font-size: 1.25rem; font-weight: 700; color: var(--color-primary-dark); }
    legend + * { clear: both; }
    .marker { color: var(--color-error); }
    .summary ul { margin: .5rem 0 0; padding-left: 1.25rem; }
    .summary a { color: inherit; }
    .actions { margin-top: 1rem; }
  `,
})
export class ApplyComponent {
  private readonly catalogue = inject(CatalogueApi);
  private readonly dossiers = inject(DossiersApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly session = inject(SessionStore);

  /** The `:code` route parameter. */
  readonly code = input.required<string>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;

  protected readonly procedure = loader(
    () => this.code(),
    (code) => this.catalogue.procedure(code),
  );
  protected readonly onlineAllowed = computed(() => {
    const procedure = this.procedure.value();
    return !!procedure && procedure.onlineLevel !== 'none' && procedure.agencies.length > 0;
  });

  /** Pre-selected when only one agency accepts the procedure. */
  protected readonly agencyId = linkedSignal(() => {
    const agencies = this.procedure.value()?.agencies ?? [];
    return agencies.length === 1 ? (agencies[0]?.id ?? '') : '';
  });
  protected readonly values = signal<Record<string, string>>({});
  protected readonly uploads = new UploadSlots();
  protected readonly attempted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly submitError = signal<ApiError | null>(null);
  private readonly serverErrors = signal<Record<ApplyErrorKey, Label>>({});
  protected readonly uploading = this.uploads.uploading;

  /** Problems the browser can see by itself (shown once the citizen has tried to submit). */
  private readonly clientErrors = computed<Record<ApplyErrorKey, Label>>(() => {
    const procedure = this.procedure.value();
    if (!procedure) return {};
    const errors: Record<ApplyErrorKey, Label> = {};
    if (!this.agencyId()) errors['agencyId'] = TEXT.agencyRequired;
    const values = this.values();
    for (const field of procedure.formFields) {
      if (field.required && !(values[field.key] ?? '').trim()) errors[formFieldKey(field.key)] = COMMON_TEXT.requiredError;
    }
    for (const component of procedure.components) {
      if (component.required && !this.uploads.isDone(component.code)) errors[componentKey(component.code)] = TEXT.componentRequired;
    }
    return errors;
  });

  /** What is shown beside each field: the server's word first, then the browser's checks after a submit attempt. */
  protected readonly errors = computed<Record<ApplyErrorKey, Label>>(() => ({
    ...(this.attempted() ? this.clientErrors() : {}),
    ...this.serverErrors(),
  }));

  /** The error summary: one entry per field in the order of the form, each linking to its field. */
  protected readonly errorList = computed(() => {
    const procedure = this.procedure.value();
    const errors = this.errors();
    if (!procedure) return [];
    const entries: { target: string; label: Label; message: Label }[] = [];
    const add = (key: ApplyErrorKey, target: string, label: Label) => {
      const message = errors[key];
      if (message) entries.push({ target, label, message });
    };
    add('agencyId', 'agency', TEXT.agency);
    for (const field of procedure.formFields) add(formFieldKey(field.key), this.fieldId(field), { vi: field.label, en: field.label });
    for (const component of procedure.components) {
      add(componentKey(component.code), `file-${component.code}`, { vi: component.name, en: component.name });
    }
    add('attachments', 'files-section', TEXT.filesSection);
    return entries;
  });

  protected fieldId(field: FormField): string {
    return `field-${field.key}`;
  }

  /** ids for aria-describedby: the hint and the error, whichever exist. */
  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    const present = ids.filter((id): id is string => !!id);
    return present.length > 0 ? present.join(' ') : null;
  }

  protected fieldError(field: FormField): Label | undefined {
    return this.errors()[formFieldKey(field.key)];
  }

  protected componentError(component: ProcedureComponent): Label | undefined {
    return this.errors()[componentKey(component.code)];
  }

  protected errorFor(key: ApplyErrorKey): Label | undefined {
    return this.errors()[key];
  }

  protected maxLengthText(field: FormField): Label | null {
    if (!field.maxLength || field.type === 'date' || field.type === 'number') return null;
    const n = String(field.maxLength);
    return { vi: TEXT.maxLength.vi.replace('{n}', n), en: TEXT.maxLength.en.replace('{n}', n) };
  }

  protected onAgencyChange(event: Event): void {
    this.agencyId.set((event.target as HTMLSelectElement).value);
    this.clearServerError('agencyId');
  }

  protected onFieldInput(field: FormField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.values.update((values) => ({ ...values, [field.key]: value }));
    this.clearServerError(formFieldKey(field.key));
  }

  protected onFileChosen(component: ProcedureComponent, file: File): void {
    this.clearServerError(componentKey(component.code));
    this.clearServerError('attachments');
    this.uploads.choose(component, file);
  }

  protected removeFile(component: ProcedureComponent): void {
    this.uploads.remove(component.code);
  }

  protected focusField(event: Event, id: string): void {
    event.preventDefault();
    this.byId(id)?.focus();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const procedure = this.procedure.value();
    if (!procedure || this.uploading() || this.submitting()) return;
    this.attempted.set(true);
    this.submitError.set(null);
    this.serverErrors.set({});
    if (Object.keys(this.clientErrors()).length > 0) {
      this.focusAfterRender('.summary');
      return;
    }
    const attachments = this.uploads.attachments(procedure.components);
    this.submitting.set(true);
    this.dossiers
      .submit({ procedureCode: procedure.code, agencyId: this.agencyId(), formData: this.formData(procedure), attachments })
      .subscribe({
        next: (dossier) => {
          this.submitting.set(false);
          void this.router.navigate(['/nop-ho-so/thanh-cong', dossier.id]);
        },
        error: (failure: unknown) => {
          const error = toApiError(failure);
          this.submitting.set(false);
          this.submitError.set(error);
          this.serverErrors.set(fieldErrorsFromApi(error, attachments, procedure.components));
          this.focusAfterRender('.submit-error, .summary');
        },
      });
  }

  private formData(procedure: ProcedureDetail): Record<string, string> {
    const values = this.values();
    const data: Record<string, string> = {};
    for (const field of procedure.formFields) {
      const value = (values[field.key] ?? '').trim();
      if (value) data[field.key] = value;
    }
    return data;
  }

  private clearServerError(key: ApplyErrorKey): void {
    if (!(key in this.serverErrors())) return;
    this.serverErrors.update((errors) => {
      const next = { ...errors };
      delete next[key];
      return next;
    });
  }

  private byId(id: string): HTMLElement | null {
    return this.host.nativeElement.ownerDocument.getElementById(id);
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
