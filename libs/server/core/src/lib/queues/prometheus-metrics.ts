import { Injectable } from '@nestjs/common';
import { OutboxStats } from '../outbox/outbox-stats';
import { JobAttemptsRepository } from './job-attempts.repository';
import { DURATION_BUCKETS_MS, JobMetrics } from './job-metrics';
import { QueueInspector } from './queue-inspector';

const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** The Prometheus text exposition of what the workers recorded and what the database and queues say now. */
@Injectable()
export class PrometheusMetrics {
  constructor(
    private readonly jobs: JobMetrics,
    private readonly queues: QueueInspector,
    private readonly outbox: OutboxStats,
    private readonly attempts: JobAttemptsRepository,
  ) {}

  async render(): Promise<string> {
    const [counters, depths, outbox, dead] = await Promise.all([this.jobs.snapshot(), this.queues.depths(), this.outbox.pending(), this.attempts.countDead()]);
    const jobNames = [...new Set(Object.keys(counters).map((field) => field.split('|')[0] ?? ''))].sort();
    const value = (job: string, metric: string) => counters[`${job}|${metric}`] ?? 0;
    const lines: string[] = [];
    const family = (name: string, type: string, help: string) => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);

    family('dvc_jobs_completed_total', 'counter', 'Jobs completed, by job name.');
    for (const job of jobNames) lines.push(`dvc_jobs_completed_total{job="${escape(job)}"} ${value(job, 'completed')}`);
    family('dvc_jobs_failed_total', 'counter', 'Failed job attempts (each retry counts), by job name.');
    for (const job of jobNames) lines.push(`dvc_jobs_failed_total{job="${escape(job)}"} ${value(job, 'failed')}`);
    family('dvc_job_duration_seconds', 'histogram', 'Run time of completed jobs.');
    for (const job of jobNames) {
      for (const bucket of DURATION_BUCKETS_MS) lines.push(`dvc_job_duration_seconds_bucket{job="${escape(job)}",le="${bucket / 1000}"} ${value(job, `le|${bucket}`)}`);
      lines.push(`dvc_job_duration_seconds_bucket{job="${escape(job)}",le="+Inf"} ${value(job, 'count')}`);
      lines.push(`dvc_job_duration_seconds_sum{job="${escape(job)}"} ${value(job, 'sum_ms') / 1000}`);
      lines.push(`dvc_job_duration_seconds_count{job="${escape(job)}"} ${value(job, 'count')}`);
    }
    family('dvc_queue_jobs', 'gauge', 'Jobs in each queue by state.');
    for (const [queue, depth] of Object.entries(depths)) {
      for (const [state, count] of Object.entries(depth)) lines.push(`dvc_queue_jobs{queue="${queue}",state="${state}"} ${count}`);
    }
    family('dvc_outbox_pending', 'gauge', 'Outbox rows not yet relayed to the queues.');
    lines.push(`dvc_outbox_pending ${outbox.pending}`);
    family('dvc_outbox_lag_seconds', 'gauge', 'Age of the oldest outbox row not yet relayed.');
    lines.push(`dvc_outbox_lag_seconds ${outbox.lagSeconds}`);
    family('dvc_dead_letters', 'gauge', 'Jobs that ran out of attempts and wait for a retry.');
    lines.push(`dvc_dead_letters ${dead}`);
    return `${lines.join('\n')}\n`;
  }
}
