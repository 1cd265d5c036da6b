// Serial day numbers (Sheets epoch 1899-12-30, fractional part = time of day) and their relation to
// instants in a given IANA time zone. Everything goes through Intl so that no code depends on the
// host machine's own time zone.

export const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA name Intl knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const wallTimes = new Map<string, Map<number, WallTime>>();

/** The wall-clock time of instant `ms` in `timeZone` (remembered: Intl is slow and the same dates recur). */
export function wallTimeOf(ms: number, timeZone: string): WallTime {
  let known = wallTimes.get(timeZone);
  if (!known) wallTimes.set(timeZone, (known = new Map()));
  let wall = known.get(ms);
  if (wall === undefined) {
    if (known.size >= 50_000) known.clear();
    wall = computeWallTime(ms, timeZone);
    known.set(ms, wall);
  }
  return { ...wall };
}

function computeWallTime(ms: number, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

function wallAsUtcMs(w: WallTime): number {
  const d = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond));
  d.setUTCFullYear(w.year);
  return d.getTime();
}

/** Serial number of the wall time of instant `ms` in `timeZone`. */
export function serialFromInstant(ms: number, timeZone: string): number {
  return (wallAsUtcMs(wallTimeOf(ms, timeZone)) - EPOCH_MS) / MS_PER_DAY;
}

/** The instant whose wall time in `timeZone` is `serial`. */
export function instantFromSerial(serial: number, timeZone: string): number {
  const wallMs = Math.round(EPOCH_MS + serial * MS_PER_DAY);
  const offsetAt = (ms: number): number => wallAsUtcMs(wallTimeOf(ms, timeZone)) - ms;
  let instant = wallMs - offsetAt(wallMs);
  instant = wallMs - offsetAt(instant);
  return instant;
}

export function serialFromWall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return (wallAsUtcMs({ year, month, day, hour, minute, second, millisecond: 0 }) - EPOCH_MS) / MS_PER_DAY;
}

/** Wall time of a serial number (no time zone involved). */
export function wallFromSerial(serial: number): WallTime {
  // Round to the millisecond so that 0.1-style float noise does not show as 23:59:59.
  const ms = Math.round(EPOCH_MS + serial * MS_PER_DAY);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** Whether a value is a Date, also one made in another realm (the vm sandbox). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A valid calendar date? (31/02/2020 is not.) */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) return false;
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
