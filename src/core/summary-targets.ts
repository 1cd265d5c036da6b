// The emulation part of the Summary report (docs/workbook.md §7): per target its reporting and ratings, totals
// for a Sum target and averages for an Average one, the units that have not reported, and each root and parent
// unit's figure rolled up over its subtree.
import { PairIndex, idKey } from './keys';
import type { Analysis, EmulationEntry, Target, Unit } from './model';
import { ratingOf } from './rating';
import type { Rating } from './fixed-lists';

export interface TargetFigures {
  targetId: string;
  name: string;
  measure: string;
  direction: Target['direction'];
  rollup: Target['rollup'];
  /** Emulation rows of the target (one per applicable unit). */
  rows: number;
  reported: number;
  exceeded: number;
  met: number;
  missed: number;
  /** Sum of the results reported (Sum and None roll-up), or their average (Average); null: an average of none. */
  result: number | null;
  /** Sum of the target values of the rows (Sum, None), or their average over the rows that have one (Average). */
  target: number | null;
  /** Units with a row of this target but no result, in unit order. */
  notReported: { unitId: string; unitName: string }[];
}

/** A root or parent unit's roll-up of one target over itself and all its descendants. */
export interface RollupFigures {
  targetId: string;
  unitId: string;
  unitName: string;
  rollup: 'sum' | 'average';
  /** The target's unit of measure ('%' when its values are ratios). */
  measure: string;
  /** Emulation rows counted (the unit's and its descendants'). */
  rows: number;
  reported: number;
  /** Sum or average of the results reported; null when none is. */
  result: number | null;
  /** Sum or average of the known target values; null when none is known. */
  target: number | null;
  /** Rating of the rolled-up result against the rolled-up target. */
  rating: Rating;
}

interface Totals {
  rows: number;
  reported: number;
  resultSum: number;
  targetCount: number;
  targetSum: number;
}

export function emulationFigures(
  analysis: Analysis,
  children: Map<string, Unit[]>,
): { targets: TargetFigures[]; rollups: RollupFigures[] } {
  const { units, targets } = analysis.inputs;
  const entries = new PairIndex<EmulationEntry>();
  for (const e of analysis.emulationEntries) entries.setFirst(e.unitId, e.targetId, e);
  const targetByKey = new Map(targets.map((t) => [idKey(t.id), t]));
  const figures = new Map<string, TargetFigures>(
    targets.map((t) => [
      idKey(t.id),
      {
        targetId: t.id,
        name: t.name,
        measure: t.measure,
        direction: t.direction,
        rollup: t.rollup,
        rows: 0,
        reported: 0,
        exceeded: 0,
        met: 0,
        missed: 0,
        result: 0,
        target: 0,
        notReported: [],
      },
    ]),
  );
  const counts = new Map<TargetFigures, { results: number; targets: number }>();
  // Own totals per (target, unit), to roll up below.
  const own = new PairIndex<Totals>();
  for (const row of analysis.emulation) {
    const t = targetByKey.get(idKey(row.targetId));
    const f = figures.get(idKey(row.targetId));
    if (!t || !f) continue;
    const result = entries.get(row.unitId, row.targetId)?.result ?? null;
    const rating = ratingOf(t.direction, row.targetValue, result);
    f.rows++;
    const count = counts.get(f) ?? { results: 0, targets: 0 };
    counts.set(f, count);
    if (result !== null) {
      f.reported++;
      f.result = (f.result ?? 0) + result;
      count.results++;
    } else f.notReported.push({ unitId: row.unitId, unitName: row.unitName });
    if (rating === 'exceeded') f.exceeded++;
    else if (rating === 'met') f.met++;
    else if (rating === 'missed') f.missed++;
    if (row.targetValue !== null) {
      f.target = (f.target ?? 0) + row.targetValue;
      count.targets++;
    }
    own.setFirst(row.targetId, row.unitId, {
      rows: 1,
      reported: result === null ? 0 : 1,
      resultSum: result ?? 0,
      targetCount: row.targetValue === null ? 0 : 1,
      targetSum: row.targetValue ?? 0,
    });
  }

  // Units deepest first, so each unit's subtree total is complete before it is added to its parent's.
  const depth = unitDepths(units);
  const bottomUp = [...units].sort((a, b) => (depth.get(b) ?? 0) - (depth.get(a) ?? 0));
  const reporting = units.filter((u) => u.parentId === null || children.has(idKey(u.id)));
  const rollups: RollupFigures[] = [];
  for (const t of targets) {
    if (t.rollup === 'none') continue;
    const subtree = new Map<string, Totals>();
    for (const u of bottomUp) {
      const k = idKey(u.id);
      const total = add(emptyTotals(), own.get(t.id, u.id));
      for (const c of children.get(k) ?? []) add(total, subtree.get(idKey(c.id)));
      subtree.set(k, total);
    }
    for (const u of reporting) {
      const s = subtree.get(idKey(u.id)) ?? emptyTotals();
      if (s.rows === 0) continue;
      const avg = t.rollup === 'average';
      const result = s.reported === 0 ? null : avg ? s.resultSum / s.reported : s.resultSum;
      const target = s.targetCount === 0 ? null : avg ? s.targetSum / s.targetCount : s.targetSum;
      rollups.push({
        targetId: t.id,
        unitId: u.id,
        unitName: u.name,
        rollup: t.rollup,
        measure: t.measure,
        rows: s.rows,
        reported: s.reported,
        result,
        target,
        rating: ratingOf(t.direction, target, result),
      });
    }
  }
  // An Average target's totals are averages: a sum of percentages means nothing.
  for (const [f, count] of counts) {
    if (f.rollup !== 'average') continue;
    f.result = count.results ? (f.result ?? 0) / count.results : null;
    f.target = count.targets ? (f.target ?? 0) / count.targets : null;
  }
  return { targets: [...figures.values()], rollups };
}

const emptyTotals = (): Totals => ({ rows: 0, reported: 0, resultSum: 0, targetCount: 0, targetSum: 0 });

function add(into: Totals, t: Totals | undefined): Totals {
  if (t) {
    into.rows += t.rows;
    into.reported += t.reported;
    into.resultSum += t.resultSum;
    into.targetCount += t.targetCount;
    into.targetSum += t.targetSum;
  }
  return into;
}

/** Depth of each unit below its root (parents are acyclic once validated; a loop is cut at its start). */
function unitDepths(units: readonly Unit[]): Map<Unit, number> {
  const byKey = new Map(units.map((u) => [idKey(u.id), u]));
  const depth = new Map<Unit, number>();
  for (const start of units) {
    const path: Unit[] = [];
    const onPath = new Set<Unit>();
    let u: Unit | undefined = start;
    while (u && !depth.has(u) && !onPath.has(u)) {
      path.push(u);
      onPath.add(u);
      u = u.parentId === null ? undefined : byKey.get(idKey(u.parentId));
    }
    let d = u && depth.has(u) ? (depth.get(u) as number) : -1;
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i] as Unit, ++d);
  }
  return depth;
}
