import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { LanguageSwitchComponent } from '@dvc/web/ui';

@Component({
  selector: 'cp-root',
  imports: [RouterOutlet, LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<header class="app-header"><div class="app-header__inner"><a class="app-brand" href="/">Cổng dịch vụ công</a><ui-language-switch /></div></header>
    <main class="app-main" id="main"><router-outlet /></main>`,
})
export class AppComponent {}
