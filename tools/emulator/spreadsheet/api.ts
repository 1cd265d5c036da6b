// The Apps Script Spreadsheet service over a Workbook. Class names are exactly Apps Script's, because
// the runtime counts calls as `<constructor.name>.<method>`. No #private fields: instances get wrapped
// in Proxies. Coordinates here are 1-based as in Apps Script.
import type { EmulatorEnv } from '../env';
import { formulaFromR1C1, formulaToR1C1, parseA1, rangeA1 } from './a1';
import { normalizeColor } from './colors';
import type { ChartData, ConditionalFormat, ConditionalRuleData, GridRange, ProtectionData, ValidationData } from './model';
import { GENERAL_FORMAT } from './numberFormat';
import { isDate } from './time';
import { DataValidationCriteria } from './validation';
import { DEFAULT_COLUMN_WIDTH, type SheetModel, type Workbook } from './workbook';

// ---------------------------------------------------------------------------------- enums

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_NOT_EQUAL_TO: 'DATE_NOT_EQUAL_TO',
  DATE_AFTER_RELATIVE: 'DATE_AFTER_RELATIVE',
  DATE_BEFORE_RELATIVE: 'DATE_BEFORE_RELATIVE',
  DATE_EQUAL_TO_RELATIVE: 'DATE_EQUAL_TO_RELATIVE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_NOT_EQUAL_TO: 'TEXT_NOT_EQUAL_TO',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

const names = <T extends string>(...keys: T[]): { [K in T]: K } => Object.fromEntries(keys.map((k) => [k, k])) as { [K in T]: K };

