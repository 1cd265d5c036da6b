// Settings' Protect sheets (docs/workbook.md §9) on the built bundle: what Refresh and Setup protect under Warn, Enforce
// and Off; a user's own protection left alone; the open columns following the layout; edits typed by an
// administrator and by a clerk under Enforce; a re-run that changes nothing.
import { Emulator } from '../../tools/emulator';
import type { GridRange } from '../../tools/emulator/spreadsheet/model';
import { ADMIN, put, sheetOf, trackerEmulator } from './tracker.fixture';

const CLERK = 'clerk@example.com';
const OTHER_ADMIN = 'deputy@example.com';
const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Column letters of a 1-based column. */
function letters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
const a1 = (g: GridRange) =>
  `${letters(g.column)}${g.row}:${letters(g.column + g.numColumns - 1)}${g.row + g.numRows - 1}`;

interface Seen {
  type: string;
  warningOnly: boolean;
  editors: string[];
  open: string[];
  addOn: boolean;
  description: string;
}

/** Every protection of every sheet, by sheet name, as the workbook holds it. */
function protections(emu: Emulator): Record<string, Seen[]> {
  const out: Record<string, Seen[]> = {};
  for (const s of emu.workbook.sheets) {
    if (!s.protections.length) continue;
    out[s.name] = s.protections.map((p) => ({
      type: p.type,
      warningOnly: p.warningOnly,
      editors: [...p.editors].sort(),
      open: p.unprotectedRanges.map(a1),
      addOn: /\[tracker:[a-z]+:[0-9a-z]+\]$/.test(p.description),
      description: p.description,
    }));
  }
  return out;
}

/** The workbook of tracker.fixture with the Protect sheets setting (and a second administrator, a clerk for U1). */
function workbook(mode: string | null): Emulator {
  const emu = trackerEmulator();
  put(
    emu,
    'Cài đặt',
    [['Quản trị viên', `${ADMIN}, ${OTHER_ADMIN}`], ...(mode === null ? [] : [['Bảo vệ trang tính', mode]])],
    6,
  );
  sheetOf(emu, 'Đơn vị').getRange('H2').setValue(CLERK);
  return emu;
}

const WHOLE_SHEETS = ['Đơn vị', 'Mốc công việc', 'Chỉ tiêu thi đua', 'Cài đặt', 'Ngày nghỉ', 'Kiểm tra dữ liệu'];

describe('Protect sheets = Cảnh báo (the default)', () => {
  const emu = workbook(null);
  emu.run('menuRefresh');
  const seen = protections(emu);
  const progressRows = sheetOf(emu, 'Tiến độ').getMaxRows();
  const emulationRows = sheetOf(emu, 'Thi đua').getMaxRows();

  it('protects each input sheet and Data issues whole, warning only', () => {
    for (const name of WHOLE_SHEETS) {
      expect({
        name,
        p: seen[name]?.map((p) => ({ type: p.type, warningOnly: p.warningOnly, open: p.open, addOn: p.addOn })),
      }).toEqual({
        name,
        p: [{ type: 'SHEET', warningOnly: true, open: [], addOn: true }],
      });
    }
    // Google reports no editors for a warning-only protection.
    expect(seen['Đơn vị']?.[0]?.description).toMatch(/^Tiện ích Theo dõi đại hội bảo vệ \(Cảnh báo\)/);
  });

  it('leaves the columns people fill in open below the header, and every column that is not the add-on’s', () => {
    // Progress: A–F key and computed, G Status, H Completed on, I Standing, J Evidence, K Note, L–M system;
    // N–Z nobody's yet.
    expect(seen['Tiến độ']?.map((p) => [p.type, p.warningOnly, p.open])).toEqual([
      ['SHEET', true, [`G2:H${progressRows}`, `J2:K${progressRows}`, `N1:Z${progressRows}`]],
    ]);
    // Emulation: F Own target, H Result, L Note are the users'; G, I, J live; M–N system.
    expect(seen['Thi đua']?.map((p) => [p.type, p.warningOnly, p.open])).toEqual([
      ['SHEET', true, [`F2:F${emulationRows}`, `H2:H${emulationRows}`, `L2:L${emulationRows}`, `O1:Z${emulationRows}`]],
    ]);
  });

  it('a typed edit of a protected cell shows Google’s warning and goes through; a Status cell is open', () => {
    emu.setUser({ email: CLERK });
    const computed = emu.edit('Tiến độ', 'E2', 'Đổi tên');
    expect(computed.rejected).toBeUndefined();
    expect(computed.warning).toBe(
      "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.",
    );
    expect(sheetOf(emu, 'Tiến độ').getRange('E2').getValue()).toBe('Đổi tên');
    const status = emu.edit('Tiến độ', 'G2', 'Đang thực hiện');
    expect(status).not.toHaveProperty('warning');
    expect(status.rejected).toBeUndefined();
    emu.setUser({ email: ADMIN });
  });

  it('a second Refresh changes no protection and reads them in one call', () => {
    emu.run('menuRefresh'); // restores the typed-over task name
    const before = JSON.stringify(protections(emu));
    emu.resetCalls();
    emu.run('menuRefresh');
    const byMethod = emu.calls.byMethod;
    expect(JSON.stringify(protections(emu))).toBe(before);
    expect(byMethod['Spreadsheet.getProtections']).toBe(1);
    expect(Object.keys(byMethod).filter((k) => k.startsWith('Protection.') || k === 'Sheet.protect')).toEqual([]);
  });
});

