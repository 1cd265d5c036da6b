// What Refresh must write to one generated sheet (Progress or Emulation), worked out without touching it.
// Rows stay where users put them and are found by their key; columns are found by header; only the cells
// Refresh owns (computed and live columns) are compared, and each such column gets at most one write over
// the span from its first to its last changed row. New keys are appended in one block; rows whose key is
// no longer wanted are orphans, to be archived and then deleted.
import type { Day } from './model';
import { normalizeKey } from './schema';

/** What one cell should hold. Formulas are built once the row's final position and the columns are known. */
export type CellSpec =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number | null }
  | { kind: 'date'; day: Day | null }
  | { kind: 'formula'; build: (sheetRow: number, columns: Readonly<Record<string, number>>) => string }
  | { kind: 'blank' };

/** A cell as it will be written: a formula text, a Day to be turned into a date, or a plain value. */
export type CellWrite =
  | { kind: 'formula'; formula: string }
  | { kind: 'date'; day: Day | null }
  | { kind: 'value'; value: string | number }
  /** A cell Refresh does not own, written back exactly as it was read (inside a span). */
  | { kind: 'raw'; value: unknown };

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
  toDay: (value: unknown) => Day | null;
  /** Rows whose key is no longer wanted are left as they are instead of becoming orphans (inputs not all read). */
  keepOrphans?: boolean;
}

