// Building blocks both sidebars share: a labelled field with its error line, the status chip, the
// header with who is signed in, error display for a failed call, and a language guess before the server answers.
import type { FormUser, UiLang, UnitOption } from '../../shared/api';
import { message } from '../../shared/messages';
import { h, replaceChildren } from './dom';
import { ServerError } from './server';
import type { Banner, BannerAction } from './ui';

/** The language to show "Loading…" in before the server says the user's locale. */
export function guessLang(): UiLang {
  return /^en/i.test(typeof navigator === 'undefined' ? '' : navigator.language) ? 'en' : 'vi';
}

export function field(id: string, labelText: string, control: HTMLElement, hint?: string): HTMLDivElement {
  control.id = id;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  control.setAttribute('aria-describedby', [hint ? hintId : '', errorId].filter(Boolean).join(' '));
  return h('div', { class: 'field' }, [
    h('label', { attrs: { for: id }, text: labelText }),
    control,
    hint ? h('div', { id: hintId, class: 'hint', text: hint }) : null,
    h('div', { id: errorId, class: 'field-error', hidden: true, attrs: { role: 'alert' } }),
  ]);
}

export function chip(text: string, color: string | null): HTMLSpanElement {
  return h('span', { class: color ? 'chip' : 'chip chip-plain', text, style: color ? { backgroundColor: color } : {} });
}

/** Who is signed in; the email is kept whole on one line (cut with … and shown in full on hover). */
export function renderWho(element: HTMLElement, lang: UiLang, user: FormUser): void {
  const email = user.email || message(lang, 'unknownUser');
  const [before, after = ''] = message(lang, 'signedInAs', { email: '\u0000' }).split('\u0000');
  replaceChildren(
    element,
    before ?? '',
    h('span', { class: 'email', text: email, attrs: { title: email } }),
    after + (user.isAdmin ? ` (${message(lang, 'administrator')})` : ''),
  );
}

export function unitSelect(lang: UiLang, units: UnitOption[], onChange: (unitId: string) => void): HTMLSelectElement {
  const select = h('select', { attrs: { name: 'unitId' }, on: { change: () => onChange(select.value) } }, [
    h('option', { attrs: { value: '' }, text: message(lang, 'chooseUnit') }),
    ...units.map((u) => h('option', { attrs: { value: u.id }, text: `${u.name} (${u.id})` })),
  ]);
  return select;
}

/** Shows a failed call in the banner; a stale row offers Reload, anything else offers the given retry. */
export function showFailure(
  banner: Banner,
  lang: UiLang,
  error: unknown,
  actions: { reload?: () => void; retry?: () => void },
): ServerError {
  const failure = error instanceof ServerError ? error : new ServerError({ code: 'internal', message: String(error) });
  let action: BannerAction | undefined;
  if (failure.code === 'stale' && actions.reload) action = { label: message(lang, 'reload'), run: actions.reload };
  else if ((failure.code === 'busy' || failure.code === 'internal') && actions.retry) {
    action = { label: message(lang, 'retry'), run: actions.retry };
  }
  banner.show('error', failure.message, action);
  return failure;
}

/** Arrow keys move between the buttons of a list (the list is one stop of the tab order per button). */
export function arrowNavigation(list: HTMLElement): void {
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(list.querySelectorAll<HTMLButtonElement>('button:not([disabled])'));
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      next.focus();
      event.preventDefault();
    }
  });
}

/** Ctrl/⌘+Enter in a text area submits its form (Enter alone submits from any single-line field). */
export function submitOnCtrlEnter(form: HTMLFormElement): void {
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}