export const ProtectionType = names('RANGE', 'SHEET');
export const WrapStrategy = names('WRAP', 'OVERFLOW', 'CLIP');
export const BorderStyle = names('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
export const Dimension = names('COLUMNS', 'ROWS');
export const SheetType = names('GRID', 'OBJECT', 'DATASOURCE');
export const RelativeDate = names('TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR');
export const CopyPasteType = names('PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_FORMAT', 'PASTE_FORMULA', 'PASTE_DATA_VALIDATION', 'PASTE_VALUES', 'PASTE_CONDITIONAL_FORMATTING', 'PASTE_COLUMN_WIDTHS');
export const InterpolationType = names('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX');
export const TextDirection = names('LEFT_TO_RIGHT', 'RIGHT_TO_LEFT');
export const ChartType = names('AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE', 'RADAR', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL');

// ---------------------------------------------------------------------------------- errors

function fail(message: string): never {
  throw new Error(message);
}

function signatureError(method: string, args: unknown[]): never {
  const kinds = args.map((a) => (a === null ? 'null' : Array.isArray(a) ? 'Object[]' : isDate(a) ? 'Date' : typeof a === 'object' ? 'Object' : typeof a === 'string' ? 'String' : typeof a === 'number' ? 'number' : typeof a === 'boolean' ? 'Boolean' : String(typeof a)));
  fail(`The parameters (${kinds.join(',')}) don't match the method signature for ${method}.`);
}

function checkGrid(data: unknown, nr: number, nc: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) signatureError(method, [data]);
  const rows = data as unknown[][];
  if (rows.length !== nr) fail(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${nr}.`);
  for (const row of rows) {
    if (row.length !== nc) fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${nc}.`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------- shared state

/** What every API object needs: the workbook and the environment. */
interface Ctx {
  wb: Workbook;
  env: EmulatorEnv;
  getUi(): unknown;
  /** the selection, per sheet */
  selection: Map<SheetModel, GridRange>;
}

function toGrid(g: GridRange): GridRange {
  return { row: g.row, column: g.column, numRows: g.numRows, numColumns: g.numColumns };
}

// ---------------------------------------------------------------------------------- Range

export class Range {
  _ctx: Ctx;
  _sheet: SheetModel;
  _row: number;
  _col: number;
  _nr: number;
  _nc: number;

  constructor(ctx: Ctx, sheet: SheetModel, row: number, col: number, nr: number, nc: number) {
    this._ctx = ctx;
    this._sheet = sheet;
    this._row = row;
    this._col = col;
    this._nr = nr;
    this._nc = nc;
  }

  private get wb(): Workbook {
    if (this._sheet.deleted) fail('Range not found');
    return this._ctx.wb;
  }
  private get r0(): number {
    return this._row - 1;
  }
  private get c0(): number {
    return this._col - 1;
  }

  _grid(): GridRange {
    return { row: this._row, column: this._col, numRows: this._nr, numColumns: this._nc };
  }

  getA1Notation(): string {
    return rangeA1(this._row, this._col, this._nr, this._nc);
  }
  getRow(): number {
    return this._row;
  }
  getRowIndex(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getColumnIndex(): number {
    return this._col;
  }
  getLastRow(): number {
    return this._row + this._nr - 1;
  }
  getLastColumn(): number {
    return this._col + this._nc - 1;
  }
  getNumRows(): number {
    return this._nr;
  }
  getNumColumns(): number {
    return this._nc;
  }
  getHeight(): number {
    return this._nr;
  }
  getWidth(): number {
    return this._nc;
  }
  getSheet(): Sheet {
    return new Sheet(this._ctx, this._sheet);
  }
  getGridId(): number {
    return this._sheet.sheetId;
  }

  // ---- values
  getValue(): unknown {
    this.wb.syncClock();
    return this.wb.apiValue(this._sheet, this.r0, this.c0);
  }
  getValues(): unknown[][] {
    return this.wb.readValues(this._sheet, this.r0, this.c0, this._nr, this._nc);
  }
  setValue(value: unknown): Range {
    if (Array.isArray(value)) signatureError('SpreadsheetApp.Range.setValue', [value]);
    const row = new Array(this._nc).fill(value);
    this.wb.writeValues(this._sheet, this.r0, this.c0, Array.from({ length: this._nr }, () => row));
    return this;
  }
  setValues(values: unknown): Range {
    const rows = checkGrid(values, this._nr, this._nc, 'SpreadsheetApp.Range.setValues');
    this.wb.writeValues(this._sheet, this.r0, this.c0, rows);
    return this;
  }
  getDisplayValue(): string {
    this.wb.syncClock();
    return this.wb.displayValue(this._sheet, this.r0, this.c0);
  }
  getDisplayValues(): string[][] {
    return this.wb.readDisplayValues(this._sheet, this.r0, this.c0, this._nr, this._nc);
  }
  isBlank(): boolean {
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) if (!this.wb.isCellEmpty(this._sheet, this.r0 + i, this.c0 + j)) return false;
    return true;
  }

  // ---- formulas
  getFormula(): string {
    return this.wb.formula(this._sheet, this.r0, this.c0);
  }
  getFormulas(): string[][] {
    return this.wb.readFormulas(this._sheet, this.r0, this.c0, this._nr, this._nc);
  }
  setFormula(formula: unknown): Range {
    // A formula given for a multi-cell range is adjusted for each cell, as Sheets does.
    const f = String(formula ?? '');
    const r1c1 = formulaToR1C1(f.startsWith('=') || f === '' ? f : '=' + f, this._row, this._col);
    return this.setFormulasR1C1Grid(() => r1c1);
  }
  setFormulas(formulas: unknown): Range {
    const rows = checkGrid(formulas, this._nr, this._nc, 'SpreadsheetApp.Range.setFormulas');
    this.wb.writeFormulas(this._sheet, this.r0, this.c0, rows);
    return this;
  }
  getFormulaR1C1(): string {
    const f = this.getFormula();
    return f === '' ? '' : formulaToR1C1(f, this._row, this._col);
  }
  getFormulasR1C1(): string[][] {
    return this.getFormulas().map((row, i) => row.map((f, j) => (f === '' ? '' : formulaToR1C1(f, this._row + i, this._col + j))));
  }
  setFormulaR1C1(formula: unknown): Range {
    const f = String(formula ?? '');
    return this.setFormulasR1C1Grid(() => f);
  }
  setFormulasR1C1(formulas: unknown): Range {
    const rows = checkGrid(formulas, this._nr, this._nc, 'SpreadsheetApp.Range.setFormulasR1C1');
    return this.setFormulasR1C1Grid((i, j) => String(rows[i]![j] ?? ''));
  }
  private setFormulasR1C1Grid(get: (i: number, j: number) => string): Range {
    const grid = Array.from({ length: this._nr }, (_, i) =>
      Array.from({ length: this._nc }, (_, j) => {
        const f = get(i, j);
        return f === '' ? '' : formulaFromR1C1(f, this._row + i, this._col + j);
      }),
    );
    this.wb.writeFormulas(this._sheet, this.r0, this.c0, grid);
    return this;
  }

  // ---- formats
  private formatGrid<T>(fn: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this._nr }, (_, i) => Array.from({ length: this._nc }, (_, j) => fn(this.r0 + i, this.c0 + j)));
  }
  private setProp<K extends keyof import('./model').CellFormat>(key: K, value: (i: number, j: number) => import('./model').CellFormat[K] | undefined): Range {
    this.wb.setFormatProperty(this._sheet, this.r0, this.c0, this._nr, this._nc, key, value);
    return this;
  }
  private setPropGrid<K extends keyof import('./model').CellFormat>(key: K, data: unknown, method: string, conv: (v: unknown) => import('./model').CellFormat[K] | undefined): Range {
    const rows = checkGrid(data, this._nr, this._nc, method);
    return this.setProp(key, (i, j) => conv(rows[i]![j]));
  }

  getNumberFormat(): string {
    return this.wb.format(this._sheet, this.r0, this.c0)?.numberFormat ?? GENERAL_FORMAT;
  }
  getNumberFormats(): string[][] {
    return this.formatGrid((r, c) => this.wb.format(this._sheet, r, c)?.numberFormat ?? GENERAL_FORMAT);
  }
  setNumberFormat(fmt: unknown): Range {
    const f = numberFormatArg(fmt);
    this.setProp('numberFormat', () => f);
    this.wb.retypeNumbers(this._sheet, this.r0, this.c0, this._nr, this._nc);
    return this;
  }
  setNumberFormats(data: unknown): Range {
    this.setPropGrid('numberFormat', data, 'SpreadsheetApp.Range.setNumberFormats', numberFormatArg);
    this.wb.retypeNumbers(this._sheet, this.r0, this.c0, this._nr, this._nc);
    return this;
  }

  getBackground(): string {
    return normalizeColor(this.wb.format(this._sheet, this.r0, this.c0)?.background) ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.formatGrid((r, c) => normalizeColor(this.wb.format(this._sheet, r, c)?.background) ?? '#ffffff');
  }
  setBackground(color: unknown): Range {
    const c = colorArg(color);
    return this.setProp('background', () => c);
  }
  setBackgrounds(data: unknown): Range {
    return this.setPropGrid('background', data, 'SpreadsheetApp.Range.setBackgrounds', colorArg);
  }
  setBackgroundRGB(r: number, g: number, b: number): Range {
    return this.setBackground(`rgb(${r},${g},${b})`);
  }

  getFontColor(): string {
    return normalizeColor(this.wb.format(this._sheet, this.r0, this.c0)?.fontColor) ?? '#000000';
  }
  getFontColors(): string[][] {
    return this.formatGrid((r, c) => normalizeColor(this.wb.format(this._sheet, r, c)?.fontColor) ?? '#000000');
  }
  setFontColor(color: unknown): Range {
    const c = colorArg(color);
    return this.setProp('fontColor', () => (c === '#000000' ? undefined : c));
  }
  setFontColors(data: unknown): Range {
    return this.setPropGrid('fontColor', data, 'SpreadsheetApp.Range.setFontColors', colorArg);
  }
  getFontWeight(): string {
    return this.wb.format(this._sheet, this.r0, this.c0)?.fontWeight ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this.formatGrid((r, c) => this.wb.format(this._sheet, r, c)?.fontWeight ?? 'normal');
  }
  setFontWeight(w: unknown): Range {
    const v = w === 'bold' ? 'bold' : undefined;
    return this.setProp('fontWeight', () => v);
  }
  setFontWeights(data: unknown): Range {
    return this.setPropGrid('fontWeight', data, 'SpreadsheetApp.Range.setFontWeights', (w) => (w === 'bold' ? 'bold' : undefined));
  }
  getFontStyle(): string {
    return this.wb.format(this._sheet, this.r0, this.c0)?.fontStyle ?? 'normal';
  }
  setFontStyle(s: unknown): Range {
    const v = s === 'italic' ? 'italic' : undefined;
    return this.setProp('fontStyle', () => v);
  }
  getFontLine(): string {
    return this.wb.format(this._sheet, this.r0, this.c0)?.fontLine ?? 'none';
  }
  setFontLine(s: unknown): Range {
    const v = s === 'underline' || s === 'line-through' ? s : undefined;
    return this.setProp('fontLine', () => v);
  }
  getFontSize(): number {
    return this.wb.format(this._sheet, this.r0, this.c0)?.fontSize ?? 10;
  }
  setFontSize(size: unknown): Range {
    const v = typeof size === 'number' && size !== 10 ? size : undefined;
    return this.setProp('fontSize', () => v);
  }
  getFontFamily(): string {
    return this.wb.format(this._sheet, this.r0, this.c0)?.fontFamily ?? 'Arial';
  }
  setFontFamily(f: unknown): Range {
    const v = f ? String(f) : undefined;
    return this.setProp('fontFamily', () => v);
  }
  getHorizontalAlignment(): string {
    return this.wb.format(this._sheet, this.r0, this.c0)?.horizontalAlignment ?? 'general';
  }
  getHorizontalAlignments(): string[][] {
    return this.formatGrid((r, c) => this.wb.format(this._sheet, r, c)?.horizontalAlignment ?? 'general');
  }
  setHorizontalAlignment(a: unknown): Range {
    const v = a ? String(a).toLowerCase() : undefined;
    return this.setProp('horizontalAlignment', () => (v === 'general' ? undefined : v));
  }
  setHorizontalAlignments(data: unknown): Range {
    return this.setPropGrid('horizontalAlignment', data, 'SpreadsheetApp.Range.setHorizontalAlignments', (a) => (a ? String(a).toLowerCase() : undefined));
  }
  getVerticalAlignment(): string {
    return this.wb.format(this._sheet, this.r0, this.c0)?.verticalAlignment ?? 'bottom';
  }
  setVerticalAlignment(a: unknown): Range {
    const v = a ? String(a).toLowerCase() : undefined;
    return this.setProp('verticalAlignment', () => (v === 'bottom' ? undefined : v));
  }
  getWrap(): boolean {
    return this.wb.format(this._sheet, this.r0, this.c0)?.wrap ?? false;
  }
  getWraps(): boolean[][] {
    return this.formatGrid((r, c) => this.wb.format(this._sheet, r, c)?.wrap ?? false);
  }
  setWrap(w: unknown): Range {
    const v = w ? true : undefined;
    return this.setProp('wrap', () => v);
  }
  setWraps(data: unknown): Range {
    return this.setPropGrid('wrap', data, 'SpreadsheetApp.Range.setWraps', (w) => (w ? true : undefined));
  }
  getWrapStrategy(): string {
    return this.wb.format(this._sheet, this.r0, this.c0)?.wrapStrategy ?? (this.getWrap() ? 'WRAP' : 'OVERFLOW');
  }
  setWrapStrategy(s: unknown): Range {
    const v = String(s);
    this.setProp('wrap', () => (v === 'WRAP' ? true : undefined));
    return this.setProp('wrapStrategy', () => (v === 'OVERFLOW' || v === 'WRAP' ? undefined : v));
  }
  setTextStyle(style: unknown): Range {
    const s = style as TextStyle | null;
    if (s && s._bold !== undefined) this.setFontWeight(s._bold ? 'bold' : 'normal');
    if (s && s._color !== undefined) this.setFontColor(s._color);
    if (s && s._italic !== undefined) this.setFontStyle(s._italic ? 'italic' : 'normal');
    if (s && s._fontSize !== undefined) this.setFontSize(s._fontSize);
    return this;
  }

  // ---- notes
  getNote(): string {
    return this.wb.note(this._sheet, this.r0, this.c0);
  }
  getNotes(): string[][] {
    return this.formatGrid((r, c) => this.wb.note(this._sheet, r, c));
  }
  setNote(note: unknown): Range {
    const n = note === null || note === undefined ? null : String(note);
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) this.wb.setNote(this._sheet, this.r0 + i, this.c0 + j, n);
    return this;
  }
  setNotes(data: unknown): Range {
    const rows = checkGrid(data, this._nr, this._nc, 'SpreadsheetApp.Range.setNotes');
    rows.forEach((row, i) => row.forEach((n, j) => this.wb.setNote(this._sheet, this.r0 + i, this.c0 + j, n === null || n === undefined ? null : String(n))));
    return this;
  }
  clearNote(): Range {
    return this.setNote(null);
  }

  // ---- clearing
  clear(options?: unknown): Range {
    const o = (options ?? {}) as { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean };
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!any || o.contentsOnly) this.wb.clearContents(this._sheet, this.r0, this.c0, this._nr, this._nc);
    if (!any || o.formatOnly) this.clearFormat();
    if (!any || o.validationsOnly) this.clearDataValidations();
    if (!any || o.commentsOnly) this.setNote(null);
    return this;
  }
  clearContent(): Range {
    this.wb.clearContents(this._sheet, this.r0, this.c0, this._nr, this._nc);
    return this;
  }
  clearFormat(): Range {
    this.wb.updateFormats(this._sheet, this.r0, this.c0, this._nr, this._nc, () => undefined);
    this.wb.retypeNumbers(this._sheet, this.r0, this.c0, this._nr, this._nc);
    return this;
  }

  // ---- data validation
  getDataValidation(): DataValidation | null {
    const v = this.wb.validation(this._sheet, this.r0, this.c0);
    return v ? new DataValidation(this._ctx, v) : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.formatGrid((r, c) => {
      const v = this.wb.validation(this._sheet, r, c);
      return v ? new DataValidation(this._ctx, v) : null;
    });
  }
  setDataValidation(rule: unknown): Range {
    const given = rule === null ? undefined : validationArg(rule, 'SpreadsheetApp.Range.setDataValidation');
    const v = given && { ...given, anchor: { row: this._row, column: this._col } };
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) this.wb.setValidation(this._sheet, this.r0 + i, this.c0 + j, v);
    return this;
  }
  setDataValidations(rules: unknown): Range {
    const rows = checkGrid(rules, this._nr, this._nc, 'SpreadsheetApp.Range.setDataValidations');
    rows.forEach((row, i) =>
      row.forEach((rule, j) => {
        const given = rule === null ? undefined : validationArg(rule, 'SpreadsheetApp.Range.setDataValidations');
        this.wb.setValidation(this._sheet, this.r0 + i, this.c0 + j, given && { ...given, anchor: { row: this._row + i, column: this._col + j } });
      }),
    );
    return this;
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }
  insertCheckboxes(checked?: unknown, unchecked?: unknown): Range {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    this.setDataValidation(new DataValidation(this._ctx, { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: null }));
    const grid = this.getValues().map((row) => row.map((v) => (v === '' ? (unchecked ?? false) : v)));
    this.wb.writeValues(this._sheet, this.r0, this.c0, grid);
    return this;
  }
  removeCheckboxes(): Range {
    return this.clearDataValidations();
  }
  check(): Range {
    return this.setValue(true);
  }
  uncheck(): Range {
    return this.setValue(false);
  }

  // ---- navigation
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return makeRange(this._ctx, this._sheet, this._row + rowOffset, this._col + columnOffset, numRows ?? this._nr, numColumns ?? this._nc);
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._nr || column > this._nc) fail('Cell reference out of range');
    return new Range(this._ctx, this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
  }
  getDataRegion(): Range {
    return this;
  }
  activate(): Range {
    this._ctx.wb.activeSheetIndex = this._ctx.wb.sheets.indexOf(this._sheet);
    this._ctx.selection.set(this._sheet, this._grid());
    return this;
  }
  activateAsCurrentCell(): Range {
    return this.activate();
  }

  // ---- recorded only
  merge(): Range {
    this._sheet.merges.push(this._grid());
    return this;
  }
  mergeAcross(): Range {
    for (let i = 0; i < this._nr; i++) this._sheet.merges.push({ row: this._row + i, column: this._col, numRows: 1, numColumns: this._nc });
    return this;
  }
  mergeVertically(): Range {
    for (let j = 0; j < this._nc; j++) this._sheet.merges.push({ row: this._row, column: this._col + j, numRows: this._nr, numColumns: 1 });
    return this;
  }
  breakApart(): Range {
    const g = this._grid();
    this._sheet.merges = this._sheet.merges.filter((m) => !overlaps(m, g));
    return this;
  }
  isPartOfMerge(): boolean {
    const g = this._grid();
    return this._sheet.merges.some((m) => overlaps(m, g));
  }
  setBorder(...args: unknown[]): Range {
    this._sheet.borders.push({ range: this._grid(), args });
    return this;
  }
  createFilter(): Filter {
    if (this._sheet.filter) fail('You can\'t create a filter in a sheet that already has a filter.');
    this._sheet.filter = this._grid();
    return new Filter(this._ctx, this._sheet);
  }
  getFilter(): Filter | null {
    return this._sheet.filter ? new Filter(this._ctx, this._sheet) : null;
  }
  protect(): Protection {
    const email = this._ctx.env.effectiveUser().email;
    const p: ProtectionData = { type: 'RANGE', range: this._grid(), description: '', warningOnly: false, editors: email ? [email] : [], domainEdit: false, unprotectedRanges: [] };
    this._sheet.protections.push(p);
    return new Protection(this._ctx, this._sheet, p);
  }
  setRichTextValue(v: unknown): Range {
    const rt = v as RichTextValue;
    return this.setValue("'" + rt.getText());
  }
  getRichTextValue(): RichTextValue {
    return new RichTextValue(String(this.getDisplayValue()), null);
  }
  copyTo(destination: unknown, options?: unknown): void {
    const dest = destination as Range;
    const o = (options ?? {}) as { contentsOnly?: boolean; formatOnly?: boolean };
    const opt = typeof options === 'string' ? options : undefined;
    const valuesOnly = o.contentsOnly || opt === 'PASTE_VALUES';
    const formatOnly = o.formatOnly || opt === 'PASTE_FORMAT';
    if (!formatOnly) {
      if (valuesOnly) dest._ctx.wb.writeValues(dest._sheet, dest._row - 1, dest._col - 1, this.getValues());
      else {
        const r1c1 = this.getFormulasR1C1();
        const values = this.getValues();
        const grid = values.map((row, i) => row.map((v, j) => (r1c1[i]![j] ? formulaFromR1C1(r1c1[i]![j]!, dest._row + i, dest._col + j) : v)));
        dest._ctx.wb.writeValues(dest._sheet, dest._row - 1, dest._col - 1, grid.map((row) => row.map((v) => (typeof v === 'string' && !v.startsWith('=') ? "'" + v : v))));
      }
    }
    if (!valuesOnly) {
      for (let i = 0; i < this._nr; i++) {
        for (let j = 0; j < this._nc; j++) {
          const f = this.wb.format(this._sheet, this.r0 + i, this.c0 + j);
          dest._ctx.wb.updateFormats(dest._sheet, dest._row - 1 + i, dest._col - 1 + j, 1, 1, () => f);
        }
      }
    }
  }
  toString(): string {
    return 'Range';
  }
}

