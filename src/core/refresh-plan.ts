// What Refresh must write to one generated sheet (Progress or Emulation), worked out without touching it.
// Rows stay where users put them and are found by their key; columns are found by header; only the cells
// Refresh owns (computed and live columns) are compared, and each such column gets at most one write over
// the span from its first to its last changed row. New keys are appended in one block; rows whose key is
// no longer wanted are orphans, to be archived and then deleted.
import { CellMaker, cellText, isBlank, type CellSpec, type CellWrite, type ToDay } from './refresh-cells';
import { spansFor, type SpanWrite } from './refresh-spans';
import { normalizeKey } from './schema';

export interface DesiredRow {
  /** Key cells as they should be written for a new row, by column key (e.g. unitId, milestoneId). */
  keys: Record<string, string>;
  /** Cells Refresh owns, by column key; columns not listed are left alone on existing rows. */
  cells: Record<string, CellSpec>;
}

export interface PlanInput {
  /** The sheet's data range as getValues returns it; [] for an empty or new sheet. */
  values: unknown[][];
  /** getFormulas of the same range ('' where no formula); may be [] when nothing is a formula. */
  formulas: string[][];
  /** 0-based header row, or -1 when the sheet has no table yet (the header goes in row 1). */
  headerRow: number;
  /** column key → 0-based index of the columns found in the header. */
  columns: Readonly<Record<string, number | undefined>>;
  /** Column keys in schema order: missing ones are added at the right of the header in this order. */
  schemaColumns: readonly string[];
  keyColumns: readonly string[];
  /** Columns whose cells Refresh keeps up to date on existing rows. */
  ownedColumns: readonly string[];
  desired: readonly DesiredRow[];
  /** Reads a date cell (Date object, serial number, text) as a Day. */
  toDay: ToDay;
  /** Rows whose key is no longer wanted are left as they are instead of becoming orphans (inputs not all read). */
  keepOrphans?: boolean;
}

export interface AppendBlock {
  /** 0-based grid row of the first appended row (after deletions). */
  firstRow: number;
  /** Full-width rows (the final header width); blank strings where nothing is written. */
  rows: CellWrite[][];
}

export interface Orphan {
  /** 0-based grid row in the sheet as read. */
  row: number;
  /** The key cells as read, by key column. */
  keys: Record<string, string>;
}

export interface RefreshPlan {
  headerRow: number;
  /** Final layout: column key → 0-based index. */
  columns: Record<string, number>;
  width: number;
  /** Header cells to write (new sheet, or columns missing from an existing one). */
  header: { column: number; key: string }[];
  orphans: Orphan[];
  writes: SpanWrite[];
  append: AppendBlock | null;
  /** Existing rows whose key is wanted (they stay); counted for reporting. */
  keptRows: number;
  /** Cells whose content changes (the spans may rewrite a few unchanged cells between them). */
  changedCells: number;
}

/** The key of a row from its key cells as read (the same key whatever the case or spacing). */
export function keyOf(parts: readonly string[]): string {
  return parts.map(normalizeKey).join('\u0001');
}

/**
 * The wanted rows by key, found without making a key text per row: one map per key column, nested, over key
 * cells normalised once each (a unit's ID recurs on every milestone, a milestone's on every unit).
 */
class WantedRows {
  private readonly root = new Map<string, unknown>();
  private readonly normal = new Map<string, string>();
  /** The wanted rows in the order asked for, each key once (the first wins). */
  readonly rows: DesiredRow[] = [];

  add(parts: readonly string[], row: DesiredRow): void {
    let level = this.root;
    for (let i = 0; i < parts.length - 1; i += 1) {
      const k = this.norm(parts[i] as string);
      let next = level.get(k) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(k, next);
      }
      level = next;
    }
    const last = this.norm(parts[parts.length - 1] as string);
    if (level.has(last)) return;
    level.set(last, row);
    this.rows.push(row);
  }

  get(parts: readonly string[]): DesiredRow | undefined {
    let level: unknown = this.root;
    for (const part of parts) {
      if (!level) return undefined;
      level = (level as Map<string, unknown>).get(this.norm(part));
    }
    return level as DesiredRow | undefined;
  }

  private norm(text: string): string {
    let n = this.normal.get(text);
    if (n === undefined) {
      n = normalizeKey(text);
      this.normal.set(text, n);
    }
    return n;
  }
}

const BLANK: CellWrite = { kind: 'value', value: '' };

