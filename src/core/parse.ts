// Reading any input cell (docs/workbook.md §6). Every parser returns a result object and never throws.
// A blank cell is `{ ok: true, value: null }`; callers decide whether blank is allowed.
import { MAX_DAY, dayFromDate, dayFromParts, isDate, isValidDate } from './dates';
import type { Day } from './model';
import type { Lang } from './schema';

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const FAIL: Parsed<never> = { ok: false };

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Text of a cell: trimmed and NFC-normalised; numbers and booleans as written; Dates as dd/mm/yyyy in UTC. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return (ASCII.test(value) ? value : value.normalize('NFC')).trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    const ms = Date.prototype.getTime.call(value);
    if (!Number.isFinite(ms)) return '';
    const d = new Date(ms);
    return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  return String(value).normalize('NFC').trim();
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Lower case, without Vietnamese diacritics (đ → d) and with single spaces: for tolerant label matching. */
export function foldText(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    if (foldCache.size >= 10_000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

const foldCache = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- Dates ---------------------------------------------------------------------------------------------------

const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;

/**
 * Dates: a real Date (calendar day in `timeZone`), a serial day number, or text dd/mm/yyyy, d/m/yyyy,
 * dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd. Impossible dates (31/02/2020) fail.
 */
export function parseDate(value: unknown, timeZone: string): Parsed<Day | null> {
  if (isBlank(value)) return ok(null);
  if (isDate(value)) {
    const day = dayFromDate(value, timeZone);
    return day === null ? FAIL : ok(day);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > MAX_DAY) return FAIL;
    return ok(Math.floor(value));
  }
  if (typeof value !== 'string') return FAIL;
  const text = value.trim();
  let m = DMY.exec(text);
  if (m) return fromParts(Number(m[4]), Number(m[3]), Number(m[1]));
  m = YMD.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[3]), Number(m[4]));
  return FAIL;
}

function fromParts(year: number, month: number, day: number): Parsed<Day | null> {
  return isValidDate(year, month, day) ? ok(dayFromParts(year, month, day)) : FAIL;
}

// ---- Numbers -------------------------------------------------------------------------------------------------

/**
 * Numbers: real numbers, or text in either convention. The rule for text:
 * - with both '.' and ',', the one written last is the decimal mark ('1.103,5' = '1,103.5' = 1103.5);
 * - a mark that occurs more than once groups thousands ('1.234.567', '1,234,567');
 * - a single mark followed by exactly three digits (and at most three before it, not starting with 0) is a
 *   thousands separator when it is the workbook language's grouping mark — '.' in Vietnamese, ',' in
 *   English — so '1.103' is 1103 in a Vietnamese workbook and 1.103 in an English one;
 * - any other single mark is the decimal mark: '5,62' = 5.62, '1,5' = 1.5, '5.62' = 5.62.
 * A trailing '%' divides by 100 ('99,8%' = 0.998). Spaces (also non-breaking) are ignored.
 */
export function parseNumber(value: unknown, lang: Lang = 'vi'): Parsed<number | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : FAIL;
  if (typeof value !== 'string') return FAIL;
  let text = value.replace(/[\s\u00a0\u202f]/g, '');
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  }
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+') || text.startsWith('−')) {
    if (!text.startsWith('+')) sign = -1;
    text = text.slice(1);
  }
  const n = parseUnsigned(text, lang);
  if (n === null) return FAIL;
  const result = sign * (percent ? n / 100 : n);
  return ok(percent ? Number(result.toPrecision(15)) : result);
}

function parseUnsigned(text: string, lang: Lang): number | null {
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const dots = count(text, '.');
  const commas = count(text, ',');
  let decimal: '.' | ',' | null = null;
  let group: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) {
    decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if (count(text, decimal) > 1) return null;
  } else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const groupingMark = lang === 'vi' ? '.' : ',';
    if (mark === groupingMark && /^[1-9]\d{0,2}[.,]\d{3}$/.test(text)) group = mark;
    else decimal = mark;
  } else if (dots > 1) {
    group = '.';
  } else if (commas > 1) {
    group = ',';
  }
  const [intPart = '', fracPart = ''] = decimal ? text.split(decimal) : [text];
  const digits = group ? groupedDigits(intPart, group) : /^\d*$/.test(intPart) ? intPart || '0' : null;
  if (digits === null || (decimal && !/^\d+$/.test(fracPart))) return null;
  const n = Number(decimal ? `${digits}.${fracPart}` : digits);
  return Number.isFinite(n) ? n : null;
}

/** Digits of an integer part that may group thousands with `mark` (groups of exactly three). */
function groupedDigits(intPart: string, mark: string): string | null {
  if (intPart === '') return '0';
  if (/^\d+$/.test(intPart)) return intPart;
  const groups = intPart.split(mark);
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
  return groups.join('');
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** A whole number (text or number); 7.0 is fine, 7.5 is not. */
export function parseInteger(value: unknown, lang: Lang = 'vi'): Parsed<number | null> {
  const r = parseNumber(value, lang);
  if (!r.ok || r.value === null) return r;
  return Number.isInteger(r.value) ? r : FAIL;
}

// ---- Booleans ------------------------------------------------------------------------------------------------

const TRUE_WORDS = new Set(['true', 'x', 'co', 'yes', 'y', '1', 'dung', '✓', '✔', 'v']);
const FALSE_WORDS = new Set(['false', 'khong', 'no', 'n', '0', 'sai', '-']);

/** Checkbox TRUE/FALSE, x, có/không, yes/no, 1/0 (any case, with or without diacritics). Blank is null. */
export function parseBoolean(value: unknown): Parsed<boolean | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') return value === 1 ? ok(true) : value === 0 ? ok(false) : FAIL;
  if (typeof value !== 'string') return FAIL;
  const word = foldText(value);
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return FAIL;
}

// ---- Lists and emails ----------------------------------------------------------------------------------------

/** Items separated by ',', ';' or new lines; trimmed, NFC, blanks dropped. */
export function parseList(value: unknown): string[] {
  if (isBlank(value)) return [];
  return cellText(value)
    .split(/[,;\r\n]+/)
    .map((s) => s.normalize('NFC').trim())
    .filter((s) => s !== '');
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..');
}

export interface EmailList {
  /** Valid addresses, lower-cased. */
  emails: string[];
  /** Items that are not email addresses, as written. */
  invalid: string[];
}

export function parseEmails(value: unknown): EmailList {
  const out: EmailList = { emails: [], invalid: [] };
  for (const item of parseList(value)) {
    if (isEmail(item)) out.emails.push(item.toLowerCase());
    else out.invalid.push(item);
  }
  return out;
}
