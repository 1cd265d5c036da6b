// Small workbooks for the menu-action tests, written straight into the emulator so every expected value is
// worked out by hand. Today is Monday 15/06/2020, warning window 7 days.
//
// Milestones: M1 = congress date + 0 (calendar), M2 = M1 + 5 working days (requires M1).
// Units (all 'Đảng bộ cơ sở' / grassroots), each set up so its M1 row shows one standing once the statuses
// below are typed:
//   U1 congress 01/06  status Không áp dụng                        → Không áp dụng      grey
//   U2 congress 05/06  Hoàn thành on 01/06 (≤ 05/06)                → Hoàn thành đúng hạn green
//   U3 congress 05/06  Hoàn thành on 10/06 (> 05/06)                → Hoàn thành trễ hạn  orange
//   U4 no congress date                                            → Chưa có hạn         none
//   U5 congress 14/06  (14/06 < 15/06)                             → Quá hạn             red
//   U6 congress 20/06  (≤ 15/06 + 7 = 22/06)                       → Sắp đến hạn         amber
//   U7 congress 30/07  status Chờ cấp trên cho ý kiến              → Trong hạn           none, Status blue
// Target T1 (at least 10): U1 12 → Vượt, U2 10 → Đạt, U3 7 → Không đạt, others blank → Chưa báo cáo.
// Target T2 (at most 5): U1 4 → Vượt, U2 6 → Không đạt.
import { Emulator } from '../../tools/emulator';
import { MILESTONES_HEADER, TARGETS_HEADER, UNITS_HEADER } from '../support/headers';

export const TODAY = '2020-06-15';
export const ADMIN = 'admin@example.com';

/** A date cell as Sheets gives it: midnight in the spreadsheet's zone (Asia/Ho_Chi_Minh). */
export const d = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HostSheet = any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HostSpreadsheet = any;

export function host(emu: Emulator): HostSpreadsheet {
  return (emu.backend.spreadsheetApp as { getActiveSpreadsheet(): HostSpreadsheet }).getActiveSpreadsheet();
}

