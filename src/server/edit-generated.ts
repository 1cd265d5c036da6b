// A direct edit of Tiến độ or Thi đua (docs/workbook.md §8.2). User columns: checked as a submission is (the same core
// checks and messages), stamped Updated by / Updated at and logged cell by cell; a status the Standing
// formula would not recognise is rewritten to its text; a completed milestone whose requirement is not done
// is flagged at once. Computed and live columns typed over: a note says the next Refresh restores them. A key
// typed over in one cell is put back at once (edit-revert.ts); a paste over keys gets a note that the row goes to
// the Archive at the next Refresh unless the key is typed back. System columns: logged. Another unit's rows,
// or the add-on's columns, edited by someone Google names who may not: W_EDIT_NOT_PERMITTED (or the cell put
// back, Settings' On unpermitted edit = Revert, where its old value can be restored whole). A status or
// completion date that anchors other milestones recomputes that unit's deadlines.
//
// Cost: it reads the first rows (header) and the edited rows of the sheet (edit-read.ts); Settings only when
// the editor is known, and Units then only when updates are restricted to others than administrators;
// Milestones, Units and the unit's rows of the sheet (a search in a large one) only when a milestone is marked
// Hoàn thành.
import { auditKey, auditUser, auditValueText, type AuditEntry } from '../core/audit';
import { canonicalStatusText, checkEditPermission, type Check, type EditRefusal } from '../core/checks';
import { dependentMilestones } from '../core/deadline-changes';
import { isDate } from '../core/dates';
import { idKey } from '../core/keys';
import { inLang } from '../core/messages';
import type { TableLayout } from '../core/model';
import { cellText } from '../core/parse';
import { parseStatus } from '../core/status-text';
import { MILESTONES } from '../core/schema';
import { analyse } from '../core/analyse';
import { appendAudit } from './audit';
import { blockColumns, oldValueText, retyped, type EditContext } from './edit-event';
import { appendIssues, tellEditor, updateNotes, type Flag } from './edit-flags';
import { editRights, recomputeAndLog, type EditRights } from './edit-rights';
import { keyNote, keyTypedOver, notRevertedSentence, restorable, revertRefused } from './edit-revert';
import { runs } from './forms/writes';
import { requirementFlags, valueChecks } from './edit-checks';
import { readEdited } from './edit-read';
import { markTypedOver } from './typed-over';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SYSTEM_KEYS = new Set(['updatedBy', 'updatedAt']);

const TEXT = {
  managedColumn: (column: string): { vi: string; en: string } => ({
    vi: `Cột “${column}” do tiện ích ghi: giá trị gõ vào đây không được tính và sẽ được khôi phục ở lần Làm mới bảng theo dõi tiếp theo. Hãy sửa ở trang nhập liệu hoặc qua biểu mẫu.`,
    en: `The “${column}” column is written by the add-on: a value typed here does not count and the next Refresh tracking sheets restores it. Change the input sheets or use the form instead.`,
  }),
};

