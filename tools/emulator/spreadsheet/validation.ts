// Data validation: which values a rule accepts, and Google's wording when it does not.
import type { ValidationData } from './model';
import { formatValue } from './numberFormat';
import { isDate } from './time';

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
} as const;

export interface ValidationContext {
  locale: string;
  /** serial number of a Date in the spreadsheet time zone */
  serialOf(d: Date): number;
  /** values of a VALUE_IN_RANGE criterion's range */
  rangeValues(range: unknown): unknown[];
  /** evaluates a CUSTOM_FORMULA criterion for the cell being checked */
  formulaHolds(formula: string): boolean;
}

export interface ValidationOutcome {
  valid: boolean;
  /** Google's wording, e.g. 'Input must be an item on the specified list' */
  reason: string;
}

function asNumber(v: unknown, ctx: ValidationContext): number | undefined {
  if (typeof v === 'number') return v;
  if (isDate(v)) return ctx.serialOf(v);
  return undefined;
}

function show(v: unknown, ctx: ValidationContext, dateLike = false): string {
  if (isDate(v))
    return formatValue(
      Math.floor(ctx.serialOf(v)),
      ctx.locale.startsWith('vi') ? 'dd/mm/yyyy' : 'M/d/yyyy',
      ctx.locale,
    );
  if (typeof v === 'number' && dateLike)
    return formatValue(v, ctx.locale.startsWith('vi') ? 'dd/mm/yyyy' : 'M/d/yyyy', ctx.locale);
  return formatValue(v, undefined, ctx.locale);
}

/**
 * Whether `value` (as getValue returns it, '' for blank) satisfies the rule. Blank always passes,
 * as clearing a validated cell is always allowed in Sheets.
 */
export function checkValidation(rule: ValidationData, value: unknown, ctx: ValidationContext): ValidationOutcome {
  const ok = (valid: boolean, reason: string): ValidationOutcome => ({ valid, reason });
  if (value === '' || value === null || value === undefined) return ok(true, '');
  const vals = rule.values;
  const n = asNumber(value, ctx);
  const isDateValue = isDate(value);
  const a = asNumber(vals[0], ctx);
  const b = asNumber(vals[1], ctx);
  const text =
    typeof value === 'string' ? value : formatValue(value instanceof Object ? n : value, undefined, ctx.locale);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const list = (Array.isArray(vals[0]) ? vals[0] : []).map((x) => String(x));
      const shown = typeof value === 'string' ? value : show(value, ctx);
      return ok(list.includes(shown), 'Input must be an item on the specified list');
    }
    case 'VALUE_IN_RANGE': {
      const list = ctx.rangeValues(vals[0]).map((x) => (typeof x === 'string' ? x : show(x, ctx)));
      const shown = typeof value === 'string' ? value : show(value, ctx);
      return ok(list.includes(shown), 'Input must fall within specified range');
    }
    case 'DATE_IS_VALID_DATE':
      return ok(isDateValue, 'Input must be a valid date');
    case 'DATE_AFTER':
      return ok(isDateValue && n! > a!, `Input must be a date after ${show(vals[0], ctx, true)}`);
    case 'DATE_ON_OR_AFTER':
      return ok(isDateValue && n! >= a!, `Input must be a date on or after ${show(vals[0], ctx, true)}`);
    case 'DATE_BEFORE':
      return ok(isDateValue && n! < a!, `Input must be a date before ${show(vals[0], ctx, true)}`);
    case 'DATE_ON_OR_BEFORE':
      return ok(isDateValue && n! <= a!, `Input must be a date on or before ${show(vals[0], ctx, true)}`);
    case 'DATE_BETWEEN':
      return ok(
        isDateValue && n! >= a! && n! <= b!,
        `Input must be a date between ${show(vals[0], ctx, true)} and ${show(vals[1], ctx, true)}`,
      );
    case 'DATE_NOT_BETWEEN':
      return ok(
        isDateValue && (n! < a! || n! > b!),
        `Input must be a date not between ${show(vals[0], ctx, true)} and ${show(vals[1], ctx, true)}`,
      );
    case 'DATE_EQUAL_TO':
      return ok(isDateValue && Math.floor(n!) === Math.floor(a!), `Input must be equal to ${show(vals[0], ctx, true)}`);
    case 'NUMBER_BETWEEN':
      return ok(
        n !== undefined && n >= a! && n <= b!,
        `Input must be a number between ${show(vals[0], ctx)} and ${show(vals[1], ctx)}`,
      );
    case 'NUMBER_NOT_BETWEEN':
      return ok(
        n !== undefined && (n < a! || n > b!),
        `Input must be a number not between ${show(vals[0], ctx)} and ${show(vals[1], ctx)}`,
      );
    case 'NUMBER_EQUAL_TO':
      return ok(n !== undefined && n === a, `Input must be equal to ${show(vals[0], ctx)}`);
    case 'NUMBER_NOT_EQUAL_TO':
      return ok(n !== undefined && n !== a, `Input must not be equal to ${show(vals[0], ctx)}`);
    case 'NUMBER_GREATER_THAN':
      return ok(n !== undefined && n > a!, `Input must be greater than ${show(vals[0], ctx)}`);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return ok(n !== undefined && n >= a!, `Input must be a number greater than or equal to ${show(vals[0], ctx)}`);
    case 'NUMBER_LESS_THAN':
      return ok(n !== undefined && n < a!, `Input must be less than ${show(vals[0], ctx)}`);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return ok(n !== undefined && n <= a!, `Input must be a number less than or equal to ${show(vals[0], ctx)}`);
    case 'TEXT_CONTAINS':
      return ok(text.includes(String(vals[0])), `Input must contain "${String(vals[0])}"`);
    case 'TEXT_DOES_NOT_CONTAIN':
      return ok(!text.includes(String(vals[0])), `Input must not contain "${String(vals[0])}"`);
    case 'TEXT_EQUAL_TO':
      return ok(text === String(vals[0]), `Input must be "${String(vals[0])}"`);
    case 'TEXT_IS_VALID_EMAIL':
      return ok(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text), 'Input must be a valid email address');
    case 'TEXT_IS_VALID_URL':
      return ok(/^(https?|ftp):\/\/[^\s]+\.[^\s]+$/i.test(text), 'Input must be a valid URL');
    case 'CHECKBOX': {
      if (vals.length >= 1) {
        const allowed = vals.map((x) => (typeof x === 'string' ? x.toUpperCase() : String(x).toUpperCase()));
        return ok(allowed.includes(text.toUpperCase()), 'Input must be a checkbox value');
      }
      return ok(typeof value === 'boolean', 'Input must be a checkbox value');
    }
    case 'CUSTOM_FORMULA':
      return ok(ctx.formulaHolds(String(vals[0] ?? '')), 'Input must satisfy the formula ' + String(vals[0] ?? ''));
    default:
      return ok(true, '');
  }
}

/** The text Sheets shows when it rejects typed input. */
export function rejectionMessage(rule: ValidationData, reason: string): string {
  return 'There was a problem\n' + (rule.helpText ? rule.helpText : reason);
}
