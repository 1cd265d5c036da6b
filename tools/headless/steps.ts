// The steps file of `--steps` (docs/workbook.md §10): a JSON array replaying a working session. Parsing is strict, so a
// typo in a steps file is a one-line error (exit status 2) naming the step, not a silently skipped step.
import { isIsoDate } from './options';

export const RUN_ACTIONS = ['setup', 'validate', 'refresh', 'report', 'remind'] as const;
export type RunAction = (typeof RUN_ACTIONS)[number];

export interface ProgressSubmitStep {
  kind: 'submit';
  form: 'progress';
  unitId: string;
  milestoneId: string;
  /** As the user picks it: a label in either language ('Hoàn thành', 'Done') or the key ('done'). */
  status?: string;
  /** 'YYYY-MM-DD' or 'dd/mm/yyyy'. */
  completedOn?: string;
  evidence?: string;
  note?: string;
}

export interface EmulationSubmitStep {
  kind: 'submit';
  form: 'emulation';
  unitId: string;
  targetId: string;
  /** As typed: '95%', '1.103', '5,62'; '' clears it. */
  result?: string;
  ownTarget?: string;
  note?: string;
}

export type Step =
  | { kind: 'today'; date: string }
  | { kind: 'clock'; at: string }
  | { kind: 'as'; email: string; locale?: string }
  | { kind: 'run'; action: RunAction }
  | { kind: 'edit'; sheet: string; cell: string; value: string }
  | { kind: 'paste'; sheet: string; cell: string; values: string[][] }
  | ProgressSubmitStep
  | EmulationSubmitStep;

export type StepKind = Step['kind'];

/** A steps file that cannot be used: exit status 2 with this one-line message. */
export class StepsError extends Error {}

