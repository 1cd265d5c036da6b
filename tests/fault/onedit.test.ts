// The on-edit trigger under a failure at every service call. Google does not retry a failed trigger, so
// the re-run is the same edit event delivered again (the cell restored, then typed again): the workbook must
// end exactly as after one clean edit, with one audit line per change.
import type { Emulator } from '../../tools/emulator';
import { injectEveryFault, summarise } from './harness';
import { edit, progressCell, refreshedWithProgress, run, typeSilently, unitCell } from '../support/small-tracker';

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
