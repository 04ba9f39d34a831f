import { DEFAULT_NOTIFICATION_PREFERENCES, type NotificationChannel } from './notifications.constants';

export interface NotificationPreferences {
  email: boolean;
  sms: boolean;
}

export interface ApplicantContact {
  email: string | null;
  phone: string | null;
}

export interface Delivery {
  channel: NotificationChannel;
  to: string;
}

/**
 * Where one notification goes: each channel the applicant wants (the defaults when they never chose) and can be
 * reached on. E-mail first.
 */
export function deliveryPlan(preferences: NotificationPreferences | null, contact: ApplicantContact): Delivery[] {
  const wanted = preferences ?? DEFAULT_NOTIFICATION_PREFERENCES;
  const plan: Delivery[] = [];
  const email = contact.email?.trim();
  const phone = contact.phone?.trim();
  if (wanted.email && email) plan.push({ channel: 'email', to: email });
  if (wanted.sms && phone) plan.push({ channel: 'sms', to: phone });
  return plan;
}
