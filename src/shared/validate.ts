// Validation of the sidebar submissions, shared by the client (quick feedback while typing) and the server
// (the authority: it runs again on every call, whatever the client did). Pure: no DOM, no Apps Script.
//
// Policy for payload shape: every field is required and must have its type; a field that is not part of
// the contract is refused (never silently ignored), so a client bug or a forged call is seen at once.
import {
  LIMITS,
  type ApiError,
  type IsoDate,
  type Outcome,
  type ProgressSubmission,
  type ResultSubmission,
  type UiLang,
} from './api';
import { message, type MessageKey } from './messages';
import { STATUS, type Status } from '../core/fixed-lists';

const STATUS_KEYS = Object.keys(STATUS) as Status[];

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUS_KEYS as string[]).includes(value);
}

function fail(code: ApiError['code'], text: string, field?: string): { ok: false; error: ApiError } {
  return { ok: false, error: field ? { code, message: text, field } : { code, message: text } };
}

/** 'yyyy-mm-dd' → the parts, or why it is not a date. */
export function parseIsoDate(text: string): { y: number; m: number; d: number } | 'format' | 'impossible' {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return 'format';
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1) return 'impossible';
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days || y < 1900) return 'impossible';
  return { y, m, d };
}

/**
 * A number as a Vietnamese or English user types it: '1.103' = 1103 and '5,62' = 5.62 (Vietnamese first),
 * '1,103.5' = 1103.5, '1.103.500', '99,8%' = 0.998, '-2'. null when the text is not a number.
 */
export function parseUserNumber(input: string): number | null {
  let text = input.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return null;
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  const sign = text.startsWith('-') ? -1 : 1;
  if (/^[+-]/.test(text)) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let normal: string;
  const grouped = (body: string, sep: string): boolean => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(body);
  if (dots && commas) {
    const decimalSep = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const cut = text.lastIndexOf(decimalSep);
    const whole = text.slice(0, cut);
    const fraction = text.slice(cut + 1);
    if (!grouped(whole, groupSep) || !/^\d+$/.test(fraction) || whole.includes(decimalSep)) return null;
    normal = `${whole.split(groupSep).join('')}.${fraction}`;
  } else if (commas) {
    if (commas === 1 && /^\d+,\d+$/.test(text)) normal = text.replace(',', '.');
    else if (grouped(text, ',')) normal = text.split(',').join('');
    else return null;
  } else if (dots) {
    if (dots === 1 && /^\d+\.\d{3}$/.test(text)) normal = text.replace('.', '');
    else if (dots === 1 && /^\d*\.\d+$/.test(text)) normal = text;
    else if (grouped(text, '.')) normal = text.split('.').join('');
    else return null;
  } else {
    normal = text;
  }
  const value = Number(normal);
  if (!Number.isFinite(value)) return null;
  return Math.round(sign * value * scale * 1e12) / 1e12;
}

type Check = { ok: true } | { ok: false; error: ApiError };
const OK: Check = { ok: true };

function checkShape(lang: UiLang, payload: unknown, fields: Record<string, 'text' | 'textOrNumber'>): Check {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return fail('invalid', message(lang, 'invalidRequest'));
  }
  const record = payload as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !Object.prototype.hasOwnProperty.call(fields, key));
  if (unknown.length) {
    return fail('invalid', message(lang, 'fieldsUnknown', { fields: unknown.sort().join(', ') }));
  }
  for (const [field, kind] of Object.entries(fields)) {
    const value = record[field];
    if (value === undefined || value === null) return fail('invalid', message(lang, 'fieldMissing', { field }), field);
    if (kind === 'text' && typeof value !== 'string') {
      return fail('invalid', message(lang, 'fieldNotText', { field }), field);
    }
    if (kind === 'textOrNumber' && typeof value !== 'string' && typeof value !== 'number') {
      return fail('invalid', message(lang, 'fieldNotNumberOrText', { field }), field);
    }
  }
  return OK;
}

function checkLength(lang: UiLang, field: string, label: MessageKey | null, value: string, max: number): Check {
  if (value.length <= max) return OK;
  const shown = label ? message(lang, label) : field;
  return fail('invalid', message(lang, 'tooLong', { label: shown, length: value.length, max }), field);
}

function checkId(lang: UiLang, field: string, value: string): Check {
  if (value.trim() === '') return fail('invalid', message(lang, 'blankId', { field }), field);
  return checkLength(lang, field, null, value, LIMITS.id);
}

function firstFailure(...checks: (() => Check)[]): Check {
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return OK;
}

/**
 * What the row holds now, by field: a text field submitted as it is held is not checked against its limit, so
 * a long note typed in the sheet never blocks a later update of the row's other fields (docs/workbook.md §8). `true`
 * for a field means "held, whatever it is" (the server checks it once it has read the row).
 */
