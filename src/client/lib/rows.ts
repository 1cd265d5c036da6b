// What both sidebars build around their rows: the start-up (the page's banner, the form loaded, the unit
// picker), the list of row buttons, the editor's frame (Save, last update, Ctrl+Enter), and a failed Save
// shown with Reload or Try again.
import type { UiLang } from '../../shared/api';
import { message } from '../../shared/messages';
import { byId, h, replaceChildren, type Child } from './dom';
import { formatDateTime } from './format';
import { guessLang, showFailure, submitOnCtrlEnter } from './kit';
import { ServerError } from './server';
import { openSidebar, type SidebarForm } from './sidebar';
import { Banner, markInvalid, setBusy } from './ui';

export interface SidebarStart<F extends SidebarForm> {
  title: 'progressTitle' | 'emulationTitle';
  load: () => Promise<F>;
  onForm: (form: F) => void;
  onUnit: (unitId: string) => void;
}

/** The page's app and banner, and `start` to load the form and lay out the sidebar (again on Try again). */
export function sidebarPage<F extends SidebarForm>(
  options: SidebarStart<F>,
): { app: HTMLElement; banner: Banner; start: () => Promise<void> } {
  const app = byId('app');
  const banner = new Banner(byId('banner'));
  let lang: UiLang = guessLang();
  const start = (): Promise<void> =>
    openSidebar({
      app,
      banner,
      lang,
      title: options.title,
      load: options.load,
      onForm: (form) => {
        lang = form.lang;
        options.onForm(form);
      },
      onUnit: options.onUnit,
      retry: () => void start(),
    });
  return { app, banner, start };
}

/** One row of the list: a button with the row's title and its facts, pressed while it is the one selected. */
export function rowButton(
  id: string,
  selected: boolean,
  onClick: () => void,
  title: Child[],
  meta: Child[],
): HTMLElement {
  return h('li', {}, [
    h(
      'button',
      {
        class: 'row-button',
        attrs: { type: 'button', 'aria-pressed': String(selected), 'data-id': id },
        on: { click: onClick },
      },
      [h('span', { class: 'row-title' }, title), h('span', { class: 'row-meta' }, meta)],
    ),
  ]);
}

/** Marks the row button of `id` as the one selected. */
export function markSelected(id: string): void {
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('.row-button')))
    button.setAttribute('aria-pressed', String(button.dataset.id === id));
}

/** Focuses the row button of `id` (after a save redraws the list). */
export function focusRow(id: string): void {
  document.querySelector<HTMLButtonElement>(`.row-button[data-id="${CSS.escape(id)}"]`)?.focus();
}

/** "Cập nhật lần cuối: …" or "Chưa có cập nhật". */
export function lastUpdate(lang: UiLang, row: { updatedBy: string; updatedAt: string }): string {
  return row.updatedAt
    ? message(lang, 'lastUpdate', {
        by: row.updatedBy || message(lang, 'unknownUser'),
        at: formatDateTime(row.updatedAt, lang),
      })
    : message(lang, 'neverUpdated');
}

/** The Save button and the row's last update, closing the editor's fields. */
export function saveActions(lang: UiLang, row: { updatedBy: string; updatedAt: string }): HTMLElement[] {
  return [
    h('div', { class: 'actions' }, [
      h('button', { class: 'primary', attrs: { type: 'submit' }, text: message(lang, 'submit') }),
    ]),
    h('p', { class: 'muted small', text: lastUpdate(lang, row) }),
  ];
}

/** Puts the editor in place: Save (or Ctrl+Enter in a text area) runs `submit`. */
export function mountEditor(editor: HTMLFormElement, submit: (editor: HTMLFormElement) => Promise<void>): void {
  editor.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(editor);
  });
  submitOnCtrlEnter(editor);
  replaceChildren(byId('editor'), editor);
}

/** Asks in the banner before saving; "Vẫn lưu" records the answer (`confirm`) and submits again. */
export function askBeforeSaving(
  banner: Banner,
  lang: UiLang,
  text: string,
  editor: HTMLFormElement,
  confirm: () => void,
): void {
  banner.show('info', text, {
    label: message(lang, 'saveAnyway'),
    run: () => {
      confirm();
      editor.requestSubmit();
    },
  });
}

/** The form busy and the banner saying so while a Save runs. */
export function savingNow(editor: HTMLFormElement, banner: Banner, lang: UiLang): void {
  setBusy(editor, true, message(lang, 'saving'));
  banner.show('info', message(lang, 'saving'));
}

/** A failed Save: the form usable again, the banner offering Reload or Try again, the field at fault marked. */
export function saveFailed(
  editor: HTMLFormElement,
  banner: Banner,
  lang: UiLang,
  error: unknown,
  reload: () => void,
): void {
  setBusy(editor, false, message(lang, 'submit'));
  const failure = showFailure(banner, lang, error, { reload, retry: () => editor.requestSubmit() });
  if (failure instanceof ServerError && failure.code === 'invalid' && failure.field)
    markInvalid(editor, failure.field, failure.message);
}
