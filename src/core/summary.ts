// The figures of the Summary report (docs/workbook.md §7) as data; the JSON of the headless command is summary-json.ts.
import { PairIndex, idKey } from './keys';
import type { Analysis, Day, ProgressEntry, Unit } from './model';
import type { Lang, Standing, Status } from './schema';
import { emulationFigures, type RollupFigures, type TargetFigures } from './summary-targets';

export type { RollupFigures, TargetFigures } from './summary-targets';
import { standingOf } from './standing';
import { unmetRequirements } from './checks';

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
  /** Rows to verify (Cần xác minh), in sheet order: counted as the sheet says, shown so someone checks them. */
  verify: VerifyItem[];
}

/** Why a row is on the to-verify list. */
export type VerifyCode =
  'W_REQUIREMENT_NOT_MET' | 'W_DONE_WITHOUT_DATE' | 'W_COMPLETED_IN_FUTURE' | 'W_EDIT_NOT_PERMITTED';

export interface VerifyItem {
  unitId: string;
  unitName: string;
  milestoneId: string;
  task: string;
  code: VerifyCode;
}

export interface SummaryOptions {
  /**
   * Where each row's deadline comes from. 'computed' (default): the analysis' deadlines (docs/workbook.md §3), every
   * applicable pair counted. 'sheet': the Progress sheet's Deadline cells, the dates users see and the
   * Standing formula uses, so the report needs neither Cut-offs nor Holidays; a pair with no row on the
   * sheet is counted as untracked.
   */
  deadlines?: 'computed' | 'sheet';
  /** Progress rows whose last direct edit was flagged as not permitted (from the Data issues sheet). */
  flaggedEdits?: readonly { unitId: string; milestoneId: string }[];
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
    rows: units.map((u) => ({
      unitId: u.id,
      unitName: u.name,
      unitType: u.type,
      cells: milestones.map((): MatrixCell | null => null),
    })),
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
    verify: toVerify(analysis, today, options.flaggedEdits ?? []),
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

export { toSpecJson, type SpecSummaryJson } from './summary-json';

/**
 * The to-verify list: Hoàn thành while a required milestone is not, Hoàn thành without a completion date, a
 * completion date after today, and rows flagged as edited without permission. Each row once per reason.
 */
function toVerify(
  analysis: Analysis,
  today: Day,
  flagged: readonly { unitId: string; milestoneId: string }[],
): VerifyItem[] {
  const { units, milestones } = analysis.inputs;
  const unitByKey = new Map(units.map((u) => [idKey(u.id), u]));
  const milestoneByKey = new Map(milestones.map((m) => [idKey(m.id), m]));
  const statusOf = new PairIndex<ProgressEntry['status']>();
  for (const e of analysis.progressEntries) statusOf.setFirst(e.unitId, e.milestoneId, e.status);
  const flaggedPairs = new PairIndex<true>();
  for (const f of flagged) flaggedPairs.setFirst(f.unitId, f.milestoneId, true);
  const seen = new PairIndex<true>();
  const items: VerifyItem[] = [];
  for (const e of analysis.progressEntries) {
    const unit = unitByKey.get(idKey(e.unitId));
    const m = milestoneByKey.get(idKey(e.milestoneId));
    if (!unit || !m || !seen.setFirst(e.unitId, e.milestoneId, true)) continue;
    const item = (code: VerifyCode): VerifyItem => ({
      unitId: unit.id,
      unitName: unit.name,
      milestoneId: m.id,
      task: m.name,
      code,
    });
    if (e.status === 'done') {
      if (unmetRequirements(m, unit, milestoneByKey, (req) => statusOf.get(unit.id, req.id) ?? null).length)
        items.push(item('W_REQUIREMENT_NOT_MET'));
      if (e.completedOn === null) items.push(item('W_DONE_WITHOUT_DATE'));
    }
    if (e.completedOn !== null && e.completedOn > today) items.push(item('W_COMPLETED_IN_FUTURE'));
    if (flaggedPairs.get(e.unitId, e.milestoneId)) items.push(item('W_EDIT_NOT_PERMITTED'));
  }
  return items;
}
