// The daily reminder job (docs/workbook.md §11): reads the sheets as users see them, works out who is reminded of what
// (src/core/reminders), checks MailApp's remaining quota first, and sends each email at most once a day:
// the ledger records it before the send and takes it back when the send fails; every email is logged in the
// Nhắc việc / Reminders sheet. Runs under the document lock, so two runs cannot interleave.
import { isoFromDay } from '../../core/dates';
import { idKey } from '../../core/keys';
import type { Analysis } from '../../core/model';
import { isAdministrator } from '../../core/permissions';
import { composeEmail, type ComposedEmail } from '../../core/reminders/compose';
import { planReminders, type ReminderPlan, type Unreached } from '../../core/reminders/plan';
import { allot, type OutgoingEmail } from '../../core/reminders/quota';
import { readReminderSettings, type ReminderSettings } from '../../core/reminders/settings';
import { ADDON_NAME } from '../../core/reminders/texts';
import { EMULATION, MILESTONES, PROGRESS, SETTINGS, TARGETS, UNITS, type Lang, type SheetDef } from '../../core/schema';
import { withDocumentLock } from '../lock';
import { Workbook } from '../workbook';
import { Ledger } from './ledger';
import { ReminderLog } from './log';
import { itemsText, KIND, RESULT, unitText } from './texts';

/** The sheets the job reads: deadlines come from the Progress sheet as users see them. */
export const REMINDED: readonly SheetDef[] = [UNITS, MILESTONES, TARGETS, SETTINGS, PROGRESS, EMULATION];
export const LAST_RUN_PROPERTY = 'reminders.lastRun';

export interface ReminderContext {
  book: Workbook;
  analysis: Analysis;
  settings: ReminderSettings;
  lang: Lang;
}

export function reminderContext(book: Workbook): ReminderContext {
  const analysis = book.analyse({ sheets: REMINDED });
  const settings = readReminderSettings(
    book.read(SETTINGS)?.grid,
    analysis.inputs.settings,
    analysis.lang,
    book.timeZone,
  );
  return { book, analysis, settings, lang: analysis.lang };
}

export function isReminderAdmin(ctx: ReminderContext, email: string): boolean {
  const admins = ctx.analysis.inputs.settings.administrators;
  return admins.length === 0 || isAdministrator(email, ctx.analysis.inputs.settings);
}

export interface RunOutcome {
  sent: number;
  failed: number;
  /** Emails of the day already sent by an earlier run. */
  already: number;
  unreached: Unreached[];
  errors: string[];
}

/** The plan of `day` (default today), optionally only one unit's own reminder. */
export function planOf(ctx: ReminderContext, day = ctx.book.today(), onlyUnit?: string): ReminderPlan {
  const plan = planReminders(ctx.analysis, day, ctx.settings);
  if (onlyUnit === undefined) return plan;
  const key = `unit:${idKey(onlyUnit)}`;
  return {
    ...plan,
    emails: plan.emails.filter((e) => e.key === key),
    digest: null,
    digestDay: false,
    unreached: plan.unreached.filter((u) => idKey(u.unitId) === idKey(onlyUnit)),
  };
}

export function composeFor(ctx: ReminderContext, email: OutgoingEmail, day: number, url: string): ComposedEmail {
  return composeEmail(email, { lang: ctx.lang, today: day, url });
}

/** Sends the day's reminders (or one unit's) that the ledger has not seen; throws at the end if any failed. */
export function sendReminders(ctx: ReminderContext, onlyUnit?: string): RunOutcome {
  const { book, lang } = ctx;
  const today = book.today();
  const plan = planOf(ctx, today, onlyUnit);
  const outcome = withDocumentLock(() => {
    const ledger = new Ledger(isoFromDay(today));
    const already = plan.emails.filter((e) => ledger.has(e.key)).length;
    const nothing = plan.emails.length === 0 && !(plan.digest && plan.digestDay);
    const remaining = nothing ? 0 : MailApp.getRemainingDailyQuota();
    const { send, unreached } = allot(plan, remaining, ledger.keys);
    const out: RunOutcome = { sent: 0, failed: 0, already, unreached, errors: [] };
    if (!send.length) return out;
    const url = book.ss.getUrl();
    const log = new ReminderLog(book, lang);
    for (const email of send) {
      const mail = composeFor(ctx, email, today, url);
      ledger.add(email.key);
      let row = 0;
      try {
        row = log.append({
          time: new Date(),
          to: email.to,
          unit: unitText(email, lang),
          kind: KIND[email.kind][lang],
          items: itemsText(email, lang),
          subject: mail.subject,
          result: RESULT.sent[lang],
        });
        MailApp.sendEmail(email.to.join(','), mail.subject, mail.body, {
          htmlBody: mail.htmlBody,
          name: ADDON_NAME[lang],
        });
        out.sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        out.failed++;
        out.errors.push(message);
        ledger.remove(email.key);
        if (row) {
          try {
            log.setResult(row, RESULT.failed(message, lang));
          } catch {
            // The ledger is what matters: the next run sends it.
          }
        }
      }
    }
    PropertiesService.getDocumentProperties().setProperty(
      LAST_RUN_PROPERTY,
      JSON.stringify({ at: new Date().toISOString(), sent: out.sent, failed: out.failed }),
    );
    SpreadsheetApp.flush();
    return out;
  });
  if (outcome.failed)
    throw new Error(`${outcome.failed} reminder email(s) could not be sent: ${outcome.errors.join('; ')}`);
  return outcome;
}

/** Sends `email` composed as its recipient would read it, to `to` only (a test), outside the ledger. */
export function sendTest(ctx: ReminderContext, email: OutgoingEmail, to: string): ComposedEmail {
  const today = ctx.book.today();
  const mail = composeFor(ctx, email, today, ctx.book.ss.getUrl());
  MailApp.sendEmail(to, mail.subject, mail.body, { htmlBody: mail.htmlBody, name: ADDON_NAME[ctx.lang] });
  new ReminderLog(ctx.book, ctx.lang).append({
    time: new Date(),
    to: [to],
    unit: unitText(email, ctx.lang),
    kind: KIND.test[ctx.lang],
    items: itemsText(email, ctx.lang),
    subject: mail.subject,
    result: RESULT.sent[ctx.lang],
  });
  return mail;
}