export function sheetOf(emu: Emulator, name: string): HostSheet {
  const sheet = host(emu).getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Writes rows (padded to a rectangle) at a 1-based row of a sheet, creating the sheet when needed. */
export function put(emu: Emulator, name: string, rows: unknown[][], atRow = 1): HostSheet {
  const ss = host(emu);
  let sheet = ss.getSheetByName(name);
  if (!sheet) {
    const first = ss.getSheets()[0];
    const blank = first && first.getLastRow() === 0 && /^(Sheet|Trang tính)\s?1$/.test(first.getName());
    if (blank) {
      first.setName(name);
      sheet = first;
    } else sheet = ss.insertSheet(name);
  }
  const width = Math.max(...rows.map((r) => r.length));
  const needed = atRow + rows.length - 1;
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  sheet.getRange(atRow, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
  return sheet;
}

export const UNIT_TYPE = { vi: 'Đảng bộ cơ sở', en: 'Grassroots committee' };

export const UNITS: [string, string | null][] = [
  ['U1', '2020-06-01'],
  ['U2', '2020-06-05'],
  ['U3', '2020-06-05'],
  ['U4', null],
  ['U5', '2020-06-14'],
  ['U6', '2020-06-20'],
  ['U7', '2020-07-30'],
];

export interface FixtureOptions {
  lang?: 'vi' | 'en';
  /** Extra unit rows [id, name, congress ISO or null]. */
  extraUnits?: [string, string, string | null][];
  locale?: string;
}

const HEAD = {
  vi: {
    units: UNITS_HEADER,
    milestones: MILESTONES_HEADER,
    targets: TARGETS_HEADER,
    settings: ['Thiết lập', 'Giá trị'],
    names: {
      units: 'Đơn vị',
      milestones: 'Mốc công việc',
      targets: 'Chỉ tiêu thi đua',
      settings: 'Cài đặt',
      holidays: 'Ngày nghỉ',
    },
    congress: 'Ngày đại hội',
    calendar: 'Ngày',
    working: 'Ngày làm việc',
    atLeast: 'Tối thiểu',
    atMost: 'Tối đa',
    sum: 'Cộng',
    settingRows: [
      ['Tên tổ chức', 'Đảng bộ Công an tỉnh'],
      ['Nhiệm kỳ', '2020-2025'],
      ['Số ngày cảnh báo', 7],
      ['Mốc đại hội', 'M1'],
      ['Quản trị viên', ADMIN],
    ],
    holidays: ['Ngày', 'Tên ngày nghỉ'],
  },
  en: {
    units: [
      'Unit ID',
      'Unit name',
      'Unit type',
      'Parent unit',
      'Party members',
      'Planned congress date',
      'Pilot congress',
      'Editor emails',
      'Note',
    ],
    milestones: [
      'Milestone ID',
      'Task',
      'Applies to',
      'Anchor',
      'Offset (days)',
      'Day type',
      'Fixed date',
      'Requires',
      'Pilot only',
      'Order',
      'Note',
    ],
    targets: [
      'Target ID',
      'Target',
      'Measure',
      'Direction',
      'Applies to',
      'Target value',
      'Due date',
      'Roll-up',
      'Note',
    ],
    settings: ['Setting', 'Value'],
    names: { units: 'Units', milestones: 'Milestones', targets: 'Targets', settings: 'Settings', holidays: 'Holidays' },
    congress: 'Congress date',
    calendar: 'Calendar',
    working: 'Working',
    atLeast: 'At least',
    atMost: 'At most',
    sum: 'Sum',
    settingRows: [
      ['Organisation', 'Provincial Police Party Committee'],
      ['Term', '2020-2025'],
      ['Warning days', 7],
      ['Congress milestone', 'M1'],
      ['Administrators', ADMIN],
    ],
    holidays: ['Date', 'Holiday'],
  },
};

export function trackerEmulator(options: FixtureOptions = {}): Emulator {
  const lang = options.lang ?? 'vi';
  const h = HEAD[lang];
  const emu = Emulator.create({ today: TODAY, user: { email: ADMIN, locale: options.locale ?? lang } });
  const type = UNIT_TYPE[lang];
  put(emu, h.names.units, [
    h.units,
    ...UNITS.map(([id, congress]) => [id, `Unit ${id}`, type, '', 10, congress ? d(congress) : '', '', '', '']),
    ...(options.extraUnits ?? []).map(([id, name, congress]) => [
      id,
      name,
      type,
      '',
      10,
      congress ? d(congress) : '',
      '',
      '',
      '',
    ]),
  ]);
  put(emu, h.names.milestones, [
    h.milestones,
    ['M1', 'Task one', '', h.congress, 0, h.calendar, '', '', '', 1, ''],
    ['M2', 'Task two', '', 'M1', 5, h.working, '', 'M1', '', 2, ''],
  ]);
  put(emu, h.names.targets, [
    h.targets,
    ['T1', 'Models built', 'models', h.atLeast, '', 10, d('2020-12-31'), h.sum, ''],
    ['T2', 'Serious incidents', 'cases', h.atMost, '', 5, '', h.sum, ''],
  ]);
  put(emu, h.names.settings, [h.settings, ...h.settingRows]);
  put(emu, h.names.holidays, [h.holidays, [d('2020-09-02'), 'National Day']]);
  return emu;
}

/** Finds the 1-based sheet row whose cells in two columns hold the two keys. */
export function rowOf(values: unknown[][], keyCols: [number, number], keys: [string, string]): number {
  const i = values.findIndex((r) => r[keyCols[0]] === keys[0] && r[keyCols[1]] === keys[1]);
  return i + 1;
}

/** Column index of a header in a sheet's first rows. */
export function colOf(values: unknown[][], header: string, headerRow = 0): number {
  const i = (values[headerRow] ?? []).indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
}

/** Service calls that write (anything that changes the document or its properties). */
export function writeCalls(byMethod: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(byMethod).filter(
      ([k]) =>
        /^(Range|RangeList|Sheet|Spreadsheet)\.(set|insert|delete|clear|append|remove|merge|sort|hide|add|update)/.test(
          k,
        ) || /^Properties\.(set|delete)/.test(k),
    ),
  );
}
