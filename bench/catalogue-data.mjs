// Generated catalogue for the benchmark database only: realistic Vietnamese procedure names built from the actions,
// subjects and qualifiers that real national procedures use (variants of the seeded ones and of other sectors), so
// the trigram search runs over a catalogue of a province's real size (~1,600 procedures instead of 12).
// Every generated procedure is marked as bench data: code `9.9xxxxx`, decision number `BENCH/...`, and a description
// starting with BENCH_MARK.

export const BENCH_MARK = '[Dữ liệu đo hiệu năng / bench data]';
export const BENCH_CODE_PREFIX = '9.9';

/** Sectors the seed does not have (the seeded ones are reused as they are). */
export const BENCH_SECTORS = [
  { code: 'DD', name: 'Đất đai' },
  { code: 'GTDB', name: 'Đường bộ' },
  { code: 'GDDT', name: 'Giáo dục và Đào tạo' },
  { code: 'LDVL', name: 'Việc làm' },
  { code: 'BTXH', name: 'Bảo trợ xã hội' },
  { code: 'VHDL', name: 'Văn hóa, du lịch' },
  { code: 'NN', name: 'Nông nghiệp' },
  { code: 'MT', name: 'Môi trường' },
  { code: 'TDKT', name: 'Thi đua, khen thưởng' },
  { code: 'NCC', name: 'Người có công' },
];

