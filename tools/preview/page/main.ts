// The preview page: the workbook as sheet tabs, the add-on's menu, the sidebar in a side panel, cell
// editing, toasts and alerts. Every value from the workbook is put into the DOM as text (textContent,
// option.text), never as markup.
import type {
  AlertView,
  EditOutcome,
  GridView,
  MenuEntry,
  MenuOutcome,
  SidebarView,
  ToastView,
  UserChoice,
  Context,
  AddonMenu,
  MailView,
} from '../backend';
import { renderMailbox, wireMailbox } from './mailbox';
import { createGoogleScript, type Wire } from './bridge';
import { t, type Word } from './i18n';
import { fetchExactText, mountSidebar } from './sidebar-frame';
import { placeCharts } from './charts';

interface State {
  context: Context;
  users: UserChoice[];
  sheets: string[];
  active: string | null;
  grid: GridView | null;
  menu: AddonMenu | null;
  toasts: ToastView[];
  sidebar: SidebarView | null;
  endpoints: string[];
  mail?: MailView[];
}

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};

let current: State | null = null;
let activeSheet: string | null = sessionStorage.getItem('preview.sheet');
let selected = { row: 0, col: 0 };
let shownSidebarSerial = -1;
let lastToastId = Number(sessionStorage.getItem('preview.toast') ?? '-1');
let busyCount = 0;

function locale(): string {
  return current?.context.locale ?? 'vi';
}

function say(word: Word, vars?: Record<string, string | number>): string {
  return t(word, locale(), vars);
}

function setBusy(delta: number): void {
  busyCount += delta;
  const busy = $('busy');
  busy.hidden = busyCount <= 0;
  busy.textContent = say('working');
  document.body.dataset['busy'] = busyCount > 0 ? 'true' : 'false';
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  setBusy(1);
  try {
    const response = await fetch(
      path,
      body === undefined
        ? { cache: 'no-store' }
        : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    );
    const json = (await response.json()) as T & { error?: unknown };
    if (!response.ok) throw new Error(typeof json.error === 'string' ? json.error : `HTTP ${response.status}`);
    return json;
  } finally {
    setBusy(-1);
  }
}

// ---------------------------------------------------------------- column letters and cells

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

function cellAt(row: number, col: number): HTMLTableCellElement | null {
  return document.querySelector<HTMLTableCellElement>(`#grid td[data-a1="${a1(row, col)}"]`);
}

// ---------------------------------------------------------------- rendering

const ROW_HEAD_WIDTH = 46;
const NUMBER_TEXT = /^[-+(]?[\d.,\s]+%?\)?$/;

/**
 * Text runs on into the empty cells to its right, as in Sheets, up to the next cell that has a value: the text
 * goes in a span as wide as that room (the cell keeps the same textContent).
 */
function overflowText(td: HTMLTableCellElement, values: string[], c: number, widths: number[]): void {
  const text = values[c] ?? '';
  if (!text || (NUMBER_TEXT.test(text) && /\d/.test(text)) || values[c + 1]) return;
  let room = widths[c] ?? 100;
  for (let next = c + 1; next < widths.length && !values[next]; next++) room += widths[next] ?? 100;
  const span = document.createElement('span');
  span.className = 'overflow';
  span.style.maxWidth = `${room - 8}px`;
  span.textContent = text;
  td.replaceChildren(span);
  td.classList.add('overflows');
}

