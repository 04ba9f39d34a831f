import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ApiErrorDetail } from '@dvc/shared/contracts';
import { InvalidInputError } from './domain-error';

function flatten(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: ApiErrorDetail[] = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      code: constraint === 'whitelistValidation' ? 'UNKNOWN_FIELD' : constraint.toUpperCase(),
      message: constraint === 'whitelistValidation' ? `Trường «${field}» không được phép / field "${field}" is not allowed` : message,
    }));
    return own.concat(flatten(error.children ?? [], field));
  });
}

/** The one validation pipe: unknown fields rejected, types transformed, errors in the common error body. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new InvalidInputError(
        'VALIDATION.FAILED',
        'Dữ liệu gửi lên chưa hợp lệ, xem chi tiết từng trường / The request has invalid fields, see details',
        flatten(errors),
      ),
  });
}
