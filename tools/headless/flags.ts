// The finding codes a step raised, read from outside the add-on: the Data issues lines that step added, and
// the lines it wrote again about the cells it edited (a value flagged again with the same words). Nothing
// here knows how the add-on decides; only what it left on the Data issues sheet.
import { normalizeKey } from '../../src/core/schema';
import type { WriteRecord } from '../bench/meter';
import type { IssueLine } from './issues';

/** A block of cells, 1-based and inclusive. */
export interface CellBlock {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** 'G5' or 'G5:H9' as a block of `sheet`; null when it is not a cell reference. */
export function blockOf(sheet: string, a1: string): CellBlock | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) return null;
  const left = columnNumber(m[1] ?? 'A');
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return {
    sheet,
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

function overlaps(a: CellBlock, b: CellBlock): boolean {
  return (
    normalizeKey(a.sheet) === normalizeKey(b.sheet) &&
    a.top <= b.bottom &&
    b.top <= a.bottom &&
    a.left <= b.right &&
    b.left <= a.right
  );
}

const keyOf = (line: IssueLine) =>
  [line.severity, line.code, normalizeKey(line.sheet), line.cell.trim().toUpperCase(), line.message].join('\u0001');

/**
 * The distinct finding codes of the step, in the order of the lines: lines not there before the step, and
 * lines about an edited cell on rows of the Data issues sheet the step wrote.
 */
export function stepFlags(
  before: readonly IssueLine[],
  after: readonly IssueLine[],
  context: { issuesSheet?: string; writes: readonly WriteRecord[]; edited?: CellBlock | null },
): string[] {
  const remaining = new Map<string, number>();
  for (const line of before) remaining.set(keyOf(line), (remaining.get(keyOf(line)) ?? 0) + 1);
  const issuesSheet = context.issuesSheet === undefined ? null : normalizeKey(context.issuesSheet);
  const rowWritten = (row: number) =>
    issuesSheet !== null &&
    context.writes.some((w) => normalizeKey(w.sheet) === issuesSheet && row >= w.row && row < w.row + w.numRows);
  const codes: string[] = [];
  for (const line of after) {
    const key = keyOf(line);
    const left = remaining.get(key) ?? 0;
    let raised = left === 0;
    if (!raised) remaining.set(key, left - 1);
    if (!raised && context.edited && rowWritten(line.row)) {
      const about = blockOf(line.sheet, line.cell);
      raised = !!about && overlaps(about, context.edited);
    }
    if (raised && line.code && !codes.includes(line.code)) codes.push(line.code);
  }
  return codes;
}
