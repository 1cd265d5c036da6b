// A small Vietnamese workbook for the form and on-edit tests, written straight into the emulator (no Setup,
// no Refresh) so every expected value below is worked out by hand:
//   CAT (Đảng bộ cấp trên cơ sở, congress 15/07/2020, editor tochuc@)
//   └ PA03 (Đảng bộ cơ sở, congress 10/06/2020, editor clerk.pa03@)
//     └ PA03-01 (Chi bộ trực thuộc, congress 20/03/2020, no editor, a name with markup)
// Milestones M06 = D−20, M07 = D (requires M06), M08 = M07 + 7 working days, M09 = M08 + 15 working days;
// holiday 22/06/2020. Today is 15/06/2020.
import { Emulator } from '../../tools/emulator';
import {
  AUDIT_HEADER,
  EMULATION_HEADER,
  ISSUES_HEADER,
  MILESTONES_HEADER,
  PROGRESS_HEADER,
  TARGETS_HEADER,
  UNITS_HEADER,
} from '../support/headers';

export const TODAY = '2020-06-15';
export const ADMIN = 'admin@ubnd.example';
export const CLERK = 'clerk.pa03@ubnd.example';
export const ANCESTOR = 'tochuc@ubnd.example';
export const STRANGER = 'stranger@gmail.com';
export const XSS_NAME = 'Chi bộ 1 <img src=x onerror=alert(1)>';

const d = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);

/** 1-based sheet rows of the Progress rows, for assertions. */
export const ROW = {
  'CAT/M06': 2,
  'CAT/M07': 3,
  'CAT/M08': 4,
  'CAT/M09': 5,
  'PA03/M06': 6,
  'PA03/M07': 7,
  'PA03/M08': 8,
  'PA03/M09': 9,
  'PA03-01/M06': 10,
  'PA03-01/M07': 11,
  'PA03-01/M08': 12,
  'PA03-01/M09': 13,
} as const;

type Host = {
  getActiveSpreadsheet(): {
    getSheets(): HostSheet[];
    insertSheet(name: string): HostSheet;
  };
};
interface HostSheet {
  getRange(
    row: number,
    column: number,
    rows: number,
    columns: number,
  ): { setValues(values: unknown[][]): unknown; setFormulas(f: string[][]): unknown };
  setName(name: string): unknown;
}

function write(
  ss: ReturnType<Host['getActiveSpreadsheet']>,
  name: string,
  rows: unknown[][],
  first = false,
): HostSheet {
  const sheet = first ? (ss.getSheets()[0] as HostSheet) : ss.insertSheet(name);
  if (first) sheet.setName(name);
  const width = Math.max(...rows.map((r) => r.length));
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
  return sheet;
}

function progressRow(
  unit: [string, string, string],
  id: string,
  task: string,
  deadline: string,
  status = '',
  completed: Date | '' = '',
): unknown[] {
  return [unit[0], unit[1], unit[2], id, task, d(deadline), status, completed, '', '', '', '', ''];
}

