// The workbook as the server layer sees it — the one reader of every menu action, sidebar endpoint and the
// on-edit trigger: its sheets found by name in either language, one read per table (only the tables asked
// for), the language and time zone, today's date, the document properties. Finding the sheets and the
// document properties: sheet-directory.ts; how sheets are found without scanning: sheet-memory.ts.
import { analyse } from '../core/analyse';
import { dateFromDay, dayFromDate, isDate } from '../core/dates';
import type { Analysis, Day, Grid } from '../core/model';
import { INPUT_SHEETS, SHEETS } from '../core/sheets';
import type { SheetDef, SheetId } from '../core/schema';
import { columnLetters, isBlankRow, locateTable } from '../core/tables';
import { activeSpreadsheet } from './document';
import { SheetDirectory, type Sheet } from './sheet-directory';

export { LANG_PROPERTY, type Sheet } from './sheet-directory';

export interface SheetRead {
  sheet: Sheet;
  grid: Grid;
  /** getFormulas of the data range, when asked for ('' where a cell holds no formula). */
  formulas: string[][];
}

export class Workbook extends SheetDirectory {
  private readonly reads = new Map<SheetId, SheetRead>();
  private readonly dates = new Map<Day, Date>();

  static open(strategy: 'few' | 'many' = 'many'): Workbook {
    return new Workbook(activeSpreadsheet(), strategy);
  }

  // ---- Tables ----------------------------------------------------------------------------------------------

  /** One sheet's data range as a Grid (one getValues; one getFormulas more when asked). Cached. */
  read(def: SheetDef, withFormulas = false): SheetRead | undefined {
    const cached = this.reads.get(def.id);
    if (cached && (!withFormulas || cached.formulas.length || cached.grid.values.length === 0)) return cached;
    const quick = withFormulas ? undefined : this.readByName(def);
    if (quick) {
      this.reads.set(def.id, quick);
      return quick;
    }
    const found = this.find(def);
    if (!found) return undefined;
    const range = found.sheet.getDataRange();
    const values = range.getValues() as unknown[][];
    const formulas = withFormulas ? (range.getFormulas() as string[][]) : [];
    const read: SheetRead = { sheet: found.sheet, grid: { name: found.name, values: blankIfEmpty(values) }, formulas };
    this.reads.set(def.id, read);
    return read;
  }

  /**
   * A small table read without looking its sheet up (a form, an edit): the columns from A to the
   * schema's last, whole, through the spreadsheet by the sheet's likely name — one call fewer than finding
   * the sheet and then its data range. Undefined (and the table is read the usual way) when there is no such
   * sheet or its table is not all there (a column inserted before it, a header further right).
   */
  private readByName(def: SheetDef): SheetRead | undefined {
    if (!QUICK_TABLES.includes(def.id)) return undefined;
    for (const name of this.likelyNames(def)) {
      const read = this.readColumnsByName(def, name);
      if (read === 'absent') continue;
      if (read && name === def.en && def.en !== def.vi) this.noteLang('en');
      else if (read && name === def.vi) this.noteLang('vi');
      return read;
    }
    return undefined;
  }

  /** The table read through the spreadsheet by sheet name; 'absent' when no sheet has that name. */
  private readColumnsByName(def: SheetDef, name: string): SheetRead | undefined | 'absent' {
    let range: GoogleAppsScript.Spreadsheet.Range;
    let values: unknown[][];
    try {
      range = this.ss.getRange(`'${name.replace(/'/g, "''")}'!A:${columnLetters(def.columns.length - 1)}`);
      values = range.getValues() as unknown[][];
    } catch (error) {
      // No sheet by that name, or fewer columns than the schema's. A failing service is not that.
      if (error instanceof Error && error.message.startsWith('Service ')) throw error;
      return 'absent';
    }
    while (values.length > 0 && isBlankRow(values[values.length - 1])) values.pop();
    const layout = locateTable({ name, values }, def);
    if (!layout || def.columns.some((c) => layout.columns[c.key] === undefined)) return undefined;
    let sheet: Sheet | undefined;
    return {
      get sheet(): Sheet {
        sheet ??= range.getSheet();
        return sheet;
      },
      grid: { name, values },
      formulas: [],
    };
  }

  /** The grids of the sheets that exist, for analyse(). */
  grids(defs: readonly SheetDef[]): Grid[] {
    const out: Grid[] = [];
    for (const def of defs) {
      const read = this.read(def);
      if (read) out.push(read.grid);
    }
    return out;
  }

  /** What was read of the table so far in this execution (all of it, or the part kept by keep). */
  cached(def: SheetDef): SheetRead | undefined {
    return this.reads.get(def.id);
  }

  /** A part of the table read elsewhere (some columns, a unit's rows), kept as its read for this execution. */
  keep(def: SheetDef, read: SheetRead): void {
    this.reads.set(def.id, read);
  }

  /** Forget what was read (after writing to a sheet). */
  forget(def: SheetDef): void {
    this.reads.delete(def.id);
  }

  // ---- Dates -----------------------------------------------------------------------------------------------

  today(): Day {
    return dayFromDate(new Date(), this.timeZone) ?? 0;
  }

  /** The date cell value of a day (one Date per day, shared: Sheets copies what it is given). */
  dateOf(day: Day): Date {
    let date = this.dates.get(day);
    if (!date) {
      date = dateFromDay(day, this.timeZone);
      this.dates.set(day, date);
    }
    return date;
  }

  dayOf(value: unknown): Day | null {
    if (isDate(value)) return dayFromDate(value, this.timeZone);
    if (typeof value === 'number' && Number.isFinite(value)) return Math.floor(value);
    return null;
  }

  /** Reads the sheets (by default the input sheets and the generated Progress and Emulation) and analyses them. */
  analyse(options: { formulas?: boolean; sheets?: readonly SheetDef[] } = {}): Analysis {
    const grids: Grid[] = [];
    for (const def of options.sheets ?? ANALYSED) {
      const read = this.read(def, options.formulas === true && !def.input);
      if (read) grids.push(read.grid);
    }
    return analyse(grids, { timeZone: this.timeZone, today: this.today(), lang: this.langProperty() });
  }
}

/**
 * The tables read as whole columns by name: Settings, two columns wide, whose blank rows cost less than a
 * call (the longer tables would move their every blank row; Units has its own reader, table-columns.ts).
 */
const QUICK_TABLES: readonly SheetId[] = ['settings'];

export const ANALYSED: readonly SheetDef[] = [
  ...INPUT_SHEETS,
  ...SHEETS.filter((s) => s.id === 'progress' || s.id === 'emulation'),
];

/** An empty sheet's getDataRange() is A1 with ''; treat it as no rows. */
function blankIfEmpty(values: unknown[][]): unknown[][] {
  if (values.length === 1 && (values[0]?.length ?? 0) <= 1 && (values[0]?.[0] === '' || values[0]?.[0] === undefined))
    return [];
  return values;
}
