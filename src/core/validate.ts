// Cross-sheet checks of docs/workbook.md §6: references between rows (parents, anchors, requirements) and the warnings
// that compare dates. Broken references are cleared so that what depends on them stays blank.
import { checkCompletedOn, checkRequirements } from './checks';
import { formatDay } from './dates';
import type { DeadlineCell } from './deadlines';
import { applies } from './deadlines';
import { MESSAGES } from './messages';
import type { Day, Milestone, ProgressEntry, Unit } from './model';
import { PairIndex, idKey } from './keys';
import type { SheetReader } from './sheet-reader';

/** E_PARENT_UNKNOWN and E_PARENT_CYCLE (every unit on the loop). Both leave the unit without a parent. */
export function checkParents(units: Unit[], reader: SheetReader): void {
  const byKey = new Map(units.map((u) => [idKey(u.id), u]));
  for (const u of units) {
    if (u.parentId !== null && !byKey.has(idKey(u.parentId))) {
      reader.report('E_PARENT_UNKNOWN', u.row - 1, 'parentId', MESSAGES.parentUnknown(u.parentId));
      u.parentId = null;
    }
  }
  const loops = findLoops(units, (u) => (u.parentId === null ? undefined : byKey.get(idKey(u.parentId))));
  for (const loop of loops) {
    const chain = [...loop.map((u) => u.id), (loop[0] as Unit).id];
    for (const u of loop) reader.report('E_PARENT_CYCLE', u.row - 1, 'parentId', MESSAGES.parentCycle(chain));
  }
  for (const loop of loops) for (const u of loop) u.parentId = null;
}

/**
 * Every loop in a graph where each node has at most one successor, each loop once, members in the order
 * they are met from the first of them in `nodes`.
 */
export function findLoops<T>(nodes: readonly T[], next: (n: T) => T | undefined): T[][] {
  const state = new Map<T, 1 | 2>(); // 1 on the current path, 2 finished
  const loops: T[][] = [];
  for (const start of nodes) {
    if (state.has(start)) continue;
    const path: T[] = [];
    let n: T | undefined = start;
    while (n !== undefined && !state.has(n)) {
      state.set(n, 1);
      path.push(n);
      n = next(n);
    }
    if (n !== undefined && state.get(n) === 1) loops.push(path.slice(path.indexOf(n)));
    for (const p of path) state.set(p, 2);
  }
  return loops;
}

/** E_ANCHOR_UNKNOWN / E_VALUE_UNKNOWN (anchor), E_ANCHOR_CYCLE, E_REQUIRES_UNKNOWN. */
export function checkMilestoneReferences(milestones: Milestone[], reader: SheetReader): void {
  const byKey = new Map(milestones.map((m) => [idKey(m.id), m]));
  for (const m of milestones) {
    if (m.anchor?.kind === 'milestone' && !byKey.has(idKey(m.anchor.milestoneId))) {
      const text = m.anchor.milestoneId;
      // Text with spaces was meant as one of the fixed anchors, not as an ID.
      if (/\s/.test(text)) reader.report('E_VALUE_UNKNOWN', m.row - 1, 'anchor', MESSAGES.anchorUnknown(text));
      else reader.report('E_ANCHOR_UNKNOWN', m.row - 1, 'anchor', MESSAGES.anchorUnknown(text));
      m.anchor = null;
      m.deadlineUnknown = true;
    }
    const known: string[] = [];
    for (const id of m.requires) {
      const target = byKey.get(idKey(id));
      if (target) known.push(target.id);
      else reader.report('E_REQUIRES_UNKNOWN', m.row - 1, 'requires', MESSAGES.requiresUnknown(id));
    }
    m.requires = known;
  }
  const loops = findLoops(milestones, (m) =>
    m.anchor?.kind === 'milestone' ? byKey.get(idKey(m.anchor.milestoneId)) : undefined,
  );
  for (const loop of loops) {
    const chain = [...loop.map((m) => m.id), (loop[0] as Milestone).id];
    for (const m of loop) reader.report('E_ANCHOR_CYCLE', m.row - 1, 'anchor', MESSAGES.anchorCycle(chain));
  }
  for (const loop of loops)
    for (const m of loop) {
      m.anchor = null;
      m.deadlineUnknown = true;
    }
}

