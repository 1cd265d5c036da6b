// Endpoints of the emulation sidebar (docs/workbook.md §8): the form, a unit's targets, and a result submission.
// A result submission takes the steps of a progress submission (progress.ts) in the same order, each one a
// shared helper (freshRow, formAuditEntries, appendAudit, writeRowCells, applyToGrid): what differs is the
// sheet, the key and the cells written.
import type { EmulationForm, Outcome, ResultSaved, ResultSubmission, TargetRow, UnitTargets } from '../../shared/api';
import { message } from '../../shared/messages';
import { changedTooLong, checkResultSubmission } from '../../shared/validate';
import { isPercentTarget, resultForTarget } from '../../shared/percent';
import { notReportedByTarget, type ReportLine } from '../../core/not-reported';
import { auditUser } from '../../core/audit';
import type { Target, Unit } from '../../core/model';
import { cellText, parseNumber } from '../../core/parse';
import { EMULATION, SETTINGS, TARGETS, UNITS, normalizeKey } from '../../core/schema';
import { cellOf, locateTable } from '../../core/tables';
import type { UnitRows } from '../unit-rows';
import { FormContext, checkUnitIdArgument, formEndpoint } from './context';
import { FORM_LOCK_WAIT_MS, Refusal, refuse } from './request';
import { withDocumentLock } from '../lock';
import { freshRow, refuseStale, trackingRows } from './reread';
import { EMULATION_VERSION_KEYS, findRow, stampTime, rowVersion, rowsOfUnit, targetRowView } from './view';
import { appendAudit } from '../audit';
import { DATETIME_FORMAT, TEXT_FORMAT, writeRowCells } from './writes';
import { applyToGrid, formAuditEntries } from './submitted';

const SHEETS = [SETTINGS, UNITS, TARGETS];
/** The number format of a percentage target's result (0.95 shows as 95,0 % or 95.0 %). */
const PERCENT_FORMAT = '0.0%';

export function emulationForm(): Outcome<EmulationForm> {
  return formEndpoint((ctx, lang) => {
    ctx.load([SETTINGS, UNITS]);
    const units = ctx.unitOptions();
    const notice = ctx.notice(units);
    return {
      lang,
      user: { email: ctx.email, isAdmin: ctx.isAdmin() },
      units,
      today: ctx.todayIso,
      ...(notice ? { notice } : {}),
    };
  });
}

/** The unit's Thi đua rows (a search in a large sheet); the whole sheet for an administrator's report. */
function emulationSheet(ctx: FormContext, unitId: string, whole = false): UnitRows {
  if (whole) {
    const table = ctx.wb.read(EMULATION);
    const layout = table ? locateTable(table.grid, EMULATION) : null;
    if (!table || !layout) refuse(ctx.lang, 'notFound', 'sheetMissing', { sheet: EMULATION[ctx.workbookLang] });
    return { table, layout };
  }
  return trackingRows(ctx, EMULATION, unitId, ctx.analysis.inputs.targets.length);
}

function rowView(ctx: FormContext, sheet: UnitRows, r: number): TargetRow {
  const byKey = new Map<string, Target>(ctx.analysis.inputs.targets.map((t) => [normalizeKey(t.id), t]));
  const id = cellText(cellOf(sheet.table.grid, sheet.layout, r, 'targetId'));
  return targetRowView(r, {
    grid: sheet.table.grid,
    layout: sheet.layout,
    timeZone: ctx.timeZone,
    uiLang: ctx.lang,
    workbookLang: ctx.workbookLang,
    target: byKey.get(normalizeKey(id)),
  });
}

