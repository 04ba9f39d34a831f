import { Module } from '@nestjs/common';
import { ConfigModule, DatabaseModule, EXPECTED_JOBS, JobRegistryModule, OutboxRelay, QueueWorkers } from '@dvc/server/core';
import { DossiersWorkerModule, RECOMPUTE_DEADLINES_JOB, RENDER_RESULT_JOB } from '@dvc/server/dossiers';
import { NotificationsWorkerModule, STATUS_EMAIL_JOB } from '@dvc/server/notifications';

/** Every job this worker must run; it refuses to start if one lacks a handler. */
const ALL_JOBS = [RENDER_RESULT_JOB, RECOMPUTE_DEADLINES_JOB, STATUS_EMAIL_JOB];

/** The worker process: relays the outbox to BullMQ and runs the jobs. Composition only. */
@Module({
  imports: [ConfigModule, DatabaseModule, JobRegistryModule, DossiersWorkerModule, NotificationsWorkerModule],
  providers: [OutboxRelay, QueueWorkers, { provide: EXPECTED_JOBS, useValue: ALL_JOBS }],
})
export class WorkerModule {}
