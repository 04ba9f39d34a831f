import { Global, Module, type DynamicModule, type FactoryProvider } from '@nestjs/common';
import { ApplicantNotifier } from './applicant-notifier.service';
import { Mailer } from './channels/mailer';
import { createSmsProvider, SmsProvider } from './channels/sms-provider';
import { NotificationsRepository } from './notifications.repository';
import { NotificationPreferencesRepository } from './preferences/notification-preferences.repository';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { StaffAlertNotifier } from './staff-alert-notifier.service';
import { StaffAlertsRepository } from './staff-alerts.repository';

/** Settings the apps pass in (from AppConfig): the lib reads no environment. */
export interface NotificationsOptions {
  /** SMS_PROVIDER: `log` (the default) writes one masked JSON log line per SMS instead of sending it. */
  smsProvider: string;
}
export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');

/**
 * Provides NOTIFICATIONS_OPTIONS to the notification modules, e.g.
 * `NotificationsConfigModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ smsProvider: config.SMS_PROVIDER }) })`.
 * Without it the defaults apply (SMS logged).
 */
@Global()
@Module({})
export class NotificationsConfigModule {
  static forRootAsync(options: Pick<FactoryProvider<NotificationsOptions>, 'useFactory' | 'inject'>): DynamicModule {
    return {
      module: NotificationsConfigModule,
      global: true,
      providers: [{ provide: NOTIFICATIONS_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] }],
      exports: [NOTIFICATIONS_OPTIONS],
    };
  }
}

/** The applicant's notification preferences (API side). */
@Module({
  providers: [NotificationPreferencesRepository, NotificationPreferencesService],
  exports: [NotificationPreferencesService],
})
export class NotificationPreferencesModule {}

/** Sending notifications: the ledgers, e-mail, SMS and the notifiers the jobs call (worker side). */
@Module({
  providers: [
    NotificationsRepository,
    Mailer,
    {
      provide: SmsProvider,
      useFactory: (options?: NotificationsOptions): SmsProvider => createSmsProvider(options?.smsProvider ?? 'log'),
      inject: [{ token: NOTIFICATIONS_OPTIONS, optional: true }],
    },
    ApplicantNotifier,
    StaffAlertsRepository,
    StaffAlertNotifier,
  ],
  exports: [ApplicantNotifier, StaffAlertNotifier, Mailer, SmsProvider],
})
export class NotificationsModule {}