describe('Protect sheets = Chặn', () => {
  const emu = workbook('Chặn');
  emu.run('menuRefresh');

  it('lets only the administrators (and the owner) edit, with no domain-wide editing', () => {
    const seen = protections(emu);
    for (const name of [...WHOLE_SHEETS, 'Tiến độ', 'Thi đua']) {
      expect({ name, p: seen[name]?.map((p) => [p.warningOnly, p.editors]) }).toEqual({
        name,
        p: [[false, [ADMIN, OTHER_ADMIN]]],
      });
    }
    for (const s of emu.workbook.sheets) for (const p of s.protections) expect(p.domainEdit).toBe(false);
  });

  it('refuses a clerk’s typed edit of a protected cell with Google’s message, and lets the administrator make it', () => {
    emu.setUser({ email: CLERK });
    const refused = emu.edit('Tiến độ', 'F2', '01/01/2020');
    expect(refused).toEqual({ rejected: PROTECTED_MESSAGE, fired: [] });
    expect(emu.edit('Đơn vị', 'B2', 'Tên mới').rejected).toBe(PROTECTED_MESSAGE);
    expect(sheetOf(emu, 'Đơn vị').getRange('B2').getValue()).toBe('Unit U1');
    // The clerk's own columns stay open.
    expect(emu.edit('Tiến độ', 'K2', 'ghi chú').rejected).toBeUndefined();
    emu.setUser({ email: OTHER_ADMIN });
    const allowed = emu.edit('Đơn vị', 'B2', 'Tên mới');
    expect(allowed.rejected).toBeUndefined();
    expect(allowed).not.toHaveProperty('warning');
    expect(sheetOf(emu, 'Đơn vị').getRange('B2').getValue()).toBe('Tên mới');
    emu.setUser({ email: ADMIN });
  });

  it('follows the Administrators list: a removed administrator can no longer edit', () => {
    put(emu, 'Cài đặt', [['Quản trị viên', ADMIN]], 6);
    emu.run('menuRefresh');
    const seen = protections(emu);
    expect(seen['Đơn vị']?.map((p) => p.editors)).toEqual([[ADMIN]]);
    emu.setUser({ email: OTHER_ADMIN });
    expect(emu.edit('Đơn vị', 'B2', 'Tên khác').rejected).toBe(PROTECTED_MESSAGE);
    emu.setUser({ email: ADMIN });
  });
});

