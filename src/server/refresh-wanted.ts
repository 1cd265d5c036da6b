// What Refresh wants in each generated sheet (docs/workbook.md §8): the rows of Progress and Emulation worked out
// from the analysis, the cells Refresh owns in each, when a sheet must be left alone, and why a row that is
// no longer wanted goes to the Archive.
import { pairKey, unreadableBases } from '../core/deadline-changes';
import { achievementFormula, ratingFormula, standingFormula, targetValueFormula } from '../core/formulas';
import type { Analysis, Target } from '../core/model';
import type { CellSpec } from '../core/refresh-cells';
import type { DesiredRow } from '../core/refresh-plan';
import { EMULATION, PROGRESS, normalizeKey, type SheetDef, type SheetId } from '../core/schema';
import { isPercentTarget } from '../shared/percent';
import { UI } from './texts';

export interface SheetSpec {
  def: SheetDef;
  keyColumns: string[];
  ownedColumns: string[];
  desired: DesiredRow[];
  /** Set when the inputs this sheet is built from cannot be read: the sheet is then left alone. */
  blocked?: { vi: string; en: string };
  /** Set while an input sheet has data rows above its header: rows no longer wanted are kept, not archived. */
  keepOrphans: boolean;
  orphanReason: (keys: Record<string, string>) => { vi: string; en: string };
  /** Emulation: the percentage targets, whose figures show as percentages. */
  percentTargets?: ReadonlySet<string>;
}

const REASONS = {
  unitGone: { vi: 'Đơn vị không còn trong trang Đơn vị', en: 'The unit is no longer in Units' },
  milestoneGone: { vi: 'Mốc không còn trong trang Mốc công việc', en: 'The milestone is no longer in Milestones' },
  targetGone: { vi: 'Chỉ tiêu không còn trong trang Chỉ tiêu thi đua', en: 'The target is no longer in Targets' },
  notApplicable: { vi: 'Không còn áp dụng cho đơn vị này', en: 'No longer applies to this unit' },
};

export function progressSpec(analysis: Analysis): SheetSpec {
  const { inputs } = analysis;
  const lang = analysis.lang;
  const w = inputs.settings.warningDays;
  const units = new Set(inputs.units.map((u) => normalizeKey(u.id)));
  const milestones = new Set(inputs.milestones.map((m) => normalizeKey(m.id)));
  // One builder shared by every row, so the planner can reuse the formula's text from row to row.
  const standing: CellSpec = {
    kind: 'formula',
    build: (row, cols) =>
      standingFormula(
        row,
        { deadline: cols.deadline as number, status: cols.status as number, completedOn: cols.completedOn as number },
        lang,
        w,
      ),
  };
  // A deadline counted from a date that is there but cannot be read (a typo in a planned congress date) is
  // left as the sheet has it until the date is fixed: a typo never wipes deadlines (docs/workbook.md §3).
  const kept = unreadableBases(analysis);
  const desired: DesiredRow[] = analysis.progress.map((p) => ({
    keys: { unitId: p.unitId, milestoneId: p.milestoneId },
    cells: {
      unitName: { kind: 'text', text: p.unitName },
      unitType: { kind: 'text', text: p.unitType },
      task: { kind: 'text', text: p.task },
      ...(kept.has(pairKey(p.unitId, p.milestoneId))
        ? {}
        : { deadline: { kind: 'date', day: p.deadline } as CellSpec }),
      standing,
    },
  }));
  return {
    def: PROGRESS,
    keyColumns: ['unitId', 'milestoneId'],
    ownedColumns: ['unitName', 'unitType', 'task', 'deadline', 'standing'],
    desired,
    blocked: blockedBy(analysis, ['units', 'milestones'], UI.needUnitsAndMilestones, ['cutoffs', 'holidays']),
    keepOrphans: rowsAbove(analysis, ['units', 'milestones', 'cutoffs', 'holidays']),
    orphanReason: (k) =>
      !units.has(normalizeKey(k.unitId ?? ''))
        ? REASONS.unitGone
        : !milestones.has(normalizeKey(k.milestoneId ?? ''))
          ? REASONS.milestoneGone
          : REASONS.notApplicable,
  };
}

