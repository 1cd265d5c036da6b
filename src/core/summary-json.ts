// The `summary` object of the headless command's JSON (docs/workbook.md §10): English keys whatever the
// workbook language, dates as yyyy-mm-dd.
import { isoFromDay } from './dates';
import type { GroupFigures, Summary } from './summary-model';

export interface SpecSummaryJson {
  asOf: string;
  byType: {
    type: string;
    units: number;
    congressHeld: number;
    done: number;
    doneLate: number;
    overdue: number;
    dueSoon: number;
    [extra: string]: unknown;
  }[];
  overdue: { unitId: string; milestoneId: string; deadline: string; daysLate: number; [extra: string]: unknown }[];
  targets: {
    targetId: string;
    reported: number;
    exceeded: number;
    met: number;
    missed: number;
    result: number | null;
    target: number | null;
    notReported: string[];
    [extra: string]: unknown;
  }[];
  verify: { unitId: string; milestoneId: string; code: string }[];
  [extra: string]: unknown;
}

/** The `summary` object of the headless JSON (docs/workbook.md §10): English keys whatever the workbook language. */
export function toSpecJson(s: Summary): SpecSummaryJson {
  const group = (g: GroupFigures) => ({
    units: g.units,
    congressHeld: g.congressHeld,
    done: g.done,
    doneLate: g.doneLate,
    overdue: g.overdue,
    dueSoon: g.dueSoon,
    doneOnTime: g.doneOnTime,
    rows: g.rows,
    standings: { ...g.standings },
  });
  return {
    asOf: isoFromDay(s.asOf),
    organisation: s.organisation,
    term: s.term,
    warningDays: s.warningDays,
    byType: s.byType.map((t) => ({ type: t.type, ...group(t) })),
    byParent: s.byParent.map((p) => ({ unitId: p.unitId, unitName: p.unitName, ...group(p) })),
    overdue: s.overdue.map((o) => ({
      unitId: o.unitId,
      milestoneId: o.milestoneId,
      deadline: isoFromDay(o.deadline),
      daysLate: o.daysLate,
      unitName: o.unitName,
      task: o.task,
    })),
    dueSoon: s.dueSoon.map((o) => ({
      unitId: o.unitId,
      milestoneId: o.milestoneId,
      deadline: isoFromDay(o.deadline),
      daysLeft: o.daysLeft,
    })),
    targets: s.targets.map((t) => ({
      targetId: t.targetId,
      reported: t.reported,
      exceeded: t.exceeded,
      met: t.met,
      missed: t.missed,
      result: t.result,
      target: t.target,
      notReported: t.notReported.map((u) => u.unitId),
      rows: t.rows,
      rollup: t.rollup,
    })),
    verify: s.verify.map((v) => ({ unitId: v.unitId, milestoneId: v.milestoneId, code: v.code })),
    rollups: s.rollups.map((r) => ({
      targetId: r.targetId,
      unitId: r.unitId,
      rollup: r.rollup,
      result: r.result,
      target: r.target,
      rating: r.rating,
    })),
    // Only when some pairs are not on the Progress sheet yet: a refreshed workbook's summary has no such key.
    ...(s.untracked ? { untracked: s.untracked } : {}),
  };
}
