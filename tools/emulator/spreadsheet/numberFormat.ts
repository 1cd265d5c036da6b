// Display of cell values through a Sheets number-format pattern (the subset spreadsheets of this kind
// use): General, '@', 0 / 0.00 / #,##0 / #,##0.00, percentages, and date/time patterns built from
// d dd ddd dddd m mm mmm mmmm yy yyyy h hh H HH m mm s ss am/pm, with quoted and escaped literals.
import { localeConventions, type LocaleConventions } from './locale';
import { wallFromSerial } from './time';

export const GENERAL_FORMAT = '0.###############';

function splitSections(pattern: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '"') inQuote = !inQuote;
    if (ch === '\\' && !inQuote) {
      cur += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !inQuote) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The pattern without quoted/escaped literals and [colour] tags: what decides its kind. */
function skeleton(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

const formatKindCache = new Map<string, boolean>();
/** Whether a number format shows a date and/or time (so getValue returns a Date). */
export function isDateTimeFormat(pattern: string | undefined): boolean {
  if (!pattern) return false;
  let v = formatKindCache.get(pattern);
  if (v === undefined) {
    const s = skeleton(splitSections(pattern)[0] ?? '').toLowerCase();
    v = s !== 'general' && /[dmyhs]/.test(s);
    formatKindCache.set(pattern, v);
  }
  return v;
}

function groupDigits(intDigits: string, group: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Sheets' automatic display of a number (no explicit format). */
export function formatGeneral(n: number, conv: LocaleConventions): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  let s: string;
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) s = n.toExponential(2).replace('e+', 'E+').replace('e-', 'E-');
  else s = String(Number(n.toPrecision(10)));
  return s.replace('.', conv.decimal);
}

