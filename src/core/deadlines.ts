// Computed deadlines (docs/workbook.md §3): applicability, anchors, calendar or working-day offsets on the civil-service
// calendar (days off and làm bù days of the Holidays sheet), the day-off policy, cut-offs.
// Milestones are evaluated once per unit in anchor order (anchors first), so long chains need no recursion.
import { addWorkdays, moveOffDayOff, type DayOffPolicy } from './dates';
import type { Cutoff, Day, Holiday, Milestone, ProgressEntry, Unit } from './model';
import { appliesToType } from './read';
import { PairIndex, idKey } from './keys';

export interface DeadlineCell {
  unit: Unit;
  milestone: Milestone;
  /** Final deadline: the earlier of computed and cut-off; the cut-off when nothing was computed. */
  deadline: Day | null;
  /** Before the cut-off (null when the base is missing or the milestone is broken). */
  computed: Day | null;
  cutoff: Day | null;
  /** The computed date is later than the cut-off (W_CUTOFF_EXCEEDED). */
  exceeded: boolean;
}

export interface DeadlineInput {
  units: readonly Unit[];
  /** In display order. Anchors must already be resolved: an anchor left in place must name a milestone here
   * and anchors must not form loops (validate.ts clears broken ones). */
  milestones: readonly Milestone[];
  cutoffs: readonly Cutoff[];
  holidays: readonly Holiday[];
  entries: readonly ProgressEntry[];
  /** Settings' Deadline on a day off (default Keep). */
  dayOffPolicy?: DayOffPolicy;
}

/** The closing day of the unit's congress: the planned (opening) date + Congress days − 1, in calendar days. */
export function congressClosingDay(unit: Unit): Day | null {
  return unit.congressDate === null ? null : unit.congressDate + Math.max(1, Math.trunc(unit.congressDays)) - 1;
}

/**
 * The offset of docs/workbook.md §3 applied to a base date: working days move like WORKDAY over the calendar's days off
 * and làm bù days; calendar days add, and then a result with a non-zero offset that is not a working day moves
 * as the policy says. Offset 0 keeps the base whatever it is.
 */
export function offsetDay(
  base: Day,
  offset: number,
  dayKind: Milestone['dayKind'],
  calendar: { daysOff: ReadonlySet<Day>; workedDays: ReadonlySet<Day> },
  policy: DayOffPolicy,
): Day {
  const n = Math.trunc(offset);
  if (dayKind === 'working') return addWorkdays(base, n, calendar.daysOff, calendar.workedDays);
  if (n === 0) return base;
  return moveOffDayOff(base + n, policy, calendar.daysOff, calendar.workedDays);
}

export function applies(milestone: Milestone, unit: Unit): boolean {
  return appliesToType(milestone.appliesTo, unit.type) && (!milestone.pilotOnly || unit.pilot);
}

/** First Progress entry per (unit, milestone). */
export function entryIndex(entries: readonly ProgressEntry[]): PairIndex<ProgressEntry> {
  const index = new PairIndex<ProgressEntry>();
  for (const e of entries) index.setFirst(e.unitId, e.milestoneId, e);
  return index;
}

/** Milestone indexes ordered so that every anchor comes before the milestones anchored on it. */
function evaluationOrder(milestones: readonly Milestone[], anchorIndex: readonly number[]): number[] {
  const UNSEEN = -1;
  const ON_PATH = -2;
  const depth = new Array<number>(milestones.length).fill(UNSEEN);
  for (let i = 0; i < milestones.length; i++) {
    const path: number[] = [];
    let j = i;
    while (j >= 0 && depth[j] === UNSEEN) {
      depth[j] = ON_PATH;
      path.push(j);
      j = anchorIndex[j] ?? -1;
    }
    // A loop (should have been cleared by validation) evaluates as if unanchored.
    let d = j >= 0 && (depth[j] ?? -1) >= 0 ? (depth[j] as number) : -1;
    for (let k = path.length - 1; k >= 0; k--) depth[path[k] as number] = ++d;
  }
  return milestones.map((_, i) => i).sort((a, b) => (depth[a] ?? 0) - (depth[b] ?? 0) || a - b);
}

