// The checks a value gets wherever it comes from — Validate reading the sheet, a form submission, a direct
// edit in the sheet — each with the one message of its finding code, so the same mistake reads the same way
// in the Data issues sheet, in a cell note and in a toast.
import { formatDay } from './dates';
import { MESSAGES, type Msg } from './messages';
import type { Day, FindingCode, Milestone, ProgressEntry, Settings, Unit } from './model';
import { cellText, parseDate, parseInteger, parseNumber } from './parse';
import { canUpdateUnit, isAdministrator, type UnitDirectory } from './permissions';
import { parseStatus } from './status-text';
import { PROGRESS, type Lang } from './schema';
import { STATUS, type Status } from './fixed-lists';
import { applies } from './deadlines';
import { idKey } from './keys';

export interface Check {
  code: FindingCode;
  message: Msg;
}

const STATUS_COLUMN = PROGRESS.columns.find((c) => c.key === 'status') ?? { vi: 'Trạng thái', en: 'Status' };
const STATUS_VALUES = {
  vi: (Object.keys(STATUS) as Status[]).map((s) => STATUS[s].vi),
  en: (Object.keys(STATUS) as Status[]).map((s) => STATUS[s].en),
};

/**
 * A Status cell, read as the Standing formula reads it: blank is not started (null); anything else outside
 * the list is E_VALUE_UNKNOWN and read as blank.
 */
export function checkStatus(value: unknown): { status: Status | null; finding?: Check } {
  const status = parseStatus(value);
  if (status !== undefined) return { status };
  return {
    status: null,
    finding: { code: 'E_VALUE_UNKNOWN', message: MESSAGES.valueUnknown(cellText(value), STATUS_COLUMN, STATUS_VALUES) },
  };
}

/** A date cell: unreadable is E_DATE_INVALID and read as blank. */
export function checkDate(value: unknown, timeZone: string): { day: Day | null; finding?: Check } {
  const p = parseDate(value, timeZone);
  if (p.ok) return { day: p.value };
  return { day: null, finding: { code: 'E_DATE_INVALID', message: MESSAGES.dateInvalid(cellText(value)) } };
}

/** A number cell (≥ min when given, whole when asked): unreadable or out of range is E_NUMBER_INVALID. */
export function checkNumber(
  value: unknown,
  lang: Lang,
  opts: { min?: number; integer?: boolean } = {},
): { value: number | null; finding?: Check } {
  const p = opts.integer ? parseInteger(value, lang) : parseNumber(value, lang);
  const text = typeof value === 'number' ? value : cellText(value);
  const invalid = (message: Msg) => ({ value: null, finding: { code: 'E_NUMBER_INVALID' as const, message } });
  if (!p.ok) {
    if (opts.integer)
      return invalid(opts.min !== undefined ? MESSAGES.wholeNonNegativeInvalid(text) : MESSAGES.integerInvalid(text));
    return invalid(MESSAGES.numberInvalid(text));
  }
  if (p.value !== null && opts.min !== undefined && p.value < opts.min) {
    return invalid(opts.integer ? MESSAGES.wholeNonNegativeInvalid(text) : MESSAGES.negativeInvalid(text));
  }
  return { value: p.value };
}

/** W_COMPLETED_IN_FUTURE: a completion date after today. */
export function checkCompletedOn(day: Day | null, today: Day, lang: Lang): Check | null {
  if (day === null || day <= today) return null;
  return {
    code: 'W_COMPLETED_IN_FUTURE',
    message: MESSAGES.completedInFuture(formatDay(day, lang), formatDay(today, lang)),
  };
}

/**
 * W_REQUIREMENT_NOT_MET: `m` is Hoàn thành for `unit` while a milestone it requires is not (a requirement that
 * does not apply to the unit, or that it marked Không áp dụng, is not waited for). `missing` names them.
 */
