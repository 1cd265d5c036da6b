// npm run bench: the add-on on generated organisations of 50, 500 and 5,000 units (× the 12-milestone
// template) in the emulator, running the built bundle. Prints, per size and step, service calls, cells read
// and written, time in the add-on's own code and in total, peak memory; checks each budget beside its
// figure; writes out/bench.json. Budgets are the product's, not tuned to the figures: a miss is reported.
//   node tools/run-ts.mjs tools/bench/main.ts [--sizes 50,500,5000] [--json out/bench.json]
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Emulator } from '../emulator';
import { isCounted } from '../emulator/services/accounting';
import { analyse } from '../../src/core/analyse';
import { EMULATION, PROGRESS, UNITS } from '../../src/core/schema';
import { BENCH_ADMIN, BENCH_TODAY, benchTables, organisation } from './generate';
import { GcLog, Meter, type Measurement } from './meter';
import { protectionCalls } from './protection-calls';
import { TEMPLATE_MILESTONES } from '../../src/core/sample';
import { milestoneAppliesTo } from '../../src/core/sample/progress';
import { cellOf, readTable, rowsWhere } from './sheets';
import { renderTable } from './table';
import { auditWrites, snapshotSheets, writesOutsideRows, type WriteAudit } from './writes';
import { emulatorFor, tablesWorkbook } from './workbook';

const DEFAULT_SIZES = [50, 500, 5000];
/** The time budget's case: 60,000 Progress rows (all units pilots, so every milestone applying to a type applies). */
const FULL_ROWS = 60_000;

/** The fewest all-pilot units whose Progress sheet has at least `rows` rows. */
function unitsForRows(rows: number): number {
  const perUnit = (n: number) =>
    organisation(n, { allPilot: true }).reduce(
      (sum, u) => sum + TEMPLATE_MILESTONES.filter((m) => milestoneAppliesTo(m, u)).length,
      0,
    );
  let lo = 1;
  let hi = Math.ceil(rows / 2);
  while (perUnit(hi) < rows) hi *= 2;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (perUnit(mid) >= rows) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export const BUDGET = {
  refreshFirstCalls: 64,
  refreshCalls: 60,
  /** A clerk's form load and progress submission: calls, and cells read at 5,000 units. */
  formLoadCalls: 40,
  submitCalls: 40,
  clerkCellsRead: 50_000,
  clerkCellsReadAtUnits: 5000,
  editStatusCalls: 15,
  // Reads seven tables (Data issues for the edits flagged as not permitted), writes two sheets (Summary and
  // Progress matrix, about a dozen calls each) and rebuilds two charts.
  reportCalls: 58,
  refreshAddonMs60k: 1000,
} as const;

type StepName =
  | 'open'
  | 'setup trigger'
  | 'refresh (first)'
  | 'refresh (unchanged)'
  | 'validate'
  | 'report'
  | 'form load'
  | 'progress submission'
  | 'on-edit status'
  | 'on-edit congress date';

interface StepResult extends Omit<Measurement, 'writes' | 'result' | 'serviceWindows'> {
  step: StepName;
  size: number;
  skipped?: string;
}

interface SizeResult {
  size: number;
  /** '' for the realistic organisation; 'all pilot' for the 60,000-row case. */
  variant: string;
  /** One execution's bundle load (a fresh global scope), included in every step's add-on ms. */
  loadMs: number;
  /** The core's analyse() alone on the same sheets, outside the emulator (best of 3). */
  coreAnalyseMs?: number;
  progressRows: number;
  emulationRows: number;
  buildMs: number;
  steps: StepResult[];
  unchangedRefresh?: WriteAudit;
  /** Kept until GC pauses are attributed, then dropped. */
  measurements: [StepResult, Measurement][];
  congressEdit?: { unitId: string; rows: number; outside: string[] };
}

interface Budget {
  name: string;
  figure: string;
  limit: string;
  ok: boolean;
  cause?: string;
}

function args(): { sizes: number[]; json: string; full: boolean } {
  const argv = process.argv.slice(2);
  let sizes = DEFAULT_SIZES;
  let json = 'out/bench.json';
  let full = true;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes')
      sizes = (argv[++i] ?? '')
        .split(',')
        .map(Number)
        .filter((n) => n > 0);
    else if (argv[i] === '--json') json = argv[++i] ?? json;
    else if (argv[i] === '--no-full') full = false;
  }
  return { sizes, json, full };
}

