// Hostile and malformed sidebar payloads, sent through google.script.run's copying rules to the real
// endpoints. A refused payload names its reason (code) and leaves the workbook exactly as it was; an accepted
// one changes only its own row (plus the Audit log), and text stays text: never a formula, never truncated.
import { Emulator } from '../../tools/emulator';
import { buildWorkbook, readTable, rowsWhere } from '../support/workbooks';
import { AUDIT } from '../../src/core/record-sheets';
import { EMULATION, PROGRESS } from '../../src/core/schema';
import { SHEETS } from '../../src/core/sheets';
import { BUNDLE } from '../support/bundle';
import { ADMIN, TODAY, baseSheets, input } from './base';

type Endpoint = 'submitProgress' | 'submitResult';

interface PayloadCase {
  name: string;
  endpoint?: Endpoint;
  /** The acting user (default the administrator). */
  user?: string;
  /** The row whose current version the payload carries: [unit, milestone or target]. */
  row?: [string, string];
  payload: (version: string) => unknown;
  /** Expected refusal code, 'throws' when google.script.run refuses the argument, or 'ok'. */
  expect: 'ok' | 'throws' | 'invalid' | 'forbidden' | 'notFound' | 'requirement' | 'stale';
  /** For accepted payloads: column key → exact value the row must then hold. */
  stored?: Record<string, unknown>;
  message?: RegExp;
}

const progress =
  (unitId: string, milestoneId: string, fields: Record<string, unknown> = {}) =>
  (version: string) => ({
    unitId,
    milestoneId,
    status: 'inProgress',
    completedOn: '',
    evidence: '',
    note: '',
    version,
    ...fields,
  });
const result =
  (unitId: string, targetId: string, fields: Record<string, unknown> = {}) =>
  (version: string) => ({ unitId, targetId, result: 3, note: '', version, ...fields });
const P = (unitId: string, milestoneId: string): [string, string] => [unitId, milestoneId];
const MARKUP = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://evil.example","bấm vào đây")';

