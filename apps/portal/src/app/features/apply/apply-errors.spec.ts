import type { ApiError } from '@dvc/shared/contracts';
import { procedureDetail } from '../../testing/portal-fixtures';
import { fieldErrorsFromApi } from './apply-errors';

describe('fieldErrorsFromApi', () => {
  const components = procedureDetail().components;
  const sent = [
    { componentCode: 'TP02', fileId: 'file-2' },
    { componentCode: 'TP01', fileId: 'file-1' },
  ];
  const error = (details: ApiError['details']): ApiError => ({ statusCode: 400, code: 'DOSSIER.FORM_INVALID', message: 'x', correlationId: '', details });

  it('should put each detail on the field or document it is about, split into Vietnamese and English', () => {
    const errors = fieldErrorsFromApi(
      error([
        { field: 'formData.hoTenTre', code: 'REQUIRED', message: 'Hãy nhập «Họ tên» / "Họ tên" is required' },
        { field: 'attachments.1.fileId', code: 'FILE_ALREADY_USED', message: 'Tệp đã được nộp / Already used' },
        { field: 'attachments', code: 'COMPONENT_MISSING', message: 'Thiếu «Giấy chứng sinh» / "Giấy chứng sinh" is required' },
        { field: 'agencyId', code: 'IS_UUID', message: 'agencyId phải là mã cơ quan / agencyId must be an agency id' },
      ]),
      sent,
      components,
    );
    expect(errors).toEqual({
      'formData.hoTenTre': { vi: 'Hãy nhập «Họ tên»', en: '"Họ tên" is required' },
      'component.TP01': { vi: 'Tệp đã được nộp', en: 'Already used' },
      'component.TP02': { vi: 'Thiếu «Giấy chứng sinh»', en: '"Giấy chứng sinh" is required' },
      agencyId: { vi: 'agencyId phải là mã cơ quan', en: 'agencyId must be an agency id' },
    });
  });

  it('should keep what names no known place under "attachments" or leave it to the summary', () => {
    const errors = fieldErrorsFromApi(
      error([
        { field: 'attachments', code: 'COMPONENT_MISSING', message: 'Thiếu «Giấy khác» / missing' },
        { field: 'attachments.9.fileId', code: 'FILE_NOT_FOUND', message: 'Không tìm thấy / not found' },
        { field: 'procedureCode', code: 'MAX_LENGTH', message: 'quá dài' },
        { code: 'NO_FIELD', message: 'chung' },
      ]),
      sent,
      components,
    );
    expect(errors).toEqual({ attachments: { vi: 'Thiếu «Giấy khác»', en: 'missing' } });
  });
});
