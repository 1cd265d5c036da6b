// The sample's statuses, completion dates and results written into the user columns of Tiến độ and Thi đua once
// Setup has put the sample's inputs in (docs/workbook.md §8.1).
import type { Day } from '../core/model';
import { dayFromIso, isoFromDay } from '../core/dates';
import { EMULATION, PROGRESS, type Lang, type SheetDef } from '../core/schema';
import { STATUS } from '../core/fixed-lists';
import { sampleAsOf, sampleProgress, sampleResults } from '../core/sample';
import { dataRows, headerKey, locateTable } from '../core/tables';
import { refreshWorkbook } from './refresh';
import { Workbook } from './workbook';

/**
 * After the sample's inputs are in: build the tracking sheets, write the sample statuses and results into
 * their user columns (only where those are blank), and refresh again since completion dates move deadlines.
 */
export function loadSampleEntries(lang: Lang): void {
  refreshWorkbook(Workbook.open());
  const book = Workbook.open();
  // Within the 2020 season after the grassroots cut-off, the sample is recorded as of today; else mid-season.
  const progress = sampleProgress(sampleAsOf(isoFromDay(book.today())));
  const progressByPair = byPair(progress, (p) => [p.unitId, p.milestoneId]);
  writeUserColumns(book, PROGRESS, ['unitId', 'milestoneId'], (keys) => {
    const e = progressByPair.get(pairKey(keys[0], keys[1]));
    if (!e) return null;
    return {
      status: STATUS[e.status][lang],
      completedOn: e.completedOn ? book.dateOf(dayFromIso(e.completedOn) as Day) : '',
      evidence: e.evidence ? `'${e.evidence}` : '',
      note: e.note ? `'${e.note}` : '',
    };
  });
  const results = sampleResults();
  const resultsByPair = byPair(results, (x) => [x.unitId, x.targetId]);
  writeUserColumns(book, EMULATION, ['unitId', 'targetId'], (keys) => {
    const r = resultsByPair.get(pairKey(keys[0], keys[1]));
    if (!r) return null;
    return { result: r.result ?? '', ownTarget: r.ownTarget ?? '' };
  });
  refreshWorkbook(Workbook.open());
}

function pairKey(a: string | undefined, b: string | undefined): string {
  return `${headerKey(a ?? '')}\u0000${headerKey(b ?? '')}`;
}

/** The entries by their (unit, milestone or target) pair, compared as headers are; the first of a pair wins. */
function byPair<T>(entries: readonly T[], keys: (e: T) => [string, string]): Map<string, T> {
  const out = new Map<string, T>();
  for (const e of entries) {
    const key = pairKey(...keys(e));
    if (!out.has(key)) out.set(key, e);
  }
  return out;
}

/** Per user column, one write over the data rows; a cell the user already filled is kept. */
function writeUserColumns(
  book: Workbook,
  def: SheetDef,
  keyColumns: [string, string],
  valuesFor: (keys: string[]) => Record<string, unknown> | null,
): void {
  const read = book.read(def);
  if (!read) return;
  const layout = locateTable(read.grid, def);
  if (!layout) return;
  const rows = dataRows(read.grid, layout);
  if (!rows.length) return;
  const first = rows[0] as number;
  const last = rows[rows.length - 1] as number;
  const wanted = new Map<number, Record<string, unknown>>();
  for (const r of rows) {
    const keys = keyColumns.map((k) => String(read.grid.values[r]?.[layout.columns[k] ?? -1] ?? ''));
    const v = valuesFor(keys);
    if (v) wanted.set(r, v);
  }
  const columnKeys = Object.keys(wanted.values().next().value ?? {});
  for (const key of columnKeys) {
    const c = layout.columns[key];
    if (c === undefined) continue;
    const cells: unknown[][] = [];
    let changed = false;
    for (let r = first; r <= last; r += 1) {
      const existing = read.grid.values[r]?.[c] ?? '';
      const v = wanted.get(r)?.[key];
      if (existing === '' && v !== undefined && v !== '') {
        cells.push([v]);
        changed = true;
      } else cells.push([existing]);
    }
    if (changed) read.sheet.getRange(first + 1, c + 1, cells.length, 1).setValues(cells);
  }
  book.forget(def);
}