export type Held = Partial<Record<'evidence' | 'note', string | true>>;

function isHeld(held: Held, field: 'evidence' | 'note', value: string): boolean {
  const h = held[field];
  return h === true || (h !== undefined && h.trim() === value.trim());
}

/** The limit of a text field the user changed: a refusal when it is too long, else null. */
export function changedTooLong(lang: UiLang, field: 'evidence' | 'note', value: string): ApiError | null {
  const result = checkLength(lang, field, field, value, LIMITS[field]);
  return result.ok ? null : result.error;
}

/** Checks a progress submission; `today` is 'yyyy-mm-dd' in the spreadsheet's time zone. */
export function checkProgressSubmission(
  lang: UiLang,
  payload: unknown,
  today: IsoDate,
  held: Held = {},
): Outcome<ProgressSubmission> {
  const shape = checkShape(lang, payload, {
    unitId: 'text',
    milestoneId: 'text',
    status: 'text',
    completedOn: 'text',
    evidence: 'text',
    note: 'text',
    version: 'text',
  });
  if (!shape.ok) return shape;
  const p = payload as ProgressSubmission;
  const label = message(lang, 'completedOn');
  const checked = firstFailure(
    () => checkId(lang, 'unitId', p.unitId),
    () => checkId(lang, 'milestoneId', p.milestoneId),
    () => checkLength(lang, 'version', null, p.version, LIMITS.version),
    () =>
      isStatus(p.status)
        ? OK
        : fail('invalid', message(lang, 'statusUnknown', { value: String(p.status).slice(0, 50) }), 'status'),
    () =>
      isHeld(held, 'evidence', p.evidence)
        ? OK
        : checkLength(lang, 'evidence', 'evidence', p.evidence, LIMITS.evidence),
    () => (isHeld(held, 'note', p.note) ? OK : checkLength(lang, 'note', 'note', p.note, LIMITS.note)),
    () => {
      if (p.status !== 'done') {
        return p.completedOn === '' ? OK : fail('invalid', message(lang, 'dateOnlyWhenDone'), 'completedOn');
      }
      if (p.completedOn === '') return fail('invalid', message(lang, 'dateRequired'), 'completedOn');
      const parsed = parseIsoDate(p.completedOn);
      const value = p.completedOn.slice(0, 20);
      if (parsed === 'format') return fail('invalid', message(lang, 'dateFormat', { label, value }), 'completedOn');
      if (parsed === 'impossible') {
        return fail('invalid', message(lang, 'dateImpossible', { label, value }), 'completedOn');
      }
      if (p.completedOn > today) {
        return fail('invalid', message(lang, 'dateInFuture', { value: p.completedOn, today }), 'completedOn');
      }
      return OK;
    },
  );
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: {
      unitId: p.unitId.trim(),
      milestoneId: p.milestoneId.trim(),
      status: p.status,
      completedOn: p.completedOn,
      evidence: p.evidence.trim(),
      note: p.note.trim(),
      version: p.version,
    },
  };
}

export interface CheckedResult extends ResultSubmission {
  /** The parsed result; null clears it. */
  value: number | null;
}

export function checkResultSubmission(lang: UiLang, payload: unknown, held: Held = {}): Outcome<CheckedResult> {
  const shape = checkShape(lang, payload, {
    unitId: 'text',
    targetId: 'text',
    result: 'textOrNumber',
    note: 'text',
    version: 'text',
  });
  if (!shape.ok) return shape;
  const p = payload as ResultSubmission;
  let value: number | null = null;
  const checked = firstFailure(
    () => checkId(lang, 'unitId', p.unitId),
    () => checkId(lang, 'targetId', p.targetId),
    () => checkLength(lang, 'version', null, p.version, LIMITS.version),
    () => (isHeld(held, 'note', p.note) ? OK : checkLength(lang, 'note', 'note', p.note, LIMITS.note)),
    () => {
      if (typeof p.result === 'number') {
        if (!Number.isFinite(p.result)) {
          return fail('invalid', message(lang, 'numberInvalid', { value: String(p.result) }), 'result');
        }
        value = p.result;
      } else {
        const length = checkLength(lang, 'result', 'result', p.result, LIMITS.result);
        if (!length.ok) return length;
        if (p.result.trim() === '') return OK;
        value = parseUserNumber(p.result);
        if (value === null)
          return fail('invalid', message(lang, 'numberInvalid', { value: p.result.trim() }), 'result');
      }
      return value < 0 ? fail('invalid', message(lang, 'numberNegative'), 'result') : OK;
    },
  );
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: {
      unitId: p.unitId.trim(),
      targetId: p.targetId.trim(),
      result: p.result,
      note: p.note.trim(),
      version: p.version,
      value,
    },
  };
}