const KINDS: readonly StepKind[] = ['today', 'clock', 'as', 'run', 'edit', 'paste', 'submit'];
const CELL = /^[A-Za-z]{1,3}[1-9]\d{0,6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

type Json = Record<string, unknown>;

/** 'YYYY-MM-DDTHH:MM' with a real date and time. */
export function isLocalDateTime(text: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(text);
  return !!m && isIsoDate(m[1] ?? '') && Number(m[2]) < 24 && Number(m[3]) < 60;
}

/** A value as a person types it: a string, or a number written as its text. */
function typed(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

class StepReader {
  constructor(
    private readonly step: Json,
    private readonly where: string,
  ) {}

  fail(text: string): never {
    throw new StepsError(`${this.where}: ${text}`);
  }

  /** Refuses any field other than `allowed`. */
  only(allowed: readonly string[]): void {
    const extra = Object.keys(this.step).filter((k) => !allowed.includes(k));
    if (extra.length)
      this.fail(
        `unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')} (allowed: ${allowed.join(', ')})`,
      );
  }

  text(key: string, from: Json = this.step, optional = false): string | undefined {
    const value = from[key];
    if (value === undefined && optional) return undefined;
    const out = typed(value);
    if (out === null) this.fail(`"${key}" must be ${optional ? 'a string when given' : 'a string'}`);
    return out;
  }

  required(key: string, from: Json = this.step): string {
    const out = this.text(key, from) ?? '';
    if (out.trim() === '') this.fail(`"${key}" must not be blank`);
    return out;
  }

  object(key: string): Json {
    const value = this.step[key];
    if (!value || typeof value !== 'object' || Array.isArray(value)) this.fail(`"${key}" must be an object`);
    return value as Json;
  }

  cell(from: Json): string {
    const cell = this.required('cell', from).trim();
    if (!CELL.test(cell)) this.fail(`"cell" must be one cell written like G5, got '${cell}'`);
    return cell.toUpperCase();
  }

  fieldsOf(from: Json, allowed: readonly string[], what: string): void {
    const extra = Object.keys(from).filter((k) => !allowed.includes(k));
    if (extra.length) this.fail(`unknown field "${extra[0]}" in "${what}" (allowed: ${allowed.join(', ')})`);
  }
}

function parseStep(raw: unknown, index: number): Step {
  const where = `step ${index + 1}`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new StepsError(`${where}: must be an object like {"run": "refresh"}`);
  const step = raw as Json;
  const kinds = KINDS.filter((k) => k in step);
  if (kinds.length !== 1) {
    throw new StepsError(
      kinds.length
        ? `${where}: has ${kinds.map((k) => `"${k}"`).join(' and ')}; a step does one thing`
        : `${where}: names no step kind (one of ${KINDS.join(', ')})`,
    );
  }
  const kind = kinds[0] as StepKind;
  const r = new StepReader(step, `${where} (${kind})`);
  switch (kind) {
    case 'today': {
      r.only(['today']);
      const date = r.required('today');
      if (!isIsoDate(date)) r.fail(`must be a real date written YYYY-MM-DD, got '${date}'`);
      return { kind, date };
    }
    case 'clock': {
      r.only(['clock']);
      const at = r.required('clock');
      if (!isLocalDateTime(at)) r.fail(`must be a real time written YYYY-MM-DDTHH:MM, got '${at}'`);
      return { kind, at };
    }
    case 'as': {
      r.only(['as', 'locale']);
      const email = (r.text('as') ?? '').trim();
      if (email !== '' && !EMAIL.test(email))
        r.fail(`must be an email address or "" (a user Google does not identify), got '${email}'`);
      const locale = r.text('locale', step, true);
      return locale === undefined ? { kind, email } : { kind, email, locale };
    }
    case 'run': {
      r.only(['run']);
      const action = r.required('run') as RunAction;
      if (!RUN_ACTIONS.includes(action)) r.fail(`must be one of ${RUN_ACTIONS.join(', ')}, got '${action}'`);
      return { kind, action };
    }
    case 'edit': {
      r.only(['edit']);
      const edit = r.object('edit');
      r.fieldsOf(edit, ['sheet', 'cell', 'value'], 'edit');
      return { kind, sheet: r.required('sheet', edit), cell: r.cell(edit), value: r.text('value', edit) ?? '' };
    }
    case 'paste': {
      r.only(['paste']);
      const paste = r.object('paste');
      r.fieldsOf(paste, ['sheet', 'cell', 'values'], 'paste');
      const rows = paste.values;
      if (!Array.isArray(rows) || rows.length === 0 || !rows.every((row) => Array.isArray(row) && row.length > 0)) {
        r.fail('"values" must be a non-empty list of non-empty rows, like [["a"], ["b"]]');
      }
      const values = (rows as unknown[][]).map((row) =>
        row.map((v) => {
          const t = typed(v);
          return t === null ? r.fail('"values" must hold strings as a person types them') : t;
        }),
      );
      return { kind, sheet: r.required('sheet', paste), cell: r.cell(paste), values };
    }
    case 'submit': {
      const form = r.required('submit');
      if (form === 'progress') {
        r.only(['submit', 'unitId', 'milestoneId', 'status', 'completedOn', 'evidence', 'note']);
        const out: ProgressSubmitStep = {
          kind,
          form,
          unitId: r.required('unitId'),
          milestoneId: r.required('milestoneId'),
        };
        for (const key of ['status', 'completedOn', 'evidence', 'note'] as const) {
          const value = r.text(key, step, true);
          if (value !== undefined) out[key] = value;
        }
        return out;
      }
      if (form === 'emulation') {
        r.only(['submit', 'unitId', 'targetId', 'result', 'ownTarget', 'note']);
        const out: EmulationSubmitStep = { kind, form, unitId: r.required('unitId'), targetId: r.required('targetId') };
        for (const key of ['result', 'ownTarget', 'note'] as const) {
          const value = r.text(key, step, true);
          if (value !== undefined) out[key] = value;
        }
        return out;
      }
      return r.fail(`must be "progress" or "emulation", got '${form}'`);
    }
  }
}

/** Parses the text of a steps file; throws StepsError with a one-line message. */
export function parseSteps(text: string): Step[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StepsError(`not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
  }
  if (!Array.isArray(raw)) throw new StepsError('must be a JSON array of steps, like [{"run": "refresh"}]');
  return raw.map(parseStep);
}
