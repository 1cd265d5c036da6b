// The emulation form's state, pure: the fields for a chosen target and the payload sent to the server.
import type { ApiError, ResultSubmission, TargetRow, UiLang } from '../../shared/api';
import { checkResultSubmission } from '../../shared/validate';
import { formatNumber } from '../lib/format';

export interface ResultDraft {
  /** As the user types it ('1.103', '5,62'). */
  result: string;
  note: string;
}

export function draftFromTarget(row: TargetRow, lang: UiLang): ResultDraft {
  return { result: formatNumber(row.result, lang), note: row.note };
}

export function payloadOf(unitId: string, row: TargetRow, draft: ResultDraft): ResultSubmission {
  return { unitId, targetId: row.targetId, result: draft.result, note: draft.note, version: row.version };
}

/** The same checks the server makes; the parsed number when the payload may be sent. */
export function clientCheck(lang: UiLang, payload: ResultSubmission): { error: ApiError } | { value: number | null } {
  const checked = checkResultSubmission(lang, payload);
  return checked.ok ? { value: checked.value.value } : { error: checked.error };
}

export function isDirty(row: TargetRow, draft: ResultDraft, lang: UiLang): boolean {
  const parsed = clientCheck(lang, { unitId: 'x', targetId: 'x', result: draft.result, note: draft.note, version: '' });
  const value = 'value' in parsed ? parsed.value : NaN;
  return value !== row.result || draft.note.trim() !== row.note.trim();
}
