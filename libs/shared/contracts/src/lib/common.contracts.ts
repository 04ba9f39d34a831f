/** The one error body every API error has (validation errors included). */
export interface ApiErrorDetail {
  field?: string;
  code: string;
  message: string;
}
export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
  details?: ApiErrorDetail[];
  correlationId: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  redis: 'up' | 'down';
  /** Outbox rows waiting to be relayed and the age of the oldest (when the database answers). */
  outbox?: { pending: number; lagSeconds: number };
  /** Jobs per queue and state (when Redis answers). */
  queues?: Record<string, { waiting: number; active: number; delayed: number; failed: number }>;
  /** Jobs out of attempts waiting for a retry. */
  deadLetters?: number;
}

/** One failed attempt of a background job (e-mail, national-portal sync, document …). */
export interface JobFailureView {
  jobId: string;
  queue: string;
  jobName: string;
  dossierId: string | null;
  dossierCode: string | null;
  attempt: number;
  maxAttempts: number;
  error: string;
  /** The job ran out of attempts: it waits for someone to retry it. */
  dead: boolean;
  failedAt: string;
  retriedAt: string | null;
  retriedBy: string | null;
}
