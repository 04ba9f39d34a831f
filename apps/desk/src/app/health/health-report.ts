import { HttpErrorResponse } from '@angular/common/http';
import type { HealthReport } from '@dvc/shared/contracts';
import { OUTBOX_LAG_WARNING_SECONDS } from '../core/desk.constants';

function isHealthReport(body: unknown): body is HealthReport {
  if (!body || typeof body !== 'object') return false;
  const candidate = body as Partial<HealthReport>;
  return (candidate.status === 'ok' || candidate.status === 'degraded') && typeof candidate.database === 'string' && typeof candidate.redis === 'string';
}

/** The report a 503 answer still carries (the API says "degraded" that way); null for any other failure. */
export function degradedReportOf(error: unknown): HealthReport | null {
  return error instanceof HttpErrorResponse && error.status === 503 && isHealthReport(error.error) ? error.error : null;
}

export interface QueueRow {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** The queues in name order. */
export function queueRows(report: HealthReport): QueueRow[] {
  return Object.entries(report.queues ?? {})
    .map(([name, counts]) => ({ name, ...counts }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function outboxLagging(report: HealthReport): boolean {
  return (report.outbox?.lagSeconds ?? 0) > OUTBOX_LAG_WARNING_SECONDS;
}

const TIME = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** "10:00:05" in Vietnam time: the page refreshes every few seconds, so the seconds matter. */
export function clockTime(instant: Date): string {
  return TIME.format(instant);
}
