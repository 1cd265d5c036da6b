// A submission step, done as a person does it in the sidebar: the form loads as the acting user
// (progressForm/emulationForm, then the unit's rows), the fields start from the row as loaded (the sidebar's
// own state functions), the step's values are put in as typed, and the payload goes through
// google.script.run's path to the server, which is the authority on what is accepted.
import type { ApiError, MilestoneRow, Outcome, TargetRow, UiLang } from '../../src/shared/api';
import { message } from '../../src/shared/messages';
import { STATUS } from '../../src/core/fixed-lists';
import { normalizeKey } from '../../src/core/schema';
import { draftFromRow, isDirty, payloadOf, withStatus } from '../../src/client/progress/state';
import {
  draftFromTarget,
  isDirty as isResultDirty,
  payloadOf as resultPayloadOf,
} from '../../src/client/emulation/state';
import type { Emulator } from '../emulator';
import type { EmulationSubmitStep, ProgressSubmitStep } from './steps';

export interface SubmitOutcome {
  ok: boolean;
  code: string;
  message: string;
}

interface FormLoaded {
  lang: UiLang;
  today: string;
}

/** google.script.run: an Outcome, or a failure handler's error turned into one. */
function call<T>(emulator: Emulator, name: string, ...args: unknown[]): Outcome<T> {
  try {
    return emulator.callServer(name, ...args) as Outcome<T>;
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, error: { code: 'scriptError' as ApiError['code'], message: `${e.name}: ${e.message}` } };
  }
}

const refused = (error: ApiError): SubmitOutcome => ({ ok: false, code: error.code, message: error.message });

/** A status as picked: its label in either language, or its key; anything else is sent as it is. */
export function statusKey(typed: string): string {
  const wanted = normalizeKey(typed);
  for (const [key, labels] of Object.entries(STATUS)) {
    if (wanted === normalizeKey(key) || wanted === normalizeKey(labels.vi) || wanted === normalizeKey(labels.en))
      return key;
  }
  return typed;
}

/** 'dd/mm/yyyy' (the form's display) as 'yyyy-mm-dd'; 'yyyy-mm-dd' as it is; anything else unchanged. */
export function isoDay(typed: string): string {
  const text = typed.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return text;
  return `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
}

function loadForm(emulator: Emulator, endpoint: 'progressForm' | 'emulationForm'): Outcome<FormLoaded> {
  return call<FormLoaded>(emulator, endpoint);
}

export function submitProgress(emulator: Emulator, step: ProgressSubmitStep): SubmitOutcome {
  const form = loadForm(emulator, 'progressForm');
  if (!form.ok) return refused(form.error);
  const { lang, today } = form.value;
  const unit = call<{ rows: MilestoneRow[] }>(emulator, 'unitMilestones', step.unitId);
  if (!unit.ok) return refused(unit.error);
  const row: MilestoneRow = unit.value.rows.find((r) => r.milestoneId === step.milestoneId) ?? {
    // Not among the unit's rows: the server says so (it finds rows by key at write time).
    milestoneId: step.milestoneId,
    task: '',
    deadline: null,
    status: null,
    completedOn: null,
    standing: '',
    standingLabel: '',
    standingColor: null,
    evidence: '',
    note: '',
    requires: [],
    updatedBy: '',
    updatedAt: '',
    version: '',
  };
  let draft = draftFromRow(row);
  if (step.status !== undefined) draft = withStatus(draft, statusKey(step.status) as typeof draft.status, today);
  if (step.completedOn !== undefined) draft = { ...draft, completedOn: isoDay(step.completedOn) };
  if (step.evidence !== undefined) draft = { ...draft, evidence: step.evidence };
  if (step.note !== undefined) draft = { ...draft, note: step.note };
  if (row.version !== '' && !isDirty(row, draft))
    return { ok: true, code: 'noChange', message: message(lang, 'noChange') };
  const saved = call<{ message: string }>(emulator, 'submitProgress', payloadOf(step.unitId, row, draft));
  return saved.ok ? { ok: true, code: '', message: saved.value.message } : refused(saved.error);
}

export function submitResult(emulator: Emulator, step: EmulationSubmitStep): SubmitOutcome {
  const form = loadForm(emulator, 'emulationForm');
  if (!form.ok) return refused(form.error);
  const { lang } = form.value;
  const unit = call<{ rows: TargetRow[] }>(emulator, 'unitTargets', step.unitId);
  if (!unit.ok) return refused(unit.error);
  const found = unit.value.rows.find((r) => r.targetId === step.targetId);
  const row: TargetRow = found ?? {
    targetId: step.targetId,
    name: '',
    measure: '',
    direction: 'atLeast',
    targetValue: null,
    result: null,
    rating: '',
    ratingLabel: '',
    ratingColor: null,
    dueDate: null,
    note: '',
    updatedBy: '',
    updatedAt: '',
    version: '',
  };
  let draft = draftFromTarget(row, lang);
  if (step.result !== undefined) draft = { ...draft, result: step.result };
  if (step.note !== undefined) draft = { ...draft, note: step.note };
  // The sidebar has no own-target field: a step giving one sends it, and the server says whether it takes it.
  if (found && step.ownTarget === undefined && !isResultDirty(row, draft, lang))
    return { ok: true, code: 'noChange', message: message(lang, 'noChange') };
  const payload = {
    ...resultPayloadOf(step.unitId, row, draft),
    ...(step.ownTarget !== undefined ? { ownTarget: step.ownTarget } : {}),
  };
  const saved = call<{ message: string }>(emulator, 'submitResult', payload);
  return saved.ok ? { ok: true, code: '', message: saved.value.message } : refused(saved.error);
}