describe('switching between the settings', () => {
  it('Warn → Enforce → Off: the add-on’s protections change over, and Off leaves none of them', () => {
    const emu = workbook('Cảnh báo');
    emu.run('menuRefresh');
    expect(
      Object.values(protections(emu))
        .flat()
        .every((p) => p.warningOnly),
    ).toBe(true);
    put(emu, 'Cài đặt', [['Bảo vệ trang tính', 'Enforce']], 7);
    emu.run('menuRefresh');
    const enforced = Object.values(protections(emu)).flat();
    expect(enforced.length).toBe(8);
    expect(enforced.every((p) => !p.warningOnly && p.addOn)).toBe(true);
    put(emu, 'Cài đặt', [['Bảo vệ trang tính', 'Không']], 7);
    emu.run('menuRefresh');
    expect(protections(emu)).toEqual({});
  });

  it('an unknown value is a finding and the default (Warn) applies', () => {
    const emu = workbook('Khóa hết');
    emu.run('menuRefresh');
    expect(
      Object.values(protections(emu))
        .flat()
        .every((p) => p.warningOnly && p.addOn),
    ).toBe(true);
    const issues = emu.snapshot({ sheets: ['Kiểm tra dữ liệu'] }).sheets['Kiểm tra dữ liệu']?.values ?? [];
    expect(
      issues.some(
        (r) =>
          r[1] === 'E_VALUE_UNKNOWN' &&
          String(r[4]).includes('Khóa hết') &&
          String(r[4]).includes('Không, Cảnh báo, Chặn'),
      ),
    ).toBe(true);
  });
});

describe('a user’s own protections', () => {
  it('survive Refresh under every setting; a sheet the user protected is left to them', () => {
    const emu = workbook('Chặn');
    emu.run('menuRefresh');
    // The administrator protects a range of Progress and the whole Holidays sheet by hand (the Holidays
    // sheet protection replaces nothing: Refresh removed its own first by switching to Off).
    put(emu, 'Cài đặt', [['Bảo vệ trang tính', 'Không']], 7);
    emu.run('menuRefresh');
    const range = sheetOf(emu, 'Tiến độ').getRange('J2:J5').protect().setDescription('Minh chứng đã duyệt');
    range.removeEditors([CLERK]);
    sheetOf(emu, 'Ngày nghỉ').protect().setDescription('Lịch nghỉ do văn phòng giữ');
    for (const mode of ['Cảnh báo', 'Chặn', 'Không', 'Cảnh báo']) {
      put(emu, 'Cài đặt', [['Bảo vệ trang tính', mode]], 7);
      emu.run('menuRefresh');
      const seen = protections(emu);
      expect({
        mode,
        progress: seen['Tiến độ']?.filter((p) => !p.addOn).map((p) => [p.type, p.description, p.open]),
      }).toEqual({
        mode,
        progress: [['RANGE', 'Minh chứng đã duyệt', []]],
      });
      expect({ mode, holidays: seen['Ngày nghỉ']?.map((p) => [p.addOn, p.description]) }).toEqual({
        mode,
        holidays: [[false, 'Lịch nghỉ do văn phòng giữ']],
      });
    }
  });
});

describe('the open columns follow the layout', () => {
  it('a column users add and a column moved stay open after Refresh; the add-on’s columns stay protected', () => {
    const emu = workbook(null);
    emu.run('menuRefresh');
    const sheet = sheetOf(emu, 'Tiến độ');
    // A user inserts their own column before Status (G) and moves Note (now L) to the far right (O).
    sheet.insertColumnBefore(7);
    sheet.getRange('G1').setValue('Người phụ trách');
    const rows = sheet.getMaxRows();
    const note = sheet.getRange(1, 12, rows, 1).getValues();
    sheet.deleteColumn(12);
    sheet.getRange(1, 14, rows, 1).setValues(note);
    expect(sheet.getRange(1, 1, 1, 14).getValues()[0]).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại tổ chức',
      'Mã mốc',
      'Công việc',
      'Hạn',
      'Người phụ trách',
      'Trạng thái',
      'Ngày hoàn thành',
      'Tình trạng',
      'Minh chứng',
      'Người cập nhật',
      'Cập nhật lúc',
      'Ghi chú',
    ]);
    emu.run('menuRefresh');
    const max = sheet.getMaxRows();
    // G (theirs) from the top; H–I Status and Completed on; K Evidence; N Note; O–Z nobody's.
    expect(protections(emu)['Tiến độ']?.map((p) => p.open)).toEqual([
      [`G1:G${max}`, `H2:I${max}`, `K2:K${max}`, `N2:N${max}`, `O1:Z${max}`],
    ]);
    emu.setUser({ email: CLERK });
    expect(emu.edit('Tiến độ', 'N2', 'ghi chú').warning).toBeUndefined();
    expect(emu.edit('Tiến độ', 'L2', CLERK).warning).toBeDefined(); // Updated by, now column L
    emu.setUser({ email: ADMIN });
  });
});

