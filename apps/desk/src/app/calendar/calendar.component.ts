import { ChangeDetectionStrategy, Component } from '@angular/core';
import { LocalizePipe } from '@dvc/web/ui';
import { M } from '../i18n/messages';
import { CalendarDaysComponent } from './calendar-days.component';
import { OfficeHoursComponent } from './office-hours.component';

/** The working calendar the legal clock counts on: the province's exceptional days and agencies' office hours. */
@Component({
  selector: 'sd-calendar',
  imports: [LocalizePipe, CalendarDaysComponent, OfficeHoursComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ m.calendarTitle | loc }}</h1>
    <p>{{ m.calendarIntro | loc }}</p>
    <sd-calendar-days />
    <sd-office-hours />
  `,
})
export class CalendarComponent {
  protected readonly m = M;
}
