// docs/workbook.md §4: every reader of the add-on recognises a Status exactly as the Standing formula does, so the colour a
// user sees and every figure the add-on reports agree — also for statuses the formula cannot recognise (NFD text
// from some Vietnamese keyboards, a trailing no-break space, the word without diacritics). Sheets compares text
// ignoring case but not diacritics or normalisation, and its TRIM removes spaces only (the emulator's contract
// tests in tests/emulator/spreadsheet-comparison.test.ts pin this).
import type { Emulator } from '../../tools/emulator';
import { colOf, d, rowOf, sheetOf, trackerEmulator } from './tracker.fixture';

const P_KEYS: [string, string] = ['Mã đơn vị', 'Mã mốc'];
const NFD_DONE = 'Hoàn thành'.normalize('NFD');

const snap = (emu: Emulator, name: string) => emu.snapshot({ sheets: [name] }).sheets[name]!;

function typeInto(emu: Emulator, key: [string, string], cells: Record<string, unknown>) {
  const values = snap(emu, 'Tiến độ').values;
  const row = rowOf(values, [colOf(values, P_KEYS[0]), colOf(values, P_KEYS[1])], key);
  if (row < 1) throw new Error(`no row ${key.join('/')}`);
  for (const [header, value] of Object.entries(cells))
    sheetOf(emu, 'Tiến độ')
      .getRange(row, colOf(values, header) + 1)
      .setValue(value);
}

interface Summary {
  byType: {
    type: string;
    units: number;
    congressHeld: number;
    done: number;
    doneLate: number;
    overdue: number;
    dueSoon: number;
  }[];
  overdue: { unitId: string; milestoneId: string }[];
}

describe('the add-on reads a Status exactly as the Standing formula does', () => {
  const emu = trackerEmulator();
  emu.run('menuRefresh');
  // Deadlines of M1 (tracker.fixture): U1 01/06, U2 05/06, U3 05/06, U4 none, U5 14/06, U6 20/06, U7 30/07; today 15/06.
  typeInto(emu, ['U1', 'M1'], { 'Trạng thái': 'Không áp dụng' });
  typeInto(emu, ['U2', 'M1'], { 'Trạng thái': NFD_DONE, 'Ngày hoàn thành': d('2020-06-01') });
  typeInto(emu, ['U3', 'M1'], { 'Trạng thái': 'HOÀN THÀNH', 'Ngày hoàn thành': d('2020-06-10') });
  typeInto(emu, ['U4', 'M1'], { 'Trạng thái': 'Không áp dụng'.normalize('NFD') });
  typeInto(emu, ['U5', 'M1'], { 'Trạng thái': 'Hoan thanh', 'Ngày hoàn thành': d('2020-06-01') });
  typeInto(emu, ['U6', 'M1'], { 'Trạng thái': 'Hoàn thành\u00a0', 'Ngày hoàn thành': d('2020-06-01') });
  typeInto(emu, ['U7', 'M1'], { 'Trạng thái': '  Hoàn   thành ', 'Ngày hoàn thành': d('2020-06-01') });
  emu.run('menuReport');
  const summary = emu.run('reportSummary_') as Summary;
  const progress = snap(emu, 'Tiến độ');
  const p = progress.values;
  const col = (h: string) => colOf(p, h);
  const standingOf = (unit: string, m: string) =>
    p[rowOf(p, [col('Mã đơn vị'), col('Mã mốc')], [unit, m]) - 1]?.[col('Tình trạng')];

  it.each([
    // NFD, no-break space and no diacritics: not Hoàn thành for Sheets, so the deadline decides
    ['U1', 'Không áp dụng'],
    ['U2', 'Quá hạn'],
    ['U3', 'Hoàn thành trễ hạn'],
    ['U4', 'Chưa có hạn'],
    ['U5', 'Quá hạn'],
    ['U6', 'Sắp đến hạn'],
    ['U7', 'Hoàn thành đúng hạn'],
  ])('%s M1 shows %s', (unit, standing) => {
    expect(standingOf(unit, 'M1')).toBe(standing);
  });

  it('the summary counts what the sheet shows', () => {
    const rows = p.slice(1).filter((r) => r[col('Mã đơn vị')] !== null);
    const count = (...standings: string[]) =>
      rows.filter((r) => standings.includes(String(r[col('Tình trạng')]))).length;
    const total = (k: 'done' | 'doneLate' | 'overdue' | 'dueSoon' | 'congressHeld') =>
      summary.byType.reduce((n, t) => n + t[k], 0);
    expect(total('done')).toBe(count('Hoàn thành đúng hạn', 'Hoàn thành trễ hạn'));
    expect(total('done')).toBe(2); // U3 and U7
    expect(total('doneLate')).toBe(count('Hoàn thành trễ hạn'));
    expect(total('overdue')).toBe(count('Quá hạn'));
    expect(total('dueSoon')).toBe(count('Sắp đến hạn'));
    expect(total('congressHeld')).toBe(2); // M1 is the congress milestone: U3 and U7
    const overdue = rows
      .filter((r) => r[col('Tình trạng')] === 'Quá hạn')
      .map((r) => `${r[col('Mã đơn vị')]}/${r[col('Mã mốc')]}`);
    expect(summary.overdue.map((o) => `${o.unitId}/${o.milestoneId}`).sort()).toEqual(overdue.sort());
  });

  it('Validate reports the statuses the formula cannot read', () => {
    emu.run('menuValidate');
    const issues = snap(emu, 'Kiểm tra dữ liệu').values.flat().map(String);
    const statusCol = String.fromCharCode(65 + col('Trạng thái'));
    const rowNumber = (unit: string) => rowOf(p, [col('Mã đơn vị'), col('Mã mốc')], [unit, 'M1']);
    for (const unit of ['U2', 'U4', 'U5', 'U6']) expect(issues).toContain(`${statusCol}${rowNumber(unit)}`);
    for (const unit of ['U1', 'U3', 'U7']) expect(issues).not.toContain(`${statusCol}${rowNumber(unit)}`);
  });
});
