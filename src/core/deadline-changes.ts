// Recomputing deadlines after a change (a submission, a direct edit): which milestones depend on another,
// which Deadline cells of the Progress sheet change, and which deadlines stay because the date they are
// counted from is present but cannot be read (a typo never wipes deadlines, docs/workbook.md §3). Pure: the server reads
// the rows in scope and writes the changes.
import { applies } from './deadlines';
import { idKey } from './keys';
import type { Analysis, Anchor, Day, Milestone, ProgressPlanRow } from './model';
import { parseDate } from './parse';
import { MILESTONES, PROGRESS, UNITS } from './schema';
import { a1, matchesLabel } from './tables';

/** Milestones whose deadline is computed from `id`'s, directly or through a chain of anchors (keys). */
export function dependentMilestones(milestones: readonly Milestone[], id: string): Set<string> {
  const found = new Set<string>();
  let frontier = [idKey(id)];
  while (frontier.length) {
    const next: string[] = [];
    for (const m of milestones) {
      const key = idKey(m.id);
      if (m.anchor?.kind === 'milestone' && frontier.includes(idKey(m.anchor.milestoneId)) && !found.has(key)) {
        found.add(key);
        next.push(key);
      }
    }
    frontier = next;
  }
  return found;
}

export function pairKey(unitId: string, milestoneId: string): string {
  return `${idKey(unitId)}\u0000${idKey(milestoneId)}`;
}

/** A Deadline cell as the sheet holds it, on 0-based grid row `r`. */
export interface SheetDeadline {
  r: number;
  unitId: string;
  milestoneId: string;
  value: unknown;
}

export interface DeadlineChange {
  r: number;
  unitId: string;
  milestoneId: string;
  /** The deadline the cell held (null: blank or unreadable). */
  from: Day | null;
  to: Day | null;
}

/**
 * The cells among `rows` whose deadline differs from the plan (an unreadable cell always does). Rows without
 * a planned deadline, and pairs in `kept`, are left as they are.
 */
export function deadlineChanges(
  planned: readonly ProgressPlanRow[],
  rows: readonly SheetDeadline[],
  timeZone: string,
  kept: ReadonlySet<string> = new Set(),
): DeadlineChange[] {
  const want = new Map<string, Day | null>();
  for (const p of planned) {
    const key = pairKey(p.unitId, p.milestoneId);
    if (!want.has(key)) want.set(key, p.deadline);
  }
  const out: DeadlineChange[] = [];
  for (const row of rows) {
    const key = pairKey(row.unitId, row.milestoneId);
    if (!want.has(key) || kept.has(key)) continue;
    const to = want.get(key) ?? null;
    const have = parseDate(row.value, timeZone);
    const from = have.ok ? have.value : null;
    if (!have.ok || from !== to) out.push({ r: row.r, unitId: row.unitId, milestoneId: row.milestoneId, from, to });
  }
  return out;
}

/**
 * The (unit, milestone) pairs whose deadline is counted from a date that is there but cannot be read (the
 * unit's or its parent's planned congress date, a fixed date, a cut-off on the way, or the completion date of
 * a Hoàn thành step it counts from: E_DATE_INVALID): their deadlines on the sheet stay until it is fixed.
 */
export function unreadableBases(analysis: Analysis): Set<string> {
  const { units, milestones, layouts } = analysis.inputs;
  const invalid = (sheet: typeof UNITS | typeof PROGRESS, row: number, col: number | undefined): boolean =>
    col !== undefined &&
    analysis.findings.some(
      (f) => f.code === 'E_DATE_INVALID' && f.cell === a1(row - 1, col) && matchesLabel(f.sheet, sheet),
    );
  const badUnits = new Set(
    units.filter((u) => invalid(UNITS, u.row, layouts.units?.columns.congressDate)).map((u) => idKey(u.id)),
  );
  const badFixed = new Set(
    milestones.filter((m) => invalid(MILESTONES, m.row, layouts.milestones?.columns.fixedDate)).map((m) => idKey(m.id)),
  );
  const badCutoffs = new Set((analysis.inputs.unreadableCutoffs ?? []).map((c) => cutoffKey(c.type, c.milestoneId)));
  const doneCol = layouts.progress?.columns.completedOn;
  const badDone = new Set(
    analysis.progressEntries
      .filter((e) => e.status === 'done' && invalid(PROGRESS, e.row, doneCol))
      .map((e) => pairKey(e.unitId, e.milestoneId)),
  );
  const out = new Set<string>();
  if (badUnits.size === 0 && badFixed.size === 0 && badCutoffs.size === 0 && badDone.size === 0) return out;
  const byKey = new Map(milestones.map((m) => [idKey(m.id), m]));
  const unitsByKey = new Map(units.map((u) => [idKey(u.id), u]));
  const chains = new Map(milestones.map((m) => [m, chainOf(m, byKey)]));
  for (const u of units) {
    const parentBad = u.parentId !== null && badUnits.has(idKey(u.parentId)) && unitsByKey.has(idKey(u.parentId));
    for (const m of milestones) {
      if (!applies(m, u)) continue;
      const { root, ids } = chains.get(m)!;
      const bad =
        ((root.kind === 'congress' || root.kind === 'congressClose') && badUnits.has(idKey(u.id))) ||
        (root.kind === 'parentCongress' && parentBad) ||
        (root.kind === 'fixed' && badFixed.has(root.id)) ||
        ids.some((id) => badCutoffs.has(cutoffKey(u.type, id))) ||
        ids.slice(1).some((id) => badDone.has(pairKey(u.id, id)));
      if (bad) out.add(pairKey(u.id, m.id));
    }
  }
  return out;
}

const cutoffKey = (type: string, milestoneId: string): string => `${idKey(type)}\u0000${idKey(milestoneId)}`;

/**
 * A milestone's anchor chain: the milestones on it (keys, itself first) and where it starts: the kind of its
 * first date and the milestone that holds it.
 */
function chainOf(
  m: Milestone,
  byKey: ReadonlyMap<string, Milestone>,
): { root: { kind: Anchor['kind'] | 'none'; id: string }; ids: string[] } {
  const seen = new Set<Milestone>();
  const ids: string[] = [];
  let at: Milestone | undefined = m;
  while (at && !seen.has(at)) {
    seen.add(at);
    ids.push(idKey(at.id));
    const anchor = at.anchor;
    if (!anchor) return { root: { kind: 'none', id: idKey(at.id) }, ids };
    if (anchor.kind !== 'milestone') return { root: { kind: anchor.kind, id: idKey(at.id) }, ids };
    at = byKey.get(idKey(anchor.milestoneId));
  }
  return { root: { kind: 'none', id: '' }, ids };
}
