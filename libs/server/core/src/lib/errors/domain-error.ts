import type { ApiErrorDetail } from '@dvc/shared/contracts';

/**
 * Errors services throw. Each has a stable `code` (e.g. `DOSSIER.NOT_FOUND`) clients may switch on, and a message a
 * person can act on, Vietnamese first then English ("… / …"). The kind of error decides the HTTP status, in one place:
 * the global exception filter.
 */
export abstract class DomainError extends Error {
  abstract readonly httpStatus: number;

  constructor(
    readonly code: string,
    message: string,
    readonly details?: ApiErrorDetail[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  readonly httpStatus = 400;
}
export class UnauthenticatedError extends DomainError {
  readonly httpStatus = 401;
}
export class ForbiddenError extends DomainError {
  readonly httpStatus = 403;
}
export class NotFoundError extends DomainError {
  readonly httpStatus = 404;
}
export class ConflictError extends DomainError {
  readonly httpStatus = 409;
}
export class PayloadTooLargeError extends DomainError {
  readonly httpStatus = 413;
}
export class UnsupportedMediaTypeError extends DomainError {
  readonly httpStatus = 415;
}
export class UnprocessableError extends DomainError {
  readonly httpStatus = 422;
}
export class TooManyRequestsError extends DomainError {
  readonly httpStatus = 429;

  constructor(
    code: string,
    message: string,
    /** Sent as `Retry-After`: when the client may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(code, message);
  }
}
