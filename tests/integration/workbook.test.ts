// The one workbook reader on the built bundle: sheet names remembered in a document property, sheets opened
// by their exact name, the full scan only when a remembered name is gone, the property absent, or sheets came
// or went; docs/workbook.md §2's name matching (trimmed, case-folded, either language) kept.
import { tableReads } from '../support/table-reads';
import type { Emulator } from '../../tools/emulator';
import { host, sheetOf, trackerEmulator } from './tracker.fixture';

const remembered = (emu: Emulator): { n: number | null; names: Record<string, string> } =>
  JSON.parse(emu.properties.document.data.get('tracker.sheets') ?? 'null');

function calls(emu: Emulator, fn: string): Record<string, number> {
  emu.resetCalls();
  emu.run(fn);
  return emu.calls.byMethod;
}

describe('sheet names remembered in the document properties', () => {
  it('the first Refresh scans and remembers; later actions open each sheet by name, without a scan', () => {
    const emu = trackerEmulator();
    const first = calls(emu, 'menuRefresh');
    expect(first['Spreadsheet.getSheets']).toBe(1);
    expect(remembered(emu).names).toEqual({
      units: 'Đơn vị',
      milestones: 'Mốc công việc',
      targets: 'Chỉ tiêu thi đua',
      settings: 'Cài đặt',
      holidays: 'Ngày nghỉ',
      progress: 'Tiến độ',
      emulation: 'Thi đua',
      issues: 'Kiểm tra dữ liệu',
    });
    expect(remembered(emu).n).toBe(8);
    for (const fn of ['menuRefresh', 'menuValidate', 'menuReport']) {
      const byMethod = calls(emu, fn);
      expect({ fn, scans: byMethod['Spreadsheet.getSheets'] ?? 0, names: byMethod['Sheet.getName'] ?? 0 }).toEqual({
        fn,
        scans: 0,
        names: 0,
      });
    }
    // The Summary sheet made by the Report is remembered too.
    expect(remembered(emu).names.summary).toBe('Tổng hợp');
  });

  it('a renamed sheet (spaces, case) is found again by the scan, and its new name remembered', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    sheetOf(emu, 'Mốc công việc').setName('  MỐC CÔNG VIỆC ');
    const byMethod = calls(emu, 'menuRefresh');
    expect(byMethod['Spreadsheet.getSheets']).toBe(1);
    expect(remembered(emu).names.milestones).toBe('  MỐC CÔNG VIỆC ');
    // Still the same Progress rows: the milestones were read from the renamed sheet.
    expect(emu.workbook.values('Tiến độ').length).toBe(15);
    expect(calls(emu, 'menuValidate')['Spreadsheet.getSheets'] ?? 0).toBe(0);
  });

  it('a sheet added after the names were remembered is seen (the number of sheets changed)', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    const cutoffs = host(emu).insertSheet('hạn chót');
    cutoffs.getRange(1, 1, 2, 3).setValues([
      ['Loại tổ chức', 'Mã mốc', 'Hạn chót'],
      ['Đảng bộ cơ sở', 'M1', new Date('2020-05-31T00:00:00+07:00')],
    ]);
    emu.run('menuRefresh');
    expect(remembered(emu).names.cutoffs).toBe('hạn chót');
    // U7's M1 (congress 30/07) is now capped by the cut-off of 31/05.
    const progress = emu.workbook.values('Tiến độ');
    const u7 = progress.find((r) => r[0] === 'U7' && r[3] === 'M1');
    expect((u7?.[5] as Date).getTime()).toBe(new Date('2020-05-31T00:00:00+07:00').getTime());
  });

  it('a form reads only the tables it needs, each opened by its own name', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    emu.resetCalls();
    const answer = emu.callServer('progressForm') as { ok: boolean };
    expect(answer.ok).toBe(true);
    // Settings and Units only: no scan, no other table.
    expect(tableReads(emu, 'Spreadsheet.getSheetByName')).toBe(2);
    expect(emu.calls.byMethod['Range.getValues']).toBe(2);
    expect(emu.calls.byMethod['Spreadsheet.getSheets'] ?? 0).toBe(0);
  });

  it('an English workbook is remembered by its English names', () => {
    const emu = trackerEmulator({ lang: 'en', locale: 'en_US' });
    emu.run('menuRefresh');
    expect(remembered(emu).names).toMatchObject({
      units: 'Units',
      progress: 'Progress',
      emulation: 'Emulation',
      issues: 'Data issues',
    });
  });
});
