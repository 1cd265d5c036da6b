// What the sidebars see of a Progress or Emulation row, and the version token that detects a row changed
// since the form loaded it. Pure: grids in, JSON-safe rows out (dates as 'yyyy-mm-dd').
import type { MilestoneRow, Requirement, TargetRow, UiLang } from '../../shared/api';
import { formatDateTime } from '../../core/audit';
import { isDate, isoFromDay } from '../../core/dates';
import type { Day, Grid, Milestone, TableLayout, Target } from '../../core/model';
import { cellText, parseDate, parseNumber } from '../../core/parse';
import { parseStatus } from '../../core/status-text';
import { ratingOf } from '../../core/rating';
import { RATING, STANDING } from '../../core/fixed-lists';
import { normalizeKey, type Lang } from '../../core/schema';
import { standingOf } from '../../core/standing';
import { cellOf } from '../../core/tables';

/**
 * One cell as a stable token: Dates by instant to the second (a date-time goes through the sheet as a day
 * fraction, which need not give back the same millisecond), everything else as text.
 */
function token(value: unknown): string {
  if (isDate(value)) return `d${Math.round(Date.prototype.getTime.call(value) / 1000)}`;
  return `s${cellText(value)}`;
}

/** FNV-1a over the cells' tokens: changes whenever any of the cells changes. */
export function versionOf(cells: readonly unknown[]): string {
  const text = JSON.stringify(cells.map(token));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}

export const PROGRESS_VERSION_KEYS = ['status', 'completedOn', 'evidence', 'note', 'updatedBy', 'updatedAt'] as const;
export const EMULATION_VERSION_KEYS = ['ownTarget', 'result', 'note', 'updatedBy', 'updatedAt'] as const;

export function rowVersion(grid: Grid, layout: TableLayout, r: number, keys: readonly string[]): string {
  return versionOf(keys.map((k) => cellOf(grid, layout, r, k)));
}

/** The time a stamp records: now, to the whole second (see token). */
export function stampTime(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

/** 'yyyy-mm-dd hh:mm' of an Updated at cell ('' when blank; text kept as it is). */
export function updatedAtText(value: unknown, timeZone: string): string {
  if (isDate(value)) return formatDateTime(value, timeZone);
  return cellText(value);
}

const isoOrNull = (day: Day | null): string | null => (day === null ? null : isoFromDay(day));

export interface ProgressRowContext {
  grid: Grid;
  layout: TableLayout;
  timeZone: string;
  today: Day;
  warningDays: number;
  uiLang: UiLang;
  workbookLang: Lang;
  milestone: Milestone | undefined;
  /** The deadline to show (the computed one when known, else the cell's). */
  deadline?: Day | null;
  requires: Requirement[];
}

export function milestoneRowView(r: number, ctx: ProgressRowContext): MilestoneRow {
  const cell = (key: string): unknown => cellOf(ctx.grid, ctx.layout, r, key);
  const status = parseStatus(cell('status')) ?? null;
  const completed = parseDate(cell('completedOn'), ctx.timeZone);
  const completedOn = completed.ok ? completed.value : null;
  const deadlineCell = parseDate(cell('deadline'), ctx.timeZone);
  const deadline = ctx.deadline !== undefined ? ctx.deadline : deadlineCell.ok ? deadlineCell.value : null;
  const standing = standingOf({ status, deadline, completedOn }, ctx.today, ctx.warningDays);
  return {
    milestoneId: cellText(cell('milestoneId')),
    task: ctx.milestone?.name ?? cellText(cell('task')),
    deadline: isoOrNull(deadline),
    status,
    completedOn: isoOrNull(completedOn),
    standing,
    standingLabel: STANDING[standing][ctx.uiLang],
    standingColor: STANDING[standing].color,
    evidence: cellText(cell('evidence')),
    note: cellText(cell('note')),
    requires: ctx.requires,
    updatedBy: cellText(cell('updatedBy')),
    updatedAt: updatedAtText(cell('updatedAt'), ctx.timeZone),
    version: rowVersion(ctx.grid, ctx.layout, r, PROGRESS_VERSION_KEYS),
  };
}

export interface TargetRowContext {
  grid: Grid;
  layout: TableLayout;
  timeZone: string;
  uiLang: UiLang;
  workbookLang: Lang;
  target: Target | undefined;
}

function numberCell(value: unknown, lang: Lang): number | null {
  const p = parseNumber(value, lang);
  return p.ok ? p.value : null;
}

export function targetRowView(r: number, ctx: TargetRowContext): TargetRow {
  const cell = (key: string): unknown => cellOf(ctx.grid, ctx.layout, r, key);
  const own = numberCell(cell('ownTarget'), ctx.workbookLang);
  const targetValue = own ?? ctx.target?.value ?? numberCell(cell('targetValue'), ctx.workbookLang);
  const result = numberCell(cell('result'), ctx.workbookLang);
  const direction = ctx.target?.direction ?? 'atLeast';
  const rating = ratingOf(direction, targetValue, result);
  const due = ctx.target
    ? ctx.target.dueDate
    : (() => {
        const p = parseDate(cell('dueDate'), ctx.timeZone);
        return p.ok ? p.value : null;
      })();
  return {
    targetId: cellText(cell('targetId')),
    name: ctx.target?.name ?? cellText(cell('target')),
    measure: ctx.target?.measure ?? cellText(cell('measure')),
    direction,
    targetValue,
    result,
    rating,
    ratingLabel: RATING[rating][ctx.uiLang],
    ratingColor: RATING[rating].color,
    dueDate: isoOrNull(due),
    note: cellText(cell('note')),
    updatedBy: cellText(cell('updatedBy')),
    updatedAt: updatedAtText(cell('updatedAt'), ctx.timeZone),
    version: rowVersion(ctx.grid, ctx.layout, r, EMULATION_VERSION_KEYS),
  };
}

/** 0-based grid rows of a generated sheet whose key columns match, in sheet order. */
export function rowsOfUnit(grid: Grid, layout: TableLayout, unitId: string): number[] {
  const col = layout.columns.unitId;
  if (col === undefined) return [];
  const key = normalizeKey(unitId);
  const out: number[] = [];
  for (let r = layout.headerRow + 1; r < grid.values.length; r++) {
    const v = grid.values[r]?.[col];
    if (v !== '' && v !== null && v !== undefined && normalizeKey(cellText(v)) === key) out.push(r);
  }
  return out;
}

/** The first row of the unit whose `otherKey` column matches `otherId`, or -1. */
export function findRow(grid: Grid, layout: TableLayout, unitId: string, otherKey: string, otherId: string): number {
  const col = layout.columns[otherKey];
  if (col === undefined) return -1;
  const key = normalizeKey(otherId);
  return rowsOfUnit(grid, layout, unitId).find((r) => normalizeKey(cellText(grid.values[r]?.[col])) === key) ?? -1;
}
