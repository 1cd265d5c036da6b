// The steps file of `--steps` (docs/workbook.md §10): what each step kind reads, the one-line refusal of a malformed file
// (exit status 2, before the workbook is opened), the README's example, and how a step's flags are told
// from the Data issues lines it left.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../tools/headless/main';
import { stepFlags } from '../tools/headless/flags';
import { instantOf } from '../tools/headless/emulator-extras';
import type { IssueLine } from '../tools/headless/issues';
import { headlessRun } from '../tools/headless/run';
import { StepsError, parseSteps } from '../tools/headless/steps';
import { isoDay, statusKey } from '../tools/headless/submit';
import { Emulator } from '../tools/emulator';

const tmp = mkdtempSync(join(tmpdir(), 'headless-steps-'));

describe('parseSteps', () => {
  test('every step kind, as docs/workbook.md §10 writes them', () => {
    const steps = parseSteps(
      JSON.stringify([
        { today: '2020-05-16' },
        { clock: '2020-05-16T07:30' },
        { as: 'vanthu.pc08@congan.example' },
        { as: '', locale: 'en' },
        { run: 'remind' },
        { edit: { sheet: 'Tiến độ', cell: 'g5', value: 'Hoàn thành' } },
        { edit: { sheet: 'Thi đua', cell: 'H7', value: 1.103 } },
        { paste: { sheet: 'Tiến độ', cell: 'K5', values: [['a', 'b'], ['c']] } },
        {
          submit: 'progress',
          unitId: 'PA03',
          milestoneId: 'M07',
          status: 'Hoàn thành',
          completedOn: '2020-05-15',
          evidence: 'https://x',
          note: 'n',
        },
        { submit: 'emulation', unitId: 'PA03', targetId: 'CT05', result: '95%', ownTarget: '90%', note: '' },
      ]),
    );
    expect(steps).toEqual([
      { kind: 'today', date: '2020-05-16' },
      { kind: 'clock', at: '2020-05-16T07:30' },
      { kind: 'as', email: 'vanthu.pc08@congan.example' },
      { kind: 'as', email: '', locale: 'en' },
      { kind: 'run', action: 'remind' },
      { kind: 'edit', sheet: 'Tiến độ', cell: 'G5', value: 'Hoàn thành' },
      { kind: 'edit', sheet: 'Thi đua', cell: 'H7', value: '1.103' },
      { kind: 'paste', sheet: 'Tiến độ', cell: 'K5', values: [['a', 'b'], ['c']] },
      {
        kind: 'submit',
        form: 'progress',
        unitId: 'PA03',
        milestoneId: 'M07',
        status: 'Hoàn thành',
        completedOn: '2020-05-15',
        evidence: 'https://x',
        note: 'n',
      },
      {
        kind: 'submit',
        form: 'emulation',
        unitId: 'PA03',
        targetId: 'CT05',
        result: '95%',
        ownTarget: '90%',
        note: '',
      },
    ]);
    expect(parseSteps('[]')).toEqual([]);
  });

  test.each([
    ['{', /^not valid JSON \(/],
    ['{"run": "refresh"}', /^must be a JSON array of steps/],
    ['["refresh"]', /^step 1: must be an object like \{"run": "refresh"\}$/],
    ['[{"run": "refresh"}, {}]', /^step 2: names no step kind \(one of today, clock, as, run, edit, paste, submit\)$/],
    ['[{"run": "refresh", "as": "a@b.vn"}]', /^step 1: has "as" and "run"; a step does one thing$/],
    ['[{"run": "purge"}]', /^step 1 \(run\): must be one of setup, validate, refresh, report, remind, got 'purge'$/],
    ['[{"today": "2020-02-30"}]', /^step 1 \(today\): must be a real date written YYYY-MM-DD, got '2020-02-30'$/],
    ['[{"clock": "2020-05-16 07:30"}]', /^step 1 \(clock\): must be a real time written YYYY-MM-DDTHH:MM/],
    ['[{"clock": "2020-05-16T24:00"}]', /^step 1 \(clock\): must be a real time/],
    ['[{"as": "nobody"}]', /^step 1 \(as\): must be an email address or ""/],
    [
      '[{"edit": {"sheet": "Tiến độ", "cell": "G", "value": "x"}}]',
      /^step 1 \(edit\): "cell" must be one cell written like G5, got 'G'$/,
    ],
    ['[{"edit": {"sheet": "Tiến độ", "cell": "G5:G6", "value": "x"}}]', /^step 1 \(edit\): "cell" must be one cell/],
    ['[{"edit": {"sheet": "", "cell": "G5", "value": "x"}}]', /^step 1 \(edit\): "sheet" must not be blank$/],
    ['[{"edit": {"sheet": "S", "cell": "G5", "value": null}}]', /^step 1 \(edit\): "value" must be a string$/],
    ['[{"edit": {"sheet": "S", "cell": "G5", "valeu": "x"}}]', /^step 1 \(edit\): unknown field "valeu" in "edit"/],
    ['[{"edit": "G5"}]', /^step 1 \(edit\): "edit" must be an object$/],
    [
      '[{"paste": {"sheet": "S", "cell": "A1", "values": []}}]',
      /^step 1 \(paste\): "values" must be a non-empty list of non-empty rows/,
    ],
    ['[{"paste": {"sheet": "S", "cell": "A1", "values": [[true]]}}]', /^step 1 \(paste\): "values" must hold strings/],
    ['[{"submit": "leave"}]', /^step 1 \(submit\): must be "progress" or "emulation", got 'leave'$/],
    ['[{"submit": "progress", "unitId": "PA03"}]', /^step 1 \(submit\): "milestoneId" must be a string$/],
    [
      '[{"submit": "progress", "unitId": "PA03", "milestoneId": "M07", "result": "9"}]',
      /^step 1 \(submit\): unknown field "result" \(allowed: /,
    ],
    [
      '[{"submit": "emulation", "unitId": "PA03", "targetId": "T", "status": "x"}]',
      /^step 1 \(submit\): unknown field "status"/,
    ],
    ['[{"run": "refresh", "note": "x"}]', /^step 1 \(run\): unknown field "note" \(allowed: run\)$/],
  ])('%s is refused', (text, message) => {
    expect(() => parseSteps(text)).toThrow(StepsError);
    expect(() => parseSteps(text)).toThrow(message);
  });
});

describe('exit status 2 for a steps file that cannot be used, with one line on stderr', () => {
  async function run(stepsText: string | null): Promise<{ code: number; stderr: string; stdout: string }> {
    const path = join(tmp, `steps-${Math.random().toString(36).slice(2)}.json`);
    if (stepsText !== null) writeFileSync(path, stepsText);
    let stderr = '';
    let stdout = '';
    // The workbook does not exist either: the steps file is read first, so its mistake is the one reported.
    const code = await cli(['--workbook', join(tmp, 'none.xlsx'), '--today', '2020-05-15', '--steps', path], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    return { code, stderr: stderr.replace(path, 'STEPS'), stdout };
  }

  test.each([
    ['not JSON', '[{"run": "refresh"},', /^headless: STEPS: not valid JSON \(.*\)\n$/],
    [
      'a bad step',
      '[{"run": "refresh"}, {"edit": {"sheet": "Tiến độ", "cell": "5G", "value": "x"}}]',
      /^headless: STEPS: step 2 \(edit\): "cell" must be one cell written like G5, got '5G'\n$/,
    ],
    ['a missing file', null, /^headless: cannot read STEPS: no such file\n$/],
  ])('%s', async (_what, text, line) => {
    const { code, stderr, stdout } = await run(text);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(line);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the README example', () => {
  test('tools/headless/examples/session.json is a valid steps file using every step kind', () => {
    const steps = parseSteps(readFileSync('tools/headless/examples/session.json', 'utf8'));
    expect(new Set(steps.map((s) => s.kind))).toEqual(
      new Set(['today', 'clock', 'as', 'run', 'edit', 'paste', 'submit']),
    );
  });
});

describe('typed values of a submission', () => {
  test.each([
    ['Hoàn thành', 'done'],
    [' hoàn thành ', 'done'],
    ['Done', 'done'],
    ['Chờ cấp trên cho ý kiến', 'awaiting'],
    ['notApplicable', 'notApplicable'],
    ['Xong', 'Xong'],
  ])('status %j is %j', (typed, key) => expect(statusKey(typed)).toBe(key));

  test.each([
    ['14/05/2020', '2020-05-14'],
    ['4/5/2020', '2020-05-04'],
    ['2020-05-14', '2020-05-14'],
    ['mai', 'mai'],
  ])('date %j is sent as %j', (typed, sent) => expect(isoDay(typed)).toBe(sent));

  test('a clock time is read in the script time zone (Hanoi, UTC+7)', () => {
    const emu = Emulator.create({ code: 'function onOpen() {}', today: '2020-05-15' });
    expect(instantOf(emu, '2020-05-16T07:30').toISOString()).toBe('2020-05-16T00:30:00.000Z');
  });
});

describe('stepFlags', () => {
  const line = (row: number, code: string, cell: string, message = 'm'): IssueLine => ({
    row,
    severity: 'error',
    code,
    sheet: 'Tiến độ',
    cell,
    message,
  });
  const edited = { sheet: 'Tiến độ', top: 8, left: 7, bottom: 8, right: 7 };

  test('a new line is the step’s flag; lines that were there already are not', () => {
    const before = [line(2, 'E_DATE_INVALID', 'H9')];
    const after = [line(2, 'E_DATE_INVALID', 'H9'), line(3, 'E_VALUE_UNKNOWN', 'G8')];
    expect(stepFlags(before, after, { issuesSheet: 'Kiểm tra dữ liệu', writes: [], edited })).toEqual([
      'E_VALUE_UNKNOWN',
    ]);
  });

  test('a line written again about the edited cell is the step’s flag; one about another cell is not', () => {
    const before = [line(2, 'E_DATE_INVALID', 'H9'), line(3, 'E_VALUE_UNKNOWN', 'G8')];
    const writes = [{ sheet: 'Kiểm tra dữ liệu', row: 2, column: 1, numRows: 2, numColumns: 5, method: 'setValues' }];
    expect(stepFlags(before, before, { issuesSheet: 'Kiểm tra dữ liệu', writes, edited })).toEqual(['E_VALUE_UNKNOWN']);
    expect(stepFlags(before, before, { issuesSheet: 'Kiểm tra dữ liệu', writes: [], edited })).toEqual([]);
  });

  test('a paste block covers its cells; codes are listed once', () => {
    const after = [line(2, 'E_VALUE_UNKNOWN', 'G8'), line(3, 'E_VALUE_UNKNOWN', 'G9'), line(4, 'E_DATE_INVALID', 'H9')];
    expect(stepFlags([], after, { writes: [], edited: { ...edited, bottom: 9, right: 8 } })).toEqual([
      'E_VALUE_UNKNOWN',
      'E_DATE_INVALID',
    ]);
  });
});

// A bundle standing in for the add-on's reminders: Setup installs a daily 07:00 trigger that sends one email,
// and remindersDaily, called without a trigger's event, sends one at once.
const REMINDING = `
function onOpen() {}
function menuSetup() { ScriptApp.newTrigger('daily').timeBased().atHour(7).everyDays(1).create(); }
function daily(e) { MailApp.sendEmail('vanthu.pc08@congan.example', 'Nhắc việc', 'Hai việc quá hạn'); }
function remindersDaily(e) { if (e) return; MailApp.sendEmail({ to: 'a@congan.example, b@congan.example', cc: 'c@congan.example', subject: 'Nhắc ngay', body: 'Một việc sắp đến hạn' }); }
`;

describe('clock, reminders and mail (a stand-in bundle)', () => {
  const emu = Emulator.create({ code: REMINDING, today: '2020-05-15', scopes: null });
  const report = headlessRun(emu, {
    action: 'all',
    user: 'vanphong@congan.example',
    steps: parseSteps(
      JSON.stringify([
        { run: 'setup' },
        { clock: '2020-05-16T06:59' },
        { clock: '2020-05-16T07:30' },
        { today: '2020-05-18' },
        { run: 'remind' },
      ]),
    ),
  });
  const steps = report.steps ?? [];

  test('the daily trigger fires only when the clock passes 07:00: once on the 16th, then for the 17th and the 18th', () => {
    expect(steps.map((s) => s.triggers.map((t) => t.functionName))).toEqual([
      [],
      [],
      ['daily'],
      ['daily', 'daily'],
      [],
    ]);
    expect(steps[2]?.calls.byMethod['MailApp.sendEmail']).toBe(1);
  });

  test('remind runs the bundle’s reminder job at once', () => {
    expect(steps[4]).toMatchObject({ kind: 'run', ok: true, code: '' });
  });

  test('mail lists every email with its recipients and the time it was sent (Hanoi time)', () => {
    const daily = { to: ['vanthu.pc08@congan.example'], cc: [], subject: 'Nhắc việc', body: 'Hai việc quá hạn' };
    expect(report.mail).toEqual([
      { ...daily, at: '2020-05-16T07:00' },
      { ...daily, at: '2020-05-17T07:00' },
      { ...daily, at: '2020-05-18T07:00' },
      {
        to: ['a@congan.example', 'b@congan.example'],
        cc: ['c@congan.example'],
        subject: 'Nhắc ngay',
        body: 'Một việc sắp đến hạn',
        at: '2020-05-18T09:00',
      },
    ]);
    expect(report.today).toBe('2020-05-18');
  });
});

// A bundle standing in for the add-on's protections: A1:B2 only its editors (the owner), D1:D2 warning only.
const PROTECTING = `
function onOpen() {}
function menuSetup() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  var p = sheet.getRange('A1:B2').protect();
  p.removeEditors(p.getEditors());
  sheet.getRange('D1:D2').protect().setWarningOnly(true);
}
`;

describe('edits meeting protections', () => {
  const OWNER = 'vanphong@congan.example';
  const emu = Emulator.create({ code: PROTECTING, today: '2020-05-15', user: { email: OWNER } });
  const steps =
    headlessRun(emu, {
      action: 'all',
      user: OWNER,
      steps: parseSteps(
        JSON.stringify([
          { run: 'setup' },
          { as: 'vanthu@congan.example' },
          { edit: { sheet: 'Sheet1', cell: 'A1', value: 'gõ đè' } },
          { edit: { sheet: 'Sheet1', cell: 'D1', value: 'xác nhận' } },
          { edit: { sheet: 'Sheet1', cell: 'C1', value: 'tự do' } },
        ]),
      ),
    }).steps ?? [];

  test('refused by a protection: ok false, code protected, Google’s message; the cell unchanged', () => {
    expect(steps[2]).toMatchObject({
      ok: false,
      code: 'protected',
      message:
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    });
    expect(emu.workbook.values('Sheet1')[0]?.[0] ?? '').toBe('');
  });

  test('a warning-only protection: the edit goes through and the step carries Google’s warning', () => {
    expect(steps[3]).toMatchObject({
      ok: true,
      code: '',
      warning: "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.",
    });
    expect(emu.workbook.values('Sheet1')[0]?.[3]).toBe('xác nhận');
    expect(steps[4]).toMatchObject({ ok: true, code: '' });
    expect(steps[4]?.warning).toBeUndefined();
  });
});
