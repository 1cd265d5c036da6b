// A direct edit of an input sheet (Đơn vị, Mốc công việc, Hạn chót, Chỉ tiêu thi đua, Cài đặt, Ngày nghỉ):
// the edits that change permissions and deadlines (docs/workbook.md §8.2). Every changed cell is logged; a value Validate
// would report is flagged at once with Validate's own words (the sheet is analysed as Validate does); a
// non-administrator's edit, when Google names the editor, is W_EDIT_NOT_PERMITTED (or put back under Revert),
// judged by the Settings as they were before the edit; and deadlines the edit moves are recomputed, logged
// and told — those counted from a date that cannot be read stay as they are.
import { analyse } from '../core/analyse';
import { auditKey, type AuditEntry } from '../core/audit';
import { checkEditPermission } from '../core/checks';
import { formatDay } from '../core/dates';
import { idKey } from '../core/keys';
import type { Grid, TableLayout } from '../core/model';
import { UnitDirectory } from '../core/permissions';
import { cellText, parseDate } from '../core/parse';
import { matchFixed } from '../core/read';
import { CUTOFFS, MILESTONES, SETTINGS, UNITS, type SheetDef } from '../core/schema';
import { SETTING } from '../core/settings-rows';
import { a1, locateTable } from '../core/tables';
import { appendAudit } from './audit';
import { blockColumns, oldValueText, retyped, type EditContext } from './edit-event';
import { appendIssues, tellEditor, updateNotes, type Flag } from './edit-flags';
import { editRights, recomputeAndLog, type EditRights } from './edit-rights';
import { revertRefused } from './edit-revert';
import type { DeadlineScope } from './deadlines';

/** Cells whose finding is reported on the edited cell itself (not cross-sheet warnings). */
const CELL_CODES = new Set([
  'E_DATE_INVALID',
  'E_NUMBER_INVALID',
  'E_EMAIL_INVALID',
  'E_VALUE_UNKNOWN',
  'E_REQUIRED_MISSING',
  'E_ID_DUPLICATE',
]);

export function inputSheetEdit(ctx: EditContext): void {
  const table = ctx.wb.read(ctx.def);
  const layout = table ? locateTable(table.grid, ctx.def) : null;
  if (!table || !layout) return;
  const { grid } = table;
  const bottom = ctx.block.top + ctx.block.rows - 1;
  const firstRow = Math.max(ctx.block.top, layout.headerRow + 2);
  if (bottom < firstRow) return;
  const cols = blockColumns(ctx.block);

  const rights = rightsBeforeEdit(ctx, grid);
  const refusal = rights
    ? checkEditPermission(ctx.email, { kind: 'inputSheet', sheet: ctx.name }, rights.directory, rights.settings)
    : null;
  if (refusal && ctx.single && rights?.settings.onUnpermittedEdit === 'revert') {
    const r = ctx.block.top - 1;
    const c = ctx.block.left - 1;
    const kind = kindAt(ctx.def, layout, c);
    // The row's key as it is once the cell is put back (the edit may have been of the key itself).
    const values = [...grid.values];
    const row = [...(grid.values[r] ?? [])];
    row[c] = oldValueText(ctx.e.oldValue, kind);
    values[r] = row;
    const header = cellText(grid.values[layout.headerRow]?.[c]) || a1(layout.headerRow, c);
    const key = rowKey(ctx, { name: grid.name, values }, layout, r);
    revertRefused(ctx, { kind, key, column: header, typed: grid.values[r]?.[c] ?? '' }, refusal.reverted[ctx.lang]);
    return;
  }

  const flags: Flag[] = [];
  if (refusal)
    flags.push({ r: firstRow - 1, c: ctx.block.left - 1, code: refusal.code, message: refusal.message[ctx.lang] });
  // The edited cells as Validate reads them: its findings on these cells, in its words.
  const inBlock = new Set<string>();
  for (let r = firstRow - 1; r < bottom; r++) for (const c of cols) inBlock.add(a1(r, c));
  // A cut-off's Milestone ID is checked against the Milestones sheet, so that sheet is read with it.
  const milestones = ctx.def.id === CUTOFFS.id ? ctx.wb.read(MILESTONES)?.grid : undefined;
  const grids = milestones ? [grid, milestones] : [grid];
  for (const f of analyse(grids, { timeZone: ctx.wb.timeZone, today: ctx.wb.today(), lang: ctx.lang }).findings) {
    if (f.sheet !== grid.name || !inBlock.has(f.cell) || !CELL_CODES.has(f.code)) continue;
    const at = cellAt(f.cell);
    if (at) flags.push({ r: at.r, c: at.c, code: f.code, message: f.message });
  }

  const entries: AuditEntry[] = [];
  const header = grid.values[layout.headerRow] ?? [];
  for (let r = firstRow - 1; r < bottom; r++) {
    const key = rowKey(ctx, grid, layout, r);
    for (const c of cols) {
      const value = grid.values[r]?.[c] ?? '';
      const oldValue = ctx.single ? oldValueText(ctx.e.oldValue, kindAt(ctx.def, layout, c)) : '';
      if (ctx.single && cellText(value) === oldValue && !(value instanceof Date)) continue;
      entries.push({
        time: ctx.now,
        user: ctx.email,
        source: 'directEdit',
        sheet: ctx.name,
        key,
        column: cellText(header[c]) || a1(layout.headerRow, c),
        oldValue,
        newValue: value,
      });
    }
  }

  updateNotes(ctx.sheet, ctx.block, firstRow, flags, firstRow === ctx.block.top ? ctx.e.range : undefined);
  appendIssues(ctx.wb, ctx.sheet, ctx.name, ctx.lang, flags, retyped(ctx));
  const scope = deadlineScope(ctx, grid, layout, firstRow - 1, bottom - 1);
  const sentence = scope ? recomputeAndLog(ctx, scope, entries) : '';
  if (!scope) appendAudit(ctx.wb, entries, ctx.lang, { once: true });
  ctx.wb.flushProperties();
  tellEditor(ctx.wb, ctx.lang, flags, sentence ? [sentence] : []);
}

