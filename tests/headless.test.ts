// The headless runner's contract (docs/workbook.md §10): options, exit statuses with one-line messages, the actions it
// runs as which user, and the JSON report's shape.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../tools/emulator';
import { cli } from '../tools/headless/main';
import { UsageError, parseArgs } from '../tools/headless/options';
import { FALLBACK_ADMIN, headlessRun, issuesFromSheet } from '../tools/headless/run';
import { summaryLines } from '../tools/headless/summary-text';

const tmp = mkdtempSync(join(tmpdir(), 'headless-'));

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('options', () => {
  test('all options, both spellings', () => {
    expect(
      parseArgs([
        '--workbook',
        'in.xlsx',
        '--today=2020-05-15',
        '--out',
        'o.xlsx',
        '--json',
        'o.json',
        '--user',
        'a@b.vn',
        '--action',
        'report',
      ]),
    ).toEqual({
      workbook: 'in.xlsx',
      today: '2020-05-15',
      out: 'o.xlsx',
      json: 'o.json',
      user: 'a@b.vn',
      action: 'report',
      identity: 'workspace',
    });
    expect(parseArgs(['--', '--workbook', 'in.xlsx', '--today', '2020-05-15'])).toEqual({
      workbook: 'in.xlsx',
      today: '2020-05-15',
      action: 'all',
      identity: 'workspace',
    });
    expect(
      parseArgs(['--workbook', 'in.xlsx', '--today', '2020-05-15', '--steps', 's.json', '--identity=consumer']),
    ).toEqual({
      workbook: 'in.xlsx',
      today: '2020-05-15',
      action: 'all',
      steps: 's.json',
      identity: 'consumer',
    });
    expect(parseArgs(['--help'])).toBe('help');
  });

  test.each([
    [['--today', '2020-05-15'], '--workbook is required'],
    [['--workbook', 'a.xlsx'], '--today is required'],
    [
      ['--workbook', 'a.xlsx', '--today', '2020-02-30'],
      "--today must be a real date written YYYY-MM-DD, got '2020-02-30'",
    ],
    [
      ['--workbook', 'a.xlsx', '--today', '15/05/2020'],
      "--today must be a real date written YYYY-MM-DD, got '15/05/2020'",
    ],
    [
      ['--workbook', 'a.xlsx', '--today', '2020-05-15', '--action', 'purge'],
      "--action must be one of refresh, validate, report, all, got 'purge'",
    ],
    [['--workbook', 'a.xlsx', '--today', '2020-05-15', '--colour', 'red'], 'unknown option --colour'],
    [
      ['--workbook', 'a.xlsx', '--today', '2020-05-15', '--user', 'nobody'],
      "--user must be an email address, got 'nobody'",
    ],
    [['--workbook'], '--workbook needs a value'],
    [
      ['--workbook', 'a.xlsx', '--today', '2020-05-15', '--steps', 's.json', '--action', 'refresh'],
      '--steps replaces --action: give one of them',
    ],
    [
      ['--workbook', 'a.xlsx', '--today', '2020-05-15', '--identity', 'gmail'],
      "--identity must be workspace or consumer, got 'gmail'",
    ],
    [['--workbook', 'a.xlsx', 'stray'], "unexpected argument 'stray'"],
    [['--workbook', 'a.xlsx', '--workbook', 'b.xlsx'], '--workbook given twice'],
  ])('%j is refused: %s', (args, message) => {
    expect(() => parseArgs(args)).toThrow(new UsageError(message));
  });
});

