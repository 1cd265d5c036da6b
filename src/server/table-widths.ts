// How wide Tiến độ and Thi đua were when Refresh last wrote them (to the table's last column), remembered in a
// document property, so a direct edit reads the first rows and the edited rows in one call each without
// asking the sheet's width. Only a hint: a sheet narrower than remembered fails the read, a table that grew
// or moved past it is found incomplete, and either way the edit reads whole rows instead.
import type { TableLayout } from '../core/model';
import type { SheetId } from '../core/schema';
import type { Workbook } from './workbook';

/** Document property: `{ progress?: width, emulation?: width }`. */
export const WIDTHS_PROPERTY = 'tracker.widths';

type Tracked = 'progress' | 'emulation';

/** Records the tables' widths (deferred: the caller flushes the properties). */
export function rememberWidths(book: Workbook, tables: Partial<Record<Tracked, Pick<TableLayout, 'columns'>>>): void {
  const widths: Partial<Record<Tracked, number>> = { ...read(book) };
  for (const [id, table] of Object.entries(tables) as [Tracked, Pick<TableLayout, 'columns'> | undefined][]) {
    if (!table) continue;
    const columns = Object.values(table.columns).filter((c): c is number => c !== undefined);
    if (columns.length) widths[id] = Math.max(...columns) + 1;
  }
  book.setProperties({ [WIDTHS_PROPERTY]: JSON.stringify(widths) }, true);
}

/** The remembered width of the table, if any. */
export function rememberedWidth(book: Workbook, id: SheetId): number | undefined {
  const w = read(book)[id as Tracked];
  return typeof w === 'number' && Number.isInteger(w) && w > 0 ? w : undefined;
}

function read(book: Workbook): Partial<Record<Tracked, number>> {
  try {
    const v = JSON.parse(book.property(WIDTHS_PROPERTY) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Partial<Record<Tracked, number>>) : {};
  } catch {
    return {};
  }
}
