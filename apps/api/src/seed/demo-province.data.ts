import type { FormField, OnlineLevel, ProcedureComponent, ProcedureFee, ProcedureLevel } from '@dvc/shared/contracts';
import type { TimeUnit, UserRole } from '@dvc/shared/domain';

/**
 * A demo province shaped like Thanh Hóa (electronic identifiers `AAA.BB.CC.H56`) after the 2025 two-level reform:
 * province, service centre, departments and communes, no districts. Procedures are real national procedures with
 * their codes, time limits and fees as published; the amounts are the usual provincial ones.
 */
export const DEMO_PASSWORD = 'Demo@12345';
export const PROVINCE_CODE = '000.00.00.H56';

export interface DemoAgency {
  code: string;
  name: string;
  kind: 'province' | 'service_centre' | 'department' | 'commune';
  parentCode: string | null;
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { code: PROVINCE_CODE, name: 'UBND tỉnh Thanh Hóa (demo)', kind: 'province', parentCode: null },
  { code: '000.00.31.H56', name: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'service_centre', parentCode: PROVINCE_CODE },
  { code: '000.00.10.H56', name: 'Sở Tư pháp', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.12.H56', name: 'Sở Xây dựng', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.13.H56', name: 'Sở Tài chính', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.15.H56', name: 'Sở Y tế', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.10.31.H56', name: 'UBND phường Hạc Thành', kind: 'commune', parentCode: PROVINCE_CODE },
  { code: '000.11.31.H56', name: 'UBND phường Sầm Sơn', kind: 'commune', parentCode: PROVINCE_CODE },
  { code: '000.12.31.H56', name: 'UBND xã Quảng Phú', kind: 'commune', parentCode: PROVINCE_CODE },
];

export const COMMUNES = DEMO_AGENCIES.filter((agency) => agency.kind === 'commune').map((agency) => agency.code);
const SERVICE_CENTRE = '000.00.31.H56';

