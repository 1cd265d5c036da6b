// The figures of the Summary report (SPEC §7) as data, and the `summary` JSON of SPEC §10.
import { isoFromDay } from './dates';
import { PairIndex, idKey } from './keys';
import type { Analysis, Day, EmulationEntry, ProgressEntry, Target, Unit } from './model';
import { ratingOf } from './rating';
import type { Lang, Rating, Standing, Status } from './schema';
import { standingOf } from './standing';

export type StandingCounts = Record<Standing, number>;

/** Figures over a set of units and their Progress rows. */
export interface GroupFigures {
  /** Units taking part (rows with a missing or duplicate ID are not units). */
  units: number;
  /** Units whose congress milestone is Hoàn thành. */
  congressHeld: number;
  /** Progress rows: the applicable (unit, milestone) pairs of these units (with sheet deadlines, those on the sheet). */
  rows: number;
  /** Rows Hoàn thành, on time or late. */
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  dueSoon: number;
  /** Rows by every standing. */
  standings: StandingCounts;
}

export interface TypeFigures extends GroupFigures {
  type: string;
}

/** A parent unit's figures over its direct children. */
export interface ParentFigures extends GroupFigures {
  unitId: string;
  unitName: string;
}

export interface ItemRef {
  unitId: string;
  unitName: string;
  unitType: string;
  milestoneId: string;
  task: string;
  deadline: Day;
  status: Status | null;
}

export interface OverdueItem extends ItemRef {
  daysLate: number;
}

export interface DueSoonItem extends ItemRef {
  daysLeft: number;
}

/** A matrix cell: the row's standing; 'untracked' for an applicable pair not on the Progress sheet yet. */
export type MatrixCell = Standing | 'untracked';

export interface StandingMatrix {
  milestones: { id: string; name: string }[];
  /** One row per unit in unit order; a cell is null where the milestone does not apply. */
  rows: { unitId: string; unitName: string; unitType: string; cells: (MatrixCell | null)[] }[];
}

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
  /** Sum of the results reported. */
  result: number;
  /** Sum of the target values of all the target's rows. */
  target: number;
}