describe('exit statuses', () => {
  test('usage mistakes exit 2 with one line: the message and the usage', async () => {
    const { code, stderr, stdout } = await runCli(['--today', '2020-05-15']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^headless: --workbook is required \(usage: npm run --silent headless -- --workbook IN\.xlsx .*\)\n$/,
    );
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: /);
  });

  test('a missing workbook exits 2 with one line', async () => {
    const path = join(tmp, 'absent.xlsx');
    const { code, stderr } = await runCli(['--workbook', path, '--today', '2020-05-15']);
    expect(code).toBe(2);
    expect(stderr).toBe(`headless: cannot read ${path}: no such file\n`);
  });

  test('a file that is not a workbook exits 2 with one line', async () => {
    const path = join(tmp, 'notes.xlsx');
    writeFileSync(path, 'this is not a spreadsheet');
    const { code, stderr } = await runCli(['--workbook', path, '--today', '2020-05-15']);
    expect(code).toBe(2);
    expect(stderr.startsWith(`headless: cannot read ${path}`)).toBe(true);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  test('as a process: one line on stderr, no stack trace, status 2', () => {
    const result = spawnSync(
      process.execPath,
      ['tools/run-ts.mjs', 'tools/headless/main.ts', '--workbook', join(tmp, 'nope.xlsx'), '--today', '2020-05-15'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`headless: cannot read ${join(tmp, 'nope.xlsx')}: no such file\n`);
    expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  test('as a process: a usage mistake exits 2', () => {
    let status = 0;
    try {
      execFileSync(
        process.execPath,
        ['tools/run-ts.mjs', 'tools/headless/main.ts', '--workbook', 'x.xlsx', '--today', 'tomorrow'],
        { encoding: 'utf8', stdio: 'pipe' },
      );
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(2);
  });
});

// A bundle standing in for the add-on: each menu action leaves a trace, and reportSummary returns figures.
const BUNDLE = `
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Kiểm tra dữ liệu', 'menuValidate').addToUi(); }
function trace(step) {
  var doc = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = doc.getSheetByName('Trace') || doc.insertSheet('Trace');
  sheet.appendRow([step, Session.getActiveUser().getEmail()]);
}
function menuValidate() {
  trace('validate');
  var doc = SpreadsheetApp.getActiveSpreadsheet();
  var issues = doc.getSheetByName('Kiểm tra dữ liệu') || doc.insertSheet('Kiểm tra dữ liệu');
  issues.getRange(1, 1, 3, 5).setValues([
    ['Mức độ', 'Mã lỗi', 'Trang tính', 'Ô', 'Nội dung'],
    ['Lỗi', 'E_ID_MISSING', 'Đơn vị', 'A7', 'Thiếu mã đơn vị'],
    ['Cảnh báo', 'W_TYPE_UNUSED', 'Đơn vị', 'C9', 'Không có mốc nào áp dụng'],
  ]);
}
function menuRefresh() { trace('refresh'); }
function menuReport() { trace('report'); }
function reportSummary() { return { asOf: '2020-05-15', byType: [{ type: 'Đảng bộ cơ sở', units: 4, congressHeld: 3, done: 1, doneLate: 0, overdue: 2, dueSoon: 0 }], overdue: [], targets: [] }; }
`;

function emulatorWithSettings(admins: string | null): Emulator {
  const emulator = Emulator.create({ code: BUNDLE, today: '2020-05-15' });
  if (admins !== null) {
    const doc = emulator.workbook;
    const sheet = doc.addSheet('Cài đặt');
    doc.writeValues(sheet, 0, 0, [
      ['Thiết lập', 'Giá trị'],
      ['Tên tổ chức', 'Đảng bộ Công an tỉnh'],
      ['Quản trị viên', admins],
    ]);
  }
  return emulator;
}

function traceOf(emulator: Emulator): unknown[][] {
  return emulator.snapshot({ sheets: ['Trace'] }).sheets.Trace?.values ?? [];
}

describe('headless run', () => {
  test.each([
    ['validate', ['validate']],
    ['refresh', ['refresh']],
    ['report', ['report']],
    ['all', ['validate', 'refresh', 'report']],
  ] as const)('--action %s runs %j', (action, steps) => {
    const emulator = emulatorWithSettings(null);
    headlessRun(emulator, { action });
    expect(traceOf(emulator).map((row) => row[0])).toEqual(steps);
  });

  test('acts as the first administrator of the Settings sheet', () => {
    const emulator = emulatorWithSettings(' vanphong@congan.example ; khac@congan.example');
    headlessRun(emulator, { action: 'refresh' });
    expect(traceOf(emulator)).toEqual([['refresh', 'vanphong@congan.example']]);
  });

  test('--user overrides; with no administrator the fallback owner is used', () => {
    const a = emulatorWithSettings('vanphong@congan.example');
    headlessRun(a, { action: 'refresh', user: 'vanthu@congan.example' });
    expect(traceOf(a)).toEqual([['refresh', 'vanthu@congan.example']]);
    const b = emulatorWithSettings('');
    headlessRun(b, { action: 'refresh' });
    expect(traceOf(b)).toEqual([['refresh', FALLBACK_ADMIN]]);
  });

  test('the report holds today, sheets, issues read from Data issues, the summary and the actions’ calls', () => {
    const emulator = emulatorWithSettings(null);
    const report = headlessRun(emulator, { action: 'all' });
    expect(report.today).toBe('2020-05-15');
    expect(report.issues).toEqual([
      { severity: 'error', code: 'E_ID_MISSING', sheet: 'Đơn vị', cell: 'A7', message: 'Thiếu mã đơn vị' },
      { severity: 'warning', code: 'W_TYPE_UNUSED', sheet: 'Đơn vị', cell: 'C9', message: 'Không có mốc nào áp dụng' },
    ]);
    expect(issuesFromSheet(emulator)).toEqual(report.issues);
    expect(report.summary).toMatchObject({
      asOf: '2020-05-15',
      byType: [{ type: 'Đảng bộ cơ sở', units: 4, congressHeld: 3 }],
    });
    expect(Object.keys(report.sheets)).toEqual(expect.arrayContaining(['Trace', 'Kiểm tra dữ liệu']));
    expect(report.sheets['Kiểm tra dữ liệu']?.values[1]).toEqual([
      'Lỗi',
      'E_ID_MISSING',
      'Đơn vị',
      'A7',
      'Thiếu mã đơn vị',
    ]);
    // onOpen is not counted; reportSummary runs after the count is taken.
    expect(report.calls.byMethod['Ui.createAddonMenu']).toBeUndefined();
    expect(report.calls.byMethod['Range.appendRow']).toBeUndefined();
    expect(report.calls.byMethod['Sheet.appendRow']).toBe(3);
    expect(report.calls.total).toBe(Object.entries(report.calls.byMethod).reduce((n, [, v]) => n + v, 0));
  });

  test('a bundle without the menu action is an internal failure', () => {
    const emulator = Emulator.create({ code: 'function onOpen() {}', today: '2020-05-15' });
    expect(() => headlessRun(emulator, { action: 'report' })).toThrow(
      "the add-on bundle has no menuReport function (menu action 'report')",
    );
  });
});

describe('summary text', () => {
  test('congress ratios and the five most overdue items', () => {
    const overdue = [3, 40, 12, 7, 40, 1].map((daysLate, i) => ({
      unitId: `U${i}`,
      milestoneId: 'M02',
      deadline: '2020-04-01',
      daysLate,
    }));
    const lines = summaryLines(
      {
        today: '2020-05-15',
        summary: {
          asOf: '2020-05-15',
          byType: [
            { type: 'Chi bộ cơ sở', units: 8, congressHeld: 6 },
            { type: 'Chi bộ trực thuộc', units: 24, congressHeld: 23 },
          ],
          overdue,
        },
        issues: [{ severity: 'warning', code: 'W_X', sheet: '', cell: '', message: '' }],
        calls: { total: 12, byMethod: {} },
      },
      'en',
    );
    expect(lines).toEqual([
      'Status as of 15/05/2020',
      'Congresses held by unit type:',
      '  Chi bộ cơ sở: 6/8 (75%)',
      '  Chi bộ trực thuộc: 23/24 (95.8%)',
      'Overdue items: 6',
      'Most overdue:',
      '  U1 · M02 · deadline 01/04/2020 · 40 days late',
      '  U4 · M02 · deadline 01/04/2020 · 40 days late',
      '  U2 · M02 · deadline 01/04/2020 · 12 days late',
      '  U3 · M02 · deadline 01/04/2020 · 7 days late',
      '  U0 · M02 · deadline 01/04/2020 · 3 days late',
      'Data issues: 0 errors, 1 warning',
      "Apps Script service calls made by the run (what its time and Google's quotas depend on): 12",
    ]);
  });
});
