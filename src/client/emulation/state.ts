// The emulation form's state, pure: the fields for a chosen target and the payload sent to the server.
import type { ApiError, ResultSubmission, TargetRow, UiLang } from '../../shared/api';
import { checkResultSubmission, type Held } from '../../shared/validate';
import { formatNumber } from '../lib/format';
import { isImplausible, isPercentTarget, resultForTarget } from '../../shared/percent';

export { isImplausible, isPercentTarget };

export interface ResultDraft {
  /** As the user types it ('1.103', '5,62'). */
  result: string;
  note: string;
}

/** A figure of the row as the sidebar shows it: 1.103 / 1,103, or 97% for a share; '' for none. */
export function formatFigure(
  row: Pick<TargetRow, 'measure' | 'targetValue' | 'result'>,
  value: number | null,
  lang: UiLang,
): string {
  if (value === null) return '';
  if (!isPercentTarget(row)) return formatNumber(value, lang);
  return `${formatNumber(Math.round(value * 100 * 1e9) / 1e9, lang)}%`;
}

/** The figure with its measure ('100 mô hình'; a share carries its own '%'). */
export function formatWithMeasure(
  row: Pick<TargetRow, 'measure' | 'targetValue' | 'result'>,
  value: number | null,
  lang: UiLang,
): string {
  const figure = formatFigure(row, value, lang);
  if (figure === '' || isPercentTarget(row)) return figure;
  return `${figure} ${row.measure}`.trim();
}

export function draftFromTarget(row: TargetRow, lang: UiLang): ResultDraft {
  return { result: formatFigure(row, row.result, lang), note: row.note };
}

export function payloadOf(unitId: string, row: TargetRow, draft: ResultDraft): ResultSubmission {
  return { unitId, targetId: row.targetId, result: draft.result, note: draft.note, version: row.version };
}

/**
 * The same checks the server makes; the number to be stored when the payload may be sent (on a percentage
 * target a bare number is a percentage, as the server reads it).
 */
export function clientCheck(
  lang: UiLang,
  payload: ResultSubmission,
  held: Held = {},
  percent = false,
): { error: ApiError } | { value: number | null } {
  const checked = checkResultSubmission(lang, payload, held);
  return checked.ok
    ? { value: resultForTarget(payload.result, checked.value.value, percent) }
    : { error: checked.error };
}

export function isDirty(row: TargetRow, draft: ResultDraft, lang: UiLang): boolean {
  const parsed = clientCheck(
    lang,
    { unitId: 'x', targetId: 'x', result: draft.result, note: draft.note, version: '' },
    { note: row.note },
    isPercentTarget(row),
  );
  const value = 'value' in parsed ? parsed.value : NaN;
  return value !== row.result || draft.note.trim() !== row.note.trim();
}
