// Refresh under a failure at every service call: after a clean re-run the workbook is exactly that of a run
// without the failure, and the Audit log holds each archived row once; the same for a Refresh that restores a
// unit that came back, and for the first Refresh, which makes the tracking sheets (no stale Data issues line).
import { injectEveryFault, summarise } from './harness';
import type { Emulator } from '../../tools/emulator';
import { refreshedWithProgress, run, typeSilently, unitCell } from '../support/small-tracker';
import { colOf, d, rowOf, sheetOf, trackerEmulator } from '../integration/tracker.fixture';

/**
 * Before the Refresh under test the administrator has changed the inputs: the grassroots cell CB0001 (which
 * has progress) left the organisation, a new cell DB0001-08 joined, DB0001-03's congress moved.
 */
function changedInputs() {
  return replaceCB0001(refreshedWithProgress());
}

function replaceCB0001(emu: ReturnType<typeof refreshedWithProgress>) {
  const gone = unitCell(emu, 'CB0001', 'unitId');
  const units = emu.workbook.sheetByName(gone.sheet)!;
  const width = 9;
  const newRow: unknown[] = [
    'DB0001-08',
    'Chi bộ Đội 8 – Đảng bộ số 1',
    'Chi bộ trực thuộc',
    'DB0001',
    9,
    null,
    false,
    null,
    null,
  ];
  emu.workbook.writeValues(units, gone.row0, 0, [newRow.slice(0, width)]);
  typeSilently(emu, gone.sheet, `F${gone.row0 + 1}`, '15/03/2020');
  const moved = unitCell(emu, 'DB0001-03', 'congressDate');
  typeSilently(emu, moved.sheet, moved.a1, '25/03/2020');
  return emu;
}

test('Refresh: a failure at any call, then a re-run, gives the workbook of a run without failure', () => {
  const report = injectEveryFault({ start: changedInputs, act: (emu) => run(emu, 'menuRefresh') });
  expect(report.calls).toBeGreaterThan(10);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
});

/**
 * U5 left (Refresh archived its rows, with the status, date, note and evidence formula its clerk had entered) and
 * comes back, while U6 leaves: the Refresh under test restores U5's rows from the Archive and archives U6's.
 */
function unitComesBack(): Emulator {
  const emu = trackerEmulator();
  emu.run('menuRefresh');
  const p = emu.workbook.values('Tiến độ');
  const m1 = rowOf(p, [0, 3], ['U5', 'M1']);
  const progress = sheetOf(emu, 'Tiến độ');
  progress.getRange(m1, colOf(p, 'Trạng thái') + 1).setValue('Hoàn thành');
  progress.getRange(m1, colOf(p, 'Ngày hoàn thành') + 1).setValue(d('2020-06-12'));
  progress.getRange(m1, colOf(p, 'Ghi chú') + 1).setValue('ghi chú của U5');
  progress
    .getRange(rowOf(p, [0, 3], ['U5', 'M2']), colOf(p, 'Minh chứng') + 1)
    .setFormula('=HYPERLINK("https://vb.example/bb-5","Biên bản U5")');
  const units = sheetOf(emu, 'Đơn vị');
  const at = emu.workbook.values('Đơn vị').findIndex((r) => r[0] === 'U5');
  const u5 = emu.workbook.values('Đơn vị')[at] as unknown[];
  units.deleteRow(at + 1);
  emu.run('menuRefresh');
  units.getRange(emu.workbook.values('Đơn vị').findIndex((r) => r[0] === 'U6') + 1, 1, 1, u5.length).setValues([u5]);
  return emu;
}

/** The counted calls of a clean run from the first of `from` up to the first of `to` (1-based, `to` excluded). */
function callsBetween(start: () => Emulator, act: (emu: Emulator) => void, from: string, to: string): number[] {
  const emu = start();
  emu.resetCalls();
  const methods: string[] = [];
  emu.observeCalls((call) => {
    methods[emu.calls.total] ??= `${call.className}.${call.method}`;
  });
  act(emu);
  const first = methods.indexOf(from);
  const last = methods.indexOf(to);
  expect(first).toBeGreaterThan(0);
  expect(last).toBeGreaterThan(first);
  return Array.from({ length: last - first }, (_, i) => first + i);
}

// The calls before the first deletion (reading, Data issues, archiving) are those of the sweep above, and the
// protections' those of every Refresh: this sweep covers the calls from the first deletion to the protections,
// where the restored rows are written, logged and marked, so it stays short.
test('Refresh restoring a unit that came back: a failure at any call, then a re-run, ends as without failure', () => {
  const act = (emu: Emulator) => run(emu, 'menuRefresh');
  const only = callsBetween(unitComesBack, act, 'Sheet.deleteRows', 'Spreadsheet.getProtections');
  const report = injectEveryFault({ start: unitComesBack, act }, { only });
  expect(report.calls).toBeGreaterThan(10);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
  // The run restores: U5's status is back.
  const clean = unitComesBack();
  run(clean, 'menuRefresh');
  const p = clean.workbook.values('Tiến độ');
  expect(p[rowOf(p, [0, 3], ['U5', 'M1']) - 1]?.[colOf(p, 'Trạng thái')]).toBe('Hoàn thành');
});

test('the first Refresh, building the tracking sheets: a failure at any call, then a re-run, leaves no stale finding', () => {
  // From the making of Tiến độ to the protections: the calls before are those of validation and Data issues.
  const start = () => trackerEmulator();
  const act = (emu: Emulator) => run(emu, 'menuRefresh');
  const only = callsBetween(start, act, 'Spreadsheet.insertSheet', 'Spreadsheet.getProtections');
  const report = injectEveryFault({ start, act }, { only });
  expect(report.calls).toBeGreaterThan(10);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
});
