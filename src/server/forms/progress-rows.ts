// What the progress sidebar shows of a unit's Tiến độ rows: each milestone's row with its requirements, and
// the statuses those requirements are judged by; and the recomputation a submission's new status sets off.
import type { MilestoneRow, Requirement } from '../../shared/api';
import { dependentMilestones } from '../../core/deadline-changes';
import { applies } from '../../core/deadlines';
import type { Milestone, Unit } from '../../core/model';
import { cellText } from '../../core/parse';
import { parseStatus } from '../../core/status-text';
import { normalizeKey } from '../../core/schema';
import type { Status } from '../../core/fixed-lists';
import { cellOf } from '../../core/tables';
import { recomputeDeadlines } from '../deadlines';
import type { UnitRows } from '../unit-rows';
import type { FormContext } from './context';
import { milestoneRowView, rowsOfUnit } from './view';

export function milestoneIndex(ctx: FormContext): Map<string, Milestone> {
  return new Map(ctx.analysis.inputs.milestones.map((m) => [normalizeKey(m.id), m]));
}

/** The status of each milestone of the unit as its Progress rows say (first row per milestone). */
export function unitStatuses(sheet: UnitRows, unit: Unit): Map<string, Status | null> {
  const statuses = new Map<string, Status | null>();
  const { grid } = sheet.table;
  for (const r of rowsOfUnit(grid, sheet.layout, unit.id)) {
    const key = normalizeKey(cellText(cellOf(grid, sheet.layout, r, 'milestoneId')));
    if (!statuses.has(key)) statuses.set(key, parseStatus(cellOf(grid, sheet.layout, r, 'status')) ?? null);
  }
  return statuses;
}

function requirementsOf(
  m: Milestone | undefined,
  unit: Unit,
  byKey: Map<string, Milestone>,
  statuses: Map<string, Status | null>,
): Requirement[] {
  if (!m) return [];
  const out: Requirement[] = [];
  for (const id of m.requires) {
    const req = byKey.get(normalizeKey(id));
    if (!req || !applies(req, unit)) continue;
    const s = statuses.get(normalizeKey(req.id)) ?? null;
    out.push({ milestoneId: req.id, task: req.name, done: s === 'done' || s === 'notApplicable' });
  }
  return out;
}

export function rowView(ctx: FormContext, sheet: UnitRows, unit: Unit, r: number): MilestoneRow {
  const byKey = milestoneIndex(ctx);
  const id = cellText(cellOf(sheet.table.grid, sheet.layout, r, 'milestoneId'));
  const m = byKey.get(normalizeKey(id));
  return milestoneRowView(r, {
    grid: sheet.table.grid,
    layout: sheet.layout,
    timeZone: ctx.timeZone,
    today: ctx.today,
    warningDays: ctx.analysis.inputs.settings.warningDays,
    uiLang: ctx.lang,
    workbookLang: ctx.workbookLang,
    milestone: m,
    requires: requirementsOf(m, unit, byKey, unitStatuses(sheet, unit)),
  });
}

/**
 * Recomputes the deadlines of `unit` that depend on `milestoneIds` (after a status or completion date
 * changed) and writes the cells that differ. Reads Cut-offs and Holidays only when there is something to do.
 */
export function recomputeUnitDeadlines(ctx: FormContext, unit: Unit, milestoneIds: readonly string[]): number {
  const dependents = new Set<string>();
  for (const id of milestoneIds)
    for (const d of dependentMilestones(ctx.analysis.inputs.milestones, id)) dependents.add(d);
  if (dependents.size === 0) return 0;
  return recomputeDeadlines(
    ctx.wb,
    { units: new Set([normalizeKey(unit.id)]), milestones: dependents },
    { today: ctx.today, lang: ctx.workbookLang },
  ).length;
}
