// The Summary sheet laid out as a grid in memory (docs/workbook.md §7), pure: the server writes it in a few
// calls. It reads as a report that prints on an A4 landscape page: eight columns about 1,000 px wide, the
// headline first (congresses held per unit type, overdue, missed targets, rows to verify), then the tables,
// each chart in rows left empty right below the table it illustrates. Completion counts are written as text
// ("23/24 (95,8%)") so a spreadsheet number format can never round 1999/2000 up to 100 %.
import { formatDay } from './dates';
import { formatNumber, formatPercent, formatProgress } from './format';
import type { Msg } from './messages';
import { REPORT as R } from './report-texts';
import { RATING, ROLLUP, STANDING } from './fixed-lists';
import type { Lang } from './schema';
import type { GroupFigures, Summary } from './summary-model';
import { achievementOf } from './rating';

export interface ReportCell {
  value: string | number | Date | null;
  format?: string;
  background?: string | null;
  bold?: boolean;
  wrap?: boolean;
}

export interface ChartPlan {
  kind: 'column' | 'bar';
  title: Msg;
  /** A1 range of the plotted table (header row included). */
  range: string;
  /** 1-based row and column of the chart's top-left corner. */
  row: number;
  column: number;
  /** Axis format of the values ('percent' for achievement). */
  percent: boolean;
}

export interface ReportGrid {
  rows: ReportCell[][];
  width: number;
  /** Column widths in pixels, from column A. */
  columnWidths: number[];
  charts: ChartPlan[];
}

export const SECTION_COLOR = '#cfe2f3';
export const HEADER_COLOR = '#d9d9d9';
export const TOTAL_COLOR = '#eeeeee';
export const REPORT_TEXT_FORMAT = '@';
export const REPORT_PERCENT_FORMAT = '0.0%';
/** Rows left empty below a table for its chart (Sheets' default chart is about 370 px high, 21 px a row). */
export const CHART_ROWS = 18;
/**
 * Eight columns, 1,000 px: what fits the width of an A4 landscape page. Column A holds unit codes and the
 * names of unit types and superiors (wrapped), B unit names, C tasks; the figures sit in D–H.
 */
export const SUMMARY_COLUMN_WIDTHS = [150, 170, 200, 96, 96, 96, 96, 96];

