import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Label } from '@dvc/shared/domain';
import { DossiersApi } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, PagerComponent, StatusBadgeComponent, VnDatePipe } from '@dvc/web/ui';
import { loader, pageParam } from '../../core/loader';
import { COMMON_TEXT } from '../../i18n/messages';

export const MY_DOSSIERS_PAGE_SIZE = 20;

const TEXT = {
  title: { vi: 'Hồ sơ của tôi', en: 'My dossiers' },
  caption: { vi: 'Các hồ sơ bạn đã nộp, mới nhất trước', en: 'Dossiers you have filed, newest first' },
  code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  status: { vi: 'Trạng thái', en: 'Status' },
  submittedAt: { vi: 'Ngày nộp', en: 'Submitted' },
  dueAt: { vi: 'Ngày hẹn trả', en: 'Appointment' },
  empty: { vi: 'Bạn chưa nộp hồ sơ nào.', en: 'You have not filed any dossier yet.' },
  findProcedure: { vi: 'Tìm thủ tục để nộp hồ sơ', en: 'Find a procedure to file' },
  newDossier: { vi: 'Nộp hồ sơ mới', en: 'File a new dossier' },
  notificationSettings: { vi: 'Cài đặt thông báo', en: 'Notification settings' },
} satisfies Record<string, Label>;

/** The citizen's dossiers with status and appointment date; each code opens the dossier. */
@Component({
  selector: 'cp-my-dossiers',
  imports: [RouterLink, LocalizePipe, VnDatePipe, StatusBadgeComponent, ErrorAlertComponent, PagerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="row heading">
      <h1>{{ t.title | loc }}</h1>
      <div class="row no-print">
        <a class="button button--secondary" routerLink="/cai-dat-thong-bao" data-testid="link-notification-settings">{{ t.notificationSettings | loc }}</a>
        <a class="button button--secondary" routerLink="/thu-tuc">{{ t.newDossier | loc }}</a>
      </div>
    </div>
    <div aria-live="polite">
      @if (dossiers.loading()) {
        <p class="loading">{{ common.loading | loc }}</p>
      }
    </div>
    <ui-error-alert [error]="dossiers.error()" />
    @if (dossiers.value(); as page) {
      @if (page.items.length === 0) {
        <div class="card" data-testid="my-dossiers-empty">
          <p>{{ t.empty | loc }}</p>
          <a class="button" routerLink="/thu-tuc">{{ t.findProcedure | loc }}</a>
        </div>
      } @else {
        <table class="table table--stack">
          <caption class="visually-hidden">{{ t.caption | loc }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ t.code | loc }}</th>
              <th scope="col">{{ t.procedure | loc }}</th>
              <th scope="col">{{ t.status | loc }}</th>
              <th scope="col">{{ t.submittedAt | loc }}</th>
              <th scope="col">{{ t.dueAt | loc }}</th>
            </tr>
          </thead>
          <tbody>
            @for (dossier of page.items; track dossier.id) {
              <tr data-testid="dossier-row" [attr.data-code]="dossier.code">
                <td [attr.data-label]="t.code | loc"><a [routerLink]="['/ho-so-cua-toi', dossier.id]">{{ dossier.code }}</a></td>
                <td [attr.data-label]="t.procedure | loc">{{ dossier.procedureName }}<br /><span class="muted">{{ dossier.agencyName }}</span></td>
                <td [attr.data-label]="t.status | loc"><ui-status-badge [status]="dossier.status" testId="row-status" /></td>
                <td [attr.data-label]="t.submittedAt | loc">{{ dossier.submittedAt | vnDate: 'date' }}</td>
                <td [attr.data-label]="t.dueAt | loc">
                  @if (dossier.dueAt) {
                    {{ dossier.dueAt | vnDate }}
                  } @else {
                    <span class="muted">{{ common.notSet | loc }}</span>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
        <ui-pager [page]="page.page" [size]="page.size" [total]="page.total" />
      }
    }
  `,
  styles: `.heading { justify-content: space-between; } .heading h1 { margin: 0; }`,
})
export class MyDossiersComponent {
  private readonly api = inject(DossiersApi);

  /** `?page=` (bound by the router). */
  readonly page = input(1, { transform: pageParam });

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly dossiers = loader(
    () => this.page(),
    (page) => this.api.mine(page, MY_DOSSIERS_PAGE_SIZE),
  );
}