export function emulationSpec(analysis: Analysis): SheetSpec {
  const { inputs } = analysis;
  const lang = analysis.lang;
  const units = new Set(inputs.units.map((u) => normalizeKey(u.id)));
  const targets = new Map<string, Target>(inputs.targets.map((t) => [normalizeKey(t.id), t]));
  const cols = (c: Readonly<Record<string, number>>) => ({
    ownTarget: c.ownTarget as number,
    targetValue: c.targetValue as number,
    result: c.result as number,
  });
  const achievement: CellSpec = { kind: 'formula', build: (row, c) => achievementFormula(row, cols(c)) };
  // Builders shared by the rows of one target, so the planner can reuse the formula's text from row to row.
  const perTarget = new Map<string, { targetValue: CellSpec; rating: CellSpec }>();
  const liveCells = (targetId: string): { targetValue: CellSpec; rating: CellSpec } => {
    const key = normalizeKey(targetId);
    let cells = perTarget.get(key);
    if (!cells) {
      const target = targets.get(key);
      const value = target ? target.value : null;
      const direction = target?.direction ?? 'atLeast';
      cells = {
        targetValue: { kind: 'formula', build: (row, c) => targetValueFormula(row, cols(c), value) },
        rating: { kind: 'formula', build: (row, c) => ratingFormula(row, cols(c), direction, lang) },
      };
      perTarget.set(key, cells);
    }
    return cells;
  };
  const desired: DesiredRow[] = analysis.emulation.map((e) => {
    const live = liveCells(e.targetId);
    return {
      keys: { unitId: e.unitId, targetId: e.targetId },
      cells: {
        unitName: { kind: 'text', text: e.unitName },
        target: { kind: 'text', text: e.target },
        measure: { kind: 'text', text: e.measure },
        dueDate: { kind: 'date', day: e.dueDate },
        targetValue: live.targetValue,
        achievement,
        rating: live.rating,
      },
    };
  });
  return {
    def: EMULATION,
    keyColumns: ['unitId', 'targetId'],
    ownedColumns: ['unitName', 'target', 'measure', 'dueDate', 'targetValue', 'achievement', 'rating'],
    desired,
    blocked: blockedBy(analysis, ['units', 'targets'], UI.needUnitsAndTargets),
    percentTargets: new Set(
      inputs.targets
        .filter((t) => isPercentTarget({ measure: t.measure, targetValue: t.value, result: null }))
        .map((t) => normalizeKey(t.id)),
    ),
    keepOrphans: rowsAbove(analysis, ['units', 'targets']),
    orphanReason: (k) =>
      !units.has(normalizeKey(k.unitId ?? ''))
        ? REASONS.unitGone
        : !targets.has(normalizeKey(k.targetId ?? ''))
          ? REASONS.targetGone
          : REASONS.notApplicable,
  };
}

/**
 * A generated sheet is left alone when a table it is built from cannot be read (sheet or key header
 * missing) or there are no units at all: refreshing then would archive every row.
 */
function blockedBy(analysis: Analysis, sheets: SheetId[], why: { vi: string; en: string }, optional: SheetId[] = []) {
  if (sheets.some((s) => !analysis.inputs.layouts[s])) return why;
  if (analysis.inputs.units.length === 0) return UI.noUnits;
  // A required column that cannot be read would blank or archive what depends on it (docs/workbook.md §6).
  const unreadable = [...sheets, ...optional].filter((s) => analysis.inputs.unreadable?.[s]?.length);
  if (unreadable.length) return UI.columnsUnreadable(unreadable.map((s) => analysis.inputs.layouts[s]?.sheetName ?? s));
  return undefined;
}

/** True while one of the sheets has data rows above its header (E_ROWS_ABOVE_HEADER): nothing is archived. */
function rowsAbove(analysis: Analysis, sheets: SheetId[]): boolean {
  return sheets.some((s) => (analysis.inputs.rowsAboveHeader?.[s] ?? 0) > 0);
}
