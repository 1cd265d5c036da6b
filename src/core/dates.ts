// Calendar days (Sheets serial numbers) and their conversions. Pure: no Apps Script services.
import type { Day } from './model';
import type { Lang } from './schema';

const MS_PER_DAY = 86_400_000;
/** Serial day of 1970-01-01 (the Unix epoch) in the Sheets epoch of 1899-12-30. */
const UNIX_EPOCH_DAY = 25_569;
/** Sheets accepts serials up to 31/12/9999. */
export const MAX_DAY = 2_958_465;

/** Day from a proleptic Gregorian year, month (1–12) and day; no validation. */
export function dayFromParts(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY) + UNIX_EPOCH_DAY;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function partsFromDay(day: Day): DateParts {
  const d = new Date((day - UNIX_EPOCH_DAY) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** True when year/month/day name a real date (31/02 does not). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'yyyy-mm-dd' → Day, or null when it is not a real date in that exact form. */
export function dayFromIso(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayFromParts(y, mo, d) : null;
}

export function isoFromDay(day: Day): string {
  const p = partsFromDay(day);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** 0 = Sunday … 6 = Saturday (as Date.getDay). Day 0 (1899-12-30) was a Saturday. */
export function weekday(day: Day): number {
  return (((day + 6) % 7) + 7) % 7;
}

export function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

const NO_DAYS: ReadonlySet<Day> = new Set<Day>();

/**
 * A working day of the civil-service calendar (docs/workbook.md §2.1 Holidays): a Monday–Friday not listed as a day off
 * (Nghỉ), or any day listed as worked (Làm bù — a Saturday or Sunday worked in exchange for a bridge day off).
 * A day listed both ways is worked: the làm bù notice is the later, more specific word.
 */
export function isWorkingDay(day: Day, daysOff: ReadonlySet<Day>, workedDays: ReadonlySet<Day> = NO_DAYS): boolean {
  const w = (((day + 6) % 7) + 7) % 7;
  if (w === 0 || w === 6) return workedDays.size > 0 && workedDays.has(day);
  return !daysOff.has(day) || workedDays.has(day);
}

/**
 * The spreadsheet function WORKDAY(base, offset, holidays), extended with the days worked in exchange (làm bù):
 * the base is not counted, days that are not working days (isWorkingDay) are skipped, a negative offset moves
 * back, and an offset of 0 returns the base unchanged even when the base is itself a weekend or holiday.
 * A fractional offset is truncated toward zero, as WORKDAY does. Without worked days it is exactly WORKDAY.
 */
export function addWorkdays(
  base: Day,
  offset: number,
  daysOff: ReadonlySet<Day>,
  workedDays: ReadonlySet<Day> = NO_DAYS,
): Day {
  let remaining = Math.trunc(offset);
  if (remaining === 0) return base;
  const step = remaining > 0 ? 1 : -1;
  remaining = Math.abs(remaining);
  let day = base;
  while (remaining > 0) {
    day += step;
    if (isWorkingDay(day, daysOff, workedDays)) remaining--;
  }
  return day;
}

/** Where a deadline that falls on a day off goes (Settings' Hạn rơi vào ngày nghỉ / Deadline on a day off). */
export type DayOffPolicy = 'keep' | 'earlier' | 'later';

/**
 * `day` moved off a day off as the policy says: Earlier to the previous working day, Later to the next one,
 * Keep (or a day that is already a working day) unchanged.
 */
export function moveOffDayOff(
  day: Day,
  policy: DayOffPolicy,
  daysOff: ReadonlySet<Day>,
  workedDays: ReadonlySet<Day> = NO_DAYS,
): Day {
  if (policy === 'keep') return day;
  const step = policy === 'earlier' ? -1 : 1;
  let d = day;
  // A year has far fewer than 400 consecutive days off; the bound only guards against a pathological sheet.
  for (let i = 0; i < 400 && !isWorkingDay(d, daysOff, workedDays); i++) d += step;
  return d;
}

/** dd/mm/yyyy: the convention of the Vietnamese workbook, kept in English too so both read the same. */
export function formatDay(day: Day, _lang: Lang): string {
  const p = partsFromDay(day);
  return `${pad(p.day)}/${pad(p.month)}/${pad(p.year, 4)}`;
}

// ---- Time zones -------------------------------------------------------------------------------------------

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormatters.get(timeZone);
  if (!f) {
    f = makeFormatter(timeZone);
    zoneFormatters.set(timeZone, f);
  }
  return f;
}

/** A formatter for the zone; an unknown zone name falls back to UTC rather than throwing. */
function makeFormatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return formatterFor(timeZone);
  } catch {
    return formatterFor('UTC');
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

interface WallClock extends DateParts {
  hour: number;
  minute: number;
  second: number;
}

function wallClock(epochMs: number, timeZone: string): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of zoneFormatter(timeZone).formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
      case 'month':
      case 'day':
      case 'minute':
      case 'second':
        out[part.type] = Number(part.value);
        break;
      case 'hour':
        out.hour = Number(part.value) % 24;
        break;
      case 'era':
        if (part.value === 'BC') out.year = 1 - out.year;
        break;
    }
  }
  return out;
}

/** True for a Date from this or any other JS realm (instanceof fails across realms). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function epochOf(date: Date): number {
  return Date.prototype.getTime.call(date);
}

const dayCache = new Map<string, Map<number, Day>>();

/**
 * The calendar day a Date falls on in the given time zone (a getValues() Date is midnight in the spreadsheet's
 * zone). Returns null for an invalid Date. Cached per instant since workbooks repeat the same dates a lot.
 */
export function dayFromDate(date: Date, timeZone: string): Day | null {
  const ms = epochOf(date);
  if (!Number.isFinite(ms)) return null;
  let cache = dayCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    dayCache.set(timeZone, cache);
  }
  const hit = cache.get(ms);
  if (hit !== undefined) return hit;
  const w = wallClock(ms, timeZone);
  const day = dayFromParts(w.year, w.month, w.day);
  if (cache.size > 50_000) cache.clear();
  cache.set(ms, day);
  return day;
}

/** Offset of the zone from UTC at an instant, in ms (wall clock − UTC). */
function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/**
 * A Date at midnight of the day in the time zone (or the first instant of that day when a daylight-saving
 * change skips midnight).
 */
export function dateFromDay(day: Day, timeZone: string): Date {
  let cache = midnightCache.get(timeZone);
  if (!cache) midnightCache.set(timeZone, (cache = new Map()));
  let ms = cache.get(day);
  if (ms === undefined) {
    ms = zonedMidnight(day, timeZone).getTime();
    if (cache.size > 50_000) cache.clear();
    cache.set(day, ms);
  }
  return new Date(ms);
}

const midnightCache = new Map<string, Map<Day, number>>();

function zonedMidnight(day: Day, timeZone: string): Date {
  const utcMidnight = (day - UNIX_EPOCH_DAY) * MS_PER_DAY;
  let guess = utcMidnight - zoneOffsetMs(utcMidnight, timeZone);
  // Re-evaluate once: the offset at the guess may differ from the one at UTC midnight near a transition.
  guess = utcMidnight - zoneOffsetMs(guess, timeZone);
  if (dayFromDate(new Date(guess), timeZone) !== day) {
    // Midnight does not exist that day (clocks jumped forward): step forward to the day's first hour.
    for (let h = 1; h <= 3; h++) {
      const t = guess + h * 3_600_000;
      const w = wallClock(t, timeZone);
      if (dayFromParts(w.year, w.month, w.day) === day) return new Date(t - (w.minute * 60 + w.second) * 1000);
    }
  }
  return new Date(guess);
}