/** sector code -> how names are put together: `${action} ${subject}${qualifier}`. */
export const NAME_PARTS = {
  HT: {
    actions: ['Đăng ký', 'Đăng ký lại', 'Cấp bản sao trích lục', 'Ghi vào Sổ hộ tịch việc'],
    subjects: ['khai sinh', 'kết hôn', 'khai tử', 'nhận cha, mẹ, con', 'giám hộ', 'chấm dứt giám hộ',
      'thay đổi, cải chính, bổ sung thông tin hộ tịch', 'xác định lại dân tộc'],
    qualifiers: ['', ' có yếu tố nước ngoài', ' tại khu vực biên giới', ' lưu động', ' cho người đã có hồ sơ, giấy tờ cá nhân',
      ' kết hợp nhận cha, mẹ, con'],
  },
  CT: {
    actions: ['Chứng thực', 'Cấp bản sao có chứng thực'],
    subjects: ['bản sao từ bản chính giấy tờ, văn bản', 'chữ ký trong các giấy tờ, văn bản', 'hợp đồng, giao dịch liên quan đến động sản',
      'hợp đồng mua bán nhà ở', 'văn bản thỏa thuận phân chia di sản', 'văn bản từ chối nhận di sản', 'di chúc',
      'việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'chữ ký người dịch'],
    qualifiers: ['', ' do cơ quan có thẩm quyền của nước ngoài cấp', ' tại cấp xã', ' cho người không thể ký, không thể điểm chỉ',
      ' tại nhà riêng'],
  },
  LLTP: {
    actions: ['Cấp Phiếu lý lịch tư pháp số 1', 'Cấp Phiếu lý lịch tư pháp số 2'],
    subjects: ['cho công dân Việt Nam', 'cho người nước ngoài đang cư trú tại Việt Nam', 'cho cơ quan tiến hành tố tụng',
      'cho cơ quan nhà nước, tổ chức chính trị - xã hội'],
    qualifiers: ['', ' (ủy quyền)', ' qua dịch vụ bưu chính', ' qua ứng dụng VNeID', ' đã thay đổi họ tên'],
  },
  XD: {
    actions: ['Cấp giấy phép', 'Điều chỉnh giấy phép', 'Gia hạn giấy phép', 'Cấp lại giấy phép'],
    subjects: ['xây dựng mới', 'sửa chữa, cải tạo', 'di dời công trình', 'xây dựng có thời hạn'],
    qualifiers: [' đối với nhà ở riêng lẻ', ' đối với công trình cấp III, cấp IV', ' đối với công trình tôn giáo, tín ngưỡng',
      ' đối với công trình quảng cáo', ' đối với công trình theo tuyến', ' trong đô thị', ' tại khu vực nông thôn'],
  },
  DKKD: {
    actions: ['Đăng ký thành lập', 'Đăng ký thay đổi nội dung đăng ký', 'Thông báo tạm ngừng kinh doanh', 'Chấm dứt hoạt động',
      'Cấp lại Giấy chứng nhận đăng ký'],
    subjects: ['hộ kinh doanh', 'hợp tác xã', 'liên hiệp hợp tác xã', 'tổ hợp tác', 'địa điểm kinh doanh của hộ kinh doanh'],
    qualifiers: ['', ' qua mạng điện tử', ' do cá nhân làm chủ', ' do các thành viên hộ gia đình làm chủ', ' khi thay đổi địa chỉ trụ sở'],
  },
  TCDN: {
    actions: ['Đăng ký thành lập', 'Đăng ký thay đổi nội dung đăng ký', 'Thông báo tạm ngừng kinh doanh', 'Giải thể',
      'Cấp lại Giấy chứng nhận đăng ký'],
    subjects: ['doanh nghiệp tư nhân', 'công ty trách nhiệm hữu hạn một thành viên', 'công ty trách nhiệm hữu hạn hai thành viên trở lên',
      'công ty cổ phần', 'công ty hợp danh', 'chi nhánh, văn phòng đại diện'],
    qualifiers: ['', ' qua mạng điện tử', ' trong trường hợp chuyển đổi loại hình', ' theo quyết định của Tòa án'],
  },
  YT: {
    actions: ['Cấp', 'Cấp lại', 'Điều chỉnh', 'Gia hạn', 'Thu hồi'],
    subjects: ['chứng chỉ hành nghề khám bệnh, chữa bệnh', 'giấy phép hoạt động phòng khám đa khoa',
      'giấy phép hoạt động phòng khám chuyên khoa', 'giấy chứng nhận đủ điều kiện kinh doanh dược', 'chứng chỉ hành nghề dược',
      'giấy phép hoạt động cơ sở dịch vụ y tế', 'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm'],
    qualifiers: ['', ' đối với người Việt Nam', ' đối với người nước ngoài', ' do bị mất hoặc hư hỏng', ' theo hình thức trực tuyến'],
  },
  DD: {
    actions: ['Đăng ký', 'Cấp', 'Cấp đổi', 'Cấp lại', 'Đính chính'],
    subjects: ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'biến động quyền sử dụng đất',
      'chuyển mục đích sử dụng đất', 'thế chấp quyền sử dụng đất', 'tách thửa hoặc hợp thửa đất', 'gia hạn sử dụng đất'],
    qualifiers: ['', ' lần đầu', ' cho hộ gia đình, cá nhân', ' cho tổ chức', ' do bị mất', ' do thay đổi diện tích'],
  },
  GTDB: {
    actions: ['Cấp', 'Cấp lại', 'Đổi', 'Gia hạn', 'Cấp đổi'],
    subjects: ['giấy phép lái xe', 'giấy phép liên vận', 'phù hiệu xe ô tô kinh doanh vận tải', 'giấy phép thi công công trình trên đường bộ',
      'giấy phép kinh doanh vận tải bằng xe ô tô', 'giấy chứng nhận đăng ký xe máy chuyên dùng'],
    qualifiers: ['', ' do ngành Giao thông vận tải cấp', ' do nước ngoài cấp', ' bị mất', ' hết hạn sử dụng'],
  },
  GDDT: {
    actions: ['Cấp', 'Công nhận', 'Cho phép thành lập', 'Sáp nhập, chia, tách', 'Cho phép hoạt động giáo dục'],
    subjects: ['bản sao văn bằng, chứng chỉ từ sổ gốc', 'trường mầm non', 'trường tiểu học', 'trường trung học cơ sở',
      'trung tâm ngoại ngữ, tin học', 'nhóm trẻ, lớp mẫu giáo độc lập'],
    qualifiers: ['', ' tư thục', ' công lập', ' đạt chuẩn quốc gia', ' dân lập'],
  },
  LDVL: {
    actions: ['Giải quyết', 'Cấp', 'Gia hạn', 'Tạm dừng hưởng', 'Chuyển nơi hưởng'],
    subjects: ['trợ cấp thất nghiệp', 'giấy phép lao động cho người nước ngoài', 'hỗ trợ học nghề', 'giấy phép hoạt động dịch vụ việc làm',
      'giấy phép cho thuê lại lao động'],
    qualifiers: ['', ' làm việc tại Việt Nam', ' qua mạng điện tử', ' đối với người lao động'],
  },
  BTXH: {
    actions: ['Thực hiện', 'Điều chỉnh', 'Thôi hưởng', 'Hỗ trợ', 'Tiếp nhận'],
    subjects: ['trợ cấp xã hội hàng tháng', 'kinh phí chăm sóc, nuôi dưỡng', 'chi phí mai táng', 'đối tượng cần bảo vệ khẩn cấp',
      'xác định mức độ khuyết tật', 'trợ giúp xã hội khẩn cấp'],
    qualifiers: ['', ' đối với người cao tuổi', ' đối với người khuyết tật', ' đối với trẻ em mồ côi', ' khi đối tượng thay đổi nơi cư trú'],
  },
  VHDL: {
    actions: ['Cấp', 'Cấp lại', 'Thông báo', 'Công nhận', 'Cấp phép'],
    subjects: ['giấy phép tổ chức lễ hội', 'giấy phép kinh doanh dịch vụ karaoke', 'giấy phép kinh doanh dịch vụ vũ trường',
      'danh hiệu Gia đình văn hóa', 'tổ chức biểu diễn nghệ thuật', 'giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lữ hành nội địa',
      'hạng cơ sở lưu trú du lịch'],
    qualifiers: ['', ' trên địa bàn tỉnh', ' tại cấp xã', ' cho tổ chức, cá nhân'],
  },
  NN: {
    actions: ['Cấp', 'Cấp lại', 'Xác nhận', 'Công nhận', 'Phê duyệt'],
    subjects: ['giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản', 'giấy phép khai thác thủy sản',
      'chứng chỉ hành nghề thú y', 'phương án khai thác gỗ rừng trồng', 'giấy chứng nhận kiểm dịch động vật', 'nguồn gốc lâm sản'],
    qualifiers: ['', ' cho hộ gia đình, cá nhân', ' cho tổ chức', ' vận chuyển ra khỏi địa bàn tỉnh'],
  },
  MT: {
    actions: ['Cấp', 'Điều chỉnh', 'Cấp lại', 'Thẩm định', 'Đăng ký'],
    subjects: ['giấy phép môi trường', 'báo cáo đánh giá tác động môi trường', 'kế hoạch bảo vệ môi trường',
      'giấy phép xả nước thải vào nguồn nước', 'giấy phép khai thác nước dưới đất', 'giấy phép thăm dò khoáng sản'],
    qualifiers: ['', ' cấp tỉnh', ' cấp xã', ' đối với dự án đầu tư', ' đối với cơ sở sản xuất, kinh doanh'],
  },
  TDKT: {
    actions: ['Tặng', 'Xét tặng', 'Truy tặng'],
    subjects: ['Bằng khen của Chủ tịch UBND tỉnh', 'danh hiệu Chiến sĩ thi đua cấp tỉnh', 'danh hiệu Tập thể lao động xuất sắc',
      'Giấy khen của Chủ tịch UBND cấp xã', 'danh hiệu Lao động tiên tiến'],
    qualifiers: ['', ' theo công trạng và thành tích đạt được', ' theo đợt, chuyên đề', ' cho gia đình', ' về thành tích đột xuất',
      ' về thành tích đối ngoại'],
  },
  NCC: {
    actions: ['Giải quyết chế độ', 'Công nhận', 'Cấp giấy chứng nhận', 'Di chuyển hồ sơ', 'Giải quyết trợ cấp'],
    subjects: ['người hoạt động cách mạng', 'thương binh, người hưởng chính sách như thương binh', 'thân nhân liệt sĩ',
      'người có công giúp đỡ cách mạng', 'người hoạt động kháng chiến bị nhiễm chất độc hóa học', 'Bà mẹ Việt Nam anh hùng'],
    qualifiers: ['', ' khi người có công từ trần', ' ưu đãi trong giáo dục', ' hàng tháng'],
  },
};

