// The rows of recomputed deadlines, checked against the sheet right before they are written (docs/workbook.md
// §8.3): people sort, insert and delete rows while the add-on runs, so a row number read earlier may hold
// another unit's milestone by now. The keys of the rows from the first to the last change are read again in
// one call; when any differs, the whole key columns are read and each change follows its key to where it is
// now (or is dropped when its row is gone).
import type { DeadlineChange } from '../core/deadline-changes';
import { pairKey } from '../core/deadline-changes';
import type { Grid, TableLayout } from '../core/model';
import { cellText } from '../core/parse';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CheckedChanges {
  /** The changes at the rows their keys hold now. */
  changes: DeadlineChange[];
  /** True when every row from the first to the last change holds what was read: the span may be written whole. */
  asRead: boolean;
}

export function changesWhereKeysAre(
  sheet: Sheet,
  grid: Grid,
  layout: TableLayout,
  changes: readonly DeadlineChange[],
): CheckedChanges {
  const unitCol = layout.columns.unitId;
  const milestoneCol = layout.columns.milestoneId;
  if (changes.length === 0 || unitCol === undefined || milestoneCol === undefined)
    return { changes: [...changes], asRead: true };
  const left = Math.min(unitCol, milestoneCol);
  const width = Math.max(unitCol, milestoneCol) - left + 1;
  const keyAt = (row: readonly unknown[] | undefined, offset: number): string =>
    pairKey(cellText(row?.[unitCol - offset]), cellText(row?.[milestoneCol - offset]));

  const rows = changes.map((c) => c.r);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  let now: unknown[][] | null;
  try {
    now = sheet.getSheetValues(first + 1, left + 1, last - first + 1, width) as unknown[][];
  } catch {
    now = null; // rows deleted meanwhile: the span is past the sheet's end
  }
  let same = now !== null;
  for (let r = first; now && same && r <= last; r++) same = keyAt(now[r - first], left) === keyAt(grid.values[r], 0);
  if (same) return { changes: [...changes], asRead: true };

  // Rows moved: where each key is now, from the whole key columns.
  const top = layout.headerRow + 1;
  const lastRow = sheet.getLastRow();
  const all = lastRow > top ? (sheet.getSheetValues(top + 1, left + 1, lastRow - top, width) as unknown[][]) : [];
  const rowOf = new Map<string, number>();
  all.forEach((row, i) => {
    const key = keyAt(row, left);
    if (!rowOf.has(key)) rowOf.set(key, top + i);
  });
  const moved: DeadlineChange[] = [];
  for (const c of changes) {
    const r = rowOf.get(pairKey(c.unitId, c.milestoneId));
    if (r !== undefined) moved.push({ ...c, r });
  }
  return { changes: moved, asRead: false };
}