export const DEMO_SECTORS: readonly { code: string; name: string }[] = [
  { code: 'HT', name: 'Hộ tịch' },
  { code: 'CT', name: 'Chứng thực' },
  { code: 'LLTP', name: 'Lý lịch tư pháp' },
  { code: 'XD', name: 'Hoạt động xây dựng' },
  { code: 'DKKD', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  { code: 'YT', name: 'Khám bệnh, chữa bệnh' },
  { code: 'TCDN', name: 'Thành lập và hoạt động doanh nghiệp' },
];

export interface DemoProcedure {
  code: string;
  name: string;
  sectorCode: string;
  level: ProcedureLevel;
  timeLimit: { value: number; unit: TimeUnit };
  description: string;
  conditions: string;
  steps: string[];
  components: ProcedureComponent[];
  fees: ProcedureFee[];
  results: string[];
  legalBasis: string[];
  formFields: FormField[];
  decision: { number: string; date: string };
  /** Where it is filed and how far online. */
  agencies: { code: string; onlineLevel: OnlineLevel }[];
}

const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const component = (code: string, name: string, required = true, originals = 1, copies = 0): ProcedureComponent => ({
  code, name, originals, copies, required, acceptedTypes: FILE_TYPES, maxSizeMb: 10,
});
const text = (key: string, label: string, required = true, maxLength = 200): FormField => ({ key, label, type: 'text', required, maxLength });
const date = (key: string, label: string, required = true): FormField => ({ key, label, type: 'date', required });
const communes = (onlineLevel: OnlineLevel) => COMMUNES.map((code) => ({ code, onlineLevel }));
const DECISION = { number: '2468/QĐ-UBND', date: '2025-07-01' };

export const DEMO_PROCEDURES: readonly DemoProcedure[] = [
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    sectorCode: 'HT',
    level: 'commune',
    timeLimit: { value: 1, unit: 'working_days' },
    description: 'Đăng ký khai sinh cho trẻ em sinh ra trên địa bàn, cấp Giấy khai sinh bản chính và bản sao.',
    conditions: 'Người đi đăng ký là cha, mẹ hoặc người thân thích của trẻ; thực hiện trong 60 ngày kể từ ngày sinh.',
    steps: ['Nộp tờ khai và giấy chứng sinh', 'Công chức tư pháp - hộ tịch kiểm tra', 'Chủ tịch UBND ký Giấy khai sinh', 'Trả kết quả'],
    components: [component('TP01', 'Tờ khai đăng ký khai sinh'), component('TP02', 'Giấy chứng sinh'), component('TP03', 'Văn bản ủy quyền (nếu có)', false)],
    fees: [{ code: 'LP01', name: 'Lệ phí đăng ký khai sinh đúng hạn', amount: 0 }],
    results: ['Giấy khai sinh (bản chính)'],
    legalBasis: ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định số 123/2015/NĐ-CP', 'Thông tư số 04/2020/TT-BTP'],
    formFields: [text('hoTenTre', 'Họ, chữ đệm và tên của trẻ'), date('ngaySinh', 'Ngày sinh'), text('noiSinh', 'Nơi sinh'), text('hoTenMe', 'Họ và tên người mẹ')],
    decision: DECISION,
    agencies: communes('full'),
  },
  {
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    sectorCode: 'HT',
    level: 'commune',
    timeLimit: { value: 1, unit: 'working_days' },
    description: 'Đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước.',
    conditions: 'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; tự nguyện; không thuộc trường hợp cấm kết hôn.',
    steps: ['Hai bên nộp tờ khai', 'Kiểm tra điều kiện kết hôn', 'Hai bên ký Giấy chứng nhận kết hôn', 'Trao Giấy chứng nhận'],
    components: [component('TP01', 'Tờ khai đăng ký kết hôn'), component('TP02', 'Giấy xác nhận tình trạng hôn nhân', false)],
    fees: [{ code: 'LP01', name: 'Lệ phí đăng ký kết hôn', amount: 0 }],
    results: ['Giấy chứng nhận kết hôn'],
    legalBasis: ['Luật Hôn nhân và gia đình số 52/2014/QH13', 'Luật Hộ tịch số 60/2014/QH13'],
    formFields: [text('hoTenChong', 'Họ và tên bên nam'), text('hoTenVo', 'Họ và tên bên nữ'), date('ngayDuKien', 'Ngày dự kiến đăng ký')],
    decision: DECISION,
    agencies: communes('full'),
  },
  {
    code: '1.004873',
    name: 'Cấp bản sao trích lục hộ tịch',
    sectorCode: 'HT',
    level: 'commune',
    timeLimit: { value: 1, unit: 'working_days' },
    description: 'Cấp bản sao trích lục các sự kiện hộ tịch đã đăng ký tại cơ quan.',
    conditions: 'Người yêu cầu là người có sự kiện hộ tịch hoặc được ủy quyền.',
    steps: ['Nộp tờ khai yêu cầu', 'Tra cứu sổ hộ tịch', 'Cấp bản sao trích lục'],
    components: [component('TP01', 'Tờ khai cấp bản sao trích lục hộ tịch')],
    fees: [{ code: 'PHI01', name: 'Phí cấp bản sao trích lục (mỗi bản)', amount: 8_000 }],
    results: ['Bản sao trích lục hộ tịch'],
    legalBasis: ['Luật Hộ tịch số 60/2014/QH13', 'Thông tư số 281/2016/TT-BTC'],
    formFields: [text('suKien', 'Sự kiện hộ tịch cần trích lục'), { key: 'soBanSao', label: 'Số bản sao', type: 'number', required: true }],
    decision: DECISION,
    agencies: communes('full'),
  },
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    sectorCode: 'CT',
    level: 'commune',
    timeLimit: { value: 8, unit: 'working_hours' },
    description: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp.',
    conditions: 'Bản chính không bị tẩy xóa, sửa chữa, thêm bớt nội dung.',
    steps: ['Xuất trình bản chính và bản sao', 'Đối chiếu', 'Ký chứng thực, đóng dấu'],
    components: [component('TP01', 'Bản chính giấy tờ cần chứng thực (bản chụp)')],
    fees: [{ code: 'PHI01', name: 'Phí chứng thực (trang thứ nhất, thứ hai)', amount: 2_000 }],
    results: ['Bản sao được chứng thực'],
    legalBasis: ['Nghị định số 23/2015/NĐ-CP', 'Thông tư số 226/2016/TT-BTC'],
    formFields: [text('tenGiayTo', 'Tên giấy tờ cần chứng thực'), { key: 'soBan', label: 'Số bản', type: 'number', required: true }],
    decision: DECISION,
    agencies: communes('partial'),
  },
  {
    code: '2.001035',
    name: 'Đăng ký thành lập hộ kinh doanh',
    sectorCode: 'DKKD',
    level: 'commune',
    timeLimit: { value: 3, unit: 'working_days' },
    description: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh.',
    conditions: 'Ngành, nghề kinh doanh không bị cấm; tên hộ kinh doanh hợp lệ; nộp đủ lệ phí.',
    steps: ['Nộp giấy đề nghị', 'Kiểm tra tính hợp lệ', 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh'],
    components: [component('TP01', 'Giấy đề nghị đăng ký hộ kinh doanh'), component('TP02', 'Bản sao giấy tờ pháp lý của chủ hộ'), component('TP03', 'Biên bản họp thành viên hộ gia đình (nếu có)', false)],
    fees: [{ code: 'LP01', name: 'Lệ phí đăng ký hộ kinh doanh', amount: 100_000 }],
    results: ['Giấy chứng nhận đăng ký hộ kinh doanh'],
    legalBasis: ['Nghị định số 01/2021/NĐ-CP', 'Nghị định số 168/2025/NĐ-CP'],
    formFields: [text('tenHoKinhDoanh', 'Tên hộ kinh doanh'), text('diaChi', 'Địa chỉ trụ sở'), text('nganhNghe', 'Ngành, nghề kinh doanh', true, 500), { key: 'vonKinhDoanh', label: 'Vốn kinh doanh (đồng)', type: 'number', required: true }],
    decision: DECISION,
    agencies: communes('full'),
  },
  {
    code: '1.009993',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    sectorCode: 'XD',
    level: 'commune',
    timeLimit: { value: 15, unit: 'working_days' },
    description: 'Cấp giấy phép xây dựng mới nhà ở riêng lẻ tại đô thị và khu vực có quy hoạch.',
    conditions: 'Phù hợp quy hoạch chi tiết; bảo đảm an toàn công trình và công trình lân cận.',
    steps: ['Nộp hồ sơ', 'Kiểm tra thực địa', 'Thẩm định', 'Cấp giấy phép xây dựng'],
    components: [
      component('TP01', 'Đơn đề nghị cấp giấy phép xây dựng'),
      component('TP02', 'Giấy tờ chứng minh quyền sử dụng đất'),
      component('TP03', 'Bản vẽ thiết kế xây dựng', true, 2),
    ],
    fees: [{ code: 'LP01', name: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', amount: 75_000 }],
    results: ['Giấy phép xây dựng'],
    legalBasis: ['Luật Xây dựng số 50/2014/QH13 (sửa đổi 2020)', 'Nghị định số 175/2024/NĐ-CP'],
    formFields: [text('diaDiem', 'Địa điểm xây dựng'), text('soThua', 'Số thửa, tờ bản đồ'), { key: 'dienTich', label: 'Diện tích xây dựng (m²)', type: 'number', required: true }, { key: 'ghiChu', label: 'Ghi chú', type: 'textarea', required: false, maxLength: 1000 }],
    decision: DECISION,
    agencies: communes('partial'),
  },
  {
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    sectorCode: 'LLTP',
    level: 'province',
    timeLimit: { value: 10, unit: 'working_days' },
    description: 'Cấp Phiếu lý lịch tư pháp số 1, số 2 cho công dân Việt Nam.',
    conditions: 'Người yêu cầu có căn cước; thường trú hoặc tạm trú tại tỉnh.',
    steps: ['Nộp tờ khai', 'Tra cứu, xác minh thông tin', 'Lập và ký Phiếu lý lịch tư pháp'],
    components: [component('TP01', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp'), component('TP02', 'Bản chụp căn cước')],
    fees: [{ code: 'PHI01', name: 'Phí cung cấp thông tin lý lịch tư pháp', amount: 200_000 }],
    results: ['Phiếu lý lịch tư pháp'],
    legalBasis: ['Luật Lý lịch tư pháp số 28/2009/QH12', 'Thông tư số 244/2016/TT-BTC'],
    formFields: [text('loaiPhieu', 'Loại phiếu (số 1 hoặc số 2)', true, 10), text('mucDich', 'Mục đích sử dụng')],
    decision: DECISION,
    agencies: [{ code: SERVICE_CENTRE, onlineLevel: 'full' }, { code: '000.00.10.H56', onlineLevel: 'full' }],
  },
  {
    code: '1.001612',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    sectorCode: 'TCDN',
    level: 'province',
    timeLimit: { value: 3, unit: 'working_days' },
    description: 'Cấp Giấy chứng nhận đăng ký doanh nghiệp cho doanh nghiệp tư nhân.',
    conditions: 'Ngành nghề không bị cấm; tên doanh nghiệp hợp lệ; hồ sơ hợp lệ; nộp đủ lệ phí.',
    steps: ['Nộp hồ sơ', 'Phòng Đăng ký kinh doanh xem xét', 'Cấp Giấy chứng nhận'],
    components: [component('TP01', 'Giấy đề nghị đăng ký doanh nghiệp'), component('TP02', 'Bản sao giấy tờ pháp lý của chủ doanh nghiệp')],
    fees: [{ code: 'LP01', name: 'Lệ phí đăng ký doanh nghiệp', amount: 50_000 }, { code: 'PHI01', name: 'Phí công bố nội dung đăng ký doanh nghiệp', amount: 100_000 }],
    results: ['Giấy chứng nhận đăng ký doanh nghiệp'],
    legalBasis: ['Luật Doanh nghiệp số 59/2020/QH14', 'Nghị định số 168/2025/NĐ-CP'],
    formFields: [text('tenDoanhNghiep', 'Tên doanh nghiệp'), text('diaChiTruSo', 'Địa chỉ trụ sở chính'), { key: 'vonDauTu', label: 'Vốn đầu tư (đồng)', type: 'number', required: true }],
    decision: DECISION,
    agencies: [{ code: SERVICE_CENTRE, onlineLevel: 'full' }, { code: '000.00.13.H56', onlineLevel: 'full' }],
  },
  {
    code: '1.002030',
    name: 'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh',
    sectorCode: 'YT',
    level: 'province',
    timeLimit: { value: 20, unit: 'working_days' },
    description: 'Cấp chứng chỉ hành nghề cho người hành nghề khám bệnh, chữa bệnh.',
    conditions: 'Có văn bằng chuyên môn phù hợp và giấy xác nhận quá trình thực hành.',
    steps: ['Nộp hồ sơ', 'Thẩm định', 'Hội đồng tư vấn', 'Cấp chứng chỉ hành nghề'],
    components: [component('TP01', 'Đơn đề nghị cấp chứng chỉ hành nghề'), component('TP02', 'Bản sao văn bằng chuyên môn'), component('TP03', 'Giấy xác nhận quá trình thực hành')],
    fees: [{ code: 'PHI01', name: 'Phí thẩm định cấp chứng chỉ hành nghề', amount: 360_000 }],
    results: ['Chứng chỉ hành nghề khám bệnh, chữa bệnh'],
    legalBasis: ['Luật Khám bệnh, chữa bệnh số 15/2023/QH15', 'Nghị định số 96/2023/NĐ-CP'],
    formFields: [text('vanBang', 'Văn bằng chuyên môn'), text('phamVi', 'Phạm vi hành nghề đề nghị')],
    decision: DECISION,
    agencies: [{ code: SERVICE_CENTRE, onlineLevel: 'partial' }, { code: '000.00.15.H56', onlineLevel: 'partial' }],
  },
  {
    code: '1.000656',
    name: 'Đăng ký khai tử',
    sectorCode: 'HT',
    level: 'commune',
    timeLimit: { value: 1, unit: 'working_days' },
    description: 'Đăng ký khai tử cho người chết trên địa bàn.',
    conditions: 'Thực hiện trong 15 ngày kể từ ngày có người chết.',
    steps: ['Nộp tờ khai và giấy báo tử', 'Kiểm tra', 'Cấp trích lục khai tử'],
    components: [component('TP01', 'Tờ khai đăng ký khai tử'), component('TP02', 'Giấy báo tử hoặc giấy tờ thay thế')],
    fees: [{ code: 'LP01', name: 'Lệ phí đăng ký khai tử đúng hạn', amount: 0 }],
    results: ['Trích lục khai tử'],
    legalBasis: ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định số 123/2015/NĐ-CP'],
    formFields: [text('hoTenNguoiChet', 'Họ và tên người chết'), date('ngayChet', 'Ngày chết'), text('noiChet', 'Nơi chết')],
    decision: DECISION,
    agencies: communes('full'),
  },
  {
    code: '1.004746',
    name: 'Cấp giấy xác nhận tình trạng hôn nhân',
    sectorCode: 'HT',
    level: 'commune',
    timeLimit: { value: 3, unit: 'working_days' },
    description: 'Cấp giấy xác nhận tình trạng hôn nhân cho công dân cư trú trên địa bàn.',
    conditions: 'Người yêu cầu cư trú tại địa phương.',
    steps: ['Nộp tờ khai', 'Xác minh', 'Cấp giấy xác nhận'],
    components: [component('TP01', 'Tờ khai cấp giấy xác nhận tình trạng hôn nhân')],
    fees: [{ code: 'LP01', name: 'Lệ phí cấp giấy xác nhận', amount: 0 }],
    results: ['Giấy xác nhận tình trạng hôn nhân'],
    legalBasis: ['Luật Hộ tịch số 60/2014/QH13'],
    formFields: [text('mucDichSuDung', 'Mục đích sử dụng'), text('tinhTrang', 'Tình trạng hôn nhân hiện tại')],
    decision: DECISION,
    agencies: communes('full'),
  },
  {
    code: '1.011608',
    name: 'Cấp giấy phép sửa chữa, cải tạo công trình',
    sectorCode: 'XD',
    level: 'province',
    timeLimit: { value: 20, unit: 'working_days' },
    description: 'Cấp giấy phép sửa chữa, cải tạo công trình cấp I, II trên địa bàn tỉnh.',
    conditions: 'Phù hợp quy hoạch, kiến trúc; bảo đảm an toàn.',
    steps: ['Nộp hồ sơ', 'Thẩm định', 'Cấp giấy phép'],
    components: [component('TP01', 'Đơn đề nghị cấp giấy phép sửa chữa, cải tạo'), component('TP02', 'Bản vẽ hiện trạng công trình'), component('TP03', 'Bản vẽ thiết kế sửa chữa, cải tạo')],
    fees: [{ code: 'LP01', name: 'Lệ phí cấp giấy phép xây dựng công trình khác', amount: 150_000 }],
    results: ['Giấy phép sửa chữa, cải tạo'],
    legalBasis: ['Luật Xây dựng số 50/2014/QH13 (sửa đổi 2020)', 'Nghị định số 175/2024/NĐ-CP'],
    formFields: [text('tenCongTrinh', 'Tên công trình'), text('diaDiem', 'Địa điểm'), { key: 'noiDung', label: 'Nội dung sửa chữa, cải tạo', type: 'textarea', required: true, maxLength: 2000 }],
    decision: DECISION,
    agencies: [{ code: SERVICE_CENTRE, onlineLevel: 'partial' }, { code: '000.00.12.H56', onlineLevel: 'partial' }],
  },
];

export interface DemoUser {
  email: string;
  fullName: string;
  role: UserRole;
  agencyCodes: string[];
  description: string;
}

const FIRST_COMMUNE = '000.10.31.H56';
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'congdan@demo.dvc.vn', fullName: 'Nguyễn Văn An', role: 'citizen', agencyCodes: [], description: 'Công dân / citizen' },
  { email: 'motcua@demo.dvc.vn', fullName: 'Lê Thị Mai', role: 'desk_officer', agencyCodes: [FIRST_COMMUNE, SERVICE_CENTRE], description: 'Cán bộ một cửa / desk officer (P. Hạc Thành, TTPVHCC)' },
  { email: 'chuyenvien@demo.dvc.vn', fullName: 'Trần Quốc Bảo', role: 'specialist', agencyCodes: [FIRST_COMMUNE, SERVICE_CENTRE], description: 'Chuyên viên / specialist' },
  { email: 'lanhdao@demo.dvc.vn', fullName: 'Phạm Minh Đức', role: 'leader', agencyCodes: [FIRST_COMMUNE, SERVICE_CENTRE], description: 'Lãnh đạo / leader' },
  { email: 'quantri.coquan@demo.dvc.vn', fullName: 'Hoàng Thu Hà', role: 'agency_admin', agencyCodes: [FIRST_COMMUNE], description: 'Quản trị cơ quan / agency admin' },
  { email: 'quantri.tinh@demo.dvc.vn', fullName: 'Vũ Đình Khoa', role: 'province_admin', agencyCodes: [PROVINCE_CODE], description: 'Quản trị tỉnh / province admin' },
  { email: 'motcua.xa2@demo.dvc.vn', fullName: 'Đặng Văn Hùng', role: 'desk_officer', agencyCodes: ['000.11.31.H56'], description: 'Một cửa phường Sầm Sơn / desk officer of another commune' },
];

export const DEMO_LOGINS = DEMO_USERS.map(({ email, role, description }) => ({ email, role, description }));
