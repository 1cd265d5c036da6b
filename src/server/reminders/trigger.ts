// The daily reminder trigger (docs/workbook.md §9, §11): one time-driven trigger at the reminder hour, owned by the
// administrator who turned reminders on (an editor add-on may hold one time-driven trigger per user per
// document). The document property records the one that acts: another administrator's older trigger, which
// this user cannot delete, finds itself not recorded and does nothing (and the ledger would stop a double
// send anyway).
export const REMINDER_HANDLER = 'remindersDaily';
export const REMINDER_TRIGGER_PROPERTY = 'reminders.trigger';

export interface ReminderTriggerRecord {
  uid: string;
  owner: string;
  hour: number;
}

export function recordedTrigger(): ReminderTriggerRecord | null {
  return triggerRecord(PropertiesService.getDocumentProperties().getProperty(REMINDER_TRIGGER_PROPERTY));
}

/** The record as the document property holds it (JSON); null when absent or unreadable. */
export function triggerRecord(raw: string | null | undefined): ReminderTriggerRecord | null {
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as Partial<ReminderTriggerRecord>;
    return typeof r.uid === 'string' ? { uid: r.uid, owner: String(r.owner ?? ''), hour: Number(r.hour ?? 0) } : null;
  } catch {
    return null;
  }
}

/** This user's reminder triggers in this document (by handler), whichever list Google puts them in. */
function myReminderTriggers(): GoogleAppsScript.Script.Trigger[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const seen = new Set<string>();
  const out: GoogleAppsScript.Script.Trigger[] = [];
  for (const t of [...ScriptApp.getUserTriggers(ss), ...ScriptApp.getProjectTriggers()]) {
    if (t.getHandlerFunction() !== REMINDER_HANDLER || seen.has(t.getUniqueId())) continue;
    seen.add(t.getUniqueId());
    out.push(t);
  }
  return out;
}

/** Is the recorded trigger still there for its owner (only its owner can see it)? null: cannot tell. */
export function recordedTriggerActive(me: string): boolean | null {
  const r = recordedTrigger();
  if (!r) return false;
  if (r.owner.toLowerCase() !== me.toLowerCase()) return null;
  return myReminderTriggers().some((t) => t.getUniqueId() === r.uid);
}

/** Installs (or replaces) the daily trigger at `hour` for the current user; records it as the one that acts. */
export function installReminderTrigger(hour: number, timeZone: string, me: string): ReminderTriggerRecord {
  for (const t of myReminderTriggers()) ScriptApp.deleteTrigger(t);
  const trigger = ScriptApp.newTrigger(REMINDER_HANDLER)
    .timeBased()
    .atHour(hour)
    .everyDays(1)
    .inTimezone(timeZone)
    .create();
  const record = { uid: trigger.getUniqueId(), owner: me, hour };
  PropertiesService.getDocumentProperties().setProperty(REMINDER_TRIGGER_PROPERTY, JSON.stringify(record));
  return record;
}

/**
 * Removes this user's reminder triggers and the record; returns the owner of a recorded trigger this user
 * could not remove ('' when none), which stays inert without its record.
 */
export function removeReminderTrigger(me: string): string {
  for (const t of myReminderTriggers()) ScriptApp.deleteTrigger(t);
  const r = recordedTrigger();
  if (r) PropertiesService.getDocumentProperties().deleteProperty(REMINDER_TRIGGER_PROPERTY);
  return r && r.owner.toLowerCase() !== me.toLowerCase() ? r.owner : '';
}

/** Brings the trigger in line with Settings' Reminders and Reminder hour; returns what it did. */
export function syncReminderTrigger(
  enabled: boolean,
  hour: number,
  timeZone: string,
  me: string,
): 'installed' | 'removed' | 'kept' | 'none' {
  const r = recordedTrigger();
  if (enabled) {
    if (r && r.owner.toLowerCase() === me.toLowerCase() && r.hour === hour && recordedTriggerActive(me)) return 'kept';
    installReminderTrigger(hour, timeZone, me);
    return 'installed';
  }
  if (!r && !myReminderTriggers().length) return 'none';
  removeReminderTrigger(me);
  return 'removed';
}