function renderGrid(grid: GridView | null): void {
  const table = $('grid') as HTMLTableElement;
  table.replaceChildren();
  const note = $('grid-note');
  placeCharts($('grid-scroll'), [], a1);
  if (!grid) {
    note.hidden = true;
    return;
  }
  table.dataset['sheet'] = grid.sheet;
  const cols = Math.max(grid.cols, 1);
  const colgroup = document.createElement('colgroup');
  const rowHead = document.createElement('col');
  rowHead.style.width = `${ROW_HEAD_WIDTH}px`;
  // A fixed layout needs the table's width: the columns then keep their widths whatever the text.
  const widths = Array.from({ length: cols }, (_, c) => grid.columnWidths[c] ?? 100);
  table.style.width = `${widths.reduce((a, b) => a + b, ROW_HEAD_WIDTH)}px`;
  colgroup.append(rowHead);
  for (let c = 0; c < cols; c++) {
    const col = document.createElement('col');
    col.style.width = `${widths[c] ?? 100}px`;
    colgroup.append(col);
  }
  table.append(colgroup);

  const thead = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'corner';
  headRow.append(corner);
  for (let c = 0; c < cols; c++) {
    const th = document.createElement('th');
    th.textContent = columnLetter(c);
    headRow.append(th);
  }
  thead.append(headRow);
  table.append(thead);

  const tbody = document.createElement('tbody');
  grid.display.forEach((values, r) => {
    const tr = document.createElement('tr');
    if (r < grid.frozenRows) {
      tr.classList.add('frozen');
      if (r === grid.frozenRows - 1) tr.classList.add('frozen-last');
    }
    const th = document.createElement('th');
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < cols; c++) {
      const td = document.createElement('td');
      const text = values[c] ?? '';
      td.textContent = text;
      if (grid.wrap?.[r]?.[c]) td.classList.add('wrap');
      else overflowText(td, values, c, widths);
      td.dataset['a1'] = a1(r, c);
      td.dataset['row'] = String(r);
      td.dataset['col'] = String(c);
      const bg = grid.backgrounds[r]?.[c];
      if (bg) td.style.background = bg;
      if (grid.bold[r]?.[c]) td.classList.add('bold');
      const mark = grid.protection?.[r]?.[c];
      if (mark) {
        td.classList.add('protected');
        td.dataset['protection'] = mark;
        td.title = say(
          mark === 'warning' ? 'protectedWarning' : mark === 'allowed' ? 'protectedAllowed' : 'protectedRefused',
        );
      }
      if (NUMBER_TEXT.test(text) && /\d/.test(text)) td.classList.add('num');
      tr.append(td);
    }
    tbody.append(tr);
  });
  table.append(tbody);
  // Frozen rows stick below the column letters and the frozen rows above them, measured once laid out.
  let top = thead.getBoundingClientRect().height;
  for (const tr of Array.from(tbody.querySelectorAll<HTMLTableRowElement>('tr.frozen'))) {
    for (const cell of Array.from(tr.children) as HTMLElement[]) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  placeCharts($('grid-scroll'), grid.charts ?? [], a1);

  note.hidden = !grid.truncated;
  note.textContent = grid.truncated ? say('moreRows', { shown: grid.display.length, total: grid.rows }) : '';
  select(Math.min(selected.row, Math.max(grid.display.length - 1, 0)), Math.min(selected.col, cols - 1), false);
}

function renderTabs(state: State): void {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const name of state.sheets) {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'tab');
    button.dataset['sheet'] = name;
    button.textContent = name;
    button.setAttribute('aria-selected', String(name === state.active));
    button.addEventListener('click', () => {
      if (name === activeSheet) return;
      activeSheet = name;
      sessionStorage.setItem('preview.sheet', name);
      selected = { row: 0, col: 0 };
      void refresh().then(() => {
        const scroller = $('grid-scroll');
        scroller.scrollTop = 0;
        scroller.scrollLeft = 0;
      });
    });
    tabs.append(button);
  }
}

function menuItems(container: HTMLElement, items: MenuEntry[]): void {
  for (const item of items) {
    if (item.items) {
      const title = document.createElement('div');
      title.className = 'submenu-title';
      title.textContent = `${item.caption ?? ''} ›`;
      container.append(title);
      menuItems(container, item.items);
    } else if (!item.caption) {
      container.append(document.createElement('hr'));
    } else {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'menuitem');
      button.dataset['fn'] = item.fn ?? '';
      button.textContent = item.caption;
      button.addEventListener('click', () => {
        closeMenu();
        if (item.fn) void runMenu(item.fn, []);
      });
      container.append(button);
    }
  }
}

function renderMenu(menu: AddonMenu | null): void {
  const container = $('addon-menu');
  container.replaceChildren();
  const heading = document.createElement('div');
  heading.className = 'menu-heading';
  heading.textContent = menu?.title ?? say('noMenu');
  container.append(heading);
  if (menu) menuItems(container, menu.items);
  $('addon-menu-button').textContent = say('extensions');
}

function closeMenu(): void {
  $('addon-menu').hidden = true;
  $('addon-menu-button').setAttribute('aria-expanded', 'false');
}

function renderToolbar(state: State): void {
  ($('today') as HTMLInputElement).value = state.context.today;
  const userSelect = $('user') as HTMLSelectElement;
  userSelect.replaceChildren();
  const users = state.users.some((u) => u.email === state.context.email)
    ? state.users
    : [...state.users, { email: state.context.email, role: '' }];
  for (const user of users) {
    const option = document.createElement('option');
    option.value = user.email;
    option.text = user.role ? `${user.email} — ${user.role}` : user.email || '(—)';
    userSelect.append(option);
  }
  userSelect.value = state.context.email;
  ($('locale') as HTMLSelectElement).value = state.context.locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
  document.documentElement.lang = ($('locale') as HTMLSelectElement).value;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]')))
    el.textContent = say(el.dataset['i18n'] as Word);
  $('preview-badge').textContent = say('preview');
  $('doc-title').textContent = state.menu?.title ?? 'Congress tracker';
}

function showToasts(toasts: ToastView[]): void {
  for (const toast of toasts) {
    if (toast.id <= lastToastId) continue;
    lastToastId = toast.id;
    sessionStorage.setItem('preview.toast', String(lastToastId));
    renderToast(toast);
  }
}

