import { toApiError } from '@dvc/web/data-access';
import type { ApiError } from '@dvc/shared/contracts';

/** A resource's error as the API's error shape (Angular wraps non-Error values; the cause is the HTTP error). */
export function apiErrorOf(error: unknown): ApiError | null {
  if (error === undefined || error === null) return null;
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  return toApiError(cause);
}
