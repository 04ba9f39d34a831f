import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { LanguageService } from './language.service';

/** "English" when reading Vietnamese, "Tiếng Việt" when reading English. */
@Component({
  selector: 'ui-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button type="button" class="button button--ghost" data-testid="language-switch" (click)="languages.toggle()"
    [attr.lang]="languages.language() === 'vi' ? 'en' : 'vi'">{{ languages.language() === 'vi' ? 'English' : 'Tiếng Việt' }}</button>`,
})
export class LanguageSwitchComponent {
  protected readonly languages = inject(LanguageService);
}
