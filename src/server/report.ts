// Menu Báo cáo tổng hợp (SPEC §7): the Summary sheet, rebuilt from scratch as of today. The whole grid of
// values, colours, number formats and weights is built in memory and written at once; the two charts are
// replaced. The figures come from the core's summary (src/core/summary.ts), with each row's deadline as the
// Progress sheet holds it — the date users see and the Standing formula uses — so the report reads neither
// Cut-offs nor Holidays.
import { formatNumber, formatProgress } from '../core/format';
import { EMULATION, MILESTONES, PROGRESS, RATING, ROLLUP, SETTINGS, STANDING, SUMMARY, TARGETS, UNITS, type Lang, type SheetDef } from '../core/schema';
import { summarise, toSpecJson, type GroupFigures, type MatrixCell, type SpecSummaryJson, type Summary } from '../core/summary';
import { runMenuAction } from './action';
import { MENU, say, toast, UI, uiLang } from './texts';
import { Workbook, type Sheet } from './workbook';
import { columnLetter } from '../core/formulas';
import { DATE_FORMAT, ensureColumns, ensureRows, PERCENT_FORMAT, TEXT_FORMAT } from './write';

const SECTION_COLOR = '#cfe2f3';
const HEADER_COLOR = '#d9d9d9';
const TOTAL_COLOR = '#eeeeee';

type Text = { vi: string; en: string };
const t = (vi: string, en: string): Text => ({ vi, en });

const L = {
  title: t('BÁO CÁO TỔNG HỢP TIẾN ĐỘ CHUẨN BỊ ĐẠI HỘI VÀ THI ĐUA', 'SUMMARY REPORT: CONGRESS PREPARATION AND EMULATION'),
  organisation: t('Tổ chức', 'Organisation'),
  term: t('Nhiệm kỳ', 'Term'),
  asOf: t('Số liệu đến ngày', 'As of'),
  byType: t('1. Theo loại tổ chức', '1. By unit type'),
  byParent: t('2. Theo đơn vị cấp trên (các đơn vị trực thuộc trực tiếp)', '2. By parent unit (its direct subordinate units)'),
  overdue: t('3. Công việc quá hạn (trễ nhiều nhất trước)', '3. Overdue tasks (most late first)'),
  dueSoon: (w: number) => t(`4. Công việc sắp đến hạn (trong ${w} ngày tới)`, `4. Tasks due soon (within the next ${w} days)`),
  matrix: t('5. Tình trạng từng đơn vị theo mốc công việc', '5. Standing of each unit by milestone'),
  targets: t('6. Kết quả thực hiện chỉ tiêu thi đua', '6. Emulation targets'),
  rollups: t('7. Tổng hợp chỉ tiêu theo đơn vị cấp trên (gồm cả đơn vị trực thuộc)', '7. Targets rolled up per parent unit (with all its subordinate units)'),
  none: t('Không có.', 'None.'),
  untracked: t('Chưa theo dõi', 'Not tracked'),
  untrackedNote: (n: number, lang: Lang) =>
    t(
      `${formatNumber(n, lang)} công việc chưa có trong trang ${PROGRESS.vi} nên chưa được tính; hãy chạy ${MENU.refresh.vi}.`,
      `${formatNumber(n, lang)} ${n === 1 ? 'task is' : 'tasks are'} not on the ${PROGRESS.en} sheet yet and not counted; run ${MENU.refresh.en}.`,
    ),
  total: t('Tổng cộng', 'Total'),
  type: t('Loại tổ chức', 'Unit type'),
  parent: t('Đơn vị cấp trên', 'Parent unit'),
  units: t('Số đơn vị', 'Units'),
  held: t('Đã đại hội', 'Congresses held'),
  heldText: t('Đại hội (x/y)', 'Congresses (x/y)'),
  heldRate: t('Tỷ lệ đại hội', 'Congress rate'),
  done: t('Công việc hoàn thành', 'Tasks done'),
  doneLate: t('Trong đó trễ hạn', 'Of which late'),
  overdueCount: t('Quá hạn', 'Overdue'),
  dueSoonCount: t('Sắp đến hạn', 'Due soon'),
  unit: t('Đơn vị', 'Unit'),
  unitId: t('Mã đơn vị', 'Unit ID'),
  task: t('Công việc', 'Task'),
  deadline: t('Hạn', 'Deadline'),
  daysLate: t('Số ngày trễ', 'Days late'),
  daysLeft: t('Còn (ngày)', 'Days left'),
  targetId: t('Mã chỉ tiêu', 'Target ID'),
  target: t('Nội dung chỉ tiêu', 'Target'),
  achievement: t('Tỷ lệ thực hiện', 'Achievement'),
  measure: t('Đơn vị tính', 'Measure'),
  rows: t('Số đơn vị được giao', 'Units assigned'),
  reported: t('Đã báo cáo', 'Reported'),
  exceeded: t('Vượt', 'Exceeded'),
  met: t('Đạt', 'Met'),
  missed: t('Không đạt', 'Missed'),
  result: t('Tổng kết quả', 'Total result'),
  targetTotal: t('Tổng chỉ tiêu', 'Total target'),
  rollup: t('Cách tổng hợp', 'Roll-up'),
  rating: t('Đánh giá', 'Rating'),
  chartCongress: t('Đại hội theo loại tổ chức', 'Congresses by unit type'),
  chartTargets: t('Tỷ lệ thực hiện chỉ tiêu thi đua', 'Emulation target achievement'),
};

