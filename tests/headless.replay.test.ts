// Session replay (`--steps`, docs/workbook.md §10) with the built add-on on the small workbook of the form tests
// (tests/integration/forms.fixture.ts: today 15/06/2020, PA03's clerk, holiday 22/06/2020): each step kind,
// a clean, a flagged and a refused step, the identity Google reveals, and the command line over a file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '../tools/emulator';
import { cli } from '../tools/headless/main';
import { REMIND_FUNCTIONS } from '../tools/headless/emulator-extras';
import { headlessRun, type HeadlessReport } from '../tools/headless/run';
import { parseSteps } from '../tools/headless/steps';
import { ADMIN, CLERK, ROW, iso, setUpEmulator } from './integration/forms.fixture';

function replay(emu: Emulator, steps: unknown[]): HeadlessReport {
  return headlessRun(emu, { action: 'all', steps: parseSteps(JSON.stringify(steps)) });
}

function auditLines(emu: Emulator): unknown[][] {
  return emu.workbook
    .values('Nhật ký')
    .slice(1)
    .map((l) => l.slice(1));
}

function progressCell(emu: Emulator, key: keyof typeof ROW, column: number): unknown {
  return iso(emu.workbook.values('Tiến độ')[ROW[key] - 1]?.[column]);
}

const sumOf = (byMethod: Record<string, number>) => Object.values(byMethod).reduce((a, b) => a + b, 0);

