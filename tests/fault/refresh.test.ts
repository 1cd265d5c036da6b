// Refresh under a failure at every service call: after a clean re-run the workbook is exactly that of a run
// without the failure, and the Audit log holds each archived row once.
import { injectEveryFault, summarise } from './harness';
import { refreshedWithProgress, run, typeSilently, unitCell } from '../support/small-tracker';

/**
 * Before the Refresh under test the administrator has changed the inputs: the grassroots cell CB0001 (which
 * has progress) left the organisation, a new cell DB0001-08 joined, DB0001-03's congress moved.
 */
function changedInputs() {
  const emu = refreshedWithProgress();
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
