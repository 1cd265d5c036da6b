// Driving the preview page in Chromium: menus, tabs, grid cells, the sidebar frame.
import type { Frame, FrameLocator, Page } from 'playwright-core';

export interface GridRead {
  sheet: string;
  display: string[][];
  /** Lower-case #rrggbb, or null for white/transparent. */
  backgrounds: (string | null)[][];
}

/** Resolves when `check` returns a truthy value; retries until the timeout. */
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.body.dataset['ready'] === 'true' && document.body.dataset['busy'] !== 'true',
  );
}

/** Runs a menu item and answers its dialogs with their default (last, highlighted) button; returns their texts. */
export async function runMenu(page: Page, fn: string): Promise<string[]> {
  await idle(page);
  await page.click('#addon-menu-button');
  await page.click(`#addon-menu button[data-fn="${fn}"]`);
  return dismissDialogs(page);
}

export async function dismissDialogs(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    await idle(page);
    await page.waitForTimeout(50);
    if (!(await page.evaluate(() => (document.getElementById('alert-dialog') as HTMLDialogElement).open))) return seen;
    seen.push((await page.textContent('#alert-prompt')) ?? '');
    await page.click('#alert-buttons button.primary');
  }
}

export async function openTab(page: Page, sheet: string): Promise<void> {
  await idle(page);
  await page.click(`#tabs button[data-sheet="${sheet}"]`);
  await page.waitForFunction((name) => document.querySelector('#grid')?.getAttribute('data-sheet') === name, sheet);
  await idle(page);
}

export async function readGrid(page: Page): Promise<GridRead> {
  await idle(page);
  return page.evaluate(() => {
    const hex = (rgb: string): string | null => {
      const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(rgb);
      if (!m || m[4] === '0') return null;
      const out = '#' + [m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('');
      return out === '#ffffff' ? null : out;
    };
    const table = document.querySelector('#grid') as HTMLTableElement;
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    return {
      sheet: table.dataset['sheet'] ?? '',
      display: rows.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')),
      backgrounds: rows.map((tr) =>
        Array.from(tr.querySelectorAll('td')).map((td) => hex(getComputedStyle(td).backgroundColor)),
      ),
    };
  });
}

/** Index of the header row (the first row holding `header`) and the column of each header text. */
export function columns(grid: GridRead, header: string): { headerRow: number; col: (name: string) => number } {
  const headerRow = grid.display.findIndex((row) => row.includes(header));
  if (headerRow < 0) throw new Error(`no header "${header}" in ${grid.sheet}`);
  const names = grid.display[headerRow] ?? [];
  return {
    headerRow,
    col: (name: string) => {
      const c = names.indexOf(name);
      if (c < 0) throw new Error(`no column "${name}" in ${grid.sheet}: ${names.join(' | ')}`);
      return c;
    },
  };
}

export function a1(row: number, col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** Types into a cell the way a user does: double-click, type, Enter. */
export async function typeInCell(page: Page, ref: string, text: string): Promise<void> {
  await idle(page);
  await page.dblclick(`#grid td[data-a1="${ref}"]`);
  const input = page.locator(`#grid td[data-a1="${ref}"] input`);
  const warned =
    (await page.getAttribute(`#grid td[data-a1="${ref}"]`, 'data-protection')) === 'warning' &&
    (await input.inputValue()) !== text;
  await input.fill(text);
  await input.press('Enter');
  // A warning-only protection: Sheets asks first; the person confirms.
  if (warned) await page.click('#alert-dialog[open] button[data-answer="OK"]');
  await idle(page);
}

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('#sidebar-frame');
}

export async function sidebarFrame(page: Page): Promise<Frame> {
  return eventually(
    async () => {
      const handle = await page.$('#sidebar-frame');
      return (await handle?.contentFrame()) ?? null;
    },
    10_000,
    'the sidebar frame',
  );
}

export async function setContext(page: Page, change: { today?: string; user?: string }): Promise<void> {
  await idle(page);
  if (change.user !== undefined) await page.selectOption('#user', change.user);
  if (change.today !== undefined)
    await page.fill('#today', change.today).then(() => page.dispatchEvent('#today', 'change'));
  await idle(page);
}
