// Endpoints of the progress sidebar (docs/workbook.md §8): the form, a unit's milestones, and a submission.
import type {
  MilestoneRow,
  Outcome,
  ProgressForm,
  ProgressSaved,
  ProgressSubmission,
  UnitMilestones,
} from '../../shared/api';
import { message } from '../../shared/messages';
import { changedTooLong, checkProgressSubmission } from '../../shared/validate';
import { auditUser } from '../../core/audit';
import { dateFromDay, dayFromIso } from '../../core/dates';
import { cellText, parseDate } from '../../core/parse';
import { parseStatus } from '../../core/status-text';
import { MILESTONES, PROGRESS, SETTINGS, UNITS, normalizeKey } from '../../core/schema';
import { STATUS } from '../../core/fixed-lists';
import { cellOf } from '../../core/tables';
import { unmetRequirements } from '../../core/checks';
import { checkUnitIdArgument, formEndpoint } from './context';
import { FORM_LOCK_WAIT_MS, Refusal, refuse } from './request';
import { withDocumentLock } from '../lock';
import { freshRow, refuseStale, trackingRows } from './reread';
import { PROGRESS_VERSION_KEYS, findRow, stampTime, rowVersion, rowsOfUnit } from './view';
import { milestoneIndex, recomputeUnitDeadlines, rowView, unitStatuses } from './progress-rows';
import { appendAudit } from '../audit';
import type { FormContext } from './context';
import type { UnitRows } from '../unit-rows';
import { DATETIME_FORMAT, DATE_FORMAT, TEXT_FORMAT, writeRowCells } from './writes';
import { applyToGrid, formAuditEntries } from './submitted';

const PROGRESS_FORMATS = {
  status: TEXT_FORMAT,
  completedOn: DATE_FORMAT,
  evidence: TEXT_FORMAT,
  note: TEXT_FORMAT,
  updatedBy: TEXT_FORMAT,
  updatedAt: DATETIME_FORMAT,
};

const BASE_SHEETS = [SETTINGS, UNITS, MILESTONES];

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

/** The unit's Tiến độ rows (a search in a large sheet). */
function progressSheet(ctx: FormContext, unitId: string): UnitRows {
  return trackingRows(ctx, PROGRESS, unitId, ctx.analysis.inputs.milestones.length);
}

export function unitMilestones(unitId: string): Outcome<UnitMilestones> {
  return formEndpoint((ctx, lang) => {
    const id = checkUnitIdArgument(lang, unitId);
    ctx.load(BASE_SHEETS);
    const unit = ctx.authorisedUnit(id);
    const sheet = progressSheet(ctx, unit.id);
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
        let sheet = progressSheet(ctx, unit.id);
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
        if (rowVersion(grid, sheet.layout, r, PROGRESS_VERSION_KEYS) !== p.version)
          refuseStale(ctx, grid, sheet.layout, r);
        const byKey = milestoneIndex(ctx);
        const milestone = byKey.get(normalizeKey(p.milestoneId));
        if (p.status === 'done' && milestone) {
          const statuses = unitStatuses(sheet, unit);
          const unmet = unmetRequirements(milestone, unit, byKey, (req) => statuses.get(normalizeKey(req.id)) ?? null);
          if (unmet.length) {
            const list = unmet.map((m) => `${m.id} “${m.name}”`).join(', ');
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
        const fresh = freshRow(
          ctx,
          PROGRESS,
          { ...sheet, r },
          { unitId: unit.id, otherKey: 'milestoneId', otherId: p.milestoneId },
          keys,
        );
        sheet = fresh;
        grid = fresh.table.grid;
        r = fresh.r;
        const now = stampTime();
        const written: Record<string, unknown> = { ...changed };
        written.updatedBy = auditUser(ctx.email, wbLang);
        written.updatedAt = now;
        const ids = { unitId: unit.id, otherId: cellText(cell('milestoneId')) };
        const entries = formAuditEntries(ctx, PROGRESS, sheet, r, ids, changed, now);
        // The grid takes the new cells first: the recomputation and the answer read it. Then, so that a re-run
        // after a failure anywhere gives the state of a run without it: the deadlines (written where they
        // differ), the log (lines already there not written again), and the row last, in one write.
        applyToGrid(sheet, r, written);
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
