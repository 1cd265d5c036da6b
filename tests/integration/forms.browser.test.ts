// The built progress sidebar (dist/progress.html) in real Chromium, its google.script.run wired to the bundle in
// the emulator: markup in a unit name stays text, the keyboard alone submits, a stale row offers Reload.
import { readFileSync } from 'node:fs';
import { describeInBrowser, launchBrowser, type Browser } from '../e2e/browser';
import { ADMIN, CLERK, XSS_NAME, formsEmulator } from './forms.fixture';
import type { Emulator } from '../../tools/emulator';

const BRIDGE = `
  (() => {
    function runner() {
      let ok = () => {}, ko = () => {};
      const target = {
        withSuccessHandler(h) { ok = h; return proxy; },
        withFailureHandler(h) { ko = h; return proxy; },
      };
      const proxy = new Proxy(target, {
        get(t, name) {
          if (name in t) return t[name];
          return (...args) => window.__callServer(String(name), JSON.stringify(args)).then((a) => (a.ok ? ok(a.result) : ko(new Error(a.message))));
        },
      });
      return proxy;
    }
    window.google = { script: { get run() { return runner(); }, host: { close() {}, setHeight() {}, setWidth() {}, origin: '' } } };
  })();
`;

describeInBrowser('progress sidebar in Chromium', () => {
  let browser: Browser;
  let emu: Emulator;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(user: string): Promise<void> {
    emu = formsEmulator({ user });
    const page = browser.page;
    await page
      .exposeFunction('__callServer', (name: string, args: string) => {
        try {
          return { ok: true, result: emu.callServer(name, ...(JSON.parse(args) as unknown[])) };
        } catch (error) {
          return { ok: false, message: error instanceof Error ? error.message : String(error) };
        }
      })
      .catch(() => undefined); // exposed once per page
    await page.addInitScript(BRIDGE);
    await page.goto('about:blank');
    await page.setContent(readFileSync('dist/progress.html', 'utf8'));
    await page.waitForSelector('select#unit');
  }

  test('a unit named with markup shows as text; keyboard-only submission; stale row offers Reload', async () => {
    await open(ADMIN);
    const page = browser.page;
    const optionTexts = await page.$$eval('#unit option', (os) => os.map((o) => o.textContent));
    expect(optionTexts).toContain(`${XSS_NAME} (PA03-01)`);
    expect(await page.$$('img')).toHaveLength(0);

    await page.selectOption('#unit', 'PA03');
    await page.waitForSelector('.row-button[data-id="M08"]');
    await page.focus('.row-button[data-id="M08"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#status');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('status');
    await page.selectOption('#status', 'inProgress');
    await page.focus('#evidence');
    await page.keyboard.type('https://vb.example/12');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.banner-success');
    expect(await page.textContent('.banner-success')).toContain('Đã lưu mốc M08 của Đảng bộ Phòng An ninh đối nội.');
    expect(emu.workbook.values('Tiến độ')[7]?.slice(6, 12)).toEqual([
      'Đang thực hiện',
      '',
      'open',
      'https://vb.example/12',
      '',
      ADMIN,
    ]);

    // Someone else changes the row; this form still holds the old version.
    emu.asUser({ email: CLERK }, () => {
      const rows = (
        emu.callServer('unitMilestones', 'PA03') as { value: { rows: { milestoneId: string; version: string }[] } }
      ).value.rows;
      const version = rows.find((r) => r.milestoneId === 'M08')?.version ?? '';
      emu.callServer('submitProgress', {
        unitId: 'PA03',
        milestoneId: 'M08',
        status: 'inProgress',
        completedOn: '',
        evidence: 'https://vb.example/12',
        note: 'thư ký',
        version,
      });
    });
    await page.fill('#note', 'quản trị');
    await page.click('button[type=submit]');
    await page.waitForSelector('.banner-error');
    expect(await page.textContent('.banner-error')).toContain(`${CLERK} đã cập nhật dòng này lúc`);
    await page.click('.banner-error button');
    // The reload keeps what this clerk typed and shows beside it what the other person saved.
    await page.waitForSelector('.theirs');
    expect(await page.textContent('.theirs')).toContain('Ghi chú: thư ký');
    expect(await page.inputValue('#note')).toBe('quản trị');
    expect(browser.pageErrors).toEqual([]);
    expect(browser.dialogs).toEqual([]);
  }, 60_000);
});
