// Reading the input sheets and the user columns of the generated sheets into the model (docs/workbook.md §2, §6).
// Cross-sheet checks (parents, anchors, requirements, dates against each other) are in validate.ts.
import { MESSAGES } from './messages';
import type {
  Anchor,
  AppliesTo,
  Cutoff,
  EmulationEntry,
  Holiday,
  Milestone,
  ProgressEntry,
  Settings,
  Target,
  Unit,
} from './model';
import { formatDay, isWeekend, weekday } from './dates';
import { cellText, foldText, parseBoolean, parseDate, parseInteger } from './parse';
import {
  ALL_TYPES,
  ANCHOR,
  CONGRESS_DAYS,
  DAY_KIND,
  DAY_OFF_POLICY,
  DIRECTION,
  EDIT_POLICY,
  HOLIDAY_KIND,
  PROTECT_MODE,
  ROLLUP,
  SETTING,
  STATUS,
  type SettingKey,
} from './schema';
import { idKey } from './keys';
import type { SheetReader } from './sheet-reader';
import { parseStatus } from './status-text';
import { a1 } from './tables';

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

/** The key of a fixed-list value written in either language (case and diacritics tolerated), or null. */
export function matchFixed<K extends string>(text: string, labels: Labels<K>): K | null {
  const folded = foldText(text);
  if (folded === '') return null;
  for (const key of Object.keys(labels) as K[]) {
    const l = labels[key];
    if (foldText(l.vi) === folded || foldText(l.en) === folded) return key;
  }
  return null;
}

function allowed<K extends string>(labels: Labels<K>): { vi: string[]; en: string[] } {
  const keys = Object.keys(labels) as K[];
  return { vi: keys.map((k) => labels[k].vi), en: keys.map((k) => labels[k].en) };
}

export { parseStatus } from './status-text';

export function parseAppliesTo(items: readonly string[]): AppliesTo {
  if (items.length === 0 || items.some((i) => matchFixed(i, { all: ALL_TYPES }) === 'all')) return 'all';
  return items.map(idKey);
}

export function appliesToType(appliesTo: AppliesTo, type: string): boolean {
  return appliesTo === 'all' || appliesTo.includes(idKey(type));
}

/** Skip rows without an ID (E_ID_MISSING) or with an ID seen before (E_ID_DUPLICATE on the later row). */
function readIds(reader: SheetReader, idColumn: string, each: (r: number, id: string) => void): void {
  const seen = new Map<string, string>();
  for (const r of reader.rows) {
    const id = reader.text(r, idColumn);
    if (id === '') {
      reader.report('E_ID_MISSING', r, idColumn, MESSAGES.idMissing(reader.column(idColumn)));
      continue;
    }
    const key = idKey(id);
    const first = seen.get(key);
    if (first !== undefined) {
      reader.report('E_ID_DUPLICATE', r, idColumn, MESSAGES.idDuplicate(id, first));
      continue;
    }
    seen.set(key, a1(r, reader.colIndex(idColumn)));
    each(r, id);
  }
}

export function readUnits(reader: SheetReader): Unit[] {
  const units: Unit[] = [];
  readIds(reader, 'unitId', (r, id) => {
    const parent = reader.text(r, 'parentId');
    units.push({
      id,
      name: reader.requiredText(r, 'name'),
      type: reader.requiredText(r, 'type'),
      parentId: parent === '' ? null : parent,
      members: reader.number(r, 'members', { integer: true, min: 0 }),
      congressDate: reader.date(r, 'congressDate'),
      congressDays: readCongressDays(reader, r),
      pilot: reader.boolean(r, 'pilot') ?? false,
      editors: reader.emails(r, 'editors'),
      row: r + 1,
    });
  });
  return units;
}

/** Congress days: a whole number 1–5, blank = 1; anything else is E_NUMBER_INVALID and counts as 1. */
function readCongressDays(reader: SheetReader, r: number): number {
  const raw = reader.raw(r, 'congressDays');
  const p = parseInteger(raw, reader.lang);
  if (p.ok && p.value === null) return CONGRESS_DAYS.default;
  if (p.ok && p.value !== null && p.value >= CONGRESS_DAYS.min && p.value <= CONGRESS_DAYS.max) return p.value;
  reader.report('E_NUMBER_INVALID', r, 'congressDays', MESSAGES.congressDaysInvalid(cellText(raw)));
  return CONGRESS_DAYS.default;
}

