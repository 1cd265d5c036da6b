// The document model of one emulated spreadsheet: ordered sheets, cell contents in the formula engine
// (one HyperFormula sheet per sheet), formats/notes/validation in sparse row arrays, and per-sheet
// records (frozen panes, widths, conditional-format rules, protections, charts).
// Coordinates inside this module are 0-based (row r, column c); the Apps Script API is 1-based.
import type { HyperFormula, RawCellContent } from 'hyperformula';
import type { EmulatorEnv } from '../env';
import { cellA1, parseA1, shiftFormula } from './a1';
import { matchRules, evaluateFormulas, type CfHost, type Region } from './conditional';
import { checkValidation, rejectionMessage, type ValidationContext } from './validation';
import { normalizeColor } from './colors';
import { CLOCK_SHEET, createEngine, dateContent, errorText, fromEngineFormula, isCellError, toEngineFormula } from './engine';
import { parseTypedInput } from './input';
import { typedEditVerdict } from './protection-check';
import { localeConventions } from './locale';
import type {
  CellFormat,
  ChartData,
  ConditionalRuleData,
  GridRange,
  ProtectionData,
  RecordedBorder,
  ValidationData,
} from './model';
import { formatValue, GENERAL_FORMAT, isDateTimeFormat } from './numberFormat';
import { instantFromSerial, isDate, serialFromInstant } from './time';
import type { WriteBuffer } from './write-buffer';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

class RowData {
  formats: (CellFormat | undefined)[] = [];
  notes: (string | undefined)[] | undefined;
  validations: (ValidationData | undefined)[] | undefined;
  height: number | undefined;
  isEmpty(): boolean {
    return this.formats.length === 0 && !this.notes?.length && !this.validations?.length && this.height === undefined;
  }
  clone(): RowData {
    const r = new RowData();
    r.formats = this.formats.slice();
    if (this.validations) r.validations = this.validations.slice();
    r.height = this.height;
    return r;
  }
}

export class SheetModel {
  name: string;
  readonly sheetId: number;
  hfId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  deleted = false;
  readonly columnWidths = new Map<number, number>(); // 1-based column → pixels
  rows: (RowData | undefined)[] = [];
  conditionalRules: ConditionalRuleData[] = [];
  protections: ProtectionData[] = [];
  charts: ChartData[] = [];
  merges: GridRange[] = [];
  borders: RecordedBorder[] = [];

