// Embedded charts: recorded (type, ranges, position, options), not drawn.
import type { ChartData } from '../model';
import type { SheetModel } from '../workbook';
import type { Ctx } from './context';
import { Range } from './range';

export class EmbeddedChart {
  _ctx: Ctx;
  _sheet: SheetModel;
  _data: ChartData;
  constructor(ctx: Ctx, sheet: SheetModel, data: ChartData) {
    this._ctx = ctx;
    this._sheet = sheet;
    this._data = data;
  }
  getChartId(): number {
    return this._data.chartId;
  }
  getId(): string {
    return 'chart' + this._data.chartId;
  }
  getRanges(): Range[] {
    return this._data.ranges.map((g) => new Range(this._ctx, this._sheet, g.row, g.column, g.numRows, g.numColumns));
  }
  getOptions(): { get(key: string): unknown } {
    const o = this._data.options;
    return { get: (key: string) => o[key] ?? null };
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const p = this._data.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._ctx, this._sheet, this._data);
  }
}

export class EmbeddedChartBuilder {
  _ctx: Ctx;
  _sheet: SheetModel;
  _data: ChartData;
  constructor(ctx: Ctx, sheet: SheetModel, from: ChartData | undefined) {
    this._ctx = ctx;
    this._sheet = sheet;
    this._data = from
      ? { ...from, ranges: from.ranges.slice(), options: { ...from.options }, position: { ...from.position } }
      : {
          chartId: ctx.wb.allocateChartId(),
          type: 'COLUMN',
          ranges: [],
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
          options: {},
        };
  }
  addRange(range: unknown): EmbeddedChartBuilder {
    this._data.ranges.push((range as Range)._grid());
    return this;
  }
  removeRange(range: unknown): EmbeddedChartBuilder {
    const g = (range as Range)._grid();
    this._data.ranges = this._data.ranges.filter(
      (r) => !(r.row === g.row && r.column === g.column && r.numRows === g.numRows && r.numColumns === g.numColumns),
    );
    return this;
  }
  clearRanges(): EmbeddedChartBuilder {
    this._data.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this._data.ranges.map((g) => new Range(this._ctx, this._sheet, g.row, g.column, g.numRows, g.numColumns));
  }
  setChartType(type: unknown): EmbeddedChartBuilder {
    this._data.type = String(type);
    return this;
  }
  getChartType(): string {
    return this._data.type;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): EmbeddedChartBuilder {
    this._data.position = { row, column, offsetX, offsetY };
    return this;
  }
  setOption(key: unknown, value: unknown): EmbeddedChartBuilder {
    this._data.options[String(key)] = value;
    return this;
  }
  setTitle(title: unknown): EmbeddedChartBuilder {
    return this.setOption('title', title);
  }
  setStacked(): EmbeddedChartBuilder {
    return this.setOption('isStacked', true);
  }
  setLegendPosition(p: unknown): EmbeddedChartBuilder {
    return this.setOption('legend.position', String(p));
  }
  setColors(colors: unknown): EmbeddedChartBuilder {
    return this.setOption('colors', colors);
  }
  setXAxisTitle(t: unknown): EmbeddedChartBuilder {
    return this.setOption('hAxis.title', t);
  }
  setYAxisTitle(t: unknown): EmbeddedChartBuilder {
    return this.setOption('vAxis.title', t);
  }
  setNumHeaders(n: unknown): EmbeddedChartBuilder {
    return this.setOption('numHeaders', n);
  }
  setTransposeRowsAndColumns(b: unknown): EmbeddedChartBuilder {
    return this.setOption('transposeRowsAndColumns', Boolean(b));
  }
  setMergeStrategy(s: unknown): EmbeddedChartBuilder {
    return this.setOption('mergeStrategy', String(s));
  }
  setHiddenDimensionStrategy(s: unknown): EmbeddedChartBuilder {
    return this.setOption('hiddenDimensionStrategy', String(s));
  }
  asAreaChart(): EmbeddedChartBuilder {
    return this.setChartType('AREA');
  }
  asBarChart(): EmbeddedChartBuilder {
    return this.setChartType('BAR');
  }
  asColumnChart(): EmbeddedChartBuilder {
    return this.setChartType('COLUMN');
  }
  asLineChart(): EmbeddedChartBuilder {
    return this.setChartType('LINE');
  }
  asPieChart(): EmbeddedChartBuilder {
    return this.setChartType('PIE');
  }
  asTableChart(): EmbeddedChartBuilder {
    return this.setChartType('TABLE');
  }
  asScatterChart(): EmbeddedChartBuilder {
    return this.setChartType('SCATTER');
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this._ctx, this._sheet, {
      ...this._data,
      ranges: this._data.ranges.slice(),
      options: { ...this._data.options },
      position: { ...this._data.position },
    });
  }
}
