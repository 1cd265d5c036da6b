// The frame both sidebars share: loading the form with the user's units, the heading, who is signed in, the
// unit picker (or why there is none), and loading one unit's rows without mixing up two quick picks.
import type { FormUser, UiLang, UnitOption } from '../../shared/api';
import { message } from '../../shared/messages';
import { byId, h, replaceChildren } from './dom';
import { field, renderWho, showFailure, unitSelect } from './kit';
import { SEARCH_FROM, searchUnits } from './unit-search';
import type { Banner } from './ui';

export interface SidebarForm {
  lang: UiLang;
  user: FormUser;
  units: UnitOption[];
  notice?: string;
}

export interface SidebarFrame<F> {
  app: HTMLElement;
  banner: Banner;
  /** The language to show "Loading…" in. */
  lang: UiLang;
  title: 'progressTitle' | 'emulationTitle';
  load: () => Promise<F>;
  /** The form arrived (before the unit picker calls onUnit for a single unit). */
  onForm: (form: F) => void;
  onUnit: (unitId: string) => void;
  retry: () => void;
}

/** Loads the form and lays out the sidebar; a user with one unit gets it picked. */
export async function openSidebar<F extends SidebarForm>(frame: SidebarFrame<F>): Promise<void> {
  const { app, banner } = frame;
  document.documentElement.lang = frame.lang;
  banner.show('info', message(frame.lang, 'loading'));
  let form: F;
  try {
    form = await frame.load();
  } catch (error) {
    showFailure(banner, frame.lang, error, { retry: frame.retry });
    return;
  }
  const lang = form.lang;
  frame.onForm(form);
  document.documentElement.lang = lang;
  banner.hide();
  const who = h('p', { class: 'muted who' });
  renderWho(who, lang, form.user);
  // Sheets shows the sidebar's title above it: the page repeats it only as the document title.
  document.title = message(lang, frame.title);
  if (form.units.length === 0) {
    replaceChildren(app, who, h('p', { class: 'notice', text: form.notice ?? message(lang, 'noUnits') }));
    return;
  }
  const select = unitSelect(lang, form.units, frame.onUnit);
  const search = form.units.length >= SEARCH_FROM ? unitSearch(lang, form.units, select) : null;
  replaceChildren(
    app,
    who,
    search,
    field('unit', message(lang, 'unit'), select),
    h('div', { id: 'rows', class: 'rows' }),
    h('div', { id: 'editor' }),
  );
  if (form.units.length === 1 && form.units[0]) {
    select.value = form.units[0].id;
    frame.onUnit(form.units[0].id);
  } else {
    select.focus();
  }
}

/** A search box above the unit picker: typing narrows the picker's options to the units that match. */
function unitSearch(lang: UiLang, units: UnitOption[], select: HTMLSelectElement): HTMLDivElement {
  const input = h('input', {
    attrs: { type: 'search', name: 'unitSearch', autocomplete: 'off', placeholder: message(lang, 'searchUnit') },
  });
  const status = h('div', { class: 'hint', attrs: { role: 'status' } });
  input.addEventListener('input', () => {
    const found = searchUnits(units, input.value);
    const keep = select.value;
    replaceChildren(
      select,
      h('option', { attrs: { value: '' }, text: message(lang, 'chooseUnit') }),
      ...found.map((u) => h('option', { attrs: { value: u.id }, text: `${u.name} (${u.id})` })),
    );
    select.value = found.some((u) => u.id === keep) ? keep : '';
    status.textContent = input.value.trim() ? message(lang, 'unitMatches', { count: found.length }) : '';
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = searchUnits(units, input.value)[0];
    if (first && select.value !== first.id) {
      select.value = first.id;
      select.dispatchEvent(new Event('change'));
    }
  });
  const box = field('unitSearch', message(lang, 'searchUnit'), input);
  box.appendChild(status);
  return box;
}

/**
 * Loads one unit's rows: the editor cleared, "Loading…" in the list. Null when there is nothing to show: no
 * unit, a failure (the banner offers `retry`), or another unit picked meanwhile.
 */
export async function loadUnitRows<T>(
  banner: Banner,
  lang: UiLang,
  unitId: string,
  load: () => Promise<T>,
  retry: () => void,
): Promise<T | null> {
  replaceChildren(byId('editor'));
  if (!unitId) {
    replaceChildren(byId('rows'));
    return null;
  }
  replaceChildren(byId('rows'), h('p', { class: 'muted', attrs: { role: 'status' }, text: message(lang, 'loading') }));
  try {
    const loaded = await load();
    if (byId<HTMLSelectElement>('unit').value !== unitId) return null; // another unit was picked meanwhile
    banner.hide();
    return loaded;
  } catch (error) {
    replaceChildren(byId('rows'));
    showFailure(banner, lang, error, { retry });
    return null;
  }
}
