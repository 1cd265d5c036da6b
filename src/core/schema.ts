// The workbook schema of docs/workbook.md §2: every sheet and column the add-on reads or writes, in both languages.
export type Lang = 'vi' | 'en';

export type ColumnKind = 'text' | 'number' | 'integer' | 'date' | 'boolean' | 'list' | 'emails' | 'datetime';

/** Who may write a column of a generated sheet (docs/workbook.md §2.2). */
export type ColumnOwner = 'key' | 'computed' | 'live' | 'user' | 'system';

export interface ColumnDef {
  key: string;
  vi: string;
  en: string;
  kind: ColumnKind;
  required?: boolean;
  owner?: ColumnOwner;
  /** Help note written on the header cell by Setup. */
  helpVi?: string;
  helpEn?: string;
}

export type SheetId =
  | 'units'
  | 'milestones'
  | 'cutoffs'
  | 'targets'
  | 'settings'
  | 'holidays'
  | 'progress'
  | 'emulation'
  | 'summary'
  | 'matrix'
  | 'issues'
  | 'audit'
  | 'archive'
  | 'reminders';

export interface SheetDef {
  id: SheetId;
  vi: string;
  en: string;
  /** The column whose header marks the header row (docs/workbook.md §2: the first row among the first ten holding it). */
  keyColumn: string;
  columns: ColumnDef[];
  input: boolean;
}

const col = (key: string, vi: string, en: string, kind: ColumnKind, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  vi,
  en,
  kind,
  ...extra,
});

export const UNITS: SheetDef = {
  id: 'units',
  vi: 'Đơn vị',
  en: 'Units',
  keyColumn: 'unitId',
  input: true,
  columns: [
    col('unitId', 'Mã đơn vị', 'Unit ID', 'text', { required: true }),
    col('name', 'Tên đơn vị', 'Unit name', 'text', { required: true }),
    col('type', 'Loại tổ chức', 'Unit type', 'text', { required: true }),
    col('parentId', 'Đơn vị cấp trên', 'Parent unit', 'text'),
    col('members', 'Số đảng viên', 'Party members', 'integer'),
    col('congressDate', 'Ngày đại hội dự kiến', 'Planned congress date', 'date'),
    col('congressDays', 'Số ngày đại hội', 'Congress days', 'integer'),
    col('pilot', 'Đại hội điểm', 'Pilot congress', 'boolean'),
    col('editors', 'Email cập nhật', 'Editor emails', 'emails'),
    col('note', 'Ghi chú', 'Note', 'text'),
  ],
};

export const MILESTONES: SheetDef = {
  id: 'milestones',
  vi: 'Mốc công việc',
  en: 'Milestones',
  keyColumn: 'milestoneId',
  input: true,
  columns: [
    col('milestoneId', 'Mã mốc', 'Milestone ID', 'text', { required: true }),
    col('name', 'Tên công việc', 'Task', 'text', { required: true }),
    col('appliesTo', 'Áp dụng cho', 'Applies to', 'list'),
    col('anchor', 'Mốc tính', 'Anchor', 'text', { required: true }),
    col('offset', 'Số ngày', 'Offset (days)', 'integer'),
    col('dayKind', 'Loại ngày', 'Day type', 'text'),
    col('fixedDate', 'Ngày cố định', 'Fixed date', 'date'),
    col('requires', 'Điều kiện', 'Requires', 'list'),
    col('pilotOnly', 'Chỉ đại hội điểm', 'Pilot only', 'boolean'),
    col('order', 'Thứ tự', 'Order', 'number'),
    col('note', 'Ghi chú', 'Note', 'text'),
  ],
};

export const CUTOFFS: SheetDef = {
  id: 'cutoffs',
  vi: 'Hạn chót',
  en: 'Cut-offs',
  keyColumn: 'type',
  input: true,
  columns: [
    col('type', 'Loại tổ chức', 'Unit type', 'text', { required: true }),
    col('milestoneId', 'Mã mốc', 'Milestone ID', 'text', { required: true }),
    col('cutoff', 'Hạn chót', 'Cut-off', 'date', { required: true }),
  ],
};

export const TARGETS: SheetDef = {
  id: 'targets',
  vi: 'Chỉ tiêu thi đua',
  en: 'Targets',
  keyColumn: 'targetId',
  input: true,
  columns: [
    col('targetId', 'Mã chỉ tiêu', 'Target ID', 'text', { required: true }),
    col('name', 'Nội dung chỉ tiêu', 'Target', 'text', { required: true }),
    col('measure', 'Đơn vị tính', 'Measure', 'text'),
    col('direction', 'Chiều đánh giá', 'Direction', 'text'),
    col('appliesTo', 'Áp dụng cho', 'Applies to', 'list'),
    col('value', 'Chỉ tiêu giao', 'Target value', 'number', { required: true }),
    col('dueDate', 'Hạn', 'Due date', 'date'),
    col('rollup', 'Tổng hợp lên cấp trên', 'Roll-up', 'text'),
    col('note', 'Ghi chú', 'Note', 'text'),
  ],
};