/** Sectors handled by communes after the 2025 reform; the rest are provincial (service centre + a department). */
export const COMMUNE_SECTORS = new Set(['HT', 'CT', 'DKKD', 'BTXH', 'TDKT', 'NCC', 'DD']);

export const COMPONENT_NAMES = [
  'Đơn đề nghị theo mẫu', 'Tờ khai theo mẫu', 'Bản sao căn cước', 'Giấy tờ chứng minh nơi cư trú', 'Văn bản ủy quyền (nếu có)',
  'Bản sao Giấy chứng nhận quyền sử dụng đất', 'Bản vẽ thiết kế', 'Báo cáo kết quả thực hiện', 'Giấy xác nhận của cơ quan có thẩm quyền',
  'Biên bản kiểm tra', 'Bản sao văn bằng, chứng chỉ', 'Giấy khám sức khỏe', 'Ảnh màu cỡ 4x6 cm', 'Danh sách thành viên',
];
export const LEGAL_BASES = [
  'Luật Hộ tịch số 60/2014/QH13', 'Luật Đất đai số 31/2024/QH15', 'Luật Xây dựng số 50/2014/QH13 (sửa đổi 2020)',
  'Luật Doanh nghiệp số 59/2020/QH14', 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15', 'Luật Thi đua, khen thưởng số 06/2022/QH15',
  'Luật Bảo vệ môi trường số 72/2020/QH14', 'Nghị định số 118/2025/NĐ-CP', 'Nghị định số 168/2025/NĐ-CP', 'Thông tư số 01/2025/TT-VPCP',
];
export const TIME_LIMITS = [
  { value: 1, unit: 'working_days' }, { value: 3, unit: 'working_days' }, { value: 5, unit: 'working_days' },
  { value: 7, unit: 'working_days' }, { value: 10, unit: 'working_days' }, { value: 15, unit: 'working_days' },
  { value: 20, unit: 'working_days' }, { value: 30, unit: 'calendar_days' }, { value: 8, unit: 'working_hours' },
  { value: 24, unit: 'working_hours' },
];
export const FEE_AMOUNTS = [0, 0, 2_000, 8_000, 20_000, 50_000, 75_000, 100_000, 150_000, 200_000, 360_000, 500_000];

/** Every distinct name the parts can make, per sector. */
export function allNames() {
  const names = [];
  for (const [sectorCode, parts] of Object.entries(NAME_PARTS)) {
    for (const action of parts.actions) {
      for (const subject of parts.subjects) {
        for (const qualifier of parts.qualifiers) names.push({ sectorCode, name: `${action} ${subject}${qualifier}` });
      }
    }
  }
  return names;
}

// Vietnamese personal names for applicants (family, middle, given).
export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lương', 'Trịnh', 'Đinh', 'Mai'];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Quốc', 'Thanh', 'Hữu', 'Thùy', 'Xuân', 'Bảo', 'Gia', 'Đình', 'Kim'];
export const GIVEN_NAMES = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Huyền', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến'];
