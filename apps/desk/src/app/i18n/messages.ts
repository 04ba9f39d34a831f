import type { Channel, FinishedClass, Label, ReturnMethod, UserRole } from '@dvc/shared/domain';

/** Every text of the desk, Vietnamese first; rendered with the `loc` pipe. */
export const M = {
  appName: { vi: 'Một cửa', en: 'One-stop desk' },
  appSubtitle: { vi: 'Bộ phận tiếp nhận và trả kết quả', en: 'Reception and result counter' },
  skipToContent: { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  mainNav: { vi: 'Điều hướng chính', en: 'Main navigation' },
  navInbox: { vi: 'Hồ sơ', en: 'Dossiers' },
  logout: { vi: 'Đăng xuất', en: 'Log out' },
  signedInAs: { vi: 'Người dùng', en: 'Signed in as' },
  agencies: { vi: 'Cơ quan', en: 'Agencies' },

  loginTitle: { vi: 'Đăng nhập cán bộ', en: 'Staff login' },
  loginIntro: {
    vi: 'Dành cho cán bộ bộ phận một cửa, chuyên viên và lãnh đạo cơ quan.',
    en: 'For one-stop desk officers, specialists and agency leaders.',
  },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  loginSubmit: { vi: 'Đăng nhập', en: 'Log in' },
  loggingIn: { vi: 'Đang đăng nhập…', en: 'Logging in…' },
  loginMissing: { vi: 'Hãy nhập thư điện tử và mật khẩu.', en: 'Enter your e-mail and password.' },
  citizenRefused: {
    vi: 'Đây là trang dành cho cán bộ tiếp nhận và xử lý hồ sơ. Tài khoản công dân không dùng được ở đây.',
    en: 'This is the staff desk for receiving and processing dossiers. Citizen accounts cannot use it.',
  },
  goToPortal: { vi: 'Đến Cổng dịch vụ công', en: 'Go to the public-service portal' },
  logoutToSwitch: { vi: 'Đăng xuất để đăng nhập bằng tài khoản cán bộ', en: 'Log out to sign in with a staff account' },
  alreadySignedIn: { vi: 'Bạn đã đăng nhập.', en: 'You are already logged in.' },
  openInbox: { vi: 'Mở danh sách hồ sơ', en: 'Open the dossier list' },

  inboxTitle: { vi: 'Hồ sơ của cơ quan', en: "Your agencies' dossiers" },
  filters: { vi: 'Lọc hồ sơ', en: 'Filter dossiers' },
  presets: { vi: 'Lọc nhanh', en: 'Quick filters' },
  presetAll: { vi: 'Tất cả', en: 'All' },
  presetWaiting: { vi: 'Chờ tiếp nhận', en: 'Waiting for reception' },
  presetProcessing: { vi: 'Đang xử lý', en: 'In processing' },
  presetApproval: { vi: 'Chờ phê duyệt', en: 'Awaiting approval' },
  presetResult: { vi: 'Đã có kết quả', en: 'Result ready' },
  statusFilter: { vi: 'Trạng thái', en: 'Status' },
  anyStatus: { vi: 'Tất cả trạng thái', en: 'Any status' },
  search: { vi: 'Mã hồ sơ hoặc tên người nộp', en: 'Dossier code or applicant name' },
  searchHint: { vi: 'Không cần gõ dấu.', en: 'Diacritics are optional.' },
  applyFilters: { vi: 'Lọc', en: 'Filter' },
  clearFilters: { vi: 'Bỏ lọc', en: 'Clear filters' },
  refresh: { vi: 'Làm mới', en: 'Refresh' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  empty: { vi: 'Không có hồ sơ nào phù hợp.', en: 'No dossier matches.' },
  colCode: { vi: 'Mã hồ sơ', en: 'Code' },
  colProcedure: { vi: 'Thủ tục', en: 'Procedure' },
  colApplicant: { vi: 'Người nộp', en: 'Applicant' },
  colAgency: { vi: 'Cơ quan', en: 'Agency' },
  colSubmitted: { vi: 'Ngày nộp', en: 'Submitted' },
  colDue: { vi: 'Hẹn trả', en: 'Appointment' },
  colStatus: { vi: 'Trạng thái', en: 'Status' },
  needsYou: { vi: 'Cần bạn xử lý', en: 'Needs your action' },
  pagination: { vi: 'Phân trang', en: 'Pagination' },
  previous: { vi: 'Trang trước', en: 'Previous page' },
  next: { vi: 'Trang sau', en: 'Next page' },

  deadlineOverdue: { vi: 'Quá hạn', en: 'Overdue' },
  deadlineSoon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  deadlineOnTime: { vi: 'Trong hạn', en: 'On time' },
  deadlinePaused: { vi: 'Tạm dừng', en: 'Paused' },
  notYet: { vi: 'Chưa có', en: 'Not yet' },

  backToInbox: { vi: 'Về danh sách hồ sơ', en: 'Back to the dossier list' },
  dossier: { vi: 'Hồ sơ', en: 'Dossier' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  applicant: { vi: 'Người nộp', en: 'Applicant' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  channel: { vi: 'Hình thức nộp', en: 'Channel' },
  status: { vi: 'Trạng thái', en: 'Status' },
  dates: { vi: 'Thời hạn', en: 'Dates' },
  submittedAt: { vi: 'Ngày nộp', en: 'Submitted' },
  receivedAt: { vi: 'Ngày tiếp nhận', en: 'Received' },
  dueAt: { vi: 'Ngày hẹn trả kết quả', en: 'Appointment (due date)' },
  finishedAt: { vi: 'Ngày hoàn thành', en: 'Finished' },
  formData: { vi: 'Thông tin tờ khai', en: 'Form data' },
  noFormData: { vi: 'Không có thông tin tờ khai.', en: 'No form data.' },
  attachments: { vi: 'Thành phần hồ sơ', en: 'Attachments' },
  noAttachments: { vi: 'Không có tệp đính kèm.', en: 'No attachments.' },
  result: { vi: 'Kết quả giải quyết', en: 'Result' },
  resultPending: { vi: 'Chưa có tệp kết quả.', en: 'No result file yet.' },
  downloadResult: { vi: 'Tải kết quả', en: 'Download the result' },
  opensNewTab: { vi: '(mở trong thẻ mới)', en: '(opens in a new tab)' },
  history: { vi: 'Quá trình xử lý', en: 'History' },
  actions: { vi: 'Thao tác', en: 'Actions' },
  noActions: {
    vi: 'Bạn không có thao tác nào với hồ sơ ở trạng thái này.',
    en: 'You have no action on this dossier in its current status.',
  },
  print: { vi: 'In phiếu kiểm soát', en: 'Print the control sheet' },
  reason: { vi: 'Lý do', en: 'Reason' },
  reasonRequired: { vi: 'Hãy nhập lý do.', en: 'Enter a reason.' },
  reasonHint: { vi: 'Lý do được gửi cho người nộp hồ sơ.', en: 'The reason is sent to the applicant.' },
  supplementHint: {
    vi: 'Liệt kê đầy đủ, trong một lần, mọi giấy tờ và nội dung cần bổ sung, sửa đổi (Nghị định 118/2025/NĐ-CP).',
    en: 'List everything to supply or correct, all in one go (Decree 118/2025).',
  },
  confirm: { vi: 'Xác nhận', en: 'Confirm' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  working: { vi: 'Đang thực hiện…', en: 'Working…' },
  conflict: {
    vi: 'Hồ sơ vừa được người khác cập nhật. Hãy tải lại để xem trạng thái mới rồi thao tác lại.',
    en: 'Someone else has just changed this dossier. Reload it to see the new status, then try again.',
  },
  reload: { vi: 'Tải lại hồ sơ', en: 'Reload the dossier' },

  sheetTitle: { vi: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', en: 'PROCESS CONTROL SHEET' },
  sheetStep: { vi: 'Bước', en: 'Step' },
  sheetTime: { vi: 'Thời gian', en: 'Time' },
  sheetActor: { vi: 'Người thực hiện', en: 'By' },
  sheetAction: { vi: 'Nội dung', en: 'Action' },
  sheetPrinted: { vi: 'In lúc', en: 'Printed' },

  notFoundTitle: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  notFoundText: {
    vi: 'Địa chỉ này không có trong trang một cửa. Hãy kiểm tra lại hoặc quay về danh sách hồ sơ.',
    en: 'This address does not exist on the desk. Check it or go back to the dossier list.',
  },
  sessionExpired: { vi: 'Đăng nhập lại', en: 'Log in again' },

  standardForms: { vi: 'Biểu mẫu (Thông tư 03/2025/TT-VPCP)', en: 'Standard forms (Circular 03/2025)' },
  formNumber: { vi: 'Mẫu', en: 'Form' },
  processingAgency: { vi: 'Cơ quan xử lý', en: 'Processing agency' },
  assignee: { vi: 'Chuyên viên xử lý', en: 'Assigned specialist' },
  receivingAgency: { vi: 'Nơi tiếp nhận', en: 'Received at' },
  steps: { vi: 'Các bước xử lý', en: 'Processing steps' },
  stepDue: { vi: 'Hạn bước', en: 'Step due' },
  stepDone: { vi: 'Hoàn thành', en: 'Done' },
  stepOutcome: { vi: 'Kết quả', en: 'Outcome' },
  stepHandedOverBy: { vi: 'Người giao', en: 'Handed over by' },
  supplementOpen: { vi: 'Đang chờ bổ sung', en: 'Waiting for the supplement' },

  choose: { vi: '— Chọn —', en: '— Choose —' },
  consultQuestion: { vi: 'Nội dung xin ý kiến', en: 'What the coordinating agency is asked' },
  consultAnswer: { vi: 'Ý kiến của cơ quan phối hợp', en: 'The coordinating answer' },
  apologyReason: { vi: 'Lý do chậm trễ (gửi kèm thư xin lỗi)', en: 'Reason for the delay (sent with the apology)' },
  items: { vi: 'Giấy tờ, nội dung cần bổ sung (mỗi dòng một mục)', en: 'Items to provide or fix (one per line)' },
  itemsRequired: { vi: 'Hãy liệt kê ít nhất một mục cần bổ sung.', en: 'List at least one item.' },
  agencyTarget: { vi: 'Cơ quan', en: 'Agency' },
  agencyRequired: { vi: 'Hãy chọn cơ quan.', en: 'Choose the agency.' },
  assigneeRequired: { vi: 'Hãy chọn chuyên viên.', en: 'Choose the specialist.' },
  noSpecialists: { vi: 'Cơ quan xử lý chưa có chuyên viên nào.', en: 'The processing agency has no specialist.' },
  consultationDue: { vi: 'Hạn trả lời của cơ quan phối hợp', en: 'Answer due by' },
  consultationCounts: {
    vi: 'Thời gian lấy ý kiến được tính vào thời hạn giải quyết',
    en: 'The consultation time counts towards the legal time',
  },
  dateRequired: { vi: 'Hãy chọn ngày.', en: 'Choose a date.' },
  newDue: { vi: 'Ngày hẹn trả mới', en: 'New appointment date' },
  newDueHint: {
    vi: 'Chỉ được hẹn lại một lần, chậm nhất 1 ngày trước ngày hẹn cũ; giờ hẹn là 17:00.',
    en: 'The date may be moved only once, at least 1 day before the old one; the time is 17:00.',
  },
  returnMethod: { vi: 'Hình thức trả kết quả', en: 'How the result is returned' },
  returnMethodRequired: { vi: 'Hãy chọn hình thức trả kết quả.', en: 'Choose how the result is returned.' },
  collectedBy: { vi: 'Họ tên người nhận kết quả', en: 'Name of the person who collected it' },
  collectedByRequired: { vi: 'Hãy ghi tên người nhận.', en: 'Record who collected it.' },
  waybill: { vi: 'Số vận đơn bưu chính', en: 'Postal waybill number' },
  waybillRequired: { vi: 'Hãy ghi số vận đơn.', en: 'Record the waybill number.' },
} as const satisfies Record<string, Label>;

export const RETURN_METHOD_LABELS: Record<ReturnMethod, Label> = {
  counter: { vi: 'Trực tiếp tại bộ phận một cửa', en: 'At the counter' },
  post: { vi: 'Qua dịch vụ bưu chính công ích', en: 'By post' },
  online: { vi: 'Trực tuyến (kho dữ liệu của người nộp)', en: "Online (the applicant's data store)" },
};

export const STEP_OUTCOME_LABELS: Record<FinishedClass, Label> = {
  early: { vi: 'Trước hạn', en: 'Early' },
  on_time: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Quá hạn', en: 'Late' },
};

export const ROLE_LABELS: Record<UserRole, Label> = {
  citizen: { vi: 'Công dân', en: 'Citizen' },
  desk_officer: { vi: 'Cán bộ một cửa', en: 'Desk officer' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  agency_admin: { vi: 'Quản trị cơ quan', en: 'Agency administrator' },
  province_admin: { vi: 'Quản trị tỉnh', en: 'Province administrator' },
};

export const CHANNEL_LABELS: Record<Channel, Label> = {
  online: { vi: 'Trực tuyến', en: 'Online' },
  counter: { vi: 'Trực tiếp tại bộ phận một cửa', en: 'At the counter' },
  postal: { vi: 'Qua dịch vụ bưu chính', en: 'By post' },
};

export function countLabel(total: number): Label {
  return { vi: `${total} hồ sơ`, en: total === 1 ? '1 dossier' : `${total} dossiers` };
}

export function pageLabel(page: number, pages: number): Label {
  return { vi: `Trang ${page} / ${pages}`, en: `Page ${page} of ${pages}` };
}

export function actionDoneLabel(action: Label, status: Label): Label {
  return {
    vi: `Đã thực hiện «${action.vi}». Trạng thái mới: ${status.vi}.`,
    en: `Done: "${action.en}". New status: ${status.en}.`,
  };
}
