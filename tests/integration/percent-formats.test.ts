// Percentage targets (measure '%', target 0,9 for 90 %) on the Emulation sheet: Refresh shows their Own
// target, Target value and Result cells as percentages — on a sheet it writes whole, on rows it appends, and
// when a target becomes or stops being a percentage target — and an unchanged Refresh formats nothing.
import type { Emulator } from '../../tools/emulator';
import { TARGETS } from '../../src/core/schema';
import { colOf, d, put, sheetOf, trackerEmulator, writeCalls } from './tracker.fixture';

const TARGETS_HEADER = TARGETS.columns.map((c) => c.vi);
const T1 = ['T1', 'Models built', 'models', 'Tối thiểu', '', 10, d('2020-12-31'), 'Cộng', ''];
const T3 = ['T3', 'Members rated good or better', '%', 'Tối thiểu', '', 0.9, '', 'Trung bình', ''];

const FIGURES = ['Chỉ tiêu riêng', 'Chỉ tiêu', 'Kết quả'];

/** For each (unit, target) row, the number formats and shown text of Own target, Target value and Result. */
function figures(emu: Emulator, unit: string, target: string): { formats: string[]; shown: string[] } {
  const values = emu.workbook.values('Thi đua') as unknown[][];
  const r = values.findIndex(
    (row) => row[colOf(values, 'Mã đơn vị')] === unit && row[colOf(values, 'Mã chỉ tiêu')] === target,
  );
  if (r < 1) throw new Error(`no Emulation row ${unit}/${target}`);
  const formats = emu.workbook.numberFormats('Thi đua')[r] ?? [];
  const shown = emu.workbook.displayValues('Thi đua')[r] ?? [];
  const at = FIGURES.map((h) => colOf(values, h));
  return { formats: at.map((c) => formats[c] ?? ''), shown: at.map((c) => shown[c] ?? '') };
}

function setResult(emu: Emulator, unit: string, target: string, value: number): void {
  const values = emu.workbook.values('Thi đua') as unknown[][];
  const r = values.findIndex(
    (row) => row[colOf(values, 'Mã đơn vị')] === unit && row[colOf(values, 'Mã chỉ tiêu')] === target,
  );
  sheetOf(emu, 'Thi đua')
    .getRange(r + 1, colOf(values, 'Kết quả') + 1)
    .setValue(value);
}

describe('Refresh shows percentage targets as percentages', () => {
  const emu = trackerEmulator();
  put(emu, 'Chỉ tiêu thi đua', [TARGETS_HEADER, T1, T3]);
  emu.run('menuRefresh');

  test('on the sheet it writes whole: T3’s figures are 0.0%, T1’s keep the automatic format', () => {
    setResult(emu, 'U1', 'T3', 0.95);
    expect(figures(emu, 'U1', 'T3')).toEqual({ formats: ['0.0%', '0.0%', '0.0%'], shown: ['', '90,0%', '95,0%'] });
    expect(figures(emu, 'U1', 'T1').formats.filter((f) => f.includes('%'))).toEqual([]);
    expect(figures(emu, 'U1', 'T1').shown[1]).toBe('10');
  });

  test('an unchanged Refresh writes nothing, number formats included', () => {
    emu.resetCalls();
    emu.run('menuRefresh');
    expect(writeCalls(emu.calls.byMethod)).toEqual({});
  });

  test('rows appended for a new unit are formatted too', () => {
    const units = sheetOf(emu, 'Đơn vị');
    const last = units.getLastRow();
    units
      .getRange(last + 1, 1, 1, 9)
      .setValues([['U9', 'Unit U9', 'Chi bộ cơ sở', '', 10, d('2020-06-30'), '', '', '']]);
    emu.run('menuRefresh');
    expect(figures(emu, 'U9', 'T3').formats).toEqual(['0.0%', '0.0%', '0.0%']);
    expect(figures(emu, 'U9', 'T1').formats.filter((f) => f.includes('%'))).toEqual([]);
  });

  test('a target that becomes a percentage target is formatted, one that stops is not', () => {
    put(emu, 'Chỉ tiêu thi đua', [
      TARGETS_HEADER,
      ['T1', 'Cells rated strong', '%', 'Tối thiểu', '', 0.8, '', 'Trung bình', ''],
      ['T3', 'Members rated good or better', 'đảng viên', 'Tối thiểu', '', 90, '', 'Cộng', ''],
    ]);
    emu.run('menuRefresh');
    expect(figures(emu, 'U2', 'T1')).toMatchObject({ formats: ['0.0%', '0.0%', '0.0%'] });
    expect(figures(emu, 'U2', 'T1').shown[1]).toBe('80,0%');
    expect(figures(emu, 'U2', 'T3').formats.filter((f) => f.includes('%'))).toEqual([]);
    expect(figures(emu, 'U2', 'T3').shown[1]).toBe('90');
  });
});