/** Milestones as written, sorted by Order (rows without one after, in row order). Anchors are resolved later. */
export function readMilestones(reader: SheetReader): Milestone[] {
  const out: { m: Milestone; hasOrder: boolean }[] = [];
  readIds(reader, 'milestoneId', (r, id) => {
    const anchorText = reader.requiredText(r, 'anchor');
    const anchor = parseAnchor(anchorText);
    const offset = reader.number(r, 'offset', { integer: true });
    let deadlineUnknown = anchor === null;
    if (offset === null && anchor?.kind !== 'fixed') {
      if (reader.blank(r, 'offset') && reader.has('offset'))
        reader.report('E_REQUIRED_MISSING', r, 'offset', MESSAGES.requiredMissing(reader.column('offset')));
      deadlineUnknown = true;
    }
    const dayKindText = reader.text(r, 'dayKind');
    let dayKind = matchFixed(dayKindText, DAY_KIND);
    if (dayKindText !== '' && dayKind === null)
      reader.report(
        'E_VALUE_UNKNOWN',
        r,
        'dayKind',
        MESSAGES.valueUnknown(dayKindText, reader.column('dayKind'), allowed(DAY_KIND)),
      );
    dayKind ??= 'calendar';
    const fixedBlank = reader.blank(r, 'fixedDate');
    const fixedDate = reader.date(r, 'fixedDate');
    if (anchor?.kind === 'fixed' && fixedDate === null) {
      if (fixedBlank) reader.report('E_FIXED_DATE_MISSING', r, 'fixedDate', MESSAGES.fixedDateMissing());
      deadlineUnknown = true;
    }
    const order = reader.number(r, 'order');
    const m: Milestone = {
      id,
      name: reader.requiredText(r, 'name'),
      appliesTo: parseAppliesTo(reader.list(r, 'appliesTo')),
      anchor,
      offset: offset ?? 0,
      dayKind,
      fixedDate,
      requires: reader.list(r, 'requires'),
      pilotOnly: reader.boolean(r, 'pilotOnly') ?? false,
      order: order ?? r + 1,
      row: r + 1,
    };
    if (deadlineUnknown) m.deadlineUnknown = true;
    out.push({ m, hasOrder: order !== null });
  });
  out.sort((a, b) => Number(b.hasOrder) - Number(a.hasOrder) || a.m.order - b.m.order || a.m.row - b.m.row);
  return out.map((o) => o.m);
}

function parseAnchor(text: string): Anchor | null {
  if (text === '') return null;
  const kind = matchFixed(text, ANCHOR);
  return kind ? { kind } : { kind: 'milestone', milestoneId: text };
}