export function formsEmulator(
  options: { user?: string; locale?: string; restrict?: boolean; identity?: 'consumer' | 'workspace' } = {},
): Emulator {
  const emu = Emulator.create({
    today: TODAY,
    user: { email: options.user ?? ADMIN, locale: options.locale ?? 'vi' },
    ...(options.identity ? { identity: options.identity } : {}),
  });
  const ss = (emu.backend.spreadsheetApp as unknown as Host).getActiveSpreadsheet();
  write(
    ss,
    'Đơn vị',
    [
      UNITS_HEADER,
      ['CAT', 'Đảng bộ Công an tỉnh', 'Đảng bộ cấp trên cơ sở', '', 100, d('2020-07-15'), '', ANCESTOR, ''],
      [
        'PA03',
        'Đảng bộ Phòng An ninh đối nội',
        'Đảng bộ cơ sở',
        'CAT',
        58,
        d('2020-06-10'),
        '',
        `${CLERK.toUpperCase()}; other@ubnd.example`,
        '',
      ],
      ['PA03-01', XSS_NAME, 'Chi bộ trực thuộc', 'PA03', 10, d('2020-03-20'), '', '', ''],
    ],
    true,
  );
  write(ss, 'Mốc công việc', [
    MILESTONES_HEADER,
    ['M06', 'Báo cáo cấp ủy cấp trên', '', 'Ngày đại hội', -20, 'Ngày', '', '', '', '', ''],
    ['M07', 'Tổ chức đại hội', '', 'Ngày đại hội', 0, 'Ngày', '', 'M06', '', '', ''],
    ['M08', 'Báo cáo kết quả đại hội', '', 'M07', 7, 'Ngày làm việc', '', '', '', '', ''],
    ['M09', 'Cấp trên chuẩn y', '', 'M08', 15, 'Ngày làm việc', '', '', '', '', ''],
  ]);
  write(ss, 'Chỉ tiêu thi đua', [
    TARGETS_HEADER,
    ['T01', 'Xây dựng mô hình phòng chống tội phạm', 'mô hình', 'Tối thiểu', '', 100, d('2020-12-31'), 'Cộng', ''],
    ['T02', 'Số vụ việc phức tạp', 'vụ', 'Tối đa', '', 5, '', 'Cộng', ''],
  ]);
  write(ss, 'Cài đặt', [
    ['Thiết lập', 'Giá trị'],
    ['Quản trị viên', ADMIN],
    ['Chỉ người được giao cập nhật', options.restrict === false ? false : true],
    ['Số ngày cảnh báo', 7],
  ]);
  write(ss, 'Hạn chót', [
    ['Loại tổ chức', 'Mã mốc', 'Hạn chót'],
    ['Đảng bộ cấp trên cơ sở', 'M07', d('2020-08-31')],
  ]);
  write(ss, 'Ngày nghỉ', [
    ['Ngày', 'Tên ngày nghỉ'],
    [d('2020-06-22'), 'Nghỉ bù (giả định)'],
  ]);
  const cat: [string, string, string] = ['CAT', 'Đảng bộ Công an tỉnh', 'Đảng bộ cấp trên cơ sở'];
  const pa03: [string, string, string] = ['PA03', 'Đảng bộ Phòng An ninh đối nội', 'Đảng bộ cơ sở'];
  const cell: [string, string, string] = ['PA03-01', XSS_NAME, 'Chi bộ trực thuộc'];
  const progress = write(ss, 'Tiến độ', [
    PROGRESS_HEADER,
    progressRow(cat, 'M06', 'Báo cáo cấp ủy cấp trên', '2020-06-25'),
    progressRow(cat, 'M07', 'Tổ chức đại hội', '2020-07-15'),
    progressRow(cat, 'M08', 'Báo cáo kết quả đại hội', '2020-07-24'),
    progressRow(cat, 'M09', 'Cấp trên chuẩn y', '2020-08-14'),
    progressRow(pa03, 'M06', 'Báo cáo cấp ủy cấp trên', '2020-05-21', 'Hoàn thành', d('2020-05-20')),
    progressRow(pa03, 'M07', 'Tổ chức đại hội', '2020-06-10', 'Đang thực hiện'),
    progressRow(pa03, 'M08', 'Báo cáo kết quả đại hội', '2020-06-19'),
    progressRow(pa03, 'M09', 'Cấp trên chuẩn y', '2020-07-13'),
    progressRow(cell, 'M06', 'Báo cáo cấp ủy cấp trên', '2020-02-29'),
    progressRow(cell, 'M07', 'Tổ chức đại hội', '2020-03-20'),
    progressRow(cell, 'M08', 'Báo cáo kết quả đại hội', '2020-03-31'),
    progressRow(cell, 'M09', 'Cấp trên chuẩn y', '2020-04-21'),
  ]);
  // A live Standing formula per row: the forms must never write over it.
  progress
    .getRange(2, 9, 12, 1)
    .setFormulas(Array.from({ length: 12 }, (_, i) => [`=IF(G${i + 2}="Hoàn thành","done","open")`]));
  write(ss, 'Thi đua', [
    EMULATION_HEADER,
    [
      'PA03',
      'Đảng bộ Phòng An ninh đối nội',
      'T01',
      'Xây dựng mô hình phòng chống tội phạm',
      'mô hình',
      '',
      100,
      '',
      '',
      '',
      d('2020-12-31'),
      '',
      '',
      '',
    ],
    ['PA03', 'Đảng bộ Phòng An ninh đối nội', 'T02', 'Số vụ việc phức tạp', 'vụ', 3, 3, 4, '', '', '', '', '', ''],
    [
      'CAT',
      'Đảng bộ Công an tỉnh',
      'T01',
      'Xây dựng mô hình phòng chống tội phạm',
      'mô hình',
      '',
      100,
      120,
      '',
      '',
      d('2020-12-31'),
      '',
      '',
      '',
    ],
  ]);
  return emu;
}

/** The fixture as Setup leaves it: the Audit log and Data issues sheets exist with their headers. */
export function setUpEmulator(options: Parameters<typeof formsEmulator>[0] = {}): Emulator {
  const emu = formsEmulator(options);
  const ss = (emu.backend.spreadsheetApp as unknown as Host).getActiveSpreadsheet();
  write(ss, 'Kiểm tra dữ liệu', [ISSUES_HEADER]);
  write(ss, 'Nhật ký', [AUDIT_HEADER]);
  return emu;
}

/** 'yyyy-mm-dd' of a Date cell in Hanoi time, or the value itself. */
export function iso(value: unknown): unknown {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const t = new Date((value as Date).getTime() + 7 * 3600_000);
    return t.toISOString().slice(0, 10);
  }
  return value;
}
