import type {
  ApplicantType, Channel, FinishedClass, Label, OnlineLevelCode, ProcedureLevelCode, ReturnMethod, TimeLimit, TimeUnit, UserRole,
} from '@dvc/shared/domain';
import type { AgencyMergeResult, CalendarDayView, CatalogueImportView, ProcedureVersionStatus, ScheduledPublication } from '@dvc/shared/contracts';

/** Every text of the desk, Vietnamese first; rendered with the `loc` pipe. */
export const M = {
  appName: { vi: 'Một cửa', en: 'One-stop desk' },
  appSubtitle: { vi: 'Bộ phận tiếp nhận và trả kết quả', en: 'Reception and result counter' },
  skipToContent: { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  mainNav: { vi: 'Điều hướng chính', en: 'Main navigation' },
  navInbox: { vi: 'Hồ sơ', en: 'Dossiers' },
  navTrackingBook: { vi: 'Sổ theo dõi', en: 'Tracking book' },
  navCalendar: { vi: 'Lịch làm việc', en: 'Working calendar' },
  navAudit: { vi: 'Kiểm tra nhật ký', en: 'Audit check' },
  navDeadLetters: { vi: 'Tác vụ lỗi', en: 'Failed jobs' },
  navHealth: { vi: 'Tình trạng hệ thống', en: 'System health' },
  navCatalogue: { vi: 'Danh mục thủ tục', en: 'Procedure catalogue' },
  navAgencies: { vi: 'Cơ quan', en: 'Agencies' },
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

  deadlineWithinTime: { vi: 'Trong hạn', en: 'Within time' },
  deadlineAtRisk: { vi: 'Sắp đến hạn', en: 'Due soon' },
  deadlineOverdue: { vi: 'Quá hạn', en: 'Overdue' },
  deadlineEarly: { vi: 'Trước hạn', en: 'Early' },
  deadlineOnTime: { vi: 'Đúng hạn', en: 'On time' },
  deadlineLate: { vi: 'Trễ hạn', en: 'Late' },
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
  clock: { vi: 'Đồng hồ thời hạn', en: 'Legal clock' },
  clockNotStarted: { vi: 'Chưa tính (thời hạn bắt đầu khi tiếp nhận)', en: 'Not started (the time limit starts at reception)' },
  clockRunning: { vi: 'Đang tính thời hạn', en: 'Running' },
  clockPaused: { vi: 'Tạm dừng tính thời hạn', en: 'Paused' },
  clockFinished: { vi: 'Đã kết thúc', en: 'Finished' },
  extended: { vi: 'Hẹn lại', en: 'Moved' },
  extendedByApology: {
    vi: 'Ngày hẹn đã được dời bằng phiếu xin lỗi và hẹn lại (Mẫu 04)',
    en: 'The appointment was moved by an apology (Form 04)',
  },
  recomputed: { vi: 'Ngày hẹn được tính lại', en: 'Appointment recomputed' },
  ledgerTitle: { vi: 'Cách tính ngày hẹn', en: 'How the appointment is computed' },
  ledgerHint: {
    vi: 'Thời hạn tính theo giờ làm việc (8 giờ = 1 ngày làm việc) theo lịch làm việc của cơ quan xử lý.',
    en: "Counted in working hours (8 hours = 1 working day) on the processing agency's calendar.",
  },
  ledgerDue: { vi: 'Hẹn trả', en: 'Due' },
  ledgerNoDue: { vi: 'Chưa có ngày hẹn khi đang tạm dừng', en: 'No appointment while paused' },
  previousDue: { vi: 'Ngày hẹn cũ', en: 'Previous appointment' },
  newDueLabel: { vi: 'ngày hẹn mới', en: 'new appointment' },
  formData: { vi: 'Thông tin tờ khai', en: 'Form data' },
  noFormData: { vi: 'Không có thông tin tờ khai.', en: 'No form data.' },
  attachments: { vi: 'Thành phần hồ sơ', en: 'Attachments' },
  noAttachments: { vi: 'Không có tệp đính kèm.', en: 'No attachments.' },
  fileCheckPending: { vi: 'đang kiểm tra tệp', en: 'being checked' },
  fileCheckPassed: { vi: 'đã kiểm tra, đạt', en: 'checked, passed' },
  fileCheckFailed: { vi: 'Tệp không đạt kiểm tra, cần xem xét trước khi xử lý:', en: 'This file failed its checks; review it before processing:' },
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
  save: { vi: 'Lưu', en: 'Save' },
  saving: { vi: 'Đang lưu…', en: 'Saving…' },
  edit: { vi: 'Sửa', en: 'Change' },
  delete: { vi: 'Xóa', en: 'Delete' },
  year: { vi: 'Năm', en: 'Year' },
  noAgency: { vi: 'Tài khoản của bạn chưa thuộc cơ quan nào.', en: 'Your account belongs to no agency.' },
  recomputing: {
    vi: 'Ngày hẹn trả kết quả của các hồ sơ đang xử lý đang được tính lại theo lịch mới (chạy nền, có thể mất vài phút). Hồ sơ nào bị dời ngày hẹn sẽ ghi lý do trong quá trình xử lý.',
    en: 'The due dates of open dossiers are being recomputed on the new calendar in the background (this may take a few minutes). Each dossier whose date moves records why in its history.',
  },

  calendarTitle: { vi: 'Lịch làm việc', en: 'Working calendar' },
  calendarIntro: {
    vi: 'Thời hạn giải quyết hồ sơ được tính theo giờ làm việc trên lịch này: từ Thứ Hai đến Thứ Sáu, trừ ngày nghỉ, cộng ngày làm bù, trong giờ làm việc của cơ quan xử lý.',
    en: "Legal time limits are counted in working hours on this calendar: Monday to Friday, minus days off, plus make-up working days, within the processing agency's office hours.",
  },
  calendarDaysTitle: { vi: 'Ngày nghỉ và ngày làm bù của tỉnh', en: "The province's days off and make-up working days" },
  calendarDaysIntro: {
    vi: 'Chỉ ghi những ngày khác quy tắc Thứ Hai – Thứ Sáu: ngày lễ, Tết, ngày nghỉ bù (ngày nghỉ) và Thứ Bảy làm bù (ngày làm việc).',
    en: 'Only days that break the Monday–Friday rule: holidays and days off, and Saturdays worked to make up (working days).',
  },
  colDay: { vi: 'Ngày', en: 'Date' },
  colKind: { vi: 'Loại ngày', en: 'Kind' },
  colReason: { vi: 'Lý do, căn cứ', en: 'Reason (decision)' },
  calendarEmpty: { vi: 'Năm này chưa có ngày nghỉ hay ngày làm bù nào trong lịch.', en: 'This year has no day off or make-up working day yet.' },
  calendarFormTitle: { vi: 'Thêm hoặc sửa một ngày', en: 'Add or change a day' },
  calendarReason: { vi: 'Lý do và căn cứ', en: 'Reason and decision' },
  calendarReasonHint: {
    vi: 'Ghi tên ngày nghỉ và số quyết định, ví dụ: «Nghỉ Tết Nguyên đán theo Quyết định số 123/QĐ-UBND».',
    en: 'Name the day and the decision number, e.g. "Lunar New Year, Decision 123/QĐ-UBND".',
  },
  calendarReasonRequired: { vi: 'Hãy ghi lý do và căn cứ (ít nhất 3 ký tự).', en: 'Give the reason and the decision (at least 3 characters).' },
  calendarReplacing: { vi: 'Ngày này đã có trong lịch; lưu sẽ thay đổi nó.', en: 'This date is already in the calendar; saving changes it.' },
  calendarReadOnly: { vi: 'Chỉ quản trị tỉnh được sửa ngày nghỉ và ngày làm bù.', en: 'Only the province administrator changes days off and make-up days.' },
  deleteQuestion: { vi: 'Xóa khỏi lịch ngày', en: 'Remove from the calendar:' },
  deleteExplain: {
    vi: 'Ngày này sẽ trở lại là ngày bình thường (Thứ Hai – Thứ Sáu làm việc, Thứ Bảy và Chủ Nhật nghỉ).',
    en: 'The day becomes ordinary again (Monday–Friday working, weekend off).',
  },
  deleteConfirm: { vi: 'Xác nhận xóa', en: 'Delete it' },

  officeHoursTitle: { vi: 'Giờ làm việc của cơ quan', en: "An agency's office hours" },
  officeHoursIntro: {
    vi: 'Cơ quan không có giờ riêng thì dùng giờ của cơ quan cấp trên, hoặc giờ mặc định của tỉnh (07:00–11:30, 13:30–17:00, chốt 15:00).',
    en: "An agency without its own hours uses its parent's, or the province default (07:00–11:30, 13:30–17:00, cut-off 15:00).",
  },
  officeHoursEffective: { vi: 'Đang áp dụng', en: 'In force' },
  officeHoursOwn: { vi: 'Giờ riêng của cơ quan', en: "The agency's own hours" },
  officeHoursInherited: { vi: 'Không có (theo cơ quan cấp trên hoặc mặc định)', en: "None (its parent's or the default)" },
  officeHoursEdit: { vi: 'Sửa giờ làm việc', en: 'Change the office hours' },
  officeHoursReadOnly: {
    vi: 'Chỉ quản trị tỉnh hoặc quản trị của cơ quan này được sửa giờ làm việc.',
    en: "Only the province administrator or this agency's administrator changes its office hours.",
  },
  officeHoursSaved: { vi: 'Đã lưu giờ làm việc riêng của cơ quan.', en: "The agency's own office hours are saved." },
  officeHoursCleared: {
    vi: 'Đã bỏ giờ riêng; cơ quan dùng giờ của cơ quan cấp trên hoặc mặc định.',
    en: "Own hours removed; the agency uses its parent's or the default.",
  },
  officeHoursClear: { vi: 'Bỏ giờ riêng (dùng giờ cấp trên)', en: "Remove own hours (use the parent's)" },
  period: { vi: 'Khoảng', en: 'Period' },
  timeFormat: { vi: 'Giờ viết dạng HH:MM theo 24 giờ, ví dụ 07:00, 13:30 (gõ 0700 hay 7h00 cũng được).', en: 'Times as HH:MM on the 24-hour clock, e.g. 07:00, 13:30 (0700 or 7h00 also work).' },
  at: { vi: 'lúc', en: 'at' },
  from: { vi: 'Từ', en: 'From' },
  to: { vi: 'Đến', en: 'To' },
  addPeriod: { vi: 'Thêm khoảng giờ', en: 'Add a period' },
  removePeriod: { vi: 'Bỏ khoảng', en: 'Remove period' },
  cutoff: { vi: 'chốt tiếp nhận', en: 'cut-off' },
  cutoffLabel: { vi: 'Giờ chốt tiếp nhận', en: 'Reception cut-off' },
  cutoffHint: {
    vi: 'Hồ sơ tiếp nhận từ giờ này trở đi được tính thời hạn từ ngày làm việc tiếp theo.',
    en: 'Dossiers received at or after this time start counting on the next working day.',
  },

  trackingBookTitle: { vi: 'Sổ theo dõi hồ sơ', en: 'Dossier tracking book' },
  trackingBookIntro: {
    vi: 'Sổ liệt kê hồ sơ cơ quan tiếp nhận trong khoảng thời gian đã chọn, in khổ A4 ngang (PDF).',
    en: 'The book lists the dossiers the agency received in the chosen period, A4 landscape (PDF).',
  },
  trackingBookChoose: { vi: 'Cơ quan và khoảng thời gian', en: 'Agency and period' },
  quickPeriods: { vi: 'Chọn nhanh', en: 'Quick choice' },
  thisMonth: { vi: 'Tháng này', en: 'This month' },
  lastMonth: { vi: 'Tháng trước', en: 'Last month' },
  fromDate: { vi: 'Từ ngày', en: 'From' },
  toDate: { vi: 'Đến ngày', en: 'To' },
  periodMissing: { vi: 'Hãy chọn ngày bắt đầu và ngày kết thúc.', en: 'Choose the first and the last day.' },
  periodOrder: { vi: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.', en: 'The last day must not be before the first.' },
  periodTooLong: { vi: 'Mỗi lần in tối đa 92 ngày; hãy chọn khoảng ngắn hơn.', en: 'At most 92 days at a time; choose a shorter period.' },
  openTrackingBook: { vi: 'Mở sổ theo dõi (PDF)', en: 'Open the tracking book (PDF)' },

  auditTitle: { vi: 'Kiểm tra nhật ký hồ sơ', en: 'Audit check of dossier histories' },
  auditIntro: {
    vi: 'Mỗi sự kiện của hồ sơ được ghi kèm mã băm nối với sự kiện trước (chuỗi băm). Kiểm tra đọc lại toàn bộ và báo chuỗi nào bị thiếu, bị đổi liên kết hay bị sửa nội dung.',
    en: "Each dossier event is stored with a hash linked to the previous one (a hash chain). The check reads them all and reports any chain with a missing, relinked or altered event.",
  },
  auditRun: { vi: 'Kiểm tra toàn bộ nhật ký', en: 'Check every history' },
  auditRunning: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  auditHint: { vi: 'Có thể mất vài giây với nhiều hồ sơ.', en: 'This may take a few seconds with many dossiers.' },
  auditReport: { vi: 'Kết quả kiểm tra', en: 'Result' },
  auditIntact: { vi: 'Toàn vẹn', en: 'Intact' },
  auditBroken: { vi: 'Phát hiện sai lệch', en: 'Tampering detected' },
  auditCheckedAt: { vi: 'Kiểm tra lúc', en: 'Checked at' },
  auditBrokenCaption: { vi: 'Các chuỗi sự kiện bị phá vỡ (sự kiện sai đầu tiên của mỗi hồ sơ)', en: 'Broken chains (the first wrong event of each dossier)' },
  auditSeq: { vi: 'Sự kiện số', en: 'Event no.' },
  auditProblem: { vi: 'Sai lệch', en: 'Problem' },
  auditPrint: { vi: 'In kết quả', en: 'Print the result' },

  jobsTitle: { vi: 'Xử lý nền', en: 'Background work' },
  jobsIntro: {
    vi: 'Các việc hệ thống tự làm cho hồ sơ này (gửi thông báo cho công dân, đồng bộ Cổng DVC quốc gia, tạo văn bản kết quả …) đã gặp lỗi. Hệ thống tự thử lại nhiều lần; khi hết số lần thử, tác vụ dừng lại và cần người xử lý.',
    en: 'Work the system does by itself for this dossier (notifying the applicant, syncing the national portal, rendering the result …) has failed. The system retries several times; once out of attempts, the job stops and needs someone to act.',
  },
  jobsAttention: { vi: 'Có tác vụ nền bị lỗi cần xử lý', en: 'A background job failed and needs attention' },
  jobsAttentionLink: { vi: 'Xem phần Xử lý nền', en: 'See Background work' },
  jobsLoadFailed: { vi: 'Không tải được danh sách tác vụ nền.', en: 'The background jobs could not be loaded.' },
  jobsReload: { vi: 'Tải lại danh sách', en: 'Reload the list' },
  jobId: { vi: 'Mã tác vụ', en: 'Job id' },
  jobLastAttempt: { vi: 'Lần lỗi gần nhất', en: 'Latest failure' },
  jobAttempt: { vi: 'Lần', en: 'Attempt' },
  jobError: { vi: 'Lỗi', en: 'Error' },
  jobDead: {
    vi: 'Cần xử lý: tác vụ đã hết số lần thử tự động và đã dừng. Khắc phục nguyên nhân (nếu biết) rồi bấm «Thử lại».',
    en: 'Needs attention: the job is out of automatic attempts and has stopped. Fix the cause if known, then press "Retry".',
  },
  jobRetry: { vi: 'Thử lại', en: 'Retry' },
  jobRetriedBy: { vi: 'Đã được thử lại bởi', en: 'Retried by' },
  jobRetried: { vi: 'Đã được thử lại', en: 'Retried' },
  jobRetrying: { vi: 'Đang thử lại…', en: 'Retrying…' },
  jobNotDead: {
    vi: 'Tác vụ này đang được hệ thống tự thử lại hoặc đã có người thử lại, nên không cần thử lại nữa. Danh sách đã được làm mới.',
    en: 'This job is still being retried automatically or someone has already retried it, so there is nothing to retry. The list has been refreshed.',
  },
  queue: { vi: 'Hàng đợi', en: 'Queue' },
  colJob: { vi: 'Tác vụ', en: 'Job' },
  colDossier: { vi: 'Hồ sơ', en: 'Dossier' },
  colError: { vi: 'Lỗi', en: 'Error' },
  colAttempts: { vi: 'Số lần thử', en: 'Attempts' },
  colFailedAt: { vi: 'Lỗi lúc', en: 'Failed at' },
  colAction: { vi: 'Thao tác', en: 'Action' },
  noDossier: { vi: 'Không gắn với hồ sơ', en: 'No dossier' },

  deadLettersTitle: { vi: 'Tác vụ lỗi', en: 'Failed background jobs' },
  deadLettersIntro: {
    vi: 'Các tác vụ nền đã hết số lần thử tự động và đang chờ xử lý, mới nhất trước. Khắc phục nguyên nhân (ví dụ Cổng DVC quốc gia hoạt động trở lại) rồi thử lại; tác vụ được thiết kế để chạy lại nhiều lần vẫn cho cùng kết quả.',
    en: 'Background jobs out of automatic attempts, waiting for someone, newest first. Fix the cause (e.g. the national portal is back) and retry; jobs are designed to give the same result when run again.',
  },
  deadLettersCaption: { vi: 'Tác vụ nền đã dừng vì lỗi', en: 'Background jobs stopped by an error' },
  deadLettersEmpty: { vi: 'Không có tác vụ lỗi', en: 'No failed jobs' },
  deadLettersEmptyHint: { vi: 'Mọi tác vụ nền đều đã chạy xong hoặc đang được tự thử lại.', en: 'Every background job has finished or is still being retried automatically.' },
  deadLettersReadOnly: { vi: 'Chỉ quản trị tỉnh được thử lại tác vụ; bạn có thể xem danh sách.', en: 'Only the province administrator retries jobs; you can read the list.' },

  healthTitle: { vi: 'Tình trạng hệ thống', en: 'System health' },
  healthIntro: {
    vi: 'Cơ sở dữ liệu, Redis, hàng đợi tác vụ nền và hộp thư đi (outbox). Trang tự cập nhật mỗi 10 giây khi đang mở.',
    en: 'Database, Redis, the background job queues and the outbox. The page refreshes itself every 10 seconds while open.',
  },
  healthOk: { vi: 'Hoạt động bình thường', en: 'Operational' },
  healthDegraded: { vi: 'Suy giảm — có thành phần không hoạt động', en: 'Degraded — a component is down' },
  healthComponents: { vi: 'Thành phần', en: 'Components' },
  healthComponent: { vi: 'Thành phần', en: 'Component' },
  healthState: { vi: 'Tình trạng', en: 'State' },
  healthDatabase: { vi: 'Cơ sở dữ liệu (PostgreSQL)', en: 'Database (PostgreSQL)' },
  healthRedis: { vi: 'Redis (hàng đợi)', en: 'Redis (queues)' },
  healthUp: { vi: 'Hoạt động', en: 'Up' },
  healthDown: { vi: 'Không kết nối được', en: 'Down' },
  healthOutbox: { vi: 'Hộp thư đi (outbox)', en: 'Outbox' },
  healthOutboxPending: { vi: 'Sự kiện chờ chuyển', en: 'Events waiting' },
  healthOutboxLag: { vi: 'Độ trễ (sự kiện cũ nhất)', en: 'Lag (oldest event)' },
  healthLagWarning: {
    vi: 'Hộp thư đi chậm hơn 60 giây: thông báo cho công dân và đồng bộ Cổng DVC quốc gia sẽ bị trễ. Kiểm tra tiến trình worker.',
    en: 'The outbox is more than 60 seconds behind: notifications and national-portal syncs will be late. Check the worker process.',
  },
  healthQueues: { vi: 'Hàng đợi tác vụ nền', en: 'Background job queues' },
  healthWaiting: { vi: 'Đang chờ', en: 'Waiting' },
  healthActive: { vi: 'Đang chạy', en: 'Active' },
  healthDelayed: { vi: 'Chờ thử lại', en: 'Delayed' },
  healthFailed: { vi: 'Lỗi', en: 'Failed' },
  healthDeadLetters: { vi: 'Tác vụ lỗi chờ xử lý', en: 'Failed jobs waiting' },
  healthSeeDeadLetters: { vi: 'Xem danh sách tác vụ lỗi', en: 'See the failed jobs' },
  healthUnknown: { vi: 'Không rõ (thành phần liên quan không hoạt động)', en: 'Unknown (the component behind it is down)' },
  healthCheckedAt: { vi: 'Cập nhật lúc', en: 'Updated at' },
  healthUpdated: { vi: 'Đã cập nhật tình trạng hệ thống.', en: 'System health updated.' },
  healthAutoRefresh: { vi: 'Tự cập nhật mỗi 10 giây.', en: 'Refreshes every 10 seconds.' },
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

export function actionDoneLabel(action: Label, status: Label): Label {
  return {
    vi: `Đã thực hiện «${action.vi}». Trạng thái mới: ${status.vi}.`,
    en: `Done: "${action.en}". New status: ${status.en}.`,
  };
}

const HOURS_VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const HOURS_EN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function hoursEn(minutes: number): string {
  const text = HOURS_EN.format(minutes / 60);
  return `${text} working hour${text === '1' ? '' : 's'}`;
}

/** "còn 5,5 giờ làm việc" / "5.5 working hours left". */
export function hoursLeftLabel(minutes: number): Label {
  return { vi: `còn ${HOURS_VI.format(minutes / 60)} giờ làm việc`, en: `${hoursEn(minutes)} left` };
}

/** "đã dùng 2,5 giờ, còn 13,5 giờ làm việc" / "2.5 working hours used, 13.5 working hours left". */
export function hoursUsedLabel(consumed: number, remaining: number): Label {
  return {
    vi: `đã dùng ${HOURS_VI.format(consumed / 60)} giờ, còn ${HOURS_VI.format(remaining / 60)} giờ làm việc`,
    en: `${hoursEn(consumed)} used, ${hoursEn(remaining)} left`,
  };
}

export const CALENDAR_KIND_LABELS: Record<CalendarDayView['kind'], Label> = {
  day_off: { vi: 'Ngày nghỉ', en: 'Day off' },
  working_day: { vi: 'Ngày làm bù', en: 'Make-up working day' },
};

export function calendarCountLabel(count: number, year: number): Label {
  return {
    vi: `Năm ${year}: ${count} ngày khác quy tắc`,
    en: `${year}: ${count} exceptional day${count === 1 ? '' : 's'}`,
  };
}

export function yearCaptionLabel(year: number): Label {
  return { vi: `Ngày nghỉ và ngày làm bù năm ${year}`, en: `Days off and make-up working days, ${year}` };
}

export function calendarSavedLabel(day: Label, kind: Label): Label {
  return { vi: `Đã lưu: ${day.vi} là ${kind.vi.toLowerCase()}.`, en: `Saved: ${day.en} is a ${kind.en.toLowerCase()}.` };
}

export function calendarDeletedLabel(day: Label): Label {
  return { vi: `Đã xóa ${day.vi} khỏi lịch.`, en: `${day.en} removed from the calendar.` };
}

/** "8 giờ làm việc mỗi ngày" — the length of a working day, which the legal time counts in. */
export function minutesPerDayLabel(minutes: number): Label {
  return { vi: `Tổng: ${HOURS_VI.format(minutes / 60)} giờ làm việc mỗi ngày`, en: `Total: ${hoursEn(minutes)} a day` };
}

export function periodDaysLabel(days: number): Label {
  return { vi: `Khoảng thời gian: ${days} ngày`, en: `Period: ${days} day${days === 1 ? '' : 's'}` };
}

export function auditCheckedLabel(dossiers: number, events: number): Label {
  return {
    vi: `Đã kiểm tra ${dossiers} hồ sơ, ${events} sự kiện.`,
    en: `Checked ${dossiers} dossier${dossiers === 1 ? '' : 's'} and ${events} event${events === 1 ? '' : 's'}.`,
  };
}

/** The background jobs by name (`<area>.<verb-noun>`); unknown names are shown as they are. */
export const JOB_LABELS: Readonly<Record<string, Label>> = {
  'notifications.notify-applicant': { vi: 'Gửi thông báo cho công dân (thư điện tử, SMS)', en: 'Notify the applicant (e-mail, SMS)' },
  'notifications.remind-supplement': { vi: 'Nhắc công dân nộp bổ sung', en: 'Remind the applicant to supplement' },
  'integrations.sync-national-portal': { vi: 'Đồng bộ Cổng DVC quốc gia', en: 'Sync with the National Public Service Portal' },
  'documents.render-result': { vi: 'Tạo văn bản kết quả (PDF)', en: 'Render the result document (PDF)' },
  'files.check-attachments': { vi: 'Kiểm tra tệp đính kèm (định dạng, virus)', en: 'Check the attachments (type, viruses)' },
  'dossiers.recompute-deadlines': { vi: 'Tính lại ngày hẹn trả theo lịch làm việc', en: 'Recompute due dates on the calendar' },
  'dossiers.sweep-deadlines': { vi: 'Rà soát thời hạn (cảnh báo sắp đến hạn, quá hạn)', en: 'Deadline sweep (due-soon and overdue alerts)' },
  'dossiers.close-expired-supplements': { vi: 'Kết thúc hồ sơ quá hạn bổ sung', en: 'Close dossiers whose supplement time ran out' },
  'dossiers.roll-up-statistics': { vi: 'Tổng hợp số liệu thống kê hằng ngày', en: 'Daily statistics roll-up' },
};

export function jobLabel(jobName: string): Label {
  return JOB_LABELS[jobName] ?? { vi: jobName, en: jobName };
}

/** The queues (one per kind of work); unknown names are shown as they are. */
export const QUEUE_LABELS: Readonly<Record<string, Label>> = {
  'dossier-events': { vi: 'Sự kiện hồ sơ (thông báo, đồng bộ)', en: 'Dossier events (notifications, sync)' },
  documents: { vi: 'Văn bản', en: 'Documents' },
  schedules: { vi: 'Tác vụ định kỳ', en: 'Scheduled work' },
  files: { vi: 'Tệp đính kèm', en: 'Attachments' },
};

export function queueLabel(queue: string): Label {
  return QUEUE_LABELS[queue] ?? { vi: queue, en: queue };
}

/** "Lần 3/5" / "Attempt 3 of 5". */
export function attemptLabel(attempt: number, maxAttempts: number): Label {
  return { vi: `Lần ${attempt}/${maxAttempts}`, en: `Attempt ${attempt} of ${maxAttempts}` };
}

/**
 * A job still inside its attempts: the system tries again by itself. The list only records failures, so a later
 * attempt that succeeded shows as no new failure (the wording does not claim the job is still failing).
 */
export function jobRetryingLabel(attempt: number, maxAttempts: number): Label {
  return {
    vi: `Đã lỗi ${attempt}/${maxAttempts} lần; hệ thống tự thử lại, chưa cần xử lý. Nếu lần thử sau thành công, sẽ không có lỗi mới.`,
    en: `Failed ${attempt} of ${maxAttempts} times; the system retries by itself, nothing to do yet. If a later attempt succeeds, no new failure appears.`,
  };
}

/** "Các lần lỗi trước (7)" — the disclosure of a job's earlier attempts. */
export function earlierAttemptsLabel(count: number): Label {
  return { vi: `Các lần lỗi trước (${count})`, en: `Earlier failures (${count})` };
}

export function jobRetriedDoneLabel(job: Label): Label {
  return {
    vi: `Đã gửi lại tác vụ «${job.vi}». Hệ thống sẽ chạy lại trong giây lát.`,
    en: `"${job.en}" was sent through again. The system runs it in a moment.`,
  };
}

export function deadLetterCountLabel(count: number): Label {
  return { vi: `${count} tác vụ lỗi`, en: count === 1 ? '1 failed job' : `${count} failed jobs` };
}

export function secondsLabel(seconds: number): Label {
  const rounded = Math.round(seconds);
  return { vi: `${rounded} giây`, en: `${rounded} second${rounded === 1 ? '' : 's'}` };
}

/** The catalogue administration (province admins): list, editor, preview, publication, history, import and export. */
export const CM = {
  title: { vi: 'Danh mục thủ tục', en: 'Procedure catalogue' },
  intro: {
    vi: 'Thủ tục hành chính của tỉnh. Mỗi thủ tục có phiên bản đang công bố và có thể có một bản nháp; sửa bản nháp rồi công bố theo quyết định. Hồ sơ đã nộp luôn giữ phiên bản lúc nộp.',
    en: "The province's administrative procedures. Each has a published version and may have one draft; edit the draft, then publish it by decision. Filed dossiers keep the version they were filed under.",
  },
  importExportLink: { vi: 'Nhập, xuất danh mục', en: 'Import and export' },
  newProcedure: { vi: 'Thêm thủ tục mới', en: 'Add a procedure' },
  filters: { vi: 'Lọc thủ tục', en: 'Filter procedures' },
  search: { vi: 'Mã hoặc tên thủ tục', en: 'Procedure code or name' },
  statusFilter: { vi: 'Trạng thái phiên bản', en: 'Version status' },
  anyStatus: { vi: 'Tất cả trạng thái', en: 'Any status' },
  sectorFilter: { vi: 'Lĩnh vực', en: 'Sector' },
  anySector: { vi: 'Tất cả lĩnh vực', en: 'Any sector' },
  colCode: { vi: 'Mã thủ tục', en: 'Code' },
  colName: { vi: 'Tên thủ tục', en: 'Name' },
  colSector: { vi: 'Lĩnh vực', en: 'Sector' },
  colPublished: { vi: 'Đang công bố', en: 'Published' },
  colDraft: { vi: 'Bản nháp', en: 'Draft' },
  colHistory: { vi: 'Lịch sử', en: 'History' },
  empty: { vi: 'Không có thủ tục nào phù hợp.', en: 'No procedure matches.' },
  notPublished: { vi: 'Chưa công bố', en: 'Not published' },
  noDraft: { vi: 'Không có bản nháp', en: 'No draft' },
  editDraft: { vi: 'Sửa bản nháp', en: 'Edit the draft' },
  startDraft: { vi: 'Tạo bản nháp để sửa', en: 'Start a draft to edit' },
  historyLink: { vi: 'Lịch sử phiên bản', en: 'Version history' },
  updated: { vi: 'Cập nhật', en: 'Updated' },
  effectiveFrom: { vi: 'Hiệu lực từ', en: 'In force from' },
  noticeDeleted: { vi: 'Đã xóa bản nháp.', en: 'The draft was deleted.' },

  backToList: { vi: '← Danh mục thủ tục', en: '← Procedure catalogue' },
  newTitle: { vi: 'Thủ tục mới', en: 'New procedure' },
  untitled: { vi: '(Chưa có tên thủ tục)', en: '(No name yet)' },
  versionFacts: { vi: 'Thông tin phiên bản', en: 'About this version' },
  status: { vi: 'Trạng thái', en: 'Status' },
  createdBy: { vi: 'Người tạo', en: 'Created by' },
  publishedAt: { vi: 'Công bố lúc', en: 'Published at' },
  retiredAt: { vi: 'Bãi bỏ lúc', en: 'Retired at' },
  retiredReason: { vi: 'Lý do bãi bỏ', en: 'Reason for retirement' },
  dossiers: { vi: 'Hồ sơ đã nộp theo phiên bản này', en: 'Dossiers filed under this version' },
  illustrative: { vi: 'Dữ liệu minh họa', en: 'Illustrative data' },
  readOnly: {
    vi: 'Phiên bản đã công bố hoặc đã bãi bỏ không sửa được. Để sửa, hãy tạo bản nháp từ phiên bản đang công bố.',
    en: 'A published or retired version never changes. To edit, start a draft from the published version.',
  },
  viewModes: { vi: 'Chế độ xem', en: 'View' },
  modeEdit: { vi: 'Chỉnh sửa', en: 'Edit' },
  modePreview: { vi: 'Xem trước như công dân thấy', en: 'Preview as citizens see it' },
  problemsTitle: { vi: 'Cần sửa trước khi công bố', en: 'To fix before publication' },
  noProblems: { vi: 'Không có lỗi: bản nháp công bố được.', en: 'No problems: the draft can be published.' },
  wholeRecord: { vi: 'Toàn bộ bản ghi', en: 'Whole record' },
  goToField: { vi: 'Đến trường', en: 'Go to field' },
  save: { vi: 'Lưu bản nháp', en: 'Save the draft' },
  create: { vi: 'Tạo bản nháp', en: 'Create the draft' },
  saved: { vi: 'Đã lưu bản nháp.', en: 'The draft is saved.' },
  noticeCreated: { vi: 'Đã tạo bản nháp của thủ tục mới.', en: "The new procedure's draft is created." },
  noticeDrafted: {
    vi: 'Đã tạo bản nháp từ phiên bản đang công bố. Sửa, lưu rồi công bố lại; phiên bản đang công bố vẫn áp dụng đến lúc đó.',
    en: 'A draft was copied from the published version. Edit, save and publish it; the published version applies until then.',
  },
  unsaved: { vi: 'Có thay đổi chưa lưu.', en: 'There are unsaved changes.' },
  publish: { vi: 'Công bố', en: 'Publish' },
  publishBlockedProblems: { vi: 'Chỉ công bố được khi không còn lỗi.', en: 'A draft with problems cannot be published.' },
  publishBlockedUnsaved: { vi: 'Hãy lưu bản nháp trước khi công bố.', en: 'Save the draft before publishing it.' },
  deleteDraft: { vi: 'Xóa bản nháp', en: 'Delete the draft' },
  deleteDraftQuestion: {
    vi: 'Xóa bản nháp này? Không khôi phục được; phiên bản đang công bố (nếu có) không bị ảnh hưởng.',
    en: 'Delete this draft? It cannot be undone; the published version, if any, is not affected.',
  },
  deleteDraftConfirm: { vi: 'Xác nhận xóa bản nháp', en: 'Delete the draft' },
  publishTitle: { vi: 'Công bố phiên bản', en: 'Publish this version' },
  publishIntro: {
    vi: 'Phiên bản áp dụng cho hồ sơ nộp mới từ ngày có hiệu lực: hôm nay thì ngay, ngày sau thì hệ thống tự công bố vào ngày đó. Phiên bản đang công bố trước đó ngừng nhận hồ sơ mới; hồ sơ đã nộp vẫn theo phiên bản cũ.',
    en: 'The version applies to new filings from its effective date: today means at once, a later day means the system publishes it that day. The previously published version stops taking new dossiers; filed dossiers keep it.',
  },
  decisionNumber: { vi: 'Số quyết định công bố', en: 'Publication decision number' },
  decisionNumberHint: { vi: 'Ví dụ: 1234/QĐ-UBND', en: 'For example 1234/QĐ-UBND' },
  decisionNumberRequired: { vi: 'Hãy ghi số quyết định (ít nhất 3 ký tự).', en: 'Give the decision number (at least 3 characters).' },
  decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
  effectiveDate: { vi: 'Ngày có hiệu lực', en: 'Effective date' },
  dateInvalid: { vi: 'Hãy chọn ngày.', en: 'Choose a date.' },
  dateAfterToday: { vi: 'Ngày quyết định không được sau hôm nay.', en: 'The decision date cannot be after today.' },
  effectiveBeforeDecision: { vi: 'Ngày có hiệu lực không được trước ngày quyết định.', en: 'The effective date cannot be before the decision date.' },
  publishConfirm: { vi: 'Xác nhận công bố', en: 'Publish now' },
  publishScheduledNote: {
    vi: 'Ngày có hiệu lực sau hôm nay: bản nháp được hẹn công bố và hệ thống tự công bố vào đầu ngày đó. Trong thời gian chờ, bản nháp không sửa được (hủy hẹn để sửa).',
    en: 'The effective date is after today: the draft is scheduled and the system publishes it early that day. Until then it cannot be edited (cancel the schedule to edit it).',
  },
  scheduleConfirm: { vi: 'Xác nhận hẹn ngày công bố', en: 'Schedule the publication' },
  scheduledBanner: { vi: 'Đã hẹn công bố', en: 'Publication scheduled' },
  cancelSchedule: { vi: 'Hủy hẹn công bố', en: 'Cancel the scheduled publication' },
  scheduleCancelled: { vi: 'Đã hủy hẹn công bố; bản nháp sửa được trở lại.', en: 'The scheduled publication is cancelled; the draft can be edited again.' },
  retire: { vi: 'Bãi bỏ thủ tục', en: 'Retire the procedure' },
  retireTitle: { vi: 'Bãi bỏ phiên bản đang công bố', en: 'Retire the published version' },
  retireIntro: {
    vi: 'Thủ tục không nhận hồ sơ mới nữa; hồ sơ đã nộp vẫn được giải quyết theo phiên bản này.',
    en: 'The procedure takes no new dossiers; filed dossiers are still handled under this version.',
  },
  retireReason: { vi: 'Lý do bãi bỏ và căn cứ', en: 'Reason and decision' },
  retireReasonRequired: { vi: 'Hãy nêu lý do (ít nhất 3 ký tự).', en: 'Give the reason (at least 3 characters).' },
  retireConfirm: { vi: 'Xác nhận bãi bỏ', en: 'Retire it' },

  secGeneral: { vi: 'Thông tin chung', en: 'General' },
  fCode: { vi: 'Mã thủ tục', en: 'Procedure code' },
  fCodeHint: {
    vi: 'Dạng d.dddddd, có thể thêm hậu tố địa phương, ví dụ 1.001193 hoặc 1.000656.000.00.00.H56.',
    en: 'd.dddddd, optionally with a local suffix, e.g. 1.001193 or 1.000656.000.00.00.H56.',
  },
  fCodeFixed: { vi: 'Mã của bản nháp không đổi được.', en: "A draft's code cannot change." },
  fName: { vi: 'Tên thủ tục', en: 'Procedure name' },
  fPublishingAgency: { vi: 'Cơ quan công bố', en: 'Publishing agency' },
  fDescription: { vi: 'Mô tả', en: 'Description' },
  fConditions: { vi: 'Yêu cầu, điều kiện thực hiện', en: 'Requirements and conditions' },
  fWhereToSubmit: { vi: 'Địa chỉ tiếp nhận hồ sơ', en: 'Where to submit' },
  secClassification: { vi: 'Lĩnh vực, cấp thực hiện, đối tượng', en: 'Sector, level, applicants' },
  fSectorCode: { vi: 'Mã lĩnh vực', en: 'Sector code' },
  fSectorName: { vi: 'Tên lĩnh vực', en: 'Sector name' },
  addSector: { vi: 'Thêm lĩnh vực', en: 'Add a sector' },
  remove: { vi: 'Bỏ', en: 'Remove' },
  fLevels: { vi: 'Cấp thực hiện', en: 'Levels' },
  fApplicantTypes: { vi: 'Đối tượng thực hiện', en: 'Applicants' },
  secChannels: { vi: 'Thời hạn giải quyết và phí, lệ phí', en: 'Time limits and fees' },
  fChannel: { vi: 'Cách thức nộp', en: 'Channel' },
  fTimeValue: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  fTimeUnit: { vi: 'Đơn vị thời hạn', en: 'Time unit' },
  fFeeCode: { vi: 'Mã khoản phí', en: 'Fee code' },
  fFeeName: { vi: 'Tên khoản phí, lệ phí', en: 'Fee name' },
  fFeeAmount: { vi: 'Mức thu (đồng)', en: 'Amount (VND)' },
  fFeeUnit: { vi: 'Đơn vị tính', en: 'Unit' },
  addFee: { vi: 'Thêm khoản phí', en: 'Add a fee' },
  addChannel: { vi: 'Thêm cách thức nộp', en: 'Add a channel' },
  fFeeBearing: { vi: 'Có thu phí, lệ phí', en: 'Fee-bearing' },
  fFeeBearingHint: {
    vi: 'Phải khớp với các khoản phí: đánh dấu khi có khoản thu lớn hơn 0 đồng.',
    en: 'Must match the fees: tick it when a fee is above 0 VND.',
  },
  secCases: { vi: 'Trình tự thực hiện và thành phần hồ sơ', en: 'Steps and documents' },
  fCaseCode: { vi: 'Mã trường hợp', en: 'Case code' },
  fCaseName: { vi: 'Tên trường hợp', en: 'Case name' },
  fSteps: { vi: 'Trình tự thực hiện (mỗi dòng một bước)', en: 'Steps (one per line)' },
  fComponentCode: { vi: 'Mã thành phần', en: 'Document code' },
  fComponentName: { vi: 'Tên giấy tờ', en: 'Document name' },
  fOriginals: { vi: 'Số bản chính', en: 'Originals' },
  fCopies: { vi: 'Số bản sao', en: 'Copies' },
  fRequired: { vi: 'Bắt buộc', en: 'Required' },
  fAcceptedTypes: { vi: 'Loại tệp chấp nhận', en: 'Accepted file types' },
  fMaxSize: { vi: 'Dung lượng tối đa (MB)', en: 'Maximum size (MB)' },
  addComponent: { vi: 'Thêm thành phần hồ sơ', en: 'Add a document' },
  addCase: { vi: 'Thêm trường hợp', en: 'Add a case' },
  secResults: { vi: 'Kết quả thực hiện', en: 'Results' },
  fResultCode: { vi: 'Mã kết quả', en: 'Result code' },
  fResultName: { vi: 'Tên kết quả', en: 'Result name' },
  addResult: { vi: 'Thêm kết quả', en: 'Add a result' },
  secLegal: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  fLegalNumber: { vi: 'Số hiệu văn bản', en: 'Document number' },
  fLegalTitle: { vi: 'Trích yếu', en: 'Title' },
  fLegalIssuedOn: { vi: 'Ngày ban hành', en: 'Issued on' },
  fLegalIssuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  addLegal: { vi: 'Thêm văn bản', en: 'Add a document' },
  secProcess: { vi: 'Quy trình nội bộ (điện tử)', en: 'Internal (electronic) process' },
  processIntro: {
    vi: 'Các bước xử lý trong cơ quan, với vai trò và số giờ làm việc. Tổng số giờ phải bằng thời hạn giải quyết (1 ngày làm việc = 8 giờ).',
    en: 'The steps inside the agency, each with a role and working hours. They must add up to the legal time (1 working day = 8 hours).',
  },
  fStepCode: { vi: 'Mã bước', en: 'Step code' },
  fStepName: { vi: 'Tên bước', en: 'Step name' },
  fStepRole: { vi: 'Vai trò', en: 'Role' },
  fStepHours: { vi: 'Số giờ làm việc', en: 'Working hours' },
  addStep: { vi: 'Thêm bước', en: 'Add a step' },
  secOther: { vi: 'Khác', en: 'Other' },
  fFeatured: { vi: 'Thủ tục nổi bật (hiện ở trang chủ Cổng)', en: "Featured (shown on the portal's home page)" },
  fSupplementRestarts: {
    vi: 'Khi công dân bổ sung đủ hồ sơ, thời hạn được tính lại từ đầu',
    en: 'A complete supplement restarts the time limit from zero',
  },
  jsonOnly: {
    vi: 'Các phần còn lại (cơ quan thực hiện, mức độ trực tuyến theo cơ quan, biểu mẫu trực tuyến, thủ tục liên quan…) sửa trong mục «Nâng cao: sửa toàn bộ bản ghi (JSON)».',
    en: 'The other parts (agencies, online level per agency, the online form, related procedures …) are edited under "Advanced: edit the whole record (JSON)".',
  },
  advanced: { vi: 'Nâng cao: sửa toàn bộ bản ghi (JSON)', en: 'Advanced: edit the whole record (JSON)' },
  jsonLabel: { vi: 'Bản ghi thủ tục (JSON)', en: 'Procedure record (JSON)' },
  jsonHint: {
    vi: 'Sửa hoặc dán toàn bộ bản ghi theo cấu trúc của tệp nhập, xuất danh mục, rồi bấm «Áp dụng JSON». Chỉ được lưu khi bấm «Lưu bản nháp».',
    en: 'Edit or paste the whole record in the import/export shape, then press "Apply the JSON". It is stored only when you save the draft.',
  },
  applyJson: { vi: 'Áp dụng JSON', en: 'Apply the JSON' },
  resetJson: { vi: 'Lấy lại từ biểu mẫu', en: 'Reload from the form' },
  jsonApplied: { vi: 'Đã áp dụng JSON vào biểu mẫu (chưa lưu).', en: 'The JSON was applied to the form (not saved yet).' },
  jsonShape: {
    vi: 'JSON không đúng cấu trúc bản ghi thủ tục nên chưa được áp dụng; biểu mẫu giữ nguyên. Các lỗi:',
    en: 'The JSON is not shaped like a procedure record, so it was not applied; the form is unchanged. Problems:',
  },

  previewNote: {
    vi: 'Đây là nội dung công dân thấy sau khi phiên bản được công bố.',
    en: 'This is what citizens see once the version is published.',
  },
  pvCode: { vi: 'Mã thủ tục', en: 'Code' },
  pvSector: { vi: 'Lĩnh vực', en: 'Sector' },
  pvLevel: { vi: 'Cấp thực hiện', en: 'Level' },
  pvTimeLimit: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  pvFeeTotal: { vi: 'Tổng phí, lệ phí', en: 'Total fees' },
  pvOnline: { vi: 'Mức độ trực tuyến', en: 'Online service' },
  pvDescription: { vi: 'Mô tả', en: 'Description' },
  pvConditions: { vi: 'Điều kiện thực hiện', en: 'Conditions' },
  pvSteps: { vi: 'Trình tự thực hiện', en: 'Steps' },
  pvComponents: { vi: 'Thành phần hồ sơ', en: 'Documents to provide' },
  pvComponentName: { vi: 'Tên giấy tờ', en: 'Document' },
  pvOriginals: { vi: 'Bản chính', en: 'Originals' },
  pvCopies: { vi: 'Bản sao', en: 'Copies' },
  pvRequired: { vi: 'Bắt buộc', en: 'Required' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  pvFees: { vi: 'Phí, lệ phí', en: 'Fees' },
  pvFeeName: { vi: 'Khoản', en: 'Item' },
  pvAmount: { vi: 'Mức thu', en: 'Amount' },
  pvResults: { vi: 'Kết quả thực hiện', en: 'Results' },
  pvLegalBasis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  pvAgencies: { vi: 'Nơi tiếp nhận hồ sơ', en: 'Where to file' },
  pvNoAgencies: { vi: 'Thủ tục này chưa được tiếp nhận trực tuyến ở cơ quan nào.', en: 'No agency accepts this procedure online yet.' },
  pvInPersonOnly: { vi: 'Thủ tục này chỉ nộp trực tiếp tại cơ quan.', en: 'This procedure can only be filed in person.' },
  pvApplyNote: { vi: 'Công dân thấy nút «Nộp hồ sơ trực tuyến» ở đây.', en: 'Citizens see the "File online" button here.' },
  free: { vi: 'Miễn phí', en: 'Free' },
  notSet: { vi: 'Chưa có', en: 'Not yet' },

  historyTitle: { vi: 'Lịch sử phiên bản', en: 'Version history' },
  historyCaption: { vi: 'Các phiên bản, mới nhất trước', en: 'Versions, newest first' },
  colVersion: { vi: 'Phiên bản', en: 'Version' },
  colStatus: { vi: 'Trạng thái', en: 'Status' },
  colUpdated: { vi: 'Cập nhật', en: 'Updated' },
  colDecision: { vi: 'Quyết định công bố', en: 'Publication decision' },
  colEffective: { vi: 'Hiệu lực từ', en: 'In force from' },
  colDossiers: { vi: 'Hồ sơ đã nộp', en: 'Dossiers filed' },
  compareTitle: { vi: 'So sánh hai phiên bản', en: 'Compare two versions' },
  compareFrom: { vi: 'Phiên bản gốc (cũ hơn)', en: 'Base version (older)' },
  compareTo: { vi: 'Phiên bản so sánh (mới hơn)', en: 'Compared version (newer)' },
  compare: { vi: 'So sánh', en: 'Compare' },
  compareSame: { vi: 'Hãy chọn hai phiên bản khác nhau.', en: 'Choose two different versions.' },
  compareNeedsTwo: { vi: 'Thủ tục mới có một phiên bản, chưa có gì để so sánh.', en: 'The procedure has one version: nothing to compare yet.' },
  colPath: { vi: 'Trường', en: 'Field' },
  colBefore: { vi: 'Trước', en: 'Before' },
  colAfter: { vi: 'Sau', en: 'After' },
  noChanges: { vi: 'Hai phiên bản giống hệt nhau.', en: 'The two versions are identical.' },
  emptyValue: { vi: '(không có)', en: '(none)' },

  importTitle: { vi: 'Nhập, xuất danh mục', en: 'Import and export the catalogue' },
  importIntro: {
    vi: 'Nhập tệp theo cấu trúc Cơ sở dữ liệu quốc gia về thủ tục hành chính (JSON) hoặc bảng tính Excel theo tệp mẫu. Mỗi thủ tục được nhập thành bản nháp, công bố sau khi kiểm tra.',
    en: 'Import a file in the national procedure database shape (JSON) or an Excel workbook following the template. Each procedure becomes a draft, published after review.',
  },
  importSection: { vi: 'Nhập danh mục từ tệp', en: 'Import from a file' },
  fFile: { vi: 'Tệp danh mục (.json hoặc .xlsx)', en: 'Catalogue file (.json or .xlsx)' },
  fileHint: { vi: 'Tối đa 20 MB.', en: 'Up to 20 MB.' },
  fileRequired: { vi: 'Hãy chọn tệp .json hoặc .xlsx.', en: 'Choose a .json or .xlsx file.' },
  fileTooLarge: { vi: 'Tệp lớn hơn 20 MB.', en: 'The file is larger than 20 MB.' },
  mode: { vi: 'Cách nhập', en: 'Import mode' },
  modeAll: { vi: 'Tất cả hoặc không: có lỗi thì không nhập thủ tục nào', en: 'All or nothing: import nothing if any row has a problem' },
  modeValid: { vi: 'Chỉ nhập các dòng hợp lệ, bỏ qua dòng có lỗi', en: 'Only the valid rows: skip the rows with problems' },
  upload: { vi: 'Tải lên và nhập', en: 'Upload and import' },
  uploading: { vi: 'Đang tải tệp lên…', en: 'Uploading…' },
  progress: { vi: 'Tiến độ nhập', en: 'Import progress' },
  importProblemsCaption: { vi: 'Lỗi theo dòng và trường', en: 'Problems by row and field' },
  colRow: { vi: 'Dòng', en: 'Row' },
  colProcedureCode: { vi: 'Mã thủ tục', en: 'Procedure code' },
  colField: { vi: 'Trường', en: 'Field' },
  colProblem: { vi: 'Lỗi', en: 'Problem' },
  downloadReport: { vi: 'Tải báo cáo lỗi (CSV)', en: 'Download the error report (CSV)' },
  seeDrafts: { vi: 'Xem các bản nháp', en: 'See the drafts' },
  importFailed: { vi: 'Không đọc được tệp nên không thủ tục nào được nhập.', en: 'The file could not be read, so nothing was imported.' },
  pollFailed: {
    vi: 'Không hỏi được tiến độ nhập; việc nhập vẫn chạy trên máy chủ. Bấm «Làm mới» để theo dõi tiếp.',
    en: 'The progress could not be fetched; the import still runs on the server. Press "Refresh" to follow it again.',
  },
  nothingImported: {
    vi: 'Chế độ «tất cả hoặc không»: vì có lỗi nên chưa nhập thủ tục nào. Sửa tệp rồi nhập lại.',
    en: 'All or nothing: because of the problems nothing was imported. Fix the file and import it again.',
  },
  exportSection: { vi: 'Xuất danh mục', en: 'Export the catalogue' },
  exportIntro: {
    vi: 'Tệp xuất có cùng cấu trúc với tệp nhập: sửa rồi nhập lại được.',
    en: 'Exports have the import shape: edit one and import it again.',
  },
  templateSection: { vi: 'Tệp mẫu', en: 'Templates' },
  templateJson: { vi: 'Tải tệp mẫu JSON', en: 'Download the JSON template' },
  templateXlsx: { vi: 'Tải tệp mẫu Excel (.xlsx)', en: 'Download the Excel template (.xlsx)' },
} as const satisfies Record<string, Label>;

export const VERSION_STATUS_LABELS: Record<ProcedureVersionStatus, Label> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  published: { vi: 'Đang công bố', en: 'Published' },
  retired: { vi: 'Đã bãi bỏ', en: 'Retired' },
};

export const LEVEL_LABELS: Record<ProcedureLevelCode, Label> = {
  ministry: { vi: 'Cấp bộ', en: 'Ministry level' },
  province: { vi: 'Cấp tỉnh', en: 'Province level' },
  commune: { vi: 'Cấp xã', en: 'Commune level' },
};

export const ONLINE_LEVEL_LABELS: Record<OnlineLevelCode, Label> = {
  full: { vi: 'Dịch vụ công trực tuyến toàn trình', en: 'Fully online' },
  partial: { vi: 'Dịch vụ công trực tuyến một phần', en: 'Partly online' },
  none: { vi: 'Chỉ nộp trực tiếp', en: 'In person only' },
};

export const APPLICANT_LABELS: Record<ApplicantType, Label> = {
  citizen: { vi: 'Công dân', en: 'Citizens' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  organisation: { vi: 'Tổ chức', en: 'Organisations' },
};

export const TIME_UNIT_LABELS: Record<TimeUnit, Label> = {
  working_days: { vi: 'ngày làm việc', en: 'working days' },
  calendar_days: { vi: 'ngày', en: 'calendar days' },
  working_hours: { vi: 'giờ làm việc', en: 'working hours' },
};

export const IMPORT_STATUS_LABELS: Record<CatalogueImportView['status'], Label> = {
  queued: { vi: 'Đang chờ xử lý', en: 'Queued' },
  running: { vi: 'Đang nhập', en: 'Importing' },
  done: { vi: 'Đã xong', en: 'Finished' },
  failed: { vi: 'Không nhập được', en: 'Failed' },
};

/** "3 ngày làm việc" / "3 working days", as the portal writes a time limit. */
export function timeLimitLabel(limit: TimeLimit): Label {
  const unit = TIME_UNIT_LABELS[limit.unit];
  return { vi: `${limit.value} ${unit.vi}`, en: `${limit.value} ${limit.value === 1 ? unit.en.replace(/s$/, '') : unit.en}` };
}

export function versionLabel(versionNumber: number): Label {
  return { vi: `Phiên bản ${versionNumber}`, en: `Version ${versionNumber}` };
}

export function procedureCountLabel(total: number): Label {
  return { vi: `${total} thủ tục`, en: total === 1 ? '1 procedure' : `${total} procedures` };
}

/** "Quyết định số 1234/QĐ-UBND ngày 20/11/2026". */
export function decisionLabel(decision: { number: string; date: string }, day: string): Label {
  return { vi: `Quyết định số ${decision.number} ngày ${day}`, en: `Decision ${decision.number} of ${day}` };
}

export function problemCountLabel(count: number): Label {
  return { vi: `${count} lỗi cần sửa`, en: count === 1 ? '1 problem to fix' : `${count} problems to fix` };
}

export function fixBeforeSavingLabel(count: number): Label {
  return {
    vi: `Còn ${count} lỗi; hãy sửa trước khi lưu (máy chủ không nhận bản ghi có lỗi).`,
    en: `${count} problem${count === 1 ? '' : 's'} left; fix ${count === 1 ? 'it' : 'them'} before saving (the server refuses records with problems).`,
  };
}

/** The short form, for a list row: when the scheduled publication happens (`day` already written dd/mm/yyyy). */
export function scheduledOnLabel(day: string): Label {
  return { vi: `Hẹn công bố ngày ${day}`, en: `Publication scheduled for ${day}` };
}

/** `day`: the effective date already written dd/mm/yyyy. */
export function scheduledLabel(schedule: ScheduledPublication, day: string): Label {
  return {
    vi: `Hệ thống sẽ công bố phiên bản này ngày ${day} theo Quyết định số ${schedule.decisionNumber} (hẹn bởi ${schedule.scheduledBy}).`,
    en: `The system publishes this version on ${day} by decision ${schedule.decisionNumber} (scheduled by ${schedule.scheduledBy}).`,
  };
}

export function publishedLabel(versionNumber: number, decisionNumber: string): Label {
  return {
    vi: `Đã công bố phiên bản ${versionNumber} theo Quyết định số ${decisionNumber}.`,
    en: `Version ${versionNumber} is published by decision ${decisionNumber}.`,
  };
}

export function retiredLabel(versionNumber: number): Label {
  return { vi: `Đã bãi bỏ phiên bản ${versionNumber}.`, en: `Version ${versionNumber} is retired.` };
}

/** "Lĩnh vực 2", "Thành phần hồ sơ 1" …: the legend of the n-th item of a repeated group. */
export function itemLabel(kind: Label, index: number): Label {
  return { vi: `${kind.vi} ${index + 1}`, en: `${kind.en} ${index + 1}` };
}

export const ITEM_KINDS = {
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  channel: { vi: 'Cách thức nộp', en: 'Channel' },
  fee: { vi: 'Khoản phí', en: 'Fee' },
  case: { vi: 'Trường hợp', en: 'Case' },
  component: { vi: 'Thành phần hồ sơ', en: 'Document' },
  result: { vi: 'Kết quả', en: 'Result' },
  legal: { vi: 'Văn bản', en: 'Document' },
  step: { vi: 'Bước', en: 'Step' },
} as const satisfies Record<string, Label>;

/** "Tổng: 8 giờ; thời hạn giải quyết: 8 giờ làm việc", or that a calendar-day limit has no hour count. */
export function processTotalLabel(hours: number, legal: number | null): Label {
  const h = (value: number) => HOURS_VI.format(value);
  const e = (value: number) => HOURS_EN.format(value);
  if (legal === null) {
    return { vi: `Tổng: ${h(hours)} giờ (thời hạn tính theo ngày lịch).`, en: `Total: ${e(hours)} h (the time limit is in calendar days).` };
  }
  return { vi: `Tổng: ${h(hours)} giờ; thời hạn giải quyết: ${h(legal)} giờ làm việc.`, en: `Total: ${e(hours)} h; legal time: ${e(legal)} working hours.` };
}

export function diffCaptionLabel(from: number, to: number, changes: number): Label {
  return {
    vi: `Thay đổi từ phiên bản ${from} đến phiên bản ${to}: ${changes} thay đổi`,
    en: `Changes from version ${from} to version ${to}: ${changes} change${changes === 1 ? '' : 's'}`,
  };
}

export function importProgressLabel(processed: number, total: number): Label {
  return { vi: `Đã xử lý ${processed}/${total} thủ tục`, en: `${processed} of ${total} procedures processed` };
}

/** What a screen reader hears while an import runs: its status, and the progress in quarters (not every row). */
export function importAnnouncementLabel(status: CatalogueImportView['status'], processed: number, total: number): Label {
  const label = IMPORT_STATUS_LABELS[status];
  if (status !== 'running' || total <= 0) return label;
  const percent = Math.floor((processed / total) * 4) * 25;
  return { vi: `${label.vi}: ${percent}%`, en: `${label.en}: ${percent}%` };
}

export function importDoneLabel(imported: number, problems: number): Label {
  return {
    vi: `Nhập xong: ${imported} thủ tục thành bản nháp, ${problems} lỗi.`,
    en: `Import finished: ${imported} procedure${imported === 1 ? '' : 's'} imported as drafts, ${problems} problem${problems === 1 ? '' : 's'}.`,
  };
}

export function exportLabel(status: ProcedureVersionStatus, format: CatalogueImportView['format']): Label {
  const what: Record<ProcedureVersionStatus, Label> = {
    published: { vi: 'thủ tục đang công bố', en: 'published procedures' },
    draft: { vi: 'bản nháp', en: 'drafts' },
    retired: { vi: 'thủ tục đã bãi bỏ', en: 'retired procedures' },
  };
  const kind = format === 'json' ? 'JSON' : 'Excel';
  return { vi: `Xuất ${what[status].vi} (${kind})`, en: `Export ${what[status].en} (${kind})` };
}

export function jsonSyntaxLabel(detail: string): Label {
  return { vi: `JSON không đọc được: ${detail}`, en: `The JSON cannot be read: ${detail}` };
}

/** The agencies page (province admins): the current agencies as a tree, and merging one into another. */
export const AGM = {
  title: { vi: 'Cơ quan', en: 'Agencies' },
  intro: {
    vi: 'Các cơ quan đang hoạt động của tỉnh, cơ quan cấp dưới thụt vào dưới cơ quan cấp trên. Khi sắp xếp đơn vị hành chính, sáp nhập cơ quan cũ vào cơ quan tiếp nhận.',
    en: "The province's current agencies, each below its parent. When administrative units are reorganised, merge the old agency into the one that takes over.",
  },
  caption: { vi: 'Cơ quan đang hoạt động', en: 'Current agencies' },
  empty: { vi: 'Chưa có cơ quan nào.', en: 'There is no agency yet.' },
  parent: { vi: 'trực thuộc', en: 'under' },
  merge: { vi: 'Sáp nhập…', en: 'Merge…' },
  mergeTitle: { vi: 'Sáp nhập cơ quan', en: 'Merge the agency' },
  successor: { vi: 'Cơ quan tiếp nhận', en: 'Successor agency' },
  successorHint: { vi: 'Không chọn được chính cơ quan này và các cơ quan cấp dưới của nó.', en: 'The agency itself and the agencies below it cannot be chosen.' },
  successorChoose: { vi: '— Chọn cơ quan —', en: '— Choose an agency —' },
  successorRequired: { vi: 'Hãy chọn cơ quan tiếp nhận.', en: 'Choose the successor agency.' },
  noSuccessor: { vi: 'Không có cơ quan nào khác để tiếp nhận.', en: 'There is no other agency to take over.' },
  reason: { vi: 'Căn cứ sáp nhập', en: 'Reason for the merger' },
  reasonHint: { vi: 'Ví dụ: số nghị quyết, quyết định sắp xếp đơn vị hành chính.', en: 'For example the resolution or decision that reorganises the units.' },
  reasonRequired: { vi: 'Hãy nêu căn cứ sáp nhập (ít nhất 3 ký tự).', en: 'Give the reason for the merger (at least 3 characters).' },
  warning: {
    vi: 'Toàn bộ thủ tục, cán bộ và hồ sơ đang xử lý của cơ quan này sẽ chuyển sang cơ quan tiếp nhận; hạn giải quyết của hồ sơ không thay đổi. Cơ quan này sẽ ngừng hoạt động và không thể hoàn tác.',
    en: "All of this agency's procedures, staff and open dossiers move to the successor; dossiers' due dates do not change. This agency stops being current, and it cannot be undone.",
  },
  confirm: { vi: 'Xác nhận sáp nhập', en: 'Merge it' },
} as const satisfies Record<string, Label>;

export function agencyMergeTitleLabel(agency: string): Label {
  return { vi: `Sáp nhập «${agency}»`, en: `Merge "${agency}"` };
}

export function agencyMergedLabel(result: Pick<AgencyMergeResult, 'procedures' | 'staff' | 'openDossiers'>, agency: string, successor: string): Label {
  const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
  return {
    vi: `Đã chuyển ${result.procedures} thủ tục, ${result.staff} cán bộ, ${result.openDossiers} hồ sơ đang xử lý sang «${successor}». Cơ quan «${agency}» đã được sáp nhập.`,
    en: `${plural(result.procedures, 'procedure', 'procedures')}, ${plural(result.staff, 'staff member', 'staff members')} and ${plural(result.openDossiers, 'open dossier', 'open dossiers')} moved to "${successor}". "${agency}" is merged.`,
  };
}
