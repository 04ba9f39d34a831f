import type { ProcedureRecord } from '@dvc/shared/contracts';
import { DEPARTMENT } from './agencies';
import { atProvince, doc, F, fee, form, kase, oneCase, optionalDoc, procedure, RESULT, result, workingDays } from './builders';
import { LAW } from './legal-basis';
import { SECTOR } from './sectors';

/**
 * Lý lịch tư pháp. 2.000488 is the national code; the demo keeps the original seed's placement at the service centre
 * and Sở Tư pháp, although since 2025 provinces hand criminal-record certificates out through Công an tỉnh. All
 * records are therefore illustrative. Fee: 200.000 đ (100.000 đ for students, people with merit), Circular 244/2016.
 */
const PUBLISHER = 'Bộ Tư pháp';
const LLTP = SECTOR.LLTP;
const LLTP_LAW = [LAW.luatLLTP, LAW.tt06_2024_btp, LAW.tt244_2016_btc];
const PROCESS = {
  receive: 'Tiếp nhận tờ khai, kiểm tra giấy tờ tùy thân, thu phí',
  appraise: 'Tra cứu cơ sở dữ liệu lý lịch tư pháp, lập Phiếu',
  consult: 'Xác minh thông tin án tích tại cơ quan Công an, Tòa án (thời gian phối hợp)',
  consultShare: 0.3,
  approve: 'Lãnh đạo Sở ký Phiếu lý lịch tư pháp',
  deliver: 'Trả Phiếu (trực tiếp, bưu chính hoặc bản điện tử qua VNeID)',
};

