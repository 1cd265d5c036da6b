// Refreshing one generated sheet (docs/workbook.md §8): read it, plan against what is wanted, archive and delete the
// orphans, format, write the changed spans and append the new rows. People may insert, delete or sort rows
// meanwhile: under the lock the keys are read again right before rows are archived, deleted or written, and
// the sheet is planned again when they moved (§8.3).
import { typedOverMarked } from './typed-over';
import type { Analysis } from '../core/model';
import { openRanges } from '../core/protections';
import { keyOf, planRefresh, type RefreshPlan } from '../core/refresh-plan';
import type { Lang } from '../core/schema';
import { locateTable } from '../core/tables';
import { archiveOrphans, type ArchiveContext } from './refresh-archive';
import { finishRestore, restoreIntoNewRows } from './refresh-restore';
import { deleteByKey, keysNow, keysRead, sameKeys } from './refresh-rows';
import { standingCell, standingNotEvaluated, standingWritten, type NotEvaluated } from './refresh-check';
import type { SheetSpec } from './refresh-wanted';
import type { KnownTable } from './protections';
import { appendRows, writeCreatedSheet, writeHeader, writeSpans } from './refresh-write';
import { applyFormats } from './formats';
import { applyPercentFormats } from './percent-formats';
import { UI } from './texts';
import type { Sheet, Workbook } from './workbook';
import { cellValue, ensureRows } from './write';

export interface SheetOutcome {
  sheet: string;
  added: number;
  changedCells: number;
  archived: number;
  /** Why the sheet was left alone, in the workbook language; undefined when it was refreshed. */
  skipped?: string;
  /** A Standing cell written by this run that Google did not evaluate (an error value). */
  notEvaluated?: NotEvaluated;
  /** Where the table is once refreshed (undefined when the sheet was left alone), for its protection. */
  table?: KnownTable;
}

export interface RunContext {
  book: Workbook;
  analysis: Analysis;
  lang: Lang;
  /** The user's email, asked for only when something is audited. */
  user: () => string;
  now: Date;
}

