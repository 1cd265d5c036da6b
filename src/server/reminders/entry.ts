// What Apps Script calls for reminders: the daily trigger's handler (also the headless `{"run": "remind"}`),
// the menu item Nhắc việc… (administrators only) and the dialog's endpoints, and Thiết lập's sync of the
// trigger with Settings' Reminders.
import { idKey } from '../../core/keys';
import { cellText, parseBoolean } from '../../core/parse';
import { matchFixed } from '../../core/read';
import { SETTING } from '../../core/settings-rows';
import { SETTINGS } from '../../core/schema';
import { locateTable } from '../../core/tables';
import { WEEKDAYS } from '../../core/reminders/settings';
import { runMenuAction } from '../action';
import { withDocumentLock } from '../lock';
import { alert, say, toast } from '../texts';
import { userEmail as currentUserEmail, userLang as uiLang } from '../session';
import { Workbook } from '../workbook';
import type { RemindersState } from '../../shared/reminders-api';
import {
  composeFor,
  isReminderAdmin,
  LAST_RUN_PROPERTY,
  planOf,
  reminderContext,
  sendReminders,
  sendTest,
  type ReminderContext,
} from './job';
import { lastRunText } from './status';
import { REMIND_UI } from './texts';
import { installReminderTrigger, recordedTrigger, recordedTriggerActive, syncReminderTrigger } from './trigger';

/** The daily trigger (and `{"run": "remind"}`): sends today's reminders when Settings' Reminders is TRUE. */
export function remindersDaily(e?: { triggerUid?: string | number }): void {
  if (e && e.triggerUid !== undefined) {
    const r = recordedTrigger();
    if (!r || r.uid !== String(e.triggerUid)) return;
  }
  const ctx = reminderContext(Workbook.open());
  if (!ctx.settings.enabled) return;
  sendReminders(ctx);
}

function adminContext(): { ctx: ReminderContext; me: string } {
  const ctx = reminderContext(Workbook.open());
  const me = currentUserEmail();
  if (!isReminderAdmin(ctx, me)) throw new Error(say(REMIND_UI.adminsOnly, uiLang()));
  return { ctx, me };
}

/** Menu Nhắc việc…: the dialog for administrators; anyone else is told politely, and nothing changes. */
export function showRemindersDialog(): void {
  runMenuAction(() => {
    const ui = uiLang();
    const ctx = reminderContext(Workbook.open());
    if (!isReminderAdmin(ctx, currentUserEmail())) {
      alert(say(REMIND_UI.adminsOnly, ui), ui);
      return;
    }
    reinstallIfLost(ctx);
    const html = HtmlService.createHtmlOutputFromFile('reminders')
      .setTitle(say(REMIND_UI.dialogTitle, ui))
      .setWidth(300);
    SpreadsheetApp.getUi().showSidebar(html);
  });
}

export function remindersState(): RemindersState {
  const { ctx } = adminContext();
  const ui = uiLang();
  const tomorrow = ctx.book.today() + 1;
  const plan = planOf(ctx, tomorrow);
  const url = ctx.book.ss.getUrl();
  const emails = [...(plan.digest && plan.digestDay ? [plan.digest] : []), ...plan.emails];
  const r = recordedTrigger();
  return {
    lang: ui,
    enabled: ctx.settings.enabled,
    hour: ctx.settings.hour,
    daysBefore: ctx.settings.daysBefore,
    escalateAfter: ctx.settings.escalateAfter,
    officeEmails: ctx.settings.officeEmails,
    digestDay: WEEKDAYS[ctx.settings.digestDay]?.[ctx.lang] ?? '',
    trigger: r ? { owner: r.owner, hour: r.hour } : null,
    lastRun: lastRunText(ctx.book.property(LAST_RUN_PROPERTY), ctx.book.timeZone, ui),
    units: ctx.analysis.inputs.units.map((u) => ({ id: u.id, name: u.name })),
    preview: emails.map((e) => ({ to: e.to, ...composeFor(ctx, e, tomorrow, url) })),
    notReminded: plan.unreached.map((u) => `${u.unitName} (${u.unitId})`),
  };
}

/** Turns reminders on or off: writes Settings' Reminders and installs or removes the daily trigger. */
export function setRemindersEnabled(enabled: boolean): string {
  const { ctx, me } = adminContext();
  const ui = uiLang();
  withDocumentLock(() => writeRemindersSetting(ctx.book, enabled === true, ctx.lang));
  const done = syncReminderTrigger(enabled === true, ctx.settings.hour, ctx.book.timeZone, me);
  const text =
    done === 'installed' || done === 'kept' ? REMIND_UI.installed(ctx.settings.hour, ui) : say(REMIND_UI.removed, ui);
  toast(text, ui);
  return text;
}

