// Refresh's orphans moved to the Archive (Lưu trữ) sheet: every cell of the row under its original header, with
// the date, the sheet it came from and why; then one Audit log line per row moved.
import { isLiveHeader, planArchive } from '../core/archive';
import { auditValueText } from '../core/audit';
import { columnLetter } from '../core/formulas';
import type { RefreshPlan } from '../core/refresh-plan';
import { ARCHIVE } from '../core/record-sheets';
import type { Lang } from '../core/schema';
import { appendAudit, type AuditEntry } from './audit';
import type { Workbook } from './workbook';
import { DATE_FORMAT, ensureColumns, ensureRows, formatRanges, TEXT_FORMAT } from './write';

/** What archiving needs to know of the run and of the sheet the rows come from. */
export interface ArchiveContext {
  book: Workbook;
  lang: Lang;
  user: () => string;
  now: Date;
  keyColumns: readonly string[];
  orphanReason: (keys: Record<string, string>) => { vi: string; en: string };
}

/**
 * Archives the orphaned rows (deduplicated by content against the lines not yet restored) and audits them; the
 * caller then deletes them, found by their key. Archive first, then delete: a re-run after a failure in between
 * archives nothing twice.
 */
export function archiveOrphans(
  ctx: ArchiveContext,
  sheetName: string,
  plan: RefreshPlan,
  values: unknown[][],
  formulas: string[][],
): number {
  const { book, lang } = ctx;
  const headerCells = values[plan.headerRow] ?? [];
  const archiveRead = book.read(ARCHIVE);
  const archivePlan = planArchive({
    existing: archiveRead?.grid ?? { name: ARCHIVE[lang], values: [] },
    lang,
    fromSheet: sheetName,
    header: headerCells,
    rows: plan.orphans.map((o) => ({
      values: values[o.row] ?? [],
      formulas: formulas[o.row] ?? [],
      reason: ctx.orphanReason(o.keys)[lang],
    })),
    archivedOn: book.today(),
  });

  if (archivePlan.rows.length || archivePlan.header.length) {
    const { sheet: archive, created } = archiveRead
      ? { sheet: archiveRead.sheet, created: false }
      : book.ensure(ARCHIVE, lang);
    ensureColumns(archive, archivePlan.width);
    if (archivePlan.header.length) {
      const first = Math.min(...archivePlan.header.map((h) => h.column));
      const last = Math.max(...archivePlan.header.map((h) => h.column));
      const labels: string[] = [];
      for (let c = first; c <= last; c += 1) labels.push(archivePlan.header.find((h) => h.column === c)?.text ?? '');
      const range = archive.getRange(archivePlan.headerRow + 1, first + 1, 1, labels.length);
      range.setNumberFormat(TEXT_FORMAT);
      range.setValues([labels]);
      if (created) {
        range.setFontWeight('bold');
        archive.setFrozenRows(archivePlan.headerRow + 1);
      }
    }
    if (archivePlan.rows.length) {
      const first = archivePlan.firstRow + 1;
      ensureRows(archive, first + archivePlan.rows.length - 1, 50);
      // Per column, runs of text cells become plain text before writing; the archived-on column is a date.
      const textRanges: string[] = [];
      const dateRanges: string[] = [];
      for (let c = 0; c < archivePlan.width; c += 1) {
        let runStart = -1;
        archivePlan.rows.forEach((line, i) => {
          const cell = line[c];
          const isText = cell?.kind === 'value' && typeof cell.value === 'string' && cell.value !== '';
          if (cell?.kind === 'date' && i === 0)
            dateRanges.push(`${columnLetter(c)}${first}:${columnLetter(c)}${first + archivePlan.rows.length - 1}`);
          if (isText && runStart < 0) runStart = i;
          if (!isText && runStart >= 0) {
            textRanges.push(`${columnLetter(c)}${first + runStart}:${columnLetter(c)}${first + i - 1}`);
            runStart = -1;
          }
        });
        if (runStart >= 0)
          textRanges.push(
            `${columnLetter(c)}${first + runStart}:${columnLetter(c)}${first + archivePlan.rows.length - 1}`,
          );
      }
      formatRanges(archive, textRanges, TEXT_FORMAT);
      formatRanges(archive, dateRanges, DATE_FORMAT);
      const rows = archivePlan.rows.map((line) =>
        line.map((cell) => (cell.kind === 'date' ? book.dateOf(cell.value as number) : cell.value)),
      );
      archive.getRange(first, 1, rows.length, archivePlan.width).setValues(rows);
    }
    book.forget(ARCHIVE);
  }

  // The audit says what moved, with the values the user had typed.
  const entries: AuditEntry[] = plan.orphans.map((o) => ({
    time: ctx.now,
    user: ctx.user(),
    source: 'refresh',
    sheet: sheetName,
    key: ctx.keyColumns.map((k) => o.keys[k] ?? '').join(' / '),
    column: '',
    oldValue: describeRow(headerCells, values[o.row] ?? [], formulas[o.row] ?? [], book.timeZone),
    newValue: `→ ${book.find(ARCHIVE)?.name ?? ARCHIVE[lang]}`,
  }));
  // A row archived again after its key came back is a new line; only a row found already archived (a re-run after
  // a failure before deleting it) may have its line in the log already.
  appendAudit(book, entries, lang, { once: archivePlan.wasArchived });
  return plan.orphans.length;
}

/** 'Header: value; …' of a row's typed cells (a user's formula as its text; blank and live cells left out). */
function describeRow(
  header: readonly unknown[],
  line: readonly unknown[],
  formulas: readonly string[],
  timeZone: string,
): string {
  const parts: string[] = [];
  line.forEach((v, i) => {
    const formula = formulas[i] ?? '';
    if (formula ? isLiveHeader(header[i]) : v === '' || v === null || v === undefined) return;
    const h = String(header[i] ?? '').trim() || columnLetter(i);
    parts.push(`${h}: ${formula || auditValueText(v, timeZone)}`);
  });
  return parts.join('; ');
}
