// The workbook as the server layer sees it: its sheets found by name in either language, one read per
// table, the language and time zone, today's date, the document properties. Every service call here is
// made once per execution, whatever the number of rows.
import { analyse } from '../core/analyse';
import { dateFromDay, dayFromDate, isDate } from '../core/dates';
import type { Analysis, Day, Grid } from '../core/model';
import { INPUT_SHEETS, SHEETS, type Lang, type SheetDef, type SheetId } from '../core/schema';
import { headerKey, locateTable } from '../core/tables';

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Document property holding the workbook language ('vi' | 'en'). */
export const LANG_PROPERTY = 'lang';

export interface SheetRead {
  sheet: Sheet;
  grid: Grid;
  /** getFormulas of the data range, when asked for ('' where a cell holds no formula). */
  formulas: string[][];
}

export class Workbook {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  private readonly sheetList: { sheet: Sheet; name: string }[];
  private propsCache: Record<string, string> | null = null;
  private readonly reads = new Map<string, SheetRead>();

  private constructor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    this.ss = ss;
    this.timeZone = ss.getSpreadsheetTimeZone() || 'Asia/Ho_Chi_Minh';
    this.sheetList = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  }

  static open(): Workbook {
    return new Workbook(SpreadsheetApp.getActiveSpreadsheet());
  }

  /** All document properties, read once. */
  properties(): Record<string, string> {
    if (!this.propsCache) {
      this.documentProperties ??= PropertiesService.getDocumentProperties();
      this.propsCache = { ...this.documentProperties.getProperties() };
    }
    return this.propsCache;
  }

  private documentProperties: GoogleAppsScript.Properties.Properties | null = null;

  property(key: string): string | undefined {
    return this.properties()[key];
  }

  private pendingProps: Record<string, string> = {};

  /** Sets document properties at once, or (deferred) at the next flushProperties(). */
  setProperties(values: Record<string, string>, deferred = false): void {
    const changed = Object.entries(values).filter(([k, v]) => this.properties()[k] !== v);
    if (!changed.length) return;
    for (const [k, v] of changed) {
      this.properties()[k] = v;
      this.pendingProps[k] = v;
    }
    if (!deferred) this.flushProperties();
  }

  /** Writes the deferred properties in one call. */
  flushProperties(): void {
    if (!Object.keys(this.pendingProps).length) return;
    this.documentProperties ??= PropertiesService.getDocumentProperties();
    this.documentProperties.setProperties(this.pendingProps);
    this.pendingProps = {};
  }

  /** The language stored in the document properties, when set. */
  langProperty(): Lang | undefined {
    const v = this.property(LANG_PROPERTY);
    return v === 'vi' || v === 'en' ? v : undefined;
  }

  /** The sheet of a schema sheet, matched by its name in either language (trimmed, case-folded, NFC). */
  find(def: SheetDef): { sheet: Sheet; name: string } | undefined {
    const vi = headerKey(def.vi);
    const en = headerKey(def.en);
    return this.sheetList.find((s) => {
      const k = headerKey(s.name);
      return k === vi || k === en;
    });
  }

  sheetNames(): string[] {
    return this.sheetList.map((s) => s.name);
  }

  sheetByName(name: string): Sheet | undefined {
    return this.sheetList.find((s) => s.name === name)?.sheet;
  }

  /** Creates a sheet named in the workbook language (at the end of the tabs). */
  create(def: SheetDef, lang: Lang): Sheet {
    const sheet = this.ss.insertSheet(def[lang], this.sheetList.length);
    this.sheetList.push({ sheet, name: def[lang] });
    return sheet;
  }

  /** The sheet, created when absent. */
  ensure(def: SheetDef, lang: Lang): { sheet: Sheet; created: boolean } {
    const found = this.find(def);
    if (found) return { sheet: found.sheet, created: false };
    return { sheet: this.create(def, lang), created: true };
  }

  /** One sheet's data range as a Grid (one getValues; one getFormulas more when asked). Cached. */
  read(def: SheetDef, withFormulas = false): SheetRead | undefined {
    const found = this.find(def);
    if (!found) return undefined;
    const cached = this.reads.get(found.name);
    if (cached && (!withFormulas || cached.formulas.length || cached.grid.values.length === 0)) return cached;
    const range = found.sheet.getDataRange();
    const values = range.getValues() as unknown[][];
    const formulas = withFormulas ? (range.getFormulas() as string[][]) : [];
    const read: SheetRead = { sheet: found.sheet, grid: { name: found.name, values: blankIfEmpty(values) }, formulas };
    this.reads.set(found.name, read);
    return read;
  }

  /** Forget what was read (after writing to a sheet). */
  forget(def: SheetDef): void {
    const found = this.find(def);
    if (found) this.reads.delete(found.name);
  }

  today(): Day {
    return dayFromDate(new Date(), this.timeZone) as Day;
  }

  dateOf(day: Day): Date {
    return dateFromDay(day, this.timeZone);
  }

  dayOf(value: unknown): Day | null {
    if (isDate(value)) return dayFromDate(value, this.timeZone);
    if (typeof value === 'number' && Number.isFinite(value)) return Math.floor(value);
    return null;
  }

  /** Reads the input sheets and the generated Progress and Emulation sheets, and analyses them. */
  analyse(options: { formulas?: boolean } = {}): Analysis {
    const grids: Grid[] = [];
    for (const def of ANALYSED) {
      const read = this.read(def, options.formulas === true && !def.input);
      if (read) grids.push(read.grid);
    }
    return analyse(grids, { timeZone: this.timeZone, today: this.today(), lang: this.langProperty() });
  }
}

const ANALYSED: readonly SheetDef[] = [...INPUT_SHEETS, ...SHEETS.filter((s) => s.id === 'progress' || s.id === 'emulation')];

/** An empty sheet's getDataRange() is A1 with ''; treat it as no rows. */
function blankIfEmpty(values: unknown[][]): unknown[][] {
  if (values.length === 1 && (values[0]?.length ?? 0) <= 1 && (values[0]?.[0] === '' || values[0]?.[0] === undefined)) return [];
  return values;
}

export function sheetDef(id: SheetId): SheetDef {
  const def = SHEETS.find((s) => s.id === id);
  if (!def) throw new Error(`unknown sheet ${id}`);
  return def;
}

export { locateTable };