interface Cell {
  value: string | number | Date | null;
  format?: string;
  background?: string | null;
  bold?: boolean;
}

/** The report as a grid in memory, plus where the chart data sits. */
export interface ReportGrid {
  rows: Cell[][];
  width: number;
  /** 1-based rows of the by-type table (header + data rows), for the congress chart. */
  typeTable?: { first: number; last: number };
  /** 1-based rows of the targets table (header + data rows), for the achievement chart. */
  targetTable?: { first: number; last: number };
}

export function menuReport(): void {
  runMenuAction(() => {
    const ui = uiLang();
    const book = Workbook.open();
    const name = writeReport(book);
    toast(say(UI.reportDone(name), ui), ui, 6, book.ss);
  });
}

/** The SPEC §10 summary object of the workbook as it is now (for the command line and tests): the Summary's figures. */
export function reportSummary_(): SpecSummaryJson {
  return toSpecJson(reportFigures(Workbook.open()));
}

/** The sheets the report reads: deadlines come from the Progress sheet, so not Cut-offs or Holidays. */
const REPORTED: readonly SheetDef[] = [UNITS, MILESTONES, TARGETS, SETTINGS, PROGRESS, EMULATION];

/** The report's figures as of today, with each row's deadline from the Progress sheet. */
export function reportFigures(book: Workbook): Summary {
  return summarise(book.analyse({ sheets: REPORTED }), book.today(), { deadlines: 'sheet' });
}

/** Writes the Summary sheet; returns its name. */
export function writeReport(book: Workbook): string {
  const summary = reportFigures(book);
  const lang = summary.lang;
  const grid = buildReport(summary, lang, (day) => book.dateOf(day));
  const { sheet, created } = book.ensure(SUMMARY, lang);
  const ranges = writeGrid(sheet, grid, created);
  replaceCharts(sheet, grid, lang, created, ranges);
  book.flushProperties();
  return book.find(SUMMARY)?.name ?? SUMMARY[lang];
}