export function generatedSheetEdit(ctx: EditContext): void {
  const edited = readEdited(ctx);
  if (!edited) return;
  const { grid, layout, head, firstRow, bottom } = edited;
  const { def, lang, wb } = ctx;
  const keyOfColumn = new Map<number, string>();
  for (const [key, c] of Object.entries(layout.columns)) if (c !== undefined) keyOfColumn.set(c, key);
  const columnOf = (c: number) => def.columns.find((col) => col.key === keyOfColumn.get(c));
  const cols = blockColumns(ctx.block);
  const userCols = cols.filter((c) => columnOf(c)?.owner === 'user');
  const systemCols = cols.filter((c) => SYSTEM_KEYS.has(keyOfColumn.get(c) ?? ''));
  const managedCols = cols.filter((c) => {
    const owner = columnOf(c)?.owner;
    return owner !== undefined && owner !== 'user' && !SYSTEM_KEYS.has(keyOfColumn.get(c) ?? '');
  });
  const cellAt = (r: number, key: string): unknown => {
    const c = layout.columns[key];
    return c === undefined ? '' : (grid.values[r]?.[c] ?? '');
  };
  const headerOf = (c: number): string => cellText(head[layout.headerRow]?.[c]) || (keyOfColumn.get(c) ?? '');
  const otherKey = def.id === 'progress' ? 'milestoneId' : 'targetId';
  let rights: EditRights | null | undefined;
  const rightsOf = () => (rights === undefined ? (rights = editRights(ctx)) : rights);
  // A key typed over is put back at once, whoever typed it: it is the row's identity, not data.
  const edited0 = ctx.block.left - 1;
  const row0 = grid.values[firstRow - 1] ?? [];
  if (ctx.single && columnOf(edited0)?.owner === 'key' && keyTypedOver(ctx, row0, layout, headerOf(edited0))) return;
  /** Said on the refusal of a single cell that Revert cannot put back whole. */
  let notReverted = '';

  const flags: Flag[] = [];
  const entries: AuditEntry[] = [];
  const stamped: number[] = [];
  const rewrites: { r: number; c: number; value: string }[] = [];
  const doneRows: number[] = [];
  const flag = (r: number, c: number, check: Check, note?: string) => {
    const said = inLang(check.message, lang);
    const message = check.code === 'W_EDIT_NOT_PERMITTED' && notReverted ? `${said} ${notReverted}` : said;
    flags.push({ r, c, code: check.code, message, ...(note ? { note: `${note}\n${message}` } : {}) });
  };
  const directEditEntry = (
    unitId: string,
    otherId: string,
    c: number,
    oldValue: unknown,
    newValue: unknown,
  ): AuditEntry => ({
    time: ctx.now,
    user: ctx.email,
    source: 'directEdit',
    sheet: ctx.name,
    key: auditKey(unitId, otherId),
    column: headerOf(c),
    oldValue,
    newValue,
  });
  const logCell = (r: number, c: number, unitId: string, otherId: string, value: unknown) => {
    const oldValue = ctx.single ? oldValueText(ctx.e.oldValue, columnOf(c)?.kind) : '';
    if (ctx.single && auditValueText(value, isDate(value) ? wb.timeZone : 'UTC') === String(oldValue)) return;
    entries.push(directEditEntry(unitId, otherId, c, oldValue, value));
  };

  for (let r = firstRow - 1; r < bottom; r++) {
    const unitId = cellText(cellAt(r, 'unitId'));
    const otherId = cellText(cellAt(r, otherKey));
    if (unitId === '' && otherId === '') continue;
    const touched = [...userCols, ...systemCols];
    // Permission: the unit's rows (user and system columns), and the add-on's columns by a non-administrator.
    const r0 = rightsOf();
    const unitCheck =
      r0 && touched.length
        ? checkEditPermission(
            ctx.email,
            { kind: 'unitRow', unitId, unitName: r0.directory.get(unitId)?.name ?? '' },
            r0.directory,
            r0.settings,
          )
        : null;
    const ownedChecks = new Map<number, EditRefusal>();
    for (const c of [...systemCols, ...managedCols]) {
      const check = r0
        ? checkEditPermission(ctx.email, { kind: 'ownedColumn', column: headerOf(c) }, r0.directory, r0.settings)
        : null;
      if (check) ownedChecks.set(c, check);
    }
    const refusal = unitCheck ?? ownedChecks.values().next().value;
    if (refusal && ctx.single && r0?.settings.onUnpermittedEdit === 'revert') {
      if (restorable(columnOf(edited0))) {
        const typed = grid.values[r]?.[edited0] ?? '';
        const put = { kind: columnOf(edited0)?.kind, key: auditKey(unitId, otherId), column: headerOf(edited0), typed };
        revertRefused(ctx, put, inLang(refusal.reverted, lang));
        return;
      }
      notReverted = notRevertedSentence(headerOf(edited0), lang);
    }
    if (unitCheck) flag(r, touched[0] as number, unitCheck);
    for (const c of userCols) {
      const key = keyOfColumn.get(c) ?? '';
      let value = grid.values[r]?.[c] ?? '';
      if (def.id === 'progress' && key === 'status') {
        const canonical = canonicalStatusText(value);
        if (canonical !== null) {
          logCell(r, c, unitId, otherId, value);
          rewrites.push({ r, c, value: canonical });
          entries.push(directEditEntry(unitId, otherId, c, cellText(value), canonical));
          value = canonical;
          const row = grid.values[r];
          if (row) row[c] = canonical;
        } else logCell(r, c, unitId, otherId, value);
      } else logCell(r, c, unitId, otherId, value);
      for (const check of valueChecks(ctx, def.id, key, value)) flag(r, c, check);
      if (def.id === 'progress' && key === 'status' && parseStatus(value) === 'done') doneRows.push(r);
    }
    if (userCols.length) stamped.push(r);
    for (const c of systemCols) {
      logCell(r, c, unitId, otherId, grid.values[r]?.[c] ?? '');
      const check = ownedChecks.get(c);
      if (check) flag(r, c, check);
    }
    for (const c of managedCols) {
      const key = keyOfColumn.get(c) ?? '';
      const note =
        columnOf(c)?.owner === 'key' ? keyNote(key, headerOf(c), lang) : TEXT.managedColumn(headerOf(c))[lang];
      const check = ownedChecks.get(c);
      if (check) flag(r, c, check, note);
      else flags.push({ r, c, code: '', message: note });
    }
  }
  if (doneRows.length) flags.push(...requirementFlags(ctx, doneRows, grid, layout));

  for (const w of rewrites) ctx.sheet.getRange(w.r + 1, w.c + 1).setValue(w.value);
  stamp(ctx.sheet, layout, stamped, auditUser(ctx.email, lang), ctx.now);
  updateNotes(ctx.sheet, ctx.block, firstRow, flags, firstRow === ctx.block.top ? ctx.e.range : undefined);
  appendIssues(wb, ctx.sheet, ctx.name, lang, flags, retyped(ctx));
  if (managedCols.some((c) => columnOf(c)?.owner !== 'key')) markTypedOver();

  // Deadlines anchored on a status or completion date of these rows (their recomputation logs the edit too).
  let sentence = '';
  let logged = false;
  const anchorsTouched =
    def.id === 'progress' && userCols.some((c) => ['status', 'completedOn'].includes(keyOfColumn.get(c) ?? ''));
  if (
    anchorsTouched &&
    mayMoveDeadlines(
      ctx,
      keyOfColumn.get(ctx.block.left - 1) ?? '',
      stamped.map((r) => cellAt(r, 'status')),
    )
  ) {
    const scope = deadlineScope(
      ctx,
      stamped.map((r) => ({ unitId: cellText(cellAt(r, 'unitId')), milestoneId: cellText(cellAt(r, 'milestoneId')) })),
    );
    if (scope) {
      sentence = recomputeAndLog(ctx, scope, entries);
      logged = true;
    }
  }
  wb.flushProperties();
  tellEditor(wb, lang, flags, sentence ? [sentence] : []);
  // Otherwise the log line is the edit's last call: a failure at any call before it leaves no line, so the
  // same event delivered again logs the edit once without reading the log's last lines.
  if (!logged) appendAudit(wb, entries, lang);
}

