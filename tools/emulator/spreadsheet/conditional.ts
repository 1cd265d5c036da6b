// Conditional formatting as Sheets applies it: rules in order, the first rule whose condition holds
// formats the cell; a custom formula is written for the top-left cell of the rule's first range and its
// relative references move with the cell being tested.
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { mapFormula, shiftFormula, type RefPart } from './a1';
import { errorText, isCellError, toEngineFormula } from './engine';
import type { ConditionalRuleData, GridRange } from './model';
import { compareText, foldCase } from './text-compare';
import { isDate, serialFromInstant, wallFromSerial, serialFromWall } from './time';

/** The part of the workbook the evaluator needs. */
export interface CfHost {
  hf: HyperFormula;
  timeZone: string;
  todaySerial(): number;
  /** engine value of a cell (null for blank, error text for errors) */
  rawValue(r: number, c: number): number | string | boolean | null;
  sheetName: string;
}

let scratchCounter = 0;

/** Region of a sheet, 0-based, to evaluate. */
export interface Region {
  r0: number;
  c0: number;
  nr: number;
  nc: number;
}

function intersect(g: GridRange, region: Region): Region | undefined {
  const r0 = Math.max(g.row - 1, region.r0);
  const c0 = Math.max(g.column - 1, region.c0);
  const r1 = Math.min(g.row - 1 + g.numRows, region.r0 + region.nr);
  const c1 = Math.min(g.column - 1 + g.numColumns, region.c0 + region.nc);
  if (r1 <= r0 || c1 <= c0) return undefined;
  return { r0, c0, nr: r1 - r0, nc: c1 - c0 };
}

function truthy(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return false;
}

function asSerial(v: unknown, tz: string): number | undefined {
  if (isDate(v)) return Math.floor(serialFromInstant(v.getTime(), tz));
  if (typeof v === 'number') return v;
  return undefined;
}

function monthsBack(serial: number, months: number): number {
  const w = wallFromSerial(serial);
  let m = w.month - months;
  let y = w.year;
  while (m < 1) {
    m += 12;
    y--;
  }
  return serialFromWall(y, m, Math.min(w.day, 28));
}

function relativeDate(name: string, today: number): number {
  switch (name) {
    case 'TOMORROW':
      return today + 1;
    case 'YESTERDAY':
      return today - 1;
    case 'PAST_WEEK':
      return today - 7;
    case 'PAST_MONTH':
      return monthsBack(today, 1);
    case 'PAST_YEAR':
      return monthsBack(today, 12);
    default:
      return today;
  }
}

/** A condition that needs only the cell's own value. */
function simpleTest(
  type: string,
  values: unknown[],
  host: CfHost,
): ((v: number | string | boolean | null) => boolean) | undefined {
  const num = (i: number): number => Number(isDate(values[i]) ? asSerial(values[i], host.timeZone) : values[i]);
  // case-insensitive, accent- and normalisation-sensitive, as formulas compare text (text-compare.ts)
  const str = (i: number): string => foldCase(String(values[i] ?? ''));
  const text = (v: number | string | boolean | null): string =>
    foldCase(v === null ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v));
  const isNum = (v: unknown): v is number => typeof v === 'number';
  const today = host.todaySerial();
  const dateArg = (i: number): number =>
    typeof values[i] === 'string' ? relativeDate(String(values[i]), today) : Math.floor(num(i));
  switch (type) {
    case 'CELL_EMPTY':
      return (v) => v === null || v === '';
    case 'CELL_NOT_EMPTY':
      return (v) => !(v === null || v === '');
    case 'TEXT_EQUAL_TO':
      return (v) => text(v) === str(0);
    case 'TEXT_NOT_EQUAL_TO':
      return (v) => text(v) !== str(0);
    case 'TEXT_CONTAINS':
      return (v) => text(v).includes(str(0));
    case 'TEXT_DOES_NOT_CONTAIN':
      return (v) => !text(v).includes(str(0));
    case 'TEXT_STARTS_WITH':
      return (v) => text(v).startsWith(str(0));
    case 'TEXT_ENDS_WITH':
      return (v) => text(v).endsWith(str(0));
    case 'NUMBER_GREATER_THAN':
      return (v) => isNum(v) && v > num(0);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return (v) => isNum(v) && v >= num(0);
    case 'NUMBER_LESS_THAN':
      return (v) => isNum(v) && v < num(0);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return (v) => isNum(v) && v <= num(0);
    case 'NUMBER_EQUAL_TO':
      return (v) => isNum(v) && v === num(0);
    case 'NUMBER_NOT_EQUAL_TO':
      return (v) => isNum(v) && v !== num(0);
    case 'NUMBER_BETWEEN':
      return (v) => isNum(v) && v >= Math.min(num(0), num(1)) && v <= Math.max(num(0), num(1));
    case 'NUMBER_NOT_BETWEEN':
      return (v) => isNum(v) && (v < Math.min(num(0), num(1)) || v > Math.max(num(0), num(1)));
    case 'DATE_BEFORE':
    case 'DATE_BEFORE_RELATIVE':
      return (v) => isNum(v) && Math.floor(v) < dateArg(0);
    case 'DATE_AFTER':
    case 'DATE_AFTER_RELATIVE':
      return (v) => isNum(v) && Math.floor(v) > dateArg(0);
    case 'DATE_EQUAL_TO':
    case 'DATE_EQUAL_TO_RELATIVE': {
      const rel = typeof values[0] === 'string' ? String(values[0]) : '';
      if (rel.startsWith('PAST_')) return (v) => isNum(v) && Math.floor(v) >= dateArg(0) && Math.floor(v) <= today;
      return (v) => isNum(v) && Math.floor(v) === dateArg(0);
    }
    case 'DATE_NOT_EQUAL_TO':
      return (v) => isNum(v) && Math.floor(v) !== dateArg(0);
    default:
      return undefined;
  }
}