/** Lays the report out (pure: no service calls). */
export function buildReport(s: Summary, lang: Lang, dateOf: (day: number) => Date): ReportGrid {
  const rows: Cell[][] = [];
  const text = (v: string, extra: Partial<Cell> = {}): Cell => ({ value: v, format: TEXT_FORMAT, ...extra });
  const num = (v: number | null, extra: Partial<Cell> = {}): Cell => ({ value: v, format: v !== null && Number.isInteger(v) ? '#,##0' : '#,##0.##', ...extra });
  const pct = (v: number | null): Cell => ({ value: v, format: PERCENT_FORMAT });
  const date = (day: number): Cell => ({ value: dateOf(day), format: DATE_FORMAT });
  const head = (labels: Text[]): Cell[] => labels.map((l) => text(l[lang], { bold: true, background: HEADER_COLOR }));
  const section = (label: string): void => {
    rows.push([]);
    rows.push([text(label, { bold: true, background: SECTION_COLOR })]);
  };

  rows.push([text(L.title[lang], { bold: true })]);
  rows.push([text(L.organisation[lang], { bold: true }), text(s.organisation)]);
  rows.push([text(L.term[lang], { bold: true }), text(s.term)]);
  rows.push([text(L.asOf[lang], { bold: true }), date(s.asOf)]);
  if (s.untracked) rows.push([text(L.untracked[lang], { bold: true }), text(L.untrackedNote(s.untracked, lang)[lang])]);

  const groupCells = (g: GroupFigures): Cell[] => [
    num(g.units),
    num(g.congressHeld),
    text(formatProgress(g.congressHeld, g.units, lang)),
    pct(g.units ? g.congressHeld / g.units : null),
    num(g.done),
    num(g.doneLate),
    num(g.overdue),
    num(g.dueSoon),
  ];
  const groupHeader = [L.units, L.held, L.heldText, L.heldRate, L.done, L.doneLate, L.overdueCount, L.dueSoonCount];

  section(L.byType[lang]);
  const out: ReportGrid = { rows, width: 0 };
  if (s.byType.length) {
    rows.push(head([L.type, ...groupHeader]));
    const first = rows.length;
    for (const g of s.byType) rows.push([text(g.type), ...groupCells(g)]);
    out.typeTable = { first, last: rows.length };
    const total = s.byType.reduce(
      (a, g) => ({
        units: a.units + g.units,
        congressHeld: a.congressHeld + g.congressHeld,
        done: a.done + g.done,
        doneLate: a.doneLate + g.doneLate,
        overdue: a.overdue + g.overdue,
        dueSoon: a.dueSoon + g.dueSoon,
      }),
      { units: 0, congressHeld: 0, done: 0, doneLate: 0, overdue: 0, dueSoon: 0 },
    );
    rows.push([text(L.total[lang], { bold: true }), ...groupCells(total as GroupFigures)].map((c) => ({ ...c, bold: true, background: TOTAL_COLOR })));
  } else rows.push([text(L.none[lang])]);

  section(L.byParent[lang]);
  if (s.byParent.length) {
    rows.push(head([L.parent, ...groupHeader]));
    for (const g of s.byParent) rows.push([text(`${g.unitName} (${g.unitId})`), ...groupCells(g)]);
  } else rows.push([text(L.none[lang])]);

  const overdueColor = STANDING.overdue.color;
  section(L.overdue[lang]);
  if (s.overdue.length) {
    rows.push(head([L.unitId, L.unit, L.task, L.deadline, L.daysLate]));
    for (const o of s.overdue)
      rows.push([text(o.unitId), text(o.unitName), text(`${o.milestoneId}: ${o.task}`), { ...date(o.deadline), background: overdueColor }, num(o.daysLate)]);
  } else rows.push([text(L.none[lang])]);

  section(L.dueSoon(s.warningDays)[lang]);
  if (s.dueSoon.length) {
    rows.push(head([L.unitId, L.unit, L.task, L.deadline, L.daysLeft]));
    for (const o of s.dueSoon)
      rows.push([text(o.unitId), text(o.unitName), text(`${o.milestoneId}: ${o.task}`), { ...date(o.deadline), background: STANDING.dueSoon.color }, num(o.daysLeft)]);
  } else rows.push([text(L.none[lang])]);

  section(L.matrix[lang]);
  if (s.matrix.rows.length && s.matrix.milestones.length) {
    rows.push([...head([L.unitId, L.unit]), ...s.matrix.milestones.map((m) => text(m.id, { bold: true, background: HEADER_COLOR }))]);
    for (const r of s.matrix.rows) {
      rows.push([
        text(r.unitId),
        text(r.unitName),
        ...r.cells.map((st: MatrixCell | null) =>
          st === null ? text('') : st === 'untracked' ? text(L.untracked[lang]) : text(STANDING[st][lang], { background: STANDING[st].color }),
        ),
      ]);
    }
  } else rows.push([text(L.none[lang])]);

  section(L.targets[lang]);
  if (s.targets.length) {
    rows.push(head([L.targetId, L.target, L.achievement, L.measure, L.rows, L.reported, L.exceeded, L.met, L.missed, L.result, L.targetTotal]));
    const first = rows.length;
    for (const g of s.targets)
      rows.push([
        text(g.targetId),
        text(g.name),
        pct(g.target ? g.result / g.target : null),
        text(g.measure),
        num(g.rows),
        num(g.reported),
        num(g.exceeded),
        num(g.met),
        num(g.missed),
        num(g.result),
        num(g.target),
      ]);
    out.targetTable = { first, last: rows.length };
  } else rows.push([text(L.none[lang])]);

  section(L.rollups[lang]);
  if (s.rollups.length) {
    rows.push(head([L.unitId, L.unit, L.targetId, L.rollup, L.result, L.targetTotal, L.rating]));
    for (const r of s.rollups)
      rows.push([
        text(r.unitId),
        text(r.unitName),
        text(r.targetId),
        text(ROLLUP[r.rollup][lang]),
        num(r.result),
        num(r.target),
        text(RATING[r.rating][lang], { background: RATING[r.rating].color }),
      ]);
  } else rows.push([text(L.none[lang])]);

  out.width = Math.max(2, ...rows.map((r) => r.length));
  return out;
}

