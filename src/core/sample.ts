// The default template (what Setup writes into a new workbook) and the sample workbook of the demo, as plain
// tables in schema column order. Dates are ISO 'yyyy-mm-dd' strings; the server turns them into dates.
import {
  CUTOFFS,
  HOLIDAYS,
  MILESTONES,
  SETTINGS,
  TARGETS,
  UNITS,
  type Lang,
  type SheetDef,
  type SheetId,
} from './schema';
import { DAY_OFF_POLICY, PROTECT_MODE, SETTING, settingDefault, type SettingKey } from './settings-rows';
import { DIRECTION, HOLIDAY_KIND, ROLLUP } from './fixed-lists';
import { INPUT_SHEETS } from './sheets';
import { HOLIDAYS_VN } from './sample/holidays';
import { SAMPLE_ADMIN, SAMPLE_ORGANISATION, SAMPLE_TARGETS, SAMPLE_TERM, SAMPLE_UNITS } from './sample/organisation';
import {
  anchorCell,
  appliesToCell,
  dayKindCell,
  TEMPLATE_MILESTONES,
  TERM_CUTOFFS,
  type TemplateTerm,
} from './sample/template';

export { SAMPLE_TODAY, sampleAsOf, sampleProgress, sampleResults } from './sample/progress';
export { TEMPLATE_MILESTONES, UNIT_TYPE } from './sample/template';
export type { TemplateTerm } from './sample/template';
export { HOLIDAYS_VN } from './sample/holidays';

export type SampleCell = string | number | boolean | null;

export interface SampleTable {
  sheet: SheetId;
  header: string[];
  rows: SampleCell[][];
}

type Row = Partial<Record<string, SampleCell>>;

function table(def: SheetDef, lang: Lang, records: readonly Row[]): SampleTable {
  return {
    sheet: def.id,
    header: def.columns.map((c) => c[lang]),
    rows: records.map((r) => def.columns.map((c) => r[c.key] ?? null)),
  };
}

function milestonesTable(lang: Lang): SampleTable {
  return table(
    MILESTONES,
    lang,
    TEMPLATE_MILESTONES.map((m, i) => ({
      milestoneId: m.id,
      name: m.name[lang],
      appliesTo: appliesToCell(m.appliesTo, lang),
      anchor: anchorCell(m.anchor, lang),
      offset: m.offset,
      dayKind: dayKindCell(m.dayKind, lang),
      fixedDate: null,
      requires: m.requires.length ? m.requires.join(', ') : null,
      pilotOnly: m.pilotOnly,
      order: i + 1,
      note: m.note[lang] || null,
    })),
  );
}

function cutoffsTable(lang: Lang, term: TemplateTerm = '2020-2025'): SampleTable {
  return table(CUTOFFS, lang, TERM_CUTOFFS[term]);
}

function holidaysTable(lang: Lang): SampleTable {
  return table(
    HOLIDAYS,
    lang,
    HOLIDAYS_VN.map((h) => ({ date: h.date, name: h[lang], kind: HOLIDAY_KIND[h.kind ?? 'off'][lang] })),
  );
}

/** Defaults that are words of a fixed list, in the workbook's language. */
function localisedDefault(key: SettingKey, lang: Lang): SampleCell | undefined {
  if (key === 'deadlineOnDayOff') return DAY_OFF_POLICY.keep[lang];
  if (key === 'protectSheets') return PROTECT_MODE[SETTING.protectSheets.default][lang];
  return undefined;
}

function settingsTable(lang: Lang, values: Partial<Record<SettingKey, SampleCell>>): SampleTable {
  const keys = Object.keys(SETTING) as SettingKey[];
  return table(
    SETTINGS,
    lang,
    keys.map((k) => {
      const value = k in values ? values[k] : (localisedDefault(k, lang) ?? settingDefault(k, lang));
      return { setting: SETTING[k][lang], value: value === '' ? null : (value ?? null) };
    }),
  );
}

function unitsTable(lang: Lang): SampleTable {
  return table(
    UNITS,
    lang,
    SAMPLE_UNITS.map((u) => ({
      unitId: u.id,
      name: u.name,
      type: u.type,
      parentId: u.parentId,
      members: u.members,
      congressDate: u.congressDate,
      congressDays: u.congressDays ?? null,
      pilot: u.pilot,
      editors: u.editors.length ? u.editors.join(', ') : null,
      note: u.note ? u.note[lang] : null,
    })),
  );
}

function targetsTable(lang: Lang): SampleTable {
  return table(
    TARGETS,
    lang,
    SAMPLE_TARGETS.map((t) => ({
      targetId: t.id,
      name: t.name[lang],
      measure: t.measure[lang],
      direction: DIRECTION[t.direction][lang],
      appliesTo: appliesToCell(t.appliesTo, lang),
      value: t.value,
      dueDate: t.dueDate,
      rollup: ROLLUP[t.rollup][lang],
      note: t.note ? t.note[lang] : null,
    })),
  );
}

function inInputOrder(tables: SampleTable[]): SampleTable[] {
  const order = INPUT_SHEETS.map((s) => s.id);
  return [...tables].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
}

/**
 * What Setup writes into a new workbook: every input sheet with its header; Milestones, Cut-offs, Holidays
 * and Settings filled with the defaults (organisation, term and administrators left blank); Units and Targets empty.
 * The cut-offs are those of `term` (default 2020–2025, as DOMAIN.md); the administrator edits them per term.
 */
export function templateTables(lang: Lang, term: TemplateTerm = '2020-2025'): SampleTable[] {
  return inInputOrder([
    table(UNITS, lang, []),
    milestonesTable(lang),
    cutoffsTable(lang, term),
    table(TARGETS, lang, []),
    settingsTable(lang, {}),
    holidaysTable(lang),
  ]);
}

/**
 * What Setup writes into a new workbook: the template, with the Cut-offs sheet left to its header. A term's
 * cut-offs are entered by the office; those of a past term would mark every congress overdue.
 */
export function newWorkbookTables(lang: Lang): SampleTable[] {
  return templateTables(lang).map((t) => (t.sheet === 'cutoffs' ? { ...t, rows: [] } : t));
}

/** Every input sheet filled with the sample organisation (see SAMPLE_TODAY for the date it is set at). */
export function sampleTables(lang: Lang): SampleTable[] {
  return inInputOrder([
    unitsTable(lang),
    milestonesTable(lang),
    cutoffsTable(lang),
    targetsTable(lang),
    settingsTable(lang, {
      organisation: SAMPLE_ORGANISATION,
      term: SAMPLE_TERM,
      warningDays: 7,
      congressMilestone: 'M07',
      administrators: SAMPLE_ADMIN,
      restrictUpdates: true,
    }),
    holidaysTable(lang),
  ]);
}
