// The second engine: the add-on's outputs recalculated by LibreOffice Calc (headless, TODAY() pinned) and
// compared cell by cell with the emulator — every formula value and every conditional-format colour.
// recalc.py does the LibreOffice side in one soffice process for all workbooks; this module collects what the
// emulator computed, asks LibreOffice to evaluate the same formulas and the conditional-format conditions of
// each cell (probes), and lists the differences.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cellA1, normalizeColor, shiftFormula, type Workbook } from '../emulator/spreadsheet';

const SCRIPT = resolve(__dirname, 'recalc.py');
const ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']);

/** The Python that has LibreOffice's `uno` module and the soffice on PATH, or null when either is missing. */
export function libreOffice(): { python: string } | null {
  const soffice = spawnSync('which', ['soffice'], { encoding: 'utf8' });
  if (soffice.status !== 0 || !soffice.stdout.trim()) return null;
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import uno'], { encoding: 'utf8' });
    if (probe.status === 0) return { python };
  }
  return null;
}

type LoValue = number | string | boolean | { error: string };

interface Probe {
  /** sheet name, rule index, 0-based row and column of the cell the condition is for */
  sheet: string;
  cells: [rule: number, r: number, c: number][];
}

/** What the emulator computed for one workbook, and the probes LibreOffice evaluates for its colours. */
export interface Expected {
  label: string;
  path: string;
  /** the day TODAY() is pinned to (yyyy-mm-dd) */
  today: string;
  /** sheet → formula cells: [r, c, formula, emulator value] */
  formulas: Map<string, [number, number, string, unknown][]>;
  /** sheet → distinct shifted condition formulas and the cells each decides */
  probes: Map<string, { texts: string[]; probes: Probe['cells'][] }>;
  /** sheet → every cell under a custom-formula rule: the colour the emulator shows and the cell's own */
  colours: Map<string, { r: number; c: number; emulator: string | null; own: string | null }[]>;
  ruleColours: Map<string, (string | null | undefined)[]>;
}

function colour(c: string | null | undefined): string | null {
  const n = normalizeColor(c ?? undefined);
  return !n || n === '#ffffff' ? null : n.toLowerCase();
}

/** Collects the formula cells and conditional-format conditions of a workbook (the emulator's side). */
export function expectationsOf(wb: Workbook, label: string, path: string, today: string): Expected {
  const out: Expected = {
    label,
    path,
    today,
    formulas: new Map(),
    probes: new Map(),
    colours: new Map(),
    ruleColours: new Map(),
  };
  for (const name of wb.sheetNames()) {
    const sheet = wb.requireSheet(name);
    const formulas = wb.formulas(name);
    const cells: [number, number, string, unknown][] = [];
    formulas.forEach((row, r) => row.forEach((f, c) => f && cells.push([r, c, f, wb.rawValue(sheet, r, c)])));
    out.formulas.set(name, cells);

    const rules = sheet.conditionalRules;
    if (rules.length === 0) continue;
    const effective = wb.effectiveBackgrounds(name);
    const own = wb.backgrounds(name);
    const texts: string[] = [];
    const slot = new Map<string, number>();
    const decides: Probe['cells'][] = [];
    const perCell = new Map<string, { r: number; c: number; emulator: string | null; own: string | null }>();
    rules.forEach((rule, k) => {
      if (rule.condition?.type !== 'CUSTOM_FORMULA') return;
      const raw = String(rule.condition.values[0] ?? '');
      const formula = raw.startsWith('=') ? raw : `=${raw}`;
      const anchor = rule.ranges[0];
      if (!anchor) return;
      for (const g of rule.ranges) {
        const rEnd = Math.min(g.row - 1 + g.numRows, effective.length);
        for (let r = g.row - 1; r < rEnd; r++) {
          const cEnd = Math.min(g.column - 1 + g.numColumns, effective[r]?.length ?? 0);
          for (let c = g.column - 1; c < cEnd; c++) {
            const text = shiftFormula(formula, r - (anchor.row - 1), c - (anchor.column - 1));
            let i = slot.get(text);
            if (i === undefined) {
              i = texts.length;
              texts.push(text);
              slot.set(text, i);
              decides.push([]);
            }
            decides[i]!.push([k, r, c]);
            const key = `${r},${c}`;
            if (!perCell.has(key))
              perCell.set(key, { r, c, emulator: effective[r]?.[c] ?? null, own: own[r]?.[c] ?? null });
          }
        }
      }
    });
    out.probes.set(name, { texts, probes: decides });
    out.colours.set(name, [...perCell.values()]);
    out.ruleColours.set(
      name,
      rules.map((rule) => (rule.format.background === undefined ? undefined : colour(rule.format.background))),
    );
  }
  return out;
}

