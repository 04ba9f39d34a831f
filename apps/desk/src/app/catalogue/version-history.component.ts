import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, linkedSignal, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { CatalogueAdminApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, VnDatePipe } from '@dvc/web/ui';
import type { Label } from '@dvc/shared/domain';
import type { ApiError, ProcedureVersionSummary, VersionDiff } from '@dvc/shared/contracts';
import { vnDay } from '../calendar/calendar-day-form';
import { apiErrorOf } from '../core/api-error-of';
import { CATALOGUE_PATH, CATALOGUE_VERSION_PATH } from '../core/desk.constants';
import { CM, decisionLabel, diffCaptionLabel, M, VERSION_STATUS_LABELS, versionLabel } from '../i18n/messages';

/** A value of a diff as text: strings as they are, anything else as indented JSON; null when absent. */
export function diffValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/**
 * A procedure's versions, newest first (status, decision, dossiers filed under each), and what changed between two
 * of them, field path by field path. By default it compares the newest version with the one before.
 */
@Component({
  selector: 'sd-version-history',
  imports: [RouterLink, LocalizePipe, VnDatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './catalogue.css',
  templateUrl: './version-history.component.html',
})
export class VersionHistoryComponent {
  /** Route parameter. */
  readonly code = input.required<string>();

  protected readonly m = M;
  protected readonly cm = CM;
  protected readonly statusLabels = VERSION_STATUS_LABELS;
  protected readonly versionLabel = versionLabel;
  protected readonly diffValue = diffValue;
  protected readonly listPath = CATALOGUE_PATH;
  protected readonly versionPath = CATALOGUE_VERSION_PATH;
  private readonly api = inject(CatalogueAdminApi);
  private readonly injector = inject(Injector);
  private readonly resultRegion = viewChild<ElementRef<HTMLElement>>('resultRegion');

  protected readonly loaded = rxResource({ params: () => this.code(), stream: ({ params }) => this.api.history(params) });
  protected readonly versions = computed<ProcedureVersionSummary[]>(() => (this.loaded.hasValue() ? this.loaded.value() : []));
  protected readonly loadError = computed(() => apiErrorOf(this.loaded.error()));
  protected readonly name = computed(() => this.versions()[0]?.name ?? '');

  /** The base (older) and compared (newer) versions: the one before the newest, and the newest. */
  protected readonly fromId = linkedSignal(() => this.versions()[1]?.id ?? '');
  protected readonly toId = linkedSignal(() => this.versions()[0]?.id ?? '');
  protected readonly diff = signal<VersionDiff | null>(null);
  protected readonly diffError = signal<ApiError | null>(null);
  protected readonly comparing = signal(false);
  protected readonly sameChosen = signal(false);

  protected day(value: string): string {
    return vnDay(value);
  }

  protected decisionText(decision: { number: string; date: string }): Label {
    return decisionLabel(decision, vnDay(decision.date));
  }

  protected caption(diff: VersionDiff): Label {
    return diffCaptionLabel(diff.from.versionNumber, diff.to.versionNumber, diff.changes.length);
  }

  protected choose(which: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    (which === 'from' ? this.fromId : this.toId).set(value);
    this.sameChosen.set(false);
  }

  protected async compare(event: Event): Promise<void> {
    event.preventDefault();
    const from = this.fromId();
    const to = this.toId();
    if (!from || !to || this.comparing()) return;
    if (from === to) {
      this.sameChosen.set(true);
      return;
    }
    this.comparing.set(true);
    this.diffError.set(null);
    try {
      this.diff.set(await firstValueFrom(this.api.diff(to, from)));
    } catch (error) {
      this.diff.set(null);
      this.diffError.set(toApiError(error));
    } finally {
      this.comparing.set(false);
    }
    afterNextRender(() => this.resultRegion()?.nativeElement.focus(), { injector: this.injector });
  }
}
