// Writing on a user's behalf in as few calls as the layout allows: the cells of one row grouped into runs of
// adjacent columns (one setValues each) and deadline cells grouped into runs of adjacent rows.
import { dateFromDay } from '../../core/dates';
import type { Day, TableLayout } from '../../core/model';
import { COLUMN_FORMATS, GENERAL_FORMAT } from '../write';

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
 * Writes `cells` (column key → value) into 0-based grid row `r`: one getRange and setValues per run of adjacent
 * columns. A run holding text a user typed (a key of `plainText` with a non-blank string) first gets its number
 * formats (`formats`, default the column's), so Sheets stores the text exactly: never a formula, number or date.
 * Other runs keep their cells' formats (Refresh formats the date and date-time columns; labels from the fixed
 * lists and emails are read as the text they are). Cells not written — a live formula, a user's cell that did
 * not change — are never written again.
 */
export function writeRowCells(
  sheet: Sheet,
  layout: TableLayout,
  r: number,
  cells: Readonly<Record<string, unknown>>,
  formats: Readonly<Record<string, string>>,
  plainText: readonly string[],
): void {
  const byColumn = new Map<number, { key: string; value: unknown }>();
  for (const [key, value] of Object.entries(cells)) {
    const c = layout.columns[key];
    if (c !== undefined) byColumn.set(c, { key, value });
  }
  for (const run of runs([...byColumn.keys()].sort((a, b) => a - b))) {
    const range = sheet.getRange(r + 1, (run[0] as number) + 1, 1, run.length);
    const line = run.map((c) => byColumn.get(c) ?? { key: '', value: '' });
    if (line.some((x) => plainText.includes(x.key) && typeof x.value === 'string' && x.value !== '')) {
      range.setNumberFormats([line.map((x) => formats[x.key] ?? COLUMN_FORMATS[x.key] ?? GENERAL_FORMAT)]);
    }
    range.setValues([line.map((x) => x.value)]);
  }
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
