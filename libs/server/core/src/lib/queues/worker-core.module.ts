import { Global, Module } from '@nestjs/common';
import { JobAttemptsRepository } from './job-attempts.repository';
import { JobMetrics } from './job-metrics';
import { JobRegistry } from './job-registry';

/**
 * The job registry every feature worker module registers its handlers in (one per process), with what the queue
 * workers record: failed attempts and job metrics.
 */
@Global()
@Module({ providers: [JobRegistry, JobAttemptsRepository, JobMetrics], exports: [JobRegistry, JobAttemptsRepository, JobMetrics] })
export class JobRegistryModule {}