function serialDay(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The core's analyse() over the workbook's sheets as getValues gives them, in this process (best of 3). */
function coreAnalyseMs(emu: Emulator): number {
  const grids = emu.workbook.sheetNames().map((name) => ({ name, values: emu.workbook.values(name) as unknown[][] }));
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    analyse(grids, { timeZone: emu.timeZone, today: serialDay(BENCH_TODAY) });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function step(
  emu: Emulator,
  size: number,
  name: StepName,
  body: () => unknown,
  functions: readonly string[],
  needs: string,
): { result: StepResult; measurement?: Measurement } {
  if (!functions.includes(needs)) {
    return { result: { ...emptyStep(name, size), skipped: `${needs} is not in the bundle` } };
  }
  const m = Meter.measure(emu, body);
  const { writes: _w, result: _r, serviceWindows: _s, ...figures } = m;
  void [_w, _r, _s];
  log(`  ${name}: ${m.calls} calls, ${Math.round(m.totalMs)} ms${m.error ? ` — ERROR ${m.error}` : ''}`);
  return { result: { step: name, size, ...figures }, measurement: m };
}

/** Fails the step when a trigger fired by an edit threw (Google would only log it). */
function editOrThrow(emu: Emulator, sheet: string, a1: string, typed: string): unknown {
  const outcome = emu.edit(sheet, a1, typed);
  if (outcome.rejected) throw new Error(`edit rejected: ${outcome.rejected}`);
  const failed = outcome.fired.find((f) => f.error);
  if (failed) throw new Error(`${failed.functionName}: ${failed.error}`);
  return outcome;
}

function outcomeOrThrow(value: unknown): unknown {
  const o = value as { ok?: boolean; error?: { code: string; message: string } } | null;
  if (o && o.ok === false) throw new Error(`refused (${o.error?.code}): ${o.error?.message}`);
  return value;
}

function runSize(size: number, variant: '' | 'all pilot' = ''): SizeResult {
  log(`${size} units${variant ? ` (${variant})` : ''}: building the workbook…`);
  const t0 = performance.now();
  const tables = benchTables(size, { allPilot: variant === 'all pilot' });
  const emu = emulatorFor(tablesWorkbook(tables, 'vi'), {
    today: BENCH_TODAY,
    user: { email: BENCH_ADMIN, locale: 'vi' },
  });
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  const functions = emu.load().functions;
  const loadMs = performance.now() - t1;
  const steps: StepResult[] = [];
  const out: SizeResult = {
    size,
    variant,
    loadMs,
    progressRows: 0,
    emulationRows: 0,
    buildMs,
    steps,
    measurements: [],
  };
  const add = (r: { result: StepResult; measurement?: Measurement }) => {
    steps.push(r.result);
    if (r.measurement) out.measurements.push([r.result, r.measurement]);
    return r.measurement;
  };

  add(step(emu, size, 'open', () => emu.open({ authMode: 'LIMITED' }), functions, 'onOpen'));
  add(step(emu, size, 'setup trigger', () => emu.run('ensureEditTrigger'), functions, 'ensureEditTrigger'));
  add(step(emu, size, 'refresh (first)', () => emu.run('menuRefresh'), functions, 'menuRefresh'));
  const progress = readTable(emu, PROGRESS);
  out.progressRows = progress ? progress.values.length - progress.headerRow - 1 : 0;
  const emulation = readTable(emu, EMULATION);
  out.emulationRows = emulation ? emulation.values.length - emulation.headerRow - 1 : 0;

  const before = functions.includes('menuRefresh') ? snapshotSheets(emu) : undefined;
  const second = add(step(emu, size, 'refresh (unchanged)', () => emu.run('menuRefresh'), functions, 'menuRefresh'));
  if (second && before) out.unchangedRefresh = auditWrites(emu, before, second.writes);
  if (size >= 5000 || variant) out.coreAnalyseMs = coreAnalyseMs(emu);
  if (variant) return out;

  add(step(emu, size, 'validate', () => emu.run('menuValidate'), functions, 'menuValidate'));
  add(step(emu, size, 'report', () => emu.run('menuReport'), functions, 'menuReport'));

  // A clerk-sized action: the administrator marks the first milestone the form lists for one cell done.
  const leaves = organisation(size).filter((u) => u.type === 'Chi bộ trực thuộc' || u.type === 'Chi bộ cơ sở');
  const formUnit = leaves[0]?.id ?? 'ROOT';
  let version = '';
  let milestoneId = 'M01';
  add(
    step(
      emu,
      size,
      'form load',
      () => {
        const loaded = outcomeOrThrow(emu.callServer('unitMilestones', formUnit)) as {
          value: { rows: { milestoneId: string; version: string }[] };
        };
        const first = loaded.value.rows[0];
        if (first) ({ milestoneId, version } = first);
        return loaded;
      },
      functions,
      'unitMilestones',
    ),
  );
  add(
    step(
      emu,
      size,
      'progress submission',
      () =>
        outcomeOrThrow(
          emu.callServer('submitProgress', {
            unitId: formUnit,
            milestoneId,
            status: 'done',
            completedOn: BENCH_TODAY,
            evidence: 'https://example.org/bien-ban',
            note: 'Đã ban hành kế hoạch',
            version,
          }),
        ),
      functions,
      'submitProgress',
    ),
  );

  // Direct edits: one status, then one planned congress date (only that unit's rows may be written).
  const statusUnit = leaves[1]?.id ?? formUnit;
  const progressNow = readTable(emu, PROGRESS);
  const statusRow = progressNow ? rowsWhere(progressNow, { unitId: statusUnit, milestoneId: 'M02' })[0] : undefined;
  if (progressNow && statusRow !== undefined) {
    add(
      step(
        emu,
        size,
        'on-edit status',
        () => editOrThrow(emu, progressNow.name, cellOf(progressNow, statusRow, 'status'), 'Đang thực hiện'),
        functions,
        'onEditInstalled',
      ),
    );
  } else steps.push({ ...emptyStep('on-edit status', size), skipped: 'no Progress row to edit' });

  const dateUnit = leaves[2]?.id ?? formUnit;
  const units = readTable(emu, UNITS);
  const unitRow = units ? rowsWhere(units, { unitId: dateUnit })[0] : undefined;
  if (units && unitRow !== undefined && progressNow) {
    const ownRows = rowsWhere(readTable(emu, PROGRESS) ?? progressNow, { unitId: dateUnit }).map((r) => r + 1);
    const m = add(
      step(
        emu,
        size,
        'on-edit congress date',
        () => editOrThrow(emu, units.name, cellOf(units, unitRow, 'congressDate'), '20/04/2020'),
        functions,
        'onEditInstalled',
      ),
    );
    if (m)
      out.congressEdit = {
        unitId: dateUnit,
        rows: ownRows.length,
        outside: writesOutsideRows(m.writes, progressNow.name, new Set(ownRows)),
      };
  } else steps.push({ ...emptyStep('on-edit congress date', size), skipped: 'no Units row to edit' });

  return out;
}

function emptyStep(name: StepName, size: number): StepResult {
  return {
    step: name,
    size,
    calls: 0,
    byMethod: {},
    cellsRead: 0,
    cellsWritten: 0,
    formatCellsWritten: 0,
    totalMs: 0,
    serviceMs: 0,
    gcMs: 0,
    addonGcMs: 0,
    window: [0, 0],
    addonMs: 0,
    peakHeapMb: 0,
    peakRssMb: 0,
  };
}

/** The counted calls of a step by method, most frequent first ('Range.getValues×6, …'). */
function countedCalls(byMethod: Record<string, number>): string {
  return Object.entries(byMethod)
    .filter(([key]) => isCounted(key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => (n > 1 ? `${key}×${n}` : key))
    .join(', ');
}

function fileSizes(): { file: string; bytes: number }[] {
  try {
    return readdirSync('dist')
      .filter((f) => f.endsWith('.js') || f.endsWith('.html'))
      .map((f) => ({ file: join('dist', f), bytes: statSync(join('dist', f)).size }));
  } catch {
    return [];
  }
}

/** The first Refresh's calls for §9's protections (tools/bench/protection-calls.ts), beside the rest. */
function protectionsBudget(rows: { size: number; s?: StepResult }[], out: Budget[]): void {
  const split = rows.map((x) => ({ size: x.size, total: x.s!.calls, p: protectionCalls(x.s!.byMethod) }));
  out.push({
    name: "Refresh (first): calls for §9's protections",
    figure:
      split.map((x) => `${x.p.calls} of ${x.total} (${x.total - x.p.calls} besides)@${x.size}`).join(' ') ||
      'not measured',
    limit: '≤ 3 per protection + 1 per one with open ranges + 1 read',
    ok: split.length > 0 && split.every((x) => x.p.made > 0 && x.p.calls <= x.p.allowance),
  });
}

function budgets(results: SizeResult[]): Budget[] {
  const out: Budget[] = [];
  const of = (name: StepName) =>
    results
      .filter((r) => !r.variant)
      .map((r) => ({ size: r.size, s: r.steps.find((x) => x.step === name) }))
      .filter((x) => x.s && !x.s.skipped && !x.s.error);
  const failedSteps = results.flatMap((r) =>
    r.steps.filter((s) => s.error).map((s) => `${s.step} @${r.size}: ${s.error}`),
  );
  out.push({
    name: 'every step runs without an error',
    figure: failedSteps.length ? `${failedSteps.length} failed` : 'all ran',
    limit: 'none failed',
    ok: failedSteps.length === 0,
    ...(failedSteps.length ? { cause: failedSteps.join('; ') } : {}),
  });
  const constant = (name: StepName, limit: number, label: string) => {
    const rows = of(name);
    if (rows.length === 0) {
      out.push({
        name: label,
        figure: 'not measured',
        limit: `≤ ${limit}, same at every size`,
        ok: false,
        cause: `${name} did not run`,
      });
      return;
    }
    const counts = rows.map((x) => x.s!.calls);
    const max = Math.max(...counts);
    const same = counts.every((c) => c === counts[0]);
    out.push({
      name: label,
      figure: rows.map((x) => `${x.s!.calls}@${x.size}`).join(' '),
      limit: `≤ ${limit}, same at every size`,
      ok: max <= limit && same,
      ...(max > limit || !same
        ? {
            cause: `counted calls at ${rows[counts.indexOf(max)]!.size} units: ${countedCalls(rows[counts.indexOf(max)]!.s!.byMethod)}`,
          }
        : {}),
    });
  };
  constant('refresh (first)', BUDGET.refreshFirstCalls, 'Refresh (first) calls');
  protectionsBudget(of('refresh (first)'), out);
  constant('refresh (unchanged)', BUDGET.refreshCalls, 'Refresh (unchanged) calls');
  constant('form load', BUDGET.formLoadCalls, 'Form load calls');
  constant('progress submission', BUDGET.submitCalls, 'Progress submission calls');
  const cellsRead = (name: StepName, label: string) => {
    const rows = of(name).filter((x) => x.size <= BUDGET.clerkCellsReadAtUnits);
    const limit = `≤ ${BUDGET.clerkCellsRead.toLocaleString('en-US')} up to ${BUDGET.clerkCellsReadAtUnits.toLocaleString('en-US')} units`;
    if (rows.length === 0) {
      out.push({ name: label, figure: 'not measured', limit, ok: false, cause: `${name} did not run` });
      return;
    }
    const worst = rows.reduce((a, b) => (b.s!.cellsRead > a.s!.cellsRead ? b : a));
    const ok = worst.s!.cellsRead <= BUDGET.clerkCellsRead;
    out.push({
      name: label,
      figure: rows.map((x) => `${x.s!.cellsRead.toLocaleString('en-US')}@${x.size}`).join(' '),
      limit,
      ok,
      ...(ok ? {} : { cause: `cells read at ${worst.size} units by ${contentReads(worst.s!.byMethod)}` }),
    });
  };
  cellsRead('form load', 'Form load cells read');
  cellsRead('progress submission', 'Progress submission cells read');
  constant('on-edit status', BUDGET.editStatusCalls, 'On-edit of one status calls');
  constant('report', BUDGET.reportCalls, 'Report calls');
  const validate = of('validate').map((x) => x.s!.calls);
  out.push({
    name: 'Validate calls',
    figure:
      of('validate')
        .map((x) => `${x.s!.calls}@${x.size}`)
        .join(' ') || 'not measured',
    limit: 'same at every size',
    ok: validate.length > 0 && validate.every((c) => c === validate[0]),
  });
  const dateEdit = of('on-edit congress date').map((x) => x.s!.calls);
  out.push({
    name: 'On-edit of one congress date calls',
    figure:
      of('on-edit congress date')
        .map((x) => `${x.s!.calls}@${x.size}`)
        .join(' ') || 'not measured',
    limit: 'same at every size',
    ok: dateEdit.length > 0 && dateEdit.every((c) => c === dateEdit[0]),
  });

  for (const r of results) {
    const a = r.unchangedRefresh;
    if (!a || r.variant) continue;
    out.push({
      name: `Unchanged Refresh @${r.size}: user-column cells written`,
      figure: String(a.userCells),
      limit: '0',
      ok: a.userCells === 0,
      ...(a.userCells
        ? {
            cause: a.examples
              .filter((e) => e.kind === 'user')
              .map((e) => e.where)
              .slice(0, 5)
              .join(', '),
          }
        : {}),
    });
    out.push({
      name: `Unchanged Refresh @${r.size}: cells rewritten with the same value`,
      figure: `${a.unchangedCells} (of ${a.cellsWritten} written)`,
      limit: '0',
      ok: a.unchangedCells === 0,
      ...(a.unchangedCells
        ? {
            cause: Object.entries(a.unchangedBySheet)
              .map(([s, n]) => `${s}: ${n}`)
              .join(', '),
          }
        : {}),
    });
  }
  for (const r of results) {
    const e = r.congressEdit;
    if (!e) continue;
    out.push({
      name: `Congress-date edit @${r.size} writes only ${e.unitId}'s ${e.rows} Progress rows`,
      figure: e.outside.length ? e.outside.slice(0, 4).join(', ') : 'only its rows',
      limit: 'only its rows (+ Audit log)',
      ok: e.outside.length === 0,
    });
  }
  const maxSize = Math.max(...results.map((x) => x.size));
  const big = results.find((r) => r.variant === 'all pilot') ?? results.find((r) => r.size === maxSize);
  for (const name of ['refresh (first)', 'refresh (unchanged)'] as const) {
    const s = big?.steps.find((x) => x.step === name);
    if (!big || !s || s.skipped) continue;
    const net = s.addonMs - s.addonGcMs;
    out.push({
      name: `Add-on's own computation, ${name.replace('refresh ', 'Refresh ')} of ${big.progressRows.toLocaleString('en-US')} Progress rows`,
      figure: `${Math.round(net)} ms (+ ${Math.round(s.addonGcMs)} ms GC pauses of the emulator-sized heap; core analyse alone ${Math.round(big.coreAnalyseMs ?? NaN)} ms)`,
      limit: `≤ ${BUDGET.refreshAddonMs60k} ms`,
      ok: net <= BUDGET.refreshAddonMs60k,
    });
  }
  return out;
}

async function main(): Promise<void> {
  const { sizes, json, full } = args();
  const started = performance.now();
  const results: SizeResult[] = [];
  const gc = new GcLog();
  const run = async (size: number, variant: '' | 'all pilot' = '') => {
    const r = runSize(size, variant);
    await gc.settle();
    for (const [s, m] of r.measurements) {
      s.gcMs = gc.pausedWithin(m.window);
      s.addonGcMs = gc.pausedInAddon(m);
    }
    r.measurements = [];
    results.push(r);
  };
  for (const size of sizes) await run(size);
  if (full) await run(unitsForRows(FULL_ROWS), 'all pilot');
  gc.stop();

  const rows = results.flatMap((r) =>
    r.steps.map((s) => [
      s.step,
      r.variant ? `${r.size} (${r.variant})` : r.size,
      s.skipped ? null : s.calls,
      s.skipped ? null : s.cellsRead,
      s.skipped ? null : s.cellsWritten,
      s.skipped ? null : s.addonMs - s.addonGcMs,
      s.skipped ? null : s.addonGcMs,
      s.skipped ? null : s.totalMs,
      s.skipped ? null : s.peakHeapMb,
      s.skipped ? `skipped: ${s.skipped}` : s.error ? `ERROR: ${s.error.slice(0, 80)}` : budgetNote(s),
    ]),
  );
  const lines: string[] = [];
  lines.push(
    `Benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, today ${BENCH_TODAY} in the emulator`,
  );
  lines.push('');
  lines.push(
    renderTable(
      ['step', 'units', 'calls', 'cells read', 'cells written', 'add-on ms', '+GC ms', 'total ms', 'heap MB', 'budget'],
      rows,
    ),
  );
  lines.push('');
  lines.push(
    renderTable(
      ['units', 'Progress rows', 'Emulation rows', 'build ms', 'bundle load ms', 'core analyse ms'],
      results.map((r) => [
        r.variant ? `${r.size} (${r.variant})` : r.size,
        r.progressRows,
        r.emulationRows,
        r.buildMs,
        r.loadMs,
        r.coreAnalyseMs,
      ]),
    ),
  );
  lines.push('');
  const checks = budgets(results);
  lines.push(
    renderTable(
      ['budget', 'figure', 'limit', ''],
      checks.map((b) => [b.name, b.figure, b.limit, b.ok ? '✓' : '✗']),
    ),
  );
  for (const b of checks.filter((c) => !c.ok && c.cause)) lines.push(`  ✗ ${b.name}: ${b.cause}`);
  lines.push('');
  const files = fileSizes();
  lines.push(
    renderTable(
      ['file', 'bytes', 'KiB'],
      files.map((f) => [f.file, f.bytes, f.bytes / 1024]),
    ),
  );
  lines.push('');
  lines.push(
    `Whole bench: ${Math.round((performance.now() - started) / 1000)} s; peak RSS ${Math.round(Math.max(...results.flatMap((r) => r.steps.map((s) => s.peakRssMb))))} MB.`,
  );
  process.stdout.write(lines.join('\n') + '\n');

  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(
    json,
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, today: BENCH_TODAY, budgets: checks, results, files },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(`Written ${json}\n`);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}

/** The cells-read budget beside a clerk step's figure, at the sizes it applies to. */
function clerkCells(s: StepResult): string {
  if (s.size > BUDGET.clerkCellsReadAtUnits) return '';
  return `, ≤ ${BUDGET.clerkCellsRead.toLocaleString('en-US')} cells read ${s.cellsRead <= BUDGET.clerkCellsRead ? '✓' : '✗'}`;
}

/** The content-reading calls of a step ('Range.getValues×6, …'), where its cells read come from. */
function contentReads(byMethod: Record<string, number>): string {
  return Object.entries(byMethod)
    .filter(([key]) =>
      /^(Range|RangeList)\.get(Value|Values|DisplayValue|DisplayValues|Formula|Formulas|FormulaR1C1|FormulasR1C1|RichTextValue|RichTextValues|Note|Notes)$/.test(
        key,
      ),
    )
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => (n > 1 ? `${key}×${n}` : key))
    .join(', ');
}

function budgetNote(s: StepResult): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  switch (s.step) {
    case 'refresh (first)':
      return `≤ ${BUDGET.refreshFirstCalls} calls ${mark(s.calls <= BUDGET.refreshFirstCalls)}`;
    case 'refresh (unchanged)':
      return `≤ ${BUDGET.refreshCalls} calls ${mark(s.calls <= BUDGET.refreshCalls)}`;
    case 'form load':
      return `≤ ${BUDGET.formLoadCalls} calls ${mark(s.calls <= BUDGET.formLoadCalls)}${clerkCells(s)}`;
    case 'progress submission':
      return `≤ ${BUDGET.submitCalls} calls ${mark(s.calls <= BUDGET.submitCalls)}${clerkCells(s)}`;
    case 'on-edit status':
      return `≤ ${BUDGET.editStatusCalls} calls ${mark(s.calls <= BUDGET.editStatusCalls)}`;
    case 'report':
      return `≤ ${BUDGET.reportCalls} calls ${mark(s.calls <= BUDGET.reportCalls)}`;
    default:
      return '';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
