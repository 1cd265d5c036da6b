// Finding sheets and tables in grids read with getValues (docs/workbook.md §2): names and headers in either language,
// header row among the first ten, columns in any order, extra columns kept.
import type { Grid, TableLayout } from './model';
import { INPUT_SHEETS } from './sheets';
import { normalizeKey, type Lang, type SheetDef } from './schema';
import { isBlank } from './parse';

/** How names and headers are compared: normalizeKey plus internal whitespace (line breaks) collapsed. */
export function headerKey(text: unknown): string {
  if (typeof text !== 'string') return typeof text === 'number' ? String(text) : '';
  return normalizeKey(text).replace(/\s+/g, ' ');
}

export function matchesLabel(text: unknown, item: { vi: string; en: string }): boolean {
  const key = headerKey(text);
  return key !== '' && (key === headerKey(item.vi) || key === headerKey(item.en));
}

/** The grid holding a sheet, matched by its Vietnamese or English name. */
export function findSheet(grids: readonly Grid[], def: SheetDef): Grid | undefined {
  return grids.find((g) => matchesLabel(g.name, def));
}

/** The language a sheet name is in, or null when it is neither of the sheet's names. */
export function sheetNameLang(name: string, def: SheetDef): Lang | null {
  const key = headerKey(name);
  if (key === headerKey(def.vi)) return 'vi';
  if (key === headerKey(def.en)) return 'en';
  return null;
}

/**
 * The workbook language: the document property when set; else the language most of the input sheets' names
 * are in (Vietnamese on a tie or when none is found).
 */
export function inferLang(grids: readonly Grid[], property?: Lang | null): Lang {
  if (property === 'vi' || property === 'en') return property;
  let vi = 0;
  let en = 0;
  for (const def of INPUT_SHEETS) {
    for (const g of grids) {
      const lang = sheetNameLang(g.name, def);
      if (lang === 'vi') vi++;
      else if (lang === 'en') en++;
    }
  }
  return en > vi ? 'en' : 'vi';
}

export const HEADER_SEARCH_ROWS = 10;

/** Locate the table of `def` in `grid`; null when the key column's header is not in the first ten rows. */
export function locateTable(grid: Grid, def: SheetDef): TableLayout | null {
  const keyDef = def.columns.find((c) => c.key === def.keyColumn);
  if (!keyDef) return null;
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r] ?? [];
    if (!row.some((cell) => matchesLabel(cell, keyDef))) continue;
    const columns: Partial<Record<string, number>> = {};
    let width = 0;
    row.forEach((cell, c) => {
      if (!isBlank(cell)) width = c + 1;
      const col = def.columns.find((d) => matchesLabel(cell, d));
      if (col && columns[col.key] === undefined) columns[col.key] = c;
    });
    return { sheet: def.id, sheetName: grid.name, headerRow: r, columns, width };
  }
  return null;
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return !row || row.every(isBlank);
}

/** 0-based indexes of the data rows below the header, skipping rows that are entirely blank. */
export function dataRows(grid: Grid, layout: TableLayout): number[] {
  const out: number[] = [];
  for (let r = layout.headerRow + 1; r < grid.values.length; r++) if (!isBlankRow(grid.values[r])) out.push(r);
  return out;
}

/** The cell of `key` in row `r` ('' when the column is absent or the row short). */
export function cellOf(grid: Grid, layout: TableLayout, r: number, key: string): unknown {
  const c = layout.columns[key];
  if (c === undefined) return '';
  const v = grid.values[r]?.[c];
  return v === undefined || v === null ? '' : v;
}

/** Column letters: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA. */
export function columnLetters(col0: number): string {
  let n = col0 + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 notation from 0-based row and column indexes. */
export function a1(row0: number, col0: number): string {
  return `${columnLetters(col0)}${row0 + 1}`;
}

/** 0-based {row, col} from A1 notation, or null. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^([A-Za-z]+)(\d+)$/.exec(ref.trim());
  if (!m || !m[1] || !m[2]) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
