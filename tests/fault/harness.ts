// Fault injection: run an action once cleanly to learn its call count and final workbook; then, for every
// k from 1 to that count, start again from the same state, make the k-th service call fail (as Google's
// back end sometimes does), re-run the action cleanly, and compare the workbook with the clean run's.
import type { Emulator } from '../../tools/emulator';
import { AUDIT } from '../../src/core/record-sheets';
import { readTable } from '../support/workbooks';

export interface Scenario {
  /** A fresh emulator in the state the action starts from (setup calls are not counted). */
  start(): Emulator;
  /** The action; it may throw (a menu action rethrows after its alert). */
  act(emu: Emulator): void;
  /** What a user does after the failure; default: the action again. */
  rerun?(emu: Emulator): void;
}

export interface WorkbookState {
  sheets: string[];
  cells: Record<string, { values: unknown[][]; formulas: string[][] }>;
  /** Each sheet's protections as one line each: type, description, warning only, editors, open ranges. */
  protections: Record<string, string[]>;
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return `date:${value.toISOString()}`;
  return value === '' ? null : value;
}

/** Trailing blank rows and columns dropped, so a sheet grown by a failed run compares equal. */
function trim<T>(grid: T[][], blank: (v: T) => boolean): T[][] {
  const rows = grid.map((row) => {
    let end = row.length;
    while (end > 0 && blank(row[end - 1] as T)) end--;
    return row.slice(0, end);
  });
  let last = rows.length;
  while (last > 0 && (rows[last - 1]?.length ?? 0) === 0) last--;
  return rows.slice(0, last);
}

export function workbookState(emu: Emulator): WorkbookState {
  const wb = emu.workbook;
  const cells: WorkbookState['cells'] = {};
  for (const name of wb.sheetNames()) {
    cells[name] = {
      values: trim(
        (wb.values(name) as unknown[][]).map((row) => row.map(plain)),
        (v) => v === null,
      ),
      formulas: trim(wb.formulas(name), (f) => f === ''),
    };
  }
  const protections: WorkbookState['protections'] = {};
  for (const sheet of wb.sheets) {
    const g = (r: { row: number; column: number; numRows: number; numColumns: number }) =>
      `R${r.row}C${r.column}:${r.numRows}x${r.numColumns}`;
    protections[sheet.name] = sheet.protections.map((p) =>
      [
        p.type,
        p.range ? g(p.range) : '',
        p.description,
        p.warningOnly,
        p.restricted ? [...p.editors].sort().join(',') : 'unrestricted',
        p.unprotectedRanges.map(g).join(' '),
      ].join(' | '),
    );
  }
  return { sheets: wb.sheetNames(), cells, protections };
}

/** A readable list of the differences between two states (empty when equal). */
export function differences(expected: WorkbookState, actual: WorkbookState, limit = 12): string[] {
  const out: string[] = [];
  if (expected.sheets.join('|') !== actual.sheets.join('|'))
    out.push(`sheets: expected [${expected.sheets.join(', ')}], got [${actual.sheets.join(', ')}]`);
  for (const name of expected.sheets) {
    const ep = (expected.protections[name] ?? []).join('\n');
    const ap = (actual.protections[name] ?? []).join('\n');
    if (ep !== ap && out.length < limit) out.push(`${name} protections: expected [${ep}], got [${ap}]`);
    const e = expected.cells[name];
    const a = actual.cells[name];
    if (!e || !a) continue;
    for (const kind of ['values', 'formulas'] as const) {
      const rows = Math.max(e[kind].length, a[kind].length);
      for (let r = 0; r < rows && out.length < limit; r++) {
        const er = e[kind][r] ?? [];
        const ar = a[kind][r] ?? [];
        const cols = Math.max(er.length, ar.length);
        for (let c = 0; c < cols && out.length < limit; c++) {
          const ev = er[c] ?? null;
          const av = ar[c] ?? null;
          if (ev !== av && !(ev === '' && av === null) && !(ev === null && av === ''))
            out.push(`${name}!R${r + 1}C${c + 1} ${kind}: expected ${JSON.stringify(ev)}, got ${JSON.stringify(av)}`);
        }
      }
    }
  }
  return out;
}

