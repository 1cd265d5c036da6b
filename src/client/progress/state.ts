// The progress form's state, pure so it is unit-tested without a browser: what the fields hold for a
// chosen milestone, what changes when the status changes, and the payload sent to the server.
import type { ApiError, IsoDate, MilestoneRow, ProgressSubmission, UiLang } from '../../shared/api';
import { checkProgressSubmission, type Held } from '../../shared/validate';
import { AWAITING_COLOR, type Status } from '../../core/fixed-lists';

export interface ProgressDraft {
  status: Status;
  completedOn: IsoDate | '';
  evidence: string;
  note: string;
}

/** The fields as they are for a row just loaded (a blank status reads as Chưa thực hiện). */
export function draftFromRow(row: MilestoneRow): ProgressDraft {
  return {
    status: row.status ?? 'notStarted',
    completedOn: row.status === 'done' ? (row.completedOn ?? '') : '',
    evidence: row.evidence,
    note: row.note,
  };
}

/** Choosing Hoàn thành fills today's date when none is set; any other status clears the date. */
export function withStatus(draft: ProgressDraft, status: Status, today: IsoDate): ProgressDraft {
  if (status === 'done') return { ...draft, status, completedOn: draft.completedOn || today };
  return { ...draft, status, completedOn: '' };
}

export function isDirty(row: MilestoneRow, draft: ProgressDraft): boolean {
  const original = draftFromRow(row);
  return (
    original.status !== draft.status ||
    original.completedOn !== draft.completedOn ||
    original.evidence.trim() !== draft.evidence.trim() ||
    original.note.trim() !== draft.note.trim()
  );
}

export function payloadOf(unitId: string, row: MilestoneRow, draft: ProgressDraft): ProgressSubmission {
  return {
    unitId,
    milestoneId: row.milestoneId,
    status: draft.status,
    completedOn: draft.status === 'done' ? draft.completedOn : '',
    evidence: draft.evidence,
    note: draft.note,
    version: row.version,
  };
}

/** The same checks the server makes, for feedback before the call; null when the payload may be sent. */
export function clientCheck(
  lang: UiLang,
  payload: ProgressSubmission,
  today: IsoDate,
  held: Held = {},
): ApiError | null {
  const result = checkProgressSubmission(lang, payload, today, held);
  return result.ok ? null : result.error;
}

/** Requirements still open when the user picks Hoàn thành (shown before the server refuses). */
export function openRequirements(row: MilestoneRow): MilestoneRow['requires'] {
  return row.requires.filter((r) => !r.done);
}

/** The colour of a status as the sheet shows it: blue while awaiting the superior's opinion, else none. */
export function statusColor(status: Status | null): string | null {
  return status === 'awaiting' ? AWAITING_COLOR : null;
}

/**
 * The to-do view: what still needs doing — overdue first (oldest deadline first), then due soon (soonest
 * first), then the rest not done in sheet order. Done and not-applicable rows only with `showAll`, which keeps
 * the sheet's order.
 */
export function todoRows(rows: readonly MilestoneRow[], showAll: boolean): MilestoneRow[] {
  if (showAll) return [...rows];
  const open = rows.filter((r) => r.status !== 'done' && r.status !== 'notApplicable');
  const rank = (r: MilestoneRow): number => (r.standing === 'overdue' ? 0 : r.standing === 'dueSoon' ? 1 : 2);
  return open
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const byRank = rank(a.r) - rank(b.r);
      if (byRank !== 0) return byRank;
      if (rank(a.r) === 2) return a.i - b.i;
      return (a.r.deadline ?? '').localeCompare(b.r.deadline ?? '') || a.i - b.i;
    })
    .map((x) => x.r);
}

/**
 * The done milestones that require this one: reopening it (any status other than Hoàn thành) undoes what they
 * stand on, so the form asks first and names them.
 */
export function doneDependents(rows: readonly MilestoneRow[], row: MilestoneRow, draft: ProgressDraft): MilestoneRow[] {
  if (row.status !== 'done' || draft.status === 'done') return [];
  return rows.filter((r) => r.status === 'done' && r.requires.some((q) => q.milestoneId === row.milestoneId));
}

/**
 * The form after a stale refusal and reload: the fields the clerk changed keep what they typed, the others
 * take what is on the sheet now.
 */
export function mergeDraft(original: MilestoneRow, typed: ProgressDraft, fresh: MilestoneRow): ProgressDraft {
  const before = draftFromRow(original);
  const now = draftFromRow(fresh);
  const pick = <K extends keyof ProgressDraft>(key: K): ProgressDraft[K] =>
    typed[key] !== before[key] ? typed[key] : now[key];
  return { status: pick('status'), completedOn: pick('completedOn'), evidence: pick('evidence'), note: pick('note') };
}

/** What the other person saved, field by field, where it differs from what this clerk has typed. */
export function savedByOther(fresh: MilestoneRow, draft: ProgressDraft): Partial<Record<keyof ProgressDraft, string>> {
  const theirs = draftFromRow(fresh);
  const out: Partial<Record<keyof ProgressDraft, string>> = {};
  for (const key of ['status', 'completedOn', 'evidence', 'note'] as const) {
    if (theirs[key].trim() !== draft[key].trim()) out[key] = theirs[key];
  }
  return out;
}
