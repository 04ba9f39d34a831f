import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@dvc/shared/contracts';

const OFFLINE: Omit<ApiError, 'correlationId'> = {
  statusCode: 0,
  code: 'NETWORK.OFFLINE',
  message: 'Không kết nối được máy chủ; kiểm tra mạng và thử lại / Cannot reach the server; check your connection and retry',
};

/** Any failure of an API call as the API's one error shape, so screens show one kind of message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body === 'object' && typeof body.code === 'string' && typeof body.message === 'string') {
      return {
        statusCode: body.statusCode ?? error.status,
        code: body.code,
        message: body.message,
        ...(body.details ? { details: body.details } : {}),
        correlationId: body.correlationId ?? '',
      };
    }
    if (error.status === 0) return { ...OFFLINE, correlationId: '' };
    return {
      statusCode: error.status,
      code: 'HTTP.UNEXPECTED',
      message: `Máy chủ trả lời bất thường (${error.status}); hãy thử lại / The server answered unexpectedly (${error.status}); retry`,
      correlationId: '',
    };
  }
  return {
    statusCode: 0,
    code: 'CLIENT.UNEXPECTED',
    message: 'Đã có lỗi trong trình duyệt; hãy tải lại trang / Something failed in the browser; reload the page',
    correlationId: '',
  };
}