/** Audit log lines as 'sheet|key|column|old|new' strings (time and user left out). */
export function auditLines(emu: Emulator): string[] {
  const table = readTable(emu, AUDIT);
  if (!table) return [];
  const { columns } = table;
  return table.values
    .slice(table.headerRow + 1)
    .filter((row) => row.some((v) => v !== '' && v !== null))
    .map((row) =>
      ['sheet', 'key', 'column', 'oldValue', 'newValue']
        .map((k) => String(plain(row[columns[k] ?? -1]) ?? ''))
        .join('|'),
    );
}

export interface FaultReport {
  calls: number;
  /** k → the service method the clean run made as its k-th counted call. */
  methods: Record<number, string>;
  /** k → differences from the clean run after the re-run (only failing k listed). */
  failures: Record<number, string[]>;
  /** k at which the injected fault did not surface (the run made fewer calls). */
  unreached: number[];
}

/** One line per diverging k: its first differences, shortened; for expect(...).toEqual([]). */
export function summarise(report: FaultReport, methods: Record<number, string> = report.methods, shown = 8): string[] {
  const cut = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);
  const entries = Object.entries(report.failures);
  const lines = entries.slice(0, shown).map(([k, diffs]) => {
    const at = methods[Number(k)] ? ` (${methods[Number(k)]})` : '';
    return `fault at call ${k}${at}: ${diffs.slice(0, 2).map(cut).join(' | ')}${diffs.length > 2 ? ` (+${diffs.length - 2} more)` : ''}`;
  });
  if (entries.length > shown)
    lines.push(
      `…and ${entries.length - shown} more faults diverge, at calls ${entries
        .slice(shown)
        .map(([k]) => k)
        .join(', ')}`,
    );
  return lines;
}

/** Runs the scenario cleanly, then once per injected fault k = 1..calls, and reports every k that diverged. */
export function injectEveryFault(scenario: Scenario, options: { only?: number[] } = {}): FaultReport {
  const clean = scenario.start();
  clean.resetCalls();
  const methods: Record<number, string> = {};
  clean.observeCalls((call) => {
    const n = clean.calls.total;
    if (!methods[n]) methods[n] = `${call.className}.${call.method}`;
  });
  scenario.act(clean);
  clean.observeCalls(null);
  const calls = clean.calls.total;
  const expected = workbookState(clean);
  const expectedAudit = auditLines(clean).sort();
  const report: FaultReport = { calls, methods, failures: {}, unreached: [] };
  const ks = options.only ?? Array.from({ length: calls }, (_, i) => i + 1);
  for (const k of ks) {
    const emu = scenario.start();
    emu.resetCalls();
    emu.failAtCall(k);
    try {
      scenario.act(emu);
    } catch {
      // The failure surfaces as the action's error; what matters is the state after the re-run.
    }
    if (emu.calls.total < k) report.unreached.push(k);
    emu.failAtCall(null);
    try {
      (scenario.rerun ?? scenario.act)(emu);
    } catch (error) {
      report.failures[k] = [`re-run threw: ${error instanceof Error ? error.message : String(error)}`];
      continue;
    }
    const diff = differences(expected, workbookState(emu));
    const audit = auditLines(emu).sort();
    if (audit.join('\n') !== expectedAudit.join('\n'))
      diff.push(
        `audit log: expected ${expectedAudit.length} lines [${expectedAudit.slice(0, 3).join('; ')}…], got ${audit.length} [${audit.slice(0, 3).join('; ')}…]`,
      );
    if (diff.length) report.failures[k] = diff;
  }
  return report;
}
