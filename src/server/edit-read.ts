// What a direct edit of Tiến độ or Thi đua reads: the table's first rows (its header) and the edited rows. With
// the table's width remembered (table-widths.ts) each is one call of that width; otherwise whole rows are read,
// so no call is spent on asking the sheet's width. Near the top both come in one read.
import type { Grid, TableLayout } from '../core/model';
import { locateTable } from '../core/tables';
import type { EditContext } from './edit-event';
import { rememberedWidth } from './table-widths';

const HEADER_ROWS = 10;

export interface Edited {
  grid: Grid;
  layout: TableLayout;
  head: unknown[][];
  /** 1-based first data row of the edit. */
  firstRow: number;
  bottom: number;
}

export function readEdited(ctx: EditContext): Edited | null {
  const { sheet, block, name, def } = ctx;
  const bottom = block.top + block.rows - 1;
  const together = bottom <= HEADER_ROWS * 2;
  const headRows = together ? bottom : HEADER_ROWS;
  const narrow = narrowHead(ctx, headRows);
  const head = narrow?.head ?? (sheet.getRange(`1:${headRows}`).getValues() as unknown[][]);
  const layout = narrow?.layout ?? locateTable({ name, values: head }, def);
  if (!layout || bottom <= layout.headerRow + 1) return null;
  const firstRow = Math.max(block.top, layout.headerRow + 2);
  const width = head[0]?.length ?? 0;
  const values = together
    ? head.slice(firstRow - 1, bottom)
    : (sheet.getSheetValues(firstRow, 1, bottom - firstRow + 1, width) as unknown[][]);
  const grid: Grid = { name, values: [] };
  grid.values[layout.headerRow] = head[layout.headerRow] ?? [];
  values.forEach((row, i) => (grid.values[firstRow - 1 + i] = row));
  return { grid, layout, head, firstRow, bottom };
}

/**
 * The first rows as wide as the remembered table, when that holds every column of the table and the edit;
 * undefined when nothing is remembered, the sheet is narrower, or a column lies further right.
 */
function narrowHead(ctx: EditContext, rows: number): { head: unknown[][]; layout: TableLayout } | undefined {
  const { sheet, block, name, def } = ctx;
  const width = rememberedWidth(ctx.wb, def.id);
  if (width === undefined || block.left + block.cols - 1 > width) return undefined;
  let head: unknown[][];
  try {
    head = sheet.getSheetValues(1, 1, rows, width) as unknown[][];
  } catch (error) {
    // A sheet narrower (or shorter) than remembered. A failing service is not that.
    if (error instanceof Error && error.message.startsWith('Service ')) throw error;
    return undefined;
  }
  const layout = locateTable({ name, values: head }, def);
  if (!layout || def.columns.some((c) => layout.columns[c.key] === undefined)) return undefined;
  return { head, layout };
}