export function readCutoffs(reader: SheetReader, milestoneKeys: ReadonlySet<string>): Cutoff[] {
  const out: Cutoff[] = [];
  const seen = new Map<string, string>();
  for (const r of reader.rows) {
    const type = reader.requiredText(r, 'type');
    const milestoneId = reader.requiredText(r, 'milestoneId');
    const blankCutoff = reader.blank(r, 'cutoff');
    const cutoff = reader.date(r, 'cutoff');
    if (blankCutoff && reader.has('cutoff'))
      reader.report('E_REQUIRED_MISSING', r, 'cutoff', MESSAGES.requiredMissing(reader.column('cutoff')));
    if (milestoneId !== '' && !milestoneKeys.has(idKey(milestoneId))) {
      reader.report('E_VALUE_UNKNOWN', r, 'milestoneId', MESSAGES.milestoneIdUnknown(milestoneId));
      continue;
    }
    if (type === '' || milestoneId === '' || cutoff === null) continue;
    const key = `${idKey(type)}\u0000${idKey(milestoneId)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      reader.report('E_ID_DUPLICATE', r, 'type', MESSAGES.keyDuplicate(`${type} / ${milestoneId}`, first));
      continue;
    }
    seen.set(key, a1(r, reader.colIndex('type')));
    out.push({ type, milestoneId, cutoff, row: r + 1 });
  }
  return out;
}

export function readTargets(reader: SheetReader): Target[] {
  const out: Target[] = [];
  readIds(reader, 'targetId', (r, id) => {
    const directionText = reader.text(r, 'direction');
    const direction = matchFixed(directionText, DIRECTION);
    if (directionText !== '' && !direction)
      reader.report(
        'E_VALUE_UNKNOWN',
        r,
        'direction',
        MESSAGES.valueUnknown(directionText, reader.column('direction'), allowed(DIRECTION)),
      );
    const rollupText = reader.text(r, 'rollup');
    const rollup = matchFixed(rollupText, ROLLUP);
    if (rollupText !== '' && !rollup)
      reader.report(
        'E_VALUE_UNKNOWN',
        r,
        'rollup',
        MESSAGES.valueUnknown(rollupText, reader.column('rollup'), allowed(ROLLUP)),
      );
    const valueBlank = reader.blank(r, 'value');
    const value = reader.number(r, 'value', { min: 0 });
    if (valueBlank && reader.has('value'))
      reader.report('E_REQUIRED_MISSING', r, 'value', MESSAGES.requiredMissing(reader.column('value')));
    out.push({
      id,
      name: reader.requiredText(r, 'name'),
      measure: reader.text(r, 'measure'),
      direction: direction ?? 'atLeast',
      appliesTo: parseAppliesTo(reader.list(r, 'appliesTo')),
      value,
      dueDate: reader.date(r, 'dueDate'),
      rollup: rollup ?? 'sum',
      row: r + 1,
    });
  });
  return out;
}

export function defaultSettings(): Settings {
  return {
    organisation: SETTING.organisation.default,
    term: SETTING.term.default,
    warningDays: SETTING.warningDays.default,
    congressMilestone: SETTING.congressMilestone.default,
    administrators: [],
    restrictUpdates: SETTING.restrictUpdates.default,
    deadlineOnDayOff: 'keep',
    protectSheets: SETTING.protectSheets.default,
    onUnpermittedEdit: 'flag',
  };
}

/** Settings rows; the row of each setting found is returned so later checks can point at it. */
export function readSettings(reader: SheetReader): { settings: Settings; rows: Partial<Record<SettingKey, number>> } {
  const settings = defaultSettings();
  const rows: Partial<Record<SettingKey, number>> = {};
  for (const r of reader.rows) {
    const key = matchFixed(reader.text(r, 'setting'), SETTING);
    if (!key || rows[key] !== undefined) continue;
    rows[key] = r;
    const raw = reader.raw(r, 'value');
    const text = reader.text(r, 'value');
    switch (key) {
      case 'organisation':
        settings.organisation = text;
        break;
      case 'term':
        settings.term = text;
        break;
      case 'warningDays': {
        const n = text === '' ? null : reader.number(r, 'value', { integer: true, min: 0 });
        if (n !== null) settings.warningDays = n;
        break;
      }
      case 'congressMilestone':
        if (text !== '') settings.congressMilestone = text;
        break;
      case 'administrators':
        settings.administrators = reader.emails(r, 'value');
        break;
      case 'restrictUpdates': {
        const p = parseBoolean(raw);
        if (!p.ok)
          reader.report(
            'E_VALUE_UNKNOWN',
            r,
            'value',
            MESSAGES.booleanUnknown(text, { vi: SETTING.restrictUpdates.vi, en: SETTING.restrictUpdates.en }),
          );
        else if (p.value !== null) settings.restrictUpdates = p.value;
        break;
      }
      case 'deadlineOnDayOff': {
        const policy = matchFixed(text, DAY_OFF_POLICY);
        if (policy) settings.deadlineOnDayOff = policy;
        else if (text !== '')
          reader.report(
            'E_VALUE_UNKNOWN',
            r,
            'value',
            MESSAGES.valueUnknown(text, SETTING.deadlineOnDayOff, allowed(DAY_OFF_POLICY)),
          );
        break;
      }
      case 'protectSheets': {
        const mode = matchFixed(text, PROTECT_MODE);
        if (mode) settings.protectSheets = mode;
        else if (text !== '')
          reader.report(
            'E_VALUE_UNKNOWN',
            r,
            'value',
            MESSAGES.valueUnknown(text, SETTING.protectSheets, allowed(PROTECT_MODE)),
          );
        break;
      }
      case 'onUnpermittedEdit': {
        const policy = matchFixed(text, EDIT_POLICY);
        if (text !== '' && policy === null)
          reader.report(
            'E_VALUE_UNKNOWN',
            r,
            'value',
            MESSAGES.valueUnknown(text, SETTING.onUnpermittedEdit, allowed(EDIT_POLICY)),
          );
        settings.onUnpermittedEdit = policy ?? 'flag';
        break;
      }
    }
  }
  return { settings, rows };
}

/**
 * Holidays with their kind (blank = Nghỉ). A Làm bù date that is not a Saturday or Sunday is already a working
 * day, so it is most likely a typo for the weekend day of the notice: W_WORKING_DAY_NOT_WEEKEND (it still counts).
 */
export function readHolidays(reader: SheetReader): Holiday[] {
  const out: Holiday[] = [];
  for (const r of reader.rows) {
    if (reader.blank(r, 'date')) {
      if (reader.has('date'))
        reader.report('E_REQUIRED_MISSING', r, 'date', MESSAGES.requiredMissing(reader.column('date')));
      continue;
    }
    const date = reader.date(r, 'date');
    const kindText = reader.text(r, 'kind');
    let kind = matchFixed(kindText, HOLIDAY_KIND);
    if (kindText !== '' && kind === null)
      reader.report(
        'E_VALUE_UNKNOWN',
        r,
        'kind',
        MESSAGES.valueUnknown(kindText, reader.column('kind'), allowed(HOLIDAY_KIND)),
      );
    kind ??= 'off';
    if (date === null) continue;
    if (kind === 'worked' && !isWeekend(date))
      reader.report(
        'W_WORKING_DAY_NOT_WEEKEND',
        r,
        'date',
        MESSAGES.workingDayNotWeekend(formatDay(date, reader.lang), weekday(date)),
      );
    out.push({ date, name: reader.text(r, 'name'), kind });
  }
  return out;
}

/** The user columns of the Progress rows that carry both keys. An unknown status reads as blank. */
export function readProgressEntries(reader: SheetReader): ProgressEntry[] {
  const out: ProgressEntry[] = [];
  const statusColumn = reader.column('status');
  const seen = new Map<string, string>();
  for (const r of reader.rows) {
    const unitId = reader.text(r, 'unitId');
    const milestoneId = reader.text(r, 'milestoneId');
    if (unitId === '' || milestoneId === '') continue;
    reportRepeatedPair(reader, seen, r, unitId, milestoneId);
    const statusText = reader.text(r, 'status');
    let status = parseStatus(reader.raw(r, 'status'));
    if (status === undefined) {
      reader.report('E_VALUE_UNKNOWN', r, 'status', MESSAGES.valueUnknown(statusText, statusColumn, allowed(STATUS)));
      status = null;
    }
    // The deadline is the add-on's own cell: read quietly (Refresh rewrites an unreadable one).
    const deadline = parseDate(reader.raw(r, 'deadline'), reader.timeZone);
    out.push({
      unitId,
      milestoneId,
      status,
      completedOn: reader.date(r, 'completedOn'),
      deadline: deadline.ok ? deadline.value : null,
      row: r + 1,
    });
  }
  return out;
}

export function readEmulationEntries(reader: SheetReader): EmulationEntry[] {
  const out: EmulationEntry[] = [];
  const seen = new Map<string, string>();
  for (const r of reader.rows) {
    const unitId = reader.text(r, 'unitId');
    const targetId = reader.text(r, 'targetId');
    if (unitId === '' || targetId === '') continue;
    reportRepeatedPair(reader, seen, r, unitId, targetId);
    out.push({
      unitId,
      targetId,
      ownTarget: reader.number(r, 'ownTarget', { min: 0 }),
      result: reader.number(r, 'result', { min: 0 }),
      row: r + 1,
    });
  }
  return out;
}

/**
 * E_ID_DUPLICATE on a generated-sheet row whose (unit, milestone/target) pair is already on an earlier row.
 * The row is still returned; lookups use the first row of a pair.
 */
function reportRepeatedPair(
  reader: SheetReader,
  seen: Map<string, string>,
  r: number,
  unitId: string,
  otherId: string,
): void {
  const key = `${idKey(unitId)}\u0000${idKey(otherId)}`;
  const first = seen.get(key);
  if (first === undefined) seen.set(key, a1(r, reader.colIndex('unitId')));
  else reader.report('E_ID_DUPLICATE', r, 'unitId', MESSAGES.keyDuplicate(`${unitId} / ${otherId}`, first));
}
