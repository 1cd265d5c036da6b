// Java SimpleDateFormat patterns, as Utilities.formatDate(date, timeZone, pattern) uses them (US English
// names, weeks starting on Sunday with minimal days 1, as Java's default locale on Google's servers).

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Short names Java prints for zones Intl only knows as GMT offsets. */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Ho_Chi_Minh': 'ICT',
  'Asia/Saigon': 'ICT',
  'Asia/Bangkok': 'ICT',
  'Asia/Vientiane': 'ICT',
  'Asia/Phnom_Penh': 'ICT',
  'Asia/Tokyo': 'JST',
  'Asia/Singapore': 'SGT',
  'Asia/Shanghai': 'CST',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  GMT: 'GMT',
  'Etc/GMT': 'GMT',
};

export interface ZonedFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number; // local - UTC
}

const FIXED_OFFSET = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

type ResolvedZone = { iana: string } | { fixedMinutes: number; label: string };
const resolvedZones = new Map<string, ResolvedZone>();

/** A time zone id Java would understand, reduced to what Intl accepts or to a fixed offset; unknown → GMT. */
export function resolveZone(timeZone: string): ResolvedZone {
  const key = String(timeZone ?? '');
  let zone = resolvedZones.get(key);
  if (!zone) {
    zone = resolveZoneUncached(key);
    resolvedZones.set(key, zone);
  }
  return zone;
}

function resolveZoneUncached(timeZone: string): ResolvedZone {
  const tz = timeZone.trim();
  const fixed = FIXED_OFFSET.exec(tz);
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    const minutes = sign * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
    return { fixedMinutes: minutes, label: `GMT${formatOffset(minutes, ':')}` };
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return { iana: tz };
  } catch {
    return { fixedMinutes: 0, label: 'GMT' };
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(iana: string): Intl.DateTimeFormat {
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(iana, f);
  }
  return f;
}

export function zonedFields(date: Date, timeZone: string): ZonedFields {
  const zone = resolveZone(timeZone);
  const ms = date.getTime();
  if ('fixedMinutes' in zone) {
    const shifted = new Date(ms + zone.fixedMinutes * 60000);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      millisecond: shifted.getUTCMilliseconds(),
      weekday: shifted.getUTCDay(),
      offsetMinutes: zone.fixedMinutes,
    };
  }
  const offsetMinutes = zoneOffset(ms, zone.iana);
  const shifted = new Date(ms + offsetMinutes * 60000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    offsetMinutes,
  };
}

// Offsets change at most at quarter-hour boundaries, so one Intl lookup per zone and quarter hour suffices
// (Intl is slow: a 60,000-row snapshot would otherwise spend seconds here).
const QUARTER_HOUR = 15 * 60000;
const offsets = new Map<string, number>();

/** Minutes to add to UTC to get the wall clock of `iana` at instant `ms`. */
export function zoneOffset(ms: number, iana: string): number {
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const key = `${iana}|${bucket}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const at = bucket * QUARTER_HOUR;
  const parts: Record<string, string> = {};
  for (const p of formatter(iana).formatToParts(new Date(at))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = new Date(
    Date.UTC(
      2000,
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour) % 24,
      Number(parts.minute),
      Number(parts.second),
    ),
  );
  wall.setUTCFullYear(year);
  const offset = Math.round((wall.getTime() - at) / 60000);
  if (offsets.size > 100000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

function formatOffset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function zoneName(timeZone: string, date: Date, long: boolean, offsetMinutes: number): string {
  const zone = resolveZone(timeZone);
  if ('fixedMinutes' in zone) return zone.label;
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone.iana, timeZoneName: long ? 'long' : 'short' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (long && name && !/^GMT/.test(name)) return name;
  if (!long && name && !/^GMT/.test(name)) return name;
  const abbreviation = ZONE_ABBREVIATIONS[zone.iana];
  if (abbreviation && !long) return abbreviation;
  return `GMT${formatOffset(offsetMinutes, ':')}`;
}

function dayOfYear(f: ZonedFields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
}

/** US rules: weeks start on Sunday; week 1 is the week holding January 1st. */
function weekOfYear(f: ZonedFields): { week: number; weekYear: number } {
  const saturday = new Date(Date.UTC(f.year, f.month - 1, f.day + (6 - f.weekday)));
  if (saturday.getUTCFullYear() > f.year) return { week: 1, weekYear: f.year + 1 };
  const jan1Weekday = new Date(Date.UTC(f.year, 0, 1)).getUTCDay();
  return { week: Math.floor((dayOfYear(f) - 1 + jan1Weekday) / 7) + 1, weekYear: f.year };
}

function weekOfMonth(f: ZonedFields): number {
  const firstWeekday = new Date(Date.UTC(f.year, f.month - 1, 1)).getUTCDay();
  return Math.floor((f.day - 1 + firstWeekday) / 7) + 1;
}

function field(letter: string, count: number, f: ZonedFields, date: Date, timeZone: string): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      const year = letter === 'Y' ? weekOfYear(f).weekYear : f.year;
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month - 1] ?? '';
      if (count === 3) return (MONTHS[f.month - 1] ?? '').slice(0, 3);
      return pad(f.month, count);
    case 'w':
      return pad(weekOfYear(f).week, count);
    case 'W':
      return pad(weekOfMonth(f), count);
    case 'D':
      return pad(dayOfYear(f), count);
    case 'd':
      return pad(f.day, count);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? (DAYS[f.weekday] ?? '') : (DAYS[f.weekday] ?? '').slice(0, 3);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'z':
      return zoneName(timeZone, date, count >= 4, f.offsetMinutes);
    case 'Z':
      return formatOffset(f.offsetMinutes, '');
    case 'X':
      if (f.offsetMinutes === 0) return 'Z';
      if (count === 1) return formatOffset(f.offsetMinutes, '').slice(0, 3);
      return formatOffset(f.offsetMinutes, count === 2 ? '' : ':');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Formats like java.text.SimpleDateFormat with the given time zone. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const f = zonedFields(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let count = 1;
      while (pattern.charAt(i + count) === c) count++;
      out += field(c, count, f, date, timeZone);
      i += count;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
