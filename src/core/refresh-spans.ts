// The writes of one owned column of a generated sheet: one span from its first to its last changed row, so a
// column costs one write however many of its cells change. A span keeps to the rows as they are after the
// orphans are deleted.
import type { CellWrite } from './refresh-cells';

export interface SpanWrite {
  column: number;
  /** 0-based grid row of the first cell, in the sheet as it is after the orphans are deleted. */
  firstRow: number;
  cells: CellWrite[];
}

/** The original (pre-deletion) row that ends up at `finalRow` (a row that is not deleted). */
function originalRow(finalRow: number, orphanRows: readonly number[]): number {
  let row = finalRow;
  for (const o of orphanRows) {
    if (o <= row) row += 1;
    else break;
  }
  return row;
}

/**
 * One span from the first to the last changed row of a column. Rows inside it that Refresh does not own
 * (blank or half-keyed) are written back as they are; one holding a formula is not rewritten (its
 * references would be off after deletions), so the span is split around it.
 */
export function spansFor(
  column: number,
  changes: ReadonlyMap<number, CellWrite>,
  owned: (finalRow: number) => CellWrite | undefined,
  values: unknown[][],
  formulas: string[][],
  orphanRows: readonly number[],
): SpanWrite[] {
  const changed = [...changes.keys()].sort((a, b) => a - b);
  const first = changed[0] as number;
  const last = changed[changed.length - 1] as number;
  const spans: SpanWrite[] = [];
  let current: { firstRow: number; cells: CellWrite[]; lastChanged: number } | null = null;
  const close = (): void => {
    if (current && current.lastChanged >= 0) {
      spans.push({
        column,
        firstRow: current.firstRow,
        cells: current.cells.slice(0, current.lastChanged - current.firstRow + 1),
      });
    }
    current = null;
  };
  for (let r = first; r <= last; r += 1) {
    const own = owned(r);
    let cell: CellWrite | null;
    if (own) cell = own;
    else {
      const source = originalRow(r, orphanRows);
      const formula = formulas[source]?.[column] ?? '';
      cell = formula ? null : { kind: 'raw', value: values[source]?.[column] ?? '' };
    }
    if (cell === null) {
      close();
      continue;
    }
    if (!current) {
      if (!changes.has(r)) continue; // spans start on a changed row
      current = { firstRow: r, cells: [], lastChanged: -1 };
    }
    current.cells.push(cell);
    if (changes.has(r)) current.lastChanged = r;
  }
  close();
  return spans;
}