/** Sends the first of tomorrow's emails (else today's) to the administrator, as its recipient would read it. */
export function sendReminderTestToMe(): string {
  const { ctx, me } = adminContext();
  const ui = uiLang();
  if (!me) return say(REMIND_UI.noEmail, ui);
  const today = ctx.book.today();
  const plans = [planOf(ctx, today + 1), planOf(ctx, today)];
  const email =
    plans.map((p) => p.emails[0] ?? (p.digest && p.digestDay ? p.digest : null)).find((e) => e) ?? plans[0]?.digest;
  if (!email) return say(REMIND_UI.nothingToSend, ui);
  sendTest(ctx, email, me);
  return REMIND_UI.testSent(me, ui);
}

/** Sends one unit's reminder now (counted in the ledger: the daily run will not send it again today). */
export function remindUnitNow(unitId: string): string {
  const { ctx } = adminContext();
  const ui = uiLang();
  const unit = ctx.analysis.inputs.units.find((u) => idKey(u.id) === idKey(String(unitId ?? '')));
  if (!unit) return REMIND_UI.unitUnknown(String(unitId ?? ''), ui);
  const out = sendReminders(ctx, unit.id);
  if (out.sent === 0 && out.already > 0) return say(REMIND_UI.alreadySent, ui);
  const unreached = out.unreached.find((u) => idKey(u.unitId) === idKey(unit.id));
  if (out.sent === 0 && unreached) return REMIND_UI.notReached(unreached, ui);
  if (out.sent === 0) return say(REMIND_UI.nothingToSend, ui);
  return REMIND_UI.runDone(out.sent, out.failed, ui);
}

/** Reminders on, but the recorded trigger is gone (its owner removed it or lost access): this administrator's replaces it. */
function reinstallIfLost(ctx: ReminderContext): void {
  if (!ctx.settings.enabled) return;
  const me = currentUserEmail();
  const r = recordedTrigger();
  if (r && (r.owner.toLowerCase() !== me.toLowerCase() || recordedTriggerActive(me))) return;
  try {
    installReminderTrigger(ctx.settings.hour, ctx.book.timeZone, me);
    toast(`${say(REMIND_UI.reinstalled, uiLang())} ${REMIND_UI.installed(ctx.settings.hour, uiLang())}`, uiLang());
  } catch {
    // The dialog still opens; turning reminders on again retries.
  }
}

/** Thiết lập by an administrator: the trigger follows Settings' Reminders. Returns a line for its message. */
export function syncRemindersOnSetup(book: Workbook): string {
  const ui = uiLang();
  const ctx = reminderContext(book);
  const me = currentUserEmail();
  if (!isReminderAdmin(ctx, me)) {
    const r = recordedTrigger();
    return r ? REMIND_UI.otherOwner(r.owner, ui) : '';
  }
  try {
    const done = syncReminderTrigger(ctx.settings.enabled, ctx.settings.hour, book.timeZone, me);
    if (done === 'installed') return REMIND_UI.installed(ctx.settings.hour, ui);
    if (done === 'removed') return say(REMIND_UI.removed, ui);
    return '';
  } catch (error) {
    return `${say(REMIND_UI.noTrigger, ui)}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Writes TRUE/FALSE in Settings' Reminders row (added at the end of the table when absent). */
function writeRemindersSetting(book: Workbook, enabled: boolean, lang: 'vi' | 'en'): void {
  book.forget(SETTINGS);
  const read = book.read(SETTINGS);
  if (!read) return;
  const layout = locateTable(read.grid, SETTINGS);
  if (!layout) return;
  const keyCol = layout.columns.setting ?? 0;
  const valueCol = layout.columns.value ?? keyCol + 1;
  const values = read.grid.values;
  let row = -1;
  for (let r = layout.headerRow + 1; r < values.length; r++) {
    if (matchFixed(cellText(values[r]?.[keyCol]), SETTING) === 'reminders') {
      row = r;
      break;
    }
  }
  if (row >= 0) {
    const current = parseBoolean(values[row]?.[valueCol]);
    if (current.ok && current.value === enabled) return;
    read.sheet.getRange(row + 1, valueCol + 1).setValue(enabled);
  } else {
    let last = values.length;
    while (last > layout.headerRow + 1 && (values[last - 1] ?? []).every((v) => v === '' || v === null)) last--;
    read.sheet.getRange(last + 1, keyCol + 1).setValue(SETTING.reminders[lang]);
    read.sheet.getRange(last + 1, valueCol + 1).setValue(enabled);
  }
  book.forget(SETTINGS);
}
