// Direct edits in the sheet (SPEC §8): the installable on-edit trigger. For the user columns of Tiến độ and
// Thi đua it stamps Updated by / Updated at, writes one Audit log line per changed cell and flags (never
// reverts) an invalid value with a cell note and a Data issues line; an edit of a computed or system column
// is flagged, not acted on. Edits that move deadlines (a planned congress date, a status or completion date
// used as an anchor, the Milestones, Cut-offs or Holidays sheets) recompute them at once.
//
// Cost: it reads only what the edit needs — the first rows (header) and the edited rows of the sheet — and
// reads whole tables only when deadlines must be recomputed.
import { analyse } from '../core/analyse';
import { asSheetText, auditKey, auditUser, auditValueText, type AuditEntry } from '../core/audit';
import { dateFromDay, formatDay, isDate } from '../core/dates';
import type { Day, FindingCode, Grid, Milestone, TableLayout } from '../core/model';

type FindingCodeLike = FindingCode | '';
import { cellText, parseDate, parseNumber } from '../core/parse';
import { parseStatus } from '../core/read';
import {
  CUTOFFS,
  EMULATION,
  HOLIDAYS,
  ISSUES,
  MILESTONES,
  PROGRESS,
  SETTINGS,
  SEVERITY,
  STATUS,
  UNITS,
  normalizeKey,
  type Lang,
  type SheetDef,
} from '../core/schema';
import { a1, locateTable, matchesLabel, parseA1, sheetNameLang } from '../core/tables';
import { dependentMilestones } from './forms/progress';
import { rowsOfUnit } from './forms/view';
import { appendAudit } from './audit';
import { runs, writeDeadlines } from './forms/writes';
import { Workbook } from './workbook';
import { cellLink, NO_ISSUES } from './validate';
import { rangeGrowing } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const EDIT_HANDLER = 'onEditInstalled';
/** Document property naming the one trigger that acts (another user's older trigger stays inert). */
export const EDIT_TRIGGER_PROPERTY = 'editTriggerUid';
/** Notes the add-on writes start with this, so it can clear its own notes and leave the users'. */
export const NOTE_MARK = '⚠ ';
const LOCK_WAIT_MS = 10_000;
const HEADER_ROWS = 10;

// ---- The trigger --------------------------------------------------------------------------------------------

/**
 * Makes sure exactly one installable on-edit trigger runs onEditInstalled for this user and spreadsheet
 * (deleting duplicates), and records it as the one that acts. Idempotent; called by Thiết lập bảng tính.
 */
export function ensureEditTrigger(): { created: boolean; removed: number; uid: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const mine = ScriptApp.getUserTriggers(ss).filter(
    (t) => t.getHandlerFunction() === EDIT_HANDLER && String(t.getEventType()) === String(ScriptApp.EventType.ON_EDIT),
  );
  let removed = 0;
  for (const extra of mine.slice(1)) {
    ScriptApp.deleteTrigger(extra);
    removed++;
  }
  const kept = mine[0];
  const trigger = kept ?? ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
  const uid = trigger.getUniqueId();
  const props = PropertiesService.getDocumentProperties();
  if (props.getProperty(EDIT_TRIGGER_PROPERTY) !== uid) props.setProperty(EDIT_TRIGGER_PROPERTY, uid);
  return { created: !kept, removed, uid };
}

