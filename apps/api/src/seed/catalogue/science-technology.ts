import type { ProcedureRecord } from '@dvc/shared/contracts';
import { DEPARTMENT } from './agencies';
import { atProvince, doc, F, fee, form, kase, oneCase, optionalDoc, procedure, result, workingDays } from './builders';
import { LAW } from './legal-basis';
import { SECTOR } from './sectors';

/**
 * Khoa học và công nghệ (merged with Thông tin và Truyền thông in 2025): science tasks, radiation safety (medical
 * X-ray), standards and measurement, postal licences. Local codes; fees illustrative.
 */
const PUBLISHER = 'Bộ Khoa học và Công nghệ';
const SCIENCE = atProvince(DEPARTMENT.science, 'full');
const PROCESS = { receive: 'Tiếp nhận hồ sơ, chuyển Sở Khoa học và Công nghệ', appraise: 'Phòng chuyên môn thẩm định hồ sơ', approve: 'Lãnh đạo Sở Khoa học và Công nghệ ký', deliver: 'Trả kết quả' };

export const SCIENCE_TECHNOLOGY: ProcedureRecord[] = [
  procedure({
    code: '9.501701',
    name: 'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước',
    sector: SECTOR.KHCN,
    at: SCIENCE,
    applicants: ['citizen', 'enterprise', 'organisation'],
    publisher: PUBLISHER,
    description: 'Tổ chức, cá nhân đăng ký kết quả nhiệm vụ khoa học và công nghệ tự đầu tư để được cấp Giấy chứng nhận đăng ký và lưu giữ kết quả.',
    conditions: 'Nhiệm vụ đã kết thúc, có báo cáo tổng hợp kết quả.',
    keywords: ['nhiệm vụ khoa học', 'đăng ký kết quả', 'đề tài'],
    time: workingDays(10),
    fees: [],
    cases: oneCase(
      ['Nộp phiếu đăng ký và báo cáo tổng hợp', 'Sở kiểm tra tính đầy đủ, thể thức', 'Cấp Giấy chứng nhận đăng ký kết quả'],
      [doc('TP01', 'Phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ'), doc('TP02', 'Báo cáo tổng hợp kết quả nhiệm vụ (bản điện tử)', { pdfOnly: true, maxSizeMb: 50 })],
    ),
    results: [result('KQ.KHCN.DANGKY', 'Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ')],
    legal: [LAW.luatKHCN],
    processNames: PROCESS,
    form: form(
      F.text('tenNhiemVu', 'Tên nhiệm vụ', { max: 500 }),
      F.text('chuNhiem', 'Chủ nhiệm nhiệm vụ', { max: 100 }),
      F.date('ngayKetThuc', 'Ngày kết thúc'),
      F.number('kinhPhi', 'Tổng kinh phí (đồng)', { min: 0, optional: true }),
    ),
    illustrative: true,
  }),
  procedure({
    code: '9.501702',
    name: 'Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế',
    sector: SECTOR.ATBX,
    at: SCIENCE,
    applicants: ['enterprise', 'organisation'],
    publisher: PUBLISHER,
    description: 'Cấp giấy phép sử dụng thiết bị X-quang chẩn đoán (chụp răng, X-quang tổng hợp, CT) cho cơ sở y tế.',
    conditions: 'Thiết bị đã được kiểm định; phòng đặt thiết bị được đánh giá an toàn; người phụ trách an toàn bức xạ có chứng chỉ; nhân viên bức xạ được đào tạo, theo dõi liều.',
    keywords: ['X-quang', 'giấy phép bức xạ', 'an toàn bức xạ', 'phòng khám nha khoa'],
    time: workingDays(15),
    fees: [
      fee('PHI01', 'Phí thẩm định cấp giấy phép sử dụng thiết bị X-quang chẩn đoán y tế', 2_000_000, 'đồng/thiết bị', 'Mức minh họa'),
      fee('LP01', 'Lệ phí cấp giấy phép tiến hành công việc bức xạ', 200_000, 'đồng/giấy phép', 'Mức minh họa'),
    ],
    cases: [
      kase('TH01', 'Cấp mới', ['Nộp đơn đề nghị và hồ sơ an toàn', 'Sở thẩm định hồ sơ, kiểm tra thực tế (nếu cần)', 'Cấp giấy phép (thời hạn 05 năm)'], [
        doc('TP01', 'Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ'),
        doc('TP02', 'Báo cáo đánh giá an toàn bức xạ', { pdfOnly: true }),
        doc('TP03', 'Giấy chứng nhận kiểm định thiết bị X-quang'),
        doc('TP04', 'Chứng chỉ nhân viên bức xạ của người phụ trách an toàn'),
      ]),
      kase('TH02', 'Gia hạn', ['Nộp đơn đề nghị gia hạn trước 30 ngày hết hạn', 'Sở thẩm định', 'Gia hạn giấy phép'], [
        doc('TP01', 'Đơn đề nghị gia hạn giấy phép'),
        doc('TP02', 'Giấy chứng nhận kiểm định thiết bị còn hiệu lực'),
        optionalDoc('TP03', 'Kết quả đo liều chiếu xạ cá nhân năm gần nhất'),
      ]),
    ],
    results: [result('KQ.ATBX.GIAYPHEP', 'Giấy phép tiến hành công việc bức xạ')],
    legal: [LAW.luatNLNT, LAW.nd142_2020],
    processNames: { ...PROCESS, consult: 'Kiểm tra thực tế phòng đặt thiết bị (nếu cần)', consultShare: 0.2 },
    form: form(
      F.text('tenCoSo', 'Tên cơ sở y tế'),
      F.choice('loaiThietBi', 'Loại thiết bị', ['X-quang chụp răng', 'X-quang tổng hợp', 'X-quang di động', 'Chụp cắt lớp vi tính (CT)', 'Chụp nhũ ảnh']),
      F.text('soSeri', 'Số seri thiết bị', { max: 50 }),
      F.text('nguoiPhuTrachAnToan', 'Người phụ trách an toàn bức xạ', { max: 100 }),
    ),
    illustrative: true,
  }),
  procedure({
    code: '9.501703',
    name: 'Đăng ký bản công bố hợp quy đối với sản phẩm, hàng hóa sản xuất trong nước',
    sector: SECTOR.TDC,
    at: SCIENCE,
    applicants: ['enterprise'],
    publisher: PUBLISHER,
    description: 'Tổ chức, cá nhân sản xuất đăng ký bản công bố hợp quy dựa trên kết quả chứng nhận hoặc tự đánh giá theo quy chuẩn kỹ thuật địa phương, quốc gia.',
    conditions: 'Sản phẩm thuộc danh mục phải công bố hợp quy; có kết quả chứng nhận hợp quy hoặc kết quả tự đánh giá.',
    keywords: ['công bố hợp quy', 'quy chuẩn kỹ thuật', 'chất lượng sản phẩm'],
    time: workingDays(5),
    fees: [fee('LP01', 'Lệ phí đăng ký công bố hợp quy', 150_000, 'đồng/giấy', 'Mức minh họa')],
    cases: oneCase(
      ['Nộp bản công bố hợp quy và kết quả chứng nhận', 'Sở kiểm tra tính đầy đủ, hợp lệ', 'Ra thông báo tiếp nhận bản công bố hợp quy'],
      [doc('TP01', 'Bản công bố hợp quy'), doc('TP02', 'Giấy chứng nhận hợp quy hoặc kết quả tự đánh giá kèm kết quả thử nghiệm')],
    ),
    results: [result('KQ.TDC.HOPQUY', 'Thông báo tiếp nhận bản công bố hợp quy')],
    legal: [LAW.luatTCQC],
    processNames: PROCESS,
    form: form(
      F.text('tenSanPham', 'Tên sản phẩm, hàng hóa'),
      F.text('soQuyChuan', 'Số hiệu quy chuẩn kỹ thuật áp dụng', { max: 50, placeholder: 'QCVN 16:2023/BXD' }),
      F.choice('phuongThuc', 'Phương thức đánh giá', ['Chứng nhận của tổ chức chứng nhận', 'Tự đánh giá của tổ chức, cá nhân'], { radio: true }),
    ),
    illustrative: true,
  }),
  procedure({
    code: '9.501704',
    name: 'Chứng nhận chuẩn đo lường để kiểm định phương tiện đo nhóm 2 (cột đo xăng dầu, cân)',
    sector: SECTOR.TDC,
    at: SCIENCE,
    applicants: ['enterprise', 'organisation'],
    publisher: PUBLISHER,
    description: 'Chứng nhận chuẩn đo lường dùng để kiểm định, hiệu chuẩn phương tiện đo nhóm 2 cho tổ chức kiểm định trên địa bàn.',
    conditions: 'Chuẩn đo lường có đặc trưng kỹ thuật đo lường phù hợp; đã được hiệu chuẩn bởi tổ chức có thẩm quyền.',
    keywords: ['chuẩn đo lường', 'kiểm định cân', 'cột đo xăng dầu'],
    time: workingDays(10),
    fees: [fee('PHI01', 'Phí thẩm định chứng nhận chuẩn đo lường', 900_000, 'đồng/chuẩn', 'Mức minh họa')],
    cases: oneCase(
      ['Nộp đơn đề nghị kèm giấy chứng nhận hiệu chuẩn', 'Sở đánh giá hồ sơ kỹ thuật', 'Cấp Quyết định chứng nhận chuẩn đo lường'],
      [doc('TP01', 'Đơn đề nghị chứng nhận chuẩn đo lường'), doc('TP02', 'Giấy chứng nhận hiệu chuẩn chuẩn đo lường'), doc('TP03', 'Tài liệu kỹ thuật của chuẩn', { pdfOnly: true })],
    ),
    results: [result('KQ.TDC.CHUAN', 'Quyết định chứng nhận chuẩn đo lường')],
    legal: [LAW.luatDoLuong],
    processNames: PROCESS,
    form: form(
      F.text('tenChuan', 'Tên chuẩn đo lường'),
      F.text('phamViDo', 'Phạm vi đo, cấp chính xác', { max: 100 }),
      F.text('phuongTienKiemDinh', 'Phương tiện đo được kiểm định bằng chuẩn', { max: 200 }),
    ),
    illustrative: true,
  }),
  procedure({
    code: '9.501705',
    name: 'Cấp giấy phép bưu chính (phạm vi nội tỉnh)',
    sector: SECTOR.BC,
    at: SCIENCE,
    applicants: ['enterprise'],
    publisher: PUBLISHER,
    description: 'Cấp giấy phép cung ứng dịch vụ thư có địa chỉ nhận khối lượng đơn chiếc đến 02 kg trong phạm vi nội tỉnh.',
    conditions: 'Doanh nghiệp có đăng ký kinh doanh dịch vụ bưu chính; có phương án kinh doanh khả thi; có mẫu hợp đồng, bảng giá, quy định mức bồi thường.',
    keywords: ['giấy phép bưu chính', 'chuyển phát', 'dịch vụ thư'],
    time: workingDays(30),
    fees: [fee('PHI01', 'Phí thẩm định điều kiện hoạt động bưu chính', 10_000_000, 'đồng/giấy phép', 'Mức minh họa')],
    cases: oneCase(
      ['Nộp hồ sơ đề nghị cấp phép', 'Sở thẩm định phương án kinh doanh', 'Cấp giấy phép bưu chính'],
      [doc('TP01', 'Đơn đề nghị cấp giấy phép bưu chính'), doc('TP02', 'Phương án kinh doanh', { pdfOnly: true }), doc('TP03', 'Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính'), doc('TP04', 'Bảng giá cước, mức bồi thường thiệt hại')],
    ),
    results: [result('KQ.BC.GIAYPHEP', 'Giấy phép bưu chính')],
    legal: [LAW.luatBuuChinh, LAW.nd47_2011],
    processNames: PROCESS,
    form: form(
      F.text('tenDoanhNghiep', 'Tên doanh nghiệp'),
      F.taxCode('maSoDoanhNghiep', 'Mã số doanh nghiệp'),
      F.text('phamViCungUng', 'Phạm vi cung ứng (các xã, phường)', { max: 500 }),
    ),
    illustrative: true,
  }),
];
