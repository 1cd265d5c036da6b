// The preview in real Chromium: the add-on's menu, its real sidebars wired through google.script.run to
// the bundle in the emulator, cell editing that fires the on-edit trigger. The tests run in order on one
// workbook (the sample), as a user would: a new unit is added, refreshed, updated, refused, raced, and
// reported on. Screenshots for docs/ are taken along the way.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { SAMPLE_ADMIN } from '../../src/core/sample/organisation';
import { SAMPLE_TODAY } from '../../src/core/sample/progress';
import { AUDIT, SUMMARY } from '../../src/core/record-sheets';
import { EMULATION, PROGRESS, UNITS } from '../../src/core/schema';
import { RATING, STANDING, STATUS } from '../../src/core/fixed-lists';
import { openPreviewWorkbook } from '../../tools/preview/open-workbook';
import { startPreview, type RunningPreview } from '../../tools/preview/start';
import { STRANGER } from '../../tools/preview/users';
import { describeInBrowser, launchBrowser, type Browser } from './browser';
import {
  a1,
  columns,
  eventually,
  idle,
  openTab,
  readGrid,
  runMenu,
  setContext,
  sidebarFrame,
  typeInCell,
  type GridRead,
} from './preview-page';

// Each step reads the sample's whole Progress sheet (about 1,300 rows) through the page.
jest.setTimeout(180_000);

const NEW_UNIT = 'E2E-01';
/** A unit name that would run script if any view put it into the page as HTML. */
const HOSTILE_NAME = '<img src=x onerror="window.__xss=(window.__xss||0)+1">';
const col = (key: string) => PROGRESS.columns.find((c) => c.key === key)?.vi ?? key;
const ecol = (key: string) => EMULATION.columns.find((c) => c.key === key)?.vi ?? key;
const ucol = (key: string) => UNITS.columns.find((c) => c.key === key)?.vi ?? key;

let preview: RunningPreview;
let browser: Browser;
let page: Page;

/** Row index (in the grid) of the Progress row of (unit, milestone), or -1. */
function progressRow(grid: GridRead, unitId: string, milestoneId: string): number {
  const { headerRow, col: c } = columns(grid, col('unitId'));
  return grid.display.findIndex(
    (row, r) => r > headerRow && row[c(col('unitId'))] === unitId && row[c(col('milestoneId'))] === milestoneId,
  );
}

async function progressCell(
  unitId: string,
  milestoneId: string,
  key: string,
): Promise<{ text: string; bg: string | null; ref: string }> {
  await openTab(page, PROGRESS.vi);
  const grid = await readGrid(page);
  const r = progressRow(grid, unitId, milestoneId);
  if (r < 0) throw new Error(`no Progress row for ${unitId}/${milestoneId}`);
  const c = columns(grid, col('unitId')).col(col(key));
  return { text: grid.display[r]?.[c] ?? '', bg: grid.backgrounds[r]?.[c] ?? null, ref: a1(r, c) };
}

async function openSidebar(fn: 'showProgressSidebar' | 'showEmulationSidebar'): Promise<Frame> {
  await page.evaluate(() => (window.__sidebarSource = undefined));
  await runMenu(page, fn);
  await page.waitForFunction(() => window.__sidebarSource !== undefined);
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('#unit');
  return frame;
}

async function chooseUnit(frame: Frame, unitId: string): Promise<void> {
  await frame.selectOption('#unit', unitId);
  await frame.waitForSelector('.row-button');
}

async function banner(frame: Frame): Promise<{ kind: string; text: string }> {
  const el = await frame.waitForSelector('#banner:not([hidden]).banner-success, #banner:not([hidden]).banner-error');
  return { kind: (await el.getAttribute('class')) ?? '', text: (await el.textContent()) ?? '' };
}

