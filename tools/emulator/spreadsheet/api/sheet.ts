// Sheet: one tab of the spreadsheet.
import { parseA1 } from '../a1';
import { normalizeColor } from '../colors';
import type { ProtectionData } from '../model';
import { DEFAULT_COLUMN_WIDTH, type SheetModel, type Workbook } from '../workbook';
import { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import { cloneRule, ConditionalFormatRule } from './conditional-format';
import { fail, signatureError, type Ctx } from './context';
import { Protection } from './protection';
import { makeRange, Range, rangeFromA1 } from './range';
import { RangeList } from './range-list';
import { Spreadsheet } from './spreadsheet';
import { TextFinder } from './text-finder';

type Dim = 'rows' | 'columns';

export class Sheet {
  _ctx: Ctx;
  _sheet: SheetModel;
  constructor(ctx: Ctx, sheet: SheetModel) {
    this._ctx = ctx;
    this._sheet = sheet;
  }
  private get wb(): Workbook {
    if (this._sheet.deleted) fail('Sheet not found');
    return this._ctx.wb;
  }
  private get s(): SheetModel {
    return this._sheet;
  }

  getName(): string {
    return this.s.name;
  }
  getSheetName(): string {
    return this.s.name;
  }
  setName(name: unknown): Sheet {
    this.wb.renameSheet(this.s, String(name));
    return this;
  }
  getSheetId(): number {
    return this.s.sheetId;
  }
  getIndex(): number {
    return this.wb.sheets.indexOf(this.s) + 1;
  }
  getType(): string {
    return 'GRID';
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this._ctx);
  }

  getRange(a: unknown, col?: unknown, nr?: unknown, nc?: unknown): Range {
    if (typeof a === 'string' && col === undefined) {
      const { sheetName } = { sheetName: undefined as string | undefined, ...(parseA1(a) ?? {}) };
      if (sheetName !== undefined) {
        const other = this.wb.sheetByName(sheetName);
        if (!other) fail('Range not found');
        return rangeFromA1(this._ctx, other, a);
      }
      return rangeFromA1(this._ctx, this.s, a);
    }
    if (typeof a !== 'number' || typeof col !== 'number')
      signatureError(
        'SpreadsheetApp.Sheet.getRange',
        [a, col, nr, nc].filter((x) => x !== undefined),
      );
    return makeRange(this._ctx, this.s, a, col, (nr as number | undefined) ?? 1, (nc as number | undefined) ?? 1);
  }
  getRangeList(a1s: unknown): RangeList {
    if (!Array.isArray(a1s)) signatureError('SpreadsheetApp.Sheet.getRangeList', [a1s]);
    return new RangeList(a1s.map((a) => this.getRange(String(a))));
  }
  /**
   * The values of the grid from (startRow, startColumn), in one call (Sheet.getSheetValues). The reference's
   * -1 ("the very last row or column that has data") is not emulated: it is refused rather than guessed.
   */
  getSheetValues(startRow: unknown, startColumn: unknown, numRows: unknown, numColumns: unknown): unknown[][] {
    const args = [startRow, startColumn, numRows, numColumns];
    if (!args.every((x) => typeof x === 'number')) signatureError('SpreadsheetApp.Sheet.getSheetValues', args);
    if (args.some((x) => (x as number) === -1)) fail('getSheetValues(-1) is not emulated');
    const [r, c, nr, nc] = args as number[];
    return makeRange(this._ctx, this.s, r as number, c as number, nr as number, nc as number).getValues();
  }
  getDataRange(): Range {
    const lr = Math.max(1, this.wb.lastRow(this.s));
    const lc = Math.max(1, this.wb.lastColumn(this.s));
    return new Range(this._ctx, this.s, 1, 1, lr, lc);
  }
  createTextFinder(findText: unknown): TextFinder {
    if (typeof findText !== 'string') signatureError('SpreadsheetApp.Sheet.createTextFinder', [findText]);
    const d = this.getDataRange();
    return new TextFinder(
      this._ctx,
      { sheet: this.s, row: 1, column: 1, numRows: d.getNumRows(), numColumns: d.getNumColumns() },
      findText,
    );
  }
  getLastRow(): number {
    return this.wb.lastRow(this.s);
  }
  getLastColumn(): number {
    return this.wb.lastColumn(this.s);
  }
  getMaxRows(): number {
    return this.s.maxRows;
  }
  getMaxColumns(): number {
    return this.s.maxColumns;
  }

  // ---- rows and columns (mirrored: one implementation per operation, the dimension as a parameter)
  private max(dim: Dim): number {
    return dim === 'rows' ? this.s.maxRows : this.s.maxColumns;
  }
  private checkPos(dim: Dim, pos: unknown, method: string): number {
    if (typeof pos !== 'number' || !Number.isFinite(pos)) signatureError(method, [pos]);
    if (pos < 1 || pos > this.max(dim)) fail(`Those ${dim} are out of bounds.`);
    return Math.floor(pos);
  }
  /** Inserts `howMany` before the 0-based index `at`; the new ones take the formats of index `from`. */
  private insertSpan(dim: Dim, at: number, howMany: number, from: number): Sheet {
    if (dim === 'rows') this.wb.insertRows(this.s, at, howMany, from);
    else this.wb.insertColumns(this.s, at, howMany, from);
    return this;
  }
  private insertBefore(dim: Dim, before: number, howMany: number, method: string): Sheet {
    const b = this.checkPos(dim, before, method);
    return this.insertSpan(dim, b - 1, howMany, b - 1);
  }
  private insertAfter(dim: Dim, after: number, howMany: number, method: string): Sheet {
    const a = this.checkPos(dim, after, method);
    return this.insertSpan(dim, a, howMany, a - 1);
  }
  private deleteSpan(dim: Dim, pos: number, howMany: number, method: string): Sheet {
    const p = this.checkPos(dim, pos, method);
    if (howMany < 1 || p + howMany - 1 > this.max(dim)) fail(`Those ${dim} are out of bounds.`);
    if (howMany >= this.max(dim)) fail(`You can't delete all the ${dim} on the sheet.`);
    if (dim === 'rows') this.wb.deleteRows(this.s, p - 1, howMany);
    else this.wb.deleteColumns(this.s, p - 1, howMany);
    return this;
  }
  insertRowBefore(before: number): Sheet {
    return this.insertRowsBefore(before, 1);
  }
  insertRowAfter(after: number): Sheet {
    return this.insertRowsAfter(after, 1);
  }
  insertRowsBefore(before: number, howMany: number): Sheet {
    return this.insertBefore('rows', before, howMany, 'SpreadsheetApp.Sheet.insertRowsBefore');
  }
  insertRowsAfter(after: number, howMany: number): Sheet {
    return this.insertAfter('rows', after, howMany, 'SpreadsheetApp.Sheet.insertRowsAfter');
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  deleteRow(pos: number): Sheet {
    return this.deleteRows(pos, 1);
  }
  deleteRows(pos: number, howMany = 1): Sheet {
    return this.deleteSpan('rows', pos, howMany, 'SpreadsheetApp.Sheet.deleteRows');
  }
  insertColumnBefore(before: number): Sheet {
    return this.insertColumnsBefore(before, 1);
  }
  insertColumnAfter(after: number): Sheet {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnsBefore(before: number, howMany: number): Sheet {
    return this.insertBefore('columns', before, howMany, 'SpreadsheetApp.Sheet.insertColumnsBefore');
  }
  insertColumnsAfter(after: number, howMany: number): Sheet {
    return this.insertAfter('columns', after, howMany, 'SpreadsheetApp.Sheet.insertColumnsAfter');
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteColumn(pos: number): Sheet {
    return this.deleteColumns(pos, 1);
  }
  deleteColumns(pos: number, howMany = 1): Sheet {
    return this.deleteSpan('columns', pos, howMany, 'SpreadsheetApp.Sheet.deleteColumns');
  }
  appendRow(rowContents: unknown): Sheet {
    if (!Array.isArray(rowContents)) signatureError('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = this.wb.lastRow(this.s) + 1;
    if (row > this.s.maxRows) this.s.maxRows = row;
    if (rowContents.length > this.s.maxColumns) this.s.maxColumns = rowContents.length;
    this.wb.writeValues(this.s, row - 1, 0, [rowContents]);
    return this;
  }

  // ---- layout
  setFrozenRows(n: number): Sheet {
    if (n < 0 || n >= this.s.maxRows) fail("You can't freeze all visible rows on the sheet.");
    this.s.frozenRows = n;
    return this;
  }
  getFrozenRows(): number {
    return this.s.frozenRows;
  }
  setFrozenColumns(n: number): Sheet {
    if (n < 0 || n >= this.s.maxColumns) fail("You can't freeze all visible columns on the sheet.");
    this.s.frozenColumns = n;
    return this;
  }
  getFrozenColumns(): number {
    return this.s.frozenColumns;
  }
  setColumnWidth(col: number, width: number): Sheet {
    return this.setColumnWidths(col, 1, width);
  }
  setColumnWidths(start: number, num: number, width: number): Sheet {
    this.checkPos('columns', start, 'SpreadsheetApp.Sheet.setColumnWidths');
    for (let c = start; c < start + num; c++) {
      if (width === DEFAULT_COLUMN_WIDTH) this.s.columnWidths.delete(c);
      else this.s.columnWidths.set(c, width);
    }
    return this;
  }
  getColumnWidth(col: number): number {
    return this.s.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumn(col: number): Sheet {
    return this.autoResizeColumns(col, 1);
  }
  /** Approximates Sheets' fit-to-data: about 7 px per character of the longest displayed value, plus padding. */
  autoResizeColumns(start: number, num: number): Sheet {
    const lastRow = this.wb.lastRow(this.s);
    for (let c = start; c < start + num; c++) {
      let longest = 0;
      for (let r = 0; r < lastRow; r++) {
        const text = this.wb.displayValue(this.s, r, c - 1);
        for (const line of text.split('\n')) longest = Math.max(longest, line.length);
      }
      this.s.columnWidths.set(c, Math.max(30, Math.min(1000, Math.round(longest * 7 + 12))));
    }
    return this;
  }
  setRowHeight(row: number, height: number): Sheet {
    return this.setRowHeights(row, 1, height);
  }
  setRowHeights(start: number, num: number, height: number): Sheet {
    for (let r = start; r < start + num; r++) this.s.row(r - 1, true).height = height;
    return this;
  }
  getRowHeight(row: number): number {
    return this.s.rows[row - 1]?.height ?? 21;
  }
  hideColumns(_col: number, _num?: number): void {}
  showColumns(_col: number, _num?: number): void {}
  hideRows(_row: number, _num?: number): void {}
  showRows(_row: number, _num?: number): void {}

  // ---- clearing
  clear(options?: unknown): Sheet {
    const o = (options ?? {}) as { contentsOnly?: boolean; formatOnly?: boolean };
    const full = new Range(this._ctx, this.s, 1, 1, this.s.maxRows, this.s.maxColumns);
    // Notes and data validation stay, as in Sheets (only clearNotes() removes notes).
    if (!o.formatOnly) full.clearContent();
    if (!o.contentsOnly) full.clearFormat();
    return this;
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): Sheet {
    new Range(this._ctx, this.s, 1, 1, this.s.maxRows, this.s.maxColumns).setNote(null);
    return this;
  }

  // ---- conditional formats
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.s.conditionalRules.map((r) => new ConditionalFormatRule(this._ctx, this.s, cloneRule(r)));
  }
  setConditionalFormatRules(rules: unknown): void {
    if (!Array.isArray(rules)) signatureError('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    this.s.conditionalRules = rules.map((r) => {
      if (!(r instanceof ConditionalFormatRule))
        signatureError('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
      return cloneRule(r._data);
    });
  }
  clearConditionalFormatRules(): void {
    this.s.conditionalRules = [];
  }

  // ---- protections
  /** A sheet has at most one sheet protection: an existing one is returned (Sheet.protect() in Google's reference). */
  protect(): Protection {
    const existing = this.s.protections.find((x) => x.type === 'SHEET');
    if (existing) return new Protection(this._ctx, this.s, existing);
    const email = this._ctx.env.effectiveUser().email;
    const p: ProtectionData = {
      type: 'SHEET',
      description: '',
      warningOnly: false,
      editors: email ? [email] : [],
      domainEdit: false,
      unprotectedRanges: [],
    };
    this.s.protections.push(p);
    return new Protection(this._ctx, this.s, p);
  }
  getProtections(type: unknown): Protection[] {
    return this.s.protections.filter((p) => p.type === String(type)).map((p) => new Protection(this._ctx, this.s, p));
  }

  // ---- charts
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._ctx, this.s, undefined);
  }
  insertChart(chart: unknown): void {
    if (!(chart instanceof EmbeddedChart)) signatureError('SpreadsheetApp.Sheet.insertChart', [chart]);
    this.s.charts.push(chart._data);
  }
  updateChart(chart: unknown): void {
    if (!(chart instanceof EmbeddedChart)) signatureError('SpreadsheetApp.Sheet.updateChart', [chart]);
    const i = this.s.charts.findIndex((c) => c.chartId === chart._data.chartId);
    if (i >= 0) this.s.charts[i] = chart._data;
    else fail('Chart not found');
  }
  removeChart(chart: unknown): void {
    if (!(chart instanceof EmbeddedChart)) signatureError('SpreadsheetApp.Sheet.removeChart', [chart]);
    this.s.charts = this.s.charts.filter((c) => c.chartId !== chart._data.chartId);
  }
  getCharts(): EmbeddedChart[] {
    return this.s.charts.map((c) => new EmbeddedChart(this._ctx, this.s, c));
  }

  // ---- misc
  activate(): Sheet {
    this.wb.activeSheetIndex = this.wb.sheets.indexOf(this.s);
    this.s.hidden = false;
    return this;
  }
  hideSheet(): Sheet {
    if (this.wb.sheets.filter((x) => !x.hidden && x !== this.s).length === 0)
      fail("You can't hide all the sheets in a document.");
    this.s.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this.s.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.s.hidden;
  }
  setTabColor(color: unknown): Sheet {
    this.s.tabColor = normalizeColor(color);
    return this;
  }
  getTabColor(): string | null {
    return this.s.tabColor;
  }
  getActiveRange(): Range {
    const g = this._ctx.selection.get(this.s) ?? { row: 1, column: 1, numRows: 1, numColumns: 1 };
    return new Range(this._ctx, this.s, g.row, g.column, g.numRows, g.numColumns);
  }
  getActiveCell(): Range {
    const g = this.getActiveRange();
    return new Range(this._ctx, this.s, g.getRow(), g.getColumn(), 1, 1);
  }
  setActiveRange(range: unknown): Range {
    return (range as Range).activate();
  }
  setActiveSelection(a: unknown): Range {
    return (typeof a === 'string' ? this.getRange(a) : (a as Range)).activate();
  }
  toString(): string {
    return 'Sheet';
  }
}
