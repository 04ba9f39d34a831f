import { Module, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@dvc/server/core';
import { ApplicantNotifier } from './applicant-notifier.service';
import { NOTIFY_APPLICANT_JOB } from './jobs/notify-applicant.job';
import { REMIND_SUPPLEMENT_JOB } from './jobs/remind-supplement.job';
import { NotificationsModule } from './notifications.module';

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
