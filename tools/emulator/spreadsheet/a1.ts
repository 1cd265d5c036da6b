// A1 notation: column letters, range parsing, and rewriting the cell references inside formulas
// (shifting relative references, qualifying them with a sheet name, R1C1 conversion).

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based, inclusive. A whole-column range has endRow = undefined ("A:B"), a whole-row range endColumn = undefined. */
export interface A1Range {
  sheetName?: string;
  row: number;
  column: number;
  endRow?: number;
  endColumn?: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]+)$/;

/** Splits "'My sheet'!A1:B2" into sheet name and the rest. */
export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const t = a1.trim();
  const bang = t.lastIndexOf('!');
  if (bang < 0) return { ref: t };
  let name = t.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: t.slice(bang + 1) };
}

/** Absolute R1C1 (`R5C3`, `R2C2:R4C5`, any case), which Sheet.getRange accepts as well as A1. */
const R1C1_RANGE = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i;

/**
 * Parses A1 notation (or absolute R1C1); undefined when it is not valid. Open-ended parts are resolved by the
 * caller.
 */
export function parseA1(a1: string): A1Range | undefined {
  const { sheetName, ref } = splitSheetName(a1);
  const r1c1 = R1C1_RANGE.exec(ref);
  if (r1c1) {
    const [r1, c1, r2, c2] = [1, 2, 3, 4].map((i) => Number(r1c1[i] ?? r1c1[i - 2]));
    if (!r1 || !c1 || !r2 || !c2) return undefined;
    return {
      ...(sheetName === undefined ? {} : { sheetName }),
      row: Math.min(r1, r2),
      column: Math.min(c1, c2),
      endRow: Math.max(r1, r2),
      endColumn: Math.max(c1, c2),
    };
  }
  const [a, b, extra] = ref.split(':');
  if (a === undefined || extra !== undefined || a === '') return undefined;
  const base = sheetName === undefined ? {} : { sheetName };
  const cellA = CELL.exec(a);
  if (b === undefined) {
    if (!cellA) return undefined;
    const row = Number(cellA[2]);
    const column = columnNumber(cellA[1]!);
    return row >= 1 ? { ...base, row, column, endRow: row, endColumn: column } : undefined;
  }
  const cellB = CELL.exec(b);
  if (cellA && cellB) {
    const r1 = Number(cellA[2]),
      r2 = Number(cellB[2]);
    const c1 = columnNumber(cellA[1]!),
      c2 = columnNumber(cellB[1]!);
    if (r1 < 1 || r2 < 1) return undefined;
    return {
      ...base,
      row: Math.min(r1, r2),
      column: Math.min(c1, c2),
      endRow: Math.max(r1, r2),
      endColumn: Math.max(c1, c2),
    };
  }
  // A2:B (open-ended rows), A:B (whole columns)
  const colA = cellA ? undefined : COL.exec(a);
  const colB = COL.exec(b);
  if ((cellA || colA) && colB) {
    const c1 = columnNumber(cellA ? cellA[1]! : colA![1]!),
      c2 = columnNumber(colB[1]!);
    const row = cellA ? Number(cellA[2]) : 1;
    return { ...base, row, column: Math.min(c1, c2), endColumn: Math.max(c1, c2) };
  }
  const rowA = ROW.exec(a),
    rowB = ROW.exec(b);
  if (rowA && rowB) {
    const r1 = Number(rowA[1]),
      r2 = Number(rowB[1]);
    if (r1 < 1 || r2 < 1) return undefined;
    return { ...base, row: Math.min(r1, r2), column: 1, endRow: Math.max(r1, r2) };
  }
  return undefined;
}