function overlaps(a: GridRange, b: GridRange): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

function numberFormatArg(fmt: unknown): string | undefined {
  const s = fmt === null || fmt === undefined ? '' : String(fmt);
  return s === '' || s.toLowerCase() === 'general' || s === GENERAL_FORMAT ? undefined : s;
}

function colorArg(c: unknown): string | undefined {
  const n = normalizeColor(c);
  return n === null ? undefined : n;
}

function validationArg(rule: unknown, method: string): ValidationData {
  if (!(rule instanceof DataValidation)) signatureError(method, [rule]);
  return rule._data;
}

/** A range with Google's argument checks. */
function makeRange(ctx: Ctx, sheet: SheetModel, row: number, col: number, nr: number, nc: number): Range {
  if (![row, col, nr, nc].every((n) => typeof n === 'number' && Number.isFinite(n))) signatureError('SpreadsheetApp.Sheet.getRange', [row, col, nr, nc]);
  if (row < 1) fail('The starting row of the range is too small.');
  if (col < 1) fail('The starting column of the range is too small.');
  if (nr < 1) fail('The number of rows in the range must be at least 1.');
  if (nc < 1) fail('The number of columns in the range must be at least 1.');
  if (row + nr - 1 > sheet.maxRows || col + nc - 1 > sheet.maxColumns) fail('The coordinates of the range are outside the dimensions of the sheet.');
  return new Range(ctx, sheet, Math.floor(row), Math.floor(col), Math.floor(nr), Math.floor(nc));
}