/**
 * The editor's rights as they were before the edit: a clerk who types their own email into Administrators
 * (or turns Restrict updates off) is judged by the Settings they changed. For a single cell of the Settings
 * sheet the old value is put back into a copy of the table before it is read.
 */
function rightsBeforeEdit(ctx: EditContext, grid: Grid): EditRights | null {
  if (ctx.email === '') return null;
  if (ctx.def.id !== SETTINGS.id) return editRights(ctx);
  const before: Grid = { name: grid.name, values: grid.values.map((row) => [...row]) };
  if (ctx.single) {
    const line = before.values[ctx.block.top - 1];
    if (line) line[ctx.block.left - 1] = ctx.e.oldValue ?? '';
  }
  const units = ctx.wb.read(UNITS)?.grid;
  const analysis = analyse(units ? [before, units] : [before], { timeZone: ctx.wb.timeZone, today: 0, lang: ctx.lang });
  return { settings: analysis.inputs.settings, directory: new UnitDirectory(analysis.inputs.units) };
}

function kindAt(def: SheetDef, layout: TableLayout, c: number): string | undefined {
  const key = Object.entries(layout.columns).find(([, col]) => col === c)?.[0];
  return def.columns.find((col) => col.key === key)?.kind;
}

/** The row's key for the log: its ID (a holiday's date, a cut-off's type and milestone). */
function rowKey(ctx: EditContext, grid: Grid, layout: TableLayout, r: number): string {
  const text = (key: string): string => {
    const c = layout.columns[key];
    const v = c === undefined ? '' : grid.values[r]?.[c];
    if (v instanceof Date) {
      const day = parseDate(v, ctx.wb.timeZone);
      return day.ok && day.value !== null ? formatDay(day.value, ctx.lang) : '';
    }
    return cellText(v);
  };
  if (ctx.def.id === 'cutoffs') return auditKey(text('type'), text('milestoneId'));
  return text(ctx.def.keyColumn);
}

function cellAt(cell: string): { r: number; c: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1] as string) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/**
 * The deadlines an input edit moves: a Units edit of a planned congress date, congress days, parent, type or
 * pilot moves that unit's and its children's; Milestones, Cut-offs, Holidays and the Settings row Hạn rơi vào
 * ngày nghỉ move anyone's; Targets and the other Settings none.
 */
function deadlineScope(
  ctx: EditContext,
  grid: Grid,
  layout: TableLayout,
  top: number,
  last: number,
): DeadlineScope | null {
  const id = ctx.def.id;
  if (id === 'milestones' || id === 'cutoffs' || id === 'holidays') return { units: null };
  if (id === 'settings') return touchesDayOffPolicy(ctx, grid, layout, top, last) ? { units: null } : null;
  if (id !== 'units') return null;
  const relevant = ['congressDate', 'congressDays', 'parentId', 'type', 'pilot']
    .map((k) => layout.columns[k])
    .filter((c): c is number => c !== undefined);
  if (!relevant.some((c) => c >= ctx.block.left - 1 && c < ctx.block.left - 1 + ctx.block.cols)) return null;
  const idCol = layout.columns.unitId;
  if (idCol === undefined) return null;
  const ids = new Set<string>();
  for (let r = top; r <= last; r++) {
    const unitId = cellText(grid.values[r]?.[idCol]);
    if (unitId !== '') ids.add(idKey(unitId));
  }
  if (ids.size === 0) return null;
  // Children anchored on their parent's congress date move too.
  const parentCol = layout.columns.parentId;
  if (parentCol !== undefined) {
    for (let r = layout.headerRow + 1; r < grid.values.length; r++) {
      const row = grid.values[r] ?? [];
      if (ids.has(idKey(cellText(row[parentCol])))) ids.add(idKey(cellText(row[idCol])));
    }
  }
  return { units: ids };
}

/** Whether the edited rows hold the setting Hạn rơi vào ngày nghỉ, or a single edit renamed it to something else. */
function touchesDayOffPolicy(ctx: EditContext, grid: Grid, layout: TableLayout, top: number, last: number): boolean {
  const col = layout.columns.setting;
  if (col === undefined) return false;
  const isPolicy = (v: unknown): boolean =>
    matchFixed(cellText(v), { deadlineOnDayOff: SETTING.deadlineOnDayOff }) !== null;
  for (let r = top; r <= last; r++) if (isPolicy(grid.values[r]?.[col])) return true;
  return ctx.single && ctx.block.left - 1 === col && isPolicy(ctx.e.oldValue);
}