export function refreshSheet(ctx: RunContext, spec: SheetSpec): SheetOutcome {
  const { book, lang } = ctx;
  const existing = book.find(spec.def);
  const name = existing?.name ?? spec.def[lang];
  const outcome: SheetOutcome = { sheet: name, added: 0, changedCells: 0, archived: 0 };
  if (spec.blocked) {
    // With no table to read from, a sheet that does not exist yet is not created either.
    outcome.skipped = spec.blocked[lang];
    return outcome;
  }

  const read = book.read(spec.def, true);
  let values: unknown[][] = read?.grid.values ?? [];
  let formulas: string[][] = read?.formulas ?? [];
  let headerRow = -1;
  let columns: Partial<Record<string, number>> = {};
  if (read && values.length) {
    const layout = locateTable(read.grid, spec.def);
    if (!layout) {
      outcome.skipped = UI.headerNotFound(name)[lang];
      return outcome;
    }
    headerRow = layout.headerRow;
    columns = layout.columns;
    // Without a key column every row would look new and be appended again; with rows above the header, the
    // rows up there would be (docs/workbook.md §6).
    const missingKey = spec.def.columns.find(
      (c) => spec.keyColumns.includes(c.key) && layout.columns[c.key] === undefined,
    );
    if (missingKey) {
      outcome.skipped = UI.keyColumnMissing(name, missingKey[lang])[lang];
      return outcome;
    }
    if ((ctx.analysis.inputs.rowsAboveHeader?.[spec.def.id] ?? 0) > 0) {
      outcome.skipped = UI.rowsAboveHeader(name)[lang];
      return outcome;
    }
  } else values = [];

  const planOf = (
    rows: unknown[][],
    rowFormulas: string[][],
    at: number,
    found: Partial<Record<string, number>>,
  ): RefreshPlan =>
    planRefresh({
      values: rows,
      formulas: rowFormulas,
      headerRow: at,
      columns: found,
      schemaColumns: spec.def.columns.map((c) => c.key),
      keyColumns: spec.keyColumns,
      ownedColumns: spec.ownedColumns,
      desired: spec.desired,
      toDay: (v) => book.dayOf(v),
      keepOrphans: spec.keepOrphans,
    });
  let plan = planOf(values, formulas, headerRow, columns);

  const made = read ? { sheet: read.sheet, created: false } : book.ensure(spec.def, lang);
  // A sheet with nothing in it (left so by a run that failed right after making it) is written as new.
  const { sheet } = made;
  const created = made.created || values.length === 0;
  const target = (headerRange?: GoogleAppsScript.Spreadsheet.Range) => ({
    def: spec.def,
    sheet,
    lang,
    warningDays: ctx.analysis.inputs.settings.warningDays,
    headerRow: plan.headerRow,
    columns: plan.columns,
    width: plan.width,
    created,
    headerRange,
    ...(spec.percentTargets ? { percentTargets: spec.percentTargets } : {}),
  });
  if (created) {
    const restoring = restoreIntoNewRows(archiveContext(ctx, spec), spec.def, name, plan, []);
    // The Standing cell read back and the ranges its protection leaves open come with the sheet's own ranges.
    const standing = standingCell(plan, true);
    const protecting = ctx.analysis.inputs.settings.protectSheets !== 'off';
    const written = writeCreatedSheet(book, spec.def, plan, target(), !made.created, (size) => [
      ...(standing ? [standing] : []),
      ...(protecting ? openRanges(spec.def, { headerRow: plan.headerRow, columns: plan.columns, ...size }) : []),
    ]);
    outcome.added = written.added;
    finishRestore(archiveContext(ctx, spec), restoring);
    readBack(sheet, plan, true, outcome, standing ? written.ranges.get(standing) : undefined);
    outcome.table = {
      headerRow: plan.headerRow,
      columns: plan.columns,
      maxRows: written.maxRows,
      maxColumns: written.maxColumns,
      ranges: written.ranges,
    };
    book.forget(spec.def);
    return outcome;
  }
  const headerRange = writeHeader(sheet, spec.def, plan, lang);

  // People may insert, delete or sort rows while this runs: under the lock, right before archiving, deleting
  // and writing, the keys are read again; what was planned is done only while every row is where it was read,
  // else the sheet is read and planned again (docs/workbook.md §8.3).
  const keyIndexes = (): number[] => spec.keyColumns.map((k) => plan.columns[k] as number);
  let deleted: ReadonlySet<number> = new Set();
  const replan = (): boolean => {
    book.forget(spec.def);
    const again = book.read(spec.def, true);
    const layout = again && again.grid.values.length ? locateTable(again.grid, spec.def) : null;
    if (!again || !layout) return false;
    values = again.grid.values;
    formulas = again.formulas;
    plan = planOf(values, formulas, layout.headerRow, layout.columns);
    deleted = new Set();
    return true;
  };
  const leftAlone = (why: { vi: string; en: string }): SheetOutcome => {
    outcome.skipped = why[lang];
    book.forget(spec.def);
    return outcome;
  };
  const stillAsRead = (): boolean =>
    sameKeys(keysNow(sheet, plan.headerRow, keyIndexes()), keysRead(values, plan.headerRow, keyIndexes(), deleted));
  for (let attempt = 0; plan.orphans.length && !deleted.size; attempt += 1) {
    if (attempt === MAX_ATTEMPTS) return leftAlone(UI.sheetKeptChanging);
    if (!stillAsRead()) {
      if (!replan()) return leftAlone(UI.headerNotFound(name));
      continue;
    }
    outcome.archived += archiveOrphans(archiveContext(ctx, spec), name, plan, values, formulas);
    const now = keysNow(sheet, plan.headerRow, keyIndexes());
    const planned = plan.orphans.map((o) => o.row);
    const removed = deleteByKey(
      sheet,
      plan.headerRow,
      now,
      plan.orphans.map((o) => keyOf(spec.keyColumns.map((k) => o.keys[k] ?? ''))),
    );
    // Deleted where planned: the plan's positions hold; else it is made again from the sheet as it is now.
    if (sameKeys(now, keysRead(values, plan.headerRow, keyIndexes())) && sameKeys(removed, planned))
      deleted = new Set(planned);
    else if (!replan()) return leftAlone(UI.headerNotFound(name));
  }

  const dataEnd = plan.append
    ? plan.append.firstRow + plan.append.rows.length
    : Math.max(values.length - plan.orphans.length, plan.headerRow + 1);
  // The sheet's size is asked for only when rows come or go (getRange beyond the last row fails).
  let maxRows: number | null =
    plan.append || plan.orphans.length ? ensureRows(sheet, dataEnd + 1, plan.append ? 200 : 0) : null;
  const { formatted } = applyFormats(
    book,
    target(headerRange && plan.header.length === plan.width ? headerRange : undefined),
    () => (maxRows ??= sheet.getMaxRows()),
    dataEnd + 1,
  );

  if ((plan.writes.length || plan.append) && !stillAsRead()) {
    if (!replan() || plan.orphans.length) return leftAlone(UI.sheetKeptChanging);
    if (plan.append) ensureRows(sheet, plan.append.firstRow + plan.append.rows.length + 1, 200);
  }
  // Keys that come back get what was archived for them (docs/workbook.md §9).
  const restoring = restoreIntoNewRows(archiveContext(ctx, spec), spec.def, name, plan, values);
  writeSpans(book, sheet, plan, typedOverMarked(book));
  outcome.changedCells = plan.changedCells;
  if (plan.append) {
    appendRows(book, sheet, plan, !formatted, restoring?.columns);
    outcome.added = plan.append.rows.length;
  }
  finishRestore(archiveContext(ctx, spec), restoring);
  if (spec.percentTargets) applyPercentFormats(book, target(), rowsNow(book, values, deleted, plan));
  readBack(sheet, plan, false, outcome);
  outcome.table = { headerRow: plan.headerRow, columns: plan.columns };
  book.forget(spec.def);
  return outcome;
}

/** The sheet's rows as this run leaves them: those read, less the rows deleted, and the rows appended. */
function rowsNow(book: Workbook, values: unknown[][], deleted: ReadonlySet<number>, plan: RefreshPlan): unknown[][] {
  const rows = values.filter((_, r) => !deleted.has(r));
  plan.append?.rows.forEach((line, i) => {
    rows[(plan.append?.firstRow ?? 0) + i] = line.map((c) => (c ? cellValue(c, book) : ''));
  });
  return rows;
}

/**
 * One Standing cell this run wrote, read back (through `range` when the run already holds it): an error value
 * is reported to the administrator.
 */
function readBack(
  sheet: Sheet,
  plan: RefreshPlan,
  created: boolean,
  outcome: SheetOutcome,
  range?: GoogleAppsScript.Spreadsheet.Range,
): void {
  const row = standingWritten(plan, created);
  if (row === null) return;
  const error = standingNotEvaluated(sheet, plan, row, range);
  if (error) outcome.notEvaluated = error;
}

/** Attempts at finding the rows where they were read before Refresh leaves a sheet for the next run. */
const MAX_ATTEMPTS = 3;

function archiveContext(ctx: RunContext, spec: SheetSpec): ArchiveContext {
  return {
    book: ctx.book,
    lang: ctx.lang,
    user: ctx.user,
    now: ctx.now,
    keyColumns: spec.keyColumns,
    orphanReason: spec.orphanReason,
  };
}
