// The add-on's installable triggers and who owns them. An installable trigger runs with its owner's authority
// and only its owner can see or delete it, so the workbook records, in document properties, the one trigger
// of each kind that acts (its unique ID) and its owner. Only an administrator installs or replaces a trigger;
// the trigger's handler ignores any other trigger of its kind (an older one of another user stays inert).
//
// A kind is described once (handler, event, how it is created); install, upkeep and the Help's report work
// for every kind alike. The daily reminder trigger (its record also holds the hour, and it is kept only while
// reminders are on) has its own record and upkeep (reminders/), sharing this file's OwnTriggers listing.
import { normalizeEmail } from '../core/permissions';
import { activeSpreadsheet, documentProperties, forgetPropertiesRead } from './document';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

export interface TriggerKind {
  /** The global function it runs. */
  handler: string;
  /** ScriptApp.EventType name ('ON_EDIT', 'CLOCK'). */
  eventType: string;
  /** Document property holding the unique ID of the trigger that acts; `${property}.owner` its owner. */
  property: string;
  create(ss: Spreadsheet): Trigger;
  /** Words for the Help and the notices, in Vietnamese and English. */
  label: { vi: string; en: string };
}

export const EDIT_TRIGGER: TriggerKind = {
  handler: 'onEditInstalled',
  eventType: 'ON_EDIT',
  property: 'editTriggerUid',
  create: (ss) => ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(ss).onEdit().create(),
  label: { vi: 'trình kích hoạt khi sửa trực tiếp', en: 'on-edit trigger' },
};

export interface RecordedTrigger {
  uid: string;
  /** '' when it was recorded before owners were (or by a user Google did not identify). */
  owner: string;
}

export function ownerProperty(kind: TriggerKind): string {
  return `${kind.property}.owner`;
}

/** The trigger recorded as the one that acts, from the document properties. */
export function recordedTrigger(
  kind: TriggerKind,
  properties: Readonly<Record<string, string>>,
): RecordedTrigger | null {
  const uid = properties[kind.property];
  return uid ? { uid, owner: properties[ownerProperty(kind)] ?? '' } : null;
}

/** The current user's triggers of this kind on this spreadsheet (Google shows nobody else's). */
function ownTriggers(kind: TriggerKind, ss: Spreadsheet): Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter(
    (t) =>
      t.getHandlerFunction() === kind.handler &&
      String(t.getEventType()) === String(ScriptApp.EventType[kind.eventType as keyof typeof ScriptApp.EventType]),
  );
}

export interface Installed {
  created: boolean;
  removed: number;
  uid: string;
}

/**
 * Makes sure exactly one trigger of this kind runs for the current user on this spreadsheet (duplicates
 * deleted) and records it, with `owner`, as the one that acts. Idempotent. The caller has checked that the
 * user is an administrator.
 */
export function installTrigger(kind: TriggerKind, owner: string, ss: Spreadsheet = activeSpreadsheet()): Installed {
  const mine = ownTriggers(kind, ss);
  let removed = 0;
  for (const extra of mine.slice(1)) {
    ScriptApp.deleteTrigger(extra);
    removed++;
  }
  const kept = mine[0];
  const trigger = kept ?? kind.create(ss);
  const uid = trigger.getUniqueId();
  const props = documentProperties();
  const wanted: Record<string, string> = { [kind.property]: uid, [ownerProperty(kind)]: owner };
  const current = props.getProperties();
  if (Object.entries(wanted).some(([k, v]) => current[k] !== v)) {
    forgetPropertiesRead();
    props.setProperties(wanted);
  }
  return { created: !kept, removed, uid };
}

export interface TriggerState {
  recorded: RecordedTrigger | null;
  /** The recorded trigger belongs to the current user. */
  mine: boolean;
  /** Whether it still exists: known only to its owner (null for anyone else). */
  active: boolean | null;
}

export function triggerState(
  kind: TriggerKind,
  email: string,
  properties: Readonly<Record<string, string>>,
  ss?: Spreadsheet,
): TriggerState {
  const recorded = recordedTrigger(kind, properties);
  if (!recorded) return { recorded, mine: false, active: false };
  const mine = email !== '' && normalizeEmail(recorded.owner) === normalizeEmail(email);
  if (!mine) return { recorded, mine, active: null };
  return { recorded, mine, active: usersTrigger(recorded.uid, ss) };
}

/**
 * Whether the trigger with this unique ID is one of the current user's on this spreadsheet, so it runs. A
 * unique ID names one trigger: its kind is not asked again (one call a trigger, not three).
 */
export function usersTrigger(uid: string, ss?: Spreadsheet): boolean {
  return new OwnTriggers(ss).has(uid);
}

/**
 * The current user's triggers on this spreadsheet, listed once and only when first asked, each ID read once:
 * the upkeep checks every recorded kind against one ScriptApp.getUserTriggers call.
 */
export class OwnTriggers {
  private list: Trigger[] | null = null;
  private readonly ids: string[] = [];

  constructor(private readonly ss?: Spreadsheet) {}

  has(uid: string): boolean {
    this.list ??= ScriptApp.getUserTriggers(this.ss ?? activeSpreadsheet());
    for (const [i, trigger] of this.list.entries()) {
      this.ids[i] ??= trigger.getUniqueId();
      if (this.ids[i] === uid) return true;
    }
    return false;
  }
}
