// Where a run wrote, judged against the workbook before it: cells of users' columns written, cells rewritten
// with the value and formula they already had, writes outside the rows an edit concerns.
import type { Emulator } from '../emulator';
import { AUDIT, ISSUES } from '../../src/core/record-sheets';
import { EMULATION, PROGRESS, normalizeKey, type SheetDef } from '../../src/core/schema';
import type { WriteRecord } from './meter';
import { columnLetters } from './sheets';

export interface SheetState {
  values: unknown[][];
  formulas: string[][];
}

export type WorkbookState = Map<string, SheetState>;

export function snapshotSheets(emu: Emulator): WorkbookState {
  const state: WorkbookState = new Map();
  for (const name of emu.workbook.sheetNames())
    state.set(name, { values: emu.workbook.values(name) as unknown[][], formulas: emu.workbook.formulas(name) });
  return state;
}

export interface WriteAudit {
  cellsWritten: number;
  /** Cells of a user column (Status, Completed on, Evidence, Note, Own target, Result) written. */
  userCells: number;
  /** Cells written with exactly the value and formula they held before. */
  unchangedCells: number;
  unchangedBySheet: Record<string, number>;
  examples: { kind: 'user' | 'unchanged'; where: string }[];
}

function same(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === '' || v === null || v === undefined;
  if (blank(a) && blank(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** 0-based columns of `def`'s user-owned columns on a sheet, found by header in its first ten rows. */
function userColumns(state: SheetState, def: SheetDef): Set<number> {
  const owned = def.columns.filter((c) => c.owner === 'user');
  const labels = new Set(owned.flatMap((c) => [normalizeKey(c.vi), normalizeKey(c.en)]));
  const key = def.columns.find((c) => c.key === def.keyColumn);
  const keyLabels = new Set(key ? [normalizeKey(key.vi), normalizeKey(key.en)] : []);
  const header =
    state.values.slice(0, 10).find((row) => row.some((v) => typeof v === 'string' && keyLabels.has(normalizeKey(v)))) ??
    [];
  const out = new Set<number>();
  header.forEach((v, j) => {
    if (typeof v === 'string' && labels.has(normalizeKey(v))) out.add(j);
  });
  return out;
}

function defOf(name: string): SheetDef | undefined {
  const k = normalizeKey(name);
  return [PROGRESS, EMULATION].find((d) => normalizeKey(d.vi) === k || normalizeKey(d.en) === k);
}

/** Judges the writes of a run against the state before it (the state after is read from the emulator). */
export function auditWrites(emu: Emulator, before: WorkbookState, writes: readonly WriteRecord[]): WriteAudit {
  const after = snapshotSheets(emu);
  const audit: WriteAudit = { cellsWritten: 0, userCells: 0, unchangedCells: 0, unchangedBySheet: {}, examples: [] };
  const users = new Map<string, Set<number>>();
  for (const w of writes) {
    const prev = before.get(w.sheet);
    const next = after.get(w.sheet);
    if (!next) continue;
    const def = defOf(w.sheet);
    if (def && prev && !users.has(w.sheet)) users.set(w.sheet, userColumns(prev, def));
    const userCols = users.get(w.sheet) ?? new Set<number>();
    const rows = Number.isFinite(w.numRows) ? w.numRows : Math.max(prev?.values.length ?? 0, next.values.length);
    const cols = Number.isFinite(w.numColumns)
      ? w.numColumns
      : Math.max(prev?.values[0]?.length ?? 0, next.values[0]?.length ?? 0);
    for (let i = 0; i < rows; i++) {
      const r = w.row - 1 + i;
      for (let j = 0; j < cols; j++) {
        const c = w.column - 1 + j;
        audit.cellsWritten++;
        const where = `${w.sheet}!${columnLetters(c)}${r + 1}`;
        if (userCols.has(c)) {
          audit.userCells++;
          if (audit.examples.length < 20) audit.examples.push({ kind: 'user', where });
        }
        const unchanged =
          same(prev?.values[r]?.[c], next.values[r]?.[c]) &&
          (prev?.formulas[r]?.[c] ?? '') === (next.formulas[r]?.[c] ?? '');
        if (unchanged) {
          audit.unchangedCells++;
          audit.unchangedBySheet[w.sheet] = (audit.unchangedBySheet[w.sheet] ?? 0) + 1;
          if (audit.examples.length < 20) audit.examples.push({ kind: 'unchanged', where });
        }
      }
    }
  }
  return audit;
}

/**
 * Writes that are neither on `sheet` within `rows` (1-based) nor appends to the Audit log nor Data issues
 * entries: described as 'Sheet!A1:B2 (method)'.
 */
export function writesOutsideRows(
  writes: readonly WriteRecord[],
  sheet: string,
  rows: ReadonlySet<number>,
  alsoAllowed: readonly string[] = [],
): string[] {
  const allowed = new Set([AUDIT.vi, AUDIT.en, ISSUES.vi, ISSUES.en, ...alsoAllowed].map(normalizeKey));
  const out: string[] = [];
  for (const w of writes) {
    if (allowed.has(normalizeKey(w.sheet))) continue;
    if (w.sheet === sheet && Number.isFinite(w.numRows)) {
      let inside = true;
      for (let r = w.row; r < w.row + w.numRows; r++) if (!rows.has(r)) inside = false;
      if (inside) continue;
    }
    const end = Number.isFinite(w.numRows)
      ? `:${columnLetters(w.column + w.numColumns - 2)}${w.row + w.numRows - 1}`
      : ' (whole sheet)';
    out.push(`${w.sheet}!${columnLetters(w.column - 1)}${w.row}${end} (${w.method})`);
  }
  return out;
}
