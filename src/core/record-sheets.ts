// The sheets the add-on writes whole for people to read (docs/workbook.md §2.2, §6–§8, §11): findings, logs,
// the archive and the reports. No column of theirs is typed in by users.
// The definitions below share one shape because they are entries of one table (data, not repeated logic).
import { col, type SheetDef } from './schema';

export const ISSUES: SheetDef = {
  id: 'issues',
  vi: 'Kiểm tra dữ liệu',
  en: 'Data issues',
  keyColumn: 'severity',
  input: false,
  columns: [
    col('severity', 'Mức độ', 'Severity', 'text'),
    col('code', 'Mã lỗi', 'Code', 'text'),
    col('sheet', 'Trang tính', 'Sheet', 'text'),
    col('cell', 'Ô', 'Cell', 'text'),
    col('message', 'Nội dung', 'Message', 'text'),
  ],
};

export const AUDIT: SheetDef = {
  id: 'audit',
  vi: 'Nhật ký',
  en: 'Audit log',
  keyColumn: 'time',
  input: false,
  columns: [
    col('time', 'Thời gian', 'Time', 'datetime'),
    col('user', 'Người dùng', 'User', 'text'),
    col('source', 'Nguồn', 'Source', 'text'),
    col('sheet', 'Trang tính', 'Sheet', 'text'),
    col('key', 'Khóa', 'Key', 'text'),
    col('column', 'Cột', 'Column', 'text'),
    col('oldValue', 'Giá trị cũ', 'Old value', 'text'),
    col('newValue', 'Giá trị mới', 'New value', 'text'),
  ],
};

/** Archived rows keep the original row's cells after these columns, under the original headers (docs/workbook.md §9). */
export const ARCHIVE: SheetDef = {
  id: 'archive',
  vi: 'Lưu trữ',
  en: 'Archive',
  keyColumn: 'archivedOn',
  input: false,
  columns: [
    col('archivedOn', 'Ngày lưu trữ', 'Archived on', 'date'),
    col('fromSheet', 'Trang tính gốc', 'From sheet', 'text'),
    col('reason', 'Lý do', 'Reason', 'text'),
    /** Set when the row's key came back and its users' cells were written back into the new row. */
    col('restoredOn', 'Ngày khôi phục', 'Restored on', 'date'),
  ],
};

/** The log of reminder emails (docs/workbook.md §11): one line per email sent (or that failed to send). */
export const REMINDER_LOG: SheetDef = {
  id: 'reminders',
  vi: 'Nhắc việc',
  en: 'Reminders',
  keyColumn: 'time',
  input: false,
  columns: [
    col('time', 'Thời gian', 'Time', 'datetime'),
    col('to', 'Gửi đến', 'To', 'text'),
    col('unit', 'Đơn vị', 'Unit', 'text'),
    col('kind', 'Loại', 'Kind', 'text'),
    col('items', 'Nội dung nhắc', 'Items', 'text'),
    col('subject', 'Tiêu đề', 'Subject', 'text'),
    col('result', 'Kết quả', 'Result', 'text'),
  ],
};

export const SUMMARY: SheetDef = {
  id: 'summary',
  vi: 'Tổng hợp',
  en: 'Summary',
  keyColumn: '',
  input: false,
  columns: [],
};

/** The units × milestones standings, kept off the Summary so that it prints on one page width. */
export const MATRIX: SheetDef = {
  id: 'matrix',
  vi: 'Ma trận tiến độ',
  en: 'Progress matrix',
  keyColumn: '',
  input: false,
  columns: [],
};
