import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { exhaustMap, firstValueFrom, takeWhile, timer, type Subscription } from 'rxjs';
import { CatalogueAdminApi, toApiError, type CatalogueFileFormat } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import type { Label } from '@dvc/shared/domain';
import type { ApiError, CatalogueImportMode, CatalogueImportView, ProcedureVersionStatus } from '@dvc/shared/contracts';
import { CATALOGUE_MAX_FILE_BYTES, CATALOGUE_PATH, IMPORT_POLL_MS } from '../core/desk.constants';
import {
  CM, exportLabel, importAnnouncementLabel, importDoneLabel, importProgressLabel, IMPORT_STATUS_LABELS, M,
} from '../i18n/messages';

const EXTENSIONS = /\.(json|xlsx)$/i;
const EXPORTS: readonly { status: ProcedureVersionStatus; format: CatalogueFileFormat }[] = [
  { status: 'published', format: 'json' },
  { status: 'published', format: 'xlsx' },
  { status: 'draft', format: 'json' },
  { status: 'draft', format: 'xlsx' },
];

export function importRunning(view: CatalogueImportView): boolean {
  return view.status === 'queued' || view.status === 'running';
}

/** A chosen file the API would refuse anyway: none, not .json/.xlsx, or over 20 MB. */
export function catalogueFileProblem(file: File | null): Label | null {
  if (!file || !EXTENSIONS.test(file.name)) return CM.fileRequired;
  return file.size > CATALOGUE_MAX_FILE_BYTES ? CM.fileTooLarge : null;
}

/**
 * "Nhập, xuất danh mục": upload a catalogue file (JSON or Excel) in one of two modes; the worker imports it as drafts
 * while the page asks for its progress every half second (a progress bar, announced by quarters) until it is done or
 * failed, then lists every problem by row and field with the CSV report. Also the export and template downloads.
 */
@Component({
  selector: 'sd-catalogue-import',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './catalogue.css',
  templateUrl: './catalogue-import.component.html',
})
export class CatalogueImportComponent {
  protected readonly m = M;
  protected readonly cm = CM;
  protected readonly statusLabels = IMPORT_STATUS_LABELS;
  protected readonly listPath = CATALOGUE_PATH;
  private readonly api = inject(CatalogueAdminApi);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly resultRegion = viewChild<ElementRef<HTMLElement>>('resultRegion');
  private polling: Subscription | null = null;
  private destroyed = false;

  protected readonly exports = EXPORTS.map((entry) => ({ ...entry, label: exportLabel(entry.status, entry.format), href: this.api.exportUrl(entry.status, entry.format) }));
  protected readonly templates = [
    { format: 'json', label: CM.templateJson, href: this.api.templateUrl('json') },
    { format: 'xlsx', label: CM.templateXlsx, href: this.api.templateUrl('xlsx') },
  ] as const;

  protected readonly file = signal<File | null>(null);
  protected readonly mode = signal<CatalogueImportMode>('all_or_nothing');
  protected readonly fileProblem = signal<Label | null>(null);
  protected readonly uploading = signal(false);
  protected readonly view = signal<CatalogueImportView | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly pollFailed = signal(false);

  protected readonly running = computed(() => {
    const view = this.view();
    return view !== null && importRunning(view);
  });
  protected readonly progressText = computed(() => {
    const view = this.view();
    return view ? importProgressLabel(view.processed, view.total) : null;
  });
  protected readonly announcement = computed(() => {
    const view = this.view();
    if (!view) return null;
    return view.status === 'done' ? importDoneLabel(view.imported, view.problems.length) : importAnnouncementLabel(view.status, view.processed, view.total);
  });
  protected readonly reportUrl = computed(() => {
    const view = this.view();
    return view ? this.api.importReportUrl(view.id) : null;
  });
  /** All or nothing with problems: nothing was imported. */
  protected readonly nothingImported = computed(() => {
    const view = this.view();
    return view !== null && view.status === 'done' && view.mode === 'all_or_nothing' && view.problems.length > 0 && view.imported === 0;
  });

  constructor() {
    this.destroyRef.onDestroy(() => {
      this.destroyed = true;
      this.polling?.unsubscribe();
    });
  }

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.item(0) ?? null);
    this.fileProblem.set(null);
  }

  protected chooseMode(mode: CatalogueImportMode): void {
    this.mode.set(mode);
  }

  protected async upload(event: Event): Promise<void> {
    event.preventDefault();
    if (this.uploading() || this.running()) return;
    const file = this.file();
    const problem = catalogueFileProblem(file);
    this.fileProblem.set(problem);
    if (problem || !file) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#import-file')?.focus(), { injector: this.injector });
      return;
    }
    this.uploading.set(true);
    this.error.set(null);
    this.pollFailed.set(false);
    this.view.set(null);
    try {
      const started = await firstValueFrom(this.api.startImport(file, this.mode()));
      this.view.set(started);
      this.follow(started);
    } catch (error) {
      this.error.set(toApiError(error));
      this.focusResult();
    } finally {
      this.uploading.set(false);
    }
  }

  /** Follows the import again after its progress could not be fetched. */
  protected resume(): void {
    const view = this.view();
    if (view) this.follow(view);
  }

  /** Asks for the import's progress every IMPORT_POLL_MS until it is done or failed (one request at a time; stopped when the page is left). */
  private follow(view: CatalogueImportView): void {
    this.polling?.unsubscribe();
    this.pollFailed.set(false);
    if (this.destroyed) return;
    if (!importRunning(view)) {
      this.focusResult();
      return;
    }
    this.polling = timer(IMPORT_POLL_MS, IMPORT_POLL_MS)
      .pipe(
        exhaustMap(() => this.api.importStatus(view.id)),
        takeWhile((current) => importRunning(current), true),
      )
      .subscribe({
        next: (current) => this.view.set(current),
        error: (error: unknown) => {
          this.error.set(toApiError(error));
          this.pollFailed.set(true);
        },
        complete: () => this.focusResult(),
      });
  }

  private focusResult(): void {
    afterNextRender(() => this.resultRegion()?.nativeElement.focus(), { injector: this.injector });
  }
}
