// The Audit log (SPEC §9): the one writer every action uses. It appends below the last row without reading
// the log (getLastRow, then one setNumberFormats and one setValues over the new lines); the cells of each line
// come from the core's builders (src/core/audit.ts). The log's columns are the schema's, in order: the add-on
// owns this sheet.
import { auditHeader, auditRow, type AuditEntry } from '../core/audit';
import { isDate } from '../core/dates';
import { AUDIT, type Lang } from '../core/schema';
import type { Workbook } from './workbook';
import { rangeGrowing, TEXT_FORMAT } from './write';

export type { AuditEntry } from '../core/audit';

export const AUDIT_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/** The user's email ('' when Apps Script withholds it). A failing service is not a missing email: it throws. */
export function currentUserEmail(): string {
  return (Session.getActiveUser().getEmail() || '').trim();
}

/**
 * Appends entries to the Audit log. A log that is missing, or empty (say a failure came between creating it
 * and writing its header), gets its bold, frozen header in the same write.
 */
export function appendAudit(book: Workbook, entries: readonly AuditEntry[], lang: Lang): void {
  if (entries.length === 0) return;
  const { sheet, created } = book.ensure(AUDIT, lang);
  const last = created ? 0 : sheet.getLastRow();
  // Dates in old/new values are written in the spreadsheet's zone; without any, the zone is not asked for.
  const zone = entries.some((e) => isDate(e.oldValue) || isDate(e.newValue)) ? book.timeZone : 'UTC';
  // Plain-text cells keep the text exactly, so the apostrophe of asSheetText is not needed there.
  const lines = entries.map((e) => auditRow(e, lang, zone).map((v, i) => (i !== 0 && typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
  const withHeader = last === 0;
  const block: unknown[][] = withHeader ? [auditHeader(lang), ...lines] : lines;
  const width = AUDIT.columns.length;
  const range = rangeGrowing(sheet, last + 1, block.length, width);
  range.setNumberFormats(block.map((_, r) => AUDIT.columns.map((__, i) => (i === 0 && !(withHeader && r === 0) ? AUDIT_TIME_FORMAT : TEXT_FORMAT))));
  range.setValues(block);
  if (withHeader) {
    range.setFontWeights(block.map((_, r) => AUDIT.columns.map(() => (r === 0 ? 'bold' : 'normal'))));
    sheet.setFrozenRows(1);
  }
  book.forget(AUDIT);
}
