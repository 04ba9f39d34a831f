import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, output, signal } from '@angular/core';
import { LocalizePipe } from '@dvc/web/ui';
import type { RetireVersionRequest } from '@dvc/shared/contracts';
import { CM, M } from '../i18n/messages';
import { retireProblem, retireRequest } from './decision-form';

/** Retiring the published version: the reason and the decision behind it (3–500 characters). */
@Component({
  selector: 'sd-retire-form',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: '.row { margin-top: .5rem; } form { border-width: 2px; }',
  template: `
    <form class="alert alert--info panel" novalidate aria-labelledby="retire-heading" data-testid="retire-form" [attr.aria-busy]="busy()"
      (submit)="submit($event)">
      <h2 id="retire-heading">{{ cm.retireTitle | loc }}</h2>
      <p>{{ cm.retireIntro | loc }}</p>
      <div class="field">
        <label for="retire-reason">{{ cm.retireReason | loc }}</label>
        <textarea id="retire-reason" name="reason" maxlength="500" required data-testid="retire-reason" [value]="reason()"
          [attr.aria-invalid]="invalid() || null" [attr.aria-describedby]="invalid() ? 'retire-reason-error' : null"
          (input)="setReason($event)"></textarea>
        @if (invalid()) {
          <span class="error-text" id="retire-reason-error">{{ cm.retireReasonRequired | loc }}</span>
        }
      </div>
      <div class="row">
        <button type="submit" class="button button--danger" data-testid="retire-confirm" [disabled]="busy()">
          {{ (busy() ? m.working : cm.retireConfirm) | loc }}
        </button>
        <button type="button" class="button button--secondary" data-testid="retire-cancel" [disabled]="busy()" (click)="cancelled.emit()">
          {{ m.cancel | loc }}
        </button>
      </div>
    </form>
  `,
})
export class RetireFormComponent {
  readonly busy = input(false);
  readonly retire = output<RetireVersionRequest>();
  readonly cancelled = output();

  protected readonly cm = CM;
  protected readonly m = M;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly reason = signal('');
  protected readonly invalid = signal(false);

  protected setReason(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
    if (this.invalid()) this.invalid.set(retireProblem(this.reason()));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    if (retireProblem(this.reason())) {
      this.invalid.set(true);
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#retire-reason')?.focus(), { injector: this.injector });
      return;
    }
    this.retire.emit(retireRequest(this.reason()));
  }
}
