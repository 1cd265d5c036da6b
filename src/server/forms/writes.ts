// Writing on a user's behalf in as few calls as the layout allows: the cells of one row grouped into runs of
// adjacent columns (one setValues each) and deadline cells grouped into runs of adjacent rows.
import { dateFromDay } from '../../core/dates';
import type { Day, Grid, TableLayout } from '../../core/model';
import { COLUMN_FORMATS, GENERAL_FORMAT, TEXT_FORMAT } from '../write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Runs of consecutive integers: [3,4,5,9] → [[3,4,5],[9]]. */
export function runs(sorted: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === n - 1) last.push(n);
    else out.push([n]);
  }
  return out;
}

/**
 * Writes `cells` (column key → value) into 0-based grid row `r` in one setValues over the span from the first
 * to the last written column, so a row is never left half written. A cell in between that is not written
 * gets back what it holds: its formula (one getFormulas over the span, only when there is such a cell), else
 * its value as read in `grid`. Number formats are set for the span first: a written cell's from `formats`,
 * else its column's (COLUMN_FORMATS), else plain text for text (so it stays the exact text, never a formula,
 * number or date) and automatic for the rest; a number or date in a column the users added keeps its format
 * ('0000', a currency: one getNumberFormats, only when the span holds such a column).
 */
export function writeRowCells(
  sheet: Sheet,
  layout: TableLayout,
  grid: Grid,
  r: number,
  cells: Readonly<Record<string, unknown>>,
  formats: Readonly<Record<string, string>>,
): void {
  const keyAt = new Map<number, string>();
  for (const [key, c] of Object.entries(layout.columns)) if (c !== undefined) keyAt.set(c, key);
  const written = Object.keys(cells)
    .map((k) => layout.columns[k])
    .filter((c): c is number => c !== undefined);
  if (written.length === 0) return;
  const first = Math.min(...written);
  const width = Math.max(...written) - first + 1;
  const range = sheet.getRange(r + 1, first + 1, 1, width);
  const columns = Array.from({ length: width }, (_, i) => first + i);
  const isWritten = (c: number): boolean => {
    const key = keyAt.get(c);
    return key !== undefined && key in cells;
  };
  const formulas = columns.every(isWritten) ? [] : ((range.getFormulas()[0] ?? []) as string[]);
  // The users' own columns in the span (not the add-on's) keep their number formats ('0000', a currency).
  const own = (c: number): boolean => !keyAt.has(c);
  const ownFormats = columns.some(own) ? ((range.getNumberFormats()[0] ?? []) as string[]) : [];
  const values = columns.map((c, i) => {
    const key = keyAt.get(c);
    if (key !== undefined && key in cells) return cells[key];
    return formulas[i] || (grid.values[r]?.[c] ?? '');
  });
  const numberFormats = columns.map((c, i) => {
    const text = typeof values[i] === 'string' && values[i] !== '' && !formulas[i];
    if (own(c) && !text) return ownFormats[i] ?? GENERAL_FORMAT;
    const key = keyAt.get(c) ?? '';
    const given = isWritten(c) ? formats[key] : undefined;
    if (given) return given;
    if (COLUMN_FORMATS[key]) return COLUMN_FORMATS[key];
    return text ? TEXT_FORMAT : GENERAL_FORMAT;
  });
  range.setNumberFormats([numberFormats]);
  range.setValues([values]);
}

export { DATE_FORMAT, DATETIME_FORMAT, TEXT_FORMAT } from '../write';

/** Writes deadlines (0-based grid rows) in the Deadline column, one setValues per run of adjacent rows. */
export function writeDeadlines(
  sheet: Sheet,
  layout: TableLayout,
  changes: readonly { r: number; deadline: Day | null }[],
  timeZone: string,
): void {
  const col = layout.columns.deadline;
  if (col === undefined || changes.length === 0) return;
  const byRow = new Map(changes.map((c) => [c.r, c.deadline]));
  for (const run of runs([...byRow.keys()].sort((a, b) => a - b))) {
    const values = run.map((r) => {
      const d = byRow.get(r) ?? null;
      return [d === null ? '' : dateFromDay(d, timeZone)];
    });
    sheet.getRange((run[0] as number) + 1, col + 1, run.length, 1).setValues(values);
  }
}
