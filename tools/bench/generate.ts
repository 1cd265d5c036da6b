// Synthetic organisations of any size for the benchmark and the robustness tests: the default template
// (12 milestones, cut-offs, holidays) and the sample targets, with a Units sheet grown like a real provincial
// Party organisation: one upper-level committee at the root, grassroots committees each with their cells,
// and grassroots cells directly under the root. Deterministic: the same size always gives the same workbook.
import { sampleTables, templateTables, UNIT_TYPE, type SampleCell, type SampleTable } from '../../src/core/sample';
import { SETTING, settingDefault, type SettingKey } from '../../src/core/settings-rows';
import { SETTINGS, UNITS, type Lang } from '../../src/core/schema';

export const BENCH_ADMIN = 'admin@example.com';
export const BENCH_DOMAIN = 'example.org';
/** The day the benchmark runs on: mid-season, so every standing occurs. */
export const BENCH_TODAY = '2020-05-15';

/** Cells under each grassroots committee. */
const CELLS_PER_COMMITTEE = 7;

export interface GeneratedUnit {
  id: string;
  name: string;
  type: string;
  parentId: string | null;
  members: number;
  congressDate: string | null;
  pilot: boolean;
  editors: string[];
}

/** A small deterministic generator (LCG), so sizes are reproducible without a seed file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function isoPlus(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function clerkEmail(unitId: string): string {
  return `vanthu.${unitId.toLowerCase()}@${BENCH_DOMAIN}`;
}

/**
 * `count` units: the root, ⌊0.8·(count−1)/8⌋ grassroots committees with 7 cells each, and the rest grassroots
 * cells under the root. Congresses run bottom-up within the 2020 cut-offs: cells by 31/03, committees from 01/04
 * (after all their cells), the root in July. About 1 % of units, and at least the last one, have no planned
 * date yet (so Data issues lists warnings at every size, as a real workbook's would); 1 in 10 committees is
 * a pilot.
 */
export function organisation(count: number, options: { allPilot?: boolean } = {}): GeneratedUnit[] {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`organisation size must be a positive integer, got ${count}`);
  const rnd = random(count * 7919 + 17);
  const units: GeneratedUnit[] = [];
  const rootDate = '2020-07-15';
  units.push({
    id: 'ROOT',
    name: 'Đảng bộ Công an tỉnh (thử tải)',
    type: UNIT_TYPE.upper,
    parentId: null,
    members: 0,
    congressDate: rootDate,
    pilot: false,
    editors: [],
  });
  const rest = count - 1;
  const committees = Math.floor((rest * 0.8) / (CELLS_PER_COMMITTEE + 1));
  const grassrootsCells = rest - committees * (CELLS_PER_COMMITTEE + 1);
  const maybeDate = (iso: string): string | null => (rnd() < 0.01 ? null : iso);
  for (let c = 1; c <= committees; c++) {
    const id = `DB${String(c).padStart(4, '0')}`;
    const committeeDate = isoPlus('2020-04-01', Math.floor(rnd() * 75));
    units.push({
      id,
      name: `Đảng bộ Phòng nghiệp vụ số ${c}`,
      type: UNIT_TYPE.grassrootsCommittee,
      parentId: 'ROOT',
      members: 0,
      congressDate: maybeDate(committeeDate),
      pilot: c % 10 === 1,
      editors: [clerkEmail(id)],
    });
    for (let k = 1; k <= CELLS_PER_COMMITTEE; k++) {
      units.push({
        id: `${id}-${String(k).padStart(2, '0')}`,
        name: `Chi bộ Đội ${k} – Đảng bộ số ${c}`,
        type: UNIT_TYPE.cell,
        parentId: id,
        members: 3 + Math.floor(rnd() * 25),
        congressDate: maybeDate(isoPlus('2020-02-10', Math.floor(rnd() * 51))),
        pilot: false,
        editors: [],
      });
    }
  }
  for (let g = 1; g <= grassrootsCells; g++) {
    const id = `CB${String(g).padStart(4, '0')}`;
    units.push({
      id,
      name: `Chi bộ Công an huyện số ${g}`,
      type: UNIT_TYPE.grassrootsCell,
      parentId: 'ROOT',
      members: 5 + Math.floor(rnd() * 40),
      congressDate: maybeDate(isoPlus('2020-03-01', Math.floor(rnd() * 116))),
      pilot: false,
      editors: [clerkEmail(id)],
    });
  }
  if (units.every((u) => u.congressDate !== null)) units[units.length - 1]!.congressDate = null;
  // Party members of a committee: the sum over its cells, as a real Units sheet would show.
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const u of units) if (u.type === UNIT_TYPE.cell && u.parentId) byId.get(u.parentId)!.members += u.members;
  byId.get('ROOT')!.members = units.filter((u) => u.parentId === 'ROOT').reduce((s, u) => s + u.members, 0);
  if (options.allPilot) for (const u of units) u.pilot = true;
  return units;
}

function unitsTable(units: readonly GeneratedUnit[], lang: Lang): SampleTable {
  return {
    sheet: 'units',
    header: UNITS.columns.map((c) => c[lang]),
    rows: units.map((u) => {
      const cells: Record<string, SampleCell> = {
        unitId: u.id,
        name: u.name,
        type: u.type,
        parentId: u.parentId,
        members: u.members,
        congressDate: u.congressDate,
        pilot: u.pilot,
        editors: u.editors.length ? u.editors.join(', ') : null,
        note: null,
      };
      return UNITS.columns.map((c) => cells[c.key] ?? null);
    }),
  };
}

function settingsTable(lang: Lang, values: Partial<Record<SettingKey, SampleCell>>): SampleTable {
  const keys = Object.keys(SETTING) as SettingKey[];
  return {
    sheet: 'settings',
    header: SETTINGS.columns.map((c) => c[lang]),
    rows: keys.map((k) => [SETTING[k][lang], k in values ? (values[k] ?? null) : settingDefault(k, lang)]),
  };
}

export interface BenchWorkbookOptions {
  lang?: Lang;
  /** Every unit a pilot, so every milestone applies: exactly units × 12 Progress rows. */
  allPilot?: boolean;
  administrators?: string;
}

/** Every input sheet for an organisation of `count` units: template milestones, sample targets, bench settings. */
export function benchTables(count: number, options: BenchWorkbookOptions = {}): SampleTable[] {
  const lang = options.lang ?? 'vi';
  const template = templateTables(lang);
  const targets = sampleTables(lang).find((t) => t.sheet === 'targets');
  if (!targets) throw new Error('the sample has no Targets table');
  return template.map((t) => {
    switch (t.sheet) {
      case 'units':
        return unitsTable(organisation(count, { allPilot: options.allPilot }), lang);
      case 'targets':
        return targets;
      case 'settings':
        return settingsTable(lang, {
          organisation: 'Đảng bộ Công an tỉnh (thử tải)',
          term: '2020-2025',
          warningDays: 7,
          congressMilestone: 'M07',
          administrators: options.administrators ?? BENCH_ADMIN,
          restrictUpdates: true,
        });
      default:
        return t;
    }
  });
}
