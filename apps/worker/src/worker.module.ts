import { Module } from '@nestjs/common';
import { CatalogueWorkerModule, IMPORT_CATALOGUE_JOB, PUBLISH_SCHEDULED_JOB } from '@dvc/server/catalogue';
import { AppConfig, ConfigModule, DatabaseModule, EXPECTED_JOBS, JobRegistryModule, JobSchedulers, OutboxRelay, QueueWorkers } from '@dvc/server/core';
import {
  CHECK_ATTACHMENTS_JOB, CLOSE_EXPIRED_SUPPLEMENTS_JOB, DEADLINE_SWEEP_JOB, DossiersWorkerModule, FileChecksWorkerModule, RECOMPUTE_DEADLINES_JOB,
  RENDER_RESULT_JOB, STATISTICS_ROLLUP_JOB,
} from '@dvc/server/dossiers';
import { IntegrationsWorkerModule, SYNC_NATIONAL_PORTAL_JOB } from '@dvc/server/integrations';
import {
  ALERT_STAFF_JOB, NOTIFY_APPLICANT_JOB, NotificationsConfigModule, NotificationsWorkerModule, REMIND_SUPPLEMENT_JOB, StaffAlertsWorkerModule,
  SupplementRemindersWorkerModule,
} from '@dvc/server/notifications';

/** Every job this worker must run; it refuses to start if one lacks a handler. */
const ALL_JOBS = [
  RENDER_RESULT_JOB, RECOMPUTE_DEADLINES_JOB, DEADLINE_SWEEP_JOB, CLOSE_EXPIRED_SUPPLEMENTS_JOB, STATISTICS_ROLLUP_JOB, NOTIFY_APPLICANT_JOB,
  REMIND_SUPPLEMENT_JOB, SYNC_NATIONAL_PORTAL_JOB, IMPORT_CATALOGUE_JOB, PUBLISH_SCHEDULED_JOB, ALERT_STAFF_JOB, CHECK_ATTACHMENTS_JOB,
];

/** The worker process: relays the outbox to BullMQ and runs the jobs. Composition only. */
@Module({
  imports: [
    ConfigModule, DatabaseModule, JobRegistryModule, DossiersWorkerModule, NotificationsWorkerModule, SupplementRemindersWorkerModule,
    IntegrationsWorkerModule, StaffAlertsWorkerModule, FileChecksWorkerModule, CatalogueWorkerModule,
    NotificationsConfigModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ smsProvider: config.SMS_PROVIDER }) }),
  ],
  providers: [OutboxRelay, QueueWorkers, JobSchedulers, { provide: EXPECTED_JOBS, useValue: ALL_JOBS }],
})
export class WorkerModule {}