/** Resolves A1 notation (open-ended parts to the sheet's size) on `sheet`. */
function rangeFromA1(ctx: Ctx, sheet: SheetModel, a1: string): Range {
  const p = parseA1(a1);
  if (!p) fail('Range not found');
  const endRow = p.endRow ?? sheet.maxRows;
  const endCol = p.endColumn ?? sheet.maxColumns;
  if (endRow > sheet.maxRows || endCol > sheet.maxColumns) fail('Range not found');
  return new Range(ctx, sheet, p.row, p.column, endRow - p.row + 1, endCol - p.column + 1);
}

// ---------------------------------------------------------------------------------- RangeList

export class RangeList {
  _ranges: Range[];
  constructor(ranges: Range[]) {
    this._ranges = ranges;
  }
  getRanges(): Range[] {
    return this._ranges.slice();
  }
  activate(): RangeList {
    this._ranges[this._ranges.length - 1]?.activate();
    return this;
  }
  private each(method: keyof Range, args: unknown[]): RangeList {
    for (const r of this._ranges) (r[method] as (...a: unknown[]) => unknown).apply(r, args);
    return this;
  }
  setValue(...args: unknown[]): RangeList {
    return this.each('setValue', args);
  }
  setFormula(...args: unknown[]): RangeList {
    return this.each('setFormula', args);
  }
  setFormulaR1C1(...args: unknown[]): RangeList {
    return this.each('setFormulaR1C1', args);
  }
  setNumberFormat(...args: unknown[]): RangeList {
    return this.each('setNumberFormat', args);
  }
  setBackground(...args: unknown[]): RangeList {
    return this.each('setBackground', args);
  }
  setBackgroundRGB(...args: unknown[]): RangeList {
    return this.each('setBackgroundRGB', args);
  }
  setFontColor(...args: unknown[]): RangeList {
    return this.each('setFontColor', args);
  }
  setFontWeight(...args: unknown[]): RangeList {
    return this.each('setFontWeight', args);
  }
  setFontStyle(...args: unknown[]): RangeList {
    return this.each('setFontStyle', args);
  }
  setFontLine(...args: unknown[]): RangeList {
    return this.each('setFontLine', args);
  }
  setFontSize(...args: unknown[]): RangeList {
    return this.each('setFontSize', args);
  }
  setFontFamily(...args: unknown[]): RangeList {
    return this.each('setFontFamily', args);
  }
  setHorizontalAlignment(...args: unknown[]): RangeList {
    return this.each('setHorizontalAlignment', args);
  }
  setVerticalAlignment(...args: unknown[]): RangeList {
    return this.each('setVerticalAlignment', args);
  }
  setWrap(...args: unknown[]): RangeList {
    return this.each('setWrap', args);
  }
  setWrapStrategy(...args: unknown[]): RangeList {
    return this.each('setWrapStrategy', args);
  }
  setNote(...args: unknown[]): RangeList {
    return this.each('setNote', args);
  }
  setDataValidation(...args: unknown[]): RangeList {
    return this.each('setDataValidation', args);
  }
  setBorder(...args: unknown[]): RangeList {
    return this.each('setBorder', args);
  }
  setTextStyle(...args: unknown[]): RangeList {
    return this.each('setTextStyle', args);
  }
  clear(...args: unknown[]): RangeList {
    return this.each('clear', args);
  }
  clearContent(...args: unknown[]): RangeList {
    return this.each('clearContent', args);
  }
  clearFormat(...args: unknown[]): RangeList {
    return this.each('clearFormat', args);
  }
  clearNote(...args: unknown[]): RangeList {
    return this.each('clearNote', args);
  }
  clearDataValidations(...args: unknown[]): RangeList {
    return this.each('clearDataValidations', args);
  }
  insertCheckboxes(...args: unknown[]): RangeList {
    return this.each('insertCheckboxes', args);
  }
  removeCheckboxes(...args: unknown[]): RangeList {
    return this.each('removeCheckboxes', args);
  }
  check(...args: unknown[]): RangeList {
    return this.each('check', args);
  }
  uncheck(...args: unknown[]): RangeList {
    return this.each('uncheck', args);
  }
  breakApart(...args: unknown[]): RangeList {
    return this.each('breakApart', args);
  }
}

