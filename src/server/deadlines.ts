// Recomputing the Progress deadlines after a change (a submission, a direct edit): the analysis of the
// sheets deadlines depend on, the cells in scope that differ (core/deadline-changes), written in as few calls
// as their rows allow, where the rows' keys are right before the write. Deadlines whose base date cannot be read
// stay as they are. The caller holds the lock.
import { analyse } from '../core/analyse';
import { dateFromDay } from '../core/dates';
import { deadlineChanges, unreadableBases, type DeadlineChange, type SheetDeadline } from '../core/deadline-changes';
import { idKey } from '../core/keys';
import type { Day, Grid, TableLayout } from '../core/model';
import { cellText } from '../core/parse';
import { CUTOFFS, HOLIDAYS, MILESTONES, PROGRESS, SETTINGS, UNITS, type Lang } from '../core/schema';
import { cellOf, dataRows, locateTable } from '../core/tables';
import { rowsOfUnit } from './forms/view';
import { preferUnitRows } from './unit-rows';
import { changesWhereKeysAre } from './deadline-keys';
import { runs, writeDeadlines } from './forms/writes';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const DEADLINE_SHEETS = [SETTINGS, UNITS, MILESTONES, CUTOFFS, HOLIDAYS, PROGRESS];

export interface DeadlineScope {
  /** Unit keys (idKey); null for every unit. */
  units: ReadonlySet<string> | null;
  /** Milestone keys (idKey); absent for every milestone. */
  milestones?: ReadonlySet<string>;
}

/**
 * Recomputes the deadlines in scope from the sheets as read by `wb` (its cached reads, so a grid the caller
 * has updated counts) and writes the cells that differ; the Progress grid is updated to match.
 */
export function recomputeDeadlines(wb: Workbook, scope: DeadlineScope, options: PlanOptions = {}): DeadlineChange[] {
  const plan = planDeadlines(wb, scope, options);
  plan.write();
  return plan.changes;
}

export interface PlanOptions {
  today?: Day;
  /** The workbook language when the caller knows it (else the document property is read). */
  lang?: Lang;
}

export interface DeadlinePlan {
  changes: DeadlineChange[];
  /** The Progress sheet's name and its Deadline header, for the log. */
  sheetName: string;
  header: string;
  /** Writes the changes (and updates the Progress grid to match). */
  write(): void;
}

/** The changes a recomputation makes, without writing them yet (so they can be logged first). */
export function planDeadlines(wb: Workbook, scope: DeadlineScope, options: PlanOptions = {}): DeadlinePlan {
  const today = options.today ?? wb.today();
  const lang = options.lang ?? wb.langProperty();
  if (scope.units) preferUnitRows(wb, scope.units);
  const analysis = analyse(wb.grids(DEADLINE_SHEETS), { timeZone: wb.timeZone, today, lang });
  const progress = wb.read(PROGRESS);
  const layout = progress ? locateTable(progress.grid, PROGRESS) : null;
  const col = layout?.columns.deadline;
  if (!progress || !layout || col === undefined)
    return { changes: [], sheetName: '', header: '', write: () => undefined };
  const { grid } = progress;
  const rows = scope.units ? [...scope.units].flatMap((u) => rowsOfUnit(grid, layout, u)) : dataRows(grid, layout);
  const cells: SheetDeadline[] = [];
  for (const r of rows) {
    const milestoneId = cellText(cellOf(grid, layout, r, 'milestoneId'));
    if (scope.milestones && !scope.milestones.has(idKey(milestoneId))) continue;
    cells.push({
      r,
      unitId: cellText(cellOf(grid, layout, r, 'unitId')),
      milestoneId,
      value: cellOf(grid, layout, r, 'deadline'),
    });
  }
  const changes = deadlineChanges(analysis.progress, cells, wb.timeZone, unreadableBases(analysis));
  const write = (): void => {
    const checked = changesWhereKeysAre(progress.sheet, grid, layout, changes);
    if (!checked.asRead) {
      // Rows moved since they were read: each change where its key is now; the grid no longer matches the sheet.
      writeDeadlines(
        progress.sheet,
        layout,
        checked.changes.map((c) => ({ r: c.r, deadline: c.to })),
        wb.timeZone,
      );
      return;
    }
    writeChanges(progress.sheet, grid, layout, changes, wb.timeZone);
    for (const c of changes) {
      const row = grid.values[c.r];
      if (row) row[col] = c.to === null ? '' : dateFromDay(c.to, wb.timeZone);
    }
  };
  const header =
    cellText(grid.values[layout.headerRow]?.[col]) ||
    PROGRESS.columns.find((c) => c.key === 'deadline')?.[analysis.lang] ||
    '';
  return { changes, sheetName: grid.name, header, write };
}

function writeChanges(
  sheet: Sheet,
  grid: Grid,
  layout: TableLayout,
  changes: readonly DeadlineChange[],
  timeZone: string,
): void {
  const col = layout.columns.deadline;
  if (col === undefined || changes.length === 0) return;
  const asDeadlines = changes.map((c) => ({ r: c.r, deadline: c.to }));
  if (changes.length > 20 && runs(changes.map((c) => c.r).sort((a, b) => a - b)).length > 5) {
    writeDeadlineSpan(sheet, grid, col, asDeadlines, timeZone);
  } else {
    writeDeadlines(sheet, layout, asDeadlines, timeZone);
  }
}

/** Many scattered changes: one write of the column from the first to the last changed row (others as read). */
function writeDeadlineSpan(
  sheet: Sheet,
  grid: Grid,
  col: number,
  changes: readonly { r: number; deadline: Day | null }[],
  timeZone: string,
): void {
  const byRow = new Map(changes.map((c) => [c.r, c.deadline]));
  const rows = changes.map((c) => c.r);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const values: unknown[][] = [];
  for (let r = first; r <= last; r++) {
    if (byRow.has(r)) {
      const d = byRow.get(r) ?? null;
      values.push([d === null ? '' : dateFromDay(d, timeZone)]);
    } else {
      values.push([grid.values[r]?.[col] ?? '']);
    }
  }
  sheet.getRange(first + 1, col + 1, values.length, 1).setValues(values);
}
