// `npm run listing`: the images of the add-on's store listing (docs/listing/), made in Chromium:
// - from the one SVG source docs/listing/icon.svg: icon-128.png (128×128), icon-32.png (32×32) and
//   banner-220x140.png (the icon beside the add-on's name);
// - screenshot-*.png, 1280×800: the preview (`npm start`) on the sample workbook — the progress sidebar beside
//   Tiến độ, the emulation sidebar beside Thi đua, the summary report and its units × milestones matrix.
// Needs `chromium` (or CHROMIUM_PATH) and a build (the npm script builds first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Frame, type Page } from 'playwright-core';
import { EMULATION, PROGRESS } from '../../src/core/schema';
import { MATRIX, SUMMARY } from '../../src/core/record-sheets';
import { openPreviewWorkbook } from '../preview/open-workbook';
import { startPreview } from '../preview/start';

export const LISTING_DIR = join('docs', 'listing');
export const SCREEN = { width: 1280, height: 800 } as const;

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  throw new Error('chromium is not installed (apt-get install -y chromium, or set CHROMIUM_PATH)');
}

const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

async function renderIcon(page: Page, svg: string, size: number, path: string): Promise<void> {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${svgDataUrl(svg)}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function renderBanner(page: Page, svg: string, path: string): Promise<void> {
  const [width, height] = [220, 140];
  await page.setViewportSize({ width, height });
  await page.setContent(`<html><body style="margin:0">
    <div style="width:${width}px;height:${height}px;box-sizing:border-box;padding:0 14px;display:flex;align-items:center;gap:12px;
                background:linear-gradient(135deg,#b71c1c,#e53935);font-family:'Noto Sans','DejaVu Sans',sans-serif;color:#fff">
      <img src="${svgDataUrl(svg)}" width="64" height="64" style="flex:none;filter:drop-shadow(0 1px 2px rgba(0,0,0,.35))">
      <div><div style="font-size:19px;font-weight:700;line-height:1.15">Theo dõi<br>đại hội</div>
           <div style="font-size:11px;margin-top:6px;opacity:.92">Congress tracker for Google Sheets</div></div>
    </div></body></html>`);
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  await page.screenshot({ path, clip: { x: 0, y: 0, width, height } });
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.body.dataset['ready'] === 'true' && document.body.dataset['busy'] !== 'true',
  );
}

async function dismissDialogs(page: Page): Promise<void> {
  for (;;) {
    await idle(page);
    await page.waitForTimeout(50);
    if (!(await page.evaluate(() => (document.getElementById('alert-dialog') as HTMLDialogElement).open))) return;
    await page.click('#alert-buttons button.primary');
  }
}

async function runMenu(page: Page, fn: string): Promise<void> {
  await idle(page);
  await page.click('#addon-menu-button');
  await page.click(`#addon-menu button[data-fn="${fn}"]`);
  await dismissDialogs(page);
}

async function openTab(page: Page, sheet: string): Promise<void> {
  await idle(page);
  await page.click(`#tabs button[data-sheet="${sheet}"]`);
  await page.waitForFunction((name) => document.querySelector('#grid')?.getAttribute('data-sheet') === name, sheet);
  await idle(page);
}

async function openSidebar(page: Page, fn: string, unitId: string): Promise<Frame> {
  await runMenu(page, fn);
  const handle = await page.waitForSelector('#sidebar-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the sidebar did not open');
  await frame.waitForSelector('#unit');
  await frame.selectOption('#unit', unitId);
  await frame.waitForSelector('.row-button');
  return frame;
}

/** What a store picture shows is the add-on, not the preview's own controls (date, acting user, Save). */
async function clean(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelectorAll('.toast').forEach((t) => t.remove());
    document.querySelectorAll<HTMLElement>('.toolbar, #preview-badge').forEach((e) => (e.style.display = 'none'));
  });
  await page.mouse.move(0, 0);
}

/** Scrolls the grid to the rows of `unitId`, and leaves out the name and type columns (B, C) to show the rest. */
async function showRows(page: Page, unitId: string): Promise<void> {
  await page.evaluate((unit) => {
    const style = document.getElementById('listing-columns') ?? document.createElement('style');
    style.id = 'listing-columns';
    style.textContent = '#grid tr > :nth-child(3), #grid tr > :nth-child(4) { display: none; }';
    document.head.appendChild(style);
    const scroller = document.getElementById('grid-scroll') as HTMLElement;
    const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>('#grid tr'));
    const header = rows.find((r) => Array.from(r.cells).some((c) => c.textContent === 'Mã đơn vị'));
    const first = rows.find((r) => r.cells[1]?.textContent === unit);
    if (header && first)
      scroller.scrollTop += first.getBoundingClientRect().top - header.getBoundingClientRect().bottom;
  }, unitId);
}

async function screenshots(page: Page): Promise<string[]> {
  const backend = await openPreviewWorkbook({});
  const preview = await startPreview({
    port: 0,
    backend,
    savePath: join(mkdtempSync(join(tmpdir(), 'listing-')), 'out.xlsx'),
  });
  const written: string[] = [];
  const shot = async (name: string) => {
    await clean(page);
    const path = join(LISTING_DIR, name);
    await page.screenshot({ path });
    written.push(path);
  };
  try {
    await page.setViewportSize(SCREEN);
    await page.goto(preview.url);
    await idle(page);
    await openTab(page, PROGRESS.vi);
    await showRows(page, 'PC08');
    const progress = await openSidebar(page, 'showProgressSidebar', 'PC08');
    await progress.click('.row-button');
    await shot('screenshot-1-progress.png');
    await page.click('#sidebar-close');
    await openTab(page, EMULATION.vi);
    await showRows(page, 'PC08');
    const emulation = await openSidebar(page, 'showEmulationSidebar', 'PC08');
    await emulation.click('.row-button');
    await shot('screenshot-2-emulation.png');
    await page.click('#sidebar-close');
    await page.evaluate(() => document.getElementById('listing-columns')?.remove());
    await runMenu(page, 'menuReport');
    await openTab(page, SUMMARY.vi);
    await shot('screenshot-3-summary.png');
    await openTab(page, MATRIX.vi);
    await shot('screenshot-4-matrix.png');
  } finally {
    await preview.close();
  }
  return written;
}

async function main(): Promise<void> {
  const svg = readFileSync(join(LISTING_DIR, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const written: string[] = [];
    for (const size of [128, 32]) {
      const path = join(LISTING_DIR, `icon-${size}.png`);
      await renderIcon(page, svg, size, path);
      written.push(path);
    }
    const banner = join(LISTING_DIR, 'banner-220x140.png');
    await renderBanner(page, svg, banner);
    written.push(banner, ...(await screenshots(page)));
    for (const path of written) process.stdout.write(`${path}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`listing: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