async function noScriptRan(): Promise<void> {
  expect(browser.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  for (const frame of page.frames())
    expect(await frame.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
}

describeInBrowser('preview in Chromium', () => {
  beforeAll(async () => {
    const backend = await openPreviewWorkbook({});
    preview = await startPreview({
      port: 0,
      backend,
      maxRows: 3000,
      savePath: join(mkdtempSync(join(tmpdir(), 'preview-save-')), 'out.xlsx'),
    });
    browser = await launchBrowser();
    page = browser.page;
    await page.goto(preview.url);
    await idle(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  afterEach(() => {
    expect(browser.pageErrors).toEqual([]);
  });

  test('starts on the sample at its date, as its administrator, with the add-on menu', async () => {
    expect(await page.inputValue('#today')).toBe(SAMPLE_TODAY);
    expect(await page.inputValue('#user')).toBe(SAMPLE_ADMIN);
    await page.click('#addon-menu-button');
    const items = await page.$$eval('#addon-menu button[data-fn]', (els) => els.map((e) => e.getAttribute('data-fn')));
    expect(items).toEqual(
      expect.arrayContaining(['menuRefresh', 'showProgressSidebar', 'showEmulationSidebar', 'menuReport']),
    );
    await page.keyboard.press('Escape');
  });

  test('a unit typed into the Units sheet appears in Progress after Làm mới bảng theo dõi', async () => {
    await openTab(page, UNITS.vi);
    const units = await readGrid(page);
    const { headerRow, col: c } = columns(units, ucol('unitId'));
    let free = headerRow + 1;
    while ((units.display[free]?.[c(ucol('unitId'))] ?? '') !== '') free++;
    const cells: [string, string][] = [
      [ucol('unitId'), NEW_UNIT],
      [ucol('name'), HOSTILE_NAME],
      [ucol('type'), 'Đảng bộ cơ sở'], // a committee: the preparation plan (M01) applies to it
      [ucol('parentId'), 'CAT'],
      [ucol('congressDate'), '30/09/2020'],
    ];
    for (const [header, text] of cells) await typeInCell(page, a1(free, c(header)), text);
    const typed = await readGrid(page);
    expect(typed.display[free]?.[c(ucol('name'))]).toBe(HOSTILE_NAME);

    await runMenu(page, 'menuRefresh');
    await openTab(page, PROGRESS.vi);
    const progress = await readGrid(page);
    const { headerRow: ph, col: pc } = columns(progress, col('unitId'));
    const rowsOfNewUnit = progress.display.filter((row, r) => r > ph && row[pc(col('unitId'))] === NEW_UNIT);
    expect(rowsOfNewUnit.length).toBeGreaterThanOrEqual(6);
    expect(rowsOfNewUnit.every((row) => row[pc(col('unitName'))] === HOSTILE_NAME)).toBe(true);
    // 30/09/2020 − 90 days (M01, calendar days) = 02/07/2020.
    expect(rowsOfNewUnit.find((row) => row[pc(col('milestoneId'))] === 'M01')?.[pc(col('deadline'))]).toBe(
      '02/07/2020',
    );
    await noScriptRan();
  });

  test('protected cells carry a lock; editing one under Cảnh báo asks with Google’s warning, and Cancel keeps it', async () => {
    await openTab(page, PROGRESS.vi);
    const grid = await readGrid(page);
    const { headerRow, col: c } = columns(grid, col('unitId'));
    const task = a1(headerRow + 1, c(col('task')));
    const status = a1(headerRow + 1, c(col('status')));
    expect(await page.getAttribute(`#grid td[data-a1="${task}"]`, 'data-protection')).toBe('warning');
    expect(await page.getAttribute(`#grid td[data-a1="${status}"]`, 'data-protection')).toBeNull();
    const before = grid.display[headerRow + 1]?.[c(col('task'))];
    await page.dblclick(`#grid td[data-a1="${task}"]`);
    await page.locator(`#grid td[data-a1="${task}"] input`).fill('gõ đè');
    await page.locator(`#grid td[data-a1="${task}"] input`).press('Enter');
    await page.waitForSelector('#alert-dialog[open]');
    expect(await page.textContent('#alert-prompt')).toBe(
      "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.",
    );
    await page.click('#alert-dialog[open] button[data-answer="CANCEL"]');
    await idle(page);
    expect((await readGrid(page)).display[headerRow + 1]?.[c(col('task'))]).toBe(before);
  });

  test('the served sidebar is byte-for-byte dist/progress.html', async () => {
    await openSidebar('showProgressSidebar');
    const dist = readFileSync(join('dist', 'progress.html'));
    const written = await page.evaluate(() => window.__sidebarSource ?? '');
    expect(Buffer.from(written, 'utf8').equals(dist)).toBe(true);
    const served = Buffer.from(await (await fetch(new URL('/sidebar/progress', preview.url))).arrayBuffer());
    expect(served.equals(dist)).toBe(true);
    const state = (await (await fetch(new URL('/api/state', preview.url))).json()) as { sidebar: { name: string } };
    expect(state.sidebar.name).toBe('progress');
  });

  test('the hostile unit name shows as text in the sidebar and runs nothing', async () => {
    const frame = await openSidebar('showProgressSidebar');
    const option = await frame.$eval(`#unit option[value="${NEW_UNIT}"]`, (o) => o.textContent);
    expect(option).toContain(HOSTILE_NAME);
    await chooseUnit(frame, NEW_UNIT);
    expect(await frame.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$$eval('#grid img', (imgs) => imgs.length)).toBe(0);
    await noScriptRan();
  });

  test('Hoàn thành submitted in the sidebar turns the row green and writes the audit log', async () => {
    const frame = await openSidebar('showProgressSidebar');
    await chooseUnit(frame, NEW_UNIT);
    await frame.click('.row-button[data-id="M01"]');
    await frame.selectOption('#status', 'done');
    // Today, shown day/month/year.
    expect(await frame.inputValue('#completedOn')).toBe(SAMPLE_TODAY.split('-').reverse().join('/'));
    await frame.fill('#evidence', 'https://example.vn/ke-hoach-01');
    await frame.click('#progress-form button[type=submit]');
    expect((await banner(frame)).kind).toContain('banner-success');

    const standing = await eventually(async () => {
      const cell = await progressCell(NEW_UNIT, 'M01', 'standing');
      return cell.text === STANDING.doneOnTime.vi ? cell : null;
    });
    expect(standing.bg).toBe(STANDING.doneOnTime.color);
    expect((await progressCell(NEW_UNIT, 'M01', 'status')).text).toBe(STATUS.done.vi);
    expect((await progressCell(NEW_UNIT, 'M01', 'updatedBy')).text).toBe(SAMPLE_ADMIN);

    await openTab(page, AUDIT.vi);
    const audit = await readGrid(page);
    // The audit key names the row as "<unit> / <milestone>".
    const line = audit.display.find(
      (row) => row.includes(`${NEW_UNIT} / M01`) && row.includes(STATUS.done.vi) && row.includes(SAMPLE_ADMIN),
    );
    expect(line).toBeDefined();
  });

  test('the to-do view hides what is finished until the switch shows it', async () => {
    const frame = await openSidebar('showProgressSidebar');
    await chooseUnit(frame, NEW_UNIT);
    const ids = () =>
      frame.$$eval('.row-button', (buttons) => buttons.map((b) => (b as HTMLElement).dataset['id'] ?? ''));
    expect(await ids()).not.toContain('M01'); // Hoàn thành in the test before
    await frame.check('#show-all');
    await eventually(async () => ((await ids()).includes('M01') ? true : null), 5_000, 'M01 shown again');
    await frame.uncheck('#show-all');
  });

  test('the unit picker has a search box that ignores case and diacritics', async () => {
    const frame = await openSidebar('showProgressSidebar');
    await frame.fill('#unitSearch', 'e2e-01');
    const options = await frame.$$eval('#unit option', (o) =>
      o.map((x) => (x as HTMLOptionElement).value).filter(Boolean),
    );
    expect(options).toEqual([NEW_UNIT]);
    await frame.fill('#unitSearch', 'cong an tinh'); // "Công an tỉnh", typed without diacritics
    const found = await frame.$$eval('#unit option', (o) =>
      o.map((x) => x.textContent ?? '').filter((t) => t.includes('(')),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const text of found)
      expect(
        text
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/gi, 'd')
          .toLowerCase(),
      ).toContain('cong an tinh');
    await frame.fill('#unitSearch', 'E2E-01');
    await frame.press('#unitSearch', 'Enter');
    await frame.waitForSelector('.row-button');
    expect(await frame.inputValue('#unit')).toBe(NEW_UNIT);
  });

  test('reopening a milestone a finished one requires asks first and names it', async () => {
    // A sample unit whose congress (M07) is done, as is its report to the superior (M06) that M07 requires.
    await openTab(page, PROGRESS.vi);
    const grid = await readGrid(page);
    const { headerRow, col: c } = columns(grid, col('unitId'));
    const done = (unitId: string, m: string) =>
      grid.display.some(
        (r, i) =>
          i > headerRow &&
          r[c(col('unitId'))] === unitId &&
          r[c(col('milestoneId'))] === m &&
          r[c(col('status'))] === STATUS.done.vi,
      );
    const unitIds = [...new Set(grid.display.slice(headerRow + 1).map((r) => r[c(col('unitId'))] ?? ''))];
    const unitId = unitIds.find((u) => done(u, 'M06') && done(u, 'M07'));
    if (!unitId) throw new Error('the sample has no unit with M06 and M07 done');
    const frame = await openSidebar('showProgressSidebar');
    await frame.selectOption('#unit', unitId);
    // Its to-do list may be empty (everything done): the switch shows the finished tasks.
    await frame.waitForSelector('#show-all');
    await frame.check('#show-all');
    await frame.click('.row-button[data-id="M06"]');
    await frame.selectOption('#status', 'inProgress');
    await frame.click('#progress-form button[type=submit]');
    const question = await frame.waitForSelector('#banner:not([hidden]).banner-info button');
    expect(await question.textContent()).toBe('Vẫn lưu');
    const asked = { text: (await frame.textContent('#banner')) ?? '' };
    expect(asked.text).toContain('M06 là điều kiện của M07');
    expect(asked.text).toContain('Vẫn lưu trạng thái mới cho M06?');
    // Not confirmed: the sheet still says Hoàn thành.
    expect((await progressCell(unitId, 'M06', 'status')).text).toBe(STATUS.done.vi);
  });

  test('a user who may not update the unit is refused, and nothing changes', async () => {
    const frame = await openSidebar('showProgressSidebar');
    await chooseUnit(frame, NEW_UNIT);
    await frame.click('.row-button[data-id="M02"]');
    await frame.selectOption('#status', 'inProgress');
    // Someone else takes the keyboard with the form still open.
    await setContext(page, { user: STRANGER });
    await frame.click('#progress-form button[type=submit]');
    const refused = await banner(frame);
    expect(refused.kind).toContain('banner-error');
    expect(refused.text.length).toBeGreaterThan(10);
    await setContext(page, { user: SAMPLE_ADMIN });
    expect((await progressCell(NEW_UNIT, 'M02', 'status')).text).not.toBe(STATUS.inProgress.vi);
  });

  test('a form whose row changed meanwhile is refused and reloads', async () => {
    const frame = await openSidebar('showProgressSidebar');
    await chooseUnit(frame, NEW_UNIT);
    await frame.click('.row-button[data-id="M03"]');
    await frame.selectOption('#status', 'inProgress');
    // Meanwhile a colleague types a note straight into the sheet.
    const note = await progressCell(NEW_UNIT, 'M03', 'note');
    await typeInCell(page, note.ref, 'Đã gửi dự thảo cho Ban Tổ chức');
    await frame.click('#progress-form button[type=submit]');
    const stale = await banner(frame);
    expect(stale.kind).toContain('banner-error');
    await frame.click('#banner button');
    // The reload keeps what the clerk chose and brings the colleague's note into the field the clerk left alone.
    await eventually(
      async () => (await frame.inputValue('#note').catch(() => '')) === 'Đã gửi dự thảo cho Ban Tổ chức',
      10_000,
      'the reloaded note',
    );
    expect(await frame.inputValue('#status')).toBe('inProgress');
    expect((await progressCell(NEW_UNIT, 'M03', 'status')).text).not.toBe(STATUS.inProgress.vi);
  });

  test('the whole form can be completed with the keyboard alone', async () => {
    const frame = await openSidebar('showProgressSidebar');
    const focusedId = () => frame.evaluate(() => (document.hasFocus() ? (document.activeElement?.id ?? '') : ''));
    for (let i = 0; i < 40 && (await focusedId()) !== 'unit'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('unit');
    await page.keyboard.press('End');
    expect(await frame.inputValue('#unit')).toBe(NEW_UNIT);
    await frame.waitForSelector('.row-button[data-id="M02"]');
    // The list is the to-do view (what is left, overdue first): the keys walk it in the order shown.
    const shown = await frame.$$eval('.row-button', (buttons) =>
      buttons.map((b) => (b as HTMLElement).dataset['id'] ?? ''),
    );
    expect(shown).not.toContain('M01'); // done a moment ago
    expect(shown).toContain('M02');
    await page.keyboard.press('Tab'); // the "show finished tasks too" switch
    await page.keyboard.press('Tab');
    const focusedMilestone = () =>
      frame.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id'] ?? '');
    expect(await focusedMilestone()).toBe(shown[0]);
    while ((await focusedMilestone()) !== 'M02') await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe('status');
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await frame.inputValue('#status')).toBe('done');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('completedOn');
    // Tab walks the date's day, month and year fields, then leaves it.
    for (let i = 0; i < 4 && (await focusedId()) === 'completedOn'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('evidence');
    await page.keyboard.type('https://example.vn/du-thao');
    await page.keyboard.press('Enter');
    expect((await banner(frame)).kind).toContain('banner-success');
    const standing = await eventually(async () => {
      const cell = await progressCell(NEW_UNIT, 'M02', 'standing');
      return cell.text === STANDING.doneOnTime.vi ? cell : null;
    });
    expect(standing.bg).toBe(STANDING.doneOnTime.color);
  });

  test('the emulation sidebar records a result and the rating colour changes', async () => {
    const ratingCell = async () => {
      await openTab(page, EMULATION.vi);
      const grid = await readGrid(page);
      const { headerRow, col: c } = columns(grid, ecol('unitId'));
      const r = grid.display.findIndex(
        (row, i) => i > headerRow && row[c(ecol('unitId'))] === NEW_UNIT && row[c(ecol('targetId'))] === 'CT01',
      );
      if (r < 0) throw new Error('no Emulation row for the new unit and CT01');
      return { text: grid.display[r]?.[c(ecol('rating'))], bg: grid.backgrounds[r]?.[c(ecol('rating'))] ?? null };
    };
    expect(await ratingCell()).toEqual({ text: RATING.notReported.vi, bg: null });
    const frame = await openSidebar('showEmulationSidebar');
    await chooseUnit(frame, NEW_UNIT);
    await frame.click('.row-button[data-id="CT01"]');
    await frame.fill('#result', '5');
    await frame.click('#emulation-form button[type=submit]');
    expect((await banner(frame)).kind).toContain('banner-success');
    const after = await eventually(async () => {
      const cell = await ratingCell();
      return cell.text === RATING.exceeded.vi ? cell : null;
    });
    expect(after.bg).toBe(RATING.exceeded.color);
  });

  test('on a percentage target 95 is saved as 95 %, and 150 is saved only after Vẫn lưu', async () => {
    const resultCell = async () => {
      await openTab(page, EMULATION.vi);
      const grid = await readGrid(page);
      const { headerRow, col: c } = columns(grid, ecol('unitId'));
      const r = grid.display.findIndex(
        (row, i) => i > headerRow && row[c(ecol('unitId'))] === NEW_UNIT && row[c(ecol('targetId'))] === 'CT05',
      );
      if (r < 0) throw new Error('no Emulation row for the new unit and CT05');
      return { value: grid.display[r]?.[c(ecol('result'))], rating: grid.display[r]?.[c(ecol('rating'))] };
    };
    const frame = await openSidebar('showEmulationSidebar');
    await chooseUnit(frame, NEW_UNIT);
    await frame.click('.row-button[data-id="CT05"]');
    expect(await frame.innerText('#not-reported')).toContain('Đơn vị chưa báo cáo chỉ tiêu CT05');
    expect(await frame.textContent('#not-reported')).toContain(NEW_UNIT);
    await frame.fill('#result', '95');
    await frame.click('#emulation-form button[type=submit]');
    expect((await banner(frame)).kind).toContain('banner-success');
    const saved = await eventually(async () => {
      const cell = await resultCell();
      return cell.value === '95,0%' ? cell : null;
    });
    expect(saved.rating).toBe(RATING.exceeded.vi);
    expect(await frame.inputValue('#result')).toBe('95%');

    await frame.fill('#result', '150');
    await frame.click('#emulation-form button[type=submit]');
    const ask = await frame.waitForSelector('#banner:not([hidden])');
    expect(await ask.innerText()).toContain('vượt quá 100%');
    expect((await resultCell()).value).toBe('95,0%');
    await frame.click('#banner button:has-text("Vẫn lưu")');
    expect((await banner(frame)).kind).toContain('banner-success');
    await eventually(async () => ((await resultCell()).value === '150,0%' ? true : null));
  });

  test('screenshots for docs/: the progress sidebar (to-do view), the emulation sidebar, the Summary with its charts', async () => {
    // docs/ keeps the committed pictures: they are replaced only when asked (UPDATE_SCREENSHOTS=1) or missing,
    // so a test run leaves the working tree as it was; otherwise the pictures go to out/screenshots/.
    const picture = (name: string): string =>
      process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(join('docs', name))
        ? join('docs', name)
        : join('out', 'screenshots', name);
    mkdirSync('docs', { recursive: true });
    mkdirSync(join('out', 'screenshots'), { recursive: true });
    await page.setViewportSize({ width: 1500, height: 860 });
    await openTab(page, PROGRESS.vi);
    const frame = await openSidebar('showProgressSidebar');
    await chooseUnit(frame, 'CAH-KS');
    // The to-do view: only what still needs doing, the switch to show all unticked.
    expect(await frame.isChecked('#show-all')).toBe(false);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: picture('preview-progress.png') });

    await openTab(page, EMULATION.vi);
    const emulation = await openSidebar('showEmulationSidebar');
    await chooseUnit(emulation, 'CAT');
    await emulation.click('.row-button[data-id="CT05"]');
    await emulation.waitForSelector('#result');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: picture('preview-emulation.png') });

    await page.click('#sidebar-close');
    await runMenu(page, 'menuReport');
    await openTab(page, SUMMARY.vi);
    // The report's alerts/toasts are dismissed before the picture.
    await page.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
    // The report's two charts are drawn where Sheets puts them: the column chart anchored in column B, in the
    // rows left empty right below the table by unit type (whose Total row it stays below).
    await page.waitForSelector('#grid-scroll .chart-box svg[data-chart-type="column"]');
    const charts = await page.$$eval('#grid-scroll .chart-box', (boxes) =>
      boxes.map((box) => {
        const svg = box.querySelector('svg');
        const r = box.getBoundingClientRect();
        return {
          type: svg?.getAttribute('data-chart-type'),
          title: svg?.querySelector('.chart-title')?.textContent,
          bars: svg?.querySelectorAll('.bar').length ?? 0,
          left: r.left,
          top: r.top,
        };
      }),
    );
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ['column', 'Đại hội theo loại tổ chức'],
      ['bar', 'Tỷ lệ thực hiện chỉ tiêu thi đua'],
    ]);
    expect(charts[0]?.bars).toBeGreaterThan(0);
    const place = await page.evaluate(() => {
      const cells = Array.from(document.querySelectorAll<HTMLElement>('#grid td[data-col="0"]'));
      const rowOf = (prefix: string) => cells.find((td) => td.textContent?.startsWith(prefix))?.getBoundingClientRect();
      const b = document.querySelector<HTMLElement>('#grid td[data-a1="B1"]')?.getBoundingClientRect();
      return {
        total: rowOf('Tổng cộng')?.bottom ?? NaN,
        overdue: rowOf('3. ')?.bottom ?? NaN,
        columnB: b?.left ?? NaN,
      };
    });
    expect(charts[0]?.left).toBeCloseTo(place.columnB, 0);
    expect(charts[0]?.top).toBeGreaterThan(place.total);
    // The picture: the Summary's 1,000 px of columns, tall enough for the headline, the first chart and the
    // start of the overdue list.
    await page.setViewportSize({ width: 1080, height: Math.ceil(place.overdue + 160) });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: picture('preview-summary.png') });
    const grid = await readGrid(page);
    expect(grid.display.flat().some((text) => text.length > 0)).toBe(true);
    await page.setViewportSize({ width: 1920, height: 1000 });
  });
});