export function unitTargets(unitId: string): Outcome<UnitTargets> {
  return formEndpoint((ctx, lang) => {
    const id = checkUnitIdArgument(lang, unitId);
    ctx.load(SHEETS);
    const unit: Unit = ctx.authorisedUnit(id);
    // An administrator also sees who has not reported each target: the whole sheet.
    const sheet = emulationSheet(ctx, unit.id, ctx.isAdmin());
    const order = new Map(ctx.analysis.inputs.targets.map((t, i) => [normalizeKey(t.id), i]));
    const rows = rowsOfUnit(sheet.table.grid, sheet.layout, unit.id)
      .map((r) => rowView(ctx, sheet, r))
      .filter((row) => row.targetId !== '')
      .map((row, i) => ({ row, i, rank: order.get(normalizeKey(row.targetId)) ?? order.size }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map((x) => x.row);
    const answer: UnitTargets = { unit: { id: unit.id, name: unit.name, type: unit.type }, rows };
    if (ctx.isAdmin()) {
      const lines: ReportLine[] = [];
      const grid = sheet.table.grid;
      for (let r = sheet.layout.headerRow + 1; r < grid.values.length; r++) {
        const text = (key: string): string => cellText(cellOf(grid, sheet.layout, r, key));
        lines.push({
          unitId: text('unitId'),
          unitName: text('unitName'),
          targetId: text('targetId'),
          result: cellOf(grid, sheet.layout, r, 'result'),
        });
      }
      answer.notReported = notReportedByTarget(lines);
    }
    return answer;
  });
}

export function submitResult(payload: ResultSubmission): Outcome<ResultSaved> {
  return formEndpoint((ctx, lang) => {
    // The note is held to its limit only when the user changed it (checked below).
    const checked = checkResultSubmission(lang, payload, { note: true });
    if (!checked.ok) throw new Refusal(checked.error);
    const p = checked.value;
    return withDocumentLock(
      () => {
        ctx.load(SHEETS);
        const unit = ctx.authorisedUnit(p.unitId);
        let sheet = emulationSheet(ctx, unit.id);
        let grid = sheet.table.grid;
        const wbLang = ctx.workbookLang;
        let r = findRow(grid, sheet.layout, unit.id, 'targetId', p.targetId);
        if (r < 0)
          refuse(
            lang,
            'notFound',
            'targetUnknown',
            { unit: unit.id, id: p.targetId, sheet: grid.name },
            { field: 'targetId' },
          );
        for (const key of ['result', 'note']) {
          if (sheet.layout.columns[key] === undefined) {
            refuse(lang, 'notFound', 'columnMissing', {
              sheet: grid.name,
              column: EMULATION.columns.find((c) => c.key === key)?.[wbLang] ?? key,
            });
          }
        }
        if (rowVersion(grid, sheet.layout, r, EMULATION_VERSION_KEYS) !== p.version)
          refuseStale(ctx, grid, sheet.layout, r);
        const cell = (key: string): unknown => cellOf(grid, sheet.layout, r, key);
        const old = parseNumber(cell('result'), wbLang);
        const changed: Record<string, unknown> = {};
        // On a percentage target a bare number is a percentage ('95' → 95 %), as the sidebar reads it.
        const percent = isPercentTarget(rowView(ctx, sheet, r));
        const value = resultForTarget(p.result, p.value, percent);
        if (!old.ok || old.value !== value) changed.result = value ?? '';
        if (cellText(cell('note')) !== p.note) changed.note = p.note;
        const tooLong = 'note' in changed ? changedTooLong(lang, 'note', p.note) : null;
        if (tooLong) throw new Refusal(tooLong);
        const keys = Object.keys(changed);
        if (keys.length === 0) return { row: rowView(ctx, sheet, r), changes: 0, message: message(lang, 'noChange') };
        // Under the lock, just before writing: the row found again by its key, the changed cells unchanged since.
        const fresh = freshRow(
          ctx,
          EMULATION,
          { ...sheet, r },
          { unitId: unit.id, otherKey: 'targetId', otherId: p.targetId },
          keys,
        );
        sheet = fresh;
        grid = fresh.table.grid;
        r = fresh.r;

        const now = stampTime();
        const user = auditUser(ctx.email, wbLang);
        const written: Record<string, unknown> = { ...changed, updatedBy: user, updatedAt: now };
        const ids = { unitId: unit.id, otherId: cellText(cell('targetId')) };
        const entries = formAuditEntries(ctx, EMULATION, sheet, r, ids, changed, now);
        // The log first (lines already there not written again), then the row in one write: a re-run after a
        // failure anywhere gives the state of a run without it.
        appendAudit(ctx.wb, entries, wbLang, { once: true });
        writeRowCells(sheet.table.sheet, sheet.layout, grid, r, written, {
          note: TEXT_FORMAT,
          updatedBy: TEXT_FORMAT,
          updatedAt: DATETIME_FORMAT,
          // A percentage target's result shows as the sidebar shows it (95,0 %, not 0,95).
          ...(percent ? { result: PERCENT_FORMAT } : {}),
        });
        applyToGrid(sheet, r, written);
        return {
          row: rowView(ctx, sheet, r),
          changes: keys.length,
          message: message(lang, 'savedResult', { id: cellText(cell('targetId')), unit: unit.name }),
        };
      },
      { waitMs: FORM_LOCK_WAIT_MS },
    );
  });
}
