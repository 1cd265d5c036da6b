// The rows of a few units in a tracking sheet (Tiến độ, Thi đua) without reading the whole sheet: Google's
// server-side search (TextFinder) for the unit IDs, one read of the rows it found (they are next to each other
// as Refresh writes them: the search's count says how many), then the sheet's first rows for the header. A
// clerk's form or edit then moves about the same cells in a workbook of 5,000 units as in one of 50.
//
// The search must find every row the full read would (IDs compare by normalizeKey: trimmed, case-folded,
// NFC). It is a case-insensitive regular expression for the whole cell that admits spaces around the ID and
// any text in place of a letter outside ASCII (typed decomposed), so it finds a superset; a row is the unit's
// only when its unit-ID cell, as read, matches by key. When the rows read do not hold every cell the search
// reported (the unit's rows are apart, a sort), the rows from the first to the last found are read instead.
import type { TableLayout } from '../core/model';
import { cellText } from '../core/parse';
import { idSearchPattern } from '../core/keys';
import { MILESTONES, PROGRESS, UNITS, type SheetDef } from '../core/schema';
import { HEADER_SEARCH_ROWS, locateTable } from '../core/tables';
import type { SheetRead, Workbook } from './workbook';

export interface UnitRows {
  /** The header rows and the rows read, at their sheet positions; the rows not read are blank. */
  table: SheetRead;
  layout: TableLayout;
  /** The rows read (1-based first row, how many, how many columns), to read them again just before writing. */
  span?: { first: number; count: number; width: number };
}

/**
 * Below this many rows (as the Units and the milestones or targets foretell them) one read of the whole sheet
 * costs less than the search's extra round trips: about 5,000 cells.
 */
const SEARCH_FROM_ROWS = 400;

/** Whether a sheet of about `rows` rows is searched rather than read whole. */
export function worthSearching(rows: number): boolean {
  return rows >= SEARCH_FROM_ROWS;
}

/**
 * The rows of `unitIds` in the tracking sheet `def`, kept as the sheet's read for the execution (null when
 * the sheet or its header is missing). Calls: the sheet, the search, the first row found, one read of the rows,
 * the first rows (one call, as wide as the rows); two more when the unit's rows are apart.
 */
export function readUnitRows(wb: Workbook, def: SheetDef, unitIds: readonly string[]): UnitRows | null {
  const found = wb.find(def);
  if (!found) return null;
  const { sheet, name } = found;
  const pattern = idSearchPattern(unitIds);
  const hits = sheet.createTextFinder(pattern).useRegularExpression(true).findAll();
  let first = 0;
  let rows: unknown[][] = [];
  let span: UnitRows['span'];
  if (hits.length > 0) {
    first = hits[0]!.getRow();
    rows = wholeRows(sheet, first, first + hits.length - 1) ?? [];
    if (rows.length === 0 || matchingCells(rows, pattern) < hits.length) {
      const last = Math.max(first, hits[hits.length - 1]!.getRow());
      rows = wholeRows(sheet, first, last) ?? [];
    }
    if (rows.length > 0) span = { first, count: rows.length, width: rows[0]?.length ?? 0 };
  }
  // The first rows as wide as the rows read (the sheet's width), in one call.
  const head = (
    span && span.width > 0
      ? sheet.getSheetValues(1, 1, HEADER_SEARCH_ROWS, span.width)
      : sheet.getRange(`1:${HEADER_SEARCH_ROWS}`).getValues()
  ) as unknown[][];
  const layout = locateTable({ name, values: head }, def);
  if (!layout || layout.columns.unitId === undefined) return null;
  const values: unknown[][] = head.slice(0, layout.headerRow + 1);
  for (let r = values.length; r < first - 1; r++) values.push([]);
  rows.forEach((row, i) => {
    if (first - 1 + i > layout.headerRow) values[first - 1 + i] = row;
  });
  const table: SheetRead = { sheet, grid: { name, values }, formulas: [] };
  wb.keep(def, table);
  return { table, layout, ...(span ? { span } : {}) };
}

/** Rows `from`–`to` whole, or null when they run past the sheet's end (the search's hits share rows). */
function wholeRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, from: number, to: number): unknown[][] | null {
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = sheet.getRange(`${from}:${to}`);
  } catch {
    return null;
  }
  return range.getValues() as unknown[][];
}

/** How many cells of the rows read the search matches. */
function matchingCells(rows: readonly unknown[][], pattern: string): number {
  const re = new RegExp(pattern, 'iu');
  let n = 0;
  for (const row of rows) for (const v of row) if (v !== '' && re.test(cellText(v))) n++;
  return n;
}

/**
 * Before Tiến độ is read for a few units (a recomputation, a requirement check): their rows only, by a search,
 * when the sheet is large (the Units times the Milestones) and nothing of it has been read yet.
 */
export function preferUnitRows(wb: Workbook, unitIds: Iterable<string>): void {
  if (wb.cached(PROGRESS)) return;
  const ids = [...unitIds];
  if (ids.length === 0) return;
  const units = wb.read(UNITS)?.grid.values.length ?? 0;
  const milestones = wb.read(MILESTONES)?.grid.values.length ?? 0;
  if (worthSearching(units * milestones)) readUnitRows(wb, PROGRESS, ids);
}