function renderToast(toast: Omit<ToastView, 'id'>): void {
  const el = document.createElement('div');
  el.className = 'toast';
  el.setAttribute('role', 'status');
  if (toast.title) {
    const title = document.createElement('strong');
    title.textContent = toast.title;
    el.append(title);
  }
  el.append(document.createTextNode(toast.message));
  const close = document.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', say('close'));
  close.textContent = '×';
  close.addEventListener('click', () => el.remove());
  el.append(close);
  $('toasts').append(el);
  // Google: a negative timeout stays until closed; the default is 5 seconds.
  const seconds = toast.timeoutSeconds < 0 ? 0 : toast.timeoutSeconds || 5;
  if (seconds > 0) setTimeout(() => el.remove(), seconds * 1000);
}

// ---------------------------------------------------------------- dialogs

const BUTTONS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['CANCEL', 'OK'],
  YES_NO: ['NO', 'YES'],
  YES_NO_CANCEL: ['CANCEL', 'NO', 'YES'],
};

/** Shows an alert like Google's dialog and resolves with the button pressed ('CLOSE' on Escape). */
function ask(alert: Pick<AlertView, 'title' | 'prompt' | 'buttons'>): Promise<string> {
  const dialog = $('alert-dialog') as HTMLDialogElement;
  $('alert-title').textContent = alert.title;
  $('alert-prompt').textContent = alert.prompt;
  const row = $('alert-buttons');
  row.replaceChildren();
  const names = BUTTONS[alert.buttons] ?? ['OK'];
  return new Promise((resolve) => {
    names.forEach((name, i) => {
      const button = document.createElement('button');
      button.value = name;
      button.dataset['answer'] = name;
      button.textContent = name in { OK: 1, YES: 1, NO: 1, CANCEL: 1 } ? say(name as Word) : name;
      if (i === names.length - 1) button.className = 'primary';
      row.append(button);
    });
    dialog.addEventListener('close', () => resolve(dialog.returnValue || 'CLOSE'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    (row.lastElementChild as HTMLButtonElement | null)?.focus();
  });
}

async function showProblem(message: string): Promise<void> {
  await ask({ title: say('problem'), prompt: message, buttons: 'OK' });
}

// ---------------------------------------------------------------- sidebar

const googleScript = (): ReturnType<typeof createGoogleScript> =>
  createGoogleScript({
    endpoints: current?.endpoints ?? [],
    transport: async (fn, args) => {
      const wire = await api<Wire>('/api/run', { fn, args });
      scheduleRefresh();
      return wire;
    },
    close: () => void closeSidebar(),
    unhandled: (error) => console.error(error),
  });

async function showSidebar(sidebar: SidebarView | null): Promise<void> {
  const panel = $('sidebar-panel');
  if (!sidebar) {
    panel.hidden = true;
    shownSidebarSerial = -1;
    return;
  }
  if (sidebar.serial === shownSidebarSerial) return;
  shownSidebarSerial = sidebar.serial;
  $('sidebar-title').textContent = sidebar.title;
  panel.hidden = false;
  const url = sidebar.name ? `/sidebar/${encodeURIComponent(sidebar.name)}` : '/sidebar/current';
  const html = await fetchExactText(url);
  mountSidebar($('sidebar-frame') as HTMLIFrameElement, html, googleScript());
  document.body.dataset['sidebar'] = sidebar.name ?? 'current';
}

async function closeSidebar(): Promise<void> {
  await api('/api/sidebar/close', {});
  $('sidebar-panel').hidden = true;
  shownSidebarSerial = -1;
  delete document.body.dataset['sidebar'];
}

// ---------------------------------------------------------------- actions

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleRefresh(): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refresh(), 30);
}

async function refresh(): Promise<void> {
  const query = activeSheet ? `?sheet=${encodeURIComponent(activeSheet)}` : '';
  const state = await api<State>(`/api/state${query}`);
  current = state;
  activeSheet = state.active;
  renderToolbar(state);
  renderMenu(state.menu);
  renderTabs(state);
  renderGrid(state.grid);
  showToasts(state.toasts);
  renderMailbox(state.mail ?? []);
  await showSidebar(state.sidebar);
  document.body.dataset['ready'] = 'true';
}

async function runMenu(fn: string, answers: string[]): Promise<void> {
  const outcome = await api<MenuOutcome>('/api/menu', { fn, answers });
  if (outcome.question) {
    const answer = await ask(outcome.question);
    await runMenu(fn, [...answers, answer]);
    return;
  }
  await refresh();
  // Alerts with a choice were asked before the run was kept (outcome.question); plain messages show now.
  for (const alert of outcome.alerts) if (alert.buttons === 'OK') await ask(alert);
  if (!outcome.ok && outcome.error) await showProblem(outcome.error);
}

