// The progress sidebar (Cập nhật tiến độ): pick a unit, see its milestones with deadline, status and
// standing in their colours, pick one, and save status, completion date, evidence and note.
import type { MilestoneRow, ProgressForm, UiLang, UnitMilestones } from '../../shared/api';
import { message } from '../../shared/messages';
import { STATUS, type Status } from '../../core/fixed-lists';
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
import { dateField } from '../lib/date-field';
import { theirsBox } from './theirs';
import {
  clientCheck,
  doneDependents,
  draftFromRow,
  isDirty,
  mergeDraft,
  openRequirements,
  payloadOf,
  savedByOther,
  statusColor,
  todoRows,
  withStatus,
  type ProgressDraft,
} from './state';

const STATUS_ORDER: Status[] = ['notStarted', 'inProgress', 'awaiting', 'done', 'notApplicable'];

let lang: UiLang = guessLang();
let form: ProgressForm | null = null;
let data: UnitMilestones | null = null;
let selectedId: string | null = null;
let draft: ProgressDraft | null = null;
let showAll = false;
/** The reopening the clerk confirmed (milestone and status), so the second Save goes through. */
let reopenConfirmed: string | null = null;

const { banner, start } = sidebarPage({
  title: 'progressTitle',
  load: () => call('progressForm'),
  onForm: (loaded) => {
    form = loaded;
    lang = loaded.lang;
  },
  onUnit: (unitId) => void loadUnit(unitId, null),
});

function selectedRow(): MilestoneRow | null {
  return data?.rows.find((r) => r.milestoneId === selectedId) ?? null;
}

/**
 * Loads the unit's rows, keeping `keep` selected. With `typed` (after a stale refusal) the clerk's draft stays
 * in the form and what the other person saved is shown beside it.
 */
async function loadUnit(
  unitId: string,
  keep: string | null,
  typed: { row: MilestoneRow; draft: ProgressDraft } | null = null,
): Promise<void> {
  data = null;
  selectedId = keep;
  draft = null;
  const loaded = await loadUnitRows(
    banner,
    lang,
    unitId,
    () => call('unitMilestones', unitId),
    () => void loadUnit(unitId, keep, typed),
  );
  if (!loaded) return;
  data = loaded;
  renderRows();
  const fresh = selectedRow();
  if (keep && fresh) selectMilestone(keep, true, typed ? mergeDraft(typed.row, typed.draft, fresh) : null);
  if (typed) banner.show('info', message(lang, 'draftKept'), undefined, 8000);
}

function renderRows(): void {
  const rowsBox = byId('rows');
  if (!data) return;
  if (data.rows.length === 0) {
    replaceChildren(
      rowsBox,
      h('p', { class: 'notice', text: message(lang, 'noRows', { sheet: lang === 'vi' ? 'Tiến độ' : 'Progress' }) }),
    );
    return;
  }
  const toggle = h('input', { attrs: { type: 'checkbox', name: 'showAll' } });
  toggle.checked = showAll;
  toggle.addEventListener('change', () => {
    showAll = toggle.checked;
    renderRows();
    byId<HTMLInputElement>('show-all').focus();
  });
  toggle.id = 'show-all';
  const shown = todoRows(data.rows, showAll);
  const switchRow = h('label', { class: 'switch', attrs: { for: 'show-all' } }, [toggle, message(lang, 'showAll')]);
  if (shown.length === 0) {
    replaceChildren(rowsBox, switchRow, h('p', { class: 'notice', text: message(lang, 'todoEmpty') }));
    return;
  }
  const list = h(
    'ul',
    { class: 'row-list', attrs: { 'aria-label': message(lang, 'milestone') } },
    shown.map((row) => {
      const status = STATUS[row.status ?? 'notStarted'][lang];
      const deadline = row.deadline ? formatDate(row.deadline, lang) : message(lang, 'none');
      return rowButton(
        row.milestoneId,
        row.milestoneId === selectedId,
        () => selectMilestone(row.milestoneId, false),
        [h('strong', { text: row.milestoneId }), ' ', row.task],
        [
          h('span', { text: `${message(lang, 'deadline')}: ${deadline}` }),
          statusColor(row.status)
            ? chip(status, statusColor(row.status))
            : h('span', { class: 'status', text: status }),
          chip(row.standingLabel, row.standingColor),
        ],
      );
    }),
  );
  arrowNavigation(list);
  replaceChildren(rowsBox, switchRow, list);
}

function selectMilestone(milestoneId: string, keepFocus: boolean, typed: ProgressDraft | null = null): void {
  selectedId = milestoneId;
  reopenConfirmed = null;
  const row = selectedRow();
  if (!row) return;
  draft = typed ? { ...typed } : draftFromRow(row);
  markSelected(milestoneId);
  renderEditor(row, draft, typed ? savedByOther(row, typed) : {});
  if (!keepFocus) byId('status').focus();
}

