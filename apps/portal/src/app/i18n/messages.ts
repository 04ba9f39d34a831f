import type { ApplicantType, ChannelCode, DossierStatus, FinishedClass, Label, OpenClass, ReturnMethod, TimeLimit, TimeUnit } from '@dvc/shared/domain';
import type { OnlineLevel, ProcedureLevel } from '@dvc/shared/contracts';
import { VnDatePipe } from '@dvc/web/ui';

/** Strings used on more than one page. Page-specific strings live beside their component. */
export const COMMON_TEXT = {
  brand: { vi: 'Cổng dịch vụ công tỉnh', en: 'Provincial public service portal' },
  brandTagline: { vi: 'Thủ tục hành chính trực tuyến', en: 'Administrative procedures online' },
  skipToContent: { vi: 'Chuyển đến nội dung chính', en: 'Skip to main content' },
  mainNav: { vi: 'Điều hướng chính', en: 'Main navigation' },
  navProcedures: { vi: 'Thủ tục', en: 'Procedures' },
  navTracking: { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  navMyDossiers: { vi: 'Hồ sơ của tôi', en: 'My dossiers' },
  navLogin: { vi: 'Đăng nhập', en: 'Log in' },
  navRegister: { vi: 'Đăng ký', en: 'Register' },
  navLogout: { vi: 'Đăng xuất', en: 'Log out' },
  loggedInAs: { vi: 'Đang đăng nhập:', en: 'Logged in as' },
  footer: {
    vi: 'Cổng dịch vụ công tỉnh — hỗ trợ: 1900 0000 (giờ hành chính). Dữ liệu cá nhân được bảo vệ theo Nghị định 13/2023/NĐ-CP.',
    en: 'Provincial public service portal — help line: 1900 0000 (office hours). Personal data protected under Decree 13/2023/ND-CP.',
  },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  required: { vi: '(bắt buộc)', en: '(required)' },
  optional: { vi: '(không bắt buộc)', en: '(optional)' },
  requiredError: { vi: 'Trường này là bắt buộc', en: 'This field is required' },
  print: { vi: 'In', en: 'Print' },
  refresh: { vi: 'Tải lại', en: 'Refresh' },
  free: { vi: 'Miễn phí', en: 'Free' },
  notSet: { vi: 'Chưa có', en: 'Not yet' },
} satisfies Record<string, Label>;

export const LEVEL_LABELS: Record<ProcedureLevel, Label> = {
  province: { vi: 'Cấp tỉnh', en: 'Province level' },
  commune: { vi: 'Cấp xã', en: 'Commune level' },
  ministry: { vi: 'Cấp bộ', en: 'Ministry level' },
};

export const ONLINE_LEVEL_LABELS: Record<OnlineLevel, Label> = {
  full: { vi: 'Dịch vụ công trực tuyến toàn trình', en: 'Fully online' },
  partial: { vi: 'Dịch vụ công trực tuyến một phần', en: 'Partly online' },
  none: { vi: 'Chỉ nộp trực tiếp', en: 'In person only' },
};

/** Who may file a procedure (đối tượng thực hiện). */
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, Label> = {
  citizen: { vi: 'Công dân', en: 'Citizens' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  organisation: { vi: 'Tổ chức', en: 'Organisations' },
};

/** How a dossier reaches the agency (cách thức thực hiện). */
export const CHANNEL_LABELS: Record<ChannelCode, Label> = {
  counter: { vi: 'Nộp trực tiếp', en: 'In person' },
  online: { vi: 'Nộp trực tuyến', en: 'Online' },
  postal: { vi: 'Nộp qua bưu chính', en: 'By post' },
};

const TIME_UNIT_LABELS: Record<TimeUnit, Label> = {
  working_days: { vi: 'ngày làm việc', en: 'working days' },
  calendar_days: { vi: 'ngày', en: 'calendar days' },
  working_hours: { vi: 'giờ làm việc', en: 'working hours' },
};

/** "3 ngày làm việc" / "3 working days" (singular in English when the value is 1). */
export function timeLimitLabel(limit: TimeLimit): Label {
  const unit = TIME_UNIT_LABELS[limit.unit];
  const en = limit.value === 1 ? unit.en.replace(/s$/, '') : unit.en;
  return { vi: `${limit.value} ${unit.vi}`, en: `${limit.value} ${en}` };
}

/** One plain sentence per status: what it means for the citizen and what happens next. */
export const STATUS_EXPLANATIONS: Record<DossierStatus, Label> = {
  submitted: {
    vi: 'Hồ sơ đã được gửi và đang chờ bộ phận một cửa kiểm tra, tiếp nhận.',
    en: 'Your dossier was sent and is waiting for the one-stop desk to check and accept it.',
  },
  received: {
    vi: 'Hồ sơ đã được tiếp nhận; thời hạn giải quyết bắt đầu tính và ngày hẹn trả kết quả đã được ấn định.',
    en: 'Your dossier was accepted; the time limit is running and the appointment date is set.',
  },
  refused: {
    vi: 'Hồ sơ không được tiếp nhận; lý do được ghi trong quá trình xử lý bên dưới.',
    en: 'Your dossier was not accepted; the reason is shown in the history below.',
  },
  in_processing: {
    vi: 'Chuyên viên của cơ quan đang thẩm định và giải quyết hồ sơ.',
    en: 'A specialist of the agency is examining and handling your dossier.',
  },
  awaiting_approval: {
    vi: 'Hồ sơ đã được xử lý và đang chờ lãnh đạo cơ quan phê duyệt.',
    en: 'Your dossier has been handled and is waiting for the head of the agency to approve it.',
  },
  in_consultation: {
    vi: 'Cơ quan đang lấy ý kiến của cơ quan phối hợp trước khi giải quyết tiếp.',
    en: 'The agency is consulting a coordinating agency before going on.',
  },
  supplement_requested: {
    vi: 'Cơ quan đề nghị bổ sung giấy tờ; thời hạn giải quyết tạm dừng cho đến khi bạn bổ sung.',
    en: 'The agency asks for more documents; the time limit is paused until you provide them.',
  },
  payment_requested: {
    vi: 'Bạn cần nộp phí, lệ phí để hồ sơ tiếp tục được giải quyết.',
    en: 'You need to pay the fees before your dossier can go on.',
  },
  withdrawn: {
    vi: 'Hồ sơ đã được rút theo đề nghị và không còn được giải quyết.',
    en: 'The dossier was withdrawn at your request and will not be handled.',
  },
  result_ready: {
    vi: 'Đã có kết quả; bộ phận một cửa sẽ trả kết quả cho bạn.',
    en: 'The result is ready; the one-stop desk will hand it over to you.',
  },
  returned: {
    vi: 'Kết quả đã được trả; hồ sơ đã hoàn thành.',
    en: 'The result has been returned to you; the dossier is complete.',
  },
};

/** "1,2 MB", "350 KB" (Vietnamese decimal comma; the unit reads the same in both languages). */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

const DATES = new VnDatePipe();

/** An ISO instant as people read it in Vietnam ("14:05 26/11/2026"), for sentences built in code. */
export function vnDateText(iso: string | null | undefined, format: 'datetime' | 'date' = 'datetime'): string {
  return DATES.transform(iso, format);
}

/** Office time left, rounded to what a person needs: "khoảng 6 giờ làm việc", or "dưới 1 giờ" near the end. */
export function workingHoursText(minutes: number): Label {
  if (minutes < 60) return { vi: 'dưới 1 giờ làm việc', en: 'less than 1 working hour' };
  const hours = Math.round(minutes / 60);
  return { vi: `khoảng ${hours} giờ làm việc`, en: `about ${hours} working hour${hours === 1 ? '' : 's'}` };
}

/** The deadline class of an open dossier, as the applicant reads it. */
export const OPEN_CLASS_TEXT: Record<OpenClass, Label> = {
  within_time: { vi: 'Đang trong hạn', en: 'Within the time limit' },
  at_risk: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn — cơ quan phải xin lỗi và hẹn lại', en: 'Overdue — the agency must apologise and set a new date' },
};

/** The deadline class of a dossier with a result: once returned, and while the result waits to be handed over. */
export const FINISHED_CLASS_TEXT: Record<'returned' | 'result_ready', Record<FinishedClass, Label>> = {
  returned: {
    early: { vi: 'Đã trả trước hạn', en: 'Returned before the appointment' },
    on_time: { vi: 'Đã trả đúng hạn', en: 'Returned on time' },
    late: { vi: 'Đã trả trễ hạn', en: 'Returned late' },
  },
  result_ready: {
    early: { vi: 'Đã giải quyết xong trước hạn', en: 'Handled before the appointment' },
    on_time: { vi: 'Đã giải quyết xong đúng hạn', en: 'Handled on time' },
    late: { vi: 'Đã giải quyết xong nhưng trễ hạn', en: 'Handled, but late' },
  },
};

/** The deadline class in plain words, for the statuses where it means something to the applicant (null otherwise). */
export function deadlineClassText(status: DossierStatus, deadlineClass: OpenClass | FinishedClass | null): Label | null {
  switch (deadlineClass) {
    case null:
      return null;
    case 'within_time':
    case 'at_risk':
    case 'overdue':
      return OPEN_CLASS_TEXT[deadlineClass];
    case 'early':
    case 'on_time':
    case 'late':
      return status === 'returned' || status === 'result_ready' ? FINISHED_CLASS_TEXT[status][deadlineClass] : null;
  }
}

export const RETURN_METHOD_LABELS: Record<ReturnMethod, Label> = {
  counter: { vi: 'Nhận tại bộ phận một cửa', en: 'Collected at the one-stop desk' },
  post: { vi: 'Gửi qua bưu chính', en: 'Sent by post' },
  online: { vi: 'Trả trực tuyến trên Cổng', en: 'Returned online on the portal' },
};