const CASES: PayloadCase[] = [
  { name: 'payload null', payload: () => null, expect: 'invalid' },
  { name: 'payload an array', payload: () => ['DB01-01', 'M02'], expect: 'invalid' },
  { name: 'payload a string', payload: () => 'DB01-01/M02', expect: 'invalid' },
  {
    name: 'version missing',
    row: P('DB01-01', 'M02'),
    payload: (v) => ({ ...progress('DB01-01', 'M02')(v), version: undefined }),
    expect: 'invalid',
  },
  {
    name: 'a field outside the contract',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { isAdmin: true }),
    expect: 'invalid',
  },
  {
    name: 'unit ID a number',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { unitId: 1 }),
    expect: 'invalid',
  },
  {
    name: 'unit ID an object',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { unitId: { toString: 'DB01-01' } }),
    expect: 'invalid',
  },
  {
    name: 'unknown status',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { status: 'finished' }),
    expect: 'invalid',
  },
  {
    name: 'status as its Vietnamese label, not its key',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { status: 'Hoàn thành', completedOn: '2020-05-01' }),
    expect: 'invalid',
  },
  {
    name: 'completion date not ISO',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { status: 'done', completedOn: '01/05/2020' }),
    expect: 'invalid',
  },
  {
    name: 'impossible completion date',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { status: 'done', completedOn: '2020-02-30' }),
    expect: 'invalid',
  },
  {
    name: 'completion date after today',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { status: 'done', completedOn: '2020-05-16' }),
    expect: 'invalid',
  },
  {
    name: 'done without a completion date',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { status: 'done' }),
    expect: 'invalid',
  },
  {
    name: 'a completion date with a status other than done',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { completedOn: '2020-05-01' }),
    expect: 'invalid',
  },
  {
    name: 'a Date object (google.script.run refuses it in the browser)',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { status: 'done', completedOn: new Date(Date.UTC(2020, 4, 1)) }),
    expect: 'throws',
  },
  {
    name: 'evidence over 1,000 characters',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { evidence: 'https://example.org/' + 'a'.repeat(1000) }),
    expect: 'invalid',
  },
  {
    name: 'a 50,000-character note',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { note: 'Đ'.repeat(50_000) }),
    expect: 'invalid',
  },
  { name: 'unknown unit', row: P('DB01-01', 'M02'), payload: progress('XX99', 'M01'), expect: 'notFound' },
  { name: 'unknown milestone', row: P('DB01-01', 'M02'), payload: progress('DB01-01', 'M99'), expect: 'notFound' },
  // M05 applies to upper-level and grassroots committees only, not to a cell.
  {
    name: 'a milestone that does not apply to the unit',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M05'),
    expect: 'notFound',
  },
  {
    name: "another unit's clerk",
    user: 'vanthu.cb01@example.org',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02'),
    expect: 'forbidden',
  },
  {
    name: 'a user Apps Script gives no email for',
    user: '',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02'),
    expect: 'forbidden',
  },
  {
    name: 'done while the required milestone is not',
    row: P('DB01-01', 'M04'),
    payload: progress('DB01-01', 'M04', { status: 'done', completedOn: '2020-03-01' }),
    expect: 'requirement',
    message: /M03/,
  },
  { name: 'a forged version', payload: progress('DB01-01', 'M02'), row: undefined, expect: 'stale' },
  {
    name: "the committee's clerk updating one of its cells (ancestor's editor)",
    user: 'vanthu.db01@example.org',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { note: 'Chi ủy đang dự thảo' }),
    expect: 'ok',
    stored: { note: 'Chi ủy đang dự thảo', updatedBy: 'vanthu.db01@example.org' },
  },
  {
    name: 'unit ID in another case, with spaces and decomposed',
    row: P('DB01-01', 'M02'),
    payload: progress(' db01-01 '.normalize('NFD'), 'm02', { note: 'ok' }),
    expect: 'ok',
    stored: { note: 'ok' },
  },
  {
    name: 'a formula in the note and evidence',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { note: FORMULA, evidence: '=IMPORTXML("http://evil.example","//a")' }),
    expect: 'ok',
    stored: { note: FORMULA, evidence: '=IMPORTXML("http://evil.example","//a")' },
  },
  {
    name: 'text starting with + - @',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { note: '-5 ngày', evidence: '+84 912 345 678' }),
    expect: 'ok',
    stored: { note: '-5 ngày', evidence: '+84 912 345 678' },
  },
  {
    name: 'an at-sign note',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { note: '@all xem lại' }),
    expect: 'ok',
    stored: { note: '@all xem lại' },
  },
  {
    name: 'markup in the note',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { note: MARKUP, evidence: '"><script>alert(1)</script>' }),
    expect: 'ok',
    stored: { note: MARKUP, evidence: '"><script>alert(1)</script>' },
  },
  {
    name: 'emoji, right-to-left text and line breaks',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { note: '🚩 xong ✅\nمرحبا\tשלום' }),
    expect: 'ok',
    stored: { note: '🚩 xong ✅\nمرحبا\tשלום' },
  },
  {
    name: 'a note of exactly 2,000 characters',
    row: P('DB01-01', 'M02'),
    payload: progress('DB01-01', 'M02', { note: 'ê'.repeat(2000) }),
    expect: 'ok',
    stored: { note: 'ê'.repeat(2000) },
  },
  {
    name: 'result negative',
    endpoint: 'submitResult',
    row: P('DB01', 'CT01'),
    payload: result('DB01', 'CT01', { result: '-5' }),
    expect: 'invalid',
  },
  {
    name: 'result not a number',
    endpoint: 'submitResult',
    row: P('DB01', 'CT01'),
    payload: result('DB01', 'CT01', { result: 'nhiều' }),
    expect: 'invalid',
  },
  {
    name: 'result a formula',
    endpoint: 'submitResult',
    row: P('DB01', 'CT01'),
    payload: result('DB01', 'CT01', { result: '=1+1' }),
    expect: 'invalid',
  },
  {
    name: 'result for an unknown target',
    endpoint: 'submitResult',
    row: P('DB01', 'CT01'),
    payload: result('DB01', 'CT99'),
    expect: 'notFound',
  },
  {
    name: 'result as Vietnamese text 1.103',
    endpoint: 'submitResult',
    row: P('DB01', 'CT01'),
    payload: result('DB01', 'CT01', { result: '1.103' }),
    expect: 'ok',
    stored: { result: 1103 },
  },
  {
    name: 'result as Vietnamese text 5,62',
    endpoint: 'submitResult',
    row: P('DB01', 'CT01'),
    payload: result('DB01', 'CT01', { result: '5,62' }),
    expect: 'ok',
    stored: { result: 5.62 },
  },
  {
    name: 'result as English text 1,103.5',
    endpoint: 'submitResult',
    row: P('DB01', 'CT01'),
    payload: result('DB01', 'CT01', { result: '1,103.5' }),
    expect: 'ok',
    stored: { result: 1103.5 },
  },
];

