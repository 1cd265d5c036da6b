// The emulated spreadsheet as tools and tests use it: the document model (workbook-sheets.ts, workbook-core.ts) plus the uncounted
// inspection API (what a person sees), conditional formatting and a user typing into a cell.
// Coordinates inside are 0-based (row r, column c); the Apps Script API is 1-based.
import type { RawCellContent } from 'hyperformula';
import { cellA1, parseA1, shiftFormula } from './a1';
import { matchRules, evaluateFormulas, type CfHost, type Region } from './conditional';
import { checkValidation, rejectionMessage, type ValidationContext } from './validation';
import { normalizeColor } from './colors';
import { toEngineFormula } from './engine';
import { typedEditVerdict } from './protection-check';
import type { CellFormat, ValidationData } from './model';
import { GENERAL_FORMAT } from './numberFormat';
import { serialFromInstant } from './time';
import { grid } from './grid';
import { SheetModel } from './sheet-model';
import { WorkbookCore, type ApiValue, type TypeIntoResult } from './workbook-core';

export { DEFAULT_COLUMNS, DEFAULT_COLUMN_WIDTH, DEFAULT_ROWS, SheetModel } from './sheet-model';
export { grid } from './grid';
export type { ApiValue, TypeIntoResult } from './workbook-core';
export type { WorkbookOptions } from './workbook-sheets';

export class Workbook extends WorkbookCore {
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
    return matchRules(this.cfHost(s), s.conditionalRules, region).map((row) =>
      row.map((k) => (k === undefined ? null : k)),
    );
  }

  /**
   * What the user sees as background: the colour of the first matching conditional-format rule that
   * sets one, else the cell's own; lower-case '#rrggbb', null for none or white.
   */
  effectiveBackgrounds(sheetName: string, a1?: string): (string | null)[][] {
    return this.effective(
      sheetName,
      a1,
      (rule) => rule?.background,
      (f) => f?.background,
    );
  }

  /** Font colours after conditional formatting ('#000000' default shown as null). */
  effectiveFontColors(sheetName: string, a1?: string): (string | null)[][] {
    return this.effective(
      sheetName,
      a1,
      (rule) => rule?.fontColor,
      (f) => f?.fontColor,
      '#000000',
    );
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
          return this.readValues(
            target,
            p.row - 1,
            p.column - 1,
            (p.endRow ?? target.maxRows) - p.row + 1,
            (p.endColumn ?? target.maxColumns) - p.column + 1,
          ).flat();
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
    const r = p.row - 1,
      c = p.column - 1;
    if (p.row > s.maxRows || p.column > s.maxColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
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
