// The daily reminder trigger's share of the upkeep every menu action runs (docs/workbook.md §9, §11): with
// Settings' Reminders TRUE, a recorded reminder trigger of this administrator that no longer exists (removed,
// or lost with the script project) is installed again at the reminder hour, and the action's message says so.
// The common case costs nothing beyond the on-edit kind's check: the record comes from the properties the
// action already read, and the user's triggers are listed once for both kinds.
import { mayManageTriggers, normalizeEmail } from '../../core/permissions';
import { readReminderSettings } from '../../core/reminders/settings';
import { SETTINGS, type Lang } from '../../core/schema';
import type { OwnTriggers } from '../triggers';
import { addNotice } from '../texts';
import { Workbook } from '../workbook';
import { REMIND_UI } from './texts';
import { installReminderTrigger, recordedTriggerActive, REMINDER_TRIGGER_PROPERTY, triggerRecord } from './trigger';

export function keepReminderTrigger(
  properties: Readonly<Record<string, string>>,
  own: OwnTriggers,
  userEmail: () => string,
  ui: Lang,
): void {
  const recorded = triggerRecord(properties[REMINDER_TRIGGER_PROPERTY]);
  if (!recorded || own.has(recorded.uid)) return;
  const me = userEmail();
  // Another user's trigger cannot be seen: it is left to its owner.
  if (me === '' || normalizeEmail(recorded.owner) !== normalizeEmail(me)) return;
  // Google may list a time-driven trigger with the project's rather than the spreadsheet's.
  if (recordedTriggerActive(me)) return;
  const book = Workbook.open('few');
  const analysis = book.analyse({ sheets: [SETTINGS] });
  if (!mayManageTriggers(me, analysis.inputs.settings)) return;
  const settings = readReminderSettings(
    book.read(SETTINGS)?.grid,
    analysis.inputs.settings,
    analysis.lang,
    book.timeZone,
  );
  if (!settings.enabled) return;
  installReminderTrigger(settings.hour, book.timeZone, me);
  addNotice(`${REMIND_UI.reinstalled[ui]} ${REMIND_UI.installed(settings.hour, ui)}`);
}
