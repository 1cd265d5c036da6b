// The on-edit trigger under a failure at every service call. Google does not retry a failed trigger, so
// the re-run is the same edit event delivered again (the cell restored, then typed again): the workbook must
// end exactly as after one clean edit, with one audit line per change.
import { Emulator } from '../../tools/emulator';
import { PROGRESS as PROGRESS_DEF, SETTINGS } from '../../src/core/schema';
import { BUNDLE } from '../support/bundle';
import {
  ADMIN,
  TODAY,
  edit,
  progressCell,
  refreshedWithProgress,
  run,
  smallInput,
  typeSilently,
  unitCell,
} from '../support/small-tracker';
import { buildWorkbook, cellOf, readTable, rowsWhere } from '../support/workbooks';
import { auditLines, injectEveryFault, summarise } from './harness';

function withTrigger(): Emulator {
  const emu = refreshedWithProgress();
  run(emu, 'ensureEditTrigger');
  return emu;
}

function editAgain(emu: Emulator, cell: { sheet: string; a1: string }, before: string, typed: string): void {
  typeSilently(emu, cell.sheet, cell.a1, before);
  edit(emu, cell.sheet, cell.a1, typed);
}

test('On-edit of a status: a failure at any call, then the event again, gives the workbook of a clean edit', () => {
  const report = injectEveryFault({
    start: withTrigger,
    act: (emu) => {
      const cell = progressCell(emu, 'DB0001-04', 'M02', 'status');
      emu.edit(cell.sheet, cell.a1, 'Đang thực hiện');
    },
    rerun: (emu) => editAgain(emu, progressCell(emu, 'DB0001-04', 'M02', 'status'), '', 'Đang thực hiện'),
  });
  expect(report.calls).toBeGreaterThan(3);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
});

test('On-edit of a planned congress date: a failure at any call, then the event again, gives the workbook of a clean edit', () => {
  const report = injectEveryFault({
    start: withTrigger,
    act: (emu) => {
      const cell = unitCell(emu, 'DB0001-05', 'congressDate');
      emu.edit(cell.sheet, cell.a1, '28/03/2020');
    },
    // DB0001-05's planned congress date in the generated organisation is 08/03/2020.
    rerun: (emu) => editAgain(emu, unitCell(emu, 'DB0001-05', 'congressDate'), '08/03/2020', '28/03/2020'),
  });
  expect(report.calls).toBeGreaterThan(3);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
});

/** A Workspace domain (Google names every editor), Settings' On unpermitted edit = Hoàn tác, a stranger typing. */
function reverting(): Emulator {
  const emu = Emulator.create({
    code: BUNDLE,
    today: TODAY,
    identity: 'workspace',
    user: { email: ADMIN, locale: 'vi' },
    workbook: (env) => buildWorkbook(env, smallInput()),
  });
  run(emu, 'menuRefresh');
  run(emu, 'ensureEditTrigger');
  const settings = readTable(emu, SETTINGS);
  const row = settings ? rowsWhere(settings, { setting: 'Khi sửa trái quyền' })[0] : undefined;
  if (!settings || row === undefined) throw new Error('no On unpermitted edit setting');
  typeSilently(emu, settings.name, cellOf(settings, row, 'value'), 'Hoàn tác');
  emu.setUser({ email: 'nguoi.la@example.com' });
  return emu;
}

test('On-edit that reverts another unit’s cell: a failure at any call, then the event again, gives the workbook of a clean edit', () => {
  const report = injectEveryFault({
    start: reverting,
    act: (emu) => {
      const cell = progressCell(emu, 'DB0001-04', 'M02', 'note');
      emu.edit(cell.sheet, cell.a1, 'sửa trái quyền');
    },
    rerun: (emu) => editAgain(emu, progressCell(emu, 'DB0001-04', 'M02', 'note'), '', 'sửa trái quyền'),
  });
  expect(report.calls).toBeGreaterThan(3);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
});

test('the clean revert: the note is put back, nothing stamped; the note typed and its putting back logged', () => {
  const emu = reverting();
  const cell = progressCell(emu, 'DB0001-04', 'M02', 'note');
  edit(emu, cell.sheet, cell.a1, 'sửa trái quyền');
  const table = readTable(emu, PROGRESS_DEF);
  const row = table ? rowsWhere(table, { unitId: 'DB0001-04', milestoneId: 'M02' })[0] : undefined;
  expect(
    table && row !== undefined
      ? [table.values[row]?.[table.columns.note ?? -1], table.values[row]?.[table.columns.updatedBy ?? -1]]
      : null,
  ).toEqual(['', '']);
  expect(String(emu.ui.toasts.at(-1)?.message)).toMatch(/^Ô [A-Z]+\d+ đã được trả lại giá trị cũ/);
  expect(auditLines(emu)).toEqual([
    `${table?.name}|DB0001-04 / M02|Ghi chú||sửa trái quyền`,
    `${table?.name}|DB0001-04 / M02|Ghi chú|sửa trái quyền|`,
  ]);
});

test('On-edit of the Units sheet with an unreadable planned congress date: flagged and logged once, deadlines kept, whatever call fails', () => {
  const report = injectEveryFault({
    start: withTrigger,
    act: (emu) => {
      const cell = unitCell(emu, 'DB0001-05', 'congressDate');
      emu.edit(cell.sheet, cell.a1, 'tháng 3/2020');
    },
    // DB0001-05's planned congress date in the generated organisation is 08/03/2020.
    rerun: (emu) => editAgain(emu, unitCell(emu, 'DB0001-05', 'congressDate'), '08/03/2020', 'tháng 3/2020'),
  });
  expect(report.calls).toBeGreaterThan(3);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
});

test('On-edit that puts a typed-over Unit ID back: a failure at any call, then the event again, gives the workbook of a clean edit', () => {
  // Found by its key before the edit; after a failure the cell may still hold the typo.
  let cell = { sheet: '', a1: '' };
  const report = injectEveryFault({
    start: withTrigger,
    act: (emu) => {
      cell = progressCell(emu, 'DB0001-04', 'M02', 'unitId');
      emu.edit(cell.sheet, cell.a1, 'DB0001-4');
    },
    rerun: (emu) => editAgain(emu, cell, 'DB0001-04', 'DB0001-4'),
  });
  expect(report.calls).toBeGreaterThan(3);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
});
