// TextFinder: Google's server-side search of a range, sheet's data or cell by cell. Matching is on each
// cell's displayed text (a formula's text only with matchFormulaText), case-insensitive and partial unless
// told otherwise; cells are visited row by row, left to right. The search returns cell ranges, never values.
import type { SheetModel, Workbook } from '../workbook';
import type { Ctx } from './context';
import { fail, signatureError } from './context';
import { Range } from './range';

/** The rectangle searched (1-based). */
export interface SearchScope {
  sheet: SheetModel;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class TextFinder {
  private caseSensitive = false;
  private entireCell = false;
  private regex = false;
  private formulaText = false;
  private noDiacritics = false;
  /** Index in the scope's row-major order of the current match; -1 before the first. */
  private current = -1;

  constructor(
    private readonly ctx: Ctx,
    private readonly scope: SearchScope,
    private readonly text: string,
  ) {
    if (text === '') fail('Invalid argument: findText');
  }

  private get wb(): Workbook {
    if (this.scope.sheet.deleted) fail('Sheet not found');
    return this.ctx.wb;
  }

  private flag(method: string, value: unknown): boolean {
    if (typeof value !== 'boolean') signatureError(`SpreadsheetApp.TextFinder.${method}`, [value]);
    return value;
  }

  matchCase(value: unknown): TextFinder {
    this.caseSensitive = this.flag('matchCase', value);
    return this;
  }
  matchEntireCell(value: unknown): TextFinder {
    this.entireCell = this.flag('matchEntireCell', value);
    return this;
  }
  useRegularExpression(value: unknown): TextFinder {
    this.regex = this.flag('useRegularExpression', value);
    return this;
  }
  matchFormulaText(value: unknown): TextFinder {
    this.formulaText = this.flag('matchFormulaText', value);
    return this;
  }
  ignoreDiacritics(value: unknown): TextFinder {
    this.noDiacritics = this.flag('ignoreDiacritics', value);
    return this;
  }
  startFrom(range: unknown): TextFinder {
    if (!(range instanceof Range)) signatureError('SpreadsheetApp.TextFinder.startFrom', [range]);
    const { scope } = this;
    const r = range.getLastRow() - scope.row;
    const c = range.getLastColumn() - scope.column;
    this.current = Math.max(-1, Math.min(scope.numRows * scope.numColumns - 1, r * scope.numColumns + c));
    return this;
  }

  /** The search as a regular expression over one cell's text (global, for counting and replacing). */
  private pattern(): RegExp {
    const source = this.regex ? this.text : escapeRegExp(this.noDiacritics ? stripDiacritics(this.text) : this.text);
    const whole = this.entireCell ? `^(?:${source})$` : source;
    try {
      return new RegExp(whole, `gu${this.caseSensitive ? '' : 'i'}`);
    } catch {
      return fail(`Invalid argument: ${this.text}`);
    }
  }

  /** The text each cell of the scope is searched in, row by row ('' for an empty cell). */
  private texts(): string[] {
    const { sheet, row, column, numRows, numColumns } = this.scope;
    const shown = this.wb.readDisplayValues(sheet, row - 1, column - 1, numRows, numColumns);
    const formulas = this.formulaText
      ? this.wb.readFormulas(sheet, row - 1, column - 1, numRows, numColumns)
      : undefined;
    const out: string[] = [];
    shown.forEach((line, i) =>
      line.forEach((text, j) => {
        const formula = formulas?.[i]?.[j] ?? '';
        const t = formula !== '' ? formula : text;
        out.push(this.noDiacritics ? stripDiacritics(t) : t);
      }),
    );
    return out;
  }

  private cell(index: number): Range {
    const { scope } = this;
    return new Range(
      this.ctx,
      scope.sheet,
      scope.row + Math.floor(index / scope.numColumns),
      scope.column + (index % scope.numColumns),
      1,
      1,
    );
  }

  private indices(): number[] {
    const re = this.pattern();
    const out: number[] = [];
    this.texts().forEach((text, i) => {
      re.lastIndex = 0;
      if (text !== '' && re.test(text)) out.push(i);
    });
    return out;
  }

  findAll(): Range[] {
    return this.indices().map((i) => this.cell(i));
  }

  findNext(): Range | null {
    const found = this.indices().find((i) => i > this.current);
    if (found === undefined) return null;
    this.current = found;
    return this.cell(found);
  }

  findPrevious(): Range | null {
    const found = this.indices()
      .filter((i) => i < this.current)
      .pop();
    if (found === undefined) return null;
    this.current = found;
    return this.cell(found);
  }

  getCurrentMatch(): Range | null {
    return this.current < 0 ? null : this.cell(this.current);
  }

  /** Replaces the search text in every matching cell; returns the number of cells changed. */
  replaceAllWith(replaceText: unknown): number {
    if (typeof replaceText !== 'string') signatureError('SpreadsheetApp.TextFinder.replaceAllWith', [replaceText]);
    let changed = 0;
    for (const i of this.indices()) if (this.replaceAt(i, replaceText)) changed++;
    return changed;
  }

  /** Replaces the search text in the current match; returns the number of cells changed (0 or 1). */
  replaceWith(replaceText: unknown): number {
    if (typeof replaceText !== 'string') signatureError('SpreadsheetApp.TextFinder.replaceWith', [replaceText]);
    if (this.current < 0 || !this.indices().includes(this.current)) return 0;
    return this.replaceAt(this.current, replaceText) ? 1 : 0;
  }

  /** Replaces matches found in the text without diacritics inside the original text, which keeps its own. */
  private replaceFolded(original: string, replaceText: string): string {
    let folded = '';
    const at: number[] = [];
    let i = 0;
    for (const ch of original) {
      for (const f of stripDiacritics(ch)) {
        folded += f;
        at.push(i);
      }
      i += ch.length;
    }
    at.push(original.length);
    let out = '';
    let from = 0;
    for (const m of folded.matchAll(this.pattern())) {
      const start = at[m.index] ?? original.length;
      const end = at[m.index + m[0].length] ?? original.length;
      out +=
        original.slice(from, start) +
        (this.regex
          ? m[0].replace(new RegExp(this.pattern().source, this.pattern().flags.replace('g', '')), replaceText)
          : replaceText);
      from = end;
    }
    return out + original.slice(from);
  }

  private replaceAt(index: number, replaceText: string): boolean {
    const { scope } = this;
    const r0 = scope.row - 1 + Math.floor(index / scope.numColumns);
    const c0 = scope.column - 1 + (index % scope.numColumns);
    const formula = this.wb.formula(scope.sheet, r0, c0);
    const isFormula = formula !== '';
    // a formula's result is not text that can be replaced; its formula only when searching formulas
    if (isFormula && !this.formulaText) return false;
    const original = isFormula ? formula : this.wb.displayValue(scope.sheet, r0, c0);
    const after = this.noDiacritics
      ? this.replaceFolded(original, replaceText)
      : original.replace(this.pattern(), this.regex ? replaceText : replaceText.replace(/\$/g, '$$$$'));
    if (after === original) return false;
    if (isFormula) this.wb.writeFormulas(scope.sheet, r0, c0, [[after]]);
    else this.wb.writeValues(scope.sheet, r0, c0, [[after]]);
    return true;
  }
}