function renderEditor(row: MilestoneRow, d: ProgressDraft, theirs: Partial<Record<keyof ProgressDraft, string>>): void {
  if (!form) return;
  const today = form.today;
  const status = h(
    'select',
    { attrs: { name: 'status' } },
    STATUS_ORDER.map((key) => h('option', { attrs: { value: key }, text: STATUS[key][lang] })),
  );
  status.value = d.status;
  const completedOn = dateField(lang, 'completedOn', today, () => {
    const iso = completedOn.value();
    if (draft) draft.completedOn = iso ?? '';
  });
  completedOn.set(d.completedOn);
  const evidence = h('input', {
    attrs: { type: 'text', name: 'evidence', inputmode: 'url', maxlength: '1000', autocomplete: 'off' },
  });
  evidence.value = d.evidence;
  const note = h('textarea', { attrs: { name: 'note', rows: '3', maxlength: '2000' } });
  note.value = d.note;
  const requiresBox = h('div', { class: 'requires' });
  const completedField = field(
    'completedOn',
    message(lang, 'completedOn'),
    completedOn.input,
    message(lang, 'dateHint'),
  );
  completedOn.input.replaceWith(completedOn.element);
  completedOn.element.prepend(completedOn.input);

  const syncDate = (): void => {
    const done = draft?.status === 'done';
    completedOn.setDisabled(!done);
    completedOn.input.dataset.locked = String(!done);
    completedOn.set(draft?.completedOn ?? '');
    completedField.hidden = !done;
    renderRequires(requiresBox, row, draft?.status === 'done');
  };
  status.addEventListener('change', () => {
    if (!draft) return;
    draft = withStatus(draft, status.value as Status, today);
    syncDate();
  });
  evidence.addEventListener('input', () => draft && (draft.evidence = evidence.value));
  note.addEventListener('input', () => draft && (draft.note = note.value));

  const deadline = row.deadline ? formatDate(row.deadline, lang) : message(lang, 'none');
  const editor = h('form', { id: 'progress-form', attrs: { novalidate: '' } }, [
    h('fieldset', {}, [
      h('legend', {}, [h('strong', { text: row.milestoneId }), ' ', row.task]),
      h('p', { class: 'row-meta' }, [
        h('span', { text: `${message(lang, 'deadline')}: ${deadline}` }),
        chip(row.standingLabel, row.standingColor),
      ]),
      theirsBox(lang, row, theirs),
      requiresBox,
      field('status', message(lang, 'status'), status),
      completedField,
      field('evidence', message(lang, 'evidence'), evidence),
      field('note', message(lang, 'note'), note),
      ...saveActions(lang, row),
    ]),
  ]);
  mountEditor(editor, submit);
  syncDate();
}

function renderRequires(box: HTMLElement, row: MilestoneRow, warn: boolean): void {
  if (row.requires.length === 0) {
    replaceChildren(box);
    return;
  }
  const open = openRequirements(row);
  replaceChildren(
    box,
    h('span', { class: 'muted', text: `${message(lang, 'requires')}: ` }),
    ...row.requires.map((r) =>
      h('span', {
        class: r.done ? 'req req-done' : 'req req-open',
        title: r.task,
        text: `${r.done ? '✓' : '○'} ${r.milestoneId}`,
      }),
    ),
  );
  box.classList.toggle('requires-warning', warn && open.length > 0);
}

async function submit(editor: HTMLFormElement): Promise<void> {
  const row = selectedRow();
  if (!form || !data || !row || !draft) return;
  markInvalid(editor, undefined);
  const typedDate = byId<HTMLInputElement>('completedOn');
  if (draft.status === 'done' && typedDate.value.trim() && draft.completedOn === '') {
    const problem = message(lang, 'dateTyped', { label: message(lang, 'completedOn'), value: typedDate.value.trim() });
    markInvalid(editor, 'completedOn', problem);
    banner.show('error', problem);
    return;
  }
  const payload = payloadOf(data.unit.id, row, draft);
  const problem = clientCheck(lang, payload, form.today, { evidence: row.evidence, note: row.note });
  if (problem) {
    markInvalid(editor, problem.field, problem.message);
    banner.show('error', problem.message);
    return;
  }
  if (!isDirty(row, draft)) {
    banner.show('info', message(lang, 'noChange'), undefined, 4000);
    return;
  }
  const dependents = doneDependents(data.rows, row, draft);
  const reopening = `${row.milestoneId}:${draft.status}`;
  if (dependents.length && reopenConfirmed !== reopening) {
    const list = dependents.map((r) => `${r.milestoneId} (${r.task})`).join(', ');
    const ask = message(lang, 'reopenConfirm', { id: row.milestoneId, list });
    askBeforeSaving(banner, lang, ask, editor, () => (reopenConfirmed = reopening));
    return;
  }
  savingNow(editor, banner, lang);
  try {
    const saved = await call('submitProgress', payload);
    const unitId = data.unit.id;
    if (saved.deadlinesMoved > 0) {
      await loadUnit(unitId, row.milestoneId);
    } else {
      data.rows = data.rows.map((r) => (r.milestoneId === saved.row.milestoneId ? saved.row : r));
      renderRows();
      selectMilestone(saved.row.milestoneId, true);
    }
    banner.show('success', saved.message, undefined, 5000);
    focusRow(row.milestoneId);
  } catch (error) {
    const typedDraft = draft ? { row, draft: { ...draft } } : null;
    saveFailed(editor, banner, lang, error, () => void loadUnit(data?.unit.id ?? '', row.milestoneId, typedDraft));
  }
}

void start();