/** Every applicable (unit, milestone) with its deadline, in unit order × milestone order. */
export function computeDeadlines(input: DeadlineInput): DeadlineCell[] {
  const { units, milestones } = input;
  const calendar = {
    daysOff: new Set(input.holidays.filter((h) => h.kind !== 'worked').map((h) => h.date)),
    workedDays: new Set(input.holidays.filter((h) => h.kind === 'worked').map((h) => h.date)),
  };
  const policy = input.dayOffPolicy ?? 'keep';
  const unitsByKey = new Map(units.map((u) => [idKey(u.id), u]));
  const milestoneKeys = milestones.map((m) => idKey(m.id));
  const indexByKey = new Map(milestoneKeys.map((k, i) => [k, i]));
  const anchorIndex = milestones.map((m) =>
    m.anchor?.kind === 'milestone' ? (indexByKey.get(idKey(m.anchor.milestoneId)) ?? -1) : -1,
  );
  const order = evaluationOrder(milestones, anchorIndex);
  // Earliest cut-off per (unit type, milestone index).
  const cutoffs = new Map<string, (Day | undefined)[]>();
  for (const c of input.cutoffs) {
    const i = indexByKey.get(idKey(c.milestoneId));
    if (i === undefined) continue;
    const t = idKey(c.type);
    let row = cutoffs.get(t);
    if (!row) cutoffs.set(t, (row = new Array<Day | undefined>(milestones.length)));
    const prev = row[i];
    if (prev === undefined || c.cutoff < prev) row[i] = c.cutoff;
  }
  const entries = entryIndex(input.entries);

  const out: DeadlineCell[] = [];
  const deadline = new Array<Day | null>(milestones.length);
  const applicable = new Array<boolean>(milestones.length);
  const cells = new Array<DeadlineCell | undefined>(milestones.length);
  for (const unit of units) {
    const parent = unit.parentId === null ? undefined : unitsByKey.get(idKey(unit.parentId));
    const unitCutoffs = cutoffs.get(idKey(unit.type));
    const unitEntries = entries.row(unit.id);
    for (const i of order) {
      const m = milestones[i] as Milestone;
      applicable[i] = applies(m, unit);
      deadline[i] = null;
      cells[i] = undefined;
      if (!applicable[i]) continue;
      let base: Day | null = null;
      if (!m.deadlineUnknown && m.anchor) {
        switch (m.anchor.kind) {
          case 'congress':
            base = unit.congressDate;
            break;
          case 'congressClose':
            base = congressClosingDay(unit);
            break;
          case 'parentCongress':
            base = parent?.congressDate ?? null;
            break;
          case 'fixed':
            base = m.fixedDate;
            break;
          case 'milestone': {
            const a = anchorIndex[i] ?? -1;
            if (a >= 0 && applicable[a]) {
              const done = unitEntries?.get(milestoneKeys[a] as string);
              base = done?.status === 'done' && done.completedOn !== null ? done.completedOn : (deadline[a] ?? null);
            }
            break;
          }
        }
      }
      const computed = base === null ? null : offsetDay(base, m.offset, m.dayKind, calendar, policy);
      const cutoff = unitCutoffs?.[i] ?? null;
      const final = cutoff === null ? computed : computed === null ? cutoff : Math.min(computed, cutoff);
      deadline[i] = final;
      cells[i] = {
        unit,
        milestone: m,
        deadline: final,
        computed,
        cutoff,
        exceeded: computed !== null && cutoff !== null && computed > cutoff,
      };
    }
    for (let i = 0; i < milestones.length; i++) {
      const c = cells[i];
      if (c) out.push(c);
    }
  }
  return out;
}