describeInBrowser('the date field under an English browser', () => {
  let english: Browser;

  beforeAll(async () => {
    english = await launchBrowser('en-US');
  });

  afterAll(async () => {
    await english?.close();
  });

  test('shows and takes the completion date as dd/mm/yyyy', async () => {
    const backend = await openPreviewWorkbook({});
    const running = await startPreview({
      port: 0,
      backend,
      maxRows: 3000,
      savePath: join(mkdtempSync(join(tmpdir(), 'preview-save-')), 'out.xlsx'),
    });
    try {
      const p = english.page;
      await p.goto(running.url);
      await idle(p);
      await runMenu(p, 'showProgressSidebar');
      const frame = await sidebarFrame(p);
      await frame.waitForSelector('#unit');
      const units = await frame.$$eval('#unit option', (o) =>
        o.map((x) => (x as HTMLOptionElement).value).filter(Boolean),
      );
      await frame.selectOption('#unit', units[0] ?? '');
      await frame.waitForSelector('.row-button');
      await frame.click('.row-button'); // the first task still to do
      await frame.selectOption('#status', 'done');
      expect(await frame.inputValue('#completedOn')).toBe(SAMPLE_TODAY.split('-').reverse().join('/'));
      expect(await frame.getAttribute('#completedOn', 'placeholder')).toBe('dd/mm/yyyy');
    } finally {
      await running.close();
    }
  });
});