// ---------------------------------------------------------------- selection and editing

function select(row: number, col: number, scroll = true): void {
  document.querySelector('#grid td.selected')?.classList.remove('selected');
  selected = { row: Math.max(row, 0), col: Math.max(col, 0) };
  const cell = cellAt(selected.row, selected.col);
  $('cell-ref').textContent = a1(selected.row, selected.col);
  $('cell-value').textContent = cell?.textContent ?? '';
  if (!cell) return;
  cell.classList.add('selected');
  if (scroll) cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function startEditing(initial?: string): void {
  const cell = cellAt(selected.row, selected.col);
  if (!cell || cell.classList.contains('editing') || !current?.active) return;
  const sheet = current.active;
  const ref = a1(selected.row, selected.col);
  const original = cell.textContent ?? '';
  const input = document.createElement('input');
  input.type = 'text';
  input.value = initial ?? original;
  input.setAttribute('aria-label', ref);
  cell.classList.add('editing');
  cell.replaceChildren(input);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  let done = false;
  const finish = async (commit: boolean, move: number): Promise<void> => {
    if (done) return;
    done = true;
    cell.classList.remove('editing');
    cell.textContent = commit ? input.value : original;
    $('grid-scroll').focus();
    // A warning-only protection: Sheets asks first, and Cancel leaves the cell as it was.
    let confirmed = commit;
    if (commit && cell.dataset['protection'] === 'warning' && input.value !== original) {
      const answer = await ask({
        title: say('headsUp'),
        prompt: current?.grid?.protectionWarning ?? '',
        buttons: 'OK_CANCEL',
      });
      if (answer !== 'OK') {
        cell.textContent = original;
        confirmed = false;
      }
    }
    if (confirmed) {
      const outcome = await api<EditOutcome>('/api/edit', { sheet, a1: ref, value: input.value });
      await refresh();
      if (!outcome.ok) await showProblem(outcome.rejected ?? ref);
      else if (outcome.triggerErrors?.length) await showProblem(outcome.triggerErrors.join('\n'));
    }
    if (move) select(selected.row + move, selected.col);
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void finish(true, 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void finish(false, 0);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void finish(true, 0).then(() => select(selected.row, selected.col + 1));
    }
    event.stopPropagation();
  });
  input.addEventListener('blur', () => void finish(true, 0));
}

function wireGrid(): void {
  const scroller = $('grid-scroll');
  const table = $('grid');
  table.addEventListener('mousedown', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (!td || td.classList.contains('editing')) return;
    select(Number(td.dataset['row']), Number(td.dataset['col']), false);
    scroller.focus();
  });
  table.addEventListener('dblclick', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (!td) return;
    select(Number(td.dataset['row']), Number(td.dataset['col']), false);
    startEditing();
  });
  scroller.addEventListener('keydown', (event) => {
    if ((event.target as HTMLElement).tagName === 'INPUT') return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const maxRow = (current?.grid?.display.length ?? 1) - 1;
      const maxCol = (current?.grid?.cols ?? 1) - 1;
      select(
        Math.min(Math.max(selected.row + move[0], 0), maxRow),
        Math.min(Math.max(selected.col + move[1], 0), maxCol),
      );
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(event.key);
    }
  });
}

// ---------------------------------------------------------------- toolbar

function wireToolbar(): void {
  const menuButton = $('addon-menu-button');
  menuButton.addEventListener('click', () => {
    const menu = $('addon-menu');
    menu.hidden = !menu.hidden;
    menuButton.setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) menu.querySelector<HTMLButtonElement>('button')?.focus();
  });
  document.addEventListener('mousedown', (event) => {
    if (!(event.target as HTMLElement).closest('.menu-root')) closeMenu();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeMenu();
  });
  $('today').addEventListener('change', () => {
    const value = ($('today') as HTMLInputElement).value;
    if (value) void api('/api/context', { today: value }).then(refresh);
  });
  $('user').addEventListener('change', () => {
    void api('/api/context', { user: ($('user') as HTMLSelectElement).value }).then(refresh);
  });
  $('locale').addEventListener('change', () => {
    void api('/api/context', { locale: ($('locale') as HTMLSelectElement).value }).then(refresh);
  });
  $('save').addEventListener('click', () => {
    void api<{ path: string }>('/api/save', {}).then(
      (r) => {
        renderToast({ title: '', message: `${say('saved')} ${r.path}`, timeoutSeconds: 5 });
      },
      (e: unknown) => showProblem(e instanceof Error ? e.message : String(e)),
    );
  });
  $('sidebar-close').addEventListener('click', () => void closeSidebar());
}

wireToolbar();
wireGrid();
wireMailbox();
refresh().catch((e: unknown) => showProblem(e instanceof Error ? e.message : String(e)));
