import type { JobFailureView } from '@dvc/shared/contracts';

/**
 * Where a failed job stands, read from its latest failed attempt:
 * - `retrying`: attempts are left, the system tries again by itself;
 * - `dead`: out of attempts and nobody retried it, someone has to act;
 * - `retried`: someone sent it through again (a later failure would add a new attempt, and the job reads again
 *   as retrying or dead).
 */
export type JobState = 'retrying' | 'dead' | 'retried';

export interface JobFailureGroup {
  jobId: string;
  jobName: string;
  queue: string;
  /** Every failed attempt, first to last. */
  attempts: JobFailureView[];
  latest: JobFailureView;
  state: JobState;
}

export function jobState(latest: JobFailureView): JobState {
  if (latest.retriedAt) return 'retried';
  return latest.dead ? 'dead' : 'retrying';
}

const STATE_ORDER: Record<JobState, number> = { dead: 0, retrying: 1, retried: 2 };

function byAttempt(a: JobFailureView, b: JobFailureView): number {
  return a.attempt - b.attempt || a.failedAt.localeCompare(b.failedAt);
}

/** One entry per job: what needs attention first, then what is being retried, then what was retried; newest first. */
export function groupFailures(failures: readonly JobFailureView[]): JobFailureGroup[] {
  const byJob = new Map<string, JobFailureView[]>();
  for (const failure of failures) {
    const attempts = byJob.get(failure.jobId);
    if (attempts) attempts.push(failure);
    else byJob.set(failure.jobId, [failure]);
  }
  const groups: JobFailureGroup[] = [];
  for (const [jobId, attempts] of byJob) {
    attempts.sort(byAttempt);
    const latest = attempts[attempts.length - 1];
    if (!latest) continue;
    groups.push({ jobId, jobName: latest.jobName, queue: latest.queue, attempts, latest, state: jobState(latest) });
  }
  return groups.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.latest.failedAt.localeCompare(a.latest.failedAt));
}

/** Whether any job is dead and nobody retried it yet. */
export function needsAttention(groups: readonly JobFailureGroup[]): boolean {
  return groups.some((group) => group.state === 'dead');
}
