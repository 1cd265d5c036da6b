// Range: a rectangle of cells on one sheet, with Google's argument checks.
import { formulaFromR1C1, formulaToR1C1, parseA1, rangeA1 } from '../a1';
import { normalizeColor } from '../colors';
import type { CellFormat, GridRange, ProtectionData, ValidationData } from '../model';
import { GENERAL_FORMAT } from '../numberFormat';
import type { SheetModel, Workbook } from '../workbook';
import { checkGrid, fail, signatureError, type Ctx } from './context';
import { dataRegion } from './data-region';
import { DataValidation } from './data-validation';
import { Protection } from './protection';
import { Sheet } from './sheet';
import { TextFinder } from './text-finder';

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
    this.wb.writeValues(
      this._sheet,
      this.r0,
      this.c0,
      Array.from({ length: this._nr }, () => row),
    );
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
    for (let i = 0; i < this._nr; i++)
      for (let j = 0; j < this._nc; j++) if (!this.wb.isCellEmpty(this._sheet, this.r0 + i, this.c0 + j)) return false;
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
    return this.getFormulas().map((row, i) =>
      row.map((f, j) => (f === '' ? '' : formulaToR1C1(f, this._row + i, this._col + j))),
    );
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
    return Array.from({ length: this._nr }, (_, i) =>
      Array.from({ length: this._nc }, (_, j) => fn(this.r0 + i, this.c0 + j)),
    );
  }
  private setProp<K extends keyof CellFormat>(
    key: K,
    value: (i: number, j: number) => CellFormat[K] | undefined,
  ): Range {
    this.wb.setFormatProperty(this._sheet, this.r0, this.c0, this._nr, this._nc, key, value);
    return this;
  }
  private setPropGrid<K extends keyof CellFormat>(
    key: K,
    data: unknown,
    method: string,
    conv: (v: unknown) => CellFormat[K] | undefined,
  ): Range {
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
    return this.setPropGrid('fontWeight', data, 'SpreadsheetApp.Range.setFontWeights', (w) =>
      w === 'bold' ? 'bold' : undefined,
    );
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
    return this.setPropGrid('horizontalAlignment', data, 'SpreadsheetApp.Range.setHorizontalAlignments', (a) =>
      a ? String(a).toLowerCase() : undefined,
    );
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

  // ---- notes
  getNote(): string {
    return this.wb.note(this._sheet, this.r0, this.c0);
  }
  getNotes(): string[][] {
    return this.formatGrid((r, c) => this.wb.note(this._sheet, r, c));
  }
  setNote(note: unknown): Range {
    const n = note === null || note === undefined ? null : String(note);
    for (let i = 0; i < this._nr; i++)
      for (let j = 0; j < this._nc; j++) this.wb.setNote(this._sheet, this.r0 + i, this.c0 + j, n);
    return this;
  }
  setNotes(data: unknown): Range {
    const rows = checkGrid(data, this._nr, this._nc, 'SpreadsheetApp.Range.setNotes');
    rows.forEach((row, i) =>
      row.forEach((n, j) =>
        this.wb.setNote(this._sheet, this.r0 + i, this.c0 + j, n === null || n === undefined ? null : String(n)),
      ),
    );
    return this;
  }
  clearNote(): Range {
    return this.setNote(null);
  }

  // ---- clearing
  clear(options?: unknown): Range {
    const o = (options ?? {}) as {
      commentsOnly?: boolean;
      contentsOnly?: boolean;
      formatOnly?: boolean;
      validationsOnly?: boolean;
      skipFilteredRows?: boolean;
    };
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
    for (let i = 0; i < this._nr; i++)
      for (let j = 0; j < this._nc; j++) this.wb.setValidation(this._sheet, this.r0 + i, this.c0 + j, v);
    return this;
  }
  setDataValidations(rules: unknown): Range {
    const rows = checkGrid(rules, this._nr, this._nc, 'SpreadsheetApp.Range.setDataValidations');
    rows.forEach((row, i) =>
      row.forEach((rule, j) => {
        const given = rule === null ? undefined : validationArg(rule, 'SpreadsheetApp.Range.setDataValidations');
        this.wb.setValidation(
          this._sheet,
          this.r0 + i,
          this.c0 + j,
          given && { ...given, anchor: { row: this._row + i, column: this._col + j } },
        );
      }),
    );
    return this;
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }
  insertCheckboxes(checked?: unknown, unchecked?: unknown): Range {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    this.setDataValidation(
      new DataValidation(this._ctx, { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: null }),
    );
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
    return makeRange(
      this._ctx,
      this._sheet,
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._nr,
      numColumns ?? this._nc,
    );
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._nr || column > this._nc) fail('Cell reference out of range');
    return new Range(this._ctx, this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
  }
  createTextFinder(findText: unknown): TextFinder {
    if (typeof findText !== 'string') signatureError('SpreadsheetApp.Range.createTextFinder', [findText]);
    return new TextFinder(
      this._ctx,
      { sheet: this._sheet, row: this._row, column: this._col, numRows: this._nr, numColumns: this._nc },
      findText,
    );
  }
  getDataRegion(dimension?: unknown): Range {
    const dim = dimension === undefined || dimension === null ? undefined : String(dimension);
    const g = dataRegion(
      this._grid(),
      dim,
      this._sheet.maxRows,
      this._sheet.maxColumns,
      (r, c) => !this.wb.isCellEmpty(this._sheet, r - 1, c - 1),
    );
    return new Range(this._ctx, this._sheet, g.row, g.column, g.numRows, g.numColumns);
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
    for (let i = 0; i < this._nr; i++)
      this._sheet.merges.push({ row: this._row + i, column: this._col, numRows: 1, numColumns: this._nc });
    return this;
  }
  mergeVertically(): Range {
    for (let j = 0; j < this._nc; j++)
      this._sheet.merges.push({ row: this._row, column: this._col + j, numRows: this._nr, numColumns: 1 });
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
  protect(): Protection {
    const email = this._ctx.env.effectiveUser().email;
    const p: ProtectionData = {
      type: 'RANGE',
      range: this._grid(),
      description: '',
      warningOnly: false,
      editors: email ? [email] : [],
      domainEdit: false,
      unprotectedRanges: [],
    };
    this._sheet.protections.push(p);
    return new Protection(this._ctx, this._sheet, p);
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
        const grid = values.map((row, i) =>
          row.map((v, j) => (r1c1[i]![j] ? formulaFromR1C1(r1c1[i]![j]!, dest._row + i, dest._col + j) : v)),
        );
        dest._ctx.wb.writeValues(
          dest._sheet,
          dest._row - 1,
          dest._col - 1,
          grid.map((row) => row.map((v) => (typeof v === 'string' && !v.startsWith('=') ? "'" + v : v))),
        );
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
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
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
export function makeRange(ctx: Ctx, sheet: SheetModel, row: number, col: number, nr: number, nc: number): Range {
  if (![row, col, nr, nc].every((n) => typeof n === 'number' && Number.isFinite(n)))
    signatureError('SpreadsheetApp.Sheet.getRange', [row, col, nr, nc]);
  if (row < 1) fail('The starting row of the range is too small.');
  if (col < 1) fail('The starting column of the range is too small.');
  if (nr < 1) fail('The number of rows in the range must be at least 1.');
  if (nc < 1) fail('The number of columns in the range must be at least 1.');
  if (row + nr - 1 > sheet.maxRows || col + nc - 1 > sheet.maxColumns)
    fail('The coordinates of the range are outside the dimensions of the sheet.');
  return new Range(ctx, sheet, Math.floor(row), Math.floor(col), Math.floor(nr), Math.floor(nc));
}

/** Resolves A1 notation (open-ended parts to the sheet's size) on `sheet`. */
export function rangeFromA1(ctx: Ctx, sheet: SheetModel, a1: string): Range {
  const p = parseA1(a1);
  if (!p) fail('Range not found');
  const endRow = p.endRow ?? sheet.maxRows;
  const endCol = p.endColumn ?? sheet.maxColumns;
  if (endRow > sheet.maxRows || endCol > sheet.maxColumns) fail('Range not found');
  return new Range(ctx, sheet, p.row, p.column, endRow - p.row + 1, endCol - p.column + 1);
}
