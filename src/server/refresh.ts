// Menu Làm mới bảng theo dõi (docs/workbook.md §8): validate, then build or refresh the Progress and Emulation sheets.
// Rows stay where users put them; computed cells are updated in place and only where they changed; new
// (unit, milestone) and (unit, target) pairs are appended in one block; orphaned rows are archived whole
// (archive first, then delete, so a re-run after a failure in between archives nothing twice) and audited.
// Users' columns are never written.
import { pairKey, unreadableBases } from '../core/deadline-changes';
import { columnHelp } from '../core/help';
import { achievementFormula, columnLetter, ratingFormula, standingFormula, targetValueFormula } from '../core/formulas';
import type { Analysis, Target } from '../core/model';
import { keyOf, planRefresh, type CellSpec, type DesiredRow, type RefreshPlan } from '../core/refresh-plan';
import { EMULATION, PROGRESS, normalizeKey, type Lang, type SheetDef, type SheetId } from '../core/schema';
import { locateTable } from '../core/tables';
import { runMenuAction } from './action';
import { archiveOrphans, type ArchiveContext } from './refresh-archive';
import { deleteByKey, keysNow, keysRead, sameKeys } from './refresh-rows';
import { standingNotEvaluated, standingWritten, type NotEvaluated } from './refresh-check';
import { applyFormats, writeNewSheet, type FormatTarget } from './formats';
import { applyPercentFormats } from './percent-formats';
import { isPercentTarget } from '../shared/percent';
import { withDocumentLock } from './lock';
import { keepProtections } from './protections';
import { say, toast, UI } from './texts';
import { userEmail, userLang as uiLang } from './session';
import { countFindings, writeIssues } from './validate';
import { LANG_PROPERTY, Workbook, type Sheet } from './workbook';
import { cellValue, columnA1, DATE_FORMAT, ensureColumns, ensureRows, formatRanges, TEXT_FORMAT } from './write';

export interface SheetOutcome {
  sheet: string;
  added: number;
  changedCells: number;
  archived: number;
  /** Why the sheet was left alone, in the workbook language; undefined when it was refreshed. */
  skipped?: string;
  /** A Standing cell written by this run that Google did not evaluate (an error value). */
  notEvaluated?: NotEvaluated;
}

export interface RefreshOutcome {
  lang: Lang;
  errors: number;
  warnings: number;
  sheets: SheetOutcome[];
}

export function menuRefresh(): void {
  runMenuAction(() => {
    const ui = uiLang();
    const book = Workbook.open();
    const outcome = withDocumentLock(() => refreshWorkbook(book), { toEnd: true });
    const added = outcome.sheets.reduce((n, s) => n + s.added, 0);
    const changed = outcome.sheets.reduce((n, s) => n + s.changedCells, 0);
    const archived = outcome.sheets.reduce((n, s) => n + s.archived, 0);
    const lines = [
      added + changed + archived === 0 ? say(UI.nothingChanged, ui) : say(UI.refreshed(added, changed, archived), ui),
      ...outcome.sheets.filter((s) => s.skipped).map((s) => say(UI.skipped(s.sheet, s.skipped ?? ''), ui)),
      ...outcome.sheets
        .map(
          (s) => s.notEvaluated && say(UI.standingNotEvaluated(s.sheet, s.notEvaluated.cell, s.notEvaluated.value), ui),
        )
        .filter((l): l is string => !!l),
      say(UI.findings(outcome.errors, outcome.warnings), ui),
    ];
    toast(lines.join(' '), ui, 10, book.ss);
  });
}

/** Validate and refresh both generated sheets. The caller holds the document lock. */
export function refreshWorkbook(book: Workbook): RefreshOutcome {
  const analysis = book.analyse({ formulas: true });
  const lang = analysis.lang;
  if (!book.langProperty()) book.setProperties({ [LANG_PROPERTY]: lang }, true);
  writeIssues(book, analysis, true);
  let user: string | null = null;
  const context: RunContext = {
    book,
    analysis,
    lang,
    user: () => (user ??= userEmail()),
    now: new Date(),
  };
  const sheets = [refreshSheet(context, progressSpec(analysis)), refreshSheet(context, emulationSpec(analysis))];
  keepProtections(book, analysis.inputs.settings, lang); // Settings' Protect sheets (docs/workbook.md §9)
  book.flushProperties();
  const counts = countFindings(analysis.findings);
  return { lang, ...counts, sheets };
}

interface RunContext {
  book: Workbook;
  analysis: Analysis;
  lang: Lang;
  /** The user's email, asked for only when something is audited. */
  user: () => string;
  now: Date;
}