describe('a session of every step kind', () => {
  const emu = setUpEmulator({ user: ADMIN, identity: 'workspace' });
  const report = replay(emu, [
    { run: 'setup' },
    { as: CLERK },
    { edit: { sheet: 'Tiến độ', cell: 'G8', value: 'Đang thực hiện' } },
    { edit: { sheet: 'tiến độ', cell: 'g9', value: 'Xong rồi' } },
    { paste: { sheet: 'Tiến độ', cell: 'K8', values: [['Chờ biên bản'], ['Chờ quyết định']] } },
    { submit: 'progress', unitId: 'PA03', milestoneId: 'M08', status: 'Hoàn thành', completedOn: '12/06/2020' },
    { submit: 'progress', unitId: 'CAT', milestoneId: 'M06', status: 'Đang thực hiện' },
    { submit: 'emulation', unitId: 'PA03', targetId: 'T01', result: '95', note: 'quý II' },
    { today: '2020-06-16' },
    { clock: '2020-06-16T14:30' },
    { edit: { sheet: 'Tiến độ', cell: 'K10', value: 'đã nộp' } },
    { as: ADMIN },
    { run: 'validate' },
    { run: 'remind' },
  ]);
  const steps = report.steps ?? [];

  test('one report per step, each with its kind', () => {
    expect(steps.map((s) => s.kind)).toEqual([
      'run',
      'as',
      'edit',
      'edit',
      'paste',
      'submit',
      'submit',
      'submit',
      'today',
      'clock',
      'edit',
      'as',
      'run',
      'run',
    ]);
  });

  test('setup as the administrator installs the trigger the edits then fire', () => {
    expect(steps[0]).toMatchObject({ ok: true, code: '' });
    expect(emu.listTriggers().map((t) => [t.handler, t.owner])).toEqual([['onEditInstalled', ADMIN]]);
  });

  test('as: the clerk opens the spreadsheet (onOpen runs for them) and acts from then on', () => {
    expect(steps[1]).toMatchObject({ ok: true, triggers: [{ kind: 'simple', functionName: 'onOpen' }] });
    expect(auditLines(emu)[0]).toEqual([
      CLERK,
      'Sửa trực tiếp',
      'Tiến độ',
      'PA03 / M08',
      'Trạng thái',
      '',
      'Đang thực hiện',
    ]);
  });

  test('a clean edit: ok, no flags, the trigger fired, its calls and cells counted', () => {
    const step = steps[2];
    expect(step).toMatchObject({ ok: true, code: '', flags: [] });
    expect(step?.triggers.map((t) => [t.kind, t.functionName, t.error])).toEqual([
      ['installable', 'onEditInstalled', undefined],
    ]);
    expect(step?.calls.total).toBeGreaterThan(0);
    expect(step?.calls.byMethod['Range.setValues'] ?? 0).toBeGreaterThan(0);
    // At least the Updated by / Updated at stamp (2 cells) and one audit line (8 cells).
    expect(step?.cells.written).toBeGreaterThanOrEqual(10);
    expect(step?.cells.read).toBeGreaterThan(0);
  });

  test('a flagged edit: ok, with the finding code; the sheet name matched as Sheets matches it', () => {
    expect(steps[3]).toMatchObject({ ok: true, code: '', flags: ['E_VALUE_UNKNOWN'] });
    expect(progressCell(emu, 'PA03/M09', 6)).toBe('Xong rồi');
  });

  test('a paste: both cells typed, one trigger run, both audited', () => {
    expect(steps[4]).toMatchObject({ ok: true, flags: [] });
    expect(steps[4]?.triggers).toHaveLength(1);
    const notes = auditLines(emu).filter((l) => l[2] === 'Tiến độ' && l[4] === 'Ghi chú');
    expect(notes.slice(0, 2).map((l) => [l[3], l[6]])).toEqual([
      ['PA03 / M08', 'Chờ biên bản'],
      ['PA03 / M09', 'Chờ quyết định'],
    ]);
  });

  test('a progress submission through the form: saved, and M09 moves to 12/06 + 15 working days skipping 22/06 = 06/07/2020', () => {
    expect(steps[5]).toMatchObject({ ok: true, code: '', flags: [] });
    expect(steps[5]?.message).toMatch(/^Đã lưu mốc M08 của Đảng bộ Phòng An ninh đối nội\./);
    expect(progressCell(emu, 'PA03/M08', 6)).toBe('Hoàn thành');
    expect(progressCell(emu, 'PA03/M08', 7)).toBe('2020-06-12');
    expect(progressCell(emu, 'PA03/M09', 5)).toBe('2020-07-06');
    expect(steps[5]?.cells.written).toBeGreaterThan(0);
  });

  test('a refused submission: ok false with the server’s code and message, nothing written', () => {
    expect(steps[6]).toMatchObject({
      ok: false,
      code: 'forbidden',
      message:
        'Tài khoản clerk.pa03@ubnd.example không được giao cập nhật đơn vị Đảng bộ Công an tỉnh (CAT). Liên hệ quản trị viên để được thêm vào cột Email cập nhật.',
      cells: { written: 0 },
    });
    expect(progressCell(emu, 'CAT/M06', 6)).toBe('');
  });

  test('an emulation submission through the form', () => {
    expect(steps[7]).toMatchObject({ ok: true, message: 'Đã lưu kết quả T01 của Đảng bộ Phòng An ninh đối nội.' });
    expect(emu.workbook.values('Thi đua')[1]?.slice(7, 8)).toEqual([95]);
    expect(emu.workbook.values('Thi đua')[1]?.[11]).toBe('quý II');
  });

  test('today and clock move the clock and call nothing; later stamps carry the new time', () => {
    for (const step of [steps[8], steps[9]])
      expect(step).toMatchObject({ ok: true, calls: { total: 0 }, cells: { read: 0, written: 0 } });
    expect(report.today).toBe('2020-06-16');
    // The edit after {"clock": "2020-06-16T14:30"} is stamped then (Hanoi time).
    const stamped = emu.workbook.values('Tiến độ')[ROW['PA03-01/M06'] - 1]?.[12] as Date;
    expect(new Date(stamped.getTime() + 7 * 3600_000).toISOString().slice(0, 16)).toBe('2020-06-16T14:30');
  });

  test('an edit after another flag leaves it out: only what this step raised', () => {
    expect(steps[10]).toMatchObject({ ok: true, flags: [] });
  });

  test('a menu action as the administrator says what it did', () => {
    expect(steps[12]).toMatchObject({ ok: true });
    expect(steps[12]?.message).not.toBe('');
  });

  test('remind runs the daily reminder job; with Settings’ Nhắc việc not set (FALSE by default) it sends nothing', () => {
    expect(REMIND_FUNCTIONS.every((fn) => emu.hasFunction(fn))).toBe(true);
    expect(steps[13]).toMatchObject({ ok: true, code: '' });
    expect(report.mail).toEqual([]);
  });

  test('the run’s calls are the sum of the steps’', () => {
    expect(report.calls.total).toBe(steps.reduce((n, s) => n + s.calls.total, 0));
    expect(sumOf(report.calls.byMethod)).toBe(steps.reduce((n, s) => n + sumOf(s.calls.byMethod), 0));
  });
});

