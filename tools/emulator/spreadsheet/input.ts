// What Google Sheets makes of text typed into a cell (also what Range.setValue does with a string):
// formulas, numbers and percentages with the locale's separators, dates in the locale's order,
// booleans, and the leading apostrophe that forces text.
import { localeConventions } from './locale';
import { isValidYmd, serialFromWall } from './time';

export type ParsedInput =
  | { kind: 'blank' }
  | { kind: 'formula'; formula: string }
  | { kind: 'value'; value: number | string | boolean; numberFormat?: string };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const numberPatterns = new Map<string, RegExp>();

/** Parses a number written with the locale's separators; undefined when it is not one. */
export function parseLocaleNumber(text: string, locale: string): number | undefined {
  const { decimal, group } = localeConventions(locale);
  let re = numberPatterns.get(decimal + group);
  if (!re) {
    const g = escapeRe(group);
    const d = escapeRe(decimal);
    re = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
    numberPatterns.set(decimal + group, re);
  }
  const t = text.trim();
  if (t === '' || !/[0-9]/.test(t)) return undefined;
  const m = re.exec(t);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const intPart = (m[2] ?? '0').split(group).join('');
  const num = Number(`${m[1]}${intPart}.${m[3] ?? '0'}e${m[4] ?? '0'}`);
  return Number.isFinite(num) ? num : undefined;
}

const TIME = String.raw`(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?`;

function timeFraction(h?: string, mi?: string, s?: string): number | undefined {
  if (h === undefined) return 0;
  const hh = Number(h),
    mm = Number(mi),
    ss = Number(s ?? 0);
  if (hh > 23 || mm > 59 || ss > 59) return undefined;
  return (hh * 3600 + mm * 60 + ss) / 86400;
}

/** A typed date (or date and time) per the locale; undefined when the text is not one. */
export function parseLocaleDate(text: string, locale: string): { serial: number; numberFormat: string } | undefined {
  const conv = localeConventions(locale);
  const t = text.trim();
  let m = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})` + TIME + '$').exec(t);
  let y: number, mo: number, d: number, fmtDate: string;
  let time: (string | undefined)[];
  if (m) {
    y = Number(m[1]);
    mo = Number(m[3]);
    d = Number(m[4]);
    fmtDate = m[2] === '-' ? 'yyyy-mm-dd' : `yyyy${m[2]}mm${m[2]}dd`;
    time = [m[5], m[6], m[7]];
  } else {
    m = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})` + TIME + '$').exec(t);
    if (!m) return undefined;
    const a = Number(m[1]),
      b = Number(m[3]);
    y = Number(m[4]);
    if (conv.dateOrder === 'DMY') {
      d = a;
      mo = b;
    } else {
      mo = a;
      d = b;
    }
    fmtDate = conv.dateFormat;
    time = [m[5], m[6], m[7]];
  }
  if (!isValidYmd(y, mo, d)) return undefined;
  const frac = timeFraction(time[0], time[1], time[2]);
  if (frac === undefined) return undefined;
  const serial = serialFromWall(y, mo, d) + frac;
  return {
    serial,
    numberFormat:
      time[0] !== undefined ? (fmtDate === conv.dateFormat ? conv.dateTimeFormat : fmtDate + ' HH:mm:ss') : fmtDate,
  };
}

/**
 * Interprets `text` as Sheets does when it is typed into a cell (or written with setValue).
 * `plainText` is true when the cell's number format is '@': then the text is stored as it is.
 */
export function parseTypedInput(text: string, locale: string, plainText = false): ParsedInput {
  if (text === '') return { kind: 'blank' };
  if (plainText) return { kind: 'value', value: text };
  if (text.startsWith("'")) return text.length === 1 ? { kind: 'blank' } : { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const t = text.trim();
  if (t === '') return { kind: 'value', value: text };
  // plain words cannot be numbers, dates or times
  if (!/[0-9]/.test(t)) {
    const upper = t.toUpperCase();
    if (upper === 'TRUE') return { kind: 'value', value: true };
    if (upper === 'FALSE') return { kind: 'value', value: false };
    return { kind: 'value', value: text };
  }
  const upper = t.toUpperCase();
  if (upper === 'TRUE') return { kind: 'value', value: true };
  if (upper === 'FALSE') return { kind: 'value', value: false };
  const n = parseLocaleNumber(t, locale);
  if (n !== undefined) return { kind: 'value', value: n };
  const pct = /^(.*?)\s?%$/.exec(t);
  if (pct && pct[1]) {
    const p = parseLocaleNumber(pct[1], locale);
    if (p !== undefined) {
      const decimals = pct[1].includes(localeConventions(locale).decimal) ? '0.00%' : '0%';
      return { kind: 'value', value: p / 100, numberFormat: decimals };
    }
  }
  const date = parseLocaleDate(t, locale);
  if (date) return { kind: 'value', value: date.serial, numberFormat: date.numberFormat };
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time) {
    const frac = timeFraction(time[1], time[2], time[3]);
    if (frac !== undefined) return { kind: 'value', value: frac, numberFormat: localeConventions(locale).timeFormat };
  }
  return { kind: 'value', value: text };
}
