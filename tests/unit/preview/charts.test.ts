// The preview's charts: a recorded EmbeddedChart read against its sheet (categories, series, position, size)
// and drawn as SVG nodes (columns, bars, pie slices, labels), all text kept as text.
import { chartView, type ChartView } from '../../../tools/preview/chart-view';
import { axisScale, chartSvg, fitText, PALETTE, type SvgNode } from '../../../tools/preview/page/chart-svg';
import type { ChartData } from '../../../tools/emulator/spreadsheet/model';

function all(n: SvgNode): SvgNode[] {
  return [n, ...(n.children ?? []).flatMap(all)];
}
const withClass = (n: SvgNode, cls: string): SvgNode[] => all(n).filter((x) => x.attrs['class'] === cls);
const texts = (n: SvgNode, cls: string): string[] => withClass(n, cls).map((x) => x.text ?? '');

// A sheet like the Summary's "by unit type" table at A3:C6 (header row 3), a chart anchored at B8.
const values: unknown[][] = [
  ['Report'],
  [],
  ['Type', 'Units', 'Held'],
  ['Đảng bộ cơ sở', 20, 9],
  ['Chi bộ cơ sở', 22, 11],
  ['Chi bộ trực thuộc', 78, 77],
];
const display = values.map((row) => row.map((v) => (v === undefined ? '' : String(v))));
const column: ChartData = {
  chartId: 7,
  type: 'COLUMN',
  ranges: [{ row: 3, column: 1, numRows: 4, numColumns: 3 }],
  position: { row: 8, column: 2, offsetX: 5, offsetY: 3 },
  options: { numHeaders: 1, title: 'Đại hội theo loại tổ chức' },
};

describe('chartView reads a recorded chart against the sheet', () => {
  test('first column categories, each further column a series named by the header row', () => {
    const view = chartView(column, values, display);
    expect(view.categories).toEqual(['Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Chi bộ trực thuộc']);
    expect(view.series.map((s) => s.name)).toEqual(['Units', 'Held']);
    expect(view.series[1]?.values).toEqual([9, 11, 77]);
    expect(view.series[1]?.labels).toEqual(['9', '11', '77']);
    expect(view.anchor).toEqual({ row: 8, column: 2, offsetX: 5, offsetY: 3 });
    expect(view.title).toBe('Đại hội theo loại tổ chức');
    expect(view.type).toBe('column');
    expect(view.percent).toBe(false);
  });

  test('Sheets’ default size (600 × 371) unless width and height options are set', () => {
    expect(chartView(column, values, display)).toMatchObject({ width: 600, height: 371 });
    const sized = { ...column, options: { ...column.options, width: 400, height: 250 } };
    expect(chartView(sized, values, display)).toMatchObject({ width: 400, height: 250 });
  });

  test('a blank or text cell is no value; a percent axis format is kept', () => {
    const grid = [
      ['Target', 'Rate'],
      ['CT01', 1.145],
      ['CT06', ''],
      ['CT07', 'n/a'],
    ];
    const view = chartView(
      {
        chartId: 1,
        type: 'BAR',
        ranges: [{ row: 1, column: 1, numRows: 4, numColumns: 2 }],
        position: { row: 1, column: 4, offsetX: 0, offsetY: 0 },
        options: { numHeaders: 1, 'hAxis.format': 'percent' },
      },
      grid,
      grid.map((r) => r.map(String)),
    );
    expect(view.series[0]?.values).toEqual([1.145, null, null]);
    expect(view.percent).toBe(true);
  });
});

describe('axisScale', () => {
  test.each([
    [77, 80, 20],
    [9, 10, 2],
    [1.67, 2, 0.5],
    [0.96, 1, 0.2],
    [250, 250, 50],
    [0, 1, 0.2],
  ])('max %p → top %p in steps of %p', (max, top, step) => {
    const scale = axisScale(max);
    expect(scale.top).toBeCloseTo(top, 9);
    expect(scale.step).toBeCloseTo(step, 9);
  });
});