interface SheetSpec {
  def: SheetDef;
  keyColumns: string[];
  ownedColumns: string[];
  desired: DesiredRow[];
  /** Set when the inputs this sheet is built from cannot be read: the sheet is then left alone. */
  blocked?: { vi: string; en: string };
  /** Set while an input sheet has data rows above its header: rows no longer wanted are kept, not archived. */
  keepOrphans: boolean;
  orphanReason: (keys: Record<string, string>) => { vi: string; en: string };
  /** Emulation: the percentage targets, whose figures show as percentages. */
  percentTargets?: ReadonlySet<string>;
}

const REASONS = {
  unitGone: { vi: 'Đơn vị không còn trong trang Đơn vị', en: 'The unit is no longer in Units' },
  milestoneGone: { vi: 'Mốc không còn trong trang Mốc công việc', en: 'The milestone is no longer in Milestones' },
  targetGone: { vi: 'Chỉ tiêu không còn trong trang Chỉ tiêu thi đua', en: 'The target is no longer in Targets' },
  notApplicable: { vi: 'Không còn áp dụng cho đơn vị này', en: 'No longer applies to this unit' },
};

function progressSpec(analysis: Analysis): SheetSpec {
  const { inputs } = analysis;
  const lang = analysis.lang;
  const w = inputs.settings.warningDays;
  const units = new Set(inputs.units.map((u) => normalizeKey(u.id)));
  const milestones = new Set(inputs.milestones.map((m) => normalizeKey(m.id)));
  // One builder shared by every row, so the planner can reuse the formula's text from row to row.
  const standing: CellSpec = {
    kind: 'formula',
    build: (row, cols) =>
      standingFormula(
        row,
        { deadline: cols.deadline as number, status: cols.status as number, completedOn: cols.completedOn as number },
        lang,
        w,
      ),
  };
  // A deadline counted from a date that is there but cannot be read (a typo in a planned congress date) is
  // left as the sheet has it until the date is fixed: a typo never wipes deadlines (docs/workbook.md §3).
  const kept = unreadableBases(analysis);
  const desired: DesiredRow[] = analysis.progress.map((p) => ({
    keys: { unitId: p.unitId, milestoneId: p.milestoneId },
    cells: {
      unitName: { kind: 'text', text: p.unitName },
      unitType: { kind: 'text', text: p.unitType },
      task: { kind: 'text', text: p.task },
      ...(kept.has(pairKey(p.unitId, p.milestoneId))
        ? {}
        : { deadline: { kind: 'date', day: p.deadline } as CellSpec }),
      standing,
    },
  }));
  return {
    def: PROGRESS,
    keyColumns: ['unitId', 'milestoneId'],
    ownedColumns: ['unitName', 'unitType', 'task', 'deadline', 'standing'],
    desired,
    blocked: blockedBy(analysis, ['units', 'milestones'], UI.needUnitsAndMilestones, ['cutoffs', 'holidays']),
    keepOrphans: rowsAbove(analysis, ['units', 'milestones', 'cutoffs', 'holidays']),
    orphanReason: (k) =>
      !units.has(normalizeKey(k.unitId ?? ''))
        ? REASONS.unitGone
        : !milestones.has(normalizeKey(k.milestoneId ?? ''))
          ? REASONS.milestoneGone
          : REASONS.notApplicable,
  };
}

