// Who is reminded of what on a given day (docs/workbook.md §11). Pure: the server passes the analysis of the sheets as
// users see them (each row's status as the Standing formula recognises it, each deadline as the Progress
// sheet holds it) and gets back the emails to send, before the quota and the ledger are applied.
//
// - A unit with items not done and not Không áp dụng that are overdue or due within Remind days before, or
//   emulation targets due within that window and not reported, gets one email to its editors.
// - Items overdue by Escalate after days or more (exactly that many included) are also listed, by child unit,
//   in one email to the parent unit's editors; a root unit's (or one whose parent has no editors) go to the
//   office.
// - On the weekly digest day the office gets the digest (digest.ts).
import { idKey, PairIndex } from '../keys';
import type { Analysis, Day, EmulationEntry, ProgressEntry } from '../model';
import type { Lang } from '../schema';
import { standingOf } from '../standing';
import { buildDigest, type Digest } from './digest';
import type { ReminderSettings } from './settings';
import { weekday } from '../dates';

export interface ChaseItem {
  milestoneId: string;
  task: string;
  deadline: Day;
  overdue: boolean;
  /** Days late when overdue (≥ 1), else days left (0 = due today). */
  days: number;
}

export interface TargetItem {
  targetId: string;
  name: string;
  dueDate: Day;
  /** Days late when past its due date, else days left. */
  overdue: boolean;
  days: number;
}

interface EmailBase {
  /** The ledger key: one email per recipient group and unit per day. */
  key: string;
  to: string[];
  /** Most days late among its items (0 when none is late): the quota serves the most overdue first. */
  maxLate: number;
}

export interface UnitReminder extends EmailBase {
  kind: 'unit';
  unitId: string;
  unitName: string;
  items: ChaseItem[];
  targets: TargetItem[];
}

export interface EscalationGroup {
  unitId: string;
  unitName: string;
  items: ChaseItem[];
}

export interface Escalation extends EmailBase {
  kind: 'escalation';
  /** The parent unit; null for the office (root units, and children of a parent without editors). */
  unitId: string | null;
  unitName: string;
  /** Settings' Escalate after: the days overdue from which an item is listed. */
  threshold: number;
  groups: EscalationGroup[];
}

export type ChaseEmail = UnitReminder | Escalation;

export type UnreachedReason = 'noEditors' | 'quota';

export interface Unreached {
  unitId: string;
  unitName: string;
  reason: UnreachedReason;
  /** Items (tasks and targets) the email would have listed. */
  items: number;
  /** A skipped escalation: the units whose overdue tasks it reported (unitId/unitName: its parent, '' the office). */
  escalated?: { unitId: string; unitName: string }[];
}

export interface ReminderPlan {
  today: Day;
  lang: Lang;
  /** Unit reminders and escalations, most overdue first. */
  emails: ChaseEmail[];
  /** The office digest when there are office emails (sent on the digest day, or when someone was not reminded). */
  digest: Digest | null;
  /** True on the weekly digest day. */
  digestDay: boolean;
  /** Units with something to chase and no editor email. */
  unreached: Unreached[];
}

export const OFFICE_KEY = 'office';