/**
 * For each cell of `region`, the index of the first rule whose condition holds there (undefined: none).
 * Custom formulas are evaluated by the formula engine in a scratch sheet, one formula per distinct
 * shifted text, so a rule over several columns of the same row costs one evaluation per row.
 */
export function matchRules(host: CfHost, rules: ConditionalRuleData[], region: Region): (number | undefined)[][] {
  const result: (number | undefined)[][] = Array.from({ length: region.nr }, () =>
    new Array<number | undefined>(region.nc).fill(undefined),
  );
  rules.forEach((rule, ruleIndex) => {
    const cond = rule.condition;
    if (!cond) return;
    for (const g of rule.ranges) {
      const part = intersect(g, region);
      if (!part) continue;
      if (cond.type === 'CUSTOM_FORMULA') {
        // relative references are relative to the top-left cell of the rule's first range
        evaluateFormulaRule(host, String(cond.values[0] ?? ''), rule.ranges[0]!, part, region, result, ruleIndex);
        continue;
      }
      const test = simpleTest(cond.type, cond.values, host);
      if (!test) continue;
      for (let i = 0; i < part.nr; i++) {
        const row = result[part.r0 - region.r0 + i]!;
        for (let j = 0; j < part.nc; j++) {
          const k = part.c0 - region.c0 + j;
          if (row[k] !== undefined) continue;
          if (test(host.rawValue(part.r0 + i, part.c0 + j))) row[k] = ruleIndex;
        }
      }
    }
  });
  return result;
}

type Scalar = number | string | boolean | null;

/** Sheets' ordering for comparisons: numbers < text < booleans; blank takes the other side's type. */
function compareValues(a: Scalar, b: Scalar): number {
  const blankAs = (other: Scalar): Scalar => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') return compareText(x, y);
  const p = Number(x),
    q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

const COMPARE: Record<string, (c: number) => boolean> = {
  '=': (c) => c === 0,
  '<>': (c) => c !== 0,
  '>': (c) => c > 0,
  '<': (c) => c < 0,
  '>=': (c) => c >= 0,
  '<=': (c) => c <= 0,
};

const SIMPLE_RULE =
  /^=\s*(\$?[A-Za-z]{1,3}\$?[0-9]+)\s*(<>|>=|<=|=|>|<)\s*("(?:[^"]|"")*"|-?[0-9]+(?:\.[0-9]+)?|TRUE|FALSE)\s*$/i;

/** `=$I2="Quá hạn"`-style rules evaluated without the engine (the common case, and the hot one). */
function simpleFormulaTest(formula: string): { ref: RefPart; test: (v: Scalar) => boolean } | undefined {
  const m = SIMPLE_RULE.exec(formula);
  if (!m) return undefined;
  let ref: RefPart | undefined;
  mapFormula('=' + m[1], (r) => {
    if (!r.end && r.sheet === undefined) ref = r.start;
    return undefined;
  });
  if (!ref || ref.row === undefined || ref.col === undefined) return undefined;
  const lit = m[3]!;
  const value: Scalar = lit.startsWith('"')
    ? lit.slice(1, -1).replace(/""/g, '"')
    : /^true$/i.test(lit)
      ? true
      : /^false$/i.test(lit)
        ? false
        : Number(lit);
  const cmp = COMPARE[m[2]!]!;
  return { ref, test: (v) => cmp(compareValues(v, value)) };
}

