// A submission's row, found again just before writing (docs/workbook.md §8.3). The document lock keeps other executions
// out, not people: between the form's read and its write someone may insert, delete or sort rows, or type into
// the very row. So, under the lock and right before writing, the rows are read again, the row is found by its
// key (not by the number read earlier), and the cells the submission changes must still hold what the clerk
// saw; the cells it does not change are written back as they are now, never as they were read.
import { contentKey } from '../../core/archive';
import type { Grid, TableLayout } from '../../core/model';
import { cellText } from '../../core/parse';
import { normalizeKey, type SheetDef } from '../../core/schema';
import { cellOf, locateTable } from '../../core/tables';
import { message } from '../../shared/messages';
import { readUnitRows, worthSearching, type UnitRows } from '../unit-rows';
import type { SheetRead } from '../workbook';
import type { FormContext } from './context';
import { refuse } from './request';
import { findRow, updatedAtText } from './view';

/** The tracking sheet as a form reads it, and the 0-based row it is about. */
export interface TrackedRow extends UnitRows {
  r: number;
}

/**
 * The unit's rows of the tracking sheet `def`: found by a search when the sheet is large (the Units times
 * `perUnit` rows), else the whole sheet in one read. Refused when the sheet or its header is missing.
 */
export function trackingRows(ctx: FormContext, def: SheetDef, unitId: string, perUnit: number): UnitRows {
  const rows = ctx.analysis.inputs.units.length * perUnit;
  const found = worthSearching(rows) ? readUnitRows(ctx.wb, def, [unitId]) : wholeSheet(ctx, def);
  if (!found) refuse(ctx.lang, 'notFound', 'sheetMissing', { sheet: def[ctx.workbookLang] });
  return found;
}

function wholeSheet(ctx: FormContext, def: SheetDef): UnitRows | null {
  const table = ctx.wb.read(def);
  const layout = table ? locateTable(table.grid, def) : null;
  return table && layout ? { table, layout } : null;
}

/** Refuses the submission as stale, naming who changed the row last and when. */
export function refuseStale(ctx: FormContext, grid: Grid, layout: TableLayout, r: number): never {
  const lang = ctx.lang;
  const by = cellText(cellOf(grid, layout, r, 'updatedBy')) || message(lang, 'unknownUser');
  const at = updatedAtText(cellOf(grid, layout, r, 'updatedAt'), ctx.timeZone) || message(lang, 'unknownUser');
  refuse(lang, 'stale', 'stale', { by, at: displayDateTime(at, lang) }, { stale: { by, at } });
}

/** 'yyyy-mm-dd hh:mm' → 'dd/mm/yyyy hh:mm' for Vietnamese messages (English keeps ISO, unambiguous). */
export function displayDateTime(text: string, lang: 'vi' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(text);
  if (!m || lang === 'en') return text;
  return `${m[3]}/${m[2]}/${m[1]}${m[4] ?? ''}`;
}

/**
 * The row read again just before writing: the rows read before (one call), the row found again by
 * `key` (searched for again when people moved it); refused as not found when it is no longer there, as stale
 * when a cell in `changedKeys` no longer holds what was read. The fresh rows are kept as the sheet's read.
 */
export function freshRow(
  ctx: FormContext,
  def: SheetDef,
  read: TrackedRow,
  key: { unitId: string; otherKey: 'milestoneId' | 'targetId'; otherId: string },
  changedKeys: readonly string[],
): TrackedRow {
  const fresh =
    reread(ctx, def, read, key) ??
    refuse(
      ctx.lang,
      'notFound',
      key.otherKey === 'milestoneId' ? 'milestoneUnknown' : 'targetUnknown',
      { unit: key.unitId, id: key.otherId, sheet: read.table.grid.name },
      { field: key.otherKey },
    );
  const stale = changedKeys.some(
    (k) =>
      contentKey(cellOf(fresh.table.grid, fresh.layout, fresh.r, k) ?? '') !==
      contentKey(cellOf(read.table.grid, read.layout, read.r, k) ?? ''),
  );
  if (stale) refuseStale(ctx, fresh.table.grid, fresh.layout, fresh.r);
  return fresh;
}

function reread(
  ctx: FormContext,
  def: SheetDef,
  read: TrackedRow,
  key: { unitId: string; otherKey: string; otherId: string },
): TrackedRow | null {
  const { layout } = read;
  // The same rows again: the span found by the search, else the one row.
  const first = read.span ? read.span.first : read.r + 1;
  const rows = (
    read.span
      ? read.table.sheet.getSheetValues(first, 1, read.span.count, read.span.width)
      : read.table.sheet.getRange(`${first}:${first}`).getValues()
  ) as unknown[][];
  const values = [...read.table.grid.values];
  rows.forEach((row, i) => (values[first - 1 + i] = row));
  const table: SheetRead = { ...read.table, grid: { name: read.table.grid.name, values } };
  const holds = (r: number) =>
    normalizeKey(cellText(cellOf(table.grid, layout, r, 'unitId'))) === normalizeKey(key.unitId) &&
    normalizeKey(cellText(cellOf(table.grid, layout, r, key.otherKey))) === normalizeKey(key.otherId);
  if (holds(read.r)) {
    ctx.wb.keep(def, table);
    return { ...read, table };
  }
  // Moved (rows inserted, deleted or sorted meanwhile): found again from scratch.
  ctx.wb.forget(def);
  const again = read.span ? readUnitRows(ctx.wb, def, [key.unitId]) : wholeSheet(ctx, def);
  if (!again) return null;
  const r = findRow(again.table.grid, again.layout, key.unitId, key.otherKey, key.otherId);
  return r < 0 ? null : { ...again, r };
}
