// The Summary's to-verify list (docs/workbook.md §7): rows counted as the sheet says but shown so someone checks them.
import { unmetRequirements } from './checks';
import { PairIndex, idKey } from './keys';
import type { Analysis, Day, ProgressEntry } from './model';
import type { VerifyCode, VerifyItem } from './summary-model';

/**
 * The to-verify list: Hoàn thành while a required milestone is not, Hoàn thành without a completion date, a
 * completion date after today, and rows flagged as edited without permission. Each row once per reason.
 */
export function toVerify(
  analysis: Analysis,
  today: Day,
  flagged: readonly { unitId: string; milestoneId: string }[],
): VerifyItem[] {
  const { units, milestones } = analysis.inputs;
  const unitByKey = new Map(units.map((u) => [idKey(u.id), u]));
  const milestoneByKey = new Map(milestones.map((m) => [idKey(m.id), m]));
  const statusOf = new PairIndex<ProgressEntry['status']>();
  for (const e of analysis.progressEntries) statusOf.setFirst(e.unitId, e.milestoneId, e.status);
  const flaggedPairs = new PairIndex<true>();
  for (const f of flagged) flaggedPairs.setFirst(f.unitId, f.milestoneId, true);
  const seen = new PairIndex<true>();
  const items: VerifyItem[] = [];
  for (const e of analysis.progressEntries) {
    const unit = unitByKey.get(idKey(e.unitId));
    const m = milestoneByKey.get(idKey(e.milestoneId));
    if (!unit || !m || !seen.setFirst(e.unitId, e.milestoneId, true)) continue;
    const item = (code: VerifyCode): VerifyItem => ({
      unitId: unit.id,
      unitName: unit.name,
      milestoneId: m.id,
      task: m.name,
      code,
    });
    if (e.status === 'done') {
      if (unmetRequirements(m, unit, milestoneByKey, (req) => statusOf.get(unit.id, req.id) ?? null).length)
        items.push(item('W_REQUIREMENT_NOT_MET'));
      if (e.completedOn === null) items.push(item('W_DONE_WITHOUT_DATE'));
    }
    if (e.completedOn !== null && e.completedOn > today) items.push(item('W_COMPLETED_IN_FUTURE'));
    if (flaggedPairs.get(e.unitId, e.milestoneId)) items.push(item('W_EDIT_NOT_PERMITTED'));
  }
  return items;
}
