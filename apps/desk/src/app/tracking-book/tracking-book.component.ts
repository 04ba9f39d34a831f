import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { DossiersApi, SessionStore } from '@dvc/web/data-access';
import { LocalizePipe } from '@dvc/web/ui';
import { STANDARD_FORM_TITLES, toLocalDate, type Label } from '@dvc/shared/domain';
import { DESK_CLOCK } from '../core/clock';
import { M, periodDaysLabel } from '../i18n/messages';
import { monthOf, periodDays, periodProblem, type Period, type PeriodProblem } from './tracking-period';

const PROBLEM_TEXT: Record<PeriodProblem, Label> = {
  missing: M.periodMissing,
  order: M.periodOrder,
  too_long: M.periodTooLong,
};

/**
 * The tracking book (Mẫu 07) of one of the user's agencies for a period: chosen here, rendered by the API as a PDF
 * opened in a new tab. The period is checked as the server checks it (1–92 days) before the link is offered.
 */
@Component({
  selector: 'sd-tracking-book',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './tracking-book.component.css',
  templateUrl: './tracking-book.component.html',
})
export class TrackingBookComponent {
  protected readonly m = M;
  protected readonly title = STANDARD_FORM_TITLES['07'];
  protected readonly problemText = PROBLEM_TEXT;
  private readonly api = inject(DossiersApi);
  private readonly session = inject(SessionStore);
  private readonly today = toLocalDate(inject(DESK_CLOCK)());

  protected readonly agencies = computed(() => this.session.user()?.agencies ?? []);
  protected readonly agencyId = linkedSignal(() => this.agencies()[0]?.id ?? '');
  protected readonly period = signal<Period>(monthOf(this.today));

  protected readonly problem = computed(() => periodProblem(this.period()));
  protected readonly days = computed(() => (this.problem() ? null : periodDaysLabel(periodDays(this.period()))));
  protected readonly url = computed(() => {
    const agencyId = this.agencyId();
    const period = this.period();
    return agencyId && !this.problem() ? this.api.trackingBookUrl(agencyId, period.from, period.to) : null;
  });

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected setDate(edge: keyof Period, value: string): void {
    this.period.update((period) => ({ ...period, [edge]: value }));
  }

  protected month(offset: number): void {
    this.period.set(monthOf(this.today, offset));
  }
}
