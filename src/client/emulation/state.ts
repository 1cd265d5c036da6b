// The emulation form's state, pure: the fields for a chosen target and the payload sent to the server.
import type { ApiError, ResultSubmission, TargetRow, UiLang } from '../../shared/api';
import { checkResultSubmission, type Held } from '../../shared/validate';
import { formatNumber } from '../lib/format';

export interface ResultDraft {
  /** As the user types it ('1.103', '5,62'). */
  result: string;
  note: string;
}

/**
 * Whether the target's figures are shares kept as fractions (measure '%', target value 0.9 for 90%), so they
 * are shown and typed as percentages. A '%' target written as a whole number (90) is shown as it is.
 */
export function isPercentTarget(row: Pick<TargetRow, 'measure' | 'targetValue' | 'result'>): boolean {
  if (row.measure.trim() !== '%') return false;
  const reference = row.targetValue ?? row.result;
  return reference === null || reference <= 1;
}

/** A figure of the row as the sidebar shows it: 1.103 / 1,103, or 97% for a share; '' for none. */
export function formatFigure(row: Pick<TargetRow, 'measure' | 'targetValue' | 'result'>, value: number | null, lang: UiLang): string {
  if (value === null) return '';
  if (!isPercentTarget(row)) return formatNumber(value, lang);
  return `${formatNumber(Math.round(value * 100 * 1e9) / 1e9, lang)}%`;
}

/** The figure with its measure ('100 mô hình'; a share carries its own '%'). */
export function formatWithMeasure(row: Pick<TargetRow, 'measure' | 'targetValue' | 'result'>, value: number | null, lang: UiLang): string {
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

/** The same checks the server makes; the parsed number when the payload may be sent. */
export function clientCheck(lang: UiLang, payload: ResultSubmission, held: Held = {}): { error: ApiError } | { value: number | null } {
  const checked = checkResultSubmission(lang, payload, held);
  return checked.ok ? { value: checked.value.value } : { error: checked.error };
}

export function isDirty(row: TargetRow, draft: ResultDraft, lang: UiLang): boolean {
  const parsed = clientCheck(lang, { unitId: 'x', targetId: 'x', result: draft.result, note: draft.note, version: '' }, { note: row.note });
  const value = 'value' in parsed ? parsed.value : NaN;
  return value !== row.result || draft.note.trim() !== row.note.trim();
}