/**
 * Whether a status or completion-date edit can move an anchored deadline: the anchor uses the completion date
 * only of a Hoàn thành row. A single status edit matters when Hoàn thành is the old or the new value; a single
 * date edit when the row is Hoàn thành; a paste always (it is rare and the old values are unknown).
 */
function mayMoveDeadlines(ctx: EditContext, key: string, statuses: readonly unknown[]): boolean {
  if (!ctx.single) return true;
  if (key === 'status') return [ctx.e.oldValue, ctx.e.value].some((v) => parseStatus(v ?? '') === 'done');
  if (key === 'completedOn') return statuses.some((s) => parseStatus(s) === 'done');
  return false;
}

/** The units whose edited milestone anchors others, and those milestones; null when none. */
function deadlineScope(ctx: EditContext, pairs: readonly { unitId: string; milestoneId: string }[]) {
  const milestonesTable = ctx.wb.read(MILESTONES);
  if (!milestonesTable || pairs.length === 0) return null;
  const analysis = analyse([milestonesTable.grid], {
    timeZone: ctx.wb.timeZone,
    today: 0,
    lang: ctx.wb.langProperty(),
  });
  const units = new Set<string>();
  for (const p of pairs) {
    if (p.unitId !== '' && dependentMilestones(analysis.inputs.milestones, p.milestoneId).size > 0)
      units.add(idKey(p.unitId));
  }
  return units.size ? { units } : null;
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
