import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LocalizePipe } from '@dvc/web/ui';
import { DESK_CLOCK } from './clock';
import { DEADLINE_LABELS, deadlineState, type DeadlineInput } from './deadline';

/** The deadline indicator next to an appointment date: text and colour (never colour alone). */
@Component({
  selector: 'sd-deadline',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@let current = state();
    @if (current !== 'none') {
      <span class="deadline" [class]="'deadline deadline--' + current" data-testid="deadline" [attr.data-deadline]="current">{{
        labels[current] | loc
      }}</span>
    }`,
})
export class DeadlineComponent {
  readonly dossier = input.required<DeadlineInput>();
  private readonly clock = inject(DESK_CLOCK);
  protected readonly state = computed(() => deadlineState(this.dossier(), this.clock()));
  protected readonly labels = DEADLINE_LABELS;
}
