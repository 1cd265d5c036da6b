// Values chosen from a fixed list in the workbook's columns (statuses, standings, ratings, anchors, kinds…).
/** Fixed-list values (docs/workbook.md §2, §4, §5), canonical key → label per language. */
export const STATUS = {
  notStarted: { vi: 'Chưa thực hiện', en: 'Not started' },
  inProgress: { vi: 'Đang thực hiện', en: 'In progress' },
  awaiting: { vi: 'Chờ cấp trên cho ý kiến', en: 'Awaiting superior' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  notApplicable: { vi: 'Không áp dụng', en: 'Not applicable' },
} as const;
export type Status = keyof typeof STATUS;

export const STANDING = {
  notApplicable: { vi: 'Không áp dụng', en: 'Not applicable', color: '#efefef' },
  doneOnTime: { vi: 'Hoàn thành đúng hạn', en: 'Done on time', color: '#b7e1cd' },
  doneLate: { vi: 'Hoàn thành trễ hạn', en: 'Done late', color: '#f9cb9c' },
  noDeadline: { vi: 'Chưa có hạn', en: 'No deadline', color: null },
  overdue: { vi: 'Quá hạn', en: 'Overdue', color: '#f4c7c3' },
  dueSoon: { vi: 'Sắp đến hạn', en: 'Due soon', color: '#fce8b2' },
  onTrack: { vi: 'Trong hạn', en: 'On track', color: null },
} as const;
export type Standing = keyof typeof STANDING;
export const AWAITING_COLOR = '#c9daf8';

export const RATING = {
  notReported: { vi: 'Chưa báo cáo', en: 'Not reported', color: null },
  exceeded: { vi: 'Vượt', en: 'Exceeded', color: '#b7e1cd' },
  met: { vi: 'Đạt', en: 'Met', color: '#d9ead3' },
  missed: { vi: 'Không đạt', en: 'Missed', color: '#f4c7c3' },
} as const;
export type Rating = keyof typeof RATING;

export const ANCHOR = {
  congress: { vi: 'Ngày đại hội', en: 'Congress date' },
  congressClose: { vi: 'Ngày bế mạc đại hội', en: 'Congress closing date' },
  parentCongress: { vi: 'Ngày đại hội cấp trên', en: 'Parent congress date' },
  fixed: { vi: 'Ngày cố định', en: 'Fixed date' },
} as const;

export const DAY_KIND = {
  calendar: { vi: 'Ngày', en: 'Calendar' },
  working: { vi: 'Ngày làm việc', en: 'Working' },
} as const;

/** Holidays' Loại / Kind (docs/workbook.md §2.1): a day off (the default when blank) or a weekend day worked (làm bù). */
export const HOLIDAY_KIND = {
  off: { vi: 'Nghỉ', en: 'Day off' },
  worked: { vi: 'Làm bù', en: 'Working day' },
} as const;

/** Congress days (docs/workbook.md §2.1 Units): a whole number from 1 to 5, 1 when blank. */
export const CONGRESS_DAYS = { min: 1, max: 5, default: 1 } as const;

export const DIRECTION = {
  atLeast: { vi: 'Tối thiểu', en: 'At least' },
  atMost: { vi: 'Tối đa', en: 'At most' },
} as const;

export const ROLLUP = {
  sum: { vi: 'Cộng', en: 'Sum' },
  average: { vi: 'Trung bình', en: 'Average' },
  none: { vi: 'Không', en: 'None' },
} as const;

export const ALL_TYPES = { vi: 'Tất cả', en: 'All' } as const;

export const SEVERITY = { error: { vi: 'Lỗi', en: 'Error' }, warning: { vi: 'Cảnh báo', en: 'Warning' } } as const;

export const AUDIT_SOURCE = {
  form: { vi: 'Biểu mẫu', en: 'Form' },
  directEdit: { vi: 'Sửa trực tiếp', en: 'Direct edit' },
  refresh: { vi: 'Làm mới', en: 'Refresh' },
} as const;