  constructor(name: string, sheetId: number, hfId: number, maxRows: number, maxColumns: number) {
    this.name = name;
    this.sheetId = sheetId;
    this.hfId = hfId;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  row(r: number, create: true): RowData;
  row(r: number, create?: false): RowData | undefined;
  row(r: number, create = false): RowData | undefined {
    let rd = this.rows[r];
    if (!rd && create) {
      rd = new RowData();
      this.rows[r] = rd;
    }
    return rd;
  }

  format(r: number, c: number): CellFormat | undefined {
    return this.rows[r]?.formats[c];
  }
}

export interface WorkbookOptions {
  env: EmulatorEnv;
  name?: string;
  id?: string;
  timeZone?: string;
  locale?: string;
  /** initial sheets; default one sheet named 'Sheet1' (Google's name in English) */
  sheetNames?: string[];
}

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

/** Google's message when a sheet name is taken. */
function duplicateSheetMessage(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export class Workbook {
  readonly env: EmulatorEnv;
  readonly hf: HyperFormula;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  readonly sheets: SheetModel[] = [];
  activeSheetIndex = 0;
  /** The file's owner (may always edit protected ranges); null when not known. */
  owner: string | null = null;
  /** how Date objects are made for getValues (the sandbox can supply its own realm's Date) */
  makeDate: (ms: number) => Date = (ms) => new Date(ms);
  /** named ranges: name → sheet + range */
  readonly namedRanges = new Map<string, { sheet: SheetModel; range: GridRange }>();
  private nextSheetId = 0;
  private nextChartId = 1;
  private readonly clockHfId: number;
  /** The buffer an execution's writes wait in during its service calls (write-buffer.ts); null: at once. */
  writeBuffer: WriteBuffer | null = null;
  private applyingWrites = 0;
  private clockDay: number | undefined;
  private clockNow: number | undefined;

  constructor(opts: WorkbookOptions) {
    this.env = opts.env;
    this.timeZone = opts.timeZone ?? opts.env.scriptTimeZone;
    this.locale = opts.locale ?? 'vi_VN';
    this.name = opts.name ?? 'Untitled spreadsheet';
    this.id = opts.id ?? 'emulated-' + Math.abs(hashString(this.name + this.timeZone)).toString(36);
    this.hf = createEngine({
      todaySerial: () => Math.floor(serialFromInstant(this.env.now().getTime(), this.timeZone)),
      nowSerial: () => serialFromInstant(this.env.now().getTime(), this.timeZone),
    });
    this.hf.addSheet(CLOCK_SHEET);
    this.clockHfId = this.hf.getSheetId(CLOCK_SHEET)!;
    for (const n of opts.sheetNames ?? ['Sheet1']) this.addSheet(n);
    this.syncClock();
  }

  // ------------------------------------------------------------------ sheets

  allocateChartId(): number {
    return this.nextChartId++;
  }

  /** Whether a cell write was put in the current execution's buffer instead of applied (write-buffer.ts). */
  private deferred(sheet: SheetModel, apply: () => void): boolean {
    const buffer = this.writeBuffer;
    if (!buffer || this.applyingWrites > 0) return false;
    buffer.push(sheet, apply);
    return true;
  }

  /** Applies buffered writes in order; a write to a sheet deleted meanwhile is dropped. */
  applyWrites(writes: readonly { sheet: SheetModel; apply: () => void }[]): void {
    this.applyingWrites++;
    try {
      for (const w of writes) if (!w.sheet.deleted && this.sheets.includes(w.sheet)) w.apply();
    } finally {
      this.applyingWrites--;
    }
  }

  addSheet(name: string, index?: number, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): SheetModel {
    if (this.sheetByName(name)) throw new Error(duplicateSheetMessage(name));
    this.hf.addSheet(name);
    const hfId = this.hf.getSheetId(name)!;
    const id = this.nextSheetId === 0 ? 0 : 100_000_000 + ((this.nextSheetId * 7_919_423) % 900_000_000);
    this.nextSheetId++;
    const sheet = new SheetModel(name, id, hfId, rows, columns);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    // formulas that referenced this name before it existed (#REF!) now resolve
    return sheet;
  }

  /** Sheet names match case-insensitively in Sheets (a new 'sheet1' clashes with 'Sheet1'). */
  sheetByName(name: string): SheetModel | undefined {
    const exact = this.sheets.find((s) => s.name === name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.sheetId === id);
  }

  removeSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    if (this.sheets.filter((s) => !s.hidden).length <= 1 && !sheet.hidden) throw new Error("You can't remove all the sheets in a document.");
    this.hf.removeSheet(sheet.hfId);
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    for (const [k, v] of this.namedRanges) if (v.sheet === sheet) this.namedRanges.delete(k);
    if (this.activeSheetIndex >= this.sheets.length) this.activeSheetIndex = this.sheets.length - 1;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name === sheet.name) return;
    const other = this.sheetByName(name);
    if (other && other !== sheet) throw new Error(duplicateSheetMessage(name));
    this.hf.renameSheet(sheet.hfId, name);
    sheet.name = name;
  }

