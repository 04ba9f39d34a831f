import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { NotificationPreferences, NotificationPreferencesState } from '@dvc/shared/contracts';

/** The logged-in citizen's own settings. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  notificationPreferences(): Observable<NotificationPreferencesState> {
    return this.http.get<NotificationPreferencesState>('/api/v1/me/notification-preferences');
  }

  saveNotificationPreferences(preferences: NotificationPreferences): Observable<NotificationPreferencesState> {
    return this.http.put<NotificationPreferencesState>('/api/v1/me/notification-preferences', preferences);
  }
}
