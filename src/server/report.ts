// Menu Báo cáo tổng hợp (docs/workbook.md §7): the Summary and Progress matrix sheets, rebuilt from scratch as
// of today. The figures come from the core's summary with each row's deadline as the Progress sheet holds it
// (the date users see and the Standing formula uses), so the report reads neither Cut-offs nor Holidays; the
// layout is core's too (src/core/report-layout.ts). Each sheet's grid of values, colours, number formats and
// weights is written at once; the two charts are replaced.
import { buildMatrix } from '../core/report-matrix';
import { buildReport, type ChartPlan, type ReportGrid } from '../core/report-layout';
import { flaggedEdits } from '../core/flagged-edits';
import { EMULATION, MILESTONES, PROGRESS, SETTINGS, TARGETS, UNITS, type Lang, type SheetDef } from '../core/schema';
import { ISSUES, MATRIX, SUMMARY } from '../core/record-sheets';
import { summarise } from '../core/summary';
import { toSpecJson, type SpecSummaryJson } from '../core/summary-json';
import type { Summary } from '../core/summary-model';
import { runMenuAction } from './action';
import { alert, MENU, say, toast, UI } from './texts';
import { userLang as uiLang } from './session';
import { Workbook, type Sheet } from './workbook';
import { ensureColumns, ensureRows } from './write';

type Range = GoogleAppsScript.Spreadsheet.Range;

export function menuReport(): void {
  runMenuAction(() => {
    const ui = uiLang();
    const book = Workbook.open();
    const written = writeReport(book);
    if (!written) {
      alert(say(UI.reportNoUnits, ui), ui);
      return;
    }
    // A sheet just inserted is already the active one (Spreadsheet.insertSheet: "The new sheet becomes the
    // active sheet").
    if (!written.created) written.summary.activate();
    toast(say(UI.reportDone(written.name, written.matrixName), ui), ui, 8, book.ss);
  });
}

/** The `summary` object of the headless JSON (docs/workbook.md §10) of the workbook as it is now. */
export function reportSummary_(): SpecSummaryJson {
  return toSpecJson(reportFigures(Workbook.open()));
}

/** The sheets the report reads: deadlines come from the Progress sheet, so not Cut-offs or Holidays. */
const REPORTED: readonly SheetDef[] = [UNITS, MILESTONES, TARGETS, SETTINGS, PROGRESS, EMULATION];

/**
 * The report's figures as of today, with each row's deadline from the Progress sheet, and the rows the Data
 * issues sheet lists as edited without permission on the to-verify list.
 */
export function reportFigures(book: Workbook): Summary {
  const analysis = book.analyse({ sheets: REPORTED });
  const flagged = flaggedEdits(book.read(ISSUES)?.grid, book.read(PROGRESS)?.grid);
  return summarise(analysis, book.today(), { deadlines: 'sheet', flaggedEdits: flagged });
}

/**
 * Writes the Summary and Progress matrix sheets and returns them; null, writing nothing, when there is no unit
 * to report on (a workbook not set up or not filled in yet).
 */
export function writeReport(
  book: Workbook,
): { summary: Sheet; name: string; matrixName: string; created: boolean } | null {
  const summary = reportFigures(book);
  if (!summary.byType.length) return null;
  const lang = summary.lang;
  const matrix = book.ensure(MATRIX, lang);
  const matrixName = book.find(MATRIX)?.name ?? MATRIX[lang];
  writeGrid(matrix.sheet, buildMatrix(summary, lang), matrix.created);
  const grid = buildReport(summary, lang, (day) => book.dateOf(day), matrixName, MENU.refresh);
  const { sheet, created } = book.ensure(SUMMARY, lang);
  const ranges = writeGrid(sheet, grid, created);
  replaceCharts(sheet, grid.charts, lang, created, ranges);
  book.flushProperties();
  return { summary: sheet, name: book.find(SUMMARY)?.name ?? SUMMARY[lang], matrixName, created };
}

/**
 * Writes the grid: values, formats, colours, weights, wrapping and column widths (a new sheet has nothing to
 * clear). Returns the charts' ranges, got with the grid's own range in one RangeList.
 */
function writeGrid(sheet: Sheet, grid: ReportGrid, created: boolean): Map<string, Range> {
  const { rows, width } = grid;
  const full = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? { value: '' }));
  if (!created) {
    // clear() keeps cell notes in Google; the report writes none, so any note left would describe another cell.
    sheet.clear();
    sheet.clearNotes();
  }
  if (created) sheet.insertRowsAfter(1, full.length);
  else ensureRows(sheet, full.length);
  if (!created || width > 26) ensureColumns(sheet, width);
  const charts = grid.charts.map((c) => c.range);
  const whole = `A1:${columnName(width)}${full.length}`;
  const got = charts.length ? sheet.getRangeList([whole, ...charts]).getRanges() : [sheet.getRange(whole)];
  const range = got[0] as Range;
  // Formats first: text cells are plain text before the values arrive.
  range.setNumberFormats(full.map((r) => r.map((c) => c.format ?? 'General')));
  range.setValues(full.map((r) => r.map((c) => c.value ?? '')));
  range.setBackgrounds(full.map((r) => r.map((c) => c.background ?? null)));
  range.setFontWeights(full.map((r) => r.map((c) => (c.bold ? 'bold' : 'normal'))));
  if (full.some((r) => r.some((c) => c.wrap))) range.setWraps(full.map((r) => r.map((c) => c.wrap === true)));
  if (created || sheet.getColumnWidth(2) !== grid.columnWidths[1]) setColumnWidths(sheet, grid.columnWidths);
  return new Map(charts.map((a1, i) => [a1, got[i + 1] as Range]));
}

/**
 * Column widths in runs of equal width, one call per run: on a new sheet, or when column B is not as the
 * layout sets it (a sheet from an older layout); a user's other adjustments are then left alone.
 */
function setColumnWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i < widths.length && widths[i] === widths[start]) continue;
    sheet.setColumnWidths(start + 1, i - start, widths[start] as number);
    start = i;
  }
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
function columnName(column: number): string {
  let n = column;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * The charts, in place of the sheet's previous ones: an existing chart is modified and updated (two calls), a
 * missing one made (two calls), one left over removed. Each sits in the empty rows below the table it plots.
 */
function replaceCharts(
  sheet: Sheet,
  plans: readonly ChartPlan[],
  lang: Lang,
  created: boolean,
  ranges: Map<string, Range>,
): void {
  const existing = created ? [] : sheet.getCharts();
  plans.forEach((plan, i) => {
    const old = existing[i];
    const base = old ? old.modify().clearRanges() : sheet.newChart();
    const typed = plan.kind === 'column' ? base.asColumnChart() : base.asBarChart();
    let builder = typed
      .addRange(ranges.get(plan.range) ?? sheet.getRange(plan.range))
      .setNumHeaders(1)
      .setOption('title', plan.title[lang])
      .setPosition(plan.row, plan.column, 0, 0);
    if (plan.percent) builder = builder.setOption('hAxis.format', 'percent');
    const chart = builder.build();
    if (old) sheet.updateChart(chart);
    else sheet.insertChart(chart);
  });
  for (const extra of existing.slice(plans.length)) sheet.removeChart(extra);
}