describe('remind with reminders turned on in the sheet', () => {
  // Today 15/06/2020: PA03's M07 (deadline 10/06, in progress) is overdue, so PA03's editors are reminded; its
  // cell PA03-01 (no editors) is overdue by far more than 7 days, so they also get that escalation. A second run
  // the same day sends nothing again.
  const emu = setUpEmulator({ user: ADMIN, identity: 'workspace' });
  const report = replay(emu, [
    { run: 'setup' },
    { paste: { sheet: 'Cài đặt', cell: 'A5', values: [['Nhắc việc', 'TRUE']] } },
    { run: 'remind' },
    { run: 'remind' },
  ]);
  const steps = report.steps ?? [];
  const sends = (i: number) => steps[i]?.calls.byMethod['MailApp.sendEmail'] ?? 0;

  test('the job sends, once a day', () => {
    expect(steps.map((s) => [s.kind, s.ok])).toEqual([
      ['run', true],
      ['paste', true],
      ['run', true],
      ['run', true],
    ]);
    expect(sends(2)).toBeGreaterThan(0);
    expect(sends(3)).toBe(0);
    expect(report.mail).toHaveLength(sends(2));
  });

  test('PA03’s editors get their unit’s reminder, sent at 09:00 on 15/06/2020', () => {
    const toPa03 = report.mail.filter(
      (m) => m.to.some((to) => to.toLowerCase() === CLERK) && m.subject.includes('Đảng bộ Phòng An ninh đối nội'),
    );
    expect(toPa03.length).toBeGreaterThanOrEqual(1);
    expect(toPa03.every((m) => m.at === '2020-06-15T09:00')).toBe(true);
    // Its own overdue congress (M07, deadline 10/06/2020) …
    expect(toPa03.some((m) => /M07[^\n]*10\/06\/2020/.test(m.body))).toBe(true);
    // … and, as the parent, its cell PA03-01 overdue by 7 days or more (M06 due 29/02/2020: 107 days by 15/06).
    expect(toPa03.some((m) => m.body.includes('PA03-01') && /M06[^\n]*29\/02\/2020/.test(m.body))).toBe(true);
  });
});

describe('flags', () => {
  test('the same flag raised again with the same words is the step’s flag again', () => {
    const emu = setUpEmulator({ user: ADMIN, identity: 'workspace' });
    const steps = replay(emu, [
      { run: 'setup' },
      { as: CLERK },
      { edit: { sheet: 'Tiến độ', cell: 'G9', value: 'Xong rồi' } },
      { edit: { sheet: 'Tiến độ', cell: 'G9', value: 'Xong rồi' } },
      { edit: { sheet: 'Tiến độ', cell: 'G9', value: 'Chưa thực hiện' } },
    ]).steps;
    expect(steps?.map((s) => s.flags)).toEqual([[], [], ['E_VALUE_UNKNOWN'], ['E_VALUE_UNKNOWN'], []]);
  });
});

describe('--identity', () => {
  test.each([
    ['workspace', CLERK],
    ['consumer', 'không xác định'],
  ] as const)('%s: the clerk’s edit is stamped by %s', (identity, who) => {
    const emu = setUpEmulator({ user: ADMIN, identity });
    replay(emu, [{ run: 'setup' }, { as: CLERK }, { edit: { sheet: 'Tiến độ', cell: 'K8', value: 'x' } }]);
    expect(progressCell(emu, 'PA03/M08', 11)).toBe(who);
    expect(auditLines(emu)[0]?.[0]).toBe(who);
  });
});

describe('the command line', () => {
  test('--steps over a file: exit 0, the JSON has steps and mail; the edit is in the saved workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headless-steps-'));
    const emu = setUpEmulator({ user: ADMIN });
    await emu.saveXlsx(join(dir, 'in.xlsx'));
    writeFileSync(
      join(dir, 'steps.json'),
      JSON.stringify([
        { run: 'setup' },
        { as: CLERK },
        { edit: { sheet: 'Tiến độ', cell: 'G9', value: 'Xong rồi' } },
        { submit: 'progress', unitId: 'CAT', milestoneId: 'M06', status: 'Hoàn thành' },
      ]),
    );
    let stderr = '';
    const code = await cli(
      [
        '--workbook',
        join(dir, 'in.xlsx'),
        '--today',
        '2020-06-15',
        '--steps',
        join(dir, 'steps.json'),
        '--identity',
        'consumer',
        '--json',
        join(dir, 'out.json'),
      ],
      { stdout: () => undefined, stderr: (t) => (stderr += t) },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as HeadlessReport;
    expect(json.steps?.map((s) => [s.kind, s.ok, s.code, s.flags])).toEqual([
      ['run', true, '', []],
      ['as', true, '', []],
      ['edit', true, '', ['E_VALUE_UNKNOWN']],
      ['submit', false, 'forbidden', []],
    ]);
    expect(json.mail).toEqual([]);
    expect(json.sheets['Tiến độ']?.values[ROW['PA03/M09'] - 1]?.[6]).toBe('Xong rồi');
  });
});
