// Reading the tables a form or an edit needs: each sheet found by its Vietnamese or English name, then read
// in one getValues(). Sheets are looked up by exact name first (one call each); only when neither name
// matches is the sheet list scanned (names trimmed, case-folded, NFC), once per execution.
import { dayFromDate } from '../../core/dates';
import type { Day, Grid } from '../../core/model';
import type { SheetDef } from '../../core/schema';
import { matchesLabel } from '../../core/tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetTable {
  sheet: Sheet;
  grid: Grid;
}

export class Workbook {
  private scanned: { sheet: Sheet; name: string }[] | null = null;
  private lang: 'vi' | 'en' | null = null;
  private readonly sheets = new Map<string, { sheet: Sheet; name: string } | null>();
  private readonly tables = new Map<string, SheetTable | null>();
  private zone: string | null = null;

  constructor(readonly ss: Spreadsheet) {}

  /** The spreadsheet's time zone (read on first use: an edit of a text cell never needs it). */
  get timeZone(): string {
    this.zone ??= this.ss.getSpreadsheetTimeZone() || 'Asia/Ho_Chi_Minh';
    return this.zone;
  }

  static active(): Workbook {
    return new Workbook(SpreadsheetApp.getActiveSpreadsheet());
  }

  today(): Day {
    return dayFromDate(new Date(), this.timeZone) ?? 0;
  }

  /** The sheet and its name as it is in the workbook, or null. */
  find(def: SheetDef): { sheet: Sheet; name: string } | null {
    const cached = this.sheets.get(def.id);
    if (cached !== undefined) return cached;
    let found: { sheet: Sheet; name: string } | null = null;
    // The language of the sheets found so far is tried first: an English workbook costs no failed lookups.
    const names = this.lang === 'en' ? [def.en, def.vi] : [def.vi, def.en];
    for (const name of names) {
      const sheet = this.ss.getSheetByName(name);
      if (sheet) {
        found = { sheet, name };
        this.lang = name === def.en && def.en !== def.vi ? 'en' : 'vi';
        break;
      }
    }
    if (!found) {
      this.scanned ??= this.ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
      found = this.scanned.find((s) => matchesLabel(s.name, def)) ?? null;
    }
    this.sheets.set(def.id, found);
    return found;
  }

  sheet(def: SheetDef): Sheet | null {
    return this.find(def)?.sheet ?? null;
  }

  /** Forget a sheet looked up as missing (after creating it). */
  forget(def: SheetDef): void {
    this.sheets.delete(def.id);
    this.tables.delete(def.id);
  }

  /** The sheet's values in one read; null when the sheet does not exist. Cached for the execution. */
  table(def: SheetDef): SheetTable | null {
    const cached = this.tables.get(def.id);
    if (cached !== undefined) return cached;
    const found = this.find(def);
    const table = found ? { sheet: found.sheet, grid: { name: found.name, values: found.sheet.getDataRange().getValues() } } : null;
    this.tables.set(def.id, table);
    return table;
  }

  /** The grids of the sheets that exist, for analyse(). */
  grids(defs: readonly SheetDef[]): Grid[] {
    const out: Grid[] = [];
    for (const def of defs) {
      const t = this.table(def);
      if (t) out.push(t.grid);
    }
    return out;
  }
}
