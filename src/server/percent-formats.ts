// Percentage targets on the Emulation sheet (measure '%', figures kept as fractions: 0,9 for 90 %): their Own
// target, Target value and Result cells show as percentages (90,0 %), as the sidebar shows and takes them.
// Refresh applies this when the rows holding such targets change (a fingerprint of the runs of rows in the
// document properties: the runs themselves can exceed a property's 9 KB), so an unchanged Refresh costs no call; a sheet written whole gets it in its formats.
import { fingerprint } from '../core/fingerprint';
import { normalizeKey } from '../core/schema';
import type { FormatTarget } from './formats';
import type { Workbook } from './workbook';
import { columnA1, formatRanges, GENERAL_FORMAT, PERCENT_FORMAT } from './write';

const PERCENT_KEYS: readonly string[] = ['ownTarget', 'targetValue', 'result'];
const PROPERTY = 'tracker.percent.emulation';

export interface PercentRuns {
  /** 1-based sheet rows of percentage targets. */
  rows: ReadonlySet<number>;
  /** The same rows as runs [first, last]. */
  runs: [number, number][];
}

/** The rows below the header whose target is a percentage target; `rows[i]` is the sheet's row `top + i`. */
export function percentRuns(
  target: FormatTarget,
  rows: readonly (readonly unknown[] | undefined)[],
  top: number,
): PercentRuns {
  const c = target.columns.targetId;
  const ids = target.percentTargets;
  const found = new Set<number>();
  const runs: [number, number][] = [];
  if (!ids?.size || c === undefined) return { rows: found, runs };
  rows.forEach((line, i) => {
    const row = top + i;
    const id = line?.[c];
    if (row <= target.headerRow + 1 || typeof id !== 'string' || !ids.has(normalizeKey(id))) return;
    found.add(row);
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  });
  return { rows: found, runs };
}

/** The format a cell of `row` takes for being a percentage target's figure, by column key. */
export function percentRowFormat(percent: PercentRuns, row: number): (key: string) => string | undefined {
  const inRun = percent.rows.has(row);
  return (key) => (inRun && PERCENT_KEYS.includes(key) ? PERCENT_FORMAT : undefined);
}

/** The document property recording which cells were given the percentage format (Emulation only). */
export function percentFingerprint(target: FormatTarget, percent: PercentRuns): Record<string, string> {
  if (target.def.id !== 'emulation') return {};
  const text = JSON.stringify({ c: PERCENT_KEYS.map((k) => target.columns[k] ?? null), r: percent.runs });
  return { [PROPERTY]: fingerprint(text) };
}

/**
 * After a Refresh of an existing Emulation sheet, `rows` being its rows from row 1 as they now stand: when the
 * percentage targets' rows differ from those formatted last time, the three figure columns go back to the
 * automatic format and the percentage rows' cells become percentages (two calls). Returns whether it wrote.
 */
export function applyPercentFormats(
  book: Workbook,
  target: FormatTarget,
  rows: readonly (readonly unknown[] | undefined)[],
): boolean {
  const percent = percentRuns(target, rows, 1);
  const fingerprint = percentFingerprint(target, percent);
  const before = book.property(PROPERTY);
  if (fingerprint[PROPERTY] === undefined || fingerprint[PROPERTY] === before) return false;
  const columns = PERCENT_KEYS.map((k) => target.columns[k]).filter((c): c is number => c !== undefined);
  const first = target.headerRow + 2;
  if (before !== undefined && rows.length >= first)
    formatRanges(
      target.sheet,
      columns.map((c) => columnA1(c, first, rows.length)),
      GENERAL_FORMAT,
    );
  formatRanges(
    target.sheet,
    percent.runs.flatMap(([from, to]) => columns.map((c) => columnA1(c, from, to))),
    PERCENT_FORMAT,
  );
  book.setProperties(fingerprint, true);
  return true;
}
