// Refresh's rows found by their key just before writing (docs/workbook.md §8.3). The document lock keeps other executions
// out, not people: between Refresh's read and its writes someone may insert, delete or sort rows. So, under the
// lock and right before archiving, deleting or writing, the keys of the rows are read again (one getValues over
// the key columns): Refresh writes only when every row is still where it was read, else it reads the sheet
// again and plans again; it deletes the rows holding the orphans' keys, never rows by a number read earlier.
import { columnLetter } from '../core/formulas';
import { cellText } from '../core/refresh-cells';
import { keyOf } from '../core/refresh-plan';
import type { Sheet } from './workbook';

/** A row's key as compared here: '' for a row with a blank key part (the user's business, never written). */
function rowKey(line: readonly unknown[], keyColumns: readonly number[], offset = 0): string {
  const parts = keyColumns.map((c) => cellText(line[c - offset]));
  return parts.some((p) => p === '') ? '' : keyOf(parts);
}

function trimmed(keys: string[]): string[] {
  let end = keys.length;
  while (end > 0 && keys[end - 1] === '') end -= 1;
  return keys.slice(0, end);
}

/** The key of every row below the 0-based header row as the sheet holds them now, in one read. */
export function keysNow(sheet: Sheet, headerRow: number, keyColumns: readonly number[]): string[] {
  const first = Math.min(...keyColumns);
  const last = Math.max(...keyColumns);
  const values = sheet
    .getRange(`${columnLetter(first)}${headerRow + 2}:${columnLetter(last)}`)
    .getValues() as unknown[][];
  return trimmed(values.map((line) => rowKey(line, keyColumns, first)));
}

/** The keys of the rows as read (`values` is the grid from row 1), leaving out the 0-based rows in `without`. */
export function keysRead(
  values: readonly unknown[][],
  headerRow: number,
  keyColumns: readonly number[],
  without: ReadonlySet<number> = new Set(),
): string[] {
  const out: string[] = [];
  for (let r = headerRow + 1; r < values.length; r += 1)
    if (!without.has(r)) out.push(rowKey(values[r] ?? [], keyColumns));
  return trimmed(out);
}

export function sameKeys<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * Deletes the rows holding the given keys (as many rows per key as there are orphans with it), found in the
 * keys read just now; 1-based rows, bottom-up, one call per contiguous run. Returns the 0-based grid rows deleted.
 */
export function deleteByKey(
  sheet: Sheet,
  headerRow: number,
  now: readonly string[],
  orphanKeys: readonly string[],
): number[] {
  const left = new Map<string, number>();
  for (const k of orphanKeys) left.set(k, (left.get(k) ?? 0) + 1);
  const rows: number[] = [];
  now.forEach((k, i) => {
    const n = left.get(k) ?? 0;
    if (k === '' || n === 0) return;
    left.set(k, n - 1);
    rows.push(headerRow + 1 + i);
  });
  deleteRows(
    sheet,
    rows.map((r) => r + 1),
    headerRow + 1,
  );
  return rows;
}

/** Deletes 1-based sheet rows, bottom-up, one call per contiguous run. */
function deleteRows(sheet: Sheet, rows: number[], frozen: number): void {
  if (!rows.length) return;
  const sorted = [...rows].sort((a, b) => b - a);
  // Sheets refuses to delete every non-frozen row: keep one spare row below.
  const max = sheet.getMaxRows();
  if (max - sorted.length <= frozen) sheet.insertRowsAfter(max, 1);
  let i = 0;
  while (i < sorted.length) {
    const end = sorted[i] as number;
    let start = end;
    while (i + 1 < sorted.length && sorted[i + 1] === start - 1) {
      i += 1;
      start -= 1;
    }
    sheet.deleteRows(start, end - start + 1);
    i += 1;
  }
}
