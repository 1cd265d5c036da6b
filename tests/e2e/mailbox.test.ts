// The preview's mailbox panel in real Chromium: an email the add-on sent (Nhắc việc › remind this unit now)
// is listed and opens as its recipient reads it — the unit's hostile name shown as text in the subject and
// the body (no element made of it, no script run), dates dd/mm/yyyy.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { UNITS } from '../../src/core/schema';
import { openPreviewWorkbook } from '../../tools/preview/open-workbook';
import { startPreview, type RunningPreview } from '../../tools/preview/start';
import { describeInBrowser, launchBrowser, type Browser } from './browser';
import { a1, columns, idle, openTab, readGrid, typeInCell } from './preview-page';

const HOSTILE = '<img src=x onerror="window.__xss=1"> & Đội';

let preview: RunningPreview;
let browser: Browser;
let page: Page;

async function run<T>(fn: string, args: unknown[] = []): Promise<T> {
  return page.evaluate(
    async ({ fn, args }) => {
      const res = await fetch('/api/run', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ fn, args }),
      });
      return (await res.json()) as unknown;
    },
    { fn, args },
  ) as Promise<T>;
}

describeInBrowser('mailbox panel in Chromium', () => {
  beforeAll(async () => {
    const backend = await openPreviewWorkbook({});
    preview = await startPreview({
      port: 0,
      backend,
      savePath: join(mkdtempSync(join(tmpdir(), 'preview-mail-')), 'out.xlsx'),
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

  test('a reminder sent from the add-on opens as its recipient reads it, escaped, dates dd/mm/yyyy', async () => {
    // A unit with tasks overdue tomorrow (so overdue or due today too), renamed to a hostile name in Units.
    const state = await run<{
      ok: boolean;
      value: { units: { id: string; name: string }[]; preview: { subject: string }[] };
    }>('remindersState');
    expect(state.ok).toBe(true);
    const unit = state.value.units.find((u) =>
      state.value.preview.some((p) => p.subject.includes(`] ${u.name}:`) && p.subject.includes('việc quá hạn')),
    );
    if (!unit) throw new Error('the sample has no unit to remind');
    await openTab(page, UNITS.vi);
    const grid = await readGrid(page);
    const { col } = columns(grid, UNITS.columns[0]?.vi ?? 'Mã đơn vị');
    const row = grid.display.findIndex((r) => r[col(UNITS.columns[0]?.vi ?? '')] === unit.id);
    await typeInCell(page, a1(row, col(UNITS.columns[1]?.vi ?? 'Tên đơn vị')), HOSTILE);

    const sent = await run<{ ok: boolean; value: string }>('remindUnitNow', [unit.id]);
    expect(sent).toEqual({ ok: true, value: 'Đã gửi 1 email nhắc việc.' });

    await page.reload();
    await idle(page);
    expect(await page.textContent('#mail-count')).toBe('1');
    await page.click('#mailbox-button');
    await page.click('.mail-item');
    const frame = page.frameLocator('#mail-frame');
    const subject = (await frame.locator('h1.subject').textContent()) ?? '';
    expect(subject).toMatch(/^\[Theo dõi đại hội\] <img src=x onerror="window.__xss=1"> & Đội: /);
    const body = (await frame.locator('.mail-body').textContent()) ?? '';
    expect(body).toContain(`Kính gửi cán bộ cập nhật của ${HOSTILE} (${unit.id}),`);
    expect(body).toMatch(/hạn \d{2}\/\d{2}\/\d{4}, (quá hạn \d+ ngày|còn \d+ ngày|đến hạn hôm nay)/);
    expect(await frame.locator('img').count()).toBe(0);
    expect(await frame.locator('li').count()).toBeGreaterThan(0);
    for (const f of page.frames())
      expect(await f.evaluate(() => (window as { __xss?: number }).__xss).catch(() => undefined)).toBeUndefined();
    expect(browser.dialogs).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  }, 60_000);
});
