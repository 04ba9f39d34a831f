import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, output, signal } from '@angular/core';
import { LocalizePipe } from '@dvc/web/ui';
import type { AgencyMergeRequest, AgencySummary } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { AGM, agencyMergeTitleLabel, M } from '../i18n/messages';
import { mergeProblems, mergeRequest, type AgencyTreeRow, type MergeField } from './agency-tree';

const INPUT_IDS: Record<MergeField, string> = { successorId: 'merge-successor', reason: 'merge-reason' };
const PROBLEM_TEXT: Record<MergeField, Label> = { successorId: AGM.successorRequired, reason: AGM.reasonRequired };
/** Options show the tree by indenting children (a select cannot nest deeper than one group). */
const INDENT = '\u00a0\u00a0\u00a0';

/**
 * Merging one agency into a successor: the successor (another current agency, not one below it), the reason, and a
 * warning of what moves. The successor list gets the focus when the panel opens; the first wrong field on submit.
 */
@Component({
  selector: 'sd-agency-merge-form',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: '.row { margin-top: .5rem; } form { border-width: 2px; margin: .5rem 0 0; } select, textarea { max-width: 100%; } .warning { font-weight: 600; }',
  template: `
    <form class="alert alert--info panel" novalidate aria-labelledby="merge-heading" data-testid="merge-form" [attr.aria-busy]="busy()"
      (submit)="submit($event)">
      <h2 id="merge-heading">{{ title() | loc }}</h2>
      <p class="alert alert--warn warning" id="merge-warning" data-testid="merge-warning">{{ agm.warning | loc }}</p>
      <div class="field">
        <label for="merge-successor">{{ agm.successor | loc }}</label>
        <span class="hint" id="merge-successor-hint">{{ agm.successorHint | loc }}</span>
        <select id="merge-successor" name="successorId" required data-testid="merge-successor" [value]="successorId()"
          [attr.aria-invalid]="error('successorId') ? true : null"
          [attr.aria-describedby]="error('successorId') ? 'merge-successor-hint merge-successor-error' : 'merge-successor-hint'"
          (change)="setSuccessor($event)">
          <option value="">{{ agm.successorChoose | loc }}</option>
          @for (row of options(); track row.agency.id) {
            <option [value]="row.agency.id" [selected]="row.agency.id === successorId()">{{ indent(row.depth) }}{{ row.agency.code }} — {{ row.agency.name }}</option>
          }
        </select>
        @if (error('successorId'); as text) {
          <span class="error-text" id="merge-successor-error">{{ (options().length ? text : agm.noSuccessor) | loc }}</span>
        }
      </div>
      <div class="field">
        <label for="merge-reason">{{ agm.reason | loc }}</label>
        <span class="hint" id="merge-reason-hint">{{ agm.reasonHint | loc }}</span>
        <textarea id="merge-reason" name="reason" maxlength="500" required data-testid="merge-reason" [value]="reason()"
          [attr.aria-invalid]="error('reason') ? true : null"
          [attr.aria-describedby]="error('reason') ? 'merge-reason-hint merge-reason-error' : 'merge-reason-hint'"
          (input)="setReason($event)"></textarea>
        @if (error('reason'); as text) {
          <span class="error-text" id="merge-reason-error" data-testid="merge-reason-error">{{ text | loc }}</span>
        }
      </div>
      <div class="row">
        <button type="submit" class="button button--danger" data-testid="merge-confirm" aria-describedby="merge-warning" [disabled]="busy()">
          {{ (busy() ? m.working : agm.confirm) | loc }}
        </button>
        <button type="button" class="button button--secondary" data-testid="merge-cancel" [disabled]="busy()" (click)="cancelled.emit()">
          {{ m.cancel | loc }}
        </button>
      </div>
    </form>
  `,
})
export class AgencyMergeFormComponent {
  readonly agency = input.required<AgencySummary>();
  /** The agencies that may take over, in tree order. */
  readonly options = input.required<readonly AgencyTreeRow[]>();
  readonly busy = input(false);
  readonly merge = output<AgencyMergeRequest>();
  readonly cancelled = output();

  protected readonly agm = AGM;
  protected readonly m = M;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly title = computed(() => agencyMergeTitleLabel(this.agency().name));
  protected readonly successorId = signal('');
  protected readonly reason = signal('');
  /** Shown after the first attempt, then kept current while the admin corrects. */
  private readonly checked = signal(false);
  private readonly problems = computed(() => (this.checked() ? mergeProblems({ successorId: this.successorId(), reason: this.reason() }) : []));

  constructor() {
    afterNextRender(() => this.focus('successorId'));
  }

  protected indent(depth: number): string {
    return INDENT.repeat(depth);
  }

  protected error(field: MergeField): Label | null {
    return this.problems().includes(field) ? PROBLEM_TEXT[field] : null;
  }

  protected setSuccessor(event: Event): void {
    this.successorId.set((event.target as HTMLSelectElement).value);
  }

  protected setReason(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    this.checked.set(true);
    const values = { successorId: this.successorId(), reason: this.reason() };
    const first = mergeProblems(values)[0];
    if (first) {
      afterNextRender(() => this.focus(first), { injector: this.injector });
      return;
    }
    this.merge.emit(mergeRequest(values));
  }

  private focus(field: MergeField): void {
    this.host.nativeElement.querySelector<HTMLElement>(`#${INPUT_IDS[field]}`)?.focus();
  }
}
