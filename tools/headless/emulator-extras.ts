// What the session replay needs from the emulator and the bundle beyond the basics: a clock that fires
// time-driven triggers as it passes their time, MailApp's list of sent emails, and the reminder job's entry
// point in the bundle (when the bundle has none, `{"run": "remind"}` says so).
import type { Emulator } from '../emulator';
import { zonedFields } from '../emulator/services/date-format';

/** A trigger execution, as the emulator reports the ones an edit or the clock fired. */
export interface FiredTrigger {
  kind?: string;
  functionName: string;
  triggerUid?: string;
  error?: string;
}

/** One email as docs/workbook.md §10 lists it. */
export interface SentMail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** 'YYYY-MM-DDTHH:MM' in the script time zone. */
  at: string;
}

/** The bundle's daily reminder job (docs/workbook.md §11): what `{"run": "remind"}` calls, without a trigger's event. */
export const REMIND_FUNCTIONS = ['remindersDaily'] as const;

/** Moves the clock; the time-driven triggers whose time it passes fire on the way (each at its own time). */
export function moveClock(emulator: Emulator, to: Date): FiredTrigger[] {
  return emulator
    .setNow(to)
    .fired.map((f) => ({ kind: f.kind, functionName: f.functionName, ...(f.error ? { error: f.error } : {}) }));
}

/** 'YYYY-MM-DDTHH:MM' (script time zone) as an instant. */
export function instantOf(emulator: Emulator, local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`Invalid time '${local}'`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // The zone's offset at that wall time (taken at the instant itself, refined once for a change of offset).
  let instant = wall - zonedFields(new Date(wall), emulator.timeZone).offsetMinutes * 60000;
  instant = wall - zonedFields(new Date(instant), emulator.timeZone).offsetMinutes * 60000;
  return new Date(instant);
}

/** 09:00 of that day in the script time zone (what `{"today": …}` moves the clock to). */
export function morningOf(emulator: Emulator, isoDay: string): Date {
  return instantOf(emulator, `${isoDay}T09:00`);
}

function localMinute(emulator: Emulator, date: Date): string {
  const f = zonedFields(date, emulator.timeZone);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(f.year, 4)}-${p(f.month)}-${p(f.day)}T${p(f.hour)}:${p(f.minute)}`;
}

/** Every email the emulator's MailApp sent so far, in docs/workbook.md §10's shape (the plain body, else the HTML one). */
export function sentMail(emulator: Emulator): SentMail[] {
  return emulator.mailbox.sent.map((m) => ({
    to: [...m.to],
    cc: [...m.cc],
    subject: m.subject,
    body: m.body || m.htmlBody,
    at: localMinute(emulator, m.at),
  }));
}
