// Words the server shows: menu labels and toasts/alerts in the user's language, labels written into the
// workbook in the workbook language.
import type { Lang } from '../core/schema';
import { activeSpreadsheet } from './document';

type Text = { vi: string; en: string };
const t = (vi: string, en: string): Text => ({ vi, en });

export const MENU = {
  setup: t('Thiết lập bảng tính', 'Set up workbook'),
  validate: t('Kiểm tra dữ liệu', 'Validate data'),
  refresh: t('Làm mới bảng theo dõi', 'Refresh tracking sheets'),
  progress: t('Cập nhật tiến độ…', 'Update progress…'),
  emulation: t('Cập nhật kết quả thi đua…', 'Update emulation results…'),
  report: t('Báo cáo tổng hợp', 'Summary report'),
  reminders: t('Nhắc việc…', 'Reminders…'),
  help: t('Trợ giúp', 'Help'),
} as const;

export const APP_TITLE = t('Theo dõi đại hội', 'Congress tracker');

export const UI = {
  findings: (errors: number, warnings: number): Text =>
    t(
      `${errors} lỗi, ${warnings} cảnh báo`,
      `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    ),
  refreshed: (added: number, updated: number, archived: number): Text =>
    t(
      `Đã làm mới bảng theo dõi: ${added} dòng mới, ${updated} ô thay đổi, ${archived} dòng chuyển sang Lưu trữ.`,
      `Tracking sheets refreshed: ${added} new rows, ${updated} cells changed, ${archived} rows moved to the Archive.`,
    ),
  nothingChanged: t(
    'Bảng theo dõi đã đúng, không có gì thay đổi.',
    'The tracking sheets are up to date; nothing changed.',
  ),
  skipped: (sheet: string, why: string): Text =>
    t(`Chưa cập nhật trang ${sheet}: ${why}`, `${sheet} was not refreshed: ${why}`),
  needUnitsAndMilestones: t(
    'cần đọc được các trang Đơn vị và Mốc công việc (xem Kiểm tra dữ liệu).',
    'the Units and Milestones sheets must be readable (see Data issues).',
  ),
  needUnitsAndTargets: t(
    'cần đọc được các trang Đơn vị và Chỉ tiêu thi đua (xem Kiểm tra dữ liệu).',
    'the Units and Targets sheets must be readable (see Data issues).',
  ),
  noUnits: t('trang Đơn vị chưa có đơn vị nào.', 'the Units sheet has no units yet.'),
  headerNotFound: (sheet: string): Text =>
    t(
      `không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang ${sheet}; trang này được giữ nguyên. Hãy khôi phục dòng tiêu đề hoặc đổi tên trang rồi chạy lại.`,
      `no header row in the first ten rows of ${sheet}; the sheet was left as it is. Restore the header row or rename the sheet, then run again.`,
    ),
  columnsUnreadable: (sheets: string[]): Text =>
    t(
      `thiếu cột bắt buộc trong trang ${sheets.join(', ')} (xem Kiểm tra dữ liệu); không dòng nào được lưu trữ hay xóa trắng vì cột không đọc được.`,
      `a required column is missing in ${sheets.join(', ')} (see Data issues); no row is archived or blanked because a column cannot be read.`,
    ),
  keyColumnMissing: (sheet: string, column: string): Text =>
    t(
      `không có cột khóa “${column}” trong dòng tiêu đề của trang ${sheet}, nên không nhận ra được các dòng đã có (sẽ bị thêm trùng). Hãy khôi phục tiêu đề cột rồi chạy lại.`,
      `the key column “${column}” is missing from the header of ${sheet}, so its rows cannot be recognised (they would be added again). Restore the column header, then run again.`,
    ),
  rowsAboveHeader: (sheet: string): Text =>
    t(
      `có dòng dữ liệu nằm trên dòng tiêu đề của trang ${sheet} (xem Kiểm tra dữ liệu); hãy đưa dòng tiêu đề về trên cùng rồi chạy lại.`,
      `${sheet} has data rows above its header row (see Data issues); put the header row back on top, then run again.`,
    ),
  standingNotEvaluated: (sheet: string, cell: string, value: string): Text =>
    t(
      `Cảnh báo: ô ${cell} của trang ${sheet} hiện ${value} thay vì tình trạng — Google không tính được công thức. Hãy kiểm tra ngôn ngữ và khu vực của bảng tính (Tệp › Cài đặt) và các ô Trạng thái, Hạn, Ngày hoàn thành của dòng đó, rồi chạy lại.`,
      `Warning: cell ${cell} of ${sheet} shows ${value} instead of a standing — Google could not evaluate the formula. Check the spreadsheet's locale (File › Settings) and that row's Status, Deadline and Completed on cells, then run again.`,
    ),
  sheetKeptChanging: t(
    'các dòng của trang liên tục bị thay đổi (chèn, xóa hoặc sắp xếp) trong lúc cập nhật; trang này được giữ nguyên. Hãy chạy lại.',
    'its rows kept being changed (inserted, deleted or sorted) while it was being refreshed; the sheet was left as it is. Run again.',
  ),
  reportDone: (sheet: string, matrix: string): Text =>
    t(
      `Đã lập báo cáo trong trang ${sheet}; tình trạng từng đơn vị ở trang ${matrix}. Để in: Tệp → In, khổ A4 ngang.`,
      `The report is in the ${sheet} sheet, each unit's standing in ${matrix}. To print: File → Print, A4 landscape.`,
    ),
  reportNoUnits: t(
    'Chưa có đơn vị nào để báo cáo. Hãy chạy Thiết lập bảng tính, nhập các đơn vị vào trang Đơn vị, chạy Làm mới bảng theo dõi rồi lập báo cáo.',
    'There are no units to report on yet. Run Set up workbook, fill in the Units sheet, run Refresh tracking sheets, then make the report.',
  ),
  busy: t(
    'Người khác đang cập nhật bảng tính. Vui lòng thử lại sau ít phút.',
    'Someone else is updating the workbook. Please try again in a minute.',
  ),
  failed: (message: string): Text => t(`Không thực hiện được: ${message}`, `Could not complete: ${message}`),
  setupDone: (created: string[]): Text =>
    created.length
      ? t(`Đã tạo các trang: ${created.join(', ')}.`, `Created the sheets: ${created.join(', ')}.`)
      : t('Bảng tính đã có đủ các trang cần thiết.', 'The workbook already has every sheet it needs.'),
  sampleTitle: t('Dữ liệu mẫu', 'Sample data'),
  askSample: t(
    'Trang Đơn vị chưa có dữ liệu. Nạp dữ liệu mẫu (một Công an tỉnh với các tổ chức đảng trực thuộc) để xem thử?',
    'The Units sheet is empty. Load the sample data (a provincial police Party organisation and its units) to try the add-on?',
  ),
  sampleLoaded: t(
    'Đã nạp dữ liệu mẫu và cập nhật bảng theo dõi.',
    'The sample data is loaded and the tracking sheets are refreshed.',
  ),
  sampleKept: (sheet: string): Text =>
    t(
      `Trang ${sheet} đã có dữ liệu nên không nạp dữ liệu mẫu vào đó.`,
      `${sheet} already has data, so no sample data was written to it.`,
    ),
} as const;

export function say(text: Text, lang: Lang): string {
  return text[lang];
}

const notices: string[] = [];

/** A sentence the next toast or alert of this execution adds to what it says (a trigger reinstalled). */
export function addNotice(text: string): void {
  notices.push(text);
}

/** The notices not shown yet, taken (so each is shown once). */
export function takeNotices(): string[] {
  return notices.splice(0, notices.length);
}

function withNotices(message: string): string {
  return [message, ...takeNotices()].join(' ');
}

/** Shows a toast on the active spreadsheet; never fails the action it reports on. */
export function toast(message: string, lang: Lang, seconds = 6, ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  try {
    (ss ?? activeSpreadsheet()).toast(withNotices(message), APP_TITLE[lang], seconds);
  } catch {
    // A toast is a courtesy.
  }
}

/** Shows an alert with an OK button; falls back to a toast where no UI is available (triggers, headless). */
export function alert(message: string, lang: Lang): void {
  try {
    SpreadsheetApp.getUi().alert(APP_TITLE[lang], withNotices(message), SpreadsheetApp.getUi().ButtonSet.OK);
  } catch {
    toast(message, lang);
  }
}
