// The cell contents of the document model, in the formula engine (values as Sheets interprets them, formulas,
// reads of values and display values), and inserting/deleting rows and columns; workbook-sheets.ts holds the
// sheets, formats, notes and validation, workbook.ts adds the uncounted inspection API, conditional formatting and
// a user's typing. Coordinates inside are 0-based (row r, column c); the Apps Script API is 1-based.
import type { RawCellContent } from 'hyperformula';
import { dateContent, errorText, fromEngineFormula, isCellError, toEngineFormula } from './engine';
import { parseTypedInput } from './input';
import { localeConventions } from './locale';
import type { GridRange } from './model';
import { formatValue, isDateTimeFormat } from './numberFormat';
import { instantFromSerial, isDate, serialFromInstant } from './time';
import { SheetModel } from './sheet-model';
import { grid, shiftSpan, shrinkSpan, spliceSparse } from './grid';
import { WorkbookSheets } from './workbook-sheets';

export type ApiValue = number | string | boolean | Date;

export interface TypeIntoResult {
  ok: boolean;
  message?: string;
  oldValue?: ApiValue;
  newValue?: ApiValue;
  /** true when the value was stored although it breaks an allow-invalid rule (Sheets shows a warning) */
  invalid?: boolean;
  /** Google's confirmation, when the cell is under a warning-only protection (the edit was confirmed) */
  warning?: string;
}

export class WorkbookCore extends WorkbookSheets {
  // ------------------------------------------------------------------ contents

  protected addr(sheet: SheetModel, r: number, c: number) {
    return { sheet: sheet.hfId, row: r, col: c };
  }

  /** Writes engine contents (already translated) to a rectangle in one batch. */
  writeContents(sheet: SheetModel, r0: number, c0: number, contents: RawCellContent[][]): void {
    if (contents.length === 0) return;
    if (this.deferred(sheet, () => this.writeContents(sheet, r0, c0, contents))) return;
    this.syncClock();
    this.hf.setCellContents(this.addr(sheet, r0, c0), contents);
  }

  /** Converts one value given to setValue(s) into engine content, as Sheets interprets it. */
  inputToContent(
    sheet: SheetModel,
    r: number,
    c: number,
    v: unknown,
    autoFormats: Map<number, string> | undefined,
    key: number,
  ): RawCellContent {
    if (v === null || v === undefined) return null;
    const fmt = sheet.format(r, c)?.numberFormat;
    const typed = (n: number, format: string | undefined): RawCellContent =>
      isDateTimeFormat(format) ? dateContent(n) : n;
    if (typeof v === 'number') return Number.isFinite(v) ? typed(v, fmt) : '#NUM!';
    if (typeof v === 'boolean') return v;
    if (isDate(v)) {
      const ms = v.getTime();
      if (Number.isNaN(ms)) return "'Invalid Date";
      const serial = serialFromInstant(ms, this.timeZone);
      let format = fmt;
      if (!fmt) {
        const conv = localeConventions(this.locale);
        format = Number.isInteger(serial) ? conv.dateFormat : conv.dateTimeFormat;
        autoFormats?.set(key, format);
      }
      return typed(serial, format);
    }
    const text = typeof v === 'string' ? v : String(v);
    const parsed = parseTypedInput(text, this.locale, fmt === '@');
    switch (parsed.kind) {
      case 'blank':
        return null;
      case 'formula':
        return toEngineFormula(parsed.formula);
      case 'value': {
        if (typeof parsed.value === 'string') return "'" + parsed.value;
        if (typeof parsed.value === 'boolean') return parsed.value;
        let format = fmt;
        if (parsed.numberFormat && !fmt) {
          format = parsed.numberFormat;
          autoFormats?.set(key, format);
        }
        return typed(parsed.value, format);
      }
    }
  }

