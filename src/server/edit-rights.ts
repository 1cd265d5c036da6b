// What a direct edit is checked against and what it leads to beyond its own cells: the editor's rights (the
// Settings and Units, read only when Google says who the editor is) and the recomputation of the deadlines it
// moves, logged and told. Putting a cell back is edit-revert.ts.
import { analyse } from '../core/analyse';
import { auditKey, type AuditEntry } from '../core/audit';
import { formatDay } from '../core/dates';
import type { Settings, Unit } from '../core/model';
import { UnitDirectory, isAdministrator } from '../core/permissions';
import { SETTINGS, UNITS, type Lang } from '../core/schema';
import { appendAudit } from './audit';
import { planDeadlines, type DeadlineScope } from './deadlines';
import type { EditContext } from './edit-event';
import { ifDocumentLock } from './lock';

const LOCK_WAIT_MS = 10_000;

export interface EditRights {
  settings: Settings;
  directory: UnitDirectory<Unit>;
}

/**
 * The Settings and Units the permission check needs; null when the editor is unknown (nothing is read). The
 * Units only when they can matter: updates are restricted and the editor is not an administrator.
 */
export function editRights(ctx: EditContext): EditRights | null {
  if (ctx.email === '') return null;
  // Settings hold no dates: the spreadsheet's time zone is not asked for.
  const context = { timeZone: 'UTC', today: 0, lang: ctx.lang };
  const settings = analyse(ctx.wb.grids([SETTINGS]), context).inputs.settings;
  if (!settings.restrictUpdates || isAdministrator(ctx.email, settings)) {
    return { settings, directory: new UnitDirectory<Unit>([]) };
  }
  const analysis = analyse(ctx.wb.grids([SETTINGS, UNITS]), context);
  return { settings: analysis.inputs.settings, directory: new UnitDirectory(analysis.inputs.units) };
}

const TEXT = {
  recomputed: (count: number, units: readonly string[]): { vi: string; en: string } => {
    const one = units.length === 1 ? units[0] : undefined;
    return {
      vi: `Đã tính lại ${count} hạn của ${one !== undefined ? `đơn vị ${one}` : `${units.length} đơn vị`}.`,
      en: `Recomputed ${count} ${count === 1 ? 'deadline' : 'deadlines'} of ${one !== undefined ? `unit ${one}` : `${units.length} units`}.`,
    };
  },
};

/**
 * Under the document lock: recomputes the deadlines in scope, logs the edit's `entries` and the moved
 * deadlines (once: the same event delivered again after a failure logs nothing twice), then writes the
 * deadlines. Returns the sentence for the editor's toast ('' when nothing moved). A busy document leaves
 * the deadlines to the next Refresh; the entries are logged all the same.
 */
export function recomputeAndLog(ctx: EditContext, scope: DeadlineScope, entries: readonly AuditEntry[]): string {
  let sentence = '';
  const done = ifDocumentLock(() => {
    const plan = planDeadlines(ctx.wb, scope, { lang: ctx.lang });
    const moved: AuditEntry[] = plan.changes.map((c) => ({
      time: ctx.now,
      user: ctx.email,
      source: 'directEdit',
      sheet: plan.sheetName,
      key: auditKey(c.unitId, c.milestoneId),
      column: plan.header,
      oldValue: c.from === null ? '' : formatDay(c.from, ctx.lang),
      newValue: c.to === null ? '' : formatDay(c.to, ctx.lang),
    }));
    // The edit's own lines last: when the same event comes again after a failure that followed the writes,
    // nothing moves any more and its lines are the log's last ones, so they are not written twice.
    appendAudit(ctx.wb, [...moved, ...entries], ctx.lang, { once: true });
    plan.write();
    if (plan.changes.length > 0)
      sentence = recomputedSentence(
        plan.changes.length,
        plan.changes.map((c) => c.unitId),
        ctx.lang,
      );
  }, LOCK_WAIT_MS);
  if (!done) {
    console.warn('onEditInstalled: the document is busy; deadlines will be recomputed by the next refresh');
    appendAudit(ctx.wb, entries, ctx.lang, { once: true });
  }
  return sentence;
}

function recomputedSentence(count: number, unitIds: readonly string[], lang: Lang): string {
  const units = [...new Set(unitIds)];
  return TEXT.recomputed(count, units)[lang];
}
