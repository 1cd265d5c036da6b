// The workbook as the server layer sees it — the one reader of every menu action, sidebar endpoint and the
// on-edit trigger: its sheets found by name in either language, one read per table (only the tables asked
// for), the language and time zone, today's date, the document properties. Finding the sheets and the
// document properties: sheet-directory.ts; how sheets are found without scanning: sheet-memory.ts.
import { analyse } from '../core/analyse';
import { dateFromDay, dayFromDate, isDate } from '../core/dates';
import type { Analysis, Day, Grid } from '../core/model';
import { INPUT_SHEETS, SHEETS } from '../core/sheets';
import type { SheetDef, SheetId } from '../core/schema';
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

  static open(strategy: 'few' | 'many' = 'many'): Workbook {
    return new Workbook(activeSpreadsheet(), strategy);
  }

  // ---- Tables ----------------------------------------------------------------------------------------------

  /** One sheet's data range as a Grid (one getValues; one getFormulas more when asked). Cached. */
  read(def: SheetDef, withFormulas = false): SheetRead | undefined {
    const cached = this.reads.get(def.id);
    if (cached && (!withFormulas || cached.formulas.length || cached.grid.values.length === 0)) return cached;
    const found = this.find(def);
    if (!found) return undefined;
    const range = found.sheet.getDataRange();
    const values = range.getValues() as unknown[][];
    const formulas = withFormulas ? (range.getFormulas() as string[][]) : [];
    const read: SheetRead = { sheet: found.sheet, grid: { name: found.name, values: blankIfEmpty(values) }, formulas };
    this.reads.set(def.id, read);
    return read;
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

  dateOf(day: Day): Date {
    return dateFromDay(day, this.timeZone);
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
