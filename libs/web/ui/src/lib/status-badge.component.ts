import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { REPORTING_GROUP, STATUS_LABELS, type DossierStatus } from '@dvc/shared/domain';
import { LocalizePipe } from './localize.pipe';

/** A dossier's status as a coloured badge; colour by reporting group, text always present (never colour alone). */
@Component({
  selector: 'ui-status-badge',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="'badge badge--' + group()" [attr.data-testid]="testId()" [attr.data-status]="status()">{{
    label() | loc
  }}</span>`,
})
export class StatusBadgeComponent {
  readonly status = input.required<DossierStatus>();
  /** The page's one dossier status keeps the default; rows of a list use another (e.g. 'row-status'). */
  readonly testId = input('dossier-status');
  protected readonly label = computed(() => STATUS_LABELS[this.status()]);
  protected readonly group = computed(() => REPORTING_GROUP[this.status()]);
}
