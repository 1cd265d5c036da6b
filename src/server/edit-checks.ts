// The checks a direct edit of Tiến độ or Thi đua gets at once, as a submission does (docs/workbook.md §8.2): a user
// cell's value (status, completion date, result), and a milestone marked Hoàn thành while a step it requires is
// not (read from the unit's rows only, by a search, in a large sheet).
import { analyse } from '../core/analyse';
import { checkCompletedOn, checkDate, checkNumber, checkRequirements, checkStatus, type Check } from '../core/checks';
import { idKey } from '../core/keys';
import { inLang } from '../core/messages';
import type { Grid, TableLayout } from '../core/model';
import { cellText } from '../core/parse';
import { parseStatus } from '../core/status-text';
import { MILESTONES, PROGRESS, UNITS } from '../core/schema';
import type { EditContext } from './edit-event';
import type { Flag } from './edit-flags';
import { preferUnitRows } from './unit-rows';

/** The value checks of a user cell, as a submission makes them. */
export function valueChecks(ctx: EditContext, sheet: string, key: string, value: unknown): Check[] {
  if (cellText(value) === '') return [];
  if (sheet === 'progress' && key === 'status') {
    const s = checkStatus(value);
    return s.finding ? [s.finding] : [];
  }
  if (sheet === 'progress' && key === 'completedOn') {
    const d = checkDate(value, ctx.wb.timeZone);
    if (d.finding) return [d.finding];
    const future = checkCompletedOn(d.day, ctx.wb.today(), ctx.lang);
    return future ? [future] : [];
  }
  if (sheet === 'emulation' && (key === 'result' || key === 'ownTarget')) {
    const n = checkNumber(value, ctx.lang, { min: 0 });
    return n.finding ? [n.finding] : [];
  }
  return [];
}

/** W_REQUIREMENT_NOT_MET on rows just marked Hoàn thành, from the Milestones, Units and the whole sheet. */
export function requirementFlags(ctx: EditContext, rows: readonly number[], grid: Grid, layout: TableLayout): Flag[] {
  preferUnitRows(
    ctx.wb,
    rows.map((r) => cellText(grid.values[r]?.[layout.columns.unitId ?? -1])).filter((id) => id !== ''),
  );
  const analysis = analyse(ctx.wb.grids([UNITS, MILESTONES, PROGRESS]), {
    timeZone: ctx.wb.timeZone,
    today: 0,
    lang: ctx.lang,
  });
  const milestones = new Map(analysis.inputs.milestones.map((m) => [idKey(m.id), m]));
  const units = new Map(analysis.inputs.units.map((u) => [idKey(u.id), u]));
  const status = new Map<string, ReturnType<typeof parseStatus>>();
  for (const e of analysis.progressEntries) {
    const key = `${idKey(e.unitId)}\u0000${idKey(e.milestoneId)}`;
    if (!status.has(key)) status.set(key, e.status);
  }
  const out: Flag[] = [];
  const col = layout.columns.status ?? 0;
  for (const r of rows) {
    const unit = units.get(idKey(cellText(grid.values[r]?.[layout.columns.unitId ?? -1])));
    const m = milestones.get(idKey(cellText(grid.values[r]?.[layout.columns.milestoneId ?? -1])));
    if (!unit || !m) continue;
    const check = checkRequirements(
      m,
      unit,
      milestones,
      (req) => status.get(`${idKey(unit.id)}\u0000${idKey(req.id)}`) ?? null,
    );
    if (check.finding)
      out.push({ r, c: col, code: check.finding.code, message: inLang(check.finding.message, ctx.lang) });
  }
  return out;
}