// ---------------------------------------------------------------------------------- Sheet

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
    if (typeof a !== 'number' || typeof col !== 'number') signatureError('SpreadsheetApp.Sheet.getRange', [a, col, nr, nc].filter((x) => x !== undefined));
    return makeRange(this._ctx, this.s, a, col, (nr as number | undefined) ?? 1, (nc as number | undefined) ?? 1);
  }
  getRangeList(a1s: unknown): RangeList {
    if (!Array.isArray(a1s)) signatureError('SpreadsheetApp.Sheet.getRangeList', [a1s]);
    return new RangeList(a1s.map((a) => this.getRange(String(a))));
  }
  getDataRange(): Range {
    const lr = Math.max(1, this.wb.lastRow(this.s));
    const lc = Math.max(1, this.wb.lastColumn(this.s));
    return new Range(this._ctx, this.s, 1, 1, lr, lc);
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

  // ---- rows
  private checkRowPos(pos: unknown, method: string): number {
    if (typeof pos !== 'number' || !Number.isFinite(pos)) signatureError(method, [pos]);
    if (pos < 1 || pos > this.s.maxRows) fail('Those rows are out of bounds.');
    return Math.floor(pos);
  }
  insertRowBefore(before: number): Sheet {
    return this.insertRowsBefore(before, 1);
  }
  insertRowAfter(after: number): Sheet {
    return this.insertRowsAfter(after, 1);
  }
  insertRowsBefore(before: number, howMany: number): Sheet {
    const b = this.checkRowPos(before, 'SpreadsheetApp.Sheet.insertRowsBefore');
    this.wb.insertRows(this.s, b - 1, howMany, b - 1);
    return this;
  }
  insertRowsAfter(after: number, howMany: number): Sheet {
    const a = this.checkRowPos(after, 'SpreadsheetApp.Sheet.insertRowsAfter');
    this.wb.insertRows(this.s, a, howMany, a - 1);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  deleteRow(pos: number): Sheet {
    return this.deleteRows(pos, 1);
  }
  deleteRows(pos: number, howMany = 1): Sheet {
    const p = this.checkRowPos(pos, 'SpreadsheetApp.Sheet.deleteRows');
    if (howMany < 1 || p + howMany - 1 > this.s.maxRows) fail('Those rows are out of bounds.');
    if (howMany >= this.s.maxRows) fail("You can't delete all the rows on the sheet.");
    this.wb.deleteRows(this.s, p - 1, howMany);
    return this;
  }
  appendRow(rowContents: unknown): Sheet {
    if (!Array.isArray(rowContents)) signatureError('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = this.wb.lastRow(this.s) + 1;
    if (row > this.s.maxRows) this.s.maxRows = row;
    if (rowContents.length > this.s.maxColumns) this.s.maxColumns = rowContents.length;
    this.wb.writeValues(this.s, row - 1, 0, [rowContents]);
    return this;
  }
  // ---- columns
  private checkColPos(pos: unknown, method: string): number {
    if (typeof pos !== 'number' || !Number.isFinite(pos)) signatureError(method, [pos]);
    if (pos < 1 || pos > this.s.maxColumns) fail('Those columns are out of bounds.');
    return Math.floor(pos);
  }
  insertColumnBefore(before: number): Sheet {
    return this.insertColumnsBefore(before, 1);
  }
  insertColumnAfter(after: number): Sheet {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnsBefore(before: number, howMany: number): Sheet {
    const b = this.checkColPos(before, 'SpreadsheetApp.Sheet.insertColumnsBefore');
    this.wb.insertColumns(this.s, b - 1, howMany, b - 1);
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): Sheet {
    const a = this.checkColPos(after, 'SpreadsheetApp.Sheet.insertColumnsAfter');
    this.wb.insertColumns(this.s, a, howMany, a - 1);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteColumn(pos: number): Sheet {
    return this.deleteColumns(pos, 1);
  }
  deleteColumns(pos: number, howMany = 1): Sheet {
    const p = this.checkColPos(pos, 'SpreadsheetApp.Sheet.deleteColumns');
    if (howMany < 1 || p + howMany - 1 > this.s.maxColumns) fail('Those columns are out of bounds.');
    if (howMany >= this.s.maxColumns) fail("You can't delete all the columns on the sheet.");
    this.wb.deleteColumns(this.s, p - 1, howMany);
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
    this.checkColPos(start, 'SpreadsheetApp.Sheet.setColumnWidths');
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
    if (!o.formatOnly) full.clearContent();
    if (!o.contentsOnly) {
      full.clearFormat();
      if (!o.formatOnly) full.setNote(null);
    }
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
      if (!(r instanceof ConditionalFormatRule)) signatureError('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
      return cloneRule(r._data);
    });
  }
  clearConditionalFormatRules(): void {
    this.s.conditionalRules = [];
  }

  // ---- protections
  protect(): Protection {
    const email = this._ctx.env.effectiveUser().email;
    const p: ProtectionData = { type: 'SHEET', description: '', warningOnly: false, editors: email ? [email] : [], domainEdit: false, unprotectedRanges: [] };
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
    if (this.wb.sheets.filter((x) => !x.hidden && x !== this.s).length === 0) fail("You can't hide all the sheets in a document.");
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
  getFilter(): Filter | null {
    return this.s.filter ? new Filter(this._ctx, this.s) : null;
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

// ---------------------------------------------------------------------------------- Filter (recorded)

export class Filter {
  _ctx: Ctx;
  _sheet: SheetModel;
  constructor(ctx: Ctx, sheet: SheetModel) {
    this._ctx = ctx;
    this._sheet = sheet;
  }
  getRange(): Range {
    const g = this._sheet.filter ?? { row: 1, column: 1, numRows: 1, numColumns: 1 };
    return new Range(this._ctx, this._sheet, g.row, g.column, g.numRows, g.numColumns);
  }
  remove(): void {
    this._sheet.filter = null;
  }
}

// ---------------------------------------------------------------------------------- Spreadsheet

export class Spreadsheet {
  _ctx: Ctx;
  constructor(ctx: Ctx) {
    this._ctx = ctx;
  }
  private get wb(): Workbook {
    return this._ctx.wb;
  }
  private wrap(s: SheetModel): Sheet {
    return new Sheet(this._ctx, s);
  }
  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return this.wb.name;
  }
  rename(name: unknown): void {
    this.wb.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getSheets(): Sheet[] {
    return this.wb.sheets.map((s) => this.wrap(s));
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getSheetByName(name: unknown): Sheet | null {
    const s = this.wb.sheetByName(String(name));
    return s ? this.wrap(s) : null;
  }
  getSheetById(id: unknown): Sheet | null {
    const s = this.wb.sheetById(Number(id));
    return s ? this.wrap(s) : null;
  }
  insertSheet(a?: unknown, b?: unknown, _options?: unknown): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    if (name === undefined) {
      let n = this.wb.sheets.length + 1;
      while (this.wb.sheetByName('Sheet' + n)) n++;
      name = 'Sheet' + n;
    }
    const s = this.wb.addSheet(name, index);
    this.wb.activeSheetIndex = this.wb.sheets.indexOf(s);
    return this.wrap(s);
  }
  deleteSheet(sheet: unknown): void {
    if (!(sheet instanceof Sheet)) signatureError('SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    this.wb.removeSheet(sheet._sheet);
  }
  deleteActiveSheet(): Sheet {
    this.wb.removeSheet(this.wb.activeSheet());
    return this.wrap(this.wb.activeSheet());
  }
  setActiveSheet(sheet: unknown): Sheet {
    if (!(sheet instanceof Sheet)) signatureError('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    return sheet.activate();
  }
  getActiveSheet(): Sheet {
    return this.wrap(this.wb.activeSheet());
  }
  getActiveRange(): Range {
    return this.getActiveSheet().getActiveRange();
  }
  getActiveCell(): Range {
    return this.getActiveSheet().getActiveCell();
  }
  getCurrentCell(): Range {
    return this.getActiveCell();
  }
  setActiveRange(range: unknown): Range {
    return (range as Range).activate();
  }
  moveActiveSheet(pos: number): void {
    this.wb.moveSheet(this.wb.activeSheet(), pos - 1);
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  setSpreadsheetTimeZone(tz: unknown): void {
    this.wb.setTimeZone(String(tz));
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  setSpreadsheetLocale(locale: unknown): void {
    this.wb.locale = String(locale);
  }
  getRange(a1: unknown): Range {
    if (typeof a1 !== 'string') signatureError('SpreadsheetApp.Spreadsheet.getRange', [a1]);
    const p = parseA1(a1);
    if (!p) fail('Range not found');
    const sheet = p.sheetName !== undefined ? this.wb.sheetByName(p.sheetName) : this.wb.activeSheet();
    if (!sheet) fail('Range not found');
    return rangeFromA1(this._ctx, sheet, a1);
  }
  getRangeList(a1s: unknown): RangeList {
    if (!Array.isArray(a1s)) signatureError('SpreadsheetApp.Spreadsheet.getRangeList', [a1s]);
    return new RangeList(a1s.map((a) => this.getRange(String(a))));
  }
  getRangeByName(name: unknown): Range | null {
    const n = this.wb.namedRanges.get(String(name));
    return n ? new Range(this._ctx, n.sheet, n.range.row, n.range.column, n.range.numRows, n.range.numColumns) : null;
  }
  setNamedRange(name: unknown, range: unknown): void {
    const r = range as Range;
    this.wb.namedRanges.set(String(name), { sheet: r._sheet, range: r._grid() });
  }
  removeNamedRange(name: unknown): void {
    this.wb.namedRanges.delete(String(name));
  }
  toast(message: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this._ctx.env.ui.toast({ message: String(message ?? ''), title: title === undefined || title === null ? '' : String(title), timeoutSeconds: typeof timeoutSeconds === 'number' ? timeoutSeconds : 5 });
  }
  getDataRange(): Range {
    return this.getActiveSheet().getDataRange();
  }
  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  toString(): string {
    return 'Spreadsheet';
  }
}

// ---------------------------------------------------------------------------------- Data validation

export class DataValidation {
  _ctx: Ctx;
  _data: ValidationData;
  constructor(ctx: Ctx, data: ValidationData) {
    this._ctx = ctx;
    this._data = data;
  }
  getCriteriaType(): string {
    return this._data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._data.values.slice();
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string | null {
    return this._data.helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._ctx);
    b._data = { ...this._data, values: this._data.values.slice() };
    return b;
  }
}

export class DataValidationBuilder {
  _ctx: Ctx;
  _data: ValidationData = { criteria: '', values: [], allowInvalid: true, helpText: null };
  constructor(ctx: Ctx) {
    this._ctx = ctx;
  }
  private set(criteria: string, values: unknown[]): DataValidationBuilder {
    this._data = { ...this._data, criteria, values };
    return this;
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): DataValidationBuilder {
    return this.set('CHECKBOX', checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked]);
  }
  requireDate(): DataValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: unknown): DataValidationBuilder {
    return this.set('DATE_AFTER', [d]);
  }
  requireDateBefore(d: unknown): DataValidationBuilder {
    return this.set('DATE_BEFORE', [d]);
  }
  requireDateBetween(a: unknown, b: unknown): DataValidationBuilder {
    return this.set('DATE_BETWEEN', [a, b]);
  }
  requireDateNotBetween(a: unknown, b: unknown): DataValidationBuilder {
    return this.set('DATE_NOT_BETWEEN', [a, b]);
  }
  requireDateEqualTo(d: unknown): DataValidationBuilder {
    return this.set('DATE_EQUAL_TO', [d]);
  }
  requireDateOnOrAfter(d: unknown): DataValidationBuilder {
    return this.set('DATE_ON_OR_AFTER', [d]);
  }
  requireDateOnOrBefore(d: unknown): DataValidationBuilder {
    return this.set('DATE_ON_OR_BEFORE', [d]);
  }
  requireNumberBetween(a: unknown, b: unknown): DataValidationBuilder {
    return this.set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberNotBetween(a: unknown, b: unknown): DataValidationBuilder {
    return this.set('NUMBER_NOT_BETWEEN', [a, b]);
  }
  requireNumberEqualTo(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextContains(t: unknown): DataValidationBuilder {
    return this.set('TEXT_CONTAINS', [t]);
  }
  requireTextDoesNotContain(t: unknown): DataValidationBuilder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  requireTextEqualTo(t: unknown): DataValidationBuilder {
    return this.set('TEXT_EQUAL_TO', [t]);
  }
  requireTextIsEmail(): DataValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DataValidationBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: unknown, showDropdown?: unknown): DataValidationBuilder {
    if (!Array.isArray(values)) signatureError('SpreadsheetApp.DataValidationBuilder.requireValueInList', [values]);
    return this.set('VALUE_IN_LIST', [values.slice(), showDropdown === undefined ? true : Boolean(showDropdown)]);
  }
  requireValueInRange(range: unknown, showDropdown?: unknown): DataValidationBuilder {
    return this.set('VALUE_IN_RANGE', [range, showDropdown === undefined ? true : Boolean(showDropdown)]);
  }
  requireFormulaSatisfied(formula: unknown): DataValidationBuilder {
    return this.set('CUSTOM_FORMULA', [String(formula)]);
  }
  withCriteria(criteria: unknown, args: unknown): DataValidationBuilder {
    return this.set(String(criteria), Array.isArray(args) ? args.slice() : []);
  }
  setAllowInvalid(allow: unknown): DataValidationBuilder {
    this._data = { ...this._data, allowInvalid: Boolean(allow) };
    return this;
  }
  setHelpText(text: unknown): DataValidationBuilder {
    this._data = { ...this._data, helpText: text === null || text === undefined ? null : String(text) };
    return this;
  }
  getCriteriaType(): string {
    return this._data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._data.values.slice();
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string | null {
    return this._data.helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._ctx);
    b._data = { ...this._data, values: this._data.values.slice() };
    return b;
  }
  build(): DataValidation {
    if (!this._data.criteria) fail('You must set a validation criteria before building the data validation.');
    return new DataValidation(this._ctx, { ...this._data, values: this._data.values.slice() });
  }
}

// ---------------------------------------------------------------------------------- Conditional formats

function cloneRule(r: ConditionalRuleData): ConditionalRuleData {
  return {
    ranges: r.ranges.map(toGrid),
    ...(r.condition ? { condition: { type: r.condition.type, values: r.condition.values.slice() } } : {}),
    ...(r.gradient ? { gradient: { ...r.gradient } } : {}),
    format: { ...r.format },
  };
}

export class Color {
  _hex: string;
  constructor(hex: string) {
    this._hex = hex;
  }
  asHexString(): string {
    return this._hex;
  }
  asRgbColor(): Color {
    return this;
  }
  getColorType(): string {
    return 'RGB';
  }
  getRed(): number {
    return parseInt(this._hex.slice(1, 3), 16);
  }
  getGreen(): number {
    return parseInt(this._hex.slice(3, 5), 16);
  }
  getBlue(): number {
    return parseInt(this._hex.slice(5, 7), 16);
  }
}

export class BooleanCondition {
  _data: ConditionalRuleData;
  constructor(data: ConditionalRuleData) {
    this._data = data;
  }
  getCriteriaType(): string {
    return this._data.condition?.type ?? '';
  }
  getCriteriaValues(): unknown[] {
    return (this._data.condition?.values ?? []).slice();
  }
  getBackground(): string | null {
    return this._data.format.background ?? null;
  }
  getBackgroundObject(): Color | null {
    const b = this._data.format.background;
    return b ? new Color(b) : null;
  }
  getFontColor(): string | null {
    return this._data.format.fontColor ?? null;
  }
  getFontColorObject(): Color | null {
    const b = this._data.format.fontColor;
    return b ? new Color(b) : null;
  }
  getBold(): boolean | null {
    return this._data.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._data.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this._data.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this._data.format.underline ?? null;
  }
}

export class ConditionalFormatRule {
  _ctx: Ctx;
  _sheet: SheetModel | undefined;
  _data: ConditionalRuleData;
  constructor(ctx: Ctx, sheet: SheetModel | undefined, data: ConditionalRuleData) {
    this._ctx = ctx;
    this._sheet = sheet;
    this._data = data;
  }
  getBooleanCondition(): BooleanCondition | null {
    return this._data.condition ? new BooleanCondition(this._data) : null;
  }
  getGradientCondition(): unknown {
    return this._data.gradient ? { ...this._data.gradient } : null;
  }
  getRanges(): Range[] {
    const sheet = this._sheet ?? this._ctx.wb.activeSheet();
    return this._data.ranges.map((g) => new Range(this._ctx, sheet, g.row, g.column, g.numRows, g.numColumns));
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this._ctx);
    b._data = cloneRule(this._data);
    b._sheet = this._sheet;
    return b;
  }
}

export class ConditionalFormatRuleBuilder {
  _ctx: Ctx;
  _sheet: SheetModel | undefined;
  _data: ConditionalRuleData = { ranges: [], format: {} };
  constructor(ctx: Ctx) {
    this._ctx = ctx;
  }
  private when(type: string, values: unknown[]): ConditionalFormatRuleBuilder {
    this._data = { ...this._data, condition: { type, values } };
    delete this._data.gradient;
    return this;
  }
  private fmt(patch: ConditionalFormat): ConditionalFormatRuleBuilder {
    this._data = { ...this._data, format: { ...this._data.format, ...patch } };
    return this;
  }
  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenDateAfter(d: unknown): ConditionalFormatRuleBuilder {
    return this.when(typeof d === 'string' ? 'DATE_AFTER_RELATIVE' : 'DATE_AFTER', [d]);
  }
  whenDateBefore(d: unknown): ConditionalFormatRuleBuilder {
    return this.when(typeof d === 'string' ? 'DATE_BEFORE_RELATIVE' : 'DATE_BEFORE', [d]);
  }
  whenDateEqualTo(d: unknown): ConditionalFormatRuleBuilder {
    return this.when(typeof d === 'string' ? 'DATE_EQUAL_TO_RELATIVE' : 'DATE_EQUAL_TO', [d]);
  }
  whenFormulaSatisfied(formula: unknown): ConditionalFormatRuleBuilder {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenNumberBetween(a: unknown, b: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenNumberNotBetween(a: unknown, b: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_BETWEEN', [a, b]);
  }
  whenNumberEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenTextContains(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_CONTAINS', [String(t)]);
  }
  whenTextDoesNotContain(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [String(t)]);
  }
  whenTextEqualTo(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [String(t)]);
  }
  whenTextStartsWith(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_STARTS_WITH', [String(t)]);
  }
  whenTextEndsWith(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_ENDS_WITH', [String(t)]);
  }
  withCriteria(criteria: unknown, args: unknown): ConditionalFormatRuleBuilder {
    return this.when(String(criteria), Array.isArray(args) ? args.slice() : []);
  }
  setGradientMaxpoint(color: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ maxColor: normalizeColor(color), maxType: 'MAX' });
  }
  setGradientMinpoint(color: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ minColor: normalizeColor(color), minType: 'MIN' });
  }
  setGradientMaxpointWithValue(color: unknown, type: unknown, value: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ maxColor: normalizeColor(color), maxType: String(type), maxValue: value });
  }
  setGradientMidpointWithValue(color: unknown, type: unknown, value: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ midColor: normalizeColor(color), midType: String(type), midValue: value });
  }
  setGradientMinpointWithValue(color: unknown, type: unknown, value: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ minColor: normalizeColor(color), minType: String(type), minValue: value });
  }
  private gradient(patch: Record<string, unknown>): ConditionalFormatRuleBuilder {
    const { condition: _c, ...rest } = this._data;
    this._data = { ...rest, gradient: { ...(this._data.gradient ?? {}), ...patch } };
    return this;
  }
  setBackground(color: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ background: normalizeColor(color) });
  }
  setBackgroundObject(color: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ background: color instanceof Color ? color._hex : normalizeColor(color) });
  }
  setFontColor(color: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ fontColor: normalizeColor(color) });
  }
  setBold(b: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ bold: b === null ? null : Boolean(b) });
  }
  setItalic(b: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ italic: b === null ? null : Boolean(b) });
  }
  setStrikethrough(b: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ strikethrough: b === null ? null : Boolean(b) });
  }
  setUnderline(b: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ underline: b === null ? null : Boolean(b) });
  }
  setRanges(ranges: unknown): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges) || !ranges.every((r) => r instanceof Range)) signatureError('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    const rs = ranges as Range[];
    this._sheet = rs[0]?._sheet ?? this._sheet;
    this._data = { ...this._data, ranges: rs.map((r) => r._grid()) };
    return this;
  }
  getRanges(): Range[] {
    return new ConditionalFormatRule(this._ctx, this._sheet, this._data).getRanges();
  }
  getBooleanCondition(): BooleanCondition | null {
    return this._data.condition ? new BooleanCondition(this._data) : null;
  }
  getGradientCondition(): unknown {
    return this._data.gradient ? { ...this._data.gradient } : null;
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this._ctx);
    b._data = cloneRule(this._data);
    b._sheet = this._sheet;
    return b;
  }
  build(): ConditionalFormatRule {
    if (!this._data.condition && !this._data.gradient) fail('Conditional format rule must have a condition.');
    if (this._data.ranges.length === 0) fail('Conditional format rule must have at least one range.');
    return new ConditionalFormatRule(this._ctx, this._sheet, cloneRule(this._data));
  }
}

