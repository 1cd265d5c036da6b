// Small batched writing helpers shared by the actions: each is a constant number of service calls.
import { columnLetter } from '../core/formulas';
import type { CellWrite } from '../core/refresh-cells';
import type { Sheet, Workbook } from './workbook';

export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const PERCENT_FORMAT = '0.0%';
export const TEXT_FORMAT = '@';
/** A cell left in Sheets' automatic format. */
export const GENERAL_FORMAT = 'General';

/**
 * The number format of each column of the generated sheets that has one: text that must stay text ('007',
 * '=1+1') for keys, names and labels; dates; the Updated at date-time; the achievement percentage. Refresh
 * applies these to whole columns; a form writing a row span gives its cells the same.
 */
export const COLUMN_FORMATS: Readonly<Record<string, string>> = {
  unitId: TEXT_FORMAT,
  unitName: TEXT_FORMAT,
  unitType: TEXT_FORMAT,
  milestoneId: TEXT_FORMAT,
  task: TEXT_FORMAT,
  targetId: TEXT_FORMAT,
  target: TEXT_FORMAT,
  measure: TEXT_FORMAT,
  deadline: DATE_FORMAT,
  completedOn: DATE_FORMAT,
  dueDate: DATE_FORMAT,
  updatedAt: DATETIME_FORMAT,
  achievement: PERCENT_FORMAT,
};

/** A1 of a column span from a 1-based row to a 1-based row. */
export function columnA1(column: number, fromRow: number, toRow: number): string {
  const c = columnLetter(column);
  return `${c}${fromRow}:${c}${toRow}`;
}

/** Sets one number format on many ranges at once (nothing when there are none). */
export function formatRanges(sheet: Sheet, a1s: readonly string[], format: string): void {
  if (!a1s.length) return;
  sheet.getRangeList([...a1s]).setNumberFormat(format);
}

/** Makes sure the sheet has at least `rows` rows (getRange beyond the last row fails). Returns the max rows. */
export function ensureRows(sheet: Sheet, rows: number, spare = 0): number {
  const max = sheet.getMaxRows();
  if (rows <= max) return max;
  const add = rows - max + spare;
  sheet.insertRowsAfter(max, add);
  return max + add;
}

/**
 * The range at a 1-based row, growing the sheet when it is too short: getRange is tried first (the common
 * case costs nothing more); when it fails, the sheet's size is asked for and, if rows are what is missing,
 * they are added and getRange is tried once more. Any other failure is the caller's.
 */
export function rangeGrowing(
  sheet: Sheet,
  row: number,
  rows: number,
  columns: number,
  spare = 100,
): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(row, 1, rows, columns);
  } catch (error) {
    const max = sheet.getMaxRows();
    if (row + rows - 1 <= max) throw error;
    sheet.insertRowsAfter(max, row + rows - 1 - max + spare);
    return sheet.getRange(row, 1, rows, columns);
  }
}

/** Makes sure the sheet has at least `columns` columns. */
export function ensureColumns(sheet: Sheet, columns: number): void {
  const max = sheet.getMaxColumns();
  if (columns > max) sheet.insertColumnsAfter(max, columns - max);
}

/** What setValues receives for one planned cell. */
export function cellValue(cell: CellWrite, book: Workbook): unknown {
  switch (cell.kind) {
    case 'formula':
      return cell.formula;
    case 'date':
      return cell.day === null ? '' : book.dateOf(cell.day);
    case 'value':
      return cell.value;
    case 'raw':
      return cell.value;
  }
}
