import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '@dvc/shared/contracts';
import { DomainError, TooManyRequestsError } from './domain-error';
import { correlationIdOf } from '../logging/correlation-id';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
}

const FASTIFY_ERRORS: Record<string, { statusCode: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    statusCode: 415,
    code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
    message: 'Kiểu nội dung không được hỗ trợ, hãy gửi JSON / Unsupported content type, send JSON',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    statusCode: 413,
    code: 'REQUEST.TOO_LARGE',
    message: 'Nội dung gửi lên quá lớn / The request body is too large',
  },
  FST_REQ_FILE_TOO_LARGE: {
    statusCode: 413,
    code: 'FILE.TOO_LARGE',
    message: 'Tệp quá lớn so với giới hạn cho phép / The file is larger than allowed',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    statusCode: 400,
    code: 'REQUEST.MALFORMED',
    message: 'Thiếu nội dung JSON / The JSON body is empty',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    statusCode: 400,
    code: 'REQUEST.MALFORMED',
    message: 'Nội dung JSON không đúng cú pháp / The JSON body is malformed',
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    statusCode: 415,
    code: 'FILE.MISSING',
    message: 'Hãy gửi tệp dạng multipart/form-data / Send the file as multipart/form-data',
  },
};

const HTTP_CODES: Record<number, { code: string; message: string }> = {
  400: { code: 'REQUEST.MALFORMED', message: 'Yêu cầu không hợp lệ / Malformed request' },
  401: { code: 'AUTH.UNAUTHENTICATED', message: 'Bạn cần đăng nhập / Please log in' },
  403: { code: 'AUTH.FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này / You may not do this' },
  404: { code: 'ROUTE.NOT_FOUND', message: 'Không tìm thấy địa chỉ này / No such route' },
  413: { code: 'REQUEST.TOO_LARGE', message: 'Nội dung gửi lên quá lớn / The request body is too large' },
  429: { code: 'REQUEST.RATE_LIMITED', message: 'Bạn thao tác quá nhanh, hãy thử lại sau / Too many requests, retry later' },
};

/**
 * What of an unexpected error may be logged: never its other properties (a database error carries the query's
 * parameters, i.e. personal data).
 */
function loggable(exception: unknown): { name: string; message: string; code?: string; stack?: string } {
  if (!(exception instanceof Error)) return { name: 'NonError', message: String(exception) };
  const code = (exception as { code?: unknown }).code;
  return { name: exception.name, message: exception.message, ...(typeof code === 'string' ? { code } : {}), ...(exception.stack ? { stack: exception.stack } : {}) };
}

/** Maps every error to the one body shape `{ statusCode, code, message, details?, correlationId }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = this.toBody(exception, correlationIdOf(request));
    if (body.statusCode >= 500) {
      this.logger.error({ err: loggable(exception), correlationId: body.correlationId, url: request.url }, 'unhandled error');
    }
    if (exception instanceof TooManyRequestsError && exception.retryAfterSeconds !== undefined) {
      void reply.header('retry-after', String(exception.retryAfterSeconds));
    }
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown, correlationId: string): ApiError {
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.httpStatus,
        code: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
        correlationId,
      };
    }
    const fastifyError = exception as FastifyLikeError;
    const known = fastifyError?.code ? FASTIFY_ERRORS[fastifyError.code] : undefined;
    if (known) return { ...known, correlationId };
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const generic = HTTP_CODES[statusCode] ?? HTTP_CODES[400];
      return { statusCode, code: generic?.code ?? 'REQUEST.FAILED', message: generic?.message ?? exception.message, correlationId };
    }
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      const generic = HTTP_CODES[fastifyError.statusCode] ?? HTTP_CODES[400];
      return {
        statusCode: fastifyError.statusCode,
        code: generic?.code ?? 'REQUEST.FAILED',
        message: generic?.message ?? 'Bad request',
        correlationId,
      };
    }
    return {
      statusCode: 500,
      code: 'INTERNAL',
      message: `Hệ thống gặp lỗi, hồ sơ của bạn không bị mất; hãy thử lại và báo mã ${correlationId} nếu lỗi lặp lại / Something failed on our side; nothing you sent was lost. Retry, and quote ${correlationId} if it happens again`,
      correlationId,
    };
  }
}
