// Every sentence the sidebars and their endpoints show, in Vietnamese and English. `{name}` placeholders
// are filled by `message()`; the values are inserted as text (the sidebars never parse them as HTML).
// Entries of the same shape are the table of sentences itself (data, not repeated logic).
import type { UiLang } from './api';

const MESSAGES = {
  // Sidebar labels
  progressTitle: { vi: 'Cập nhật tiến độ', en: 'Update progress' },
  emulationTitle: { vi: 'Cập nhật kết quả thi đua', en: 'Update emulation results' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  chooseUnit: { vi: '— Chọn đơn vị —', en: '— Choose a unit —' },
  milestone: { vi: 'Mốc công việc', en: 'Milestone' },
  chooseMilestone: { vi: '— Chọn mốc —', en: '— Choose a milestone —' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  chooseTarget: { vi: '— Chọn chỉ tiêu —', en: '— Choose a target —' },
  deadline: { vi: 'Hạn', en: 'Deadline' },
  dueDate: { vi: 'Hạn', en: 'Due date' },
  status: { vi: 'Trạng thái', en: 'Status' },
  standing: { vi: 'Tình trạng', en: 'Standing' },
  completedOn: { vi: 'Ngày hoàn thành', en: 'Completed on' },
  evidence: { vi: 'Minh chứng (đường dẫn)', en: 'Evidence (link)' },
  note: { vi: 'Ghi chú', en: 'Note' },
  requires: { vi: 'Điều kiện', en: 'Requires' },
  targetValue: { vi: 'Chỉ tiêu giao', en: 'Target value' },
  previousResult: { vi: 'Kết quả đã báo cáo', en: 'Reported result' },
  result: { vi: 'Kết quả', en: 'Result' },
  resultHint: { vi: 'Ví dụ: 1.103 hoặc 5,62', en: 'For example 1,103 or 5.62' },
  resultHintPercent: {
    vi: 'Nhập tỷ lệ phần trăm, ví dụ: 95 hoặc 99,8 (là 95%, 99,8%)',
    en: 'Enter a percentage, for example 95 or 99.8 (meaning 95%, 99.8%)',
  },
  notReportedUnits: {
    vi: 'Đơn vị chưa báo cáo chỉ tiêu {id} ({count}):',
    en: 'Units that have not reported {id} ({count}):',
  },
  allReported: { vi: 'Mọi đơn vị đã báo cáo chỉ tiêu {id}.', en: 'Every unit has reported {id}.' },
  resultOverHundred: {
    vi: 'Kết quả {value} vượt quá 100%. Kiểm tra lại số đã nhập; nếu đúng, bấm “Vẫn lưu”.',
    en: 'The result {value} is over 100%. Check the figure you typed; if it is right, choose “Save anyway”.',
  },
  resultOverTenfold: {
    vi: 'Kết quả {value} lớn hơn mười lần chỉ tiêu ({target}). Kiểm tra lại số đã nhập; nếu đúng, bấm “Vẫn lưu”.',
    en: 'The result {value} is more than ten times the target ({target}). Check the figure you typed; if it is right, choose “Save anyway”.',
  },
  rating: { vi: 'Đánh giá', en: 'Rating' },
  lastUpdate: { vi: 'Cập nhật lần cuối: {by}, {at}', en: 'Last updated by {by}, {at}' },
  neverUpdated: { vi: 'Chưa có cập nhật', en: 'Not updated yet' },
  none: { vi: '—', en: '—' },
  submit: { vi: 'Lưu', en: 'Save' },
  saving: { vi: 'Đang lưu…', en: 'Saving…' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  reload: { vi: 'Tải lại', en: 'Reload' },
  retry: { vi: 'Thử lại', en: 'Try again' },
  close: { vi: 'Đóng', en: 'Close' },
  signedInAs: { vi: 'Tài khoản đang dùng: {email}', en: 'Signed in as {email}' },
  administrator: { vi: 'quản trị viên', en: 'administrator' },
  noUnits: {
    vi: 'Bạn chưa được giao cập nhật đơn vị nào. Liên hệ quản trị viên để được thêm vào cột Email cập nhật.',
    en: 'You have not been given any unit to update. Ask the administrator to add you to the Editor emails column.',
  },
  notSetUp: {
    vi: 'Bảng tính chưa được thiết lập. Quản trị viên chạy Thiết lập bảng tính trong menu của tiện ích, nhập trang Đơn vị rồi chạy Làm mới bảng theo dõi.',
    en: 'This workbook is not set up yet. An administrator runs Set up workbook from the add-on’s menu, fills in the Units sheet, then runs Refresh tracking sheets.',
  },
  noUnitsYet: {
    vi: 'Trang Đơn vị chưa có đơn vị nào. Quản trị viên nhập các đơn vị rồi chạy Làm mới bảng theo dõi.',
    en: 'The Units sheet has no units yet. An administrator fills it in, then runs Refresh tracking sheets.',
  },
  noRows: {
    vi: 'Đơn vị này chưa có dòng nào trong trang {sheet}. Quản trị viên cần chạy Làm mới bảng theo dõi.',
    en: 'This unit has no rows in the {sheet} sheet yet. The administrator needs to run Refresh tracking sheets.',
  },
  requiredMissing: { vi: 'Chưa chọn {field}.', en: 'Choose {field}.' },
  showAll: { vi: 'Hiện cả việc đã xong', en: 'Show finished tasks too' },
  todoEmpty: {
    vi: 'Đơn vị không còn việc nào phải làm. Chọn “Hiện cả việc đã xong” để xem lại.',
    en: 'Nothing left to do for this unit. Choose “Show finished tasks too” to look back.',
  },
  searchUnit: { vi: 'Tìm đơn vị (tên hoặc mã)', en: 'Find a unit (name or ID)' },
  unitMatches: { vi: '{count} đơn vị phù hợp', en: '{count} matching units' },
  datePlaceholder: { vi: 'dd/mm/yyyy', en: 'dd/mm/yyyy' },
  dateHint: { vi: 'Ngày/tháng/năm, ví dụ 15/06/2020', en: 'Day/month/year, for example 15/06/2020' },
  pickDate: { vi: 'Chọn ngày trên lịch', en: 'Pick from a calendar' },
  dateTyped: {
    vi: '{label}: “{value}” không phải là ngày. Nhập theo dạng ngày/tháng/năm, ví dụ 15/06/2020.',
    en: '{label}: “{value}” is not a date. Type day/month/year, for example 15/06/2020.',
  },
  reopenConfirm: {
    vi: 'Mốc {id} là điều kiện của {list}, đã hoàn thành. Vẫn lưu trạng thái mới cho {id}?',
    en: 'Milestone {id} is required by {list}, already done. Save the new status of {id} anyway?',
  },
  saveAnyway: { vi: 'Vẫn lưu', en: 'Save anyway' },
  theirVersion: { vi: '{by} đã lưu lúc {at}:', en: 'Saved by {by} at {at}:' },
  theirValue: { vi: '{field}: {value}', en: '{field}: {value}' },
  draftKept: {
    vi: 'Những gì bạn đã nhập vẫn còn trong biểu mẫu. Xem lại rồi bấm Lưu.',
    en: 'What you typed is still in the form. Check it, then save.',
  },

  // Validation (client and server)
  invalidRequest: { vi: 'Yêu cầu không hợp lệ.', en: 'Invalid request.' },
  fieldMissing: { vi: 'Thiếu trường {field}.', en: 'Missing field {field}.' },
  fieldNotText: { vi: 'Trường {field} phải là chuỗi ký tự.', en: 'Field {field} must be text.' },
  fieldNotNumberOrText: {
    vi: 'Trường {field} phải là số hoặc chuỗi ký tự.',
    en: 'Field {field} must be a number or text.',
  },
  fieldsUnknown: { vi: 'Trường không được chấp nhận: {fields}.', en: 'Fields not accepted: {fields}.' },
  tooLong: {
    vi: '{label} dài {length} ký tự, vượt quá giới hạn {max} ký tự.',
    en: '{label} is {length} characters long, more than the limit of {max}.',
  },
  blankId: { vi: 'Trường {field} đang để trống.', en: 'Field {field} is blank.' },
  statusUnknown: { vi: 'Trạng thái “{value}” không có trong danh sách.', en: 'Status “{value}” is not in the list.' },
  dateFormat: {
    vi: '{label}: “{value}” không phải là ngày hợp lệ. Chọn lại ngày trong ô ngày.',
    en: '{label}: “{value}” is not a valid date. Pick the date again in the date field.',
  },
  dateImpossible: { vi: '{label}: ngày {value} không tồn tại.', en: '{label}: {value} is not a real date.' },
  dateRequired: {
    vi: 'Hãy nhập ngày hoàn thành khi trạng thái là Hoàn thành.',
    en: 'Enter the completion date when the status is Done.',
  },
  dateOnlyWhenDone: {
    vi: 'Chỉ nhập ngày hoàn thành khi trạng thái là Hoàn thành.',
    en: 'A completion date goes with the status Done only.',
  },
  dateInFuture: {
    vi: 'Ngày hoàn thành {value} ở sau hôm nay ({today}).',
    en: 'The completion date {value} is after today ({today}).',
  },
  numberInvalid: {
    vi: 'Kết quả “{value}” không phải là số. Viết ví dụ 1.103 (một nghìn một trăm linh ba) hoặc 5,62.',
    en: 'The result “{value}” is not a number. Write for example 1,103 or 5.62.',
  },
  numberNegative: { vi: 'Kết quả phải lớn hơn hoặc bằng 0.', en: 'The result must be 0 or more.' },

  // Server refusals
  sheetMissing: {
    vi: 'Chưa có trang “{sheet}”. Quản trị viên cần chạy Thiết lập bảng tính rồi Làm mới bảng theo dõi.',
    en: 'The sheet “{sheet}” does not exist. The administrator needs to run Set up workbook, then Refresh tracking sheets.',
  },
  columnMissing: {
    vi: 'Trang {sheet} thiếu cột “{column}”. Quản trị viên cần chạy Làm mới bảng theo dõi.',
    en: 'The {sheet} sheet has no “{column}” column. The administrator needs to run Refresh tracking sheets.',
  },
  unitUnknown: { vi: 'Không tìm thấy đơn vị “{id}”.', en: 'Unit “{id}” was not found.' },
  milestoneUnknown: {
    vi: 'Đơn vị {unit} không có mốc “{id}” trong trang {sheet}. Hãy tải lại biểu mẫu.',
    en: 'Unit {unit} has no milestone “{id}” in the {sheet} sheet. Reload the form.',
  },
  targetUnknown: {
    vi: 'Đơn vị {unit} không có chỉ tiêu “{id}” trong trang {sheet}. Hãy tải lại biểu mẫu.',
    en: 'Unit {unit} has no target “{id}” in the {sheet} sheet. Reload the form.',
  },
  noEmail: {
    vi: 'Không xác định được email của bạn nên không kiểm tra được quyền cập nhật. Hãy mở bảng tính bằng tài khoản Google được giao và cấp quyền cho tiện ích.',
    en: 'Your email address is not available, so your right to update cannot be checked. Open the spreadsheet with the Google account you were given and authorise the add-on.',
  },
  forbidden: {
    vi: 'Tài khoản {email} không được giao cập nhật đơn vị {unit}. Liên hệ quản trị viên để được thêm vào cột Email cập nhật.',
    en: 'The account {email} may not update unit {unit}. Ask the administrator to add it to the Editor emails column.',
  },
  requirementNotMet: {
    vi: 'Chưa thể chọn Hoàn thành: {list} chưa hoàn thành.',
    en: 'Done cannot be chosen yet. Still to be done first: {list}.',
  },
  stale: {
    vi: '{by} đã cập nhật dòng này lúc {at}. Hãy tải lại để xem thay đổi trước khi lưu, để không ghi đè lên thay đổi đó.',
    en: '{by} updated this row at {at}. Reload to see the change before saving, so as not to overwrite it.',
  },
  busy: {
    vi: 'Bảng tính đang bận vì có người khác đang lưu. Vui lòng thử lại sau ít giây.',
    en: 'The spreadsheet is busy saving someone else’s change. Please try again in a few seconds.',
  },
  internal: { vi: 'Đã xảy ra lỗi: {detail}', en: 'Something went wrong: {detail}' },
  noChange: { vi: 'Không có thay đổi nào để lưu.', en: 'Nothing changed.' },
  savedProgress: { vi: 'Đã lưu mốc {id} của {unit}.', en: 'Saved milestone {id} of {unit}.' },
  savedResult: { vi: 'Đã lưu kết quả {id} của {unit}.', en: 'Saved the result of {id} for {unit}.' },
  deadlinesMoved: { vi: 'Đã tính lại {count} hạn của đơn vị.', en: '{count} deadlines of the unit were recomputed.' },
  deadlineMoved: { vi: 'Đã tính lại 1 hạn của đơn vị.', en: '1 deadline of the unit was recomputed.' },
  unknownUser: { vi: 'không xác định', en: 'unknown' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function message(lang: UiLang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The sidebar language for a user locale such as 'vi', 'en', 'en_US', 'en-GB' (Vietnamese unless English). */
export function uiLangFromLocale(locale: string | null | undefined): UiLang {
  return /^en([_-]|$)/i.test((locale ?? '').trim()) ? 'en' : 'vi';
}