/** The installable on-edit handler. Never throws: a failing trigger would only e-mail its owner. */
export function onEditInstalled(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    handleEdit(e);
  } catch (error) {
    console.error(`onEditInstalled: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---- Messages (workbook language) ------------------------------------------------------------------------------

const TEXT = {
  statusInvalid: {
    vi: (v: string) => `Trạng thái '${v}' không có trong danh sách (${Object.values(STATUS).map((s) => s.vi).join(', ')}). Chọn một giá trị trong danh sách.`,
    en: (v: string) => `Status '${v}' is not in the list (${Object.values(STATUS).map((s) => s.en).join(', ')}). Choose a value from the list.`,
  },
  dateInvalid: {
    vi: (v: string) => `'${v}' không phải là ngày. Nhập ngày dạng dd/mm/yyyy.`,
    en: (v: string) => `'${v}' is not a date. Enter a date as dd/mm/yyyy.`,
  },
  numberInvalid: {
    vi: (v: string) => `'${v}' không phải là số lớn hơn hoặc bằng 0. Viết ví dụ 1.103 hoặc 5,62.`,
    en: (v: string) => `'${v}' is not a number of 0 or more. Write for example 1,103 or 5.62.`,
  },
  managedColumn: {
    vi: (v: string) => `Cột '${v}' do tiện ích ghi; sửa tay ở đây sẽ bị thay khi Làm mới bảng theo dõi. Hãy sửa ở trang nhập liệu hoặc qua biểu mẫu.`,
    en: (v: string) => `The '${v}' column is written by the add-on; a change here is replaced by Refresh tracking sheets. Change the input sheets or use the form instead.`,
  },
};

// ---- Edit handling -----------------------------------------------------------------------------------------------

interface EditedBlock {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function editedBlock(range: GoogleAppsScript.Spreadsheet.Range): EditedBlock {
  const notation = range.getA1Notation();
  const [from, to] = notation.split(':');
  const start = from ? parseA1(from) : null;
  const end = to ? parseA1(to) : start;
  if (start && end) {
    return { top: start.row + 1, left: start.col + 1, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
  }
  return { top: range.getRow(), left: range.getColumn(), rows: range.getNumRows(), cols: range.getNumColumns() };
}

const WATCHED: readonly SheetDef[] = [PROGRESS, EMULATION, UNITS, MILESTONES, CUTOFFS, HOLIDAYS];

function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const event = e as GoogleAppsScript.Events.SheetsOnEdit & { triggerUid?: string };
  const wb = new Workbook(e.source, 'few');
  if (event.triggerUid) {
    // One read of the document properties serves this check and the remembered sheet names.
    const active = wb.property(EDIT_TRIGGER_PROPERTY);
    if (active && active !== String(event.triggerUid)) return;
  }
  const range = e.range;
  const sheet = range.getSheet();
  const name = sheet.getName();
  const def = WATCHED.find((d) => matchesLabel(name, d));
  if (!def) return;
  wb.noteFound(def, sheet, name);
  const block = editedBlock(range);
  const lang: Lang = wb.langProperty() ?? sheetNameLang(name, def) ?? 'vi';
  if (def.id === 'progress' || def.id === 'emulation') {
    generatedSheetEdit(e, wb, sheet, name, def, block, lang);
    return;
  }
  if (def.id === 'units') unitsEdit(wb, block);
  else recomputeAll(wb);
  wb.flushProperties();
}

interface Flag {
  r: number;
  c: number;
  code: FindingCodeLike;
  message: string;
}

function generatedSheetEdit(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  wb: Workbook,
  sheet: Sheet,
  name: string,
  def: SheetDef,
  block: EditedBlock,
  lang: Lang,
): void {
  const bottom = block.top + block.rows - 1;
  // Whole rows, so no call is spent on the sheet's width: one read when the edit is near the top (header
  // and edited rows together), else the first rows and the edited rows.
  const together = bottom <= HEADER_ROWS * 2;
  const head = sheet.getRange(`1:${together ? bottom : HEADER_ROWS}`).getValues();
  const layout = locateTable({ name, values: head }, def);
  if (!layout || bottom <= layout.headerRow + 1) return;
  const firstRow = Math.max(block.top, layout.headerRow + 2);
  const values = together ? head.slice(firstRow - 1, bottom) : sheet.getRange(`${firstRow}:${bottom}`).getValues();
  const grid: Grid = { name, values: [] };
  grid.values[layout.headerRow] = head[layout.headerRow] ?? [];
  values.forEach((row, i) => (grid.values[firstRow - 1 + i] = row));

  const keyOfColumn = new Map<number, string>();
  for (const [key, c] of Object.entries(layout.columns)) if (c !== undefined) keyOfColumn.set(c, key);
  const ownerOf = (key: string | undefined) => def.columns.find((c) => c.key === key)?.owner;
  const editedCols: number[] = [];
  for (let c = block.left - 1; c < block.left - 1 + block.cols; c++) editedCols.push(c);
  const userCols = editedCols.filter((c) => ownerOf(keyOfColumn.get(c)) === 'user');
  const managedCols = editedCols.filter((c) => {
    const owner = ownerOf(keyOfColumn.get(c));
    return owner !== undefined && owner !== 'user';
  });
  const single = block.rows === 1 && block.cols === 1;
  const email = userEmailOf(e);
  const now = new Date();
  const flags: Flag[] = [];
  const entries: AuditEntry[] = [];
  const stampedRows: number[] = [];
  const otherKey = def.id === 'progress' ? 'milestoneId' : 'targetId';
  const cellAt = (r: number, key: string): unknown => {
    const c = layout.columns[key];
    return c === undefined ? '' : (grid.values[r]?.[c] ?? '');
  };
  const headerOf = (c: number): string => cellText(head[layout.headerRow]?.[c]) || (keyOfColumn.get(c) ?? '');

  for (let r = firstRow - 1; r < bottom; r++) {
    const unitId = cellText(cellAt(r, 'unitId'));
    const otherId = cellText(cellAt(r, otherKey));
    if (userCols.length === 0 || (unitId === '' && otherId === '')) continue;
    stampedRows.push(r);
    for (const c of userCols) {
      const key = keyOfColumn.get(c) ?? '';
      const value = grid.values[r]?.[c] ?? '';
      const problem = checkUserValue(def, key, value, () => wb.timeZone, lang);
      if (problem) flags.push({ r, c, ...problem });
      const oldValue = single ? oldValueText(e.oldValue, def.columns.find((col) => col.key === key)?.kind) : '';
      if (single && auditValueText(value, isDate(value) ? wb.timeZone : 'UTC') === String(oldValue)) continue;
      entries.push({
        time: now,
        user: email,
        source: 'directEdit',
        sheet: name,
        key: auditKey(unitId, otherId),
        column: headerOf(c),
        oldValue,
        newValue: value,
      });
    }
  }
  for (const c of managedCols) {
    for (let r = firstRow - 1; r < bottom; r++) {
      flags.push({ r, c, code: '', message: TEXT.managedColumn[lang](headerOf(c)) });
    }
  }

  stamp(sheet, layout, stampedRows, auditUser(email, lang), now);
  updateNotes(firstRow === block.top ? e.range : sheet.getRange(firstRow, block.left, bottom - firstRow + 1, block.cols), block, firstRow, flags);
  appendIssues(wb, sheet, name, lang, flags.filter((f) => f.code !== ''));

  // Deadlines anchored on a status or completion date of these rows.
  if (def.id === 'progress') {
    const touched = userCols.some((c) => ['status', 'completedOn'].includes(keyOfColumn.get(c) ?? ''));
    if (touched && mayMoveDeadlines(e, single, keyOfColumn.get(block.left - 1) ?? '', stampedRows.map((r) => cellAt(r, 'status')))) {
      const pairs = stampedRows.map((r) => ({ unitId: cellText(cellAt(r, 'unitId')), milestoneId: cellText(cellAt(r, 'milestoneId')) }));
      recomputeForMilestones(wb, pairs);
    }
  }
  // The log last: Google does not re-run a failed trigger, the same edit comes again; everything above
  // gives the same result the second time, and the lines are written once.
  wb.flushProperties();
  appendAudit(wb, entries, lang);
}

/**
 * The edit's old value as the log shows it. Google gives it as text, a date as its serial number ('43994'),
 * so in a date column a serial becomes the date (dd/mm/yyyy, as the log writes every date).
 */
function oldValueText(oldValue: unknown, kind: string | undefined): string {
  const text = oldValue === undefined || oldValue === null ? '' : String(oldValue);
  if (kind !== 'date' || !/^\d+(\.\d+)?$/.test(text.trim())) return text;
  return formatDay(Math.floor(Number(text)), 'vi');
}

/**
 * Whether a status or completion-date edit can move an anchored deadline: the anchor uses the completion date
 * only of a Hoàn thành row. A single status edit matters when Hoàn thành is the old or the new value; a single
 * date edit when the row is Hoàn thành; a paste always (it is rare and the old values are unknown).
 */
function mayMoveDeadlines(e: GoogleAppsScript.Events.SheetsOnEdit, single: boolean, key: string, statuses: readonly unknown[]): boolean {
  if (!single) return true;
  if (key === 'status') return [e.oldValue, e.value].some((v) => parseStatus(v ?? '') === 'done');
  if (key === 'completedOn') return statuses.some((s) => parseStatus(s) === 'done');
  return false;
}

/** The editor's email ('' when Google withholds it; a failing service throws, it is not a missing email). */
function userEmailOf(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  const user = (e as { user?: GoogleAppsScript.Base.User }).user;
  const email = user ? user.getEmail() : Session.getActiveUser().getEmail();
  return (email || '').trim();
}

function checkUserValue(def: SheetDef, key: string, value: unknown, timeZone: () => string, lang: Lang): { code: FindingCodeLike; message: string } | null {
  const text = cellText(value);
  if (text === '') return null;
  if (def.id === 'progress' && key === 'status' && parseStatus(value) === undefined) {
    return { code: 'E_VALUE_UNKNOWN', message: TEXT.statusInvalid[lang](text) };
  }
  if (def.id === 'progress' && key === 'completedOn' && !parseDate(value, timeZone()).ok) {
    return { code: 'E_DATE_INVALID', message: TEXT.dateInvalid[lang](text) };
  }
  if (def.id === 'emulation' && (key === 'result' || key === 'ownTarget')) {
    const p = parseNumber(value, lang);
    if (!p.ok || (p.value !== null && p.value < 0)) return { code: 'E_NUMBER_INVALID', message: TEXT.numberInvalid[lang](text) };
  }
  return null;
}

/**
 * Updated by / Updated at of the rows (one write per run of adjacent rows when the two columns are adjacent).
 * No number formats are set: an email or 'unknown' is read as the text it is, and Refresh gives the Updated at
 * column its date-time format.
 */
function stamp(sheet: Sheet, layout: TableLayout, rows: readonly number[], user: string, now: Date): void {
  const by = layout.columns.updatedBy;
  const at = layout.columns.updatedAt;
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => a - b);
  for (const run of runs(sorted)) {
    const top = (run[0] as number) + 1;
    if (by !== undefined && at === by + 1) {
      sheet.getRange(top, by + 1, run.length, 2).setValues(run.map(() => [user, now]));
      continue;
    }
    if (by !== undefined) sheet.getRange(top, by + 1, run.length, 1).setValues(run.map(() => [user]));
    if (at !== undefined) sheet.getRange(top, at + 1, run.length, 1).setValues(run.map(() => [now]));
  }
}

/**
 * Notes on the edited block: a flag where the value is invalid or the column is the add-on's, the add-on's
 * earlier flag removed where the value is now fine, the users' own notes left as they are.
 */
function updateNotes(range: GoogleAppsScript.Spreadsheet.Range, block: EditedBlock, firstRow: number, flags: readonly Flag[]): void {
  const current = range.getNotes();
  const wanted = current.map((line) => line.map((n) => (String(n ?? '').startsWith(NOTE_MARK) ? '' : String(n ?? ''))));
  for (const f of flags) {
    const line = wanted[f.r - (firstRow - 1)];
    if (line) line[f.c - (block.left - 1)] = NOTE_MARK + f.message;
  }
  const same = wanted.every((line, i) => line.every((n, j) => n === String(current[i]?.[j] ?? '')));
  if (!same) range.setNotes(wanted);
}

/** Appends Data issues lines for the flags (created with its header when the sheet is missing). */
function appendIssues(wb: Workbook, sheet: Sheet, sheetName: string, lang: Lang, flags: readonly Flag[]): void {
  if (flags.length === 0) return;
  const { sheet: issues, created } = wb.ensure(ISSUES, lang);
  let last = created ? 0 : issues.getLastRow();
  // The "no errors or warnings" line of the last validation gives way to the first flag.
  if (last === 2 && isNoIssuesLine(issues.getRange(2, 1, 1, ISSUES.columns.length).getValues()[0] ?? [])) last = 1;
  const gid = sheet.getSheetId();
  const rows = flags.map((f) => {
    const cell = a1(f.r, f.c);
    const severity = f.code.startsWith('E_') ? SEVERITY.error[lang] : SEVERITY.warning[lang];
    return [severity, f.code, asSheetText(sheetName), cellLink(gid, cell), asSheetText(f.message)];
  });
  // An empty sheet (new, or left empty by a failure) gets its header in the same write.
  const block: unknown[][] = last === 0 ? [ISSUES.columns.map((c) => c[lang]), ...rows] : rows;
  rangeGrowing(issues, last + 1, block.length, ISSUES.columns.length).setValues(block);
  if (last === 0) issues.setFrozenRows(1);
  wb.forget(ISSUES);
}

function isNoIssuesLine(line: readonly unknown[]): boolean {
  const texts = line.map((v) => cellText(v));
  return texts.slice(0, -1).every((t) => t === '') && Object.values(NO_ISSUES).includes(texts[texts.length - 1] ?? '');
}

// ---- Deadline recomputation -----------------------------------------------------------------------------------

const DEADLINE_SHEETS = [SETTINGS, UNITS, MILESTONES, CUTOFFS, HOLIDAYS, PROGRESS];

function withLock(body: () => void): void {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    console.warn('onEditInstalled: the document is busy; deadlines will be recomputed by the next refresh');
    return;
  }
  try {
    body();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Recomputes the Progress deadlines of `units` (all units when null) from the current sheets and writes the
 * Deadline cells that differ, and only those.
 */
function recomputeDeadlines(wb: Workbook, units: ReadonlySet<string> | null): number {
  let moved = 0;
  withLock(() => {
    const analysis = analyse(wb.grids(DEADLINE_SHEETS), { timeZone: wb.timeZone, today: wb.today(), lang: wb.langProperty() });
    const progress = wb.read(PROGRESS);
    const layout = progress ? locateTable(progress.grid, PROGRESS) : null;
    if (!progress || !layout || layout.columns.deadline === undefined) return;
    const planned = new Map<string, Day | null>();
    for (const p of analysis.progress) {
      if (units && !units.has(normalizeKey(p.unitId))) continue;
      planned.set(`${normalizeKey(p.unitId)}\u0000${normalizeKey(p.milestoneId)}`, p.deadline);
    }
    const rows = units ? [...units].flatMap((u) => rowsOfUnit(progress.grid, layout, u)) : range(layout.headerRow + 1, progress.grid.values.length);
    const col = layout.columns.deadline;
    const changes: { r: number; deadline: Day | null }[] = [];
    for (const r of rows) {
      const row = progress.grid.values[r] ?? [];
      const key = `${normalizeKey(cellText(row[layout.columns.unitId ?? -1]))}\u0000${normalizeKey(cellText(row[layout.columns.milestoneId ?? -1]))}`;
      if (!planned.has(key)) continue;
      const want = planned.get(key) ?? null;
      const have = parseDate(row[col], wb.timeZone);
      if (!have.ok || have.value !== want) changes.push({ r, deadline: want });
    }
    if (changes.length > 20 && runs(changes.map((c) => c.r).sort((a, b) => a - b)).length > 5) {
      writeDeadlineSpan(progress.sheet, progress.grid, col, changes, wb.timeZone);
    } else {
      writeDeadlines(progress.sheet, layout, changes, wb.timeZone);
    }
    moved = changes.length;
  });
  return moved;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** Many scattered changes: one write of the column from the first to the last changed row (others as read). */
function writeDeadlineSpan(sheet: Sheet, grid: Grid, col: number, changes: readonly { r: number; deadline: Day | null }[], timeZone: string): void {
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

/** After a status or completion date edit: the units whose edited milestone anchors other milestones. */
function recomputeForMilestones(wb: Workbook, pairs: readonly { unitId: string; milestoneId: string }[]): void {
  const milestonesTable = wb.read(MILESTONES);
  if (!milestonesTable || pairs.length === 0) return;
  const analysis = analyse([milestonesTable.grid], { timeZone: wb.timeZone, today: wb.today(), lang: wb.langProperty() });
  const milestones: Milestone[] = analysis.inputs.milestones;
  const units = new Set<string>();
  for (const p of pairs) {
    if (p.unitId !== '' && dependentMilestones(milestones, p.milestoneId).size > 0) units.add(normalizeKey(p.unitId));
  }
  if (units.size) recomputeDeadlines(wb, units);
}

/** A Units edit: a planned congress date (or parent) moves the deadlines of that unit and of its children. */
function unitsEdit(wb: Workbook, block: EditedBlock): void {
  const table = wb.read(UNITS);
  const layout = table ? locateTable(table.grid, UNITS) : null;
  if (!table || !layout) return;
  const relevant = ['congressDate', 'congressDays', 'parentId', 'type', 'pilot'].map((k) => layout.columns[k]).filter((c): c is number => c !== undefined);
  const touched = relevant.some((c) => c >= block.left - 1 && c < block.left - 1 + block.cols);
  if (!touched) return;
  const ids = new Set<string>();
  for (let r = block.top - 1; r < block.top - 1 + block.rows; r++) {
    const id = cellText(table.grid.values[r]?.[layout.columns.unitId ?? -1]);
    if (id !== '') ids.add(normalizeKey(id));
  }
  if (ids.size === 0) return;
  // Children anchored on their parent's congress date move too.
  const parentCol = layout.columns.parentId;
  const idCol = layout.columns.unitId;
  if (parentCol !== undefined && idCol !== undefined) {
    for (let r = layout.headerRow + 1; r < table.grid.values.length; r++) {
      const row = table.grid.values[r] ?? [];
      if (ids.has(normalizeKey(cellText(row[parentCol])))) ids.add(normalizeKey(cellText(row[idCol])));
    }
  }
  recomputeDeadlines(wb, ids);
}

/** A Milestones, Cut-offs or Holidays edit: every deadline may move. */
function recomputeAll(wb: Workbook): void {
  recomputeDeadlines(wb, null);
}