  /**
   * After number formats change: numbers (not formulas) are re-given to the engine as dates or plain
   * numbers so that formulas over them get Sheets' automatic date formats.
   */
  retypeNumbers(sheet: SheetModel, r0: number, c0: number, nr: number, nc: number): void {
    if (this.deferred(sheet, () => this.retypeNumbers(sheet, r0, c0, nr, nc))) return;
    const { height, width } = this.hf.getSheetDimensions(sheet.hfId);
    const rows = Math.min(nr, height - r0);
    const cols = Math.min(nc, width - c0);
    const changes: [number, number, RawCellContent][] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const a = this.addr(sheet, r0 + i, c0 + j);
        const v = this.hf.getCellValue(a);
        if (typeof v !== 'number' || this.hf.doesCellHaveFormula(a)) continue;
        const wantDate = isDateTimeFormat(sheet.format(r0 + i, c0 + j)?.numberFormat);
        const type = this.hf.getCellValueDetailedType(a);
        const isDateType = type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' || type === 'NUMBER_TIME';
        if (wantDate !== isDateType) changes.push([r0 + i, c0 + j, wantDate ? dateContent(v) : v]);
      }
    }
    if (changes.length === 0) return;
    this.syncClock();
    this.hf.batch(() => {
      for (const [r, c, content] of changes) this.hf.setCellContents(this.addr(sheet, r, c), content);
    });
  }

  /** Range.setValues semantics on a rectangle (0-based origin). */
  writeValues(sheet: SheetModel, r0: number, c0: number, values: unknown[][]): void {
    if (this.deferred(sheet, () => this.writeValues(sheet, r0, c0, values))) return;
    const auto = new Map<number, string>();
    const nc = values[0]?.length ?? 0;
    const contents = values.map((row, i) =>
      row.map((v, j) => this.inputToContent(sheet, r0 + i, c0 + j, v, auto, i * nc + j)),
    );
    this.writeContents(sheet, r0, c0, contents);
    for (const [key, fmt] of auto) {
      const i = Math.floor(key / nc),
        j = key % nc;
      this.setFormatProperty(sheet, r0 + i, c0 + j, 1, 1, 'numberFormat', () => fmt);
    }
  }

  /** Range.setFormulas: every non-empty string is a formula ('=' added when missing, as Sheets does). */
  writeFormulas(sheet: SheetModel, r0: number, c0: number, formulas: unknown[][]): void {
    const contents = formulas.map((row) =>
      row.map((f): RawCellContent => {
        const s = f === null || f === undefined ? '' : String(f);
        if (s === '') return null;
        return toEngineFormula(s.startsWith('=') ? s : '=' + s);
      }),
    );
    this.writeContents(sheet, r0, c0, contents);
  }

  clearContents(sheet: SheetModel, r0: number, c0: number, nr: number, nc: number): void {
    const contents = Array.from({ length: nr }, () => new Array<RawCellContent>(nc).fill(null));
    this.writeContents(sheet, r0, c0, contents);
  }

  /** The number format that decides how a number shows: the cell's own, else Sheets' automatic one. */
  effectiveNumberFormat(sheet: SheetModel, r: number, c: number): string | undefined {
    const own = sheet.format(r, c)?.numberFormat;
    if (own) return own;
    const type = this.hf.getCellValueDetailedType(this.addr(sheet, r, c));
    const conv = localeConventions(this.locale);
    switch (type) {
      case 'NUMBER_DATE':
        return conv.dateFormat;
      case 'NUMBER_DATETIME':
        return conv.dateTimeFormat;
      case 'NUMBER_TIME':
        return conv.timeFormat;
      case 'NUMBER_PERCENT':
        return '0%';
      default:
        return undefined;
    }
  }

  /** The engine's value: number | string | boolean | null, errors as their text. */
  rawValue(sheet: SheetModel, r: number, c: number): number | string | boolean | null {
    const v = this.hf.getCellValue(this.addr(sheet, r, c));
    if (isCellError(v)) return errorText(v);
    return v as number | string | boolean | null;
  }

  /** What getValue returns for one cell. */
  apiValue(sheet: SheetModel, r: number, c: number): ApiValue {
    const v = this.hf.getCellValue(this.addr(sheet, r, c));
    if (v === null) return '';
    if (isCellError(v)) return errorText(v);
    if (typeof v === 'number') {
      const fmt = this.effectiveNumberFormat(sheet, r, c);
      if (isDateTimeFormat(fmt)) return this.makeDate(instantFromSerial(v, this.timeZone));
      return v;
    }
    return v as string | boolean;
  }

  readValues(sheet: SheetModel, r0: number, c0: number, nr: number, nc: number): ApiValue[][] {
    this.syncClock();
    const out: ApiValue[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const row: ApiValue[] = new Array(nc);
      for (let j = 0; j < nc; j++) row[j] = this.apiValue(sheet, r0 + i, c0 + j);
      out[i] = row;
    }
    return out;
  }

  displayValue(sheet: SheetModel, r: number, c: number): string {
    const v = this.rawValue(sheet, r, c);
    if (v === null) return '';
    if (typeof v === 'number') return formatValue(v, this.effectiveNumberFormat(sheet, r, c), this.locale);
    return formatValue(v, sheet.format(r, c)?.numberFormat, this.locale);
  }

  readDisplayValues(sheet: SheetModel, r0: number, c0: number, nr: number, nc: number): string[][] {
    this.syncClock();
    return grid(nr, nc, (i, j) => this.displayValue(sheet, r0 + i, c0 + j));
  }

  formula(sheet: SheetModel, r: number, c: number): string {
    const f = this.hf.getCellFormula(this.addr(sheet, r, c));
    return f === undefined ? '' : fromEngineFormula(f);
  }

  readFormulas(sheet: SheetModel, r0: number, c0: number, nr: number, nc: number): string[][] {
    return grid(nr, nc, (i, j) => this.formula(sheet, r0 + i, c0 + j));
  }

  isCellEmpty(sheet: SheetModel, r: number, c: number): boolean {
    return this.hf.isCellEmpty(this.addr(sheet, r, c));
  }

  /** 1-based last row holding content (0 for an empty sheet), as Sheet.getLastRow. */
  lastRow(sheet: SheetModel): number {
    const { height, width } = this.hf.getSheetDimensions(sheet.hfId);
    for (let r = Math.min(height, sheet.maxRows) - 1; r >= 0; r--) {
      for (let c = 0; c < width; c++) if (!this.hf.isCellEmpty(this.addr(sheet, r, c))) return r + 1;
    }
    return 0;
  }

  lastColumn(sheet: SheetModel): number {
    const { height, width } = this.hf.getSheetDimensions(sheet.hfId);
    let best = 0;
    for (let r = 0; r < height; r++) {
      for (let c = width - 1; c >= best; c--) {
        if (!this.hf.isCellEmpty(this.addr(sheet, r, c))) {
          best = c + 1;
          break;
        }
      }
      if (best === width) break;
    }
    return best;
  }

  // ------------------------------------------------------------------ structure

  /**
   * Inserts `count` rows before 0-based row `at`. New rows take the formats and validation of
   * `inheritFrom` (0-based row, before the insertion) when given, as Sheets does for inserted rows.
   */
  insertRows(sheet: SheetModel, at: number, count: number, inheritFrom?: number): void {
    if (count <= 0) return;
    this.syncClock();
    this.hf.addRows(sheet.hfId, [at, count]);
    const template = inheritFrom !== undefined ? sheet.rows[inheritFrom] : undefined;
    const fresh = Array.from({ length: count }, () => (template ? template.clone() : undefined));
    if (sheet.rows.length < at) sheet.rows.length = at;
    sheet.rows.splice(at, 0, ...fresh);
    sheet.maxRows += count;
    const shift = (start: number, size: number): [number, number] | undefined => shiftSpan(start, size, at, count);
    this.adjustRanges(sheet, (g) => {
      const s = shift(g.row - 1, g.numRows);
      return s && { ...g, row: s[0] + 1, numRows: s[1] };
    });
    if (sheet.frozenRows > at) sheet.frozenRows += count;
  }

  deleteRows(sheet: SheetModel, at: number, count: number): void {
    if (count <= 0) return;
    this.syncClock();
    this.hf.removeRows(sheet.hfId, [at, count]);
    sheet.rows.splice(at, count);
    sheet.maxRows -= count;
    this.adjustRanges(sheet, (g) => {
      const s = shrinkSpan(g.row - 1, g.numRows, at, count);
      return s && { ...g, row: s[0] + 1, numRows: s[1] };
    });
    if (sheet.frozenRows > at) sheet.frozenRows = Math.max(at, sheet.frozenRows - count);
  }

  insertColumns(sheet: SheetModel, at: number, count: number, inheritFrom?: number): void {
    if (count <= 0) return;
    this.syncClock();
    this.hf.addColumns(sheet.hfId, [at, count]);
    for (const rd of sheet.rows) {
      if (!rd) continue;
      const tmpl = inheritFrom !== undefined ? rd.formats[inheritFrom] : undefined;
      spliceSparse(rd.formats, at, 0, new Array(count).fill(tmpl));
      if (rd.notes) spliceSparse(rd.notes, at, 0, new Array(count).fill(undefined));
      if (rd.validations) {
        const v = inheritFrom !== undefined ? rd.validations[inheritFrom] : undefined;
        spliceSparse(rd.validations, at, 0, new Array(count).fill(v));
      }
    }
    const widths = [...sheet.columnWidths];
    sheet.columnWidths.clear();
    for (const [col, w] of widths) sheet.columnWidths.set(col - 1 >= at ? col + count : col, w);
    sheet.maxColumns += count;
    this.adjustRanges(sheet, (g) => {
      const s = shiftSpan(g.column - 1, g.numColumns, at, count);
      return s && { ...g, column: s[0] + 1, numColumns: s[1] };
    });
    if (sheet.frozenColumns > at) sheet.frozenColumns += count;
  }

  deleteColumns(sheet: SheetModel, at: number, count: number): void {
    if (count <= 0) return;
    this.syncClock();
    this.hf.removeColumns(sheet.hfId, [at, count]);
    for (const rd of sheet.rows) {
      if (!rd) continue;
      spliceSparse(rd.formats, at, count, []);
      if (rd.notes) spliceSparse(rd.notes, at, count, []);
      if (rd.validations) spliceSparse(rd.validations, at, count, []);
    }
    const widths = [...sheet.columnWidths];
    sheet.columnWidths.clear();
    for (const [col, w] of widths) {
      if (col - 1 >= at && col - 1 < at + count) continue;
      sheet.columnWidths.set(col - 1 >= at + count ? col - count : col, w);
    }
    sheet.maxColumns -= count;
    this.adjustRanges(sheet, (g) => {
      const s = shrinkSpan(g.column - 1, g.numColumns, at, count);
      return s && { ...g, column: s[0] + 1, numColumns: s[1] };
    });
    if (sheet.frozenColumns > at) sheet.frozenColumns = Math.max(at, sheet.frozenColumns - count);
  }

  /** Moves the ranges recorded on a sheet (conditional formats, protections, merges, named ranges). */
  private adjustRanges(sheet: SheetModel, fn: (g: GridRange) => GridRange | undefined): void {
    for (const rule of sheet.conditionalRules)
      rule.ranges = rule.ranges.map(fn).filter((g): g is GridRange => g !== undefined);
    sheet.conditionalRules = sheet.conditionalRules.filter((r) => r.ranges.length > 0);
    sheet.merges = sheet.merges.map(fn).filter((g): g is GridRange => g !== undefined);
    for (const p of sheet.protections) {
      if (p.range) {
        const g = fn(p.range);
        if (g) p.range = g;
      }
    }
    for (const [k, v] of this.namedRanges) {
      if (v.sheet !== sheet) continue;
      const g = fn(v.range);
      if (g) v.range = g;
      else this.namedRanges.delete(k);
    }
  }
}
