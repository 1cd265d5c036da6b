// A key that comes back (a unit re-added, a milestone or target ID restored) gets back what its users had typed
// when Refresh archived it (docs/workbook.md §9), worked out without touching a sheet. The Archive line taken
// is the latest one for the key from that sheet that is not yet restored; its users' columns (Status,
// Completed on, Evidence, Note, Own target, Result, Updated by/at and any column people added) go into the
// re-created row, a formula as the formula, and the line gets its Restored on date so it is never taken twice.
// A re-run after a failure between writing the row and marking the line finds the row already holding the
// line's cells and only marks (and logs) it.
import { contentKey } from './archive';
import type { Grid } from './model';
import { ARCHIVE } from './record-sheets';
import type { SheetDef } from './schema';
import { headerKey, locateTable, matchesLabel } from './tables';
import { keyOf } from './refresh-plan';

export interface RestoreInput {
  /** The Archive sheet's values and formulas ([] where none). */
  archive: Grid;
  archiveFormulas: readonly (readonly string[])[];
  /** The generated sheet: its definition, its name now and its header cells (as read). */
  def: SheetDef;
  sheetName: string;
  header: readonly unknown[];
  /** The sheet's final layout: schema column key → 0-based index. */
  columns: Readonly<Record<string, number>>;
  keyColumns: readonly string[];
  /** Rows about to be appended, by their key cells. */
  returning: readonly Record<string, string>[];
  /** Rows already on the sheet: their key cells and their cells as read. */
  present: readonly { keys: Record<string, string>; cells: readonly unknown[] }[];
}

export interface RestoredCell {
  /** 0-based column of the generated sheet. */
  column: number;
  /** The header it was archived under (for the Audit log). */
  header: string;
  value: unknown;
  /** The formula a user typed ('' when the cell is a value). */
  formula: string;
}

export interface Restore {
  /** 0-based line of the Archive grid. */
  archiveRow: number;
  keys: Record<string, string>;
  /** The non-blank cells the line gives back. */
  cells: RestoredCell[];
}

export interface RestorePlan {
  /** Per returning row (same order), what to write into it; null when nothing is archived for its key. */
  restores: (Restore | null)[];
  /** Lines whose rows were written back by an interrupted run: only to be marked and logged. */
  finished: Restore[];
  /** 0-based header row of the Archive table, and column of Restored on (`addHeader`: the header is not there yet). */
  headerRow: number;
  restoredOnColumn: number;
  addHeader: boolean;
}

const ARCHIVE_OWN = new Set(ARCHIVE.columns.map((c) => c.key));
const RESTORED_OWNERS = new Set(['user', 'system', undefined]);

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

export function planRestore(input: RestoreInput): RestorePlan | null {
  const { archive, def } = input;
  const layout = archive.values.length ? locateTable(archive, ARCHIVE) : null;
  if (!layout) return null;
  const headerCells = archive.values[layout.headerRow] ?? [];
  const fromAt = layout.columns.fromSheet;
  if (fromAt === undefined) return null;
  let restoredOnColumn = layout.columns.restoredOn;
  const addHeader = restoredOnColumn === undefined;
  if (restoredOnColumn === undefined) restoredOnColumn = Math.max(layout.width, headerCells.length);
  const own = new Set(Object.entries(layout.columns).flatMap(([k, c]) => (ARCHIVE_OWN.has(k) ? [c] : [])));

  // Archive columns per label: a schema column by either language's header, another column by its text.
  const archived = (match: (cell: unknown) => boolean): number[] =>
    headerCells.flatMap((cell, i) => (!own.has(i) && !isBlank(cell) && match(cell) ? [i] : []));
  const keyColumns = input.keyColumns.map((k) => {
    const d = def.columns.find((c) => c.key === k);
    return d ? archived((cell) => matchesLabel(cell, d)) : [];
  });
  if (keyColumns.some((cols) => cols.length === 0)) return null;

  // The sheet's columns whose cells come back: users' and system columns, and columns people added.
  const schemaAt = new Set(Object.values(input.columns));
  const targets: { column: number; from: number[] }[] = [];
  for (const d of def.columns) {
    const column = input.columns[d.key];
    if (column === undefined || !RESTORED_OWNERS.has(d.owner)) continue;
    targets.push({ column, from: archived((cell) => matchesLabel(cell, d)) });
  }
  input.header.forEach((cell, column) => {
    if (schemaAt.has(column) || isBlank(cell) || def.columns.some((d) => matchesLabel(cell, d))) return;
    targets.push({ column, from: archived((h) => headerKey(h) === headerKey(cell)) });
  });

  const first = (line: readonly unknown[], cols: readonly number[]): number | undefined =>
    cols.find((c) => !isBlank(line[c])) ?? cols[0];
  const lineOf = (r: number): Restore => {
    const line = archive.values[r] ?? [];
    const keys: Record<string, string> = {};
    input.keyColumns.forEach((k, i) => {
      const at = first(line, keyColumns[i] ?? []);
      keys[k] = at === undefined ? '' : String(line[at] ?? '').trim();
    });
    const cells: RestoredCell[] = [];
    for (const t of targets) {
      const at = first(line, t.from);
      if (at === undefined || isBlank(line[at])) continue;
      cells.push({
        column: t.column,
        header: String(headerCells[at]).trim(),
        value: line[at],
        formula: input.archiveFormulas[r]?.[at] ?? '',
      });
    }
    return { archiveRow: r, keys, cells };
  };

  // The lines of this sheet not yet restored, the latest last, by key.
  const fromHere = (v: unknown) => headerKey(v) === headerKey(input.sheetName) || matchesLabel(v, def);
  const open = new Map<string, number[]>();
  for (let r = layout.headerRow + 1; r < archive.values.length; r += 1) {
    const line = archive.values[r] ?? [];
    if (!fromHere(line[fromAt]) || !isBlank(line[restoredOnColumn])) continue;
    const restore = lineOf(r);
    const k = keyOf(input.keyColumns.map((c) => restore.keys[c] ?? ''));
    open.set(k, [...(open.get(k) ?? []), r]);
  }
  if (open.size === 0) return null;

  const take = (keys: Record<string, string>, accept: (r: Restore) => boolean): Restore | null => {
    const k = keyOf(input.keyColumns.map((c) => keys[c] ?? ''));
    const lines = open.get(k) ?? [];
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      const restore = lineOf(lines[i] as number);
      if (!accept(restore)) continue;
      lines.splice(i, 1);
      return restore;
    }
    return null;
  };
  const restores = input.returning.map((keys) => take(keys, () => true));
  const finished: Restore[] = [];
  for (const row of input.present) {
    const done = take(row.keys, (r) => holds(row.cells, r, targets));
    if (done) finished.push(done);
  }
  if (!restores.some((r) => r) && !finished.length) return null;
  return { restores, finished, headerRow: layout.headerRow, restoredOnColumn, addHeader };
}

/** Whether a row on the sheet holds exactly what the line gives back (so it was written back already). */
function holds(cells: readonly unknown[], restore: Restore, targets: readonly { column: number }[]): boolean {
  const given = new Map(restore.cells.map((c) => [c.column, c.value]));
  return targets.every(({ column }) => {
    const want = given.get(column);
    const have = cells[column];
    return isBlank(want) ? isBlank(have) : !isBlank(have) && contentKey(have) === contentKey(want);
  });
}
