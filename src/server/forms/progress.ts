// Endpoints of the progress sidebar (docs/workbook.md §8): the form, a unit's milestones, and a submission.
import type {
  MilestoneRow,
  Outcome,
  ProgressForm,
  ProgressSaved,
  ProgressSubmission,
  Requirement,
  UnitMilestones,
} from '../../shared/api';
import { message } from '../../shared/messages';
import { changedTooLong, checkProgressSubmission } from '../../shared/validate';
import { dependentMilestones } from '../../core/deadline-changes';
import { auditKey, auditUser, auditValueText, type AuditEntry } from '../../core/audit';
import { dateFromDay, dayFromIso } from '../../core/dates';
import { applies } from '../../core/deadlines';
import type { Milestone, TableLayout, Unit } from '../../core/model';
import { cellText, parseDate } from '../../core/parse';
import { parseStatus } from '../../core/status-text';
import { MILESTONES, PROGRESS, SETTINGS, UNITS, normalizeKey } from '../../core/schema';
import { STATUS, type Status } from '../../core/fixed-lists';
import { locateTable, cellOf } from '../../core/tables';
import { unmetRequirements } from '../../core/checks';
import { FormContext, checkUnitIdArgument, formEndpoint } from './context';
import { FORM_LOCK_WAIT_MS, Refusal, refuse } from './request';
import { withDocumentLock } from '../lock';
import { rereadRow } from './reread';
import {
  PROGRESS_VERSION_KEYS,
  findRow,
  stampTime,
  milestoneRowView,
  rowVersion,
  rowsOfUnit,
  updatedAtText,
} from './view';
import { appendAudit } from '../audit';
import { recomputeDeadlines } from '../deadlines';
import type { SheetRead } from '../workbook';
import { DATETIME_FORMAT, DATE_FORMAT, TEXT_FORMAT, writeRowCells } from './writes';

const PROGRESS_FORMATS = {
  status: TEXT_FORMAT,
  completedOn: DATE_FORMAT,
  evidence: TEXT_FORMAT,
  note: TEXT_FORMAT,
  updatedBy: TEXT_FORMAT,
  updatedAt: DATETIME_FORMAT,
};

const BASE_SHEETS = [SETTINGS, UNITS, MILESTONES, PROGRESS];

