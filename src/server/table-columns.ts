// An input table's needed columns only: the columns from A to the last one needed where Setup lays them out,
// read whole in one call (header and rows together). A clerk's form needs eight of the Units' ten columns, not
// the notes of 5,000 units. A needed column not among them is taken as absent when a column that Setup puts
// after it is there (the table keeps Setup's order; the column was deleted), else it may lie further right
// (columns inserted before it) and the whole table is read. Known limit: a needed column moved to the right
// of a later one (say Email cập nhật moved after Ghi chú) reads as absent in a form.
import { columnLetters, locateTable } from '../core/tables';
import { isBlankRow } from '../core/tables';
import type { SheetDef } from '../core/schema';
import type { SheetRead, Workbook } from './workbook';

/** The table `def` with at least the columns of `keys`; kept as its read for the rest of the execution. */
export function readColumns(wb: Workbook, def: SheetDef, keys: readonly string[]): SheetRead | undefined {
  const cached = wb.cached(def);
  if (cached) return cached;
  const found = wb.find(def);
  if (!found) return undefined;
  const last = Math.max(...keys.map((k) => def.columns.findIndex((c) => c.key === k)));
  const letter = columnLetters(last);
  let values: unknown[][];
  try {
    values = found.sheet.getRange(`A:${letter}`).getValues() as unknown[][];
  } catch (error) {
    // Fewer columns in the sheet than Setup makes: it is read whole. A failing service is not that.
    if (error instanceof Error && error.message.startsWith('Service ')) throw error;
    return wb.read(def);
  }
  while (values.length > 0 && isBlankRow(values[values.length - 1])) values.pop();
  const layout = locateTable({ name: found.name, values }, def);
  if (!layout || keys.some((k) => layout.columns[k] === undefined && !passed(def, layout.columns, k))) {
    return wb.read(def);
  }
  const read: SheetRead = { sheet: found.sheet, grid: { name: found.name, values }, formulas: [] };
  wb.keep(def, read);
  return read;
}

/** Whether a column Setup puts after `key` is among those found (so `key` is not further right). */
function passed(def: SheetDef, found: Partial<Record<string, number>>, key: string): boolean {
  const at = def.columns.findIndex((c) => c.key === key);
  return def.columns.some((c, i) => i > at && found[c.key] !== undefined);
}