function emulationSpec(analysis: Analysis): SheetSpec {
  const { inputs } = analysis;
  const lang = analysis.lang;
  const units = new Set(inputs.units.map((u) => normalizeKey(u.id)));
  const targets = new Map<string, Target>(inputs.targets.map((t) => [normalizeKey(t.id), t]));
  const cols = (c: Readonly<Record<string, number>>) => ({
    ownTarget: c.ownTarget as number,
    targetValue: c.targetValue as number,
    result: c.result as number,
  });
  const achievement: CellSpec = { kind: 'formula', build: (row, c) => achievementFormula(row, cols(c)) };
  // Builders shared by the rows of one target, so the planner can reuse the formula's text from row to row.
  const perTarget = new Map<string, { targetValue: CellSpec; rating: CellSpec }>();
  const liveCells = (targetId: string): { targetValue: CellSpec; rating: CellSpec } => {
    const key = normalizeKey(targetId);
    let cells = perTarget.get(key);
    if (!cells) {
      const target = targets.get(key);
      const value = target ? target.value : null;
      const direction = target?.direction ?? 'atLeast';
      cells = {
        targetValue: { kind: 'formula', build: (row, c) => targetValueFormula(row, cols(c), value) },
        rating: { kind: 'formula', build: (row, c) => ratingFormula(row, cols(c), direction, lang) },
      };
      perTarget.set(key, cells);
    }
    return cells;
  };
  const desired: DesiredRow[] = analysis.emulation.map((e) => {
    const live = liveCells(e.targetId);
    return {
      keys: { unitId: e.unitId, targetId: e.targetId },
      cells: {
        unitName: { kind: 'text', text: e.unitName },
        target: { kind: 'text', text: e.target },
        measure: { kind: 'text', text: e.measure },
        dueDate: { kind: 'date', day: e.dueDate },
        targetValue: live.targetValue,
        achievement,
        rating: live.rating,
      },
    };
  });
  return {
    def: EMULATION,
    keyColumns: ['unitId', 'targetId'],
    ownedColumns: ['unitName', 'target', 'measure', 'dueDate', 'targetValue', 'achievement', 'rating'],
    desired,
    blocked: blockedBy(analysis, ['units', 'targets'], UI.needUnitsAndTargets),
    percentTargets: new Set(
      inputs.targets
        .filter((t) => isPercentTarget({ measure: t.measure, targetValue: t.value, result: null }))
        .map((t) => normalizeKey(t.id)),
    ),
    keepOrphans: rowsAbove(analysis, ['units', 'targets']),
    orphanReason: (k) =>
      !units.has(normalizeKey(k.unitId ?? ''))
        ? REASONS.unitGone
        : !targets.has(normalizeKey(k.targetId ?? ''))
          ? REASONS.targetGone
          : REASONS.notApplicable,
  };
}

/**
 * A generated sheet is left alone when a table it is built from cannot be read (sheet or key header
 * missing) or there are no units at all: refreshing then would archive every row.
 */
function blockedBy(analysis: Analysis, sheets: SheetId[], why: { vi: string; en: string }, optional: SheetId[] = []) {
  if (sheets.some((s) => !analysis.inputs.layouts[s])) return why;
  if (analysis.inputs.units.length === 0) return UI.noUnits;
  // A required column that cannot be read would blank or archive what depends on it (docs/workbook.md §6).
  const unreadable = [...sheets, ...optional].filter((s) => analysis.inputs.unreadable?.[s]?.length);
  if (unreadable.length) return UI.columnsUnreadable(unreadable.map((s) => analysis.inputs.layouts[s]?.sheetName ?? s));
  return undefined;
}

/** True while one of the sheets has data rows above its header (E_ROWS_ABOVE_HEADER): nothing is archived. */
function rowsAbove(analysis: Analysis, sheets: SheetId[]): boolean {
  return sheets.some((s) => (analysis.inputs.rowsAboveHeader?.[s] ?? 0) > 0);
}

function refreshSheet(ctx: RunContext, spec: SheetSpec): SheetOutcome {
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

  const { sheet, created } = read ? { sheet: read.sheet, created: false } : book.ensure(spec.def, lang);
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
    outcome.added = writeCreatedSheet(ctx, spec, plan, target());
    readBack(sheet, plan, true, outcome);
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
  writeSpans(ctx, sheet, plan);
  outcome.changedCells = plan.changedCells;
  if (plan.append) {
    appendRows(ctx, sheet, plan, !formatted);
    outcome.added = plan.append.rows.length;
  }
  if (spec.percentTargets) applyPercentFormats(book, target(), rowsNow(ctx, values, deleted, plan));
  readBack(sheet, plan, false, outcome);
  book.forget(spec.def);
  return outcome;
}

/** The sheet's rows as this run leaves them: those read, less the rows deleted, and the rows appended. */
function rowsNow(ctx: RunContext, values: unknown[][], deleted: ReadonlySet<number>, plan: RefreshPlan): unknown[][] {
  const rows = values.filter((_, r) => !deleted.has(r));
  plan.append?.rows.forEach((line, i) => {
    rows[(plan.append?.firstRow ?? 0) + i] = line.map((c) => (c ? cellValue(c, ctx.book) : ''));
  });
  return rows;
}