interface RecalcResult {
  workbooks: { path: string; sheets: Record<string, [number, number, LoValue][]>; probes: Record<string, LoValue[]> }[];
}

/** Recalculates every workbook in one LibreOffice process, each with TODAY() pinned to its day. */
export function recalculate(python: string, expected: Expected[]): RecalcResult {
  // SECOND_ENGINE_KEEP=dir keeps the request and result there, to run recalc.py by hand
  const keep = process.env['SECOND_ENGINE_KEEP'];
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'second-engine-'));
  try {
    const request = {
      workbooks: expected.map((e) => ({
        path: e.path,
        today: e.today,
        probes: Object.fromEntries([...e.probes].map(([s, p]) => [s, p.texts])),
      })),
    };
    writeFileSync(join(dir, 'request.json'), JSON.stringify(request));
    execFileSync(python, [SCRIPT, join(dir, 'request.json'), join(dir, 'result.json')], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 300_000,
    });
    return JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as RecalcResult;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

function isError(v: unknown): v is { error: string } {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** Whether LibreOffice's value is the emulator's: numbers to the last bit, texts exactly, errors by name. */
export function sameValue(emulator: unknown, lo: LoValue | undefined): boolean {
  if (lo === undefined) return false;
  if (typeof emulator === 'string' && ERRORS.has(emulator)) return isError(lo) && lo.error === emulator;
  if (isError(lo)) return false;
  if (emulator === null || emulator === '') return lo === '';
  if (typeof emulator === 'boolean') return lo === emulator || (typeof lo === 'number' && lo === (emulator ? 1 : 0));
  return emulator === lo;
}

function truthy(v: LoValue | undefined): boolean {
  return v === true || (typeof v === 'number' && v !== 0);
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

/** Every difference between the emulator and LibreOffice, one line each ('' entries never). */
export function differences(
  expected: Expected,
  result: RecalcResult['workbooks'][number],
): { values: string[]; colours: string[]; compared: { values: number; colours: number } } {
  const values: string[] = [];
  const colours: string[] = [];
  const compared = { values: 0, colours: 0 };
  for (const [sheet, cells] of expected.formulas) {
    const lo = new Map((result.sheets[sheet] ?? []).map(([r, c, v]) => [`${r},${c}`, v]));
    for (const [r, c, formula, emu] of cells) {
      compared.values++;
      const theirs = lo.get(`${r},${c}`);
      if (!sameValue(emu, theirs))
        values.push(
          `${expected.label} ${sheet}!${cellA1(r + 1, c + 1)} ${formula}: emulator ${show(emu)}, LibreOffice ${show(theirs)}`,
        );
    }
  }
  for (const [sheet, cells] of expected.colours) {
    const probe = expected.probes.get(sheet)!;
    const loProbe = result.probes[sheet] ?? [];
    const holds = new Set<string>();
    probe.probes.forEach((decided, i) => {
      if (truthy(loProbe[i])) for (const [k, r, c] of decided) holds.add(`${k},${r},${c}`);
    });
    const ruleColours = expected.ruleColours.get(sheet) ?? [];
    for (const cell of cells) {
      compared.colours++;
      const k = ruleColours.findIndex((_, i) => holds.has(`${i},${cell.r},${cell.c}`));
      const viaRule = k < 0 ? undefined : ruleColours[k];
      const theirs = viaRule === undefined ? cell.own : viaRule;
      if (theirs !== cell.emulator)
        colours.push(
          `${expected.label} ${sheet}!${cellA1(cell.r + 1, cell.c + 1)}: emulator ${show(cell.emulator)}, LibreOffice ${show(theirs)} (rule ${k})`,
        );
    }
  }
  return { values, colours, compared };
}
