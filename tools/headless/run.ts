// The headless flow of SPEC §10 over an Emulator: open the document, run the menu actions as a user, and
// collect what the JSON report holds. File handling and exit codes live in main.ts.
import { ISSUES, SETTING, SETTINGS, SEVERITY, normalizeKey } from '../../src/core/schema';
import type { Emulator } from '../emulator';
import type { HeadlessAction } from './options';

/** The bundle's global for each menu action. */
export const MENU_FUNCTIONS = { validate: 'menuValidate', refresh: 'menuRefresh', report: 'menuReport' } as const;
export type MenuStep = keyof typeof MENU_FUNCTIONS;

/** Bundle globals giving the findings (SPEC §6 shape) and the summary figures (SPEC §10), first found wins. */
export const ISSUE_FUNCTIONS = ['headlessIssues', 'headlessIssues_', 'dataIssues_'] as const;
export const SUMMARY_FUNCTIONS = ['reportSummary', 'reportSummary_'] as const;

/** The user the CLI acts as when the workbook names no administrator; treated as the document's owner. */
export const FALLBACK_ADMIN = 'admin@example.com';

export interface Issue {
  severity: 'error' | 'warning';
  code: string;
  sheet: string;
  cell: string;
  message: string;
}

export interface HeadlessReport {
  today: string;
  sheets: Record<string, { values: unknown[][]; backgrounds: (string | null)[][] }>;
  issues: Issue[];
  summary: Record<string, unknown>;
  calls: { total: number; byMethod: Record<string, number> };
}

/** A failure of the run itself (not of the data): exit status 1. */
export class HeadlessFailure extends Error {}

export function stepsOf(action: HeadlessAction): MenuStep[] {
  return action === 'all' ? ['validate', 'refresh', 'report'] : [action];
}

function sheetNamed(emulator: Emulator, def: { vi: string; en: string }): string | undefined {
  const wanted = new Set([normalizeKey(def.vi), normalizeKey(def.en)]);
  return emulator.backend.sheetNames().find((name) => wanted.has(normalizeKey(name)));
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The first email of the Settings sheet's Administrators row, or null. */
export function firstAdministrator(emulator: Emulator): string | null {
  const name = sheetNamed(emulator, SETTINGS);
  if (!name) return null;
  const keys = new Set([normalizeKey(SETTING.administrators.vi), normalizeKey(SETTING.administrators.en)]);
  for (const row of emulator.backend.snapshot(name).values) {
    const idx = row.findIndex((cell) => keys.has(normalizeKey(text(cell))));
    if (idx < 0) continue;
    const list = row.slice(idx + 1).map(text).join(',');
    const first = list
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .find((s) => /^[^\s@]+@[^\s@]+$/.test(s));
    if (first) return first;
  }
  return null;
}

/** Findings as listed on the Data issues sheet (header row found by its labels, either language). */
export function issuesFromSheet(emulator: Emulator): Issue[] {
  const name = sheetNamed(emulator, ISSUES);
  if (!name) return [];
  const values = emulator.backend.snapshot(name).values;
  const wanted: Record<string, string> = {};
  for (const column of ISSUES.columns) {
    wanted[normalizeKey(column.vi)] = column.key;
    wanted[normalizeKey(column.en)] = column.key;
  }
  const severityOf = new Map<string, Issue['severity']>([
    [normalizeKey(SEVERITY.error.vi), 'error'],
    [normalizeKey(SEVERITY.error.en), 'error'],
    [normalizeKey(SEVERITY.warning.vi), 'warning'],
    [normalizeKey(SEVERITY.warning.en), 'warning'],
  ]);
  const headerRow = values.slice(0, 10).findIndex((row) => row.some((cell) => wanted[normalizeKey(text(cell))] === 'severity'));
  if (headerRow < 0) return [];
  const index: Record<string, number> = {};
  (values[headerRow] ?? []).forEach((cell, i) => {
    const key = wanted[normalizeKey(text(cell))];
    if (key && index[key] === undefined) index[key] = i;
  });
  const at = (row: unknown[], key: string) => (index[key] === undefined ? '' : text(row[index[key] as number]));
  const issues: Issue[] = [];
  for (const row of values.slice(headerRow + 1)) {
    const severity = severityOf.get(normalizeKey(at(row, 'severity')));
    if (!severity) continue;
    issues.push({ severity, code: at(row, 'code'), sheet: at(row, 'sheet'), cell: at(row, 'cell'), message: at(row, 'message') });
  }
  return issues;
}

function asIssues(value: unknown): Issue[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((item) => {
    const o = (item ?? {}) as Record<string, unknown>;
    return {
      severity: o.severity === 'warning' ? 'warning' : 'error',
      code: text(o.code),
      sheet: text(o.sheet),
      cell: text(o.cell),
      message: text(o.message),
    };
  });
}

export interface HeadlessRunOptions {
  action: HeadlessAction;
  /** Acts as this user; default the first administrator of the Settings sheet, else FALLBACK_ADMIN. */
  user?: string;
}

/**
 * Opens the document (onOpen, AuthMode.LIMITED), then runs the menu actions as the user. `calls` counts the
 * menu actions' service calls. Issues and summary come from the bundle's ISSUE_FUNCTIONS/SUMMARY_FUNCTIONS
 * when it defines them, else from the Data issues sheet and {}.
 */
export function headlessRun(emulator: Emulator, options: HeadlessRunOptions): HeadlessReport {
  const email = options.user ?? firstAdministrator(emulator) ?? FALLBACK_ADMIN;
  emulator.setUser({ email });
  const available = new Set(emulator.load().functions);
  emulator.open({ authMode: 'LIMITED' });
  emulator.calls.reset();
  for (const step of stepsOf(options.action)) {
    const fn = MENU_FUNCTIONS[step];
    if (!available.has(fn)) throw new HeadlessFailure(`the add-on bundle has no ${fn} function (menu action '${step}')`);
    try {
      emulator.run(fn);
    } catch (error) {
      throw new HeadlessFailure(`${fn} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const calls = emulator.calls;
  const report: HeadlessReport = {
    today: emulator.today(),
    sheets: emulator.snapshot().sheets,
    issues: [],
    summary: {},
    calls: { total: calls.total, byMethod: calls.byMethod },
  };
  const issuesFn = ISSUE_FUNCTIONS.find((fn) => available.has(fn));
  report.issues = (issuesFn ? asIssues(emulator.run(issuesFn)) : null) ?? issuesFromSheet(emulator);
  const summaryFn = SUMMARY_FUNCTIONS.find((fn) => available.has(fn));
  if (summaryFn) {
    const summary = emulator.run(summaryFn);
    if (summary && typeof summary === 'object' && !Array.isArray(summary)) report.summary = summary as Record<string, unknown>;
  }
  return report;
}
