// The one call the server layer makes: read every sheet, validate, compute deadlines and the rows the
// Progress and Emulation sheets should hold.
import { computeDeadlines, entryIndex } from './deadlines';
import { FindingList } from './findings';
import { MESSAGES } from './messages';
import type {
  Analysis,
  EmulationEntry,
  EmulationPlanRow,
  Grid,
  Inputs,
  ProgressEntry,
  ProgressPlanRow,
  ReadContext,
  TableLayout,
  Target,
  Unit,
} from './model';
import { defaultSettings, readSettings } from './read-settings';
import { appliesToType, readCutoffs, readHolidays, readMilestones, readTargets, readUnits } from './read';
import { readEmulationEntries, readProgressEntries } from './read-entries';
import {
  CUTOFFS,
  EMULATION,
  HOLIDAYS,
  MILESTONES,
  PROGRESS,
  SETTINGS,
  TARGETS,
  UNITS,
  type SheetDef,
  type SheetId,
} from './schema';
import { PairIndex, idKey } from './keys';
import { openTable, type SheetReader } from './sheet-reader';
import { a1, findSheet, inferLang } from './tables';
import { checkCutoffs, checkMilestoneReferences, checkParents, checkProgress, checkUnits } from './validate';

/** Columns whose header must be present for each sheet (the key column included). */
const REQUIRED_HEADERS: Record<string, readonly string[]> = {
  units: ['unitId', 'name', 'type'],
  milestones: ['milestoneId', 'name', 'anchor', 'offset'],
  cutoffs: ['type', 'milestoneId', 'cutoff'],
  targets: ['targetId', 'name', 'value'],
  settings: ['setting', 'value'],
  holidays: ['date'],
  progress: ['unitId', 'milestoneId'],
  emulation: ['unitId', 'targetId'],
};

/** Input sheets that must exist; the others may be absent (no cut-offs, no targets, defaults, no holidays). */
const REQUIRED_SHEETS: ReadonlySet<SheetId> = new Set<SheetId>(['units', 'milestones']);

