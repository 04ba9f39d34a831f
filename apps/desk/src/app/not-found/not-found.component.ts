import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalizePipe } from '@dvc/web/ui';
import { M } from '../i18n/messages';

@Component({
  selector: 'sd-not-found',
  imports: [RouterLink, LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 data-testid="not-found">{{ m.notFoundTitle | loc }}</h1>
    <p>{{ m.notFoundText | loc }}</p>
    <p><a class="button" routerLink="/">{{ m.backToInbox | loc }}</a></p>
  `,
})
export class NotFoundComponent {
  protected readonly m = M;
}
