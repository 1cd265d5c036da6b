// The document model of one emulated spreadsheet, its state: ordered sheets, the formula engine (one HyperFormula
// sheet per sheet) and its clock, and the formats, notes and validation kept in sparse row arrays (sheet-model.ts).
// workbook-core.ts adds cell contents and inserting/deleting rows and columns. Coordinates inside are 0-based (row
// r, column c); the Apps Script API is 1-based.
import type { HyperFormula, RawCellContent } from 'hyperformula';
import type { EmulatorEnv } from '../env';
import { CLOCK_SHEET, createEngine, dateContent } from './engine';
import type { CellFormat, GridRange, ValidationData } from './model';
import { serialFromInstant } from './time';
import type { WriteBuffer } from './write-buffer';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, SheetModel } from './sheet-model';
import { hashString, setSparse } from './grid';

export interface WorkbookOptions {
  env: EmulatorEnv;
  name?: string;
  id?: string;
  timeZone?: string;
  locale?: string;
  /** initial sheets; default one sheet named 'Sheet1' (Google's name in English) */
  sheetNames?: string[];
}

/** Google's message when a sheet name is taken. */
function duplicateSheetMessage(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export class WorkbookSheets {
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
  protected deferred(sheet: SheetModel, apply: () => void): boolean {
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
    if (this.sheets.filter((s) => !s.hidden).length <= 1 && !sheet.hidden)
      throw new Error("You can't remove all the sheets in a document.");
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

  protected currentDay(): number {
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
  updateFormats(
    sheet: SheetModel,
    r0: number,
    c0: number,
    nr: number,
    nc: number,
    patch: (prev: CellFormat | undefined, i: number, j: number) => CellFormat | undefined,
  ): void {
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
  setFormatProperty<K extends keyof CellFormat>(
    sheet: SheetModel,
    r0: number,
    c0: number,
    nr: number,
    nc: number,
    key: K,
    value: (i: number, j: number) => CellFormat[K] | undefined,
  ): void {
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
}
