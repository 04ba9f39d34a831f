import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';
import { CalendarApi, SessionStore, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { toLocalDate, type Label } from '@dvc/shared/domain';
import type { ApiError, CalendarDayView } from '@dvc/shared/contracts';
import { apiErrorOf } from '../core/api-error-of';
import { DESK_CLOCK } from '../core/clock';
import { CALENDAR_EDITORS } from '../core/desk.constants';
import { calendarCountLabel, calendarDeletedLabel, calendarSavedLabel, CALENDAR_KIND_LABELS, M, yearCaptionLabel } from '../i18n/messages';
import {
  CALENDAR_DAY_KINDS, calendarDayProblems, calendarDayRequest, dayLabel, EMPTY_DAY_FORM, type CalendarDayFormValues, type CalendarDayProblem,
} from './calendar-day-form';

type Outcome = { kind: 'saved'; message: Label; recomputing: boolean } | { kind: 'error'; error: ApiError };

const PROBLEM_INPUT: Record<CalendarDayProblem, string> = { day: 'calendar-day', reason: 'calendar-reason' };

/**
 * The province's days off and make-up working days of one year. The province admin adds, changes (the same date
 * again) and removes days; everyone else reads. A change is saved at once and the worker then recomputes the due
 * dates of open dossiers, which the page says.
 */
@Component({
  selector: 'sd-calendar-days',
  imports: [LocalizePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './calendar-days.component.css',
  templateUrl: './calendar-days.component.html',
})
export class CalendarDaysComponent {
  protected readonly m = M;
  protected readonly kinds = CALENDAR_DAY_KINDS;
  protected readonly kindLabels = CALENDAR_KIND_LABELS;
  protected readonly dayLabel = dayLabel;
  private readonly api = inject(CalendarApi);
  private readonly session = inject(SessionStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly outcomeRegion = viewChild<ElementRef<HTMLElement>>('outcomeRegion');

  /** This year in Vietnam, whatever the device's zone. */
  private readonly currentYear = Number(toLocalDate(inject(DESK_CLOCK)()).slice(0, 4));
  protected readonly year = signal(this.currentYear);
  protected readonly years = computed(() => {
    const around = Array.from({ length: 5 }, (_, index) => this.currentYear - 2 + index);
    return around.includes(this.year()) ? around : [...around, this.year()].sort((a, b) => a - b);
  });

  protected readonly loaded = rxResource({ params: () => this.year(), stream: ({ params }) => this.api.days(params) });
  protected readonly days = computed<CalendarDayView[]>(() =>
    this.loaded.hasValue() ? [...this.loaded.value()].sort((a, b) => a.day.localeCompare(b.day)) : [],
  );
  protected readonly loadError = computed(() => apiErrorOf(this.loaded.error()));
  protected readonly count = computed(() => calendarCountLabel(this.days().length, this.year()));
  protected readonly caption = computed(() => yearCaptionLabel(this.year()));

  protected readonly canEdit = computed(() => {
    const role = this.session.role();
    return role !== null && CALENDAR_EDITORS.includes(role);
  });

  protected readonly values = signal<CalendarDayFormValues>(EMPTY_DAY_FORM);
  protected readonly problems = signal<readonly CalendarDayProblem[]>([]);
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly pendingDelete = signal<CalendarDayView | null>(null);
  /** The chosen date is already in the list shown: saving changes it. */
  protected readonly replacing = computed(() => this.days().some((row) => row.day === this.values().day));

  protected setYear(value: string): void {
    const year = Number(value);
    if (Number.isInteger(year)) {
      this.year.set(year);
      this.pendingDelete.set(null);
    }
  }

  protected patch<K extends keyof CalendarDayFormValues>(key: K, value: CalendarDayFormValues[K]): void {
    this.values.update((values) => ({ ...values, [key]: value }));
    if (this.problems().length) this.problems.set(calendarDayProblems(this.values()));
  }

  protected setKind(value: string): void {
    const kind = CALENDAR_DAY_KINDS.find((candidate) => candidate === value);
    if (kind) this.patch('kind', kind);
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected invalid(problem: CalendarDayProblem): boolean {
    return this.problems().includes(problem);
  }

  /** Puts a listed day in the form to change its kind or reason. */
  protected edit(row: CalendarDayView): void {
    this.values.set({ day: row.day, kind: row.kind, reason: row.reason });
    this.problems.set([]);
    this.pendingDelete.set(null);
    this.afterRender(() => this.focus('#calendar-reason'));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const values = this.values();
    const problems = calendarDayProblems(values);
    this.problems.set(problems);
    const first = problems[0];
    if (first) {
      this.afterRender(() => this.focus(`#${PROBLEM_INPUT[first]}`));
      return;
    }
    await this.run(async () => {
      const result = await firstValueFrom(this.api.setDay(values.day, calendarDayRequest(values)));
      this.values.set(EMPTY_DAY_FORM);
      this.showYearOf(values.day);
      return { kind: 'saved', message: calendarSavedLabel(dayLabel(values.day), CALENDAR_KIND_LABELS[values.kind]), recomputing: result.recomputationQueued };
    });
  }

  protected askDelete(row: CalendarDayView): void {
    this.pendingDelete.set(row);
    this.outcome.set(null);
    this.afterRender(() => this.focus('[data-testid="calendar-delete-confirm"]'));
  }

  protected cancelDelete(): void {
    const row = this.pendingDelete();
    this.pendingDelete.set(null);
    if (row) this.afterRender(() => this.focus(`[data-testid="calendar-delete-${row.day}"]`));
  }

  protected async confirmDelete(): Promise<void> {
    const row = this.pendingDelete();
    if (!row || this.busy()) return;
    await this.run(async () => {
      const result = await firstValueFrom(this.api.deleteDay(row.day));
      this.pendingDelete.set(null);
      this.loaded.reload();
      return { kind: 'saved', message: calendarDeletedLabel(dayLabel(row.day)), recomputing: result.recomputationQueued };
    });
  }

  private async run(work: () => Promise<Outcome>): Promise<void> {
    this.busy.set(true);
    this.outcome.set(null);
    try {
      this.outcome.set(await work());
    } catch (error) {
      this.outcome.set({ kind: 'error', error: toApiError(error) });
    } finally {
      this.busy.set(false);
      this.afterRender(() => this.outcomeRegion()?.nativeElement.focus());
    }
  }

  /** After a save the list shows the saved day's year (reloaded, or loaded anew when the year changes). */
  private showYearOf(day: string): void {
    const year = Number(day.slice(0, 4));
    if (year === this.year()) this.loaded.reload();
    else this.year.set(year);
  }

  private focus(selector: string): void {
    this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
  }

  private afterRender(callback: () => void): void {
    afterNextRender(callback, { injector: this.injector });
  }
}
