// The charts of a sheet as the preview draws them: each recorded EmbeddedChart (type, source ranges, position,
// options; tools/emulator/spreadsheet/api/charts.ts) read against the sheet's values. With Sheets' default
// orientation the first column holds the categories and each further column is a series; the first
// `numHeaders` rows hold the series' names. The page draws the result (page/chart-svg.ts).
import type { ChartData } from '../emulator/spreadsheet/model';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** The values as the sheet shows them (number formats applied), for labels. */
  labels: string[];
}

export interface ChartView {
  id: number;
  /** Lower-case chart type as recorded: 'column', 'bar', 'pie', … */
  type: string;
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** The value axis is formatted as a percentage (option hAxis.format / vAxis.format 'percent'). */
  percent: boolean;
  /** 1-based anchor cell and pixel offsets from its top-left corner (ContainerInfo). */
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  colors?: string[];
}

/** Sheets' size for a chart inserted without width/height options, in pixels. */
export const DEFAULT_CHART_SIZE = { width: 600, height: 371 };

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function sizeOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback;
}

export function chartView(chart: ChartData, values: readonly unknown[][], display: readonly string[][]): ChartView {
  const range = chart.ranges[0];
  const headers = Math.max(0, Math.trunc(numberOf(chart.options['numHeaders']) ?? 1));
  const categories: string[] = [];
  const series: ChartSeries[] = [];
  if (range) {
    const cell = (r: number, c: number): { value: unknown; text: string } => ({
      value: values[range.row - 1 + r]?.[range.column - 1 + c] ?? '',
      text: display[range.row - 1 + r]?.[range.column - 1 + c] ?? '',
    });
    for (let c = 1; c < range.numColumns; c++)
      series.push({ name: headers > 0 ? cell(headers - 1, c).text : '', values: [], labels: [] });
    for (let r = headers; r < range.numRows; r++) {
      categories.push(cell(r, 0).text);
      series.forEach((s, i) => {
        const { value, text } = cell(r, i + 1);
        s.values.push(numberOf(value));
        s.labels.push(text);
      });
    }
  }
  const format = chart.options['hAxis.format'] ?? chart.options['vAxis.format'];
  const colors = chart.options['colors'];
  return {
    id: chart.chartId,
    type: chart.type.toLowerCase(),
    title: typeof chart.options['title'] === 'string' ? chart.options['title'] : '',
    categories,
    series,
    percent: format === 'percent',
    anchor: { ...chart.position },
    width: sizeOption(chart.options['width'], DEFAULT_CHART_SIZE.width),
    height: sizeOption(chart.options['height'], DEFAULT_CHART_SIZE.height),
    ...(Array.isArray(colors) ? { colors: colors.map(String) } : {}),
  };
}