/** W_CONGRESS_DATE_MISSING (once per unit), W_CHILD_AFTER_PARENT, W_TYPE_UNUSED. */
export function checkUnits(units: readonly Unit[], milestones: readonly Milestone[], reader: SheetReader): void {
  const byKey = new Map(units.map((u) => [idKey(u.id), u]));
  const needsOwnDate = new Set<Unit>();
  for (const u of units) {
    const parent = u.parentId === null ? undefined : byKey.get(idKey(u.parentId));
    for (const m of milestones) {
      if (m.deadlineUnknown || !applies(m, u)) continue;
      if (m.anchor?.kind === 'congress' || m.anchor?.kind === 'congressClose') needsOwnDate.add(u);
      if (m.anchor?.kind === 'parentCongress' && parent) needsOwnDate.add(parent);
    }
  }
  for (const u of units) {
    if (u.congressDate === null && needsOwnDate.has(u) && reader.blank(u.row - 1, 'congressDate'))
      reader.report('W_CONGRESS_DATE_MISSING', u.row - 1, 'congressDate', MESSAGES.congressDateMissing(u.id));
    const parent = u.parentId === null ? undefined : byKey.get(idKey(u.parentId));
    if (parent && u.congressDate !== null && parent.congressDate !== null && u.congressDate >= parent.congressDate) {
      const lang = reader.lang;
      reader.report(
        'W_CHILD_AFTER_PARENT',
        u.row - 1,
        'congressDate',
        MESSAGES.childAfterParent(
          u.id,
          formatDay(u.congressDate, lang),
          parent.id,
          formatDay(parent.congressDate, lang),
        ),
      );
    }
    if (
      milestones.length > 0 &&
      u.type !== '' &&
      !milestones.some((m) => m.appliesTo === 'all' || m.appliesTo.includes(idKey(u.type)))
    )
      reader.report('W_TYPE_UNUSED', u.row - 1, 'type', MESSAGES.typeUnused(u.type));
  }
}

/** W_DONE_WITHOUT_DATE, W_COMPLETED_IN_FUTURE and W_REQUIREMENT_NOT_MET on the Progress rows. */
export function checkProgress(
  entries: readonly ProgressEntry[],
  units: readonly Unit[],
  milestones: readonly Milestone[],
  reader: SheetReader,
  today: Day,
): void {
  const unitsByKey = new Map(units.map((u) => [idKey(u.id), u]));
  const milestonesByKey = new Map(milestones.map((m) => [idKey(m.id), m]));
  const statusOf = new PairIndex<ProgressEntry['status']>();
  for (const e of entries) statusOf.setFirst(e.unitId, e.milestoneId, e.status);
  for (const e of entries) {
    const r = e.row - 1;
    if (e.status === 'done' && e.completedOn === null && reader.blank(r, 'completedOn'))
      reader.report('W_DONE_WITHOUT_DATE', r, 'completedOn', MESSAGES.doneWithoutDate());
    const future = checkCompletedOn(e.completedOn, today, reader.lang);
    if (future) reader.report(future.code, r, 'completedOn', future.message);
    if (e.status !== 'done') continue;
    const unit = unitsByKey.get(idKey(e.unitId));
    const m = milestonesByKey.get(idKey(e.milestoneId));
    if (!unit || !m) continue;
    const unmet = checkRequirements(m, unit, milestonesByKey, (req) => statusOf.get(unit.id, req.id) ?? null);
    if (unmet.finding) reader.report(unmet.finding.code, r, 'status', unmet.finding.message);
  }
}

/**
 * W_CUTOFF_EXCEEDED: on the Deadline cell of the unit's Progress row when that row exists, else on the
 * Hạn chót cell of the cut-off.
 */
export function checkCutoffs(
  cells: readonly DeadlineCell[],
  entries: PairIndex<ProgressEntry>,
  progress: SheetReader | null,
  cutoffs: SheetReader | null,
  cutoffRow: (type: string, milestoneId: string) => number | undefined,
): void {
  for (const c of cells) {
    if (!c.exceeded || c.computed === null || c.cutoff === null) continue;
    const lang = (progress ?? cutoffs)?.lang ?? 'vi';
    const message = MESSAGES.cutoffExceeded(
      c.unit.id,
      c.milestone.id,
      c.unit.type,
      formatDay(c.computed, lang),
      formatDay(c.cutoff, lang),
    );
    const entry = entries.get(c.unit.id, c.milestone.id);
    if (entry && progress?.has('deadline')) {
      progress.report('W_CUTOFF_EXCEEDED', entry.row - 1, 'deadline', message);
      continue;
    }
    const row = cutoffRow(c.unit.type, c.milestone.id);
    if (cutoffs && row !== undefined) cutoffs.report('W_CUTOFF_EXCEEDED', row - 1, 'cutoff', message);
  }
}