/** A root or parent unit's roll-up of one target over itself and all its descendants. */
export interface RollupFigures {
  targetId: string;
  unitId: string;
  unitName: string;
  rollup: 'sum' | 'average';
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

export interface Summary {
  asOf: Day;
  lang: Lang;
  organisation: string;
  term: string;
  warningDays: number;
  congressMilestone: string;
  byType: TypeFigures[];
  byParent: ParentFigures[];
  /** Most late first; ties in unit order, then milestone order. */
  overdue: OverdueItem[];
  /** Due within the warning window, soonest first; ties in unit order, then milestone order. */
  dueSoon: DueSoonItem[];
  matrix: StandingMatrix;
  targets: TargetFigures[];
  rollups: RollupFigures[];
  /**
   * With sheet deadlines: applicable (unit, milestone) pairs that have no row on the Progress sheet yet (never
   * refreshed). They are in no figure: with no row they have neither status nor deadline. 0 otherwise.
   */
  untracked: number;
}

export interface SummaryOptions {
  /**
   * Where each row's deadline comes from. 'computed' (default): the analysis' deadlines (SPEC §3), every
   * applicable pair counted. 'sheet': the Progress sheet's Deadline cells, the dates users see and the
   * Standing formula uses, so the report needs neither Cut-offs nor Holidays; a pair with no row on the
   * sheet is counted as untracked.
   */
  deadlines?: 'computed' | 'sheet';
}

const emptyCounts = (): StandingCounts => ({
  notApplicable: 0,
  doneOnTime: 0,
  doneLate: 0,
  noDeadline: 0,
  overdue: 0,
  dueSoon: 0,
  onTrack: 0,
});

interface ProgressRowState extends ItemRef {
  deadlineOrNull: Day | null;
  standing: Standing;
  order: number;
}

export function summarise(analysis: Analysis, today: Day, options: SummaryOptions = {}): Summary {
  const { inputs } = analysis;
  const { units, milestones, settings } = inputs;
  const warningDays = settings.warningDays;
  const fromSheet = options.deadlines === 'sheet';
  const entries = new PairIndex<ProgressEntry>();
  for (const e of analysis.progressEntries) entries.setFirst(e.unitId, e.milestoneId, e);

  // Standing of every Progress row that should exist (with sheet deadlines: that does exist).
  const rows: ProgressRowState[] = [];
  const untracked: { unitId: string; milestoneId: string }[] = [];
  analysis.progress.forEach((p, order) => {
    const e = entries.get(p.unitId, p.milestoneId);
    if (fromSheet && !e) {
      untracked.push({ unitId: p.unitId, milestoneId: p.milestoneId });
      return;
    }
    const deadline = fromSheet ? (e?.deadline ?? null) : p.deadline;
    const status = e?.status ?? null;
    const standing = standingOf({ status, deadline, completedOn: e?.completedOn ?? null }, today, warningDays);
    rows.push({
      unitId: p.unitId,
      unitName: p.unitName,
      unitType: p.unitType,
      milestoneId: p.milestoneId,
      task: p.task,
      deadline: deadline ?? 0,
      deadlineOrNull: deadline,
      status,
      standing,
      order,
    });
  });
  const rowsByUnit = new Map<string, ProgressRowState[]>();
  for (const r of rows) {
    const k = idKey(r.unitId);
    let list = rowsByUnit.get(k);
    if (!list) rowsByUnit.set(k, (list = []));
    list.push(r);
  }
  const congressKey = idKey(settings.congressMilestone);
  const congressHeld = (u: Unit): boolean =>
    (rowsByUnit.get(idKey(u.id)) ?? []).some((r) => idKey(r.milestoneId) === congressKey && r.status === 'done');

  const figures = (group: readonly Unit[]): GroupFigures => {
    const standings = emptyCounts();
    let rowCount = 0;
    let held = 0;
    for (const u of group) {
      if (congressHeld(u)) held++;
      for (const r of rowsByUnit.get(idKey(u.id)) ?? []) {
        standings[r.standing]++;
        rowCount++;
      }
    }
    return {
      units: group.length,
      congressHeld: held,
      rows: rowCount,
      done: standings.doneOnTime + standings.doneLate,
      doneOnTime: standings.doneOnTime,
      doneLate: standings.doneLate,
      overdue: standings.overdue,
      dueSoon: standings.dueSoon,
      standings,
    };
  };

  // Per unit type, in the order types first appear on the Units sheet.
  const types = new Map<string, { type: string; units: Unit[] }>();
  for (const u of units) {
    const k = idKey(u.type);
    let t = types.get(k);
    if (!t) types.set(k, (t = { type: u.type, units: [] }));
    t.units.push(u);
  }
  const byType = [...types.values()].map((t) => ({ type: t.type, ...figures(t.units) }));

  // Per parent unit, over its direct children.
  const children = childrenOf(units);
  const byParent: ParentFigures[] = [];
  for (const u of units) {
    const kids = children.get(idKey(u.id));
    if (kids?.length) byParent.push({ unitId: u.id, unitName: u.name, ...figures(kids) });
  }

  const strip = (r: ProgressRowState): ItemRef => ({
    unitId: r.unitId,
    unitName: r.unitName,
    unitType: r.unitType,
    milestoneId: r.milestoneId,
    task: r.task,
    deadline: r.deadline,
    status: r.status,
  });
  const overdue = rows
    .filter((r) => r.standing === 'overdue')
    .sort((a, b) => a.deadline - b.deadline || a.order - b.order)
    .map((r) => ({ ...strip(r), daysLate: today - r.deadline }));
  const dueSoon = rows
    .filter((r) => r.standing === 'dueSoon')
    .sort((a, b) => a.deadline - b.deadline || a.order - b.order)
    .map((r) => ({ ...strip(r), daysLeft: r.deadline - today }));

  const milestoneIndex = new Map(milestones.map((m, i) => [idKey(m.id), i]));
  const matrix: StandingMatrix = {
    milestones: milestones.map((m) => ({ id: m.id, name: m.name })),
    rows: units.map((u) => ({ unitId: u.id, unitName: u.name, unitType: u.type, cells: milestones.map((): MatrixCell | null => null) })),
  };
  const matrixRow = new Map(matrix.rows.map((r) => [idKey(r.unitId), r]));
  const place = (unitId: string, milestoneId: string, cell: MatrixCell): void => {
    const i = milestoneIndex.get(idKey(milestoneId));
    const row = matrixRow.get(idKey(unitId));
    if (i !== undefined && row) row.cells[i] = cell;
  };
  for (const r of rows) place(r.unitId, r.milestoneId, r.standing);
  for (const p of untracked) place(p.unitId, p.milestoneId, 'untracked');

  const { targets, rollups } = emulationFigures(analysis, children);
  return {
    asOf: today,
    lang: analysis.lang,
    organisation: settings.organisation,
    term: settings.term,
    warningDays,
    congressMilestone: settings.congressMilestone,
    byType,
    byParent,
    overdue,
    dueSoon,
    matrix,
    targets,
    rollups,
    untracked: untracked.length,
  };
}

/** Direct children of each unit, in unit order. */
export function childrenOf(units: readonly Unit[]): Map<string, Unit[]> {
  const known = new Set(units.map((u) => idKey(u.id)));
  const map = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.parentId === null || !known.has(idKey(u.parentId))) continue;
    const k = idKey(u.parentId);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(u);
  }
  return map;
}