function evaluateFormulaRule(
  host: CfHost,
  formula: string,
  g: GridRange,
  part: Region,
  region: Region,
  result: (number | undefined)[][],
  ruleIndex: number,
): void {
  const f = formula.startsWith('=') ? formula : '=' + formula;
  const simple = simpleFormulaTest(f);
  if (simple) {
    const { ref, test } = simple;
    for (let i = 0; i < part.nr; i++) {
      const r = part.r0 + i;
      const row = result[r - region.r0]!;
      for (let j = 0; j < part.nc; j++) {
        const c = part.c0 + j;
        if (row[c - region.c0] !== undefined) continue;
        const rr = ref.rowAbs ? ref.row! - 1 : ref.row! - 1 + (r - (g.row - 1));
        const cc = ref.colAbs ? ref.col! - 1 : ref.col! - 1 + (c - (g.column - 1));
        if (rr < 0 || cc < 0) continue;
        const v = host.rawValue(rr, cc);
        if (typeof v === 'string' && /^#[A-Z0-9/]+[!?]?$/.test(v) && isErrorText(v)) continue;
        if (test(v)) row[c - region.c0] = ruleIndex;
      }
    }
    return;
  }
  // text of the formula shifted for a cell; when no column reference is relative it depends on the row only
  let relativeColumns = false;
  mapFormula(f, (r) => {
    if ((r.start.col !== undefined && !r.start.colAbs) || (r.end?.col !== undefined && !r.end.colAbs))
      relativeColumns = true;
    return undefined;
  });
  const slotOf = new Map<string, number>();
  const texts: string[] = [];
  const rowOfSlot: number[] = [];
  const cellSlots: [number, number, number][] = [];
  for (let i = 0; i < part.nr; i++) {
    const r = part.r0 + i;
    const row = result[r - region.r0]!;
    let rowText: string | undefined;
    for (let j = 0; j < part.nc; j++) {
      const c = part.c0 + j;
      if (row[c - region.c0] !== undefined) continue;
      const text =
        !relativeColumns && rowText !== undefined
          ? rowText
          : toEngineFormula(shiftFormula(f, r - (g.row - 1), c - (g.column - 1), host.sheetName));
      rowText = text;
      let slot = slotOf.get(text);
      if (slot === undefined) {
        slot = texts.length;
        texts.push(text);
        rowOfSlot.push(r);
        slotOf.set(text, slot);
      }
      cellSlots.push([r, c, slot]);
    }
  }
  if (texts.length === 0) return;
  const values = evaluateFormulas(host.hf, texts, rowOfSlot);
  for (const [r, c, slot] of cellSlots) if (truthy(values[slot])) result[r - region.r0]![c - region.c0] = ruleIndex;
}

const ERROR_TEXTS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']);
function isErrorText(v: string): boolean {
  return ERROR_TEXTS.has(v);
}

/**
 * Evaluates formulas in a scratch sheet. Each formula goes on the row of the cell it was shifted for,
 * so formulas that differ only by that shift share one parse in the engine's cache.
 */
export function evaluateFormulas(hf: HyperFormula, texts: string[], rows: number[]): unknown[] {
  const name = `\u00a7cf-scratch-${++scratchCounter}`;
  hf.addSheet(name);
  const sheet = hf.getSheetId(name)!;
  try {
    let minRow = Infinity;
    let maxRow = -Infinity;
    for (const r of rows) {
      if (r < minRow) minRow = r;
      if (r > maxRow) maxRow = r;
    }
    const perRow = new Map<number, number>();
    const pos: [number, number][] = texts.map((_, k) => {
      const r = rows[k]!;
      const c = perRow.get(r) ?? 0;
      perRow.set(r, c + 1);
      return [r, c];
    });
    let width = 1;
    for (const w of perRow.values()) if (w > width) width = w;
    const block: RawCellContent[][] = Array.from({ length: maxRow - minRow + 1 }, () =>
      new Array<RawCellContent>(width).fill(null),
    );
    texts.forEach((t, k) => {
      const [r, c] = pos[k]!;
      block[r - minRow]![c] = t;
    });
    hf.batch(() => hf.setCellContents({ sheet, row: minRow, col: 0 }, block));
    return pos.map(([r, c]) => {
      const v = hf.getCellValue({ sheet, row: r, col: c });
      return isCellError(v) ? errorText(v) : v;
    });
  } finally {
    hf.removeSheet(sheet);
  }
}
