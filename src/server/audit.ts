// The Audit log (SPEC §9): appending entries in a constant number of calls, whatever their number. The
// cells of each line come from the core (src/core/audit.ts), so every writer logs the same way.
import { auditHeader, auditRow, type AuditEntry } from '../core/audit';
import { columnLetter } from '../core/formulas';
import { AUDIT, type Lang } from '../core/schema';
import { locateTable } from '../core/tables';
import type { Workbook } from './workbook';
import { ensureRows, formatRanges } from './write';

export type { AuditEntry } from '../core/audit';
export { auditValueText as auditText } from '../core/audit';

export const AUDIT_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/** The user's email for the log ('' when Apps Script withholds it). */
export function currentUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** Appends entries to the Audit log, creating the sheet with its header when absent. */
export function appendAudit(book: Workbook, entries: readonly AuditEntry[], lang: Lang): void {
  if (!entries.length) return;
  const { sheet, created } = book.ensure(AUDIT, lang);
  let nextRow = 2;
  let layout = null;
  if (created) {
    const header = auditHeader(lang);
    sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
    sheet.setFrozenRows(1);
  } else {
    const read = book.read(AUDIT);
    layout = read ? locateTable(read.grid, AUDIT) : null;
    nextRow = Math.max(read?.grid.values.length ?? 0, layout ? layout.headerRow + 1 : 0) + 1;
    book.forget(AUDIT);
  }
  const rows = entries.map((e) => auditRow(e, lang, book.timeZone, layout));
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  const last = nextRow + rows.length - 1;
  ensureRows(sheet, last, 100);
  const timeColumn = layout?.columns.time ?? 0;
  formatRanges(sheet, [`${columnLetter(timeColumn)}${nextRow}:${columnLetter(timeColumn)}${last}`], AUDIT_TIME_FORMAT);
  sheet.getRange(nextRow, 1, rows.length, width).setValues(rows);
}
