import { Module } from '@nestjs/common';
import { OutboxStats } from '../outbox/outbox-stats';
import { JobAttemptsRepository } from './job-attempts.repository';
import { JobMetrics } from './job-metrics';
import { JobsAdminController, MetricsController } from './jobs-admin.controller';
import { JobsAdminService } from './jobs-admin.service';
import { PrometheusMetrics } from './prometheus-metrics';
import { QueueInspector } from './queue-inspector';

/** What the API knows of background work: failures and dead letters, queue depth, outbox lag, metrics. */
@Module({
  providers: [JobAttemptsRepository, JobMetrics, QueueInspector, JobsAdminService, OutboxStats, PrometheusMetrics],
  exports: [JobAttemptsRepository, JobMetrics, QueueInspector, JobsAdminService, OutboxStats, PrometheusMetrics],
})
export class JobsModule {}

@Module({ imports: [JobsModule], controllers: [JobsAdminController, MetricsController] })
export class JobsApiModule {}
