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
import type { ApiError, ProcedureComponent } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { CatalogueApi, DossiersApi, SessionStore, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { loader } from '../../core/loader';
import { COMMON_TEXT } from '../../i18n/messages';
import { FileUploadComponent } from '../../shared/file-upload.component';
import { UploadSlots } from '../../shared/upload-slots';
import { componentKey, fieldErrorsFromApi, formFieldKey, type ApplyErrorKey } from './apply-errors';
import { FieldNotesComponent } from './field-notes.component';
import { fieldId, formControls, formDataFor, formProblems, type FormControlView } from './online-form';

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
  choose: { vi: '— Chọn —', en: '— Choose —' },
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
 * The filing form: agency, the procedure's online form (drawn from the record's JSON Schema and UI hints), one upload
 * per document (sent at once, with progress), then submission. The answers are checked with the API's own rule
 * (`validateFormData`) and the documents as the server checks them; the server's field errors are shown on the field
 * they are about.
 */
@Component({
  selector: 'cp-apply',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent, FileUploadComponent, FieldNotesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './apply.component.html',
  styles: `
    fieldset { min-width: 0; }
    fieldset.card > legend { float: left; width: 100%; padding: 0; margin-bottom: .75rem; font-size: 1.25rem; font-weight: 700; color: var(--color-primary-dark); }
    fieldset.card > legend + * { clear: both; }
    .choice { border: 0; padding: 0; margin: 0 0 var(--space); }
    .choice legend { padding: 0; margin-bottom: .3rem; }
    .option { display: flex; gap: .5rem; align-items: center; font-weight: 400; min-height: 2.75rem; }
    .option input { width: 1.25rem; height: 1.25rem; margin: 0; flex: none; }
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
  /** `?agency=`: the agency chosen on the procedure page. */
  readonly agency = input<string | undefined>();

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

  /** The fields of the online form, in display order. */
  protected readonly controls = computed(() => {
    const procedure = this.procedure.value();
    return procedure ? formControls(procedure.record.form) : [];
  });

  /** Pre-selected: the agency chosen on the procedure page, else the only one that accepts the procedure. */
  protected readonly agencyId = linkedSignal(() => {
    const agencies = this.procedure.value()?.agencies ?? [];
    const chosen = agencies.find((agency) => agency.id === this.agency());
    return chosen?.id ?? (agencies.length === 1 ? (agencies[0]?.id ?? '') : '');
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
    for (const [field, message] of Object.entries(formProblems(procedure.record.form, this.values(), COMMON_TEXT.requiredError))) {
      errors[formFieldKey(field)] = message;
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
    for (const control of this.controls()) add(formFieldKey(control.key), control.id, { vi: control.label, en: control.label });
    for (const component of procedure.components) {
      add(componentKey(component.code), `file-${component.code}`, { vi: component.name, en: component.name });
    }
    add('attachments', 'files-section', TEXT.filesSection);
    return entries;
  });

  protected fieldId(key: string): string {
    return fieldId(key);
  }

  /** ids for aria-describedby: the hint and the error, whichever exist. */
  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    const present = ids.filter((id): id is string => !!id);
    return present.length > 0 ? present.join(' ') : null;
  }

  protected fieldError(control: FormControlView): Label | undefined {
    return this.errors()[formFieldKey(control.key)];
  }

  protected componentError(component: ProcedureComponent): Label | undefined {
    return this.errors()[componentKey(component.code)];
  }

  protected errorFor(key: ApplyErrorKey): Label | undefined {
    return this.errors()[key];
  }

  /** The help, the rule and the error of a field, whichever it has, for aria-describedby. */
  protected fieldDescribedBy(control: FormControlView): string | null {
    const base = fieldId(control.key);
    return this.describedBy(!!control.help && `${base}-help`, !!control.rule && `${base}-hint`, !!this.fieldError(control) && `${base}-error`);
  }

  protected onAgencyChange(event: Event): void {
    this.agencyId.set((event.target as HTMLSelectElement).value);
    this.clearServerError('agencyId');
  }

  protected onFieldInput(control: FormControlView, event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? (target.checked ? 'true' : '') : target.value;
    this.values.update((values) => ({ ...values, [control.key]: value }));
    this.clearServerError(formFieldKey(control.key));
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
      .submit({ procedureCode: procedure.code, agencyId: this.agencyId(), formData: formDataFor(procedure.record.form, this.values()), attachments })
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