// ---------------------------------------------------------------------------------- Protection

export class User {
  _email: string;
  constructor(email: string) {
    this._email = email;
  }
  getEmail(): string {
    return this._email;
  }
  getUsername(): string {
    return this._email.split('@')[0] ?? '';
  }
}

export class Protection {
  _ctx: Ctx;
  _sheet: SheetModel;
  _data: ProtectionData;
  constructor(ctx: Ctx, sheet: SheetModel, data: ProtectionData) {
    this._ctx = ctx;
    this._sheet = sheet;
    this._data = data;
  }
  getProtectionType(): string {
    return this._data.type;
  }
  getRange(): Range {
    const g = this._data.range ?? { row: 1, column: 1, numRows: this._sheet.maxRows, numColumns: this._sheet.maxColumns };
    return new Range(this._ctx, this._sheet, g.row, g.column, g.numRows, g.numColumns);
  }
  setDescription(d: unknown): Protection {
    this._data.description = String(d ?? '');
    return this;
  }
  getDescription(): string {
    return this._data.description;
  }
  setWarningOnly(w: unknown): Protection {
    this._data.warningOnly = Boolean(w);
    return this;
  }
  isWarningOnly(): boolean {
    return this._data.warningOnly;
  }
  private email(u: unknown): string {
    return u instanceof User ? u.getEmail() : String(u);
  }
  addEditor(u: unknown): Protection {
    const e = this.email(u);
    if (!this._data.editors.includes(e)) this._data.editors.push(e);
    return this;
  }
  addEditors(us: unknown): Protection {
    for (const u of Array.isArray(us) ? us : []) this.addEditor(u);
    return this;
  }
  removeEditor(u: unknown): Protection {
    const e = this.email(u);
    this._data.editors = this._data.editors.filter((x) => x !== e);
    return this;
  }
  removeEditors(us: unknown): Protection {
    for (const u of Array.isArray(us) ? us : []) this.removeEditor(u);
    return this;
  }
  getEditors(): User[] {
    return this._data.editors.map((e) => new User(e));
  }
  setDomainEdit(b: unknown): Protection {
    this._data.domainEdit = Boolean(b);
    return this;
  }
  canDomainEdit(): boolean {
    return this._data.domainEdit;
  }
  canEdit(): boolean {
    return true;
  }
  setUnprotectedRanges(ranges: unknown): Protection {
    this._data.unprotectedRanges = (Array.isArray(ranges) ? ranges : []).map((r) => (r as Range)._grid());
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return this._data.unprotectedRanges.map((g) => new Range(this._ctx, this._sheet, g.row, g.column, g.numRows, g.numColumns));
  }
  remove(): void {
    this._sheet.protections = this._sheet.protections.filter((p) => p !== this._data);
  }
}

