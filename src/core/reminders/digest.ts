// The weekly office digest (docs/workbook.md §11): the Summary's headline figures, the overdue list, the to-verify list
// and the units that have not reported a target — all as of the day, from the sheets as users see them.
import { idKey, PairIndex } from '../keys';
import type { Analysis, Day, EmulationEntry, ProgressEntry } from '../model';
import { summarise } from '../summary';
import type { OverdueItem } from '../summary-model';
import type { Unreached } from './plan';

export interface Headline {
  units: number;
  congressHeld: number;
  /** Progress rows counted. */
  rows: number;
  done: number;
  overdue: number;
  dueSoon: number;
}

export type VerifyReason = 'doneWithoutDate' | 'completedInFuture' | 'requirementNotMet';

export interface VerifyItem {
  unitId: string;
  unitName: string;
  milestoneId: string;
  task: string;
  reason: VerifyReason;
  /** For requirementNotMet: the milestone required and not Hoàn thành. */
  requires?: string;
}

export interface NotReported {
  targetId: string;
  name: string;
  units: { unitId: string; unitName: string }[];
}

export interface Digest {
  kind: 'digest';
  key: 'digest';
  to: string[];
  maxLate: number;
  headline: Headline;
  warningDays: number;
  overdue: OverdueItem[];
  verify: VerifyItem[];
  notReported: NotReported[];
  /** Filled when the emails are allotted: who was not reminded today and why. */
  notReminded: Unreached[];
}

export function buildDigest(analysis: Analysis, today: Day, to: string[]): Digest {
  const s = summarise(analysis, today, { deadlines: 'sheet' });
  const headline: Headline = { units: 0, congressHeld: 0, rows: 0, done: 0, overdue: 0, dueSoon: 0 };
  for (const t of s.byType) {
    headline.units += t.units;
    headline.congressHeld += t.congressHeld;
    headline.rows += t.rows;
    headline.done += t.done;
    headline.overdue += t.overdue;
    headline.dueSoon += t.dueSoon;
  }
  return {
    kind: 'digest',
    key: 'digest',
    to,
    maxLate: Math.max(0, ...s.overdue.map((o) => o.daysLate)),
    headline,
    warningDays: s.warningDays,
    overdue: s.overdue,
    verify: verifyItems(analysis, today),
    notReported: notReported(analysis),
    notReminded: [],
  };
}

/**
 * Rows the office should check (docs/workbook.md §7 "Cần xác minh"): Hoàn thành without a completion date, completed in
 * the future, or Hoàn thành while a milestone it requires is not.
 */
export function verifyItems(analysis: Analysis, today: Day): VerifyItem[] {
  const entries = new PairIndex<ProgressEntry>();
  for (const e of analysis.progressEntries) entries.setFirst(e.unitId, e.milestoneId, e);
  const requires = new Map(analysis.inputs.milestones.map((m) => [idKey(m.id), m.requires]));
  const out: VerifyItem[] = [];
  for (const p of analysis.progress) {
    const e = entries.get(p.unitId, p.milestoneId);
    if (!e || e.status !== 'done') continue;
    const base = { unitId: p.unitId, unitName: p.unitName, milestoneId: p.milestoneId, task: p.task };
    if (e.completedOn === null) out.push({ ...base, reason: 'doneWithoutDate' });
    else if (e.completedOn > today) out.push({ ...base, reason: 'completedInFuture' });
    for (const r of requires.get(idKey(p.milestoneId)) ?? []) {
      const req = entries.get(p.unitId, r);
      if (req && req.status !== 'done') out.push({ ...base, reason: 'requirementNotMet', requires: r });
    }
  }
  return out;
}

/** Per target, the units with a row on the Emulation sheet and no result, in unit order. */
export function notReported(analysis: Analysis): NotReported[] {
  const entries = new PairIndex<EmulationEntry>();
  for (const e of analysis.emulationEntries) entries.setFirst(e.unitId, e.targetId, e);
  const byTarget = new Map<string, NotReported>();
  for (const t of analysis.inputs.targets) byTarget.set(idKey(t.id), { targetId: t.id, name: t.name, units: [] });
  for (const row of analysis.emulation) {
    const e = entries.get(row.unitId, row.targetId);
    if (!e || e.result !== null) continue;
    byTarget.get(idKey(row.targetId))?.units.push({ unitId: row.unitId, unitName: row.unitName });
  }
  return [...byTarget.values()].filter((t) => t.units.length > 0);
}