/** The A1 ranges the charts plot: the unit types' congresses, the targets' achievement. */
function chartRanges(grid: ReportGrid): { congress?: string; targets?: string } {
  return {
    ...(grid.typeTable ? { congress: `A${grid.typeTable.first}:C${grid.typeTable.last}` } : {}),
    ...(grid.targetTable ? { targets: `B${grid.targetTable.first}:C${grid.targetTable.last}` } : {}),
  };
}

/**
 * Writes the grid (a new sheet has nothing to clear and its 26 columns); returns the charts' ranges, got with
 * the grid's own range in one RangeList.
 */
function writeGrid(sheet: Sheet, grid: ReportGrid, created: boolean): Map<string, GoogleAppsScript.Spreadsheet.Range> {
  const { rows, width } = grid;
  const full = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? { value: '' }));
  if (!created) sheet.clear();
  // A new sheet gets the rows it needs below its first, one call at any size.
  if (created) sheet.insertRowsAfter(1, full.length);
  else ensureRows(sheet, full.length);
  if (!created || width > 26) ensureColumns(sheet, width);
  const charts = Object.values(chartRanges(grid));
  const got = charts.length ? sheet.getRangeList([`A1:${columnLetter(width - 1)}${full.length}`, ...charts]).getRanges() : [sheet.getRange(1, 1, full.length, width)];
  const range = got[0] as GoogleAppsScript.Spreadsheet.Range;
  // Formats first: text cells are plain text before the values arrive.
  range.setNumberFormats(full.map((r) => r.map((c) => c.format ?? 'General')));
  range.setValues(full.map((r) => r.map((c) => c.value ?? '')));
  range.setBackgrounds(full.map((r) => r.map((c) => c.background ?? null)));
  range.setFontWeights(full.map((r) => r.map((c) => (c.bold ? 'bold' : 'normal'))));
  return new Map(charts.map((a1, i) => [a1, got[i + 1] as GoogleAppsScript.Spreadsheet.Range]));
}

/**
 * The two charts, in place of the sheet's previous ones: an existing chart is modified and updated (two calls),
 * a missing one made (two calls), one left over removed. Leftover options are harmless: the congress chart's
 * horizontal axis is the unit types, which a number format does not touch.
 */
function replaceCharts(sheet: Sheet, grid: ReportGrid, lang: Lang, created: boolean, ranges: Map<string, GoogleAppsScript.Spreadsheet.Range>): void {
  const existing = created ? [] : sheet.getCharts();
  const anchorColumn = grid.width + 2;
  const { congress, targets } = chartRanges(grid);
  const range = (a1: string): GoogleAppsScript.Spreadsheet.Range => ranges.get(a1) ?? sheet.getRange(a1);
  const wanted: ((b: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, row: number) => GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder)[] = [];
  if (congress) {
    wanted.push((b, row) => b.asColumnChart().addRange(range(congress)).setNumHeaders(1).setOption('title', L.chartCongress[lang]).setPosition(row, anchorColumn, 0, 0));
  }
  if (targets) {
    wanted.push((b, row) =>
      b.asBarChart().addRange(range(targets)).setNumHeaders(1).setOption('title', L.chartTargets[lang]).setOption('hAxis.format', 'percent').setPosition(row, anchorColumn, 0, 0),
    );
  }
  wanted.forEach((build, i) => {
    const old = existing[i];
    const chart = build(old ? old.modify().clearRanges() : sheet.newChart(), 1 + 20 * i).build();
    if (old) sheet.updateChart(chart);
    else sheet.insertChart(chart);
  });
  for (const extra of existing.slice(wanted.length)) sheet.removeChart(extra);
}
