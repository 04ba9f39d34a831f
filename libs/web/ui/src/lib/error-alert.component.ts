import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ApiError } from '@dvc/shared/contracts';
import { LocalizePipe } from './localize.pipe';
import { serverTextLabel } from './server-text';

/** An API error as a person reads it: the message, each field's problem, and the code to quote to support. */
@Component({
  selector: 'ui-error-alert',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as error) {
      <div class="alert alert--error" role="alert" data-testid="error-alert" [attr.data-code]="error.code">
        <p class="alert__message">{{ text(error.message) | loc }}</p>
        @if (error.details?.length) {
          <ul class="alert__details">
            @for (detail of error.details; track $index) {
              <li>{{ text(detail.message) | loc }}</li>
            }
          </ul>
        }
        <p class="alert__code">{{ error.code }}@if (error.correlationId) { · {{ error.correlationId }} }</p>
      </div>
    }
  `,
})
export class ErrorAlertComponent {
  readonly error = input<ApiError | null>(null);
  protected readonly text = serverTextLabel;
}
