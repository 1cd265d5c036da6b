// After a stale refusal the form keeps what the clerk typed; this box shows what the other person saved.
import type { MilestoneRow, UiLang } from '../../shared/api';
import { message } from '../../shared/messages';
import { STATUS, type Status } from '../../core/fixed-lists';
import { h } from '../lib/dom';
import { formatDate, formatDateTime } from '../lib/format';
import type { ProgressDraft } from './state';

/** After a stale refusal: what the other person saved, where it differs from the clerk's draft. */
export function theirsBox(
  lang: UiLang,
  row: MilestoneRow,
  theirs: Partial<Record<keyof ProgressDraft, string>>,
): HTMLElement | null {
  const keys = Object.keys(theirs) as (keyof ProgressDraft)[];
  if (!keys.length) return null;
  const show = (key: keyof ProgressDraft, value: string): string =>
    key === 'status'
      ? STATUS[value as Status][lang]
      : key === 'completedOn' && value
        ? formatDate(value, lang)
        : value || message(lang, 'none');
  return h('div', { class: 'theirs', attrs: { role: 'note' } }, [
    h('p', {
      class: 'small',
      text: message(lang, 'theirVersion', {
        by: row.updatedBy || message(lang, 'unknownUser'),
        at: formatDateTime(row.updatedAt, lang),
      }),
    }),
    ...keys.map((key) =>
      h('p', {
        class: 'small',
        text: message(lang, 'theirValue', { field: message(lang, key), value: show(key, theirs[key] ?? '') }),
      }),
    ),
  ]);
}
