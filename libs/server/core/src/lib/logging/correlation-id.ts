import { randomUUID } from 'node:crypto';

const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

interface RequestWithHeaders {
  headers: Record<string, string | string[] | undefined>;
  correlationId?: string;
}

/** The request's correlation id: the caller's `X-Correlation-Id` when well-formed, else a new one (kept on the request). */
export function correlationIdOf(request: RequestWithHeaders): string {
  if (request.correlationId) return request.correlationId;
  const given = request.headers[CORRELATION_HEADER];
  const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  request.correlationId = id;
  return id;
}