export const JUDICIAL_RECORDS: ProcedureRecord[] = [
  procedure({
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    sector: LLTP,
    at: atProvince(DEPARTMENT.justice, 'full'),
    applicants: ['citizen'],
    publisher: PUBLISHER,
    description: 'Cấp Phiếu lý lịch tư pháp số 1, số 2 cho công dân Việt Nam.',
    conditions: 'Người yêu cầu có căn cước; thường trú hoặc tạm trú tại tỉnh.',
    keywords: ['lý lịch tư pháp', 'phiếu lý lịch', 'án tích', 'xin việc', 'du học'],
    time: workingDays(10),
    timeNote: 'Trường hợp phải xác minh (người nước ngoài, người có án tích chưa đủ thông tin): không quá 15 ngày.',
    fees: [fee('PHI01', 'Phí cung cấp thông tin lý lịch tư pháp', 200_000, 'đồng/lần/người', 'Sinh viên, người có công, thân nhân liệt sĩ, người cư trú ở xã đặc biệt khó khăn: 100.000 đồng; trẻ em, người cao tuổi, người khuyết tật, hộ nghèo: miễn', 'Thông tư số 244/2016/TT-BTC')],
    cases: oneCase(
      ['Nộp tờ khai', 'Tra cứu, xác minh thông tin', 'Lập và ký Phiếu lý lịch tư pháp'],
      [
        doc('TP01', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', { form: 'mau-03-to-khai-yeu-cau-cap-phieu-lltp.docx' }),
        doc('TP02', 'Bản chụp căn cước'),
      ],
    ),
    results: [result(RESULT.phieuLLTP, 'Phiếu lý lịch tư pháp')],
    legal: LLTP_LAW,
    flags: { featured: true, nonBoundary: true },
    processNames: PROCESS,
    form: form(
      F.text('loaiPhieu', 'Loại phiếu (số 1 hoặc số 2)', { max: 10 }),
      F.text('mucDich', 'Mục đích sử dụng'),
    ),
    illustrative: true,
  }),
  procedure({
    code: '9.500401',
    name: 'Cấp Phiếu lý lịch tư pháp cho người nước ngoài đã hoặc đang cư trú tại Việt Nam',
    sector: LLTP,
    at: atProvince(DEPARTMENT.justice, 'full'),
    applicants: ['citizen'],
    publisher: PUBLISHER,
    description: 'Cấp Phiếu lý lịch tư pháp số 1 cho người nước ngoài đang cư trú tại tỉnh (xin thị thực, giấy phép lao động, kết hôn).',
    conditions: 'Người nước ngoài cư trú tại tỉnh; có hộ chiếu và thẻ tạm trú, thường trú còn giá trị.',
    keywords: ['lý lịch tư pháp người nước ngoài', 'giấy phép lao động'],
    time: workingDays(15),
    fees: [fee('PHI01', 'Phí cung cấp thông tin lý lịch tư pháp', 200_000, 'đồng/lần/người', '', 'Thông tư số 244/2016/TT-BTC')],
    cases: oneCase(
      ['Người nước ngoài nộp tờ khai kèm bản chụp hộ chiếu, thẻ cư trú', 'Sở Tư pháp tra cứu, phối hợp Công an tỉnh xác minh', 'Lập, ký và trả Phiếu lý lịch tư pháp'],
      [
        doc('TP01', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', { form: 'mau-03-to-khai-yeu-cau-cap-phieu-lltp.docx' }),
        doc('TP02', 'Bản chụp hộ chiếu'),
        doc('TP03', 'Bản chụp thẻ thường trú hoặc thẻ tạm trú'),
      ],
    ),
    results: [result(RESULT.phieuLLTP, 'Phiếu lý lịch tư pháp số 1')],
    legal: LLTP_LAW,
    related: ['2.000488'],
    processNames: PROCESS,
    form: form(
      F.text('hoTenTheoHoChieu', 'Họ và tên (theo hộ chiếu)', { max: 100 }),
      F.text('quocTich', 'Quốc tịch', { max: 60 }),
      F.text('soHoChieu', 'Số hộ chiếu', { max: 20 }),
      F.date('tuNgayCuTru', 'Cư trú tại Việt Nam từ ngày'),
      F.text('mucDich', 'Mục đích sử dụng Phiếu'),
    ),
    illustrative: true,
  }),
  procedure({
    code: '9.500402',
    name: 'Cấp Phiếu lý lịch tư pháp theo yêu cầu của cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội',
    sector: LLTP,
    at: atProvince(DEPARTMENT.justice, 'none'),
    channels: ['counter', 'postal'],
    applicants: ['organisation'],
    publisher: PUBLISHER,
    description: 'Cơ quan nhà nước, tổ chức chính trị - xã hội đề nghị cấp Phiếu lý lịch tư pháp số 1 để phục vụ công tác quản lý nhân sự, hoạt động đăng ký kinh doanh, thành lập doanh nghiệp.',
    conditions: 'Văn bản yêu cầu ghi rõ mục đích sử dụng, thông tin người được cấp Phiếu.',
    keywords: ['lý lịch tư pháp cơ quan', 'quản lý nhân sự'],
    time: workingDays(10),
    fees: [fee('PHI01', 'Phí cung cấp thông tin lý lịch tư pháp', 0, 'đồng/lần/người', 'Không thu phí đối với yêu cầu của cơ quan nhà nước')],
    cases: oneCase(
      ['Cơ quan, tổ chức gửi văn bản yêu cầu', 'Sở Tư pháp tra cứu, xác minh', 'Gửi Phiếu lý lịch tư pháp cho cơ quan yêu cầu'],
      [doc('TP01', 'Văn bản yêu cầu cấp Phiếu lý lịch tư pháp (ghi rõ họ tên, ngày sinh, nơi cư trú người được cấp)')],
    ),
    results: [result(RESULT.phieuLLTP, 'Phiếu lý lịch tư pháp số 1')],
    legal: LLTP_LAW,
    processNames: { ...PROCESS, receive: 'Tiếp nhận văn bản yêu cầu', deliver: 'Gửi Phiếu cho cơ quan yêu cầu' },
    form: form(
      F.text('tenCoQuan', 'Tên cơ quan, tổ chức yêu cầu'),
      F.text('hoTenNguoiDuocCap', 'Họ và tên người được cấp Phiếu', { max: 100 }),
      F.personalId('soDinhDanh', 'Số định danh cá nhân người được cấp Phiếu'),
      F.text('mucDich', 'Mục đích sử dụng'),
    ),
    illustrative: true,
  }),
  procedure({
    code: '9.500403',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam qua ứng dụng VNeID',
    sector: LLTP,
    at: atProvince(DEPARTMENT.justice, 'full', { where: 'Trực tuyến trên ứng dụng VNeID (tài khoản định danh điện tử mức độ 2); nhận Phiếu điện tử hoặc bản giấy qua bưu chính.' }),
    channels: ['online'],
    applicants: ['citizen'],
    publisher: PUBLISHER,
    description: 'Yêu cầu cấp Phiếu lý lịch tư pháp trên VNeID: thông tin nhân thân lấy từ Cơ sở dữ liệu quốc gia về dân cư, không phải nộp bản chụp giấy tờ; Phiếu điện tử có giá trị như Phiếu giấy.',
    conditions: 'Có tài khoản định danh điện tử mức độ 2; thanh toán phí trực tuyến.',
    keywords: ['VNeID', 'lý lịch tư pháp điện tử', 'phiếu LLTP online'],
    time: workingDays(10),
    fees: [fee('PHI01', 'Phí cung cấp thông tin lý lịch tư pháp', 200_000, 'đồng/lần/người', 'Thanh toán trực tuyến; có thể kèm phí chuyển phát nếu nhận bản giấy', 'Thông tư số 244/2016/TT-BTC')],
    cases: [
      kase('TH01', 'Nhận Phiếu điện tử', ['Khai tờ khai trên VNeID, thanh toán phí', 'Sở Tư pháp tra cứu, xác minh', 'Ký số Phiếu, trả vào kho dữ liệu VNeID'], [
        doc('TP01', 'Tờ khai điện tử trên VNeID'),
      ]),
      kase('TH02', 'Nhận Phiếu giấy qua bưu chính', ['Khai tờ khai trên VNeID, chọn nhận bản giấy, thanh toán phí và cước', 'Sở Tư pháp tra cứu, xác minh', 'Gửi Phiếu giấy qua bưu chính công ích'], [
        doc('TP01', 'Tờ khai điện tử trên VNeID'),
        optionalDoc('TP02', 'Văn bản ủy quyền (chỉ với Phiếu số 1; Phiếu số 2 không được ủy quyền)'),
      ]),
    ],
    results: [result(RESULT.phieuLLTP, 'Phiếu lý lịch tư pháp (điện tử hoặc bản giấy)')],
    legal: [...LLTP_LAW, LAW.nd45_2020],
    related: ['2.000488'],
    flags: { nonBoundary: true },
    processNames: { ...PROCESS, receive: 'Tiếp nhận hồ sơ điện tử từ VNeID, xác nhận thanh toán' },
    form: form(
      F.choice('loaiPhieu', 'Loại phiếu', ['Phiếu số 1', 'Phiếu số 2'], { radio: true }),
      F.text('mucDich', 'Mục đích sử dụng'),
      F.choice('hinhThucNhan', 'Hình thức nhận', ['Phiếu điện tử', 'Phiếu giấy qua bưu chính'], { radio: true }),
      F.integer('soLuongBanGiay', 'Số bản giấy', { min: 1, max: 5, optional: true }),
    ),
    illustrative: true,
  }),
];
