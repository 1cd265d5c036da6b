// `--steps` (docs/workbook.md §10): replays a working session in the emulator, one step after another, and says for each
// what happened — ok or refused (code, message), the finding codes it raised, the service calls it made
// (with the triggers it fired) and the cells it read and wrote. Edits and pastes are typed as a person types
// (data validation, protections, simple and installable triggers); submissions go through the sidebar's
// path (submit.ts); menu actions run as the acting user with every question answered Yes.
import { normalizeKey } from '../../src/core/schema';
import { Meter, type Measurement } from '../bench/meter';
import type { EditResult, Emulator } from '../emulator';
import { PROTECTED_MESSAGE } from '../emulator/spreadsheet/protection-check';
import { REMIND_FUNCTIONS, instantOf, moveClock, morningOf, type FiredTrigger } from './emulator-extras';
import { blockOf, stepFlags, type CellBlock } from './flags';
import { issueLines, issuesSheetName } from './issues';
import type { RunAction, Step, StepKind } from './steps';
import { submitProgress, submitResult, type SubmitOutcome } from './submit';

export interface StepReport {
  kind: StepKind;
  ok: boolean;
  /** '' for a step that went as asked; the server's error code, or the replay's own (see README). */
  code: string;
  /** What the user was told (the form's answer, the toasts of an edit, the last dialog of a menu action). */
  message: string;
  flags: string[];
  calls: { total: number; byMethod: Record<string, number> };
  cells: { read: number; written: number };
  /** The triggers the step fired (simple, installable, time-driven), with the error of any that failed. */
  triggers: FiredTrigger[];
  /** Google's "Heads up!" when an edit met a warning-only protection (the person went on). */
  warning?: string;
}

export const RUN_FUNCTIONS: Record<Exclude<RunAction, 'remind'>, string> = {
  setup: 'menuSetup',
  validate: 'menuValidate',
  refresh: 'menuRefresh',
  report: 'menuReport',
};

type Outcome = SubmitOutcome & { triggers?: FiredTrigger[]; warning?: string };

const OK: Outcome = { ok: true, code: '', message: '' };

/** Dialogs answered Yes (OK where there is no Yes), unless answers were queued. */
function answerYes(emulator: Emulator): () => void {
  const ui = emulator.ui;
  const original = ui.next;
  ui.next = function (buttonSet) {
    if (ui.pendingAnswers() === 0) ui.answerAlerts([buttonSet.startsWith('YES') ? 'YES' : 'OK']);
    return original.call(ui, buttonSet);
  };
  return () => {
    ui.next = original;
  };
}

function sheetName(emulator: Emulator, wanted: string): string | undefined {
  const names = emulator.backend.sheetNames();
  return names.find((n) => n === wanted) ?? names.find((n) => normalizeKey(n) === normalizeKey(wanted));
}

function triggersOf(result: EditResult): FiredTrigger[] {
  return result.fired.map((f) => ({
    kind: f.kind,
    functionName: f.functionName,
    ...(f.error ? { error: f.error } : {}),
  }));
}

function told(emulator: Emulator, toastsBefore: number, alertsBefore: number): string {
  const alerts = emulator.ui.alerts.slice(alertsBefore);
  const last = alerts.filter((a) => a.buttonSet === 'OK').pop() ?? alerts.pop();
  if (last) return last.prompt;
  return emulator.ui.toasts
    .slice(toastsBefore)
    .map((t) => t.message)
    .join('\n');
}

function afterTyping(emulator: Emulator, result: EditResult, toastsBefore: number): Outcome {
  if (result.rejected !== undefined)
    return {
      ok: false,
      code: result.rejected === PROTECTED_MESSAGE ? 'protected' : 'rejected',
      message: result.rejected,
    };
  const triggers = triggersOf(result);
  const warned = result.warning ? { warning: result.warning } : {};
  const failed = triggers.filter((t) => t.error);
  const message = emulator.ui.toasts
    .slice(toastsBefore)
    .map((t) => t.message)
    .join('\n');
  if (failed.length)
    return {
      ok: true,
      code: 'triggerFailed',
      message: failed.map((t) => `${t.functionName}: ${t.error}`).join('\n'),
      triggers,
      ...warned,
    };
  return { ok: true, code: '', message, triggers, ...warned };
}

