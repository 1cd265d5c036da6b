// The headless flow on the built add-on and its sample workbook: the JSON report has the shape docs/workbook.md §10
// fixes (dates as YYYY-MM-DD, blanks null, colours lower-case #rrggbb or null, issue codes from docs/workbook.md §6,
// English summary keys), and the command line round-trips a file.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../tools/emulator';
import { cli } from '../tools/headless/main';
import { headlessRun, type HeadlessReport } from '../tools/headless/run';
import { parseSteps } from '../tools/headless/steps';

const SAMPLE_TODAY = '2020-05-15';
const ADMIN = 'vanphong.danguy@congan-dakhoa.example';

/** The built add-on with its sample loaded by Setup (`npm test` builds dist/Code.js before jest runs). */
function sampleEmulator(): Emulator {
  if (!existsSync('dist/Code.js')) throw new Error('dist/Code.js is missing: run `npm run build` first');
  const emulator = Emulator.create({ today: SAMPLE_TODAY, user: { email: ADMIN, locale: 'vi' } });
  expect(emulator.hasFunction('menuSetup')).toBe(true);
  emulator.open({ authMode: 'FULL' });
  emulator.answerAlerts(['YES']);
  emulator.run('menuSetup');
  return emulator;
}

const CODE = /^[EW]_[A-Z_]+$/;

function checkShape(report: HeadlessReport): void {
  expect(report.today).toBe(SAMPLE_TODAY);
  for (const [name, sheet] of Object.entries(report.sheets)) {
    expect(sheet.values.length).toBe(sheet.backgrounds.length);
    sheet.values.forEach((row, i) => {
      expect(row.length).toBe(sheet.backgrounds[i]?.length);
      for (const v of row) {
        if (v === null || typeof v === 'number' || typeof v === 'boolean') continue;
        expect(typeof v).toBe('string');
        expect(v).not.toBe('');
      }
    });
    for (const row of sheet.backgrounds) for (const c of row) if (c !== null) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    expect(name).not.toBe('');
  }
  for (const issue of report.issues) {
    expect(['error', 'warning']).toContain(issue.severity);
    expect(issue.code).toMatch(CODE);
  }
  expect(report.calls.total).toBeGreaterThan(0);
}

describe('headless flow on the sample workbook', () => {
  test('validate, refresh and report produce a report of the documented shape', () => {
    const emulator = sampleEmulator();
    const report = headlessRun(emulator, { action: 'all' });
    checkShape(report);
    const json = JSON.parse(JSON.stringify(report)) as HeadlessReport;
    expect(json).toEqual(report);
    // Every date the report shows is a real calendar date written YYYY-MM-DD.
    const dates = Object.values(report.sheets)
      .flatMap((s) => s.values.flat())
      .filter((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/);
    expect(report.summary).toMatchObject({ asOf: SAMPLE_TODAY });
    expect(Array.isArray((report.summary as { byType?: unknown }).byType)).toBe(true);
  });

  test('the command line reads, runs and writes .xlsx and .json', async () => {
    const emulator = sampleEmulator();
    const dir = mkdtempSync(join(tmpdir(), 'headless-sample-'));
    const input = join(dir, 'in.xlsx');
    await emulator.saveXlsx(input);
    let stderr = '';
    const code = await cli(
      ['--workbook', input, '--today', SAMPLE_TODAY, '--out', join(dir, 'out.xlsx'), '--json', join(dir, 'out.json')],
      {
        stdout: () => undefined,
        stderr: (t) => (stderr += t),
      },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(true);
    checkShape(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as HeadlessReport);
  });

  test('an empty workbook still runs (exit 0) and reports the missing sheets; the JSON goes to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headless-empty-'));
    const input = join(dir, 'empty.xlsx');
    await Emulator.create({ today: SAMPLE_TODAY }).saveXlsx(input);
    let stdout = '';
    let stderr = '';
    const code = await cli(['--workbook', input, '--today', SAMPLE_TODAY, '--action', 'validate'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as HeadlessReport;
    expect(report.issues.map((i) => i.code)).toContain('E_SHEET_MISSING');
    expect(report.issues.every((i) => i.severity === 'error' || i.severity === 'warning')).toBe(true);
  });

  test('the README’s session (tools/headless/examples/session.json) on the sample: its cells are the rows it means, and each step ends as described', () => {
    const emulator = sampleEmulator();
    if (!emulator) return;
    const steps = parseSteps(readFileSync('tools/headless/examples/session.json', 'utf8'));
    const report = headlessRun(emulator, { action: 'all', steps });
    const progress = report.sheets['Tiến độ']?.values ?? [];
    const key = (a1: string) => {
      const row = progress[Number(a1.replace(/^[A-Z]+/, '')) - 1] ?? [];
      return `${String(row[0])}/${String(row[3])}`;
    };
    // PC08's overdue M02, its congress M07 and M08, and CAH-KS-04's congress (its M06 still in progress).
    expect(['G126', 'K130', 'K131', 'K132', 'G315'].map(key)).toEqual([
      'PC08/M02',
      'PC08/M07',
      'PC08/M08',
      'PC08/M09',
      'CAH-KS-04/M07',
    ]);
    const outcome = (report.steps ?? []).map((s) => [s.kind, s.ok, s.code]);
    expect(outcome.slice(0, 13)).toEqual([
      ['run', true, ''],
      ['as', true, ''],
      ['edit', false, 'rejected'], // not a status of the list: Sheets' data validation refuses it
      ['edit', true, ''],
      ['paste', true, ''],
      ['submit', true, ''],
      ['submit', false, 'forbidden'], // PC08's clerk on PC04
      ['submit', true, ''],
      ['as', true, ''],
      ['edit', true, ''],
      ['today', true, ''],
      ['as', true, ''],
      ['run', true, ''],
    ]);
    expect(report.steps?.[5]?.message).toMatch(/^Đã lưu mốc M02 của Chi bộ Phòng Cảnh sát giao thông\./);
    expect(progress[125]?.slice(6, 8)).toEqual(['Hoàn thành', '2020-05-14']);
    expect(report.today).toBe('2020-05-19');
    // The administrator turns Nhắc việc on in the sheet (B10 of Cài đặt, under Warn: Google's warning) and runs
    // Setup, which installs the daily 07:00 trigger; at 07:00 the next day it sends; remind later that day sends
    // nothing again.
    expect(report.sheets['Cài đặt']?.values[9]?.[0]).toBe('Nhắc việc');
    const later = (report.steps ?? []).slice(13);
    expect(later.map((s) => [s.kind, s.ok, s.code])).toEqual([
      ['edit', true, ''],
      ['run', true, ''],
      ['clock', true, ''],
      ['run', true, ''],
    ]);
    expect(later[0]?.warning).toMatch(/^Heads up!/);
    expect(later[2]?.triggers.map((t) => t.functionName)).toEqual(['remindersDaily']);
    expect(report.mail.length).toBeGreaterThan(0);
    expect(report.mail.every((m) => m.at === '2020-05-19T07:00')).toBe(true);
    expect(later[3]?.calls.byMethod['MailApp.sendEmail'] ?? 0).toBe(0);
  });
});
