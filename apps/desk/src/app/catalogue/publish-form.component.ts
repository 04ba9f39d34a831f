import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, linkedSignal, output, signal } from '@angular/core';
import { LocalizePipe } from '@dvc/web/ui';
import type { Label } from '@dvc/shared/domain';
import type { PublishVersionRequest } from '@dvc/shared/contracts';
import { CM, M } from '../i18n/messages';
import { publicationScheduled, publishDefaults, publishProblems, publishRequest, type PublishField, type PublishProblem } from './decision-form';

const INPUT_IDS: Record<PublishField, string> = {
  decisionNumber: 'publish-decision-number',
  decisionDate: 'publish-decision-date',
  effectiveFrom: 'publish-effective-from',
};

const PROBLEM_TEXT: Record<PublishProblem['kind'], Label> = {
  required: CM.decisionNumberRequired, date: CM.dateInvalid, after_today: CM.dateAfterToday, before_decision: CM.effectiveBeforeDecision,
};

/**
 * The publication decision: its number, its date (today or earlier) and the date the version takes effect (both today
 * by default). A later effective date schedules the publication for that day, and the form says so before sending.
 * Checked before sending; the first wrong field gets the focus.
 */
@Component({
  selector: 'sd-publish-form',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: '.row { margin-top: .5rem; } form { border-width: 2px; }',
  template: `
    @let form = values();
    <form class="alert alert--info panel" novalidate aria-labelledby="publish-heading" data-testid="publish-form" [attr.aria-busy]="busy()"
      (submit)="submit($event)">
      <h2 id="publish-heading">{{ cm.publishTitle | loc }}</h2>
      <p>{{ cm.publishIntro | loc }}</p>
      <div class="field">
        <label for="publish-decision-number">{{ cm.decisionNumber | loc }}</label>
        <span class="hint" id="publish-decision-number-hint">{{ cm.decisionNumberHint | loc }}</span>
        <input id="publish-decision-number" type="text" name="decisionNumber" maxlength="100" autocomplete="off" required
          data-testid="publish-decision-number" [value]="form.decisionNumber" [attr.aria-invalid]="error('decisionNumber') ? true : null"
          [attr.aria-describedby]="error('decisionNumber') ? 'publish-decision-number-hint publish-decision-number-error' : 'publish-decision-number-hint'"
          (input)="patch('decisionNumber', $event)" />
        @if (error('decisionNumber'); as text) {
          <span class="error-text" id="publish-decision-number-error">{{ text | loc }}</span>
        }
      </div>
      <div class="field">
        <label for="publish-decision-date">{{ cm.decisionDate | loc }}</label>
        <input id="publish-decision-date" type="date" name="decisionDate" required data-testid="publish-decision-date" [max]="today()"
          [value]="form.decisionDate" [attr.aria-invalid]="error('decisionDate') ? true : null"
          [attr.aria-describedby]="error('decisionDate') ? 'publish-decision-date-error' : null" (input)="patch('decisionDate', $event)"
          (change)="patch('decisionDate', $event)" />
        @if (error('decisionDate'); as text) {
          <span class="error-text" id="publish-decision-date-error">{{ text | loc }}</span>
        }
      </div>
      <div class="field">
        <label for="publish-effective-from">{{ cm.effectiveDate | loc }}</label>
        <input id="publish-effective-from" type="date" name="effectiveFrom" required data-testid="publish-effective-from"
          [value]="form.effectiveFrom" [attr.aria-invalid]="error('effectiveFrom') ? true : null"
          [attr.aria-describedby]="error('effectiveFrom') ? 'publish-effective-from-error' : null" (input)="patch('effectiveFrom', $event)"
          (change)="patch('effectiveFrom', $event)" />
        @if (error('effectiveFrom'); as text) {
          <span class="error-text" id="publish-effective-from-error">{{ text | loc }}</span>
        }
      </div>
      @if (scheduled()) {
        <p class="hint" role="status" data-testid="publish-scheduled-note">{{ cm.publishScheduledNote | loc }}</p>
      }
      <div class="row">
        <button type="submit" class="button" data-testid="publish-confirm" [disabled]="busy()">
          {{ (busy() ? m.working : scheduled() ? cm.scheduleConfirm : cm.publishConfirm) | loc }}
        </button>
        <button type="button" class="button button--secondary" data-testid="publish-cancel" [disabled]="busy()" (click)="cancelled.emit()">
          {{ m.cancel | loc }}
        </button>
      </div>
    </form>
  `,
})
export class PublishFormComponent {
  /** Today in Vietnam (YYYY-MM-DD): the default dates, the latest decision date, and after it, a scheduled publication. */
  readonly today = input.required<string>();
  readonly busy = input(false);
  readonly publish = output<PublishVersionRequest>();
  readonly cancelled = output();

  protected readonly cm = CM;
  protected readonly m = M;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly values = linkedSignal(() => publishDefaults(this.today()));
  /** Shown after the first attempt, then kept current while typing. */
  private readonly checked = signal(false);
  private readonly problems = computed(() => (this.checked() ? publishProblems(this.values(), this.today()) : []));
  protected readonly scheduled = computed(() => publicationScheduled(this.values(), this.today()));

  protected error(field: PublishField): Label | null {
    const problem = this.problems().find((candidate) => candidate.field === field);
    return problem ? PROBLEM_TEXT[problem.kind] : null;
  }

  protected patch(field: PublishField, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.values.update((values) => ({ ...values, [field]: value }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    this.checked.set(true);
    const first = publishProblems(this.values(), this.today())[0];
    if (first) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${INPUT_IDS[first.field]}`)?.focus(), { injector: this.injector });
      return;
    }
    this.publish.emit(publishRequest(this.values()));
  }
}