function runAction(
  emulator: Emulator,
  action: RunAction,
  functions: ReadonlySet<string>,
  alertsBefore: number,
  toastsBefore: number,
): Outcome {
  const fn = action === 'remind' ? REMIND_FUNCTIONS.find((f) => functions.has(f)) : RUN_FUNCTIONS[action];
  if (!fn || !functions.has(fn)) {
    const wanted = action === 'remind' ? REMIND_FUNCTIONS.join(', ') : RUN_FUNCTIONS[action];
    return {
      ok: false,
      code: 'unavailable',
      message: `The add-on bundle has no ${action === 'remind' ? 'reminder job' : 'menu action'} for '${action}' (looked for ${wanted}).`,
    };
  }
  try {
    emulator.run(fn);
  } catch (error) {
    return { ok: false, code: 'scriptError', message: error instanceof Error ? error.message : String(error) };
  }
  return { ...OK, message: told(emulator, toastsBefore, alertsBefore) };
}

/** Does one step; the measurement around it is the caller's. */
function perform(emulator: Emulator, step: Step, functions: ReadonlySet<string>): Outcome {
  const toastsBefore = emulator.ui.toasts.length;
  const alertsBefore = emulator.ui.alerts.length;
  switch (step.kind) {
    case 'today':
      return { ...OK, triggers: moveClock(emulator, morningOf(emulator, step.date)) };
    case 'clock':
      return { ...OK, triggers: moveClock(emulator, instantOf(emulator, step.at)) };
    case 'as': {
      emulator.setUser({ email: step.email, ...(step.locale ? { locale: step.locale } : {}) });
      // The person opens the spreadsheet: Google runs onOpen for them.
      return { ...OK, triggers: triggersOf(emulator.open()) };
    }
    case 'run':
      return runAction(emulator, step.action, functions, alertsBefore, toastsBefore);
    case 'edit':
    case 'paste': {
      const name = sheetName(emulator, step.sheet);
      if (!name) return { ok: false, code: 'notFound', message: `No sheet named "${step.sheet}".` };
      const result =
        step.kind === 'edit'
          ? emulator.edit(name, step.cell, step.value)
          : emulator.pasteValues(name, step.cell, step.values);
      return afterTyping(emulator, result, toastsBefore);
    }
    case 'submit':
      return step.form === 'progress' ? submitProgress(emulator, step) : submitResult(emulator, step);
  }
}

function editedBlock(emulator: Emulator, step: Step): CellBlock | null {
  if (step.kind !== 'edit' && step.kind !== 'paste') return null;
  const name = sheetName(emulator, step.sheet) ?? step.sheet;
  const block = blockOf(name, step.cell);
  if (!block || step.kind === 'edit') return block;
  const width = Math.max(...step.values.map((r) => r.length));
  return { ...block, bottom: block.top + step.values.length - 1, right: block.left + width - 1 };
}

/** Replays the steps; returns one report per step and the calls of all of them together. */
export function replaySteps(
  emulator: Emulator,
  steps: readonly Step[],
): { steps: StepReport[]; calls: { total: number; byMethod: Record<string, number> } } {
  const functions = new Set(emulator.load().functions);
  const total = { total: 0, byMethod: {} as Record<string, number> };
  const reports: StepReport[] = [];
  const restore = answerYes(emulator);
  try {
    for (const step of steps) {
      const before = issueLines(emulator);
      let outcome: Outcome = OK;
      const measured: Measurement = Meter.measure(emulator, () => {
        outcome = perform(emulator, step, functions);
      });
      if (measured.error !== undefined) outcome = { ok: false, code: 'internal', message: measured.error };
      const flags = stepFlags(before, issueLines(emulator), {
        issuesSheet: issuesSheetName(emulator),
        writes: measured.writes,
        edited: editedBlock(emulator, step),
      });
      total.total += measured.calls;
      for (const [method, n] of Object.entries(measured.byMethod))
        total.byMethod[method] = (total.byMethod[method] ?? 0) + n;
      reports.push({
        kind: step.kind,
        ok: outcome.ok,
        code: outcome.code,
        message: outcome.message,
        flags,
        calls: { total: measured.calls, byMethod: measured.byMethod },
        cells: { read: measured.cellsRead, written: measured.cellsWritten },
        triggers: outcome.triggers ?? [],
        ...(outcome.warning ? { warning: outcome.warning } : {}),
      });
    }
  } finally {
    restore();
  }
  return { steps: reports, calls: total };
}
