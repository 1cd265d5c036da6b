// After Refresh has written its formulas, one Standing cell is read back (docs/workbook.md §9): when Google did not
// evaluate it (an error value, e.g. from the spreadsheet's locale), the administrator is told, instead of being
// left with red error cells. One read, only when Standing formulas were written.
import { a1 } from '../core/tables';
import type { RefreshPlan } from '../core/refresh-plan';
import type { Sheet } from './workbook';

const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/;

export interface NotEvaluated {
  cell: string;
  value: string;
}

/** The first row (0-based) whose Standing formula this run wrote, or null when it wrote none. */
export function standingWritten(plan: RefreshPlan, created: boolean): number | null {
  const column = plan.columns.standing;
  if (column === undefined) return null;
  if (created) return plan.append?.rows.length ? plan.headerRow + 1 : null;
  const span = plan.writes.find((w) => w.column === column);
  if (span) return span.firstRow;
  return plan.append ? plan.append.firstRow : null;
}

/** The A1 of the Standing cell this run reads back, or null when it wrote none. */
export function standingCell(plan: RefreshPlan, created: boolean): string | null {
  const row = standingWritten(plan, created);
  return row === null ? null : a1(row, plan.columns.standing as number);
}

/**
 * Reads the Standing cell of a 0-based row back (through `range` when the caller holds that cell); the error
 * it shows, or null when it holds a value.
 */
export function standingNotEvaluated(
  sheet: Sheet,
  plan: RefreshPlan,
  row: number,
  range?: GoogleAppsScript.Spreadsheet.Range,
): NotEvaluated | null {
  const column = plan.columns.standing as number;
  const value: unknown = (range ?? sheet.getRange(row + 1, column + 1)).getValue();
  if (typeof value !== 'string' || !ERROR_VALUE.test(value.trim())) return null;
  return { cell: a1(row, column), value: value.trim() };
}