export function cellA1(row: number, column: number): string {
  return columnLetters(column) + row;
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const a = cellA1(row, column);
  if (numRows === 1 && numColumns === 1) return a;
  return a + ':' + cellA1(row + numRows - 1, column + numColumns - 1);
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !CELL.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

// ---------------------------------------------------------------------------------------------
// Formula references

/** One endpoint of a reference: column and/or row with their absolute markers. */
export interface RefPart {
  col?: number;
  colAbs: boolean;
  row?: number;
  rowAbs: boolean;
}

export interface FormulaRef {
  sheet?: string; // as written (quotes included)
  start: RefPart;
  end?: RefPart;
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!`;
const PART = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]+|\$?[A-Za-z]{1,3}|\$?[0-9]+`;
const REF_RE = new RegExp(
  String.raw`(^|[^A-Za-z0-9_.$'!\u00C0-\uFFFF])(${SHEET})?(${PART})(?::(${PART}))?(?![A-Za-z0-9_(!\u00C0-\uFFFF])`,
  'g',
);
const PART_RE = /^(\$?)([A-Za-z]{1,3})?(\$?)([0-9]+)?$/;

function parsePart(text: string): RefPart | undefined {
  const m = PART_RE.exec(text);
  if (!m) return undefined;
  const part: RefPart = { colAbs: false, rowAbs: false };
  if (m[2]) {
    part.col = columnNumber(m[2]);
    part.colAbs = m[1] === '$';
    if (m[4]) {
      part.row = Number(m[4]);
      part.rowAbs = m[3] === '$';
    }
  } else if (m[4]) {
    // "$5" or "5" alone: a row
    part.row = Number(m[4]);
    part.rowAbs = m[1] === '$' || m[3] === '$';
  } else return undefined;
  return part;
}

export function formatPart(p: RefPart): string {
  let s = '';
  if (p.col !== undefined) s += (p.colAbs ? '$' : '') + columnLetters(p.col);
  if (p.row !== undefined) s += (p.rowAbs ? '$' : '') + p.row;
  return s;
}

/**
 * Calls `fn` for every cell/range reference outside string literals; its return value replaces the
 * reference text (return undefined to keep it). Other text is passed through `other` when given.
 */
export function mapFormula(
  formula: string,
  fn: (ref: FormulaRef, text: string) => string | undefined,
  other?: (text: string) => string,
): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    const code = q < 0 ? formula.slice(i) : formula.slice(i, q);
    out += mapCode(code, fn, other);
    if (q < 0) break;
    // string literal with "" escapes
    let j = q + 1;
    while (j < formula.length) {
      if (formula[j] === '"') {
        if (formula[j + 1] === '"') j += 2;
        else break;
      } else j++;
    }
    out += formula.slice(q, j + 1);
    i = j + 1;
  }
  return out;
}

function mapCode(
  code: string,
  fn: (ref: FormulaRef, text: string) => string | undefined,
  other?: (t: string) => string,
): string {
  let out = '';
  let last = 0;
  REF_RE.lastIndex = 0;
  for (let m = REF_RE.exec(code); m; m = REF_RE.exec(code)) {
    const lead = m[1] ?? '';
    const start = m.index + lead.length;
    const sheetText = m[2];
    const aText = m[3]!;
    const bText = m[4];
    const a = parsePart(aText);
    const b = bText === undefined ? undefined : parsePart(bText);
    // A bare word like "A" or a bare number is not a reference; "A:B" and "1:2" are.
    const valid =
      a !== undefined &&
      (bText === undefined
        ? a.col !== undefined && a.row !== undefined
        : b !== undefined &&
          (a.col === undefined) === (b.col === undefined) &&
          (a.row === undefined) === (b.row === undefined));
    if (!valid) continue;
    const text = code.slice(start, m.index + m[0].length);
    const ref: FormulaRef = {
      start: a,
      ...(b ? { end: b } : {}),
      ...(sheetText ? { sheet: sheetText.slice(0, -1) } : {}),
    };
    const replaced = fn(ref, text);
    const before = code.slice(last, start);
    out += other ? other(before) : before;
    out += replaced ?? text;
    last = m.index + m[0].length;
  }
  const rest = code.slice(last);
  return out + (other ? other(rest) : rest);
}