export function buildReport(
  s: Summary,
  lang: Lang,
  dateOf: (day: number) => Date,
  matrixSheet: string,
  refresh: Msg,
): ReportGrid {
  const rows: ReportCell[][] = [];
  const charts: ChartPlan[] = [];
  const text = (v: string, extra: Partial<ReportCell> = {}): ReportCell => ({
    value: v,
    format: REPORT_TEXT_FORMAT,
    ...extra,
  });
  const num = (v: number | null): ReportCell => ({
    value: v,
    format: v !== null && Number.isInteger(v) ? '#,##0' : '#,##0.##',
  });
  const date = (day: number, background?: string | null): ReportCell => ({
    value: dateOf(day),
    format: 'dd/mm/yyyy',
    ...(background ? { background } : {}),
  });
  const say = (m: Msg): string => m[lang];
  const head = (labels: Msg[]): ReportCell[] =>
    labels.map((l) => text(say(l), { bold: true, background: HEADER_COLOR, wrap: true }));
  const section = (label: Msg): void => {
    rows.push([]);
    rows.push([text(say(label), { bold: true, background: SECTION_COLOR })]);
  };
  const none = (): void => void rows.push([text(say(R.none))]);
  const chartBelow = (plan: Omit<ChartPlan, 'row' | 'column'>): void => {
    rows.push([]);
    charts.push({ ...plan, row: rows.length + 1, column: 2 });
    for (let i = 0; i < CHART_ROWS; i++) rows.push([]);
  };

  rows.push([text(say(R.title), { bold: true })]);
  const subtitle = [s.organisation, s.term ? say(R.term(s.term)) : '', say(R.asOf(formatDay(s.asOf, lang)))].filter(
    Boolean,
  );
  rows.push([text(subtitle.join(' · '))]);
  if (s.untracked) rows.push([text(say(R.untrackedNote(s.untracked, refresh, lang)), { bold: true })]);

  section(R.headline);
  for (const g of s.byType)
    rows.push([text(say(R.heldHeadline(g.type, formatProgress(g.congressHeld, g.units, lang))), { bold: true })]);
  rows.push([text(say(R.overdueHeadline(s.overdue.length, lang)))]);
  const missed = s.targets.reduce((n, t) => n + t.missed, 0);
  rows.push([text(say(R.missedHeadline(missed, lang)))]);
  rows.push([text(say(R.verifyHeadline(s.verify.length, lang)))]);
  rows.push([text(say(R.matrixNote(matrixSheet)))]);

  const groupCells = (g: GroupFigures): ReportCell[] => [
    num(g.units),
    num(g.congressHeld),
    text(g.units ? formatPercent(g.congressHeld / g.units, lang) : ''),
    num(g.done),
    num(g.doneLate),
    num(g.overdue),
    num(g.dueSoon),
  ];
  const groupHeader = [R.units, R.held, R.heldRate, R.done, R.doneLate, R.overdueCount, R.dueSoonCount];

  section(R.byType);
  if (s.byType.length) {
    rows.push(head([R.type, ...groupHeader]));
    const first = rows.length;
    for (const g of s.byType) rows.push([text(g.type, { wrap: true }), ...groupCells(g)]);
    const last = rows.length;
    const total = totals(s.byType);
    rows.push([text(say(R.total)), ...groupCells(total)].map((c) => ({ ...c, bold: true, background: TOTAL_COLOR })));
    chartBelow({ kind: 'column', title: R.chartCongress, range: `A${first}:C${last}`, percent: false });
  } else none();

  section(R.byParent);
  if (s.byParent.length) {
    rows.push(head([R.parent, ...groupHeader]));
    for (const g of s.byParent) rows.push([text(`${g.unitName} (${g.unitId})`, { wrap: true }), ...groupCells(g)]);
  } else none();

  section(R.overdue);
  if (s.overdue.length) {
    rows.push(head([R.unitId, R.unit, R.task, R.deadline, R.daysLate]));
    for (const o of s.overdue)
      rows.push([
        text(o.unitId),
        text(o.unitName, { wrap: true }),
        text(`${o.milestoneId}: ${o.task}`, { wrap: true }),
        date(o.deadline, STANDING.overdue.color),
        num(o.daysLate),
      ]);
  } else none();

  section(R.dueSoon(s.warningDays));
  if (s.dueSoon.length) {
    rows.push(head([R.unitId, R.unit, R.task, R.deadline, R.daysLeft]));
    for (const o of s.dueSoon)
      rows.push([
        text(o.unitId),
        text(o.unitName, { wrap: true }),
        text(`${o.milestoneId}: ${o.task}`, { wrap: true }),
        date(o.deadline, STANDING.dueSoon.color),
        num(o.daysLeft),
      ]);
  } else none();

  section(R.verify);
  if (s.verify.length) {
    rows.push(head([R.unitId, R.unit, R.task, R.reason]));
    for (const v of s.verify)
      rows.push([
        text(v.unitId),
        text(v.unitName, { wrap: true }),
        text(`${v.milestoneId}: ${v.task}`, { wrap: true }),
        text(say(R.verifyReason[v.code]), { wrap: true }),
      ]);
  } else none();

  section(R.targets);
  if (s.targets.length) {
    rows.push(head([R.targetId, R.target, R.achievement, R.resultVsTarget, R.reported, R.exceeded, R.met, R.missed]));
    const first = rows.length;
    for (const g of s.targets) {
      const suffix = say(g.rollup === 'average' ? R.averageSuffix : R.sumSuffix);
      const figure = (v: number | null): string =>
        v === null ? '—' : isPercent(g.measure) ? `${formatNumber(v * 100, lang, 1)}%` : formatNumber(v, lang);
      rows.push([
        text(g.targetId),
        text(g.name, { wrap: true }),
        { value: achievementOf(g.result, g.target), format: REPORT_PERCENT_FORMAT },
        text(`${figure(g.result)} / ${figure(g.target)} (${suffix})`),
        text(formatProgress(g.reported, g.rows, lang)),
        num(g.exceeded),
        num(g.met),
        num(g.missed),
      ]);
    }
    chartBelow({ kind: 'bar', title: R.chartTargets, range: `B${first}:C${rows.length}`, percent: true });
  } else none();

  section(R.notReported);
  const waiting = s.targets.filter((t) => t.notReported.length);
  if (waiting.length) {
    rows.push(head([R.targetId, R.target, R.unit]));
    for (const t of waiting)
      rows.push([
        text(t.targetId),
        text(t.name, { wrap: true }),
        text(t.notReported.map((u) => u.unitName).join(', '), { wrap: true }),
      ]);
  } else none();

  section(R.rollups);
  if (s.rollups.length) {
    rows.push(head([R.unitId, R.unit, R.targetId, R.result, R.targetValue, R.rating]));
    for (const r of s.rollups)
      rows.push([
        text(r.unitId),
        text(`${r.unitName} (${say(ROLLUP[r.rollup])})`),
        text(r.targetId),
        isPercent(r.measure) ? { value: r.result, format: REPORT_PERCENT_FORMAT } : num(r.result),
        isPercent(r.measure) ? { value: r.target, format: REPORT_PERCENT_FORMAT } : num(r.target),
        text(RATING[r.rating][lang], { background: RATING[r.rating].color }),
      ]);
  } else none();

  const width = Math.max(SUMMARY_COLUMN_WIDTHS.length, ...rows.map((r) => r.length));
  return { rows, width, columnWidths: SUMMARY_COLUMN_WIDTHS, charts };
}

/** A target measured in per cent: its results and values are ratios (0,9 is 90%). */
const isPercent = (measure: string): boolean => measure.trim() === '%';

function totals(groups: readonly GroupFigures[]): GroupFigures {
  const sum = (pick: (g: GroupFigures) => number): number => groups.reduce((a, g) => a + pick(g), 0);
  const first = groups[0] as GroupFigures;
  const standings = { ...first.standings };
  for (const key of Object.keys(standings) as (keyof typeof standings)[]) standings[key] = sum((g) => g.standings[key]);
  return {
    units: sum((g) => g.units),
    congressHeld: sum((g) => g.congressHeld),
    rows: sum((g) => g.rows),
    done: sum((g) => g.done),
    doneOnTime: sum((g) => g.doneOnTime),
    doneLate: sum((g) => g.doneLate),
    overdue: sum((g) => g.overdue),
    dueSoon: sum((g) => g.dueSoon),
    standings,
  };
}
