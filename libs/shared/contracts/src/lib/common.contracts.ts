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
}