export const SETTINGS: SheetDef = {
  id: 'settings',
  vi: 'Cài đặt',
  en: 'Settings',
  keyColumn: 'setting',
  input: true,
  columns: [col('setting', 'Thiết lập', 'Setting', 'text'), col('value', 'Giá trị', 'Value', 'text')],
};

export const HOLIDAYS: SheetDef = {
  id: 'holidays',
  vi: 'Ngày nghỉ',
  en: 'Holidays',
  keyColumn: 'date',
  input: true,
  columns: [
    col('date', 'Ngày', 'Date', 'date', { required: true }),
    col('name', 'Tên ngày nghỉ', 'Holiday', 'text'),
    col('kind', 'Loại', 'Kind', 'text'),
  ],
};

export const PROGRESS: SheetDef = {
  id: 'progress',
  vi: 'Tiến độ',
  en: 'Progress',
  keyColumn: 'unitId',
  input: false,
  columns: [
    col('unitId', 'Mã đơn vị', 'Unit ID', 'text', { owner: 'key' }),
    col('unitName', 'Tên đơn vị', 'Unit name', 'text', { owner: 'computed' }),
    col('unitType', 'Loại tổ chức', 'Unit type', 'text', { owner: 'computed' }),
    col('milestoneId', 'Mã mốc', 'Milestone ID', 'text', { owner: 'key' }),
    col('task', 'Công việc', 'Task', 'text', { owner: 'computed' }),
    col('deadline', 'Hạn', 'Deadline', 'date', { owner: 'computed' }),
    col('status', 'Trạng thái', 'Status', 'text', { owner: 'user' }),
    col('completedOn', 'Ngày hoàn thành', 'Completed on', 'date', { owner: 'user' }),
    col('standing', 'Tình trạng', 'Standing', 'text', { owner: 'live' }),
    col('evidence', 'Minh chứng', 'Evidence', 'text', { owner: 'user' }),
    col('note', 'Ghi chú', 'Note', 'text', { owner: 'user' }),
    col('updatedBy', 'Người cập nhật', 'Updated by', 'text', { owner: 'system' }),
    col('updatedAt', 'Cập nhật lúc', 'Updated at', 'datetime', { owner: 'system' }),
  ],
};

export const EMULATION: SheetDef = {
  id: 'emulation',
  vi: 'Thi đua',
  en: 'Emulation',
  keyColumn: 'unitId',
  input: false,
  columns: [
    col('unitId', 'Mã đơn vị', 'Unit ID', 'text', { owner: 'key' }),
    col('unitName', 'Tên đơn vị', 'Unit name', 'text', { owner: 'computed' }),
    col('targetId', 'Mã chỉ tiêu', 'Target ID', 'text', { owner: 'key' }),
    col('target', 'Nội dung chỉ tiêu', 'Target', 'text', { owner: 'computed' }),
    col('measure', 'Đơn vị tính', 'Measure', 'text', { owner: 'computed' }),
    col('ownTarget', 'Chỉ tiêu riêng', 'Own target', 'number', { owner: 'user' }),
    col('targetValue', 'Chỉ tiêu', 'Target value', 'number', { owner: 'live' }),
    col('result', 'Kết quả', 'Result', 'number', { owner: 'user' }),
    col('achievement', 'Tỷ lệ', 'Achievement', 'number', { owner: 'live' }),
    col('rating', 'Đánh giá', 'Rating', 'text', { owner: 'live' }),
    col('dueDate', 'Hạn', 'Due date', 'date', { owner: 'computed' }),
    col('note', 'Ghi chú', 'Note', 'text', { owner: 'user' }),
    col('updatedBy', 'Người cập nhật', 'Updated by', 'text', { owner: 'system' }),
    col('updatedAt', 'Cập nhật lúc', 'Updated at', 'datetime', { owner: 'system' }),
  ],
};

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

/** Archived rows keep the original row's cells after these columns, under the original headers. */
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

export const SHEETS: readonly SheetDef[] = [
  UNITS,
  MILESTONES,
  CUTOFFS,
  TARGETS,
  SETTINGS,
  HOLIDAYS,
  PROGRESS,
  EMULATION,
  SUMMARY,
  MATRIX,
  ISSUES,
  AUDIT,
  ARCHIVE,
  REMINDER_LOG,
];

export const INPUT_SHEETS: readonly SheetDef[] = SHEETS.filter((s) => s.input);

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

/** Settings' Hạn rơi vào ngày nghỉ / Deadline on a day off (docs/workbook.md §3). */
export const DAY_OFF_POLICY = {
  keep: { vi: 'Giữ nguyên', en: 'Keep' },
  earlier: { vi: 'Lùi về ngày làm việc trước', en: 'Earlier' },
  later: { vi: 'Dời sang ngày làm việc sau', en: 'Later' },
} as const;

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

/** Trim, NFC-normalise and case-fold: how sheet names, headers, IDs and list items are compared. */
export function normalizeKey(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('vi');
}