type State = Record<string, { values: unknown[][]; formulas: string[][] }>;

function state(emu: Emulator): State {
  return Object.fromEntries(
    emu.workbook
      .sheetNames()
      .map((n) => [n, { values: emu.workbook.values(n) as unknown[][], formulas: emu.workbook.formulas(n) }]),
  );
}

const defOf = (endpoint: Endpoint) => (endpoint === 'submitProgress' ? PROGRESS : EMULATION);
const otherKey = (endpoint: Endpoint) => (endpoint === 'submitProgress' ? 'milestoneId' : 'targetId');

function currentVersion(emu: Emulator, endpoint: Endpoint, [unitId, id]: [string, string]): string {
  const loaded = emu.callServer(endpoint === 'submitProgress' ? 'unitMilestones' : 'unitTargets', unitId) as {
    ok: boolean;
    value: { rows: { milestoneId?: string; targetId?: string; version: string }[] };
  };
  if (!loaded.ok) throw new Error(`cannot load ${unitId}`);
  const row = loaded.value.rows.find((r) => (r.milestoneId ?? r.targetId) === id);
  if (!row) throw new Error(`no ${id} for ${unitId}`);
  return row.version;
}

/** Rows (0-based) that differ between two states of a sheet. */
function changedRows(a: State[string] | undefined, b: State[string] | undefined): number[] {
  const rows = Math.max(a?.values.length ?? 0, b?.values.length ?? 0);
  const out: number[] = [];
  const same = (x: unknown, y: unknown) =>
    x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : (x ?? '') === (y ?? '');
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(a?.values[r]?.length ?? 0, b?.values[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      if (!same(a?.values[r]?.[c], b?.values[r]?.[c]) || (a?.formulas[r]?.[c] ?? '') !== (b?.formulas[r]?.[c] ?? '')) {
        out.push(r);
        break;
      }
    }
  }
  return out;
}

let emu: Emulator;

beforeAll(() => {
  emu = Emulator.create({
    code: BUNDLE,
    today: TODAY,
    user: { email: ADMIN, locale: 'vi' },
    workbook: (env) => buildWorkbook(env, input(baseSheets('vi'))),
  });
  emu.run('menuRefresh');
});

test('the corpus has at least 30 hostile payloads', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(30);
});

test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const endpoint = c.endpoint ?? 'submitProgress';
  const version = c.row ? currentVersion(emu, endpoint, c.row) : 'forged-version-0';
  const before = state(emu);
  let answer: { ok: boolean; error?: { code: string; message: string } } | undefined;
  let threw: unknown;
  try {
    answer = emu.asUser({ email: c.user ?? ADMIN }, () =>
      emu.callServer(endpoint, c.payload(version)),
    ) as typeof answer;
  } catch (error) {
    threw = error;
  }
  const after = state(emu);

  if (c.expect === 'throws') {
    expect(threw).toBeDefined();
    expect(after).toEqual(before);
    return;
  }
  expect(threw).toBeUndefined();
  if (c.expect !== 'ok') {
    expect(answer?.ok).toBe(false);
    expect(answer?.error?.code).toBe(c.expect);
    expect(answer?.error?.message).toEqual(expect.stringMatching(/\S/));
    if (c.message) expect(answer?.error?.message).toMatch(c.message);
    // Nothing changed anywhere.
    expect(after).toEqual(before);
    return;
  }

  expect(answer).toMatchObject({ ok: true });
  const def = defOf(endpoint);
  const [unitId, id] = c.row!;
  const table = readTable(emu, def)!;
  const r = rowsWhere(table, { unitId, [otherKey(endpoint)]: id })[0]!;
  for (const [key, value] of Object.entries(c.stored ?? {})) {
    expect({ [key]: table.values[r]![table.columns[key]!] }).toEqual({ [key]: value });
    expect({ [key]: table.formulas[r]![table.columns[key]!] }).toEqual({ [key]: '' });
  }
  // Only that row and the Audit log changed.
  for (const name of Object.keys(before)) {
    const rows = changedRows(before[name], after[name]);
    if (name === table.name) expect(rows).toEqual([r]);
    else if (SHEETS.find((s) => s.vi === name)?.id !== AUDIT.id)
      expect({ sheet: name, rows }).toEqual({ sheet: name, rows: [] });
  }
});
