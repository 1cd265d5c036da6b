// The figures of the Summary report (docs/workbook.md §7) computed from the analysis: their shape is summary-model.ts,
// the to-verify list summary-verify.ts, the JSON of the headless command summary-json.ts.
import { PairIndex, idKey } from './keys';
import type { Analysis, Day, ProgressEntry, Unit } from './model';
import { standingOf } from './standing';
import type {
  GroupFigures,
  ItemRef,
  MatrixCell,
  ParentFigures,
  StandingCounts,
  StandingMatrix,
  Summary,
} from './summary-model';
import { emulationFigures } from './summary-targets';
import { toVerify } from './summary-verify';
import type { Standing } from './fixed-lists';

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