describe('chartSvg draws', () => {
  const view = chartView(column, values, display);

  test('a column chart: one bar per category and series, heights in proportion, labels as given', () => {
    const svg = chartSvg(view);
    expect(svg.tag).toBe('svg');
    expect(svg.attrs).toMatchObject({ width: 600, height: 371, 'data-chart-type': 'column' });
    expect(texts(svg, 'chart-title')).toEqual(['Đại hội theo loại tổ chức']);
    expect(texts(svg, 'category')).toEqual(['Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Chi bộ trực thuộc']);
    expect(texts(svg, 'legend')).toEqual(['Units', 'Held']);
    const bars = withClass(svg, 'bar');
    expect(bars).toHaveLength(6);
    // Category by category, series by series: Units then Held, each in its own palette colour.
    expect(bars.map((b) => b.attrs['fill'])).toEqual([
      PALETTE[0],
      PALETTE[1],
      PALETTE[0],
      PALETTE[1],
      PALETTE[0],
      PALETTE[1],
    ]);
    const h = bars.map((b) => Number(b.attrs['height']));
    // Axis 0–80: 78 units is 78/80 of the plot's height, 9 held is 9/80 of it.
    expect(h[1]! / h[4]!).toBeCloseTo(9 / 78, 6);
    expect(h[5]! / h[4]!).toBeCloseTo(77 / 78, 6);
    expect(texts(svg, 'tick')).toEqual(['0', '20', '40', '60', '80']);
    expect(texts(svg, 'value')).toEqual(['20', '9', '22', '11', '78', '77']);
    expect(all(bars[3]!).find((n) => n.tag === 'title')?.text).toBe('Chi bộ cơ sở — Held: 11');
  });

  test('a bar chart: bars grow right from the labels, a percent axis', () => {
    const grid = [
      ['Target', 'Rate'],
      ['CT01', 1.145],
      ['CT02', 0.997],
      ['CT06', ''],
    ];
    const shown = [
      ['Target', 'Rate'],
      ['CT01', '114,5%'],
      ['CT02', '99,7%'],
      ['CT06', ''],
    ];
    const bar: ChartView = chartView(
      {
        chartId: 2,
        type: 'BAR',
        ranges: [{ row: 1, column: 1, numRows: 4, numColumns: 2 }],
        position: { row: 10, column: 2, offsetX: 0, offsetY: 0 },
        options: { numHeaders: 1, title: 'Tỷ lệ', 'hAxis.format': 'percent' },
      },
      grid,
      shown,
    );
    const svg = chartSvg(bar);
    const bars = withClass(svg, 'bar');
    expect(bars).toHaveLength(2); // CT06 has no value
    const x = bars.map((b) => Number(b.attrs['x']));
    expect(x[0]).toBe(x[1]);
    const w = bars.map((b) => Number(b.attrs['width']));
    expect(w[1]! / w[0]!).toBeCloseTo(0.997 / 1.145, 6);
    // 114,5 % / 5 steps = 22,9 % → steps of 25 % up to 125 %.
    expect(texts(svg, 'tick')).toEqual(['0%', '25%', '50%', '75%', '100%', '125%']);
    expect(texts(svg, 'value')).toEqual(['114,5%', '99,7%']);
    expect(texts(svg, 'category')).toEqual(['CT01', 'CT02', 'CT06']);
    expect(texts(svg, 'legend')).toEqual([]); // one series: no legend
  });

  test('a pie chart: one slice per positive value, shares in the legend', () => {
    const svg = chartSvg({ ...view, type: 'pie', series: [view.series[0]!] });
    expect(withClass(svg, 'slice')).toHaveLength(3);
    // 20, 22 and 78 of 120 units.
    expect(texts(svg, 'legend')).toEqual(['Đảng bộ cơ sở (16.7%)', 'Chi bộ cơ sở (18.3%)', 'Chi bộ trực thuộc (65%)']);
    const whole = chartSvg({
      ...view,
      type: 'pie',
      categories: ['Tất cả'],
      series: [{ name: 'n', values: [5], labels: ['5'] }],
    });
    expect(withClass(whole, 'slice').map((n) => n.tag)).toEqual(['circle']);
  });

  test('markup in a label stays text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const svg = chartSvg({ ...view, title: hostile, categories: [hostile, 'b', 'c'] });
    expect(texts(svg, 'chart-title')).toEqual([fitText(hostile, 568, 15)]);
    expect(all(svg).every((n) => /^[a-z]+$/.test(n.tag))).toBe(true);
  });

  test('long labels are cut with an ellipsis to fit', () => {
    expect(fitText('Xây dựng mô hình phòng, chống tội phạm', 110, 11)).toBe('Xây dựng mô hình…');
    expect(fitText('CT01', 110, 11)).toBe('CT01');
  });
});
