// A direct edit of Tiến độ reads the header and the edited row as wide as Refresh left the table (a hint kept
// in the document properties). The hint must never decide what is read as which column: a column inserted
// before the table, or a sheet made narrower than the table was, after the last Refresh, gives the same
// stamp and log line as on an untouched sheet.
import type { Emulator } from '../../tools/emulator';
import { ADMIN, colOf, rowOf, sheetOf, trackerEmulator } from './tracker.fixture';

function refreshed(): Emulator {
  const emu = trackerEmulator();
  emu.run('menuRefresh');
  emu.run('ensureEditTrigger');
  return emu;
}

/** Types a status for U6 / M1 where the sheet now has it; returns that row's cells and the log's last line. */
function typeStatus(emu: Emulator): { row: unknown[]; header: unknown[]; log: unknown[] } {
  const values = emu.workbook.values('Tiến độ');
  const header = values[0] ?? [];
  const unit = colOf(values, 'Mã đơn vị');
  const r = rowOf(values, [unit, colOf(values, 'Mã mốc')], ['U6', 'M1']);
  const status = colOf(values, 'Trạng thái');
  const result = emu.edit('Tiến độ', `${String.fromCharCode(65 + status)}${r}`, 'Đang thực hiện');
  expect(result.fired.map((f) => f.error)).toEqual([undefined]);
  const after = emu.workbook.values('Tiến độ');
  return { row: after[r - 1] ?? [], header, log: (emu.workbook.values('Nhật ký').at(-1) ?? []).slice(1) };
}

const LOGGED = [ADMIN, 'Sửa trực tiếp', 'Tiến độ', 'U6 / M1', 'Trạng thái', '', 'Đang thực hiện'];

describe('the width of Tiến độ remembered by Refresh', () => {
  test('an untouched sheet: the header and the row (near the top: together) in one call of that width', () => {
    const emu = refreshed();
    emu.resetCalls();
    const { row, header, log } = typeStatus(emu);
    expect(emu.calls.byMethod['Sheet.getSheetValues']).toBe(1);
    expect(emu.calls.byMethod['Range.getValues'] ?? 0).toBe(1); // Settings only
    expect(row[header.indexOf('Người cập nhật')]).toBe(ADMIN);
    expect(log).toEqual(LOGGED);
  });

  test('a column inserted before the table since: its columns are found where they are now', () => {
    const emu = refreshed();
    sheetOf(emu, 'Tiến độ').insertColumnBefore(1);
    const { row, header, log } = typeStatus(emu);
    expect(header[0]).toBe('');
    expect(row[header.indexOf('Người cập nhật')]).toBe(ADMIN);
    expect(row[header.indexOf('Trạng thái')]).toBe('Đang thực hiện');
    expect(log).toEqual(LOGGED);
  });

  test('a sheet narrower than the table was: read whole rows, the edit stamped and logged all the same', () => {
    const emu = refreshed();
    const sheet = sheetOf(emu, 'Tiến độ');
    const width = (emu.workbook.values('Tiến độ')[0] ?? []).filter((h) => h !== '').length;
    sheet.deleteColumns(width + 1, sheet.getMaxColumns() - width);
    sheet.deleteColumn(colOf(emu.workbook.values('Tiến độ'), 'Ghi chú') + 1);
    expect(sheet.getMaxColumns()).toBe(width - 1);
    const { row, header, log } = typeStatus(emu);
    expect(row[header.indexOf('Người cập nhật')]).toBe(ADMIN);
    expect(log).toEqual(LOGGED);
  });

  test('Thi đua too: a result typed after Refresh is stamped and logged, reading one row of the table’s width', () => {
    const emu = refreshed();
    const values = emu.workbook.values('Thi đua');
    const r = rowOf(values, [colOf(values, 'Mã đơn vị'), colOf(values, 'Mã chỉ tiêu')], ['U4', 'T1']);
    const result = colOf(values, 'Kết quả');
    emu.resetCalls();
    const fired = emu.edit('Thi đua', `${String.fromCharCode(65 + result)}${r}`, '9');
    expect(fired.fired.map((f) => f.error)).toEqual([undefined]);
    expect(emu.calls.byMethod['Sheet.getSheetValues']).toBe(1);
    const after = emu.workbook.values('Thi đua');
    expect(after[r - 1]?.[colOf(after, 'Người cập nhật')]).toBe(ADMIN);
    expect((emu.workbook.values('Nhật ký').at(-1) ?? []).slice(1)).toEqual([
      ADMIN,
      'Sửa trực tiếp',
      'Thi đua',
      'U4 / T1',
      'Kết quả',
      '',
      '9',
    ]);
  });
});