function formatNumberSection(
  n: number,
  section: string,
  conv: LocaleConventions,
  negativeHasOwnSection: boolean,
): string {
  // literals around the numeric core
  let prefix = '';
  let suffix = '';
  let core = '';
  let seenCore = false;
  let percent = 0;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const lit = section.slice(i + 1, end < 0 ? undefined : end);
      if (seenCore) suffix += lit;
      else prefix += lit;
      i = end < 0 ? section.length : end;
      continue;
    }
    if (ch === '\\') {
      const lit = section[i + 1] ?? '';
      if (seenCore) suffix += lit;
      else prefix += lit;
      i++;
      continue;
    }
    if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end;
      continue;
    }
    if ('0#?,.'.includes(ch) && (!seenCore || (suffix === '' && '0#?,.'.includes(ch)))) {
      core += ch;
      seenCore = true;
      continue;
    }
    if (ch === '%') percent++;
    if (ch === '_' || ch === '*') {
      i++;
      continue;
    }
    if (seenCore) suffix += ch;
    else prefix += ch;
  }
  let v = n * Math.pow(100, percent);
  const neg = v < 0 && !negativeHasOwnSection;
  v = Math.abs(v);
  // trailing commas scale by thousands
  let scaleCommas = 0;
  while (core.endsWith(',')) {
    scaleCommas++;
    core = core.slice(0, -1);
  }
  v /= Math.pow(1000, scaleCommas);
  const dot = core.indexOf('.');
  const intPat = dot < 0 ? core : core.slice(0, dot);
  const fracPat = dot < 0 ? '' : core.slice(dot + 1);
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const maxFrac = (fracPat.match(/[0#?]/g) ?? []).length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  const grouping = intPat.includes(',');
  let fixed = v.toFixed(maxFrac);
  let [intDigits = '0', frac = ''] = fixed.split('.');
  while (frac.length > minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (intDigits === '0' && minInt === 0) intDigits = '';
  while (intDigits.length < minInt) intDigits = '0' + intDigits;
  if (grouping) intDigits = groupDigits(intDigits, conv.group);
  fixed = intDigits + (frac.length > 0 || (fracPat.length > 0 && minFrac > 0) ? conv.decimal + frac : '');
  if (core === '') fixed = '';
  const isZero = Number(v.toFixed(maxFrac)) === 0;
  return (neg && !isZero ? '-' : '') + prefix + fixed + suffix;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDateSection(serial: number, section: string, conv: LocaleConventions): string {
  const w = wallFromSerial(serial);
  // tokens
  type Tok = { t: string; lit?: boolean };
  const toks: Tok[] = [];
  for (let i = 0; i < section.length;) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      toks.push({ t: section.slice(i + 1, end < 0 ? undefined : end), lit: true });
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      toks.push({ t: section[i + 1] ?? '', lit: true });
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    const rest = section.slice(i).toLowerCase();
    if (rest.startsWith('am/pm') || rest.startsWith('a/p')) {
      const len = rest.startsWith('am/pm') ? 5 : 3;
      toks.push({ t: 'am/pm' });
      i += len;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('dmyhs'.includes(lower)) {
      let j = i;
      while (j < section.length && section[j]!.toLowerCase() === lower) j++;
      // keep the case of H for 24h (Sheets treats h/H alike; am/pm decides)
      toks.push({ t: section.slice(i, j) });
      i = j;
      // fractional seconds
      if (lower === 's' && section[i] === '.' && section[i + 1] === '0') {
        let k = i + 1;
        while (section[k] === '0') k++;
        toks.push({ t: section.slice(i, k) });
        i = k;
      }
      continue;
    }
    toks.push({ t: ch, lit: true });
    i++;
  }
  const hasAmPm = toks.some((t) => !t.lit && t.t === 'am/pm');
  const isTok = (k: number, letter: string): boolean => {
    const tok = toks[k];
    return tok !== undefined && !tok.lit && tok.t[0]!.toLowerCase() === letter;
  };
  // decide whether each m-token means minutes: after an h-token or before an s-token
  const minuteAt = (k: number): boolean => {
    for (let j = k - 1; j >= 0; j--) {
      if (toks[j]!.lit) continue;
      if (isTok(j, 'h')) return true;
      break;
    }
    for (let j = k + 1; j < toks.length; j++) {
      if (toks[j]!.lit) continue;
      if (isTok(j, 's')) return true;
      break;
    }
    return false;
  };
  let out = '';
  toks.forEach((tok, k) => {
    if (tok.lit) {
      out += tok.t;
      return;
    }
    const t = tok.t.toLowerCase();
    const len = t.length;
    switch (t[0]) {
      case 'd':
        if (len === 1) out += w.day;
        else if (len === 2) out += pad(w.day, 2);
        else {
          const dow = new Date(Date.UTC(2000, w.month - 1, w.day)).getUTCDay();
          out += len === 3 ? conv.dayShort[dow] : conv.dayNames[dow];
        }
        break;
      case 'y':
        out += len <= 2 ? pad(w.year % 100, 2) : pad(w.year, 4);
        break;
      case 'm':
        if (minuteAt(k)) out += len === 1 ? w.minute : pad(w.minute, 2);
        else if (len === 1) out += w.month;
        else if (len === 2) out += pad(w.month, 2);
        else if (len === 3) out += conv.monthShort[w.month - 1];
        else out += conv.monthNames[w.month - 1];
        break;
      case 'h': {
        let h = w.hour;
        if (hasAmPm) h = h % 12 === 0 ? 12 : h % 12;
        out += len === 1 ? h : pad(h, 2);
        break;
      }
      case 's':
        out += len === 1 ? w.second : pad(w.second, 2);
        break;
      case '.':
        out += '.' + pad(w.millisecond, 3).slice(0, len - 1);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
    }
  });
  return out;
}

/** What a cell shows: the value through the number format, with the locale's separators. */
export function formatValue(value: unknown, pattern: string | undefined, locale: string): string {
  const conv = localeConventions(locale);
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    const sections = pattern ? splitSections(pattern) : [];
    const textSection = sections[3];
    return textSection !== undefined ? textSection.replace(/"([^"]*)"/g, '$1').replace('@', value) : value;
  }
  if (typeof value !== 'number') return String(value);
  if (!pattern || pattern === GENERAL_FORMAT || pattern.toLowerCase() === 'general' || pattern === '@')
    return formatGeneral(value, conv);
  if (isDateTimeFormat(pattern)) return formatDateSection(value, splitSections(pattern)[0] ?? '', conv);
  const sections = splitSections(pattern);
  let section = sections[0]!;
  let ownNeg = false;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    ownNeg = true;
  } else if (value === 0 && sections[2] !== undefined) section = sections[2];
  if (!/[0#?]/.test(skeleton(section))) return section.replace(/"([^"]*)"/g, '$1');
  return formatNumberSection(value, section, conv, ownNeg);
}
