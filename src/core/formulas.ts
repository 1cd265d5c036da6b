// The live formulas of the generated sheets (docs/workbook.md §4, §5) and the add-on's conditional-format rule formulas.
// Formulas are written through the API, which always takes English function names, ',' between arguments
// and '.' as the decimal mark whatever the spreadsheet locale.
import { RATING, STANDING, STATUS, type Rating, type Standing } from './fixed-lists';
import type { Lang } from './schema';
import { ALMOST_WHOLE, SHORT_OF_WHOLE } from './rating';

/** 0-based column index → A1 column letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of a 0-based column and 1-based sheet row. */
export function a1(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A string literal inside a formula. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A number literal inside a formula (never exponent notation, which formulas do not accept everywhere). */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  if (Math.abs(value) >= 1) return BigInt(Math.round(value)).toString();
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** Cells of one Progress row the Standing formula reads (0-based columns). */
export interface StandingColumns {
  deadline: number;
  status: number;
  completedOn: number;
}

/**
 * Standing of docs/workbook.md §4 as a formula over TODAY(), so it stays right as days pass. Status is compared in both
 * languages (Sheets compares text case-insensitively) so a row typed in the other language still counts; a
 * completion date that is not a date counts as none, as validation reads it, and one with a time of day counts
 * as its calendar day (docs/workbook.md §3). N() keeps OR free of errors: Sheets evaluates every argument.
 */
export function standingFormula(row: number, cols: StandingColumns, lang: Lang, warningDays: number): string {
  const s = `TRIM(${a1(cols.status, row)})`;
  const d = a1(cols.deadline, row);
  const c = a1(cols.completedOn, row);
  const is = (item: { vi: string; en: string }): string => `OR(${s}=${quote(item.vi)},${s}=${quote(item.en)})`;
  const out = (key: Standing): string => quote(STANDING[key][lang]);
  const w = Math.max(0, Math.trunc(warningDays));
  return (
    `=IF(${is(STATUS.notApplicable)},${out('notApplicable')},` +
    `IF(${is(STATUS.done)},IF(OR(${d}="",NOT(ISNUMBER(${c})),INT(N(${c}))<=${d}),${out('doneOnTime')},${out('doneLate')}),` +
    `IF(${d}="",${out('noDeadline')},` +
    `IF(${d}<TODAY(),${out('overdue')},` +
    `IF(${d}<=TODAY()+${w},${out('dueSoon')},${out('onTrack')})))))`
  );
}

/** Cells of one Emulation row the live formulas read (0-based columns). */
export interface EmulationColumns {
  ownTarget: number;
  targetValue: number;
  result: number;
}

// Own target and Result must be numbers ≥ 0 (docs/workbook.md §4). A negative one is out of range: validation reports
// E_NUMBER_INVALID and reads it as blank (docs/workbook.md §6), so the formulas read it as blank too, as the report does.

/** Target value: the unit's own target when it holds a number ≥ 0, else the target's value. */
export function targetValueFormula(row: number, cols: EmulationColumns, value: number | null): string {
  const own = a1(cols.ownTarget, row);
  const fallback = value === null || !Number.isFinite(value) ? '""' : numberLiteral(value);
  return `=IF(ISNUMBER(${own}),IF(${own}>=0,${own},${fallback}),${fallback})`;
}

/**
 * Achievement: result ÷ target value; blank when there is no result (or a negative one) or the target value is 0.
 * Short of the target it shows at most 99,9% (achievementOf).
 */
export function achievementFormula(row: number, cols: EmulationColumns): string {
  const r = a1(cols.result, row);
  const t = a1(cols.targetValue, row);
  const ratio = `IF(AND(${r}<${t},${r}/${t}>=${ALMOST_WHOLE}),${SHORT_OF_WHOLE},${r}/${t})`;
  return `=IF(AND(ISNUMBER(${r}),ISNUMBER(${t})),IF(OR(${t}=0,${r}<0),"",${ratio}),"")`;
}

/**
 * Rating of docs/workbook.md §5 by the target's direction. Like ratingOf, a result with no target value to compare it
 * with (blank or text) is not reported; so is a negative result, which counts as blank.
 */
export function ratingFormula(
  row: number,
  cols: EmulationColumns,
  direction: 'atLeast' | 'atMost',
  lang: Lang,
): string {
  const r = a1(cols.result, row);
  const t = a1(cols.targetValue, row);
  const out = (key: Rating): string => quote(RATING[key][lang]);
  const better = direction === 'atMost' ? `${r}<${t}` : `${r}>${t}`;
  return `=IF(OR(NOT(ISNUMBER(${r})),NOT(ISNUMBER(${t}))),${out('notReported')},IF(${r}<0,${out('notReported')},IF(${better},${out('exceeded')},IF(${r}=${t},${out('met')},${out('missed')}))))`;
}

/**
 * Conditional-format rules carry this marker so the add-on can tell its own rules from the user's: it is
 * a condition that is always true, so it changes nothing about when the rule applies.
 */
export const RULE_MARKER = 'ISTEXT("congress-tracker")';

/**
 * A custom-formula rule: the cell's row (relative) holds `text` in `column` (absolute), for ranges whose
 * first row is `firstRow` (1-based).
 */
export function ruleFormula(column: number, firstRow: number, text: string): string {
  return `=AND($${columnLetter(column)}${firstRow}=${quote(text)},${RULE_MARKER})`;
}

/**
 * A custom-formula rule on a column users type into: the cell's row holds any of `texts` once trimmed (Sheets
 * compares text case-insensitively), so a value written in the other language still matches, as the Standing
 * formula and validation read it.
 */
export function typedRuleFormula(column: number, firstRow: number, texts: readonly string[]): string {
  const cell = `TRIM($${columnLetter(column)}${firstRow})`;
  const tests = [...new Set(texts)].map((t) => `${cell}=${quote(t)}`);
  return `=AND(${tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`},${RULE_MARKER})`;
}

/** Whether a conditional-format formula is one of the add-on's own rules. */
export function isAddonRuleFormula(formula: string): boolean {
  return formula.replace(/\s+/g, '').toUpperCase().includes(RULE_MARKER.toUpperCase());
}