export function planRefresh(input: PlanInput): RefreshPlan {
  const { values, formulas, keyColumns, ownedColumns, desired, toDay } = input;
  const headerRow = input.headerRow >= 0 ? input.headerRow : 0;
  const isNew = input.headerRow < 0;

  // Final layout: existing columns stay, missing schema columns go after the widest existing header cell.
  const columns: Record<string, number> = {};
  for (const [key, index] of Object.entries(input.columns)) if (index !== undefined) columns[key] = index;
  const headerCells = isNew ? [] : (values[headerRow] ?? []);
  let width = 0;
  headerCells.forEach((cell, index) => {
    if (!isBlank(cell)) width = index + 1;
  });
  for (const index of Object.values(columns)) width = Math.max(width, index + 1);
  const header: { column: number; key: string }[] = [];
  for (const key of input.schemaColumns) {
    if (columns[key] !== undefined) continue;
    columns[key] = width;
    header.push({ column: width, key });
    width += 1;
  }

  // Index the wanted rows by key (the first wins if the same key is asked for twice).
  const wanted = new WantedRows();
  for (const row of desired)
    wanted.add(
      keyColumns.map((c) => row.keys[c] ?? ''),
      row,
    );

  // Classify the existing rows below the header.
  const keyIndexes = keyColumns.map((c) => input.columns[c]);
  const canMatch = !isNew && keyIndexes.every((i) => i !== undefined);
  const orphans: Orphan[] = [];
  const kept: { row: number; spec: DesiredRow }[] = [];
  const seen = new Set<DesiredRow>();
  const parts: string[] = keyIndexes.map(() => '');
  if (canMatch) {
    rows: for (let r = headerRow + 1; r < values.length; r += 1) {
      const line = values[r] ?? [];
      for (let j = 0; j < keyIndexes.length; j += 1) {
        const part = cellText(line[keyIndexes[j] as number]);
        if (part === '') continue rows; // blank or half-keyed rows are the user's business
        parts[j] = part;
      }
      const spec = wanted.get(parts);
      if (spec) {
        kept.push({ row: r, spec });
        seen.add(spec);
      } else if (!input.keepOrphans) {
        const keys: Record<string, string> = {};
        keyColumns.forEach((c, i) => (keys[c] = parts[i] ?? ''));
        orphans.push({ row: r, keys });
      }
    }
  }

  // Row positions after the orphans are deleted.
  const orphanRows = orphans.map((o) => o.row);
  const shift = (row: number): number => {
    let lo = 0;
    let hi = orphanRows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((orphanRows[mid] as number) < row) lo = mid + 1;
      else hi = mid;
    }
    return row - lo;
  };

  // Per owned column: which kept rows differ, then one span from the first to the last of them.
  const cells = new CellMaker(columns, toDay);
  const finalRows = kept.map(({ row }) => shift(row));
  const rowTexts: string[] = []; // a kept row's final 1-based number as text, made when a formula needs it
  let keptAt: Map<number, DesiredRow> | null = null; // final row → wanted row, built only when a span needs it
  const writes: SpanWrite[] = [];
  let changedCells = 0;
  for (const owned of ownedColumns) {
    const column = columns[owned] as number;
    const changes = new Map<number, CellWrite>();
    for (let i = 0; i < kept.length; i += 1) {
      const { row, spec } = kept[i] as { row: number; spec: DesiredRow };
      const cellSpec = spec.cells[owned];
      if (!cellSpec) continue;
      const sheetRow = (finalRows[i] as number) + 1;
      const rowText = cellSpec.kind === 'formula' ? (rowTexts[i] ??= String(sheetRow)) : '';
      const existingFormula = formulas[row]?.[column] || '';
      if (!cells.holds(cellSpec, values[row]?.[column], existingFormula, sheetRow, rowText))
        changes.set(sheetRow - 1, cells.write(cellSpec, sheetRow));
    }
    if (changes.size === 0) continue;
    changedCells += changes.size;
    if (!keptAt) {
      keptAt = new Map();
      kept.forEach(({ spec }, i) => keptAt?.set(finalRows[i] as number, spec));
    }
    const at = keptAt;
    const ownedCell = (finalRow: number): CellWrite | undefined => {
      const cellSpec = at.get(finalRow)?.cells[owned];
      return cellSpec ? (changes.get(finalRow) ?? cells.write(cellSpec, finalRow + 1)) : undefined;
    };
    writes.push(...spansFor(column, changes, ownedCell, values, formulas, orphanRows));
  }

  // New keys, appended after the last row of the sheet in the order they were asked for.
  const lastRow = isNew ? 1 : Math.max(values.length, headerRow + 1);
  const firstAppend = lastRow - orphans.length;
  const appendRows: CellWrite[][] = [];
  for (const spec of wanted.rows) {
    if (seen.has(spec)) continue;
    const sheetRow = firstAppend + appendRows.length + 1;
    const line = new Array<CellWrite>(width).fill(BLANK);
    for (const c of keyColumns) line[columns[c] as number] = { kind: 'value', value: spec.keys[c] ?? '' };
    for (const key in spec.cells) {
      const column = columns[key];
      const cellSpec = spec.cells[key];
      if (column !== undefined && cellSpec) line[column] = cells.write(cellSpec, sheetRow);
    }
    appendRows.push(line);
  }

  return {
    headerRow,
    columns,
    width,
    header,
    orphans,
    writes,
    append: appendRows.length ? { firstRow: firstAppend, rows: appendRows } : null,
    keptRows: kept.length,
    changedCells,
  };
}
