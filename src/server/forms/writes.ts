// Writing on a user's behalf in as few calls as the layout allows: the cells of one row grouped into runs of
// adjacent columns (one setValues each), deadline cells grouped into runs of adjacent rows, and the audit
// lines appended in one block.
import { auditHeader, auditRow, type AuditEntry } from '../../core/audit';
import { dateFromDay, isDate } from '../../core/dates';
import type { Day, TableLayout } from '../../core/model';
import { AUDIT, type Lang } from '../../core/schema';
import type { Workbook } from './workbook';

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

/** Writes `cells` (column key → value) into 0-based grid row `r`: one getRange/setValues per run of adjacent columns. */
export function writeRowCells(
  sheet: Sheet,
  layout: TableLayout,
  r: number,
  cells: Readonly<Record<string, unknown>>,
  formats: Readonly<Record<string, string>> = {},
): void {
  const byColumn = new Map<number, { value: unknown; format: string | undefined }>();
  for (const [key, value] of Object.entries(cells)) {
    const c = layout.columns[key];
    if (c !== undefined) byColumn.set(c, { value, format: formats[key] });
  }
  for (const run of runs([...byColumn.keys()].sort((a, b) => a - b))) {
    const first = run[0] as number;
    const range = sheet.getRange(r + 1, first + 1, 1, run.length);
    const cellsOfRun = run.map((c) => byColumn.get(c));
    // Text goes into plain-text ('@') cells, so Sheets stores it exactly (never a formula, number or date).
    if (cellsOfRun.every((x) => x?.format !== undefined)) range.setNumberFormats([cellsOfRun.map((x) => x?.format ?? '')]);
    range.setValues([cellsOfRun.map((x) => x?.value)]);
  }
}

export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';

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

/**
 * Appends the entries to the Audit log (Nhật ký), creating the sheet with its header when it is missing.
 * The log's columns are the schema's, in order: the add-on owns this sheet.
 */
export function appendAudit(wb: Workbook, lang: Lang, entries: readonly AuditEntry[]): void {
  if (entries.length === 0) return;
  let sheet = wb.sheet(AUDIT);
  if (!sheet) {
    sheet = wb.ss.insertSheet(AUDIT[lang]);
    sheet.getRange(1, 1, 1, AUDIT.columns.length).setValues([auditHeader(lang)]);
    sheet.setFrozenRows(1);
    wb.forget(AUDIT);
  }
  const hasDates = entries.some((e) => isDate(e.oldValue) || isDate(e.newValue));
  const zone = hasDates ? wb.timeZone : 'UTC';
  const rows = entries.map((e) => auditRow(e, lang, zone));
  // Plain-text cells keep the text exactly, so the apostrophe of asSheetText is not needed there.
  const plain = rows.map((row) => row.map((v, i) => (i !== 0 && i !== 2 && typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  const range = sheet.getRange(start, 1, rows.length, AUDIT.columns.length);
  range.setNumberFormats(plain.map(() => AUDIT.columns.map((_, i) => (i === 0 ? 'dd/mm/yyyy hh:mm:ss' : TEXT_FORMAT))));
  range.setValues(plain);
}
