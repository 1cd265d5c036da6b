// The reminder settings of the Settings sheet (docs/workbook.md §2.1, §11): read leniently — a value that cannot be read
// falls back to its default, so a typo never stops the daily reminders — and each with the text the reminder
// dialog shows.
import { FindingList } from '../findings';
import type { Grid, Settings } from '../model';
import { foldText, parseBoolean, parseEmails, parseInteger } from '../parse';
import { matchFixed } from '../read';
import { SETTING } from '../settings-rows';
import { SETTINGS, type Lang } from '../schema';
import { openTable } from '../sheet-reader';

export interface ReminderSettings {
  /** Settings' Reminders: TRUE turns the daily reminders on. */
  enabled: boolean;
  /** 0–23, in the spreadsheet's time zone. */
  hour: number;
  /** How far ahead a unit is reminded (default: the Warning days). */
  daysBefore: number;
  /** Overdue this many days or more → also in the parent unit's email. */
  escalateAfter: number;
  /** Who receives the office digest and root units' escalations (default: the Administrators). */
  officeEmails: string[];
  /** Weekday of the office digest, 0 = Sunday … 6 = Saturday (default Monday). */
  digestDay: number;
}

export const DEFAULT_REMINDER_HOUR = 7;
export const DEFAULT_ESCALATE_AFTER = 7;
const MONDAY = 1;

/** Weekday names in both languages, 0 = Sunday. */
export const WEEKDAYS: readonly { vi: string; en: string }[] = [
  { vi: 'Chủ nhật', en: 'Sunday' },
  { vi: 'Thứ Hai', en: 'Monday' },
  { vi: 'Thứ Ba', en: 'Tuesday' },
  { vi: 'Thứ Tư', en: 'Wednesday' },
  { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
];

const WEEKDAY_ALIASES: readonly string[][] = [
  ['cn', 'chu nhat', 'sun'],
  ['t2', 'thu 2', 'thu hai', 'mon'],
  ['t3', 'thu 3', 'thu ba', 'tue'],
  ['t4', 'thu 4', 'thu tu', 'wed'],
  ['t5', 'thu 5', 'thu nam', 'thu'],
  ['t6', 'thu 6', 'thu sau', 'fri'],
  ['t7', 'thu 7', 'thu bay', 'sat'],
];

/** A weekday written in either language (Thứ Hai, thu 2, T2, Monday, Mon…), or null. */
export function parseWeekday(text: string): number | null {
  const folded = foldText(text).replace(/\s+/g, ' ');
  if (folded === '') return null;
  for (let d = 0; d < 7; d++) {
    const names = WEEKDAYS[d] as { vi: string; en: string };
    if (foldText(names.vi) === folded || foldText(names.en) === folded) return d;
    if ((WEEKDAY_ALIASES[d] ?? []).includes(folded)) return d;
  }
  return null;
}

/** The reminder settings of the Settings sheet's grid (absent: every default). */
export function readReminderSettings(
  grid: Grid | undefined,
  base: Pick<Settings, 'warningDays' | 'administrators'>,
  lang: Lang,
  timeZone: string,
): ReminderSettings {
  const out: ReminderSettings = {
    enabled: SETTING.reminders.default,
    hour: DEFAULT_REMINDER_HOUR,
    daysBefore: base.warningDays,
    escalateAfter: DEFAULT_ESCALATE_AFTER,
    officeEmails: [...base.administrators],
    digestDay: MONDAY,
  };
  const reader = grid ? openTable(grid, SETTINGS, ['setting', 'value'], lang, timeZone, new FindingList(lang)) : null;
  if (!reader) return out;
  const seen = new Set<string>();
  for (const r of reader.rows) {
    const key = matchFixed(reader.text(r, 'setting'), SETTING);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const raw = reader.raw(r, 'value');
    const whole = (min: number, max: number): number | null => {
      const p = parseInteger(raw, lang);
      return p.ok && p.value !== null && p.value >= min && p.value <= max ? p.value : null;
    };
    switch (key) {
      case 'reminders': {
        const p = parseBoolean(raw);
        if (p.ok && p.value !== null) out.enabled = p.value;
        break;
      }
      case 'reminderHour':
        out.hour = whole(0, 23) ?? out.hour;
        break;
      case 'remindDaysBefore':
        out.daysBefore = whole(0, 366) ?? out.daysBefore;
        break;
      case 'escalateAfter':
        out.escalateAfter = whole(0, 366) ?? out.escalateAfter;
        break;
      case 'officeEmails': {
        const emails = parseEmails(raw).emails;
        if (emails.length) out.officeEmails = emails;
        break;
      }
      case 'digestDay':
        out.digestDay = parseWeekday(reader.text(r, 'value')) ?? out.digestDay;
        break;
    }
  }
  return out;
}
