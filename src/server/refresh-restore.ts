// A key that comes back gets its archived users' cells (docs/workbook.md §9): before Refresh appends the new rows,
// the Archive's open lines for their keys are put into them; after the rows are written, one Audit log line per
// row restored, then the lines' Restored on date. A re-run after a failure in between finds the rows holding
// the lines' cells and finishes: the log line (written once) and the date.
import { planRestore, type Restore, type RestorePlan } from '../core/archive-restore';
import { asSheetText, auditValueText } from '../core/audit';
import { columnLetter } from '../core/formulas';
import type { CellWrite } from '../core/refresh-cells';
import type { RefreshPlan } from '../core/refresh-plan';
import { ARCHIVE } from '../core/record-sheets';
import type { SheetDef } from '../core/schema';
import { appendAudit, type AuditEntry } from './audit';
import type { ArchiveContext } from './refresh-archive';
import { DATE_FORMAT, ensureColumns, formatRanges, TEXT_FORMAT } from './write';

export interface Restoring {
  plan: RestorePlan;
  sheetName: string;
  /** Columns of the new rows that get a cell back (those people added are not written otherwise). */
  columns: number[];
}

/**
 * Puts the archived cells into the plan's new rows (their users' columns are blank there); `values` is the sheet
 * as read (its rows not orphaned are the rows it keeps). Null when nothing comes back.
 */
export function restoreIntoNewRows(
  ctx: ArchiveContext,
  def: SheetDef,
  sheetName: string,
  plan: RefreshPlan,
  values: readonly unknown[][],
): Restoring | null {
  const found = ctx.book.find(ARCHIVE);
  if (!found) return null;
  const read = ctx.book.read(ARCHIVE, true);
  if (!read || !read.grid.values.length) return null;
  const keysOf = (cell: (column: number) => unknown): Record<string, string> =>
    Object.fromEntries(ctx.keyColumns.map((k) => [k, String(cell(plan.columns[k] as number) ?? '').trim()]));
  const appended = plan.append?.rows ?? [];
  const restorePlan = planRestore({
    archive: read.grid,
    archiveFormulas: read.formulas,
    def,
    sheetName,
    header: values[plan.headerRow] ?? [],
    columns: plan.columns,
    keyColumns: ctx.keyColumns,
    returning: appended.map((line) =>
      keysOf((c) => {
        const cell = line[c];
        return cell?.kind === 'value' ? cell.value : '';
      }),
    ),
    present: keptRows(plan, values).map((r) => ({ keys: keysOf((c) => values[r]?.[c]), cells: values[r] ?? [] })),
  });
  if (!restorePlan) return null;
  const columns = new Set<number>();
  restorePlan.restores.forEach((restore, i) => {
    const line = appended[i];
    if (!restore || !line) return;
    for (const cell of restore.cells) {
      line[cell.column] = cellWrite(cell.value, cell.formula);
      columns.add(cell.column);
    }
  });
  return { plan: restorePlan, sheetName, columns: [...columns] };
}

/** What setValues writes back: the formula, a date as the date, text as text (never a formula). */
function cellWrite(value: unknown, formula: string): CellWrite {
  if (formula) return { kind: 'formula', formula };
  if (typeof value === 'string') return { kind: 'value', value: asSheetText(value) };
  if (typeof value === 'number') return { kind: 'value', value };
  return { kind: 'raw', value };
}

/** After the new rows are written: the Audit log lines, then the Archive lines' Restored on date. */
export function finishRestore(ctx: ArchiveContext, restoring: Restoring | null): void {
  if (!restoring) return;
  const { book, lang } = ctx;
  const { plan, sheetName } = restoring;
  const restored = plan.restores.filter((r): r is Restore => r !== null);
  const done = [...restored, ...plan.finished];
  if (!done.length) return;
  const archiveName = book.find(ARCHIVE)?.name ?? ARCHIVE[lang];
  const entries: AuditEntry[] = done.map((r) => ({
    time: ctx.now,
    user: ctx.user(),
    source: 'refresh',
    sheet: sheetName,
    key: ctx.keyColumns.map((k) => r.keys[k] ?? '').join(' / '),
    column: '',
    oldValue: `← ${archiveName}`,
    newValue: r.cells.map((c) => `${c.header}: ${c.formula || auditValueText(c.value, book.timeZone)}`).join('; '),
  }));
  // Rows finished for an interrupted run may have their line in the log already.
  appendAudit(book, entries, lang, { once: done.map((_, i) => i >= restored.length) });

  const archive = book.find(ARCHIVE)?.sheet;
  if (!archive) return;
  const column = columnLetter(plan.restoredOnColumn);
  if (plan.addHeader) {
    ensureColumns(archive, plan.restoredOnColumn + 1);
    const range = archive.getRange(plan.headerRow + 1, plan.restoredOnColumn + 1);
    range.setNumberFormat(TEXT_FORMAT);
    range.setValue(ARCHIVE.columns.find((c) => c.key === 'restoredOn')?.[lang] ?? '');
  }
  const cells = done.map((r) => `${column}${r.archiveRow + 1}`);
  formatRanges(archive, cells, DATE_FORMAT);
  archive.getRangeList(cells).setValue(book.dateOf(book.today()));
  book.forget(ARCHIVE);
}

/** The 0-based grid rows (as read) below the header that are not orphans (a blank-keyed row matches no line). */
function keptRows(plan: RefreshPlan, values: readonly unknown[][]): number[] {
  const orphans = new Set(plan.orphans.map((o) => o.row));
  const rows: number[] = [];
  for (let r = plan.headerRow + 1; r < values.length; r += 1) if (!orphans.has(r)) rows.push(r);
  return rows;
}