/** The reminders of `today` for the workbook as analysed (deadlines and statuses from the sheets). */
export function planReminders(analysis: Analysis, today: Day, settings: ReminderSettings): ReminderPlan {
  const { units } = analysis.inputs;
  const unitByKey = new Map(units.map((u) => [idKey(u.id), u]));
  const chase = chaseItems(analysis, today, settings.daysBefore);
  const targets = targetItems(analysis, today, settings.daysBefore);

  const emails: ChaseEmail[] = [];
  const unreached: Unreached[] = [];
  const escalations = new Map<string, Escalation>();
  const office = settings.officeEmails;

  for (const u of units) {
    const k = idKey(u.id);
    const items = chase.get(k) ?? [];
    const due = targets.get(k) ?? [];
    if (items.length + due.length > 0) {
      const maxLate = Math.max(
        0,
        ...items.filter((i) => i.overdue).map((i) => i.days),
        ...due.filter((t) => t.overdue).map((t) => t.days),
      );
      if (u.editors.length)
        emails.push({
          kind: 'unit',
          key: `unit:${k}`,
          to: unique(u.editors),
          maxLate,
          unitId: u.id,
          unitName: u.name,
          items,
          targets: due,
        });
      else unreached.push({ unitId: u.id, unitName: u.name, reason: 'noEditors', items: items.length + due.length });
    }
    const late = items.filter((i) => i.overdue && i.days >= settings.escalateAfter);
    if (!late.length) continue;
    const parent = u.parentId === null ? undefined : unitByKey.get(idKey(u.parentId));
    const toParent = parent !== undefined && parent !== u && parent.editors.length > 0;
    const key = toParent ? `escalation:${idKey(parent.id)}` : `escalation:${OFFICE_KEY}`;
    let esc = escalations.get(key);
    if (!esc) {
      if (!toParent && !office.length) continue;
      esc = {
        kind: 'escalation',
        key,
        to: unique(toParent ? parent.editors : office),
        maxLate: 0,
        unitId: toParent ? parent.id : null,
        unitName: toParent ? parent.name : '',
        threshold: settings.escalateAfter,
        groups: [],
      };
      escalations.set(key, esc);
    }
    esc.groups.push({ unitId: u.id, unitName: u.name, items: late });
    esc.maxLate = Math.max(esc.maxLate, ...late.map((i) => i.days));
  }
  emails.push(...escalations.values());
  // Most overdue first; then the email with more to say; then units before escalations, in sheet order.
  const order = new Map(emails.map((e, i) => [e, i]));
  emails.sort((a, b) => b.maxLate - a.maxLate || (order.get(a) ?? 0) - (order.get(b) ?? 0));

  const digestDay = weekday(today) === settings.digestDay;
  const digest = office.length ? buildDigest(analysis, today, unique(office)) : null;
  return { today, lang: analysis.lang, emails, digest, digestDay, unreached };
}

/** Per unit key: its Progress rows to chase, overdue first (most late first), then due soon (soonest first). */
function chaseItems(analysis: Analysis, today: Day, daysBefore: number): Map<string, ChaseItem[]> {
  const entries = new PairIndex<ProgressEntry>();
  for (const e of analysis.progressEntries) entries.setFirst(e.unitId, e.milestoneId, e);
  const out = new Map<string, ChaseItem[]>();
  for (const p of analysis.progress) {
    const e = entries.get(p.unitId, p.milestoneId);
    // A pair not on the Progress sheet yet has neither status nor deadline for anyone to see.
    if (!e) continue;
    const deadline = e.deadline ?? null;
    const standing = standingOf({ status: e.status, deadline, completedOn: e.completedOn }, today, daysBefore);
    if ((standing !== 'overdue' && standing !== 'dueSoon') || deadline === null) continue;
    const overdue = standing === 'overdue';
    const item: ChaseItem = {
      milestoneId: p.milestoneId,
      task: p.task,
      deadline,
      overdue,
      days: overdue ? today - deadline : deadline - today,
    };
    const k = idKey(p.unitId);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(item);
  }
  for (const list of out.values()) list.sort(byUrgency);
  return out;
}

/** Per unit key: emulation targets with a row, no result, and a due date no later than the window's end. */
function targetItems(analysis: Analysis, today: Day, daysBefore: number): Map<string, TargetItem[]> {
  const entries = new PairIndex<EmulationEntry>();
  for (const e of analysis.emulationEntries) entries.setFirst(e.unitId, e.targetId, e);
  const out = new Map<string, TargetItem[]>();
  for (const row of analysis.emulation) {
    const e = entries.get(row.unitId, row.targetId);
    if (!e || e.result !== null || row.dueDate === null || row.dueDate > today + Math.max(0, daysBefore)) continue;
    const overdue = row.dueDate < today;
    const item: TargetItem = {
      targetId: row.targetId,
      name: row.target,
      dueDate: row.dueDate,
      overdue,
      days: overdue ? today - row.dueDate : row.dueDate - today,
    };
    const k = idKey(row.unitId);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(item);
  }
  for (const list of out.values()) list.sort(byUrgency);
  return out;
}

function byUrgency(a: { overdue: boolean; days: number }, b: { overdue: boolean; days: number }): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.overdue ? b.days - a.days : a.days - b.days;
}

/** Addresses once each (compared lower-case), in the order written. */
export function unique(emails: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of emails) {
    const k = e.trim().toLowerCase();
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(e.trim());
  }
  return out;
}
