// Writing a refresh plan to its sheet: the changed spans, the header cells a sheet lacks, the appended rows
// (plain-text and date formats first) and a sheet created whole. A constant number of calls at any size.
import { columnHelp } from '../core/help';
import { columnLetter } from '../core/formulas';
import type { RefreshPlan } from '../core/refresh-plan';
import type { Lang, SheetDef } from '../core/schema';
import { NOTE_MARK } from './edit-flags';
import { writeNewSheet, type FormatTarget } from './formats';
import type { Sheet, Workbook } from './workbook';
import { cellValue, columnA1, DATE_FORMAT, ensureColumns, formatRanges, TEXT_FORMAT } from './write';

/**
 * The planned spans, each column's in one write. The spans of text columns become plain text first (one call
 * for all), so a name like '=IMPORTXML(…)' stays text even after someone cleared the sheet's formatting.
 */
export function writeSpans(book: Workbook, sheet: Sheet, plan: RefreshPlan, clearFlags = false): void {
  const textColumns = new Set(TEXT_KEYS.map((k) => plan.columns[k]).filter((c): c is number => c !== undefined));
  const textSpans = plan.writes
    .filter((w) => textColumns.has(w.column))
    .map((w) => columnA1(w.column, w.firstRow + 1, w.firstRow + w.cells.length));
  formatRanges(sheet, textSpans, TEXT_FORMAT);
  for (const w of plan.writes) {
    const range = sheet.getRange(w.firstRow + 1, w.column + 1, w.cells.length, 1);
    const notes = clearFlags ? range.getNotes() : null;
    range.setValues(w.cells.map((c) => [cellValue(c, book)]));
    // A cell typed over and restored now loses the flag that said it would be (typed-over.ts); users' notes stay.
    if (notes?.some((line) => String(line[0] ?? '').startsWith(NOTE_MARK)))
      range.setNotes(notes.map((line) => [String(line[0] ?? '').startsWith(NOTE_MARK) ? '' : String(line[0] ?? '')]));
  }
}

const NEW_SHEET_SPARE_ROWS = 200;
/** The rows of a sheet Sheets inserts (insertSheet: 1,000 rows, 26 columns). */
const NEW_SHEET_ROWS = 1000;

/** The size a created sheet is left with, and the ranges the caller asked for as it was written (by A1). */
export interface CreatedSheet {
  added: number;
  maxRows: number;
  maxColumns: number;
  ranges: ReadonlyMap<string, GoogleAppsScript.Spreadsheet.Range>;
}

/**
 * A sheet this run created: header (with help on the columns people fill in) and rows in one write each.
 * `alsoA1s` names ranges the caller needs afterwards, given the sheet's size: they come with the write's own.
 */
export function writeCreatedSheet(
  book: Workbook,
  def: SheetDef,
  plan: RefreshPlan,
  target: FormatTarget,
  leftEmpty = false,
  alsoA1s: (size: { maxRows: number; maxColumns: number }) => string[] = () => [],
): CreatedSheet {
  const lang = target.lang;
  const rows = plan.append?.rows ?? [];
  // A new sheet has 26 columns; the schema's fit, but a wider plan gets its columns. Its rows: the rows it
  // needs (and 200 spare) are added below the first whatever it has, one call at any size.
  if (plan.width > 26) ensureColumns(target.sheet, plan.width);
  const lastRow = plan.headerRow + rows.length + 1 + NEW_SHEET_SPARE_ROWS;
  // A sheet left empty by a failed run may have had them added already: it ends with as many rows as a new one.
  const had = leftEmpty ? target.sheet.getMaxRows() : NEW_SHEET_ROWS;
  const missing = NEW_SHEET_ROWS + lastRow - 1 - had;
  if (missing > 0) target.sheet.insertRowsAfter(1, missing);
  // A new sheet has 26 columns, or as many as the plan made it.
  const size = { maxRows: had + Math.max(0, missing), maxColumns: Math.max(26, plan.width) };
  const keyAt = new Map(Object.entries(plan.columns).map(([key, c]) => [c, key]));
  const header = Array.from(
    { length: plan.width },
    (_, c) => def.columns.find((d) => d.key === keyAt.get(c))?.[lang] ?? '',
  );
  const notes = Array.from({ length: plan.width }, (_, c) => columnHelp(def.id, keyAt.get(c) ?? '', lang) ?? '');
  const lines = rows.map((line) => {
    const out = new Array<unknown>(plan.width);
    for (let c = 0; c < plan.width; c++) {
      const cell = line[c];
      out[c] = cell ? cellValue(cell, book) : '';
    }
    return out;
  });
  const ranges = writeNewSheet(book, target, [header, ...lines], notes, lastRow, alsoA1s(size));
  return { added: rows.length, ...size, ranges };
}

/** Writes the header cells the plan adds to an existing sheet; returns their range. */
export function writeHeader(
  sheet: Sheet,
  def: SheetDef,
  plan: RefreshPlan,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Range | undefined {
  if (!plan.header.length) return undefined;
  const first = Math.min(...plan.header.map((h) => h.column));
  const last = Math.max(...plan.header.map((h) => h.column));
  const labels: string[] = [];
  for (let c = first; c <= last; c += 1) {
    const h = plan.header.find((x) => x.column === c);
    const col = h ? def.columns.find((d) => d.key === h.key) : undefined;
    labels.push(col ? col[lang] : '');
  }
  // The sheet may have been narrowed.
  ensureColumns(sheet, last + 1);
  const range = sheet.getRange(plan.headerRow + 1, first + 1, 1, labels.length);
  range.setValues([labels]);
  return range;
}

/**
 * Contiguous runs of the columns Refresh writes in new rows (users' own columns in between are skipped unless
 * a restored row gives them a cell).
 */
function ownRuns(plan: RefreshPlan, restored: readonly number[] = []): [number, number][] {
  const cols = [...new Set([...Object.values(plan.columns), ...restored])].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

const TEXT_KEYS = ['unitId', 'unitName', 'unitType', 'milestoneId', 'task', 'targetId', 'target', 'measure'];

/** Appends the new rows; `formatFirst` when the column formats were not just applied over them. */
export function appendRows(
  book: Workbook,
  sheet: Sheet,
  plan: RefreshPlan,
  formatFirst: boolean,
  restored?: readonly number[],
): void {
  const block = plan.append;
  if (!block) return;
  const first = block.firstRow + 1;
  const last = first + block.rows.length - 1;
  // Plain-text format first, so '007' and '=1+1' are written as the text they are.
  if (formatFirst) formatNewRows(sheet, plan, first, last);
  for (const [from, to] of ownRuns(plan, restored)) {
    const rows = block.rows.map((line) => line.slice(from, to + 1).map((c) => cellValue(c, book)));
    sheet.getRange(first, from + 1, rows.length, to - from + 1).setValues(rows);
  }
}

function formatNewRows(sheet: Sheet, plan: RefreshPlan, first: number, last: number): void {
  const textCols = TEXT_KEYS.map((k) => plan.columns[k]).filter((c): c is number => c !== undefined);
  formatRanges(
    sheet,
    textCols.map((c) => `${columnLetter(c)}${first}:${columnLetter(c)}${last}`),
    TEXT_FORMAT,
  );
  const dateCols = ['deadline', 'dueDate'].map((k) => plan.columns[k]).filter((c): c is number => c !== undefined);
  formatRanges(
    sheet,
    dateCols.map((c) => `${columnLetter(c)}${first}:${columnLetter(c)}${last}`),
    DATE_FORMAT,
  );
}
