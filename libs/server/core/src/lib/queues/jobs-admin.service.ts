import { Injectable } from '@nestjs/common';
import type { JobFailureView } from '@dvc/shared/contracts';
import { ConflictError, NotFoundError } from '../errors/domain-error';
import { DEFAULT_JOB_OPTIONS } from './job-definition';
import { JobAttemptsRepository } from './job-attempts.repository';
import { QueueInspector } from './queue-inspector';

const DEAD_LETTER_PAGE = 200;

/** Dead letters and their retry: staff see what failed for good and send it through again. */
@Injectable()
export class JobsAdminService {
  constructor(
    private readonly attempts: JobAttemptsRepository,
    private readonly queues: QueueInspector,
  ) {}

  deadLetters(): Promise<JobFailureView[]> {
    return this.attempts.deadLetters(DEAD_LETTER_PAGE);
  }

  /**
   * Retries a dead job: BullMQ's own retry while it still holds the failed job, otherwise the same job added again
   * (handlers are idempotent, so a job that meanwhile succeeded does nothing twice).
   */
  async retry(jobId: string, by: string, dossierId?: string): Promise<JobFailureView> {
    const latest = await this.attempts.latestOf(jobId);
    if (!latest || (dossierId !== undefined && latest.dossierId !== dossierId)) {
      throw new NotFoundError('JOBS.NOT_FOUND', 'Không tìm thấy tác vụ lỗi này / No such failed job');
    }
    if (!latest.dead || latest.retriedAt) {
      throw new ConflictError('JOBS.NOT_DEAD', 'Tác vụ này đang được hệ thống tự thử lại hoặc đã được thử lại / This job is still retried automatically or was already retried');
    }
    const queue = this.queues.queue(latest.queue);
    const job = await queue.getJob(jobId);
    if (job && (await job.isFailed())) {
      await job.retry('failed');
    } else if (!job) {
      await queue.add(latest.jobName, latest.payload, { ...DEFAULT_JOB_OPTIONS, jobId: `${jobId}.retry-${Date.now()}` });
    }
    await this.attempts.markRetried(jobId, by);
    return { ...latest, retriedAt: new Date().toISOString(), retriedBy: by };
  }
}
