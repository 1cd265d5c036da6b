// The Audit log (docs/workbook.md §9): the one writer every action uses. It appends below the last row without
// reading the log: one line with appendRow, more with one setNumberFormats and one setValues after getLastRow;
// the cells of each line come from the core's builders (src/core/audit.ts). The log's columns are the
// schema's, in order: the add-on owns this sheet.
import { auditHeader, auditRow, type AuditEntry } from '../core/audit';
import { isDate } from '../core/dates';
import { AUDIT } from '../core/record-sheets';
import type { Lang } from '../core/schema';
import type { Workbook } from './workbook';
import { GENERAL_FORMAT, rangeGrowing, TEXT_FORMAT } from './write';

export type { AuditEntry } from '../core/audit';

export const AUDIT_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/**
 * A single line is appended with appendRow; more go in one block write (a failure between two appendRow
 * calls would leave half of them).
 */
const APPEND_ROW_LINES = 1;

/**
 * Appends entries to the Audit log. A log that is missing, or empty (say a failure came between creating it
 * and writing its header), gets its bold, frozen header in the same write as the lines, its formats set first;
 * the lines are the last write, so a failure before it leaves no line and one after it none missing. With
 * `once` (for every entry, or per entry), lines equal (but for time and user) to the log's last lines are not
 * written again: a re-run after a failure between logging and finishing (Refresh archiving rows) logs them
 * once. That costs one read of those last lines.
 */
export function appendAudit(
  book: Workbook,
  entries: readonly AuditEntry[],
  lang: Lang,
  options: { once?: boolean | readonly boolean[] } = {},
): void {
  if (entries.length === 0) return;
  const { sheet, created } = book.ensure(AUDIT, lang);
  // Dates in old/new values are written in the spreadsheet's zone; without any, the zone is not asked for.
  const zone = entries.some((e) => isDate(e.oldValue) || isDate(e.newValue)) ? book.timeZone : 'UTC';
  const rows = entries.map((e) => auditRow(e, lang, zone));
  const once = (i: number): boolean => (Array.isArray(options.once) ? options.once[i] === true : options.once === true);
  const single = rows.length <= APPEND_ROW_LINES && !rows.some((_, i) => once(i));
  // A log found by its remembered name has its header (see foundByMemory): no need to ask where it ends, so
  // `last` stands for "the header at least" (1).
  const last = created ? 0 : single && book.foundByMemory(AUDIT) ? 1 : sheet.getLastRow();
  if (last > 0 && single) {
    // One line after the header: appended where the log ends in one call, so an edit that runs without the
    // lock cannot write over a line another execution has just appended. The cells keep the apostrophe of
    // asSheetText (text stays text) and the time gets the spreadsheet's date-time format.
    for (const row of rows) sheet.appendRow(row);
    book.forget(AUDIT);
    return;
  }
  const width = AUDIT.columns.length;
  // Plain-text cells keep the text exactly, so the apostrophe of asSheetText is not needed there.
  let lines = rows.map((row) =>
    row.map((v, i) => (i !== 0 && typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  );
  if (last > 1 && lines.some((_, i) => once(i))) {
    const from = Math.max(2, last - lines.length + 1);
    const logged = new Set(
      sheet
        .getRange(from, 1, last - from + 1, width)
        .getValues()
        .map(lineKey),
    );
    lines = lines.filter((line, i) => !once(i) || !logged.has(lineKey(line)));
    if (lines.length === 0) return;
  }
  const formats = lines.map(() => AUDIT.columns.map((_, i) => (i === 0 ? AUDIT_TIME_FORMAT : TEXT_FORMAT)));
  if (last === 0) {
    const range = rangeGrowing(sheet, 1, lines.length + 1, width);
    range.setNumberFormats([AUDIT.columns.map(() => GENERAL_FORMAT), ...formats]);
    const weight = (w: GoogleAppsScript.Spreadsheet.FontWeight) => AUDIT.columns.map(() => w);
    range.setFontWeights([weight('bold'), ...lines.map(() => weight('normal'))]);
    sheet.setFrozenRows(1);
    range.setValues([auditHeader(lang), ...lines]);
  } else {
    const range = rangeGrowing(sheet, last + 1, lines.length, width);
    range.setNumberFormats(formats);
    range.setValues(lines);
  }
  book.forget(AUDIT);
}

/** A log line without its time and user (source, sheet, key, column, old and new value). */
function lineKey(line: readonly unknown[]): string {
  return JSON.stringify(line.slice(2).map((v) => String(v ?? '')));
}
