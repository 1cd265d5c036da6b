// Reading the input sheets (Units, Milestones, Cut-offs, Targets, Holidays) into the model (docs/workbook.md §2.1,
// §6); Settings in read-settings.ts, the user columns of Tiến độ and Thi đua in read-entries.ts.
// Cross-sheet checks (parents, anchors, requirements, dates against each other) are in validate.ts.
import { MESSAGES } from './messages';
import type { Anchor, AppliesTo, Cutoff, Holiday, Milestone, Target, Unit } from './model';
import { formatDay, isWeekend, weekday } from './dates';
import { cellText, foldText, parseInteger } from './parse';
import { ALL_TYPES, ANCHOR, CONGRESS_DAYS, DAY_KIND, DIRECTION, HOLIDAY_KIND, ROLLUP } from './fixed-lists';
import { idKey } from './keys';
import type { SheetReader } from './sheet-reader';
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

export function allowed<K extends string>(labels: Labels<K>): { vi: string[]; en: string[] } {
  const keys = Object.keys(labels) as K[];
  return { vi: keys.map((k) => labels[k].vi), en: keys.map((k) => labels[k].en) };
}

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
  reader.report(
    'E_NUMBER_INVALID',
    r,
    'congressDays',
    MESSAGES.congressDaysInvalid(typeof raw === 'number' ? raw : cellText(raw)),
  );
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

/** The cut-offs; a row whose date is there but cannot be read goes to `unreadable`. */
export function readCutoffs(
  reader: SheetReader,
  milestoneKeys: ReadonlySet<string>,
  unreadable: { type: string; milestoneId: string }[] = [],
): Cutoff[] {
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
    if (type !== '' && milestoneId !== '' && cutoff === null && !blankCutoff) unreadable.push({ type, milestoneId });
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