export function progressForm(): Outcome<ProgressForm> {
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

interface ProgressSheet {
  table: SheetRead;
  layout: TableLayout;
}

function progressSheet(ctx: FormContext): ProgressSheet {
  const table = ctx.wb.read(PROGRESS);
  const layout = table ? locateTable(table.grid, PROGRESS) : null;
  if (!table || !layout) refuse(ctx.lang, 'notFound', 'sheetMissing', { sheet: PROGRESS[ctx.workbookLang] });
  return { table, layout };
}

function milestoneIndex(ctx: FormContext): Map<string, Milestone> {
  return new Map(ctx.analysis.inputs.milestones.map((m) => [normalizeKey(m.id), m]));
}

/** The status of each milestone of the unit as its Progress rows say (first row per milestone). */
function unitStatuses(sheet: ProgressSheet, unit: Unit): Map<string, Status | null> {
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

function rowView(ctx: FormContext, sheet: ProgressSheet, unit: Unit, r: number): MilestoneRow {
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

export function unitMilestones(unitId: string): Outcome<UnitMilestones> {
  return formEndpoint((ctx, lang) => {
    const id = checkUnitIdArgument(lang, unitId);
    ctx.load(BASE_SHEETS);
    const unit = ctx.authorisedUnit(id);
    const sheet = progressSheet(ctx);
    const order = new Map(ctx.analysis.inputs.milestones.map((m, i) => [normalizeKey(m.id), i]));
    const rank = (row: MilestoneRow): number => order.get(normalizeKey(row.milestoneId)) ?? order.size;
    const rows = rowsOfUnit(sheet.table.grid, sheet.layout, unit.id)
      .map((r) => rowView(ctx, sheet, unit, r))
      .filter((row) => row.milestoneId !== '');
    const sorted = rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i)
      .map((x) => x.row);
    return { unit: { id: unit.id, name: unit.name, type: unit.type }, rows: sorted };
  });
}

const USER_KEYS = ['status', 'completedOn', 'evidence', 'note'] as const;

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

function headerText(sheet: ProgressSheet, key: string, fallback: string): string {
  const c = sheet.layout.columns[key];
  const text = c === undefined ? '' : cellText(sheet.table.grid.values[sheet.layout.headerRow]?.[c]);
  return text || fallback;
}

export function submitProgress(payload: ProgressSubmission): Outcome<ProgressSaved> {
  return formEndpoint((ctx, lang) => {
    // Evidence and note are held to their limits only when the user changed them (checked below).
    const checked = checkProgressSubmission(lang, payload, ctx.todayIso, { evidence: true, note: true });
    if (!checked.ok) throw new Refusal(checked.error);
    const p = checked.value;
    return withDocumentLock(
      () => {
        ctx.load(BASE_SHEETS);
        const unit = ctx.authorisedUnit(p.unitId);
        let sheet = progressSheet(ctx);
        const wbLang = ctx.workbookLang;
        let grid = sheet.table.grid;
        let r = findRow(grid, sheet.layout, unit.id, 'milestoneId', p.milestoneId);
        if (r < 0) {
          refuse(
            lang,
            'notFound',
            'milestoneUnknown',
            { unit: unit.id, id: p.milestoneId, sheet: sheet.table.grid.name },
            { field: 'milestoneId' },
          );
        }
        for (const key of USER_KEYS) {
          if (sheet.layout.columns[key] === undefined) {
            refuse(lang, 'notFound', 'columnMissing', {
              sheet: grid.name,
              column: PROGRESS.columns.find((c) => c.key === key)?.[wbLang] ?? key,
            });
          }
        }
        const refuseStale = (): never => {
          const by = cellText(cellOf(grid, sheet.layout, r, 'updatedBy')) || message(lang, 'unknownUser');
          const at =
            updatedAtText(cellOf(grid, sheet.layout, r, 'updatedAt'), ctx.timeZone) || message(lang, 'unknownUser');
          refuse(lang, 'stale', 'stale', { by, at: displayDateTime(at, lang) }, { stale: { by, at } });
        };
        if (rowVersion(grid, sheet.layout, r, PROGRESS_VERSION_KEYS) !== p.version) refuseStale();
        const byKey = milestoneIndex(ctx);
        const milestone = byKey.get(normalizeKey(p.milestoneId));
        if (p.status === 'done' && milestone) {
          const statuses = unitStatuses(sheet, unit);
          const unmet = unmetRequirements(milestone, unit, byKey, (req) => statuses.get(normalizeKey(req.id)) ?? null);
          if (unmet.length) {
            const list = unmet.map((m) => (lang === 'vi' ? `${m.id} «${m.name}»` : `${m.id} “${m.name}”`)).join(', ');
            refuse(lang, 'requirement', 'requirementNotMet', { list }, { field: 'status' });
          }
        }

        // The new user cells, and which of them differ from what the row holds.
        const cell = (key: string): unknown => cellOf(grid, sheet.layout, r, key);
        const oldStatus = parseStatus(cell('status'));
        const keepBlank = p.status === 'notStarted' && oldStatus === null;
        const completedDay = p.completedOn === '' ? null : dayFromIso(p.completedOn);
        const oldCompleted = parseDate(cell('completedOn'), ctx.timeZone);
        const changed: Record<string, unknown> = {};
        if (!keepBlank && oldStatus !== p.status) changed.status = STATUS[p.status][wbLang];
        if (!oldCompleted.ok || oldCompleted.value !== completedDay) {
          changed.completedOn = completedDay === null ? '' : dateFromDay(completedDay, ctx.timeZone);
        }
        if (cellText(cell('evidence')) !== p.evidence) changed.evidence = p.evidence;
        if (cellText(cell('note')) !== p.note) changed.note = p.note;

        for (const field of ['evidence', 'note'] as const) {
          const tooLong = field in changed ? changedTooLong(lang, field, p[field]) : null;
          if (tooLong) throw new Refusal(tooLong);
        }
        const keys = Object.keys(changed);
        if (keys.length === 0) {
          return {
            row: rowView(ctx, sheet, unit, r),
            deadlinesMoved: 0,
            changes: 0,
            message: message(lang, 'noChange'),
          };
        }
        // Under the lock, just before writing: the row found again by its key, the changed cells unchanged since.
        const fresh = rereadRow(
          ctx.wb,
          PROGRESS,
          { table: sheet.table, layout: sheet.layout, r },
          { unitId: unit.id, otherKey: 'milestoneId', otherId: p.milestoneId },
          keys,
        );
        if (!fresh)
          refuse(
            lang,
            'notFound',
            'milestoneUnknown',
            { unit: unit.id, id: p.milestoneId, sheet: grid.name },
            { field: 'milestoneId' },
          );
        sheet = { table: fresh.table, layout: fresh.layout };
        grid = fresh.table.grid;
        r = fresh.r;
        if (fresh.stale) refuseStale();
        const now = stampTime();
        const written: Record<string, unknown> = { ...changed };
        written.updatedBy = auditUser(ctx.email, wbLang);
        written.updatedAt = now;
        const entries: AuditEntry[] = keys.map((key) => ({
          time: now,
          user: ctx.email,
          source: 'form',
          sheet: grid.name,
          key: auditKey(unit.id, cellText(cell('milestoneId'))),
          column: headerText(sheet, key, PROGRESS.columns.find((c) => c.key === key)?.[wbLang] ?? key),
          oldValue: auditValueText(cell(key), ctx.timeZone),
          newValue: changed[key],
        }));
        // The grid takes the new cells first: the recomputation and the answer read it. Then, so that a re-run
        // after a failure anywhere gives the state of a run without it: the deadlines (written where they
        // differ), the log (lines already there not written again), and the row last, in one write.
        const row = grid.values[r];
        if (row) {
          for (const [key, value] of Object.entries(written)) {
            const c = sheet.layout.columns[key];
            if (c !== undefined) row[c] = value;
          }
        }
        const moved =
          'status' in changed || 'completedOn' in changed ? recomputeUnitDeadlines(ctx, unit, [p.milestoneId]) : 0;
        appendAudit(ctx.wb, entries, wbLang, { once: true });
        writeRowCells(sheet.table.sheet, sheet.layout, grid, r, written, PROGRESS_FORMATS);
        const saved = message(lang, 'savedProgress', { id: cellText(cell('milestoneId')), unit: unit.name });
        return {
          row: rowView(ctx, sheet, unit, r),
          deadlinesMoved: moved,
          changes: keys.length,
          message:
            moved > 0
              ? `${saved} ${message(lang, moved === 1 ? 'deadlineMoved' : 'deadlinesMoved', { count: moved })}`
              : saved,
        };
      },
      { waitMs: FORM_LOCK_WAIT_MS },
    );
  });
}

/** 'yyyy-mm-dd hh:mm' → 'dd/mm/yyyy hh:mm' for Vietnamese messages (English keeps ISO, unambiguous). */
export function displayDateTime(text: string, lang: 'vi' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(text);
  if (!m || lang === 'en') return text;
  return `${m[3]}/${m[2]}/${m[1]}${m[4] ?? ''}`;
}