describe('Setup', () => {
  it('protects the input sheets it creates, as the default Warn; with the sample, the tracking sheets too', () => {
    const emu = Emulator.create({ today: '2020-05-15', user: { email: ADMIN, locale: 'vi' } });
    emu.answerAlerts(['NO', 'OK']);
    emu.run('menuSetup');
    const seen = protections(emu);
    for (const name of ['Đơn vị', 'Mốc công việc', 'Hạn chót', 'Chỉ tiêu thi đua', 'Cài đặt', 'Ngày nghỉ']) {
      expect({ name, p: seen[name]?.map((p) => [p.type, p.warningOnly, p.addOn]) }).toEqual({
        name,
        p: [['SHEET', true, true]],
      });
    }
    const sample = Emulator.create({ today: '2020-05-15', user: { email: ADMIN, locale: 'vi' } });
    sample.answerAlerts(['YES', 'OK']);
    sample.run('menuSetup');
    const withSample = protections(sample);
    for (const name of ['Tiến độ', 'Thi đua', 'Kiểm tra dữ liệu']) {
      expect({ name, p: withSample[name]?.map((p) => [p.type, p.warningOnly, p.addOn]) }).toEqual({
        name,
        p: [['SHEET', true, true]],
      });
    }
  });
});

describe('the first Refresh after Setup', () => {
  const MADE = ['Tiến độ', 'Thi đua', 'Kiểm tra dữ liệu'];

  /** The workbook of tracker.fixture as Setup leaves it: its six input sheets protected, the record written. */
  function setUp(): Emulator {
    const emu = workbook(null);
    emu.answerAlerts(['NO', 'OK']);
    emu.run('menuSetup');
    expect(Object.keys(protections(emu))).toHaveLength(6);
    return emu;
  }

  /** The protections a workbook never set up gets on the sheets the first Refresh makes. */
  function asNeverSetUp(): Record<string, Seen[]> {
    const fresh = workbook(null);
    fresh.run('menuRefresh');
    return protections(fresh);
  }

  it('protects the sheets it makes as a workbook never set up gets them, reading no protection', () => {
    const emu = setUp();
    emu.resetCalls();
    emu.run('menuRefresh');
    const calls = emu.calls.byMethod;
    const seen = protections(emu);
    const expected = asNeverSetUp();
    for (const name of MADE) expect({ name, p: seen[name] }).toEqual({ name, p: expected[name] });
    expect(calls['Sheet.protect']).toBe(3);
    expect(calls['Protection.getDescription'] ?? 0).toBe(0);
    // The next Refresh finds them as this one left them: nothing to make, nothing to read.
    emu.resetCalls();
    emu.run('menuRefresh');
    expect(JSON.stringify(protections(emu))).toBe(JSON.stringify(seen));
    expect(emu.calls.byMethod['Sheet.protect'] ?? 0).toBe(0);
    expect(emu.calls.byMethod['Protection.getDescription'] ?? 0).toBe(0);
  });

  it('reads them all when a sheet protection came since Setup, and leaves the user’s own as it is', () => {
    const emu = setUp();
    emu.workbook.addSheet('Ghi chú');
    sheetOf(emu, 'Ghi chú').protect().setDescription('Ghi chú của văn phòng');
    emu.resetCalls();
    emu.run('menuRefresh');
    expect(emu.calls.byMethod['Protection.getDescription']).toBe(7);
    const seen = protections(emu);
    expect(seen['Ghi chú']?.map((p) => [p.addOn, p.description])).toEqual([[false, 'Ghi chú của văn phòng']]);
    const expected = asNeverSetUp();
    for (const name of MADE) expect({ name, p: seen[name] }).toEqual({ name, p: expected[name] });
  });
});
