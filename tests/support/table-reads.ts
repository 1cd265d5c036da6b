// How many small tables an execution read whole: each is either opened (getSheetByName) and read by its data
// range, or read by name through the spreadsheet (Spreadsheet.getRange of its columns), one way per table.
import type { Emulator } from '../../tools/emulator';

export function tableReads(
  emu: Emulator,
  opened: 'Sheet.getDataRange' | 'Spreadsheet.getSheetByName' = 'Sheet.getDataRange',
): number {
  const by = emu.calls.byMethod;
  return (by[opened] ?? 0) + (by['Spreadsheet.getRange'] ?? 0);
}