interface Totals {
  rows: number;
  reported: number;
  resultSum: number;
  targetCount: number;
  targetSum: number;
}

function emulationFigures(analysis: Analysis, children: Map<string, Unit[]>): { targets: TargetFigures[]; rollups: RollupFigures[] } {
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
      },
    ]),
  );
  // Own totals per (target, unit), to roll up below.
  const own = new PairIndex<Totals>();
  for (const row of analysis.emulation) {
    const t = targetByKey.get(idKey(row.targetId));
    const f = figures.get(idKey(row.targetId));
    if (!t || !f) continue;
    const result = entries.get(row.unitId, row.targetId)?.result ?? null;
    const rating = ratingOf(t.direction, row.targetValue, result);
    f.rows++;
    if (result !== null) {
      f.reported++;
      f.result += result;
    }
    if (rating === 'exceeded') f.exceeded++;
    else if (rating === 'met') f.met++;
    else if (rating === 'missed') f.missed++;
    if (row.targetValue !== null) f.target += row.targetValue;
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
        rows: s.rows,
        reported: s.reported,
        result,
        target,
        rating: ratingOf(t.direction, target, result),
      });
    }
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

// ---- SPEC §10 JSON -------------------------------------------------------------------------------------------

export interface SpecSummaryJson {
  asOf: string;
  byType: { type: string; units: number; congressHeld: number; done: number; doneLate: number; overdue: number; dueSoon: number; [extra: string]: unknown }[];
  overdue: { unitId: string; milestoneId: string; deadline: string; daysLate: number; [extra: string]: unknown }[];
  targets: { targetId: string; reported: number; exceeded: number; met: number; missed: number; result: number; target: number; [extra: string]: unknown }[];
  [extra: string]: unknown;
}

/** The `summary` object of the headless JSON (SPEC §10): English keys whatever the workbook language. */
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
    overdue: s.overdue.map((o) => ({ unitId: o.unitId, milestoneId: o.milestoneId, deadline: isoFromDay(o.deadline), daysLate: o.daysLate, unitName: o.unitName, task: o.task })),
    dueSoon: s.dueSoon.map((o) => ({ unitId: o.unitId, milestoneId: o.milestoneId, deadline: isoFromDay(o.deadline), daysLeft: o.daysLeft })),
    targets: s.targets.map((t) => ({
      targetId: t.targetId,
      reported: t.reported,
      exceeded: t.exceeded,
      met: t.met,
      missed: t.missed,
      result: t.result,
      target: t.target,
      rows: t.rows,
    })),
    rollups: s.rollups.map((r) => ({ targetId: r.targetId, unitId: r.unitId, rollup: r.rollup, result: r.result, target: r.target, rating: r.rating })),
    // Only when some pairs are not on the Progress sheet yet: a refreshed workbook's summary has no such key.
    ...(s.untracked ? { untracked: s.untracked } : {}),
  };
}
