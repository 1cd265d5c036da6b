// Reading the emulated workbook the way a person looks at it (uncounted inspection API): a table's header
// row, column letters by header, the row of a key. Shared by the benchmark and the robustness tests.
import type { Emulator } from '../emulator';
import { normalizeKey, type ColumnDef, type SheetDef } from '../../src/core/schema';

export interface SheetTable {
  name: string;
  /** 0-based index of the header row in `values`. */
  headerRow: number;
  values: unknown[][];
  formulas: string[][];
  /** column key (schema) → 0-based column index */
  columns: Record<string, number>;
}

/** The sheet of the workbook named after `def` in either language, if any. */
export function sheetName(emu: Emulator, def: SheetDef): string | undefined {
  const wanted = new Set([normalizeKey(def.vi), normalizeKey(def.en)]);
  return emu.workbook.sheetNames().find((n) => wanted.has(normalizeKey(n)));
}

function headerMatches(cell: unknown, column: ColumnDef): boolean {
  if (typeof cell !== 'string') return false;
  const k = normalizeKey(cell);
  return k === normalizeKey(column.vi) || k === normalizeKey(column.en);
}

/** The table of a generated or input sheet; undefined when the sheet does not exist. */
export function readTable(emu: Emulator, def: SheetDef): SheetTable | undefined {
  const name = sheetName(emu, def);
  if (!name) return undefined;
  const values = emu.workbook.values(name) as unknown[][];
  const formulas = emu.workbook.formulas(name);
  const key = def.columns.find((c) => c.key === def.keyColumn);
  let headerRow = key ? values.slice(0, 10).findIndex((row) => row.some((cell) => headerMatches(cell, key))) : 0;
  if (headerRow < 0) headerRow = 0;
  const columns: Record<string, number> = {};
  const header = values[headerRow] ?? [];
  for (const column of def.columns) {
    const j = header.findIndex((cell) => headerMatches(cell, column));
    if (j >= 0) columns[column.key] = j;
  }
  return { name, headerRow, values, formulas, columns };
}

export function columnLetters(index0: number): string {
  let s = '';
  for (let x = index0 + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** 0-based rows of the data whose key columns equal the given values. */
export function rowsWhere(table: SheetTable, match: Record<string, string>): number[] {
  const out: number[] = [];
  for (let r = table.headerRow + 1; r < table.values.length; r++) {
    const row = table.values[r] ?? [];
    if (
      Object.entries(match).every(
        ([key, value]) => normalizeKey(String(row[table.columns[key] ?? -1] ?? '')) === normalizeKey(value),
      )
    )
      out.push(r);
  }
  return out;
}

/** The A1 address of (0-based row, column key) in a table. */
export function cellOf(table: SheetTable, row0: number, key: string): string {
  const j = table.columns[key];
  if (j === undefined) throw new Error(`no column ${key} on ${table.name}`);
  return `${columnLetters(j)}${row0 + 1}`;
}

/** Data rows (below the header) that hold anything. */
export function dataRows(table: SheetTable): unknown[][] {
  return table.values.slice(table.headerRow + 1).filter((row) => row.some((v) => v !== '' && v !== null));
}
