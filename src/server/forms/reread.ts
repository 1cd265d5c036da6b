// A submission's row, found again just before writing (docs/workbook.md §8.3). The document lock keeps other executions
// out, not people: between the form's read and its write someone may insert, delete or sort rows, or type into
// the very row. So, under the lock and right before writing, the table is read again, the row is found by its
// key (not by the number read earlier), and the cells the submission changes must still hold what the clerk
// saw; the cells it does not change are written back as they are now, never as they were read.
import { contentKey } from '../../core/archive';
import type { TableLayout } from '../../core/model';
import type { SheetDef } from '../../core/schema';
import { cellOf, locateTable } from '../../core/tables';
import type { SheetRead, Workbook } from '../workbook';
import { findRow } from './view';

export interface FreshRow {
  table: SheetRead;
  layout: TableLayout;
  r: number;
}

/**
 * The table read again and the row of `unitId` / `otherId` in it; `stale` when a cell the submission changes
 * no longer holds what was read (someone else changed it meanwhile); null when the row is gone.
 */
export function rereadRow(
  wb: Workbook,
  def: SheetDef,
  read: { table: SheetRead; layout: TableLayout; r: number },
  key: { unitId: string; otherKey: string; otherId: string },
  changedKeys: readonly string[],
): (FreshRow & { stale: boolean }) | null {
  wb.forget(def);
  const table = wb.read(def);
  const layout = table ? locateTable(table.grid, def) : null;
  if (!table || !layout) return null;
  const r = findRow(table.grid, layout, key.unitId, key.otherKey, key.otherId);
  if (r < 0) return null;
  const stale = changedKeys.some(
    (k) =>
      contentKey(cellOf(table.grid, layout, r, k) ?? '') !==
      contentKey(cellOf(read.table.grid, read.layout, read.r, k) ?? ''),
  );
  return { table, layout, r, stale };
}
