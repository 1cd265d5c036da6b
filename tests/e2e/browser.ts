// Real Chromium for the end-to-end suite: Debian's `chromium` driven by playwright-core, headless, in a
// fresh profile. Without chromium the suite is skipped with a loud notice, except under CI where that is
// a failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string | null {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return null;
}

/** describe() when chromium is present; otherwise a loud skip, or a failing test under CI. */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath()) {
    describe(name, body);
    return;
  }
  const notice =
    '\n' +
    '############################################################################\n' +
    '##  BROWSER TESTS NOT RUN: `chromium` is not installed.                     ##\n' +
    '##  Install it with: apt-get install -y chromium   (or set CHROMIUM_PATH)   ##\n' +
    '############################################################################\n';
  if (process.env['CI']) {
    describe(name, () => {
      test('chromium is installed (required under CI)', () => {
        throw new Error(notice);
      });
    });
    return;
  }
  console.warn(notice);
  describe.skip(name, body);
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Errors thrown by page scripts (the page's and the sidebar frame's). */
  pageErrors: string[];
  /** alert()/confirm() dialogs opened by any script. */
  dialogs: string[];
  close(): Promise<void>;
}

export async function launchBrowser(locale = 'vi-VN'): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium not found');
  const profile = mkdtempSync(join(tmpdir(), 'preview-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 860 },
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return {
    context,
    page,
    pageErrors,
    dialogs,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
