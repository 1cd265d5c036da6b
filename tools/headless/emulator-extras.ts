// What the session replay needs from the emulator and the bundle beyond the basics, each used when present:
// a clock that fires time-driven triggers as it passes their time, MailApp's list of sent emails, and the
// reminder job's entry point in the bundle. Where one is missing, the replay still runs and says so.
import type { Emulator } from '../emulator';
import { zonedFields } from '../emulator/services/date-format';

/** A trigger execution, as the emulator reports the ones an edit or the clock fired. */
export interface FiredTrigger {
  kind?: string;
  functionName: string;
  triggerUid?: string;
  error?: string;
}

/** One email as SPEC §10 lists it. */
export interface SentMail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** 'YYYY-MM-DDTHH:MM' in the script time zone. */
  at: string;
}

/** The bundle's reminder job (SPEC §11), first found wins: what `{"run": "remind"}` calls. */
export const REMIND_FUNCTIONS = ['runReminders', 'remindNow', 'sendReminders', 'reminderJob', 'onReminderTrigger'] as const;

interface ClockExtras {
  /** Moves the clock to `to`, firing the time-driven triggers whose time it passes. */
  advanceTo?(to: Date): { fired?: FiredTrigger[] } | FiredTrigger[] | void;
}

interface MailExtras {
  mail?: { sent?: unknown[] } | (() => unknown[]);
  sentMail?(): unknown[];
}

/** Moves the clock forward (or back); returns the triggers that fired on the way, when the emulator fires them. */
export function moveClock(emulator: Emulator, to: Date): FiredTrigger[] {
  const extras = emulator as unknown as ClockExtras;
  if (typeof extras.advanceTo === 'function' && to.getTime() >= emulator.now().getTime()) {
    const out = extras.advanceTo.call(emulator, to);
    if (Array.isArray(out)) return out;
    return out && Array.isArray(out.fired) ? out.fired : [];
  }
  emulator.setNow(to);
  return [];
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

function localMinute(emulator: Emulator, value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'number' || typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  const f = zonedFields(date, emulator.timeZone);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(f.year, 4)}-${p(f.month)}-${p(f.day)}T${p(f.hour)}:${p(f.minute)}`;
}

function addresses(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(addresses);
  if (typeof value !== 'string') return [];
  return value
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function rawMail(emulator: Emulator): unknown[] | null {
  const extras = emulator as unknown as MailExtras;
  if (typeof extras.sentMail === 'function') return extras.sentMail.call(emulator);
  const mail = extras.mail;
  if (typeof mail === 'function') return mail.call(emulator);
  if (mail && Array.isArray(mail.sent)) return mail.sent;
  return null;
}

/** Every email the emulator's MailApp sent so far, in SPEC §10's shape; [] while the emulator has no MailApp. */
export function sentMail(emulator: Emulator): SentMail[] {
  const list = rawMail(emulator) ?? [];
  return list.map((item) => {
    const m = (item ?? {}) as Record<string, unknown>;
    return {
      to: addresses(m.to ?? m.recipient),
      cc: addresses(m.cc),
      subject: typeof m.subject === 'string' ? m.subject : '',
      body: typeof m.body === 'string' ? m.body : typeof m.htmlBody === 'string' ? m.htmlBody : '',
      at: localMinute(emulator, m.at ?? m.sentAt ?? m.time),
    };
  });
}
