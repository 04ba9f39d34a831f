import type { ProcedureRecord } from './procedure-record';

/**
 * A complete, valid procedure record (birth registration at a commune): the example offered to province admins as the
 * starting point of an import file, and the record the specs spoil one field at a time. Returns a fresh copy.
 */
export function exampleProcedureRecord(): ProcedureRecord {
  return {
    code: '1.001193', name: 'Đăng ký khai sinh', publishingAgency: 'Bộ Tư pháp', type: 'TTHC được luật giao quy định chi tiết',
    description: 'Đăng ký khai sinh cho trẻ em.', keywords: ['khai sinh', 'giấy khai sinh'], conditions: '', whereToSubmit: 'UBND cấp xã',
    sectors: [{ code: 'HT', name: 'Hộ tịch' }], levels: ['commune'], applicantTypes: ['citizen'],
    agencies: { implementing: ['000.10.31.H56'], competent: ['000.10.31.H56'], authorised: [], coordinating: [] },
    cases: [{
      code: 'TH1', name: 'Khai sinh đúng hạn', steps: ['Nộp tờ khai', 'Kiểm tra', 'Cấp giấy khai sinh'],
      components: [
        { code: 'TP01', name: 'Tờ khai', originals: 1, copies: 0, required: true, template: null, replaceableByResultCode: null, acceptedTypes: ['application/pdf'], maxSizeMb: 10 },
        { code: 'TP02', name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true, template: null, replaceableByResultCode: null, acceptedTypes: ['application/pdf', 'image/jpeg'], maxSizeMb: 10 },
      ],
    }],
    channels: [
      { channel: 'online', timeLimit: { value: 1, unit: 'working_days' }, description: '', fees: [{ code: 'LP01', name: 'Lệ phí', amount: 0, unit: 'đồng/hồ sơ', description: 'Miễn', schedule: null }] },
      { channel: 'counter', timeLimit: { value: 1, unit: 'working_days' }, description: '', fees: [] },
    ],
    results: [{ code: 'KQ01', name: 'Giấy khai sinh', template: null }],
    legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20', effectiveOn: '2016-01-01', issuer: 'Quốc hội', url: null }],
    related: [], linked: [],
    onlineLevels: [{ agencyCode: '000.10.31.H56', level: 'full' }],
    flags: { feeBearing: false, noResultDocument: false, handledAtOneStop: true, nonBoundary: false, interAgency: false, featured: true },
    tutorialVideoUrl: null,
    internalProcess: [
      { code: 'TN', name: 'Tiếp nhận', role: 'desk_officer', hours: 1 },
      { code: 'TD', name: 'Thẩm định', role: 'specialist', hours: 5 },
      { code: 'PD', name: 'Phê duyệt', role: 'leader', hours: 1.5 },
      { code: 'TKQ', name: 'Trả kết quả', role: 'desk_officer', hours: 0.5 },
    ],
    supplementRestarts: true,
    form: {
      schema: {
        type: 'object', additionalProperties: false, required: ['hoTenTre', 'ngaySinh'],
        properties: {
          hoTenTre: { type: 'string', title: 'Họ tên trẻ', maxLength: 100 },
          ngaySinh: { type: 'string', title: 'Ngày sinh', format: 'date' },
          gioiTinh: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'] },
          soBanSao: { type: 'integer', title: 'Số bản sao', minimum: 0, maximum: 10 },
          cccdMe: { type: 'string', title: 'Số định danh của mẹ', pattern: '^\\d{12}$' },
        },
      },
      ui: { hoTenTre: { order: 1 }, ngaySinh: { order: 2, widget: 'date' }, gioiTinh: { order: 3, widget: 'radio' }, soBanSao: { order: 4, widget: 'number' }, cccdMe: { order: 5 } },
    },
    illustrative: false,
  };
}