/** One Standing cell this run wrote, read back: an error value is reported to the administrator. */
function readBack(sheet: Sheet, plan: RefreshPlan, created: boolean, outcome: SheetOutcome): void {
  const row = standingWritten(plan, created);
  if (row === null) return;
  const error = standingNotEvaluated(sheet, plan, row);
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

/**
 * The planned spans, each column's in one write. The spans of text columns become plain text first (one call
 * for all), so a name like '=IMPORTXML(…)' stays text even after someone cleared the sheet's formatting.
 */
function writeSpans(ctx: RunContext, sheet: Sheet, plan: RefreshPlan): void {
  const textColumns = new Set(TEXT_KEYS.map((k) => plan.columns[k]).filter((c): c is number => c !== undefined));
  const textSpans = plan.writes
    .filter((w) => textColumns.has(w.column))
    .map((w) => columnA1(w.column, w.firstRow + 1, w.firstRow + w.cells.length));
  formatRanges(sheet, textSpans, TEXT_FORMAT);
  for (const w of plan.writes) {
    sheet
      .getRange(w.firstRow + 1, w.column + 1, w.cells.length, 1)
      .setValues(w.cells.map((c) => [cellValue(c, ctx.book)]));
  }
}

const NEW_SHEET_SPARE_ROWS = 200;

/** A sheet this run created: header (with help on the columns people fill in) and rows in one write each. */
function writeCreatedSheet(ctx: RunContext, spec: SheetSpec, plan: RefreshPlan, target: FormatTarget): number {
  const { book, lang } = ctx;
  const rows = plan.append?.rows ?? [];
  // A new sheet has 26 columns; the schema's fit, but a wider plan gets its columns. Its rows: the rows it
  // needs (and 200 spare) are added below the first whatever it has, one call at any size.
  if (plan.width > 26) ensureColumns(target.sheet, plan.width);
  const lastRow = plan.headerRow + rows.length + 1 + NEW_SHEET_SPARE_ROWS;
  target.sheet.insertRowsAfter(1, lastRow - 1);
  const keyAt = new Map(Object.entries(plan.columns).map(([key, c]) => [c, key]));
  const header = Array.from(
    { length: plan.width },
    (_, c) => spec.def.columns.find((d) => d.key === keyAt.get(c))?.[lang] ?? '',
  );
  const notes = Array.from({ length: plan.width }, (_, c) => columnHelp(spec.def.id, keyAt.get(c) ?? '', lang) ?? '');
  const lines = rows.map((line) =>
    Array.from({ length: plan.width }, (_, c) => (line[c] ? cellValue(line[c], book) : '')),
  );
  writeNewSheet(book, target, [header, ...lines], notes, lastRow);
  return rows.length;
}

/** Writes the header cells the plan adds to an existing sheet; returns their range. */
function writeHeader(
  sheet: Sheet,
  def: SheetDef,
  plan: RefreshPlan,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Range | undefined {
  if (!plan.header.length) return undefined;
  const first = Math.min(...plan.header.map((h) => h.column));
  const last = Math.max(...plan.header.map((h) => h.column));
  const labels: string[] = [];
  for (let c = first; c <= last; c += 1) {
    const h = plan.header.find((x) => x.column === c);
    const col = h ? def.columns.find((d) => d.key === h.key) : undefined;
    labels.push(col ? col[lang] : '');
  }
  // The sheet may have been narrowed.
  ensureColumns(sheet, last + 1);
  const range = sheet.getRange(plan.headerRow + 1, first + 1, 1, labels.length);
  range.setValues([labels]);
  return range;
}

/** Contiguous runs of the columns Refresh writes in new rows (users' own columns in between are skipped). */
function ownRuns(plan: RefreshPlan): [number, number][] {
  const cols = [...new Set(Object.values(plan.columns))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

const TEXT_KEYS = ['unitId', 'unitName', 'unitType', 'milestoneId', 'task', 'targetId', 'target', 'measure'];

/** Appends the new rows; `formatFirst` when the column formats were not just applied over them. */
function appendRows(ctx: RunContext, sheet: Sheet, plan: RefreshPlan, formatFirst: boolean): void {
  const block = plan.append;
  if (!block) return;
  const first = block.firstRow + 1;
  const last = first + block.rows.length - 1;
  // Plain-text format first, so '007' and '=1+1' are written as the text they are.
  if (formatFirst) formatNewRows(sheet, plan, first, last);
  for (const [from, to] of ownRuns(plan)) {
    const rows = block.rows.map((line) => line.slice(from, to + 1).map((c) => cellValue(c, ctx.book)));
    sheet.getRange(first, from + 1, rows.length, to - from + 1).setValues(rows);
  }
}

function formatNewRows(sheet: Sheet, plan: RefreshPlan, first: number, last: number): void {
  const textCols = TEXT_KEYS.map((k) => plan.columns[k]).filter((c): c is number => c !== undefined);
  formatRanges(
    sheet,
    textCols.map((c) => `${columnLetter(c)}${first}:${columnLetter(c)}${last}`),
    TEXT_FORMAT,
  );
  const dateCols = ['deadline', 'dueDate'].map((k) => plan.columns[k]).filter((c): c is number => c !== undefined);
  formatRanges(
    sheet,
    dateCols.map((c) => `${columnLetter(c)}${first}:${columnLetter(c)}${last}`),
    DATE_FORMAT,
  );
}
