// The emulation sidebar (Cập nhật kết quả thi đua): pick a unit and a target, see the target value and the
// result already reported, and save the result (Vietnamese or English number) and a note.
import type { TargetRow, UiLang, UnitTargets } from '../../shared/api';
import { message } from '../../shared/messages';
import { byId, h, replaceChildren } from '../lib/dom';
import { formatDate } from '../lib/format';
import { arrowNavigation, chip, field, guessLang } from '../lib/kit';
import {
  askBeforeSaving,
  focusRow,
  markSelected,
  mountEditor,
  rowButton,
  saveActions,
  saveFailed,
  savingNow,
  sidebarPage,
} from '../lib/rows';
import { call } from '../lib/server';
import { loadUnitRows } from '../lib/sidebar';
import { markInvalid } from '../lib/ui';
import {
  clientCheck,
  draftFromTarget,
  formatFigure,
  formatWithMeasure,
  isDirty,
  isImplausible,
  isPercentTarget,
  payloadOf,
  type ResultDraft,
} from './state';

let lang: UiLang = guessLang();
let data: UnitTargets | null = null;
let selectedId: string | null = null;
let draft: ResultDraft | null = null;
/** The implausible result the user confirmed (target and text), so the second Save goes through. */
let implausibleConfirmed: string | null = null;

const { banner, start } = sidebarPage({
  title: 'emulationTitle',
  load: () => call('emulationForm'),
  onForm: (loaded) => {
    lang = loaded.lang;
  },
  onUnit: (unitId) => void loadUnit(unitId, null),
});

function selectedRow(): TargetRow | null {
  return data?.rows.find((r) => r.targetId === selectedId) ?? null;
}

async function loadUnit(unitId: string, keep: string | null): Promise<void> {
  data = null;
  selectedId = keep;
  draft = null;
  const loaded = await loadUnitRows(
    banner,
    lang,
    unitId,
    () => call('unitTargets', unitId),
    () => void loadUnit(unitId, keep),
  );
  if (!loaded) return;
  data = loaded;
  renderRows();
  if (keep && selectedRow()) selectTarget(keep, true);
}

function valueText(row: TargetRow, value: number | null, withMeasure = false): string {
  if (value === null) return message(lang, 'none');
  return withMeasure ? formatWithMeasure(row, value, lang) : formatFigure(row, value, lang);
}

function renderRows(): void {
  if (!data) return;
  if (data.rows.length === 0) {
    replaceChildren(
      byId('rows'),
      h('p', { class: 'notice', text: message(lang, 'noRows', { sheet: lang === 'vi' ? 'Thi đua' : 'Emulation' }) }),
    );
    return;
  }
  const list = h(
    'ul',
    { class: 'row-list', attrs: { 'aria-label': message(lang, 'target') } },
    data.rows.map((row) =>
      rowButton(
        row.targetId,
        row.targetId === selectedId,
        () => selectTarget(row.targetId, false),
        [h('strong', { text: row.targetId }), ' ', row.name],
        [
          h('span', {
            text: `${message(lang, 'result')}: ${valueText(row, row.result)} / ${valueText(row, row.targetValue, true)}`,
          }),
          chip(row.ratingLabel, row.ratingColor),
        ],
      ),
    ),
  );
  arrowNavigation(list);
  replaceChildren(byId('rows'), list);
}

function selectTarget(targetId: string, keepFocus: boolean): void {
  selectedId = targetId;
  implausibleConfirmed = null;
  const row = selectedRow();
  if (!row) return;
  draft = draftFromTarget(row, lang);
  markSelected(targetId);
  renderEditor(row, draft);
  if (!keepFocus) byId('result').focus();
}

