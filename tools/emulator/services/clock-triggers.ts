// When time-driven triggers fire. Google: "the time may be slightly randomized — if you create a recurring
// 9 a.m. trigger, Apps Script chooses a time between 9 a.m. and 10 a.m., then keeps that timing consistent
// from day to day so that 24 hours elapse before the trigger fires again"
// (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers). The emulator
// picks the start of that hour (or the nearMinute asked for), so a test knows when it fires; an add-on may
// not run one more often than once an hour (everyMinutes is refused in script-app.ts).
import { zonedFields } from './date-format';

export interface ClockSchedule {
  /** Daily (every n days) at hour:minute in timeZone … */
  everyDays?: number;
  hour?: number;
  /** … or every n hours from creation. */
  everyHours?: number;
  minute: number;
  timeZone: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The instant of a wall-clock time (y, m, d, h, min) in a time zone. */
function zonedInstant(y: number, m: number, d: number, h: number, min: number, timeZone: string): number {
  const wall = Date.UTC(y, m - 1, d, h, min);
  let guess = wall;
  for (let i = 0; i < 3; i++) guess = wall - zonedFields(new Date(guess), timeZone).offsetMinutes * 60_000;
  return guess;
}

/** The first time a new trigger fires: the next hour:minute after `now` (daily), or now + n hours. */
export function firstRun(s: ClockSchedule, now: number): number {
  if (s.everyDays === undefined) return now + (s.everyHours ?? 1) * HOUR_MS;
  const f = zonedFields(new Date(now), s.timeZone);
  let at = zonedInstant(f.year, f.month, f.day, s.hour ?? 0, s.minute, s.timeZone);
  if (at <= now) at = zonedInstant(f.year, f.month, f.day + 1, s.hour ?? 0, s.minute, s.timeZone);
  return at;
}

/** The run after the one at `last`. */
export function nextRun(s: ClockSchedule, last: number): number {
  if (s.everyDays === undefined) return last + (s.everyHours ?? 1) * HOUR_MS;
  const f = zonedFields(new Date(last), s.timeZone);
  return zonedInstant(f.year, f.month, f.day + s.everyDays, s.hour ?? 0, s.minute, s.timeZone);
}

/** The event object Google passes a time-driven trigger's function. */
export function clockEvent(at: number, triggerUid: string): Record<string, unknown> {
  const d = new Date(at);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    triggerUid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': Math.ceil(((at - start) / DAY_MS + new Date(start).getUTCDay() + 1) / 7),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}
