import { Module, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@dvc/server/core';
import { ApplicantNotifier } from './applicant-notifier.service';
import { ALERT_STAFF_JOB } from './jobs/alert-staff.job';
import { NOTIFY_APPLICANT_JOB } from './jobs/notify-applicant.job';
import { REMIND_SUPPLEMENT_JOB } from './jobs/remind-supplement.job';
import { NotificationsModule } from './notifications.module';
import { StaffAlertNotifier } from './staff-alert-notifier.service';

/** Worker side of notifications: the notify-applicant job (list NOTIFY_APPLICANT_JOB in the worker's jobs). */
@Module({ imports: [NotificationsModule] })
export class NotificationsWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly notifier: ApplicantNotifier,
  ) {}

  onModuleInit(): void {
    this.registry.register(NOTIFY_APPLICANT_JOB, async (payload) => {
      await this.notifier.notify(payload);
    });
  }
}

/**
 * The supplement-reminder job (started by the deadline sweep's `dossier.supplement-reminder` outbox rows): import this
 * module and list REMIND_SUPPLEMENT_JOB in the worker's jobs together.
 */
@Module({ imports: [NotificationsModule] })
export class SupplementRemindersWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly notifier: ApplicantNotifier,
  ) {}

  onModuleInit(): void {
    this.registry.register(REMIND_SUPPLEMENT_JOB, async (payload) => {
      await this.notifier.remindSupplement(payload);
    });
  }
}

/**
 * The alert-staff job (started by the deadline sweep's `dossier.deadline-alert` outbox rows): import this module and
 * list ALERT_STAFF_JOB in the worker's jobs together.
 */
@Module({ imports: [NotificationsModule] })
export class StaffAlertsWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly notifier: StaffAlertNotifier,
  ) {}

  onModuleInit(): void {
    this.registry.register(ALERT_STAFF_JOB, async (payload) => {
      await this.notifier.alert(payload);
    });
  }
}