// ---------------------------------------------------------------------------------- Charts (recorded)

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
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    const p = this._data.position;
    return { getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
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
      : { chartId: ctx.wb.allocateChartId(), type: 'COLUMN', ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: {} };
  }
  addRange(range: unknown): EmbeddedChartBuilder {
    this._data.ranges.push((range as Range)._grid());
    return this;
  }
  removeRange(range: unknown): EmbeddedChartBuilder {
    const g = (range as Range)._grid();
    this._data.ranges = this._data.ranges.filter((r) => !(r.row === g.row && r.column === g.column && r.numRows === g.numRows && r.numColumns === g.numColumns));
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
    return new EmbeddedChart(this._ctx, this._sheet, { ...this._data, ranges: this._data.ranges.slice(), options: { ...this._data.options }, position: { ...this._data.position } });
  }
}

// ---------------------------------------------------------------------------------- Rich text / text style

export class RichTextValue {
  _text: string;
  _link: string | null;
  constructor(text: string, link: string | null) {
    this._text = text;
    this._link = link;
  }
  getText(): string {
    return this._text;
  }
  getLinkUrl(): string | null {
    return this._link;
  }
}

export class RichTextValueBuilder {
  _text = '';
  _link: string | null = null;
  setText(t: unknown): RichTextValueBuilder {
    this._text = String(t);
    return this;
  }
  setLinkUrl(a: unknown, _b?: unknown, c?: unknown): RichTextValueBuilder {
    this._link = String(c ?? a);
    return this;
  }
  setTextStyle(..._args: unknown[]): RichTextValueBuilder {
    return this;
  }
  build(): RichTextValue {
    return new RichTextValue(this._text, this._link);
  }
}

