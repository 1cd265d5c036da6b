// The workbook schema of docs/workbook.md §2: the input sheets and the tracking sheets (Tiến độ, Thi đua)
// with their columns, in both languages (the add-on's record sheets are in record-sheets.ts, the list of every sheet in sheets.ts).
// The sheet definitions share one shape because they are entries of one table (data, not repeated logic).
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

export const col = (
  key: string,
  vi: string,
  en: string,
  kind: ColumnKind,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({
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

/** Trim, NFC-normalise and case-fold: how sheet names, headers, IDs and list items are compared. */
export function normalizeKey(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('vi');
}