function renderEditor(row: TargetRow, d: ResultDraft): void {
  const result = h('input', {
    attrs: { type: 'text', name: 'result', inputmode: 'decimal', autocomplete: 'off', maxlength: '100' },
  });
  result.value = d.result;
  const note = h('textarea', { attrs: { name: 'note', rows: '3', maxlength: '2000' } });
  note.value = d.note;
  result.addEventListener('input', () => draft && (draft.result = result.value));
  note.addEventListener('input', () => draft && (draft.note = note.value));
  const fact = (term: string, value: string | Node): HTMLElement[] => [h('dt', { text: term }), h('dd', {}, [value])];
  const editor = h('form', { id: 'emulation-form', attrs: { novalidate: '' } }, [
    h('fieldset', {}, [
      h('legend', {}, [h('strong', { text: row.targetId }), ' ', row.name]),
      h('dl', { class: 'facts' }, [
        ...fact(message(lang, 'targetValue'), valueText(row, row.targetValue, true)),
        ...fact(message(lang, 'previousResult'), valueText(row, row.result, true)),
        ...fact(message(lang, 'rating'), chip(row.ratingLabel, row.ratingColor)),
        ...(row.dueDate ? fact(message(lang, 'dueDate'), formatDate(row.dueDate, lang)) : []),
      ]),
      field(
        'result',
        message(lang, 'result'),
        result,
        message(lang, isPercentTarget(row) ? 'resultHintPercent' : 'resultHint'),
      ),
      field('note', message(lang, 'note'), note),
      ...saveActions(lang, row),
      ...notReportedList(row),
    ]),
  ]);
  mountEditor(editor, submit);
}

/** For administrators: the units that have not reported the selected target yet. */
function notReportedList(row: TargetRow): HTMLElement[] {
  const units = data?.notReported?.[row.targetId.trim().toUpperCase()];
  if (!data?.notReported) return [];
  if (!units || units.length === 0)
    return [h('p', { class: 'small', id: 'not-reported', text: message(lang, 'allReported', { id: row.targetId }) })];
  return [
    h('details', { id: 'not-reported', class: 'small' }, [
      h('summary', { text: message(lang, 'notReportedUnits', { id: row.targetId, count: String(units.length) }) }),
      h(
        'ul',
        {},
        units.map((u) => h('li', { text: u.name ? `${u.id} – ${u.name}` : u.id })),
      ),
    ]),
  ];
}

async function submit(editor: HTMLFormElement): Promise<void> {
  const row = selectedRow();
  if (!data || !row || !draft) return;
  markInvalid(editor, undefined);
  const payload = payloadOf(data.unit.id, row, draft);
  const checked = clientCheck(lang, payload, { note: row.note }, isPercentTarget(row));
  if ('error' in checked) {
    markInvalid(editor, checked.error.field, checked.error.message);
    banner.show('error', checked.error.message);
    return;
  }
  if (!isDirty(row, draft, lang)) {
    banner.show('info', message(lang, 'noChange'), undefined, 4000);
    return;
  }
  const typed = `${row.targetId}:${draft.result.trim()}`;
  if (isImplausible(row, checked.value) && implausibleConfirmed !== typed) {
    const key = isPercentTarget(row) ? 'resultOverHundred' : 'resultOverTenfold';
    const values = { value: valueText(row, checked.value, true), target: valueText(row, row.targetValue, true) };
    askBeforeSaving(banner, lang, message(lang, key, values), editor, () => (implausibleConfirmed = typed));
    return;
  }
  savingNow(editor, banner, lang);
  try {
    const saved = await call('submitResult', payload);
    data.rows = data.rows.map((r) => (r.targetId === saved.row.targetId ? saved.row : r));
    const key = saved.row.targetId.trim().toUpperCase();
    const unitId = data.unit.id;
    if (data.notReported && saved.row.result !== null)
      data.notReported[key] = (data.notReported[key] ?? []).filter((u) => u.id !== unitId);
    renderRows();
    selectTarget(saved.row.targetId, true);
    banner.show('success', saved.message, undefined, 5000);
    focusRow(row.targetId);
  } catch (error) {
    saveFailed(editor, banner, lang, error, () => void loadUnit(data?.unit.id ?? '', row.targetId));
  }
}

void start();