export class TextStyle {
  _bold?: boolean;
  _italic?: boolean;
  _color?: string;
  _fontSize?: number;
}

export class TextStyleBuilder {
  _style = new TextStyle();
  setBold(b: unknown): TextStyleBuilder {
    this._style._bold = Boolean(b);
    return this;
  }
  setItalic(b: unknown): TextStyleBuilder {
    this._style._italic = Boolean(b);
    return this;
  }
  setForegroundColor(c: unknown): TextStyleBuilder {
    this._style._color = normalizeColor(c) ?? '#000000';
    return this;
  }
  setFontSize(n: unknown): TextStyleBuilder {
    this._style._fontSize = Number(n);
    return this;
  }
  build(): TextStyle {
    const s = new TextStyle();
    Object.assign(s, this._style);
    return s;
  }
}

// ---------------------------------------------------------------------------------- SpreadsheetApp

export class SpreadsheetApp {
  _ctx: Ctx;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;
  readonly RelativeDate = RelativeDate;
  readonly CopyPasteType = CopyPasteType;
  readonly InterpolationType = InterpolationType;
  readonly TextDirection = TextDirection;
  readonly ChartType = ChartType;

  constructor(ctx: Ctx) {
    this._ctx = ctx;
  }
  getActive(): Spreadsheet {
    return new Spreadsheet(this._ctx);
  }
  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this._ctx);
  }
  getActiveSheet(): Sheet {
    return new Spreadsheet(this._ctx).getActiveSheet();
  }
  getActiveRange(): Range {
    return new Spreadsheet(this._ctx).getActiveRange();
  }
  getCurrentCell(): Range {
    return new Spreadsheet(this._ctx).getActiveCell();
  }
  setActiveSheet(sheet: unknown): Sheet {
    return new Spreadsheet(this._ctx).setActiveSheet(sheet);
  }
  setActiveRange(range: unknown): Range {
    return (range as Range).activate();
  }
  openById(id: unknown): Spreadsheet {
    if (String(id) !== this._ctx.wb.id) fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return new Spreadsheet(this._ctx);
  }
  getUi(): unknown {
    return this._ctx.getUi();
  }
  flush(): void {
    this._ctx.wb.syncClock();
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._ctx);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this._ctx);
  }
  newRichTextValue(): RichTextValueBuilder {
    return new RichTextValueBuilder();
  }
  newTextStyle(): TextStyleBuilder {
    return new TextStyleBuilder();
  }
  newColor(): { setRgbColor(hex: string): { build(): Color } } {
    return { setRgbColor: (hex: string) => ({ build: () => new Color(normalizeColor(hex) ?? '#000000') }) };
  }
}

export interface SpreadsheetAppDeps {
  getUi(): unknown;
  env: EmulatorEnv;
}

/** The global `SpreadsheetApp` of a script bound to `workbook`. */
export function createSpreadsheetApp(workbook: Workbook, deps: SpreadsheetAppDeps): SpreadsheetApp {
  return new SpreadsheetApp({ wb: workbook, env: deps.env, getUi: deps.getUi, selection: new Map() });
}

/** `Charts` global (only its enums are used by scripts that build embedded charts). */
export function createChartsService(): { ChartType: typeof ChartType; Position: Record<string, string> } {
  return { ChartType, Position: names('TOP', 'RIGHT', 'BOTTOM', 'NONE', 'LEFT', 'IN') };
}

