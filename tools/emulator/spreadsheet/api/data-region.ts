// Range.getDataRegion: the range grown, side by side, while the row or column just outside it holds data.
import type { GridRange } from '../model';

/**
 * Grows `start` (1-based) up, down, left and right while the row or column next to it has a non-empty cell
 * within its current span (diagonal neighbours do not count); `dimension` 'ROWS' grows only up and down,
 * 'COLUMNS' only left and right.
 */
export function dataRegion(
  start: GridRange,
  dimension: string | undefined,
  maxRows: number,
  maxColumns: number,
  filled: (row: number, column: number) => boolean,
): GridRange {
  let top = start.row;
  let left = start.column;
  let bottom = start.row + start.numRows - 1;
  let right = start.column + start.numColumns - 1;
  const rowHasData = (r: number): boolean => {
    for (let c = left; c <= right; c++) if (filled(r, c)) return true;
    return false;
  };
  const columnHasData = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) if (filled(r, c)) return true;
    return false;
  };
  const rows = dimension !== 'COLUMNS';
  const columns = dimension !== 'ROWS';
  for (let grew = true; grew;) {
    const before = [top, bottom, left, right].join();
    if (rows && top > 1 && rowHasData(top - 1)) top--;
    if (rows && bottom < maxRows && rowHasData(bottom + 1)) bottom++;
    if (columns && left > 1 && columnHasData(left - 1)) left--;
    if (columns && right < maxColumns && columnHasData(right + 1)) right++;
    grew = [top, bottom, left, right].join() !== before;
  }
  return { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 };
}
