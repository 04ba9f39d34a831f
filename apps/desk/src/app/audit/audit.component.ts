import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { CalendarApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, VnDatePipe } from '@dvc/web/ui';
import type { Label } from '@dvc/shared/domain';
import type { ApiError, AuditBreak, AuditReport } from '@dvc/shared/contracts';
import { DESK_CLOCK } from '../core/clock';
import { DOSSIER_PATH } from '../core/desk.constants';
import { auditCheckedLabel, M } from '../i18n/messages';

export const AUDIT_PROBLEM_LABELS: Record<AuditBreak['problem'], Label> = {
  SEQ_GAP: { vi: 'Thiếu sự kiện', en: 'An event is missing' },
  PREV_HASH_MISMATCH: { vi: 'Liên kết bị thay đổi', en: 'The link to the previous event was changed' },
  HASH_MISMATCH: { vi: 'Nội dung bị sửa', en: 'The event was altered' },
};

/**
 * The province admin checks every dossier's hash-chained history on demand. The check reads every event, so it may
 * take seconds: the button says so and the page is busy meanwhile; the report is announced and receives the focus.
 */
@Component({
  selector: 'sd-audit',
  imports: [RouterLink, LocalizePipe, VnDatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './audit.component.css',
  templateUrl: './audit.component.html',
})
export class AuditComponent {
  protected readonly m = M;
  protected readonly problems = AUDIT_PROBLEM_LABELS;
  protected readonly dossierPath = DOSSIER_PATH;
  private readonly api = inject(CalendarApi);
  private readonly clock = inject(DESK_CLOCK);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly resultRegion = viewChild<ElementRef<HTMLElement>>('resultRegion');

  protected readonly busy = signal(false);
  protected readonly report = signal<AuditReport | null>(null);
  protected readonly checkedAt = signal<string | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly summary = computed(() => {
    const report = this.report();
    return report ? auditCheckedLabel(report.dossiersChecked, report.eventsChecked) : null;
  });

  protected async run(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.report.set(await firstValueFrom(this.api.verifyAudit()));
      this.checkedAt.set(this.clock().toISOString());
    } catch (error) {
      this.report.set(null);
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
      afterNextRender(() => this.resultRegion()?.nativeElement.focus(), { injector: this.injector });
    }
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