export function formatRef(ref: FormulaRef): string {
  return (
    (ref.sheet !== undefined ? ref.sheet + '!' : '') +
    formatPart(ref.start) +
    (ref.end ? ':' + formatPart(ref.end) : '')
  );
}

/** Moves the relative parts of every reference by (dRows, dCols); a reference pushed off the grid becomes #REF!. */
export function shiftFormula(formula: string, dRows: number, dCols: number, qualifySheet?: string): string {
  if (dRows === 0 && dCols === 0 && qualifySheet === undefined) return formula;
  return mapFormula(formula, (ref) => {
    const move = (p: RefPart): RefPart | undefined => {
      const q = { ...p };
      if (q.row !== undefined && !q.rowAbs) q.row += dRows;
      if (q.col !== undefined && !q.colAbs) q.col += dCols;
      if ((q.row !== undefined && q.row < 1) || (q.col !== undefined && q.col < 1)) return undefined;
      return q;
    };
    const s = move(ref.start);
    const e = ref.end ? move(ref.end) : undefined;
    if (!s || (ref.end && !e)) return '#REF!';
    const sheet = ref.sheet ?? (qualifySheet !== undefined ? quoteSheetName(qualifySheet) : undefined);
    return formatRef({ start: s, ...(e ? { end: e } : {}), ...(sheet !== undefined ? { sheet } : {}) });
  });
}

/** A1 formula → R1C1 relative to the cell at (row, col), in Sheets' canonical form (a zero offset is `[0]`). */
export function formulaToR1C1(formula: string, row: number, col: number): string {
  const part = (p: RefPart): string => {
    let s = '';
    if (p.row !== undefined) s += p.rowAbs ? 'R' + p.row : 'R[' + (p.row - row) + ']';
    if (p.col !== undefined) s += p.colAbs ? 'C' + p.col : 'C[' + (p.col - col) + ']';
    return s;
  };
  return mapFormula(
    formula,
    (ref) => (ref.sheet !== undefined ? ref.sheet + '!' : '') + part(ref.start) + (ref.end ? ':' + part(ref.end) : ''),
  );
}

const R1C1_RE =
  /(^|[^A-Za-z0-9_.$\u00C0-\uFFFF])(R(?:\[-?\d+\]|\d+)?C(?:\[-?\d+\]|\d+)?|R(?:\[-?\d+\]|\d+)|C(?:\[-?\d+\]|\d+))(?![A-Za-z0-9_(\u00C0-\uFFFF])/g;

/** R1C1 formula → A1 for the cell at (row, col). */
export function formulaFromR1C1(formula: string, row: number, col: number): string {
  let out = '';
  let i = 0;
  const conv = (code: string): string =>
    code.replace(R1C1_RE, (_all, lead: string, ref: string) => {
      const m = /^(?:R(\[-?\d+\]|\d+)?)?(?:C(\[-?\d+\]|\d+)?)?$/.exec(ref);
      if (!m) return lead + ref;
      const hasR = ref.startsWith('R');
      const hasC = ref.includes('C');
      const p: RefPart = { colAbs: false, rowAbs: false };
      if (hasR) {
        const v = m[1];
        if (v === undefined) p.row = row;
        else if (v.startsWith('[')) p.row = row + Number(v.slice(1, -1));
        else {
          p.row = Number(v);
          p.rowAbs = true;
        }
      }
      if (hasC) {
        const v = m[2];
        if (v === undefined) p.col = col;
        else if (v.startsWith('[')) p.col = col + Number(v.slice(1, -1));
        else {
          p.col = Number(v);
          p.colAbs = true;
        }
      }
      return lead + formatPart(p);
    });
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    out += conv(q < 0 ? formula.slice(i) : formula.slice(i, q));
    if (q < 0) break;
    let j = q + 1;
    while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
    out += formula.slice(q, j + 1);
    i = j + 1;
  }
  return out;
}
