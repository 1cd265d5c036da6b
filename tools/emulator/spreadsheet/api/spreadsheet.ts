// Spreadsheet: the bound document (sheets, active sheet and selection, named ranges, toasts).
import { parseA1 } from '../a1';
import type { SheetModel, Workbook } from '../workbook';
import { fail, signatureError, type Ctx } from './context';
import { Range, rangeFromA1 } from './range';
import { Protection } from './protection';
import { RangeList } from './range-list';
import { Sheet } from './sheet';

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
  /** Every protection of that type in the spreadsheet, sheet by sheet. */
  getProtections(type: unknown): Protection[] {
    return this.wb.sheets.flatMap((sheet) =>
      sheet.protections.filter((p) => p.type === String(type)).map((p) => new Protection(this._ctx, sheet, p)),
    );
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
    this._ctx.env.ui.toast({
      message: String(message ?? ''),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: typeof timeoutSeconds === 'number' ? timeoutSeconds : 5,
    });
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
