// The progress form's state, pure so it is unit-tested without a browser: what the fields hold for a
// chosen milestone, what changes when the status changes, and the payload sent to the server.
import type { ApiError, IsoDate, MilestoneRow, ProgressSubmission, UiLang } from '../../shared/api';
import { checkProgressSubmission, type Held } from '../../shared/validate';
import { AWAITING_COLOR, type Status } from '../../core/schema';

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
export function clientCheck(lang: UiLang, payload: ProgressSubmission, today: IsoDate, held: Held = {}): ApiError | null {
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
