import type { UserRole } from '@dvc/shared/domain';
import type { AgencySummary } from './catalogue.contracts';

export interface RegisterRequest {
  fullName: string;
  email: string;
  password: string;
  phone?: string;
  personalId?: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface CurrentUser {
  id: string;
  email: string;
  fullName: string;
  role: UserRole;
  agencies: AgencySummary[];
}

/** Who is logged in on this browser, if anyone (a visitor gets `user: null`, not an error). */
export interface SessionView {
  user: CurrentUser | null;
}

/** How the applicant wants to hear about their dossiers (GET/PUT /api/v1/me/notification-preferences). */
export interface NotificationPreferences {
  email: boolean;
  sms: boolean;
}

export interface NotificationPreferencesState extends NotificationPreferences {
  /** SMS can only be chosen when the account has a phone number. */
  hasPhone: boolean;
  /** When the choice was last saved; null while the defaults apply. */
  updatedAt: string | null;
}
