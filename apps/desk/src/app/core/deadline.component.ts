import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LocalizePipe } from '@dvc/web/ui';
import { DEADLINE_LABELS, deadlineTag, type DeadlineInput } from './deadline';

/** The deadline tag next to an appointment date: text and colour (never colour alone). */
@Component({
  selector: 'sd-deadline',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (tag(); as current) {
      <span [class]="'deadline deadline--' + current" data-testid="deadline-tag" [attr.data-deadline]="current">{{ labels[current] | loc }}</span>
    }`,
})
export class DeadlineComponent {
  readonly dossier = input.required<DeadlineInput>();
  protected readonly tag = computed(() => deadlineTag(this.dossier()));
  protected readonly labels = DEADLINE_LABELS;
}
