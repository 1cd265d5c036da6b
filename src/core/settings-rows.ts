// The Settings sheet's rows (docs/workbook.md §2.1) and the values of those chosen from a fixed list.
import type { Lang } from './schema';

/** Settings' Hạn rơi vào ngày nghỉ / Deadline on a day off (docs/workbook.md §3). */
export const DAY_OFF_POLICY = {
  keep: { vi: 'Giữ nguyên', en: 'Keep' },
  earlier: { vi: 'Lùi về ngày làm việc trước', en: 'Earlier' },
  later: { vi: 'Dời sang ngày làm việc sau', en: 'Later' },
} as const;

/** Settings rows (docs/workbook.md §2.1): key → labels and default. */
export const SETTING = {
  organisation: { vi: 'Tên tổ chức', en: 'Organisation', default: '' },
  term: { vi: 'Nhiệm kỳ', en: 'Term', default: '' },
  warningDays: { vi: 'Số ngày cảnh báo', en: 'Warning days', default: 7 },
  congressMilestone: { vi: 'Mốc đại hội', en: 'Congress milestone', default: 'M07' },
  administrators: { vi: 'Quản trị viên', en: 'Administrators', default: '' },
  restrictUpdates: { vi: 'Chỉ người được giao cập nhật', en: 'Restrict updates', default: true },
  protectSheets: { vi: 'Bảo vệ trang tính', en: 'Protect sheets', default: 'warn' },
  deadlineOnDayOff: { vi: 'Hạn rơi vào ngày nghỉ', en: 'Deadline on a day off', default: 'Giữ nguyên' },
  reminders: { vi: 'Nhắc việc', en: 'Reminders', default: false },
  reminderHour: { vi: 'Giờ gửi nhắc', en: 'Reminder hour', default: 7 },
  remindDaysBefore: { vi: 'Nhắc trước (ngày)', en: 'Remind days before', default: '' },
  escalateAfter: { vi: 'Báo cấp trên sau (ngày)', en: 'Escalate after (days)', default: 7 },
  officeEmails: { vi: 'Email văn phòng', en: 'Office emails', default: '' },
  digestDay: { vi: 'Ngày gửi tổng hợp tuần', en: 'Weekly digest day', default: '' },
  onUnpermittedEdit: { vi: 'Khi sửa trái quyền', en: 'On unpermitted edit', default: { vi: 'Đánh dấu', en: 'Flag' } },
} as const;

/** Settings' On unpermitted edit (docs/workbook.md §8.2): flag the edit, or put a single cell back. */
export const EDIT_POLICY = {
  flag: { vi: 'Đánh dấu', en: 'Flag' },
  revert: { vi: 'Hoàn tác', en: 'Revert' },
} as const;
export type EditPolicy = keyof typeof EDIT_POLICY;
export type SettingKey = keyof typeof SETTING;

/** Settings' *Protect sheets* values (docs/workbook.md §9): how the add-on protects what users must not type over. */
export const PROTECT_MODE = {
  off: { vi: 'Không', en: 'Off' },
  warn: { vi: 'Cảnh báo', en: 'Warn' },
  enforce: { vi: 'Chặn', en: 'Enforce' },
} as const;
export type ProtectMode = keyof typeof PROTECT_MODE;

/** A setting's default as written in a new workbook: a fixed-list value in the workbook's language; blank is null. */
export function settingDefault(key: SettingKey, lang: Lang): string | number | boolean | null {
  const value: unknown = SETTING[key].default;
  if (value !== null && typeof value === 'object') return (value as { vi: string; en: string })[lang];
  return value === '' ? null : (value as string | number | boolean);
}
