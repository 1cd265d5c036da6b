// The headless flow of docs/workbook.md §10 over an Emulator: open the document, run the menu actions as a user, and
// collect what the JSON report holds. File handling and exit codes live in main.ts.
import { SETTING } from '../../src/core/settings-rows';
import { SETTINGS, normalizeKey } from '../../src/core/schema';
import type { Emulator } from '../emulator';
import { sentMail, type SentMail } from './emulator-extras';
import { issuesFromSheet, sheetNamed, text, type Issue } from './issues';
import type { HeadlessAction } from './options';
import { replaySteps, type StepReport } from './replay';
import type { Step } from './steps';

export { issueLines, issuesFromSheet, type Issue, type IssueLine } from './issues';

/** The bundle's global for each menu action. */
export const MENU_FUNCTIONS = { validate: 'menuValidate', refresh: 'menuRefresh', report: 'menuReport' } as const;
export type MenuStep = keyof typeof MENU_FUNCTIONS;

/** Bundle globals giving the findings (docs/workbook.md §6 shape) and the summary figures (docs/workbook.md §10), first found wins. */
export const ISSUE_FUNCTIONS = ['headlessIssues', 'headlessIssues_', 'dataIssues_'] as const;
export const SUMMARY_FUNCTIONS = ['reportSummary', 'reportSummary_'] as const;

/** The user the CLI acts as when the workbook names no administrator; treated as the document's owner. */
export const FALLBACK_ADMIN = 'admin@example.com';

export interface HeadlessReport {
  today: string;
  sheets: Record<string, { values: unknown[][]; backgrounds: (string | null)[][] }>;
  issues: Issue[];
  summary: Record<string, unknown>;
  calls: { total: number; byMethod: Record<string, number> };
  /** With --steps: one report per step, in order. */
  steps?: StepReport[];
  /** Every email sent during the run. */
  mail: SentMail[];
}

/** A failure of the run itself (not of the data): exit status 1. */
export class HeadlessFailure extends Error {}

export function stepsOf(action: HeadlessAction): MenuStep[] {
  return action === 'all' ? ['validate', 'refresh', 'report'] : [action];
}

/** The first email of the Settings sheet's Administrators row, or null. */
export function firstAdministrator(emulator: Emulator): string | null {
  const name = sheetNamed(emulator, SETTINGS);
  if (!name) return null;
  const keys = new Set([normalizeKey(SETTING.administrators.vi), normalizeKey(SETTING.administrators.en)]);
  for (const row of emulator.backend.snapshot(name).values) {
    const idx = row.findIndex((cell) => keys.has(normalizeKey(text(cell))));
    if (idx < 0) continue;
    const list = row
      .slice(idx + 1)
      .map(text)
      .join(',');
    const first = list
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .find((s) => /^[^\s@]+@[^\s@]+$/.test(s));
    if (first) return first;
  }
  return null;
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
  /** Replays these steps instead of running the action (docs/workbook.md §10 --steps). */
  steps?: readonly Step[];
  /** Acts as this user; default the first administrator of the Settings sheet, else FALLBACK_ADMIN. */
  user?: string;
}

/**
 * Opens the document (onOpen, AuthMode.LIMITED), then runs the menu actions as the user, or replays the
 * steps. `calls` counts the service calls of the actions or steps. Issues and summary come from the bundle's
 * ISSUE_FUNCTIONS/SUMMARY_FUNCTIONS when it defines them, else from the Data issues sheet and {}.
 */
export function headlessRun(emulator: Emulator, options: HeadlessRunOptions): HeadlessReport {
  const email = options.user ?? firstAdministrator(emulator) ?? FALLBACK_ADMIN;
  emulator.setUser({ email });
  const mailBefore = sentMail(emulator).length;
  const available = new Set(emulator.load().functions);
  emulator.open({ authMode: 'LIMITED' });
  emulator.calls.reset();
  let stepReports: StepReport[] | undefined;
  let counted: { total: number; byMethod: Record<string, number> };
  if (options.steps) {
    const replay = replaySteps(emulator, options.steps);
    stepReports = replay.steps;
    counted = replay.calls;
  } else {
    for (const step of stepsOf(options.action)) {
      const fn = MENU_FUNCTIONS[step];
      if (!available.has(fn))
        throw new HeadlessFailure(`the add-on bundle has no ${fn} function (menu action '${step}')`);
      try {
        emulator.run(fn);
      } catch (error) {
        throw new HeadlessFailure(`${fn} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const calls = emulator.calls;
    counted = { total: calls.total, byMethod: calls.byMethod };
  }
  const report: HeadlessReport = {
    today: emulator.today(),
    sheets: emulator.snapshot().sheets,
    issues: [],
    summary: {},
    calls: counted,
    ...(stepReports ? { steps: stepReports } : {}),
    mail: sentMail(emulator).slice(mailBefore),
  };
  // Findings and figures as the user the run started with reads them (the steps may end as someone else).
  emulator.asUser({ email }, () => {
    const issuesFn = ISSUE_FUNCTIONS.find((fn) => available.has(fn));
    report.issues = (issuesFn ? asIssues(emulator.run(issuesFn)) : null) ?? issuesFromSheet(emulator);
    const summaryFn = SUMMARY_FUNCTIONS.find((fn) => available.has(fn));
    if (summaryFn) {
      const summary = emulator.run(summaryFn);
      if (summary && typeof summary === 'object' && !Array.isArray(summary))
        report.summary = summary as Record<string, unknown>;
    }
  });
  return report;
}