export function analyse(grids: readonly Grid[], ctx: ReadContext): Analysis {
  const lang = inferLang(grids, ctx.lang);
  const findings = new FindingList(lang);
  const layouts: Partial<Record<SheetId, TableLayout>> = {};
  const unreadable: Partial<Record<SheetId, string[]>> = {};
  const rowsAboveHeader: Partial<Record<SheetId, number>> = {};

  const open = (def: SheetDef): SheetReader | null => {
    const grid = findSheet(grids, def);
    if (!grid) {
      if (REQUIRED_SHEETS.has(def.id))
        findings.add('E_SHEET_MISSING', def.id, def[lang], -1, -1, MESSAGES.sheetMissing(def));
      return null;
    }
    // A tracking sheet with nothing in it (a run that failed right after making it) is one Refresh builds whole.
    if (!def.input && grid.values.length === 0) return null;
    const reader = openTable(grid, def, REQUIRED_HEADERS[def.id] ?? [], lang, ctx.timeZone, findings);
    if (reader) layouts[def.id] = reader.layout;
    if (reader?.missing.length) unreadable[def.id] = [...reader.missing];
    if (reader?.rowsAbove) rowsAboveHeader[def.id] = reader.rowsAbove;
    return reader;
  };

  const unitsSheet = open(UNITS);
  const milestonesSheet = open(MILESTONES);
  const cutoffsSheet = open(CUTOFFS);
  const targetsSheet = open(TARGETS);
  const settingsSheet = open(SETTINGS);
  const holidaysSheet = open(HOLIDAYS);
  const progressSheet = open(PROGRESS);
  const emulationSheet = open(EMULATION);

  const units = unitsSheet ? readUnits(unitsSheet) : [];
  const milestones = milestonesSheet ? readMilestones(milestonesSheet) : [];
  const milestoneKeys = new Set(milestones.map((m) => idKey(m.id)));
  const unreadableCutoffs: { type: string; milestoneId: string }[] = [];
  const cutoffs = cutoffsSheet ? readCutoffs(cutoffsSheet, milestoneKeys, unreadableCutoffs) : [];
  const targets = targetsSheet ? readTargets(targetsSheet) : [];
  const settingsRead = settingsSheet ? readSettings(settingsSheet) : { settings: defaultSettings(), rows: {} };
  const settings = settingsRead.settings;
  const holidays = holidaysSheet ? readHolidays(holidaysSheet) : [];
  const progressEntries: ProgressEntry[] = progressSheet ? readProgressEntries(progressSheet) : [];
  const emulationEntries: EmulationEntry[] = emulationSheet ? readEmulationEntries(emulationSheet) : [];

  // A pilot-only milestone needs the units' Pilot congress column: without it every pilot row would be dropped.
  if (unitsSheet && !unitsSheet.has('pilot') && milestones.some((m) => m.pilotOnly)) {
    const pilot = unitsSheet.column('pilot');
    const at = unitsSheet.layout.width;
    unitsSheet.findings.add(
      'E_HEADER_MISSING',
      UNITS.id,
      unitsSheet.grid.name,
      unitsSheet.layout.headerRow,
      at,
      MESSAGES.headerMissing(pilot, a1(unitsSheet.layout.headerRow, at)),
    );
    (unreadable.units ??= []).push('pilot');
  }
  if (unitsSheet) checkParents(units, unitsSheet);
  if (milestonesSheet) checkMilestoneReferences(milestones, milestonesSheet);
  const congressRow = settingsRead.rows.congressMilestone;
  if (
    settingsSheet &&
    congressRow !== undefined &&
    milestones.length > 0 &&
    !milestoneKeys.has(idKey(settings.congressMilestone))
  )
    settingsSheet.report(
      'E_VALUE_UNKNOWN',
      congressRow,
      'value',
      MESSAGES.settingCongressMilestoneUnknown(settings.congressMilestone),
    );
  if (unitsSheet) checkUnits(units, milestones, unitsSheet);
  if (progressSheet) checkProgress(progressEntries, units, milestones, progressSheet, ctx.today);

  const cells = computeDeadlines({
    units,
    milestones,
    cutoffs,
    holidays,
    entries: progressEntries,
    dayOffPolicy: settings.deadlineOnDayOff,
  });
  const cutoffRows = new PairIndex<number>();
  for (const c of cutoffs) cutoffRows.setFirst(c.type, c.milestoneId, c.row);
  checkCutoffs(cells, entryIndex(progressEntries), progressSheet, cutoffsSheet, (type, id) => cutoffRows.get(type, id));

  const progress: ProgressPlanRow[] = cells.map((c) => ({
    unitId: c.unit.id,
    unitName: c.unit.name,
    unitType: c.unit.type,
    milestoneId: c.milestone.id,
    task: c.milestone.name,
    deadline: c.deadline,
    computedDeadline: c.computed,
    cutoff: c.cutoff,
  }));

  const inputs: Inputs = {
    lang,
    units,
    milestones,
    cutoffs,
    unreadableCutoffs,
    targets,
    settings,
    holidays,
    layouts,
    unreadable,
    rowsAboveHeader,
  };
  return {
    lang,
    inputs,
    progressEntries,
    emulationEntries,
    findings: findings.sorted(),
    progress,
    emulation: planEmulation(units, targets, emulationEntries),
  };
}

/** One row per unit × applicable target, in unit order × target order. */
export function planEmulation(
  units: readonly Unit[],
  targets: readonly Target[],
  entries: readonly EmulationEntry[],
): EmulationPlanRow[] {
  const own = new PairIndex<number | null>();
  for (const e of entries) own.setFirst(e.unitId, e.targetId, e.ownTarget);
  const out: EmulationPlanRow[] = [];
  for (const u of units)
    for (const t of targets) {
      if (!appliesToType(t.appliesTo, u.type)) continue;
      out.push({
        unitId: u.id,
        unitName: u.name,
        targetId: t.id,
        target: t.name,
        measure: t.measure,
        targetValue: own.get(u.id, t.id) ?? t.value,
        dueDate: t.dueDate,
      });
    }
  return out;
}