export interface SpanWrite {
  column: number;
  /** 0-based grid row of the first cell, in the sheet as it is after the orphans are deleted. */
  firstRow: number;
  cells: CellWrite[];
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

export function keyOf(parts: readonly string[]): string {
  return parts.map(normalizeKey).join('\u0001');
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** Whether the existing cell already holds what the spec asks for. */
function sameCell(existing: unknown, existingFormula: string, want: CellWrite, toDay: PlanInput['toDay']): boolean {
  switch (want.kind) {
    case 'formula':
      return existingFormula === want.formula;
    case 'date':
      if (existingFormula) return false;
      if (want.day === null) return isBlank(existing);
      return !isBlank(existing) && typeof existing !== 'string' && toDay(existing) === want.day;
    case 'raw':
      return false;
    case 'value':
      if (existingFormula) return false;
      if (typeof want.value === 'number') return typeof existing === 'number' && existing === want.value;
      if (want.value === '') return isBlank(existing);
      return typeof existing === 'string' && existing === want.value;
  }
}

type FormulaBuild = Extract<CellSpec, { kind: 'formula' }>['build'];
type RowFormula = (sheetRow: number) => string;

// Two row numbers no formula text holds otherwise: a builder's text for one is split on it, and the split is
// trusted only when joining it with the other gives exactly the builder's text for that other row.
const PROBE_A = 987654321;
const PROBE_B = 987654322;

/** A builder's formula as a function of the row, its text worked out once per plan when it allows it. */
function rowFormula(build: FormulaBuild, columns: Readonly<Record<string, number>>): RowFormula {
  const parts = build(PROBE_A, columns).split(String(PROBE_A));
  if (parts.length < 2 || parts.join(String(PROBE_B)) !== build(PROBE_B, columns)) return (row) => build(row, columns);
  return (row) => parts.join(String(row));
}

/** Builds CellWrites for one plan: the columns are fixed, so a shared builder's text is reused row to row. */
function materialiser(columns: Readonly<Record<string, number>>): (spec: CellSpec, sheetRow: number) => CellWrite {
  const formulas = new Map<FormulaBuild, RowFormula>();
  return (spec, sheetRow) => {
    if (spec.kind !== 'formula') return materialise(spec, sheetRow, columns);
    let formula = formulas.get(spec.build);
    if (!formula) {
      formula = rowFormula(spec.build, columns);
      formulas.set(spec.build, formula);
    }
    return { kind: 'formula', formula: formula(sheetRow) };
  };
}

function materialise(spec: CellSpec, sheetRow: number, columns: Readonly<Record<string, number>>): CellWrite {
  switch (spec.kind) {
    case 'text':
      return { kind: 'value', value: spec.text };
    case 'number':
      return { kind: 'value', value: spec.value === null || !Number.isFinite(spec.value) ? '' : spec.value };
    case 'date':
      return { kind: 'date', day: spec.day };
    case 'formula':
      return { kind: 'formula', formula: spec.build(sheetRow, columns) };
    case 'blank':
      return { kind: 'value', value: '' };
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
  const wanted = new Map<string, DesiredRow>();
  for (const row of desired) {
    const k = keyOf(keyColumns.map((c) => row.keys[c] ?? ''));
    if (!wanted.has(k)) wanted.set(k, row);
  }

  // Classify the existing rows below the header.
  const keyIndexes = keyColumns.map((c) => input.columns[c]);
  const canMatch = !isNew && keyIndexes.every((i) => i !== undefined);
  const orphans: Orphan[] = [];
  const kept: { row: number; spec: DesiredRow }[] = [];
  const seen = new Set<string>();
  if (canMatch) {
    for (let r = headerRow + 1; r < values.length; r += 1) {
      const line = values[r] ?? [];
      const parts = keyIndexes.map((i) => cellText(line[i as number]));
      if (parts.some((p) => p === '')) continue; // blank or half-keyed rows are the user's business
      const k = keyOf(parts);
      const spec = wanted.get(k);
      if (spec) {
        kept.push({ row: r, spec });
        seen.add(k);
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
  const cellWrite = materialiser(columns);
  const finalRows = kept.map(({ row }) => shift(row));
  let keptAt: Map<number, DesiredRow> | null = null; // final row → wanted row, built only when a span needs it
  const writes: SpanWrite[] = [];
  let changedCells = 0;
  for (const key of ownedColumns) {
    const column = columns[key] as number;
    const changes = new Map<number, CellWrite>();
    kept.forEach(({ row, spec }, i) => {
      const cellSpec = spec.cells[key];
      if (!cellSpec) return;
      const finalRow = finalRows[i] as number;
      const want = cellWrite(cellSpec, finalRow + 1);
      const existing = values[row]?.[column];
      const existingFormula = formulas[row]?.[column] ?? '';
      if (!sameCell(existing, existingFormula, want, toDay)) changes.set(finalRow, want);
    });
    if (changes.size === 0) continue;
    changedCells += changes.size;
    if (!keptAt) {
      keptAt = new Map();
      kept.forEach(({ spec }, i) => keptAt?.set(finalRows[i] as number, spec));
    }
    const at = keptAt;
    const owned = (finalRow: number): CellWrite | undefined => {
      const cellSpec = at.get(finalRow)?.cells[key];
      return cellSpec ? (changes.get(finalRow) ?? cellWrite(cellSpec, finalRow + 1)) : undefined;
    };
    writes.push(...spansFor(column, changes, owned, values, formulas, orphanRows));
  }

  // New keys, appended after the last row of the sheet in the order they were asked for.
  const lastRow = isNew ? 1 : Math.max(values.length, headerRow + 1);
  const firstAppend = lastRow - orphans.length;
  const appendRows: CellWrite[][] = [];
  for (const [k, spec] of wanted) {
    if (seen.has(k)) continue;
    const sheetRow = firstAppend + appendRows.length + 1;
    const line: CellWrite[] = Array.from({ length: width }, () => BLANK);
    for (const c of keyColumns) line[columns[c] as number] = { kind: 'value', value: spec.keys[c] ?? '' };
    for (const [key, cellSpec] of Object.entries(spec.cells)) {
      const column = columns[key];
      if (column !== undefined) line[column] = cellWrite(cellSpec, sheetRow);
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

/** The original (pre-deletion) row that ends up at `finalRow` (a row that is not deleted). */
function originalRow(finalRow: number, orphanRows: readonly number[]): number {
  let row = finalRow;
  for (const o of orphanRows) {
    if (o <= row) row += 1;
    else break;
  }
  return row;
}

/**
 * One span from the first to the last changed row of a column. Rows inside it that Refresh does not own
 * (blank or half-keyed) are written back as they are; one holding a formula is not rewritten (its
 * references would be off after deletions), so the span is split around it.
 */
function spansFor(
  column: number,
  changes: ReadonlyMap<number, CellWrite>,
  owned: (finalRow: number) => CellWrite | undefined,
  values: unknown[][],
  formulas: string[][],
  orphanRows: readonly number[],
): SpanWrite[] {
  const changed = [...changes.keys()].sort((a, b) => a - b);
  const first = changed[0] as number;
  const last = changed[changed.length - 1] as number;
  const spans: SpanWrite[] = [];
  let current: { firstRow: number; cells: CellWrite[]; lastChanged: number } | null = null;
  const close = (): void => {
    if (current && current.lastChanged >= 0) {
      spans.push({
        column,
        firstRow: current.firstRow,
        cells: current.cells.slice(0, current.lastChanged - current.firstRow + 1),
      });
    }
    current = null;
  };
  for (let r = first; r <= last; r += 1) {
    const own = owned(r);
    let cell: CellWrite | null;
    if (own) cell = own;
    else {
      const source = originalRow(r, orphanRows);
      const formula = formulas[source]?.[column] ?? '';
      cell = formula ? null : { kind: 'raw', value: values[source]?.[column] ?? '' };
    }
    if (cell === null) {
      close();
      continue;
    }
    if (!current) {
      if (!changes.has(r)) continue; // spans start on a changed row
      current = { firstRow: r, cells: [], lastChanged: -1 };
    }
    current.cells.push(cell);
    if (changes.has(r)) current.lastChanged = r;
  }
  close();
  return spans;
}