  moveSheet(sheet: SheetModel, toIndex: number): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    const active = this.sheets[this.activeSheetIndex];
    this.sheets.splice(i, 1);
    this.sheets.splice(Math.max(0, Math.min(toIndex, this.sheets.length)), 0, sheet);
    if (active) this.activeSheetIndex = this.sheets.indexOf(active);
  }

  activeSheet(): SheetModel {
    return this.sheets[this.activeSheetIndex] ?? this.sheets[0]!;
  }

  // ------------------------------------------------------------------ clock

  private currentDay(): number {
    return Math.floor(serialFromInstant(this.env.now().getTime(), this.timeZone));
  }

  /** Moves the clock cells that TODAY() and NOW() read when the emulator's clock has moved. */
  syncClock(): void {
    const now = serialFromInstant(this.env.now().getTime(), this.timeZone);
    const day = Math.floor(now);
    const nowSecond = Math.floor(now * 86400) / 86400;
    if (day === this.clockDay && nowSecond === this.clockNow) return;
    const contents: RawCellContent[] = [day === this.clockDay ? null : dateContent(day), dateContent(nowSecond)];
    this.clockDay = day;
    this.clockNow = nowSecond;
    if (contents[0] === null) this.hf.setCellContents({ sheet: this.clockHfId, row: 0, col: 1 }, [[contents[1]!]]);
    else this.hf.setCellContents({ sheet: this.clockHfId, row: 0, col: 0 }, [contents]);
  }

  setTimeZone(tz: string): void {
    this.timeZone = tz;
    this.clockDay = undefined;
    this.syncClock();
  }

  // ------------------------------------------------------------------ formats, notes, validation

  format(sheet: SheetModel, r: number, c: number): CellFormat | undefined {
    return sheet.format(r, c);
  }

  /** Applies `patch` (or a function of the previous format) to each cell of the rectangle. */
  updateFormats(sheet: SheetModel, r0: number, c0: number, nr: number, nc: number, patch: (prev: CellFormat | undefined, i: number, j: number) => CellFormat | undefined): void {
    if (this.deferred(sheet, () => this.updateFormats(sheet, r0, c0, nr, nc, patch))) return;
    for (let i = 0; i < nr; i++) {
      const rd = sheet.row(r0 + i, true);
      for (let j = 0; j < nc; j++) {
        const next = patch(rd.formats[c0 + j], i, j);
        setSparse(rd.formats, c0 + j, next && Object.keys(next).length > 0 ? next : undefined);
      }
    }
  }

  /** Sets one property on every cell of the rectangle, sharing format objects between equal cells. */
  setFormatProperty<K extends keyof CellFormat>(sheet: SheetModel, r0: number, c0: number, nr: number, nc: number, key: K, value: (i: number, j: number) => CellFormat[K] | undefined): void {
    const cache = new Map<CellFormat | undefined, Map<unknown, CellFormat | undefined>>();
    this.updateFormats(sheet, r0, c0, nr, nc, (prev, i, j) => {
      const v = value(i, j);
      if (prev?.[key] === v) return prev;
      let byValue = cache.get(prev);
      if (!byValue) {
        byValue = new Map();
        cache.set(prev, byValue);
      }
      if (byValue.has(v)) return byValue.get(v);
      const next: CellFormat = { ...prev };
      if (v === undefined) delete next[key];
      else next[key] = v;
      const result = Object.keys(next).length > 0 ? next : undefined;
      byValue.set(v, result);
      return result;
    });
  }

  note(sheet: SheetModel, r: number, c: number): string {
    return sheet.rows[r]?.notes?.[c] ?? '';
  }

  setNote(sheet: SheetModel, r: number, c: number, note: string | null): void {
    if (this.deferred(sheet, () => this.setNote(sheet, r, c, note))) return;
    const rd = sheet.row(r, true);
    rd.notes ??= [];
    setSparse(rd.notes, c, note ? note : undefined);
  }

  validation(sheet: SheetModel, r: number, c: number): ValidationData | undefined {
    return sheet.rows[r]?.validations?.[c];
  }

  setValidation(sheet: SheetModel, r: number, c: number, v: ValidationData | undefined): void {
    if (this.deferred(sheet, () => this.setValidation(sheet, r, c, v))) return;
    const rd = v ? sheet.row(r, true) : sheet.row(r);
    if (!rd) return;
    rd.validations ??= [];
    setSparse(rd.validations, c, v);
  }

  // ------------------------------------------------------------------ contents

  private addr(sheet: SheetModel, r: number, c: number) {
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
  inputToContent(sheet: SheetModel, r: number, c: number, v: unknown, autoFormats: Map<number, string> | undefined, key: number): RawCellContent {
    if (v === null || v === undefined) return null;
    const fmt = sheet.format(r, c)?.numberFormat;
    const typed = (n: number, format: string | undefined): RawCellContent => (isDateTimeFormat(format) ? dateContent(n) : n);
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
    const contents = values.map((row, i) => row.map((v, j) => this.inputToContent(sheet, r0 + i, c0 + j, v, auto, i * nc + j)));
    this.writeContents(sheet, r0, c0, contents);
    for (const [key, fmt] of auto) {
      const i = Math.floor(key / nc), j = key % nc;
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
    for (const rule of sheet.conditionalRules) rule.ranges = rule.ranges.map(fn).filter((g): g is GridRange => g !== undefined);
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

  // ------------------------------------------------------------------ inspection API (uncounted)

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  requireSheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(', ')})`);
    return s;
  }

  /** The data range (A1 to last row/column with content) of a sheet: [rows, columns]. */
  dataSize(sheet: SheetModel): [number, number] {
    return [this.lastRow(sheet), this.lastColumn(sheet)];
  }

  sheet(name: string) {
    const s = this.requireSheet(name);
    const widths: Record<number, number> = {};
    for (const [c, w] of s.columnWidths) widths[c] = w;
    return {
      name: s.name,
      sheetId: s.sheetId,
      index: this.sheets.indexOf(s),
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      lastRow: this.lastRow(s),
      lastColumn: this.lastColumn(s),
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      hidden: s.hidden,
      tabColor: s.tabColor,
      columnWidths: widths,
      conditionalRules: s.conditionalRules,
      protections: s.protections,
      charts: s.charts,
      merges: s.merges,
      borders: s.borders,
    };
  }

  private inspectGrid<T>(name: string, fn: (s: SheetModel, r: number, c: number) => T): T[][] {
    const s = this.requireSheet(name);
    this.syncClock();
    const [nr, nc] = this.dataSize(s);
    return grid(nr, nc, (i, j) => fn(s, i, j));
  }

  /** Evaluated values of the data range, as getValues returns them. */
  values(name: string): ApiValue[][] {
    return this.inspectGrid(name, (s, r, c) => this.apiValue(s, r, c));
  }

  displayValues(name: string): string[][] {
    return this.inspectGrid(name, (s, r, c) => this.displayValue(s, r, c));
  }

  formulas(name: string): string[][] {
    return this.inspectGrid(name, (s, r, c) => this.formula(s, r, c));
  }

  numberFormats(name: string): string[][] {
    return this.inspectGrid(name, (s, r, c) => s.format(r, c)?.numberFormat ?? GENERAL_FORMAT);
  }

  /** Own backgrounds: '#rrggbb', null where none/white. */
  backgrounds(name: string): (string | null)[][] {
    return this.inspectGrid(name, (s, r, c) => {
      const b = normalizeColor(s.format(r, c)?.background);
      return b === '#ffffff' ? null : b;
    });
  }

  notes(name: string): string[][] {
    return this.inspectGrid(name, (s, r, c) => this.note(s, r, c));
  }

  /** The validation rule of one cell ('Sheet!A1' or sheet + a1). */
  dataValidation(sheetName: string, a1: string): ValidationData | null {
    const s = this.requireSheet(sheetName);
    const p = parseA1(a1);
    if (!p) throw new Error('Range not found');
    return this.validation(s, p.row - 1, p.column - 1) ?? null;
  }

  cellA1(r: number, c: number): string {
    return cellA1(r + 1, c + 1);
  }

  // ------------------------------------------------------------------ conditional formatting

  private cfHost(sheet: SheetModel): CfHost {
    return {
      hf: this.hf,
      timeZone: this.timeZone,
      todaySerial: () => this.currentDay(),
      rawValue: (r, c) => this.rawValue(sheet, r, c),
      sheetName: sheet.name,
    };
  }

  private regionOf(sheet: SheetModel, a1?: string): Region {
    if (a1 !== undefined) {
      const p = parseA1(a1);
      if (!p) throw new Error('Range not found');
      const endRow = p.endRow ?? sheet.maxRows;
      const endCol = p.endColumn ?? sheet.maxColumns;
      return { r0: p.row - 1, c0: p.column - 1, nr: endRow - p.row + 1, nc: endCol - p.column + 1 };
    }
    const [nr, nc] = this.dataSize(sheet);
    return { r0: 0, c0: 0, nr, nc };
  }

  /** Index of the conditional-format rule that formats each cell (data range, or `a1`), or null. */
  conditionalMatches(sheetName: string, a1?: string): (number | null)[][] {
    const s = this.requireSheet(sheetName);
    this.syncClock();
    const region = this.regionOf(s, a1);
    return matchRules(this.cfHost(s), s.conditionalRules, region).map((row) => row.map((k) => (k === undefined ? null : k)));
  }

  /**
   * What the user sees as background: the colour of the first matching conditional-format rule that
   * sets one, else the cell's own; lower-case '#rrggbb', null for none or white.
   */
  effectiveBackgrounds(sheetName: string, a1?: string): (string | null)[][] {
    return this.effective(sheetName, a1, (rule) => rule?.background, (f) => f?.background);
  }

  /** Font colours after conditional formatting ('#000000' default shown as null). */
  effectiveFontColors(sheetName: string, a1?: string): (string | null)[][] {
    return this.effective(sheetName, a1, (rule) => rule?.fontColor, (f) => f?.fontColor, '#000000');
  }

  private effective(
    sheetName: string,
    a1: string | undefined,
    fromRule: (f: import('./model').ConditionalFormat | undefined) => string | null | undefined,
    own: (f: CellFormat | undefined) => string | undefined,
    neutral = '#ffffff',
  ): (string | null)[][] {
    const s = this.requireSheet(sheetName);
    this.syncClock();
    const region = this.regionOf(s, a1);
    const matches = matchRules(this.cfHost(s), s.conditionalRules, region);
    return matches.map((row, i) =>
      row.map((k, j) => {
        const viaRule = k === undefined ? undefined : fromRule(s.conditionalRules[k]?.format);
        const c = normalizeColor(viaRule ?? own(s.format(region.r0 + i, region.c0 + j)));
        return c === neutral ? null : c;
      }),
    );
  }

  // ------------------------------------------------------------------ user typing

  private validationContext(sheet: SheetModel, r: number, c: number, rule: ValidationData): ValidationContext {
    return {
      locale: this.locale,
      serialOf: (d) => serialFromInstant(d.getTime(), this.timeZone),
      rangeValues: (range) => {
        if (typeof range === 'string') {
          const p = parseA1(range);
          const target = p?.sheetName !== undefined ? this.sheetByName(p.sheetName) : sheet;
          if (!p || !target) return [];
          return this.readValues(target, p.row - 1, p.column - 1, (p.endRow ?? target.maxRows) - p.row + 1, (p.endColumn ?? target.maxColumns) - p.column + 1).flat();
        }
        const api = range as { getValues?: () => unknown[][] } | null;
        return api?.getValues ? api.getValues().flat() : [];
      },
      formulaHolds: (formula) => {
        const anchor = rule.anchor ?? { row: r + 1, column: c + 1 };
        const f = formula.startsWith('=') ? formula : '=' + formula;
        const text = toEngineFormula(shiftFormula(f, r + 1 - anchor.row, c + 1 - anchor.column, sheet.name));
        const [v] = evaluateFormulas(this.hf, [text], [r]);
        return v === true || (typeof v === 'number' && v !== 0);
      },
    };
  }

  /**
   * A user typing `text` into a cell: parsed like typed input, then checked against the cell's data
   * validation. A rule that rejects invalid input leaves the cell as it was.
   */
  typeInto(sheetName: string, a1: string, text: string): TypeIntoResult {
    const s = this.requireSheet(sheetName);
    const p = parseA1(a1);
    if (!p) throw new Error('Range not found');
    const r = p.row - 1, c = p.column - 1;
    if (p.row > s.maxRows || p.column > s.maxColumns) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    const verdict = typedEditVerdict(s.protections, p.row, p.column, this.env.effectiveUser().email, this.owner);
    if (verdict.refused) return { ok: false, message: verdict.refused, oldValue: this.apiValue(s, r, c) };
    const warned = verdict.warning ? { warning: verdict.warning } : {};
    this.syncClock();
    const addr = this.addr(s, r, c);
    const oldContent = this.hf.getCellSerialized(addr);
    const oldFormat = s.format(r, c);
    const oldValue = this.apiValue(s, r, c);
    this.writeValues(s, r, c, [[text]]);
    const newValue = this.apiValue(s, r, c);
    const rule = this.validation(s, r, c);
    if (rule) {
      const outcome = checkValidation(rule, newValue, this.validationContext(s, r, c, rule));
      if (!outcome.valid) {
        if (!rule.allowInvalid) {
          this.updateFormats(s, r, c, 1, 1, () => oldFormat);
          this.hf.setCellContents(addr, oldContent as RawCellContent);
          this.retypeNumbers(s, r, c, 1, 1);
          return { ok: false, message: rejectionMessage(rule, outcome.reason), oldValue };
        }
        return { ok: true, oldValue, newValue, invalid: true, ...warned };
      }
    }
    return { ok: true, oldValue, newValue, ...warned };
  }
}

// ------------------------------------------------------------------ helpers

function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

export function grid<T>(nr: number, nc: number, fn: (i: number, j: number) => T): T[][] {
  const out: T[][] = new Array(nr);
  for (let i = 0; i < nr; i++) {
    const row: T[] = new Array(nc);
    for (let j = 0; j < nc; j++) row[j] = fn(i, j);
    out[i] = row;
  }
  return out;
}

function setSparse<T>(arr: (T | undefined)[], i: number, v: T | undefined): void {
  if (v === undefined) {
    if (i < arr.length) {
      arr[i] = undefined;
      while (arr.length > 0 && arr[arr.length - 1] === undefined) arr.length--;
    }
    return;
  }
  if (arr.length < i) arr.length = i;
  arr[i] = v;
}

function spliceSparse<T>(arr: (T | undefined)[], at: number, deleteCount: number, items: (T | undefined)[]): void {
  if (arr.length <= at) return;
  arr.splice(at, deleteCount, ...items);
  while (arr.length > 0 && arr[arr.length - 1] === undefined) arr.length--;
}

/** A span [start, start+size) after inserting `count` at `at` (0-based): grows when inserted inside. */
function shiftSpan(start: number, size: number, at: number, count: number): [number, number] {
  if (at <= start) return [start + count, size];
  if (at < start + size) return [start, size + count];
  return [start, size];
}

/** A span after deleting [at, at+count); undefined when nothing is left. */
function shrinkSpan(start: number, size: number, at: number, count: number): [number, number] | undefined {
  const end = start + size;
  const delEnd = at + count;
  const keptBefore = Math.max(0, Math.min(end, at) - start);
  const keptAfter = Math.max(0, end - Math.max(start, delEnd));
  const newSize = keptBefore + keptAfter;
  if (newSize <= 0) return undefined;
  const newStart = start < at ? start : Math.max(at, start - count);
  return [newStart, newSize];
}