export function checkRequirements(
  m: Milestone,
  unit: Unit,
  milestonesByKey: ReadonlyMap<string, Milestone>,
  statusOf: (required: Milestone) => ProgressEntry['status'],
): { missing: Milestone[]; finding?: Check } {
  const missing = unmetRequirements(m, unit, milestonesByKey, statusOf);
  if (missing.length === 0) return { missing };
  const message = MESSAGES.requirementNotMet(
    m.id,
    missing.map((x) => ({ id: x.id, name: x.name })),
  );
  return { missing, finding: { code: 'W_REQUIREMENT_NOT_MET', message } };
}

/**
 * The milestones `m` requires for `unit` that are not done. A requirement that does not apply to the unit,
 * or that the unit marked Không áp dụng, is not waited for.
 */
export function unmetRequirements(
  m: Milestone,
  unit: Unit,
  milestonesByKey: ReadonlyMap<string, Milestone>,
  statusOf: (required: Milestone) => ProgressEntry['status'],
): Milestone[] {
  const out: Milestone[] = [];
  for (const id of m.requires) {
    const req = milestonesByKey.get(idKey(id));
    if (!req || !applies(req, unit)) continue;
    const s = statusOf(req);
    if (s !== 'done' && s !== 'notApplicable') out.push(req);
  }
  return out;
}

type PermissionSettings = Pick<Settings, 'administrators' | 'restrictUpdates'>;

/** A refused direct edit: `message` when it is flagged, `reverted` (no review asked) when it is put back. */
export interface EditRefusal extends Check {
  reverted: Msg;
}

/** What a direct edit touched, for the permission check. */
export type EditedPart =
  | { kind: 'unitRow'; unitId: string; unitName: string }
  | { kind: 'inputSheet'; sheet: string }
  | { kind: 'ownedColumn'; column: string };

/**
 * W_EDIT_NOT_PERMITTED (docs/workbook.md §8.2): only when the editor is known and Restrict updates is on — a unit's rows
 * edited by someone who may not update that unit, an input sheet or a column the add-on owns edited by a
 * non-administrator. An unknown editor ('') is never flagged: the sheet's protection is the guard then.
 */
export function checkEditPermission(
  email: string,
  part: EditedPart,
  directory: UnitDirectory,
  settings: PermissionSettings,
): EditRefusal | null {
  if (email === '' || !settings.restrictUpdates) return null;
  if (part.kind === 'unitRow') {
    const decision = canUpdateUnit(email, part.unitId, directory, settings);
    if (decision.allowed || decision.reason === 'unknownUnit') return null;
    const unit = part.unitName || part.unitId;
    return {
      code: 'W_EDIT_NOT_PERMITTED',
      message: MESSAGES.editNotPermittedUnit(email, unit),
      reverted: MESSAGES.editNotPermittedUnit(email, unit, true),
    };
  }
  if (isAdministrator(email, settings)) return null;
  const said = (reverted: boolean): Msg =>
    part.kind === 'inputSheet'
      ? MESSAGES.editNotPermittedSheet(email, part.sheet, reverted)
      : MESSAGES.editNotPermittedColumn(email, part.column, reverted);
  return { code: 'W_EDIT_NOT_PERMITTED', message: said(false), reverted: said(true) };
}

/**
 * The canonical text of a status the add-on recognises but the Standing formula would not (docs/workbook.md §4):
 * Unicode-decomposed text, a no-break or other unusual space, spaces the formula's TRIM leaves. Null when the
 * cell is fine as it is (or is no status at all).
 */
export function canonicalStatusText(value: unknown): string | null {
  if (typeof value !== 'string' || parseStatus(value) !== undefined) return null;
  const folded = value.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  if (folded === '') return null;
  for (const s of Object.keys(STATUS) as Status[]) {
    for (const label of [STATUS[s].vi, STATUS[s].en]) if (label.toLowerCase() === folded) return label;
  }
  return null;
}
