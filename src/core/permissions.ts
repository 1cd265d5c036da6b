// Who may update a unit's rows (docs/workbook.md §9). Pure: the server calls it on every form call (the units offered,
// each unit's rows, every submission); hiding units in the form is a convenience, this is the check. Direct
// edits in the sheet are not checked: Sheets' own sharing decides who may type there.
//
// When "Chỉ người được giao cập nhật" (restrictUpdates) is TRUE, a user may update a unit only if their
// email is in the unit's Editor emails, in an ancestor unit's, or in Administrators. Emails are compared
// trimmed and case-insensitively. Without an email (Apps Script did not reveal it) nobody can be
// recognised, so a restricted workbook refuses. When the setting is FALSE everyone may update.
import type { Settings, Unit } from './model';
import { normalizeKey } from './schema';

export type AccessReason = 'unrestricted' | 'administrator' | 'editor' | 'ancestorEditor';
export type RefusalReason = 'unknownUnit' | 'noEmail' | 'notEditor';

export type AccessDecision =
  | {
      allowed: true;
      reason: AccessReason;
      /** The unit whose editors list the user (editor, ancestorEditor). */ via?: string;
    }
  | { allowed: false; reason: RefusalReason };

type UnitLike = Pick<Unit, 'id' | 'parentId' | 'editors'>;
type PermissionSettings = Pick<Settings, 'administrators' | 'restrictUpdates'>;

export function normalizeEmail(email: string | null | undefined): string {
  return (email ?? '').normalize('NFC').trim().toLowerCase();
}

function listsEmail(list: readonly string[], email: string): boolean {
  return email !== '' && list.some((e) => normalizeEmail(e) === email);
}

export function isAdministrator(email: string | null | undefined, settings: PermissionSettings): boolean {
  return listsEmail(settings.administrators, normalizeEmail(email));
}

/** Who may install or replace the add-on's triggers: an administrator, or anyone while none is listed (a new
 * workbook: its first user). */
export function mayManageTriggers(email: string, settings: PermissionSettings): boolean {
  return settings.administrators.length === 0 || isAdministrator(email, settings);
}

/** Units by normalised ID, for repeated checks against the same Units sheet. */
export class UnitDirectory<U extends UnitLike = UnitLike> {
  private readonly byKey = new Map<string, U>();

  constructor(readonly units: readonly U[]) {
    for (const u of units) if (!this.byKey.has(normalizeKey(u.id))) this.byKey.set(normalizeKey(u.id), u);
  }

  get(id: string): U | undefined {
    return this.byKey.get(normalizeKey(id));
  }

  /** The unit, then its parent, grandparent… (stops at a loop or an unknown parent). */
  chain(id: string): U[] {
    const out: U[] = [];
    const seen = new Set<U>();
    let unit = this.get(id);
    while (unit && !seen.has(unit)) {
      out.push(unit);
      seen.add(unit);
      unit = unit.parentId === null ? undefined : this.get(unit.parentId);
    }
    return out;
  }
}

export function canUpdateUnit(
  email: string | null | undefined,
  unitId: string,
  directory: UnitDirectory,
  settings: PermissionSettings,
): AccessDecision {
  const chain = directory.chain(unitId);
  const unit = chain[0];
  if (!unit) return { allowed: false, reason: 'unknownUnit' };
  if (!settings.restrictUpdates) return { allowed: true, reason: 'unrestricted' };
  const who = normalizeEmail(email);
  if (who === '') return { allowed: false, reason: 'noEmail' };
  if (isAdministrator(who, settings)) return { allowed: true, reason: 'administrator' };
  if (listsEmail(unit.editors, who)) return { allowed: true, reason: 'editor', via: unit.id };
  const ancestor = chain.slice(1).find((u) => listsEmail(u.editors, who));
  if (ancestor) return { allowed: true, reason: 'ancestorEditor', via: ancestor.id };
  return { allowed: false, reason: 'notEditor' };
}

/** The units, in sheet order, the user may update. */
export function updatableUnits<U extends UnitLike>(
  email: string | null | undefined,
  directory: UnitDirectory<U>,
  settings: PermissionSettings,
): U[] {
  return directory.units.filter((u) => canUpdateUnit(email, u.id, directory, settings).allowed);
}
