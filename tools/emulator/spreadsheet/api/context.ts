// What every Spreadsheet-service object shares: the workbook, the environment, the selection, and Google's
// argument errors.
import type { EmulatorEnv } from '../../env';
import type { GridRange } from '../model';
import { isDate } from '../time';
import type { SheetModel, Workbook } from '../workbook';

export function fail(message: string): never {
  throw new Error(message);
}

export function signatureError(method: string, args: unknown[]): never {
  const kinds = args.map((a) =>
    a === null
      ? 'null'
      : Array.isArray(a)
        ? 'Object[]'
        : isDate(a)
          ? 'Date'
          : typeof a === 'object'
            ? 'Object'
            : typeof a === 'string'
              ? 'String'
              : typeof a === 'number'
                ? 'number'
                : typeof a === 'boolean'
                  ? 'Boolean'
                  : String(typeof a),
  );
  fail(`The parameters (${kinds.join(',')}) don't match the method signature for ${method}.`);
}

export function checkGrid(data: unknown, nr: number, nc: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) signatureError(method, [data]);
  const rows = data as unknown[][];
  if (rows.length !== nr)
    fail(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${nr}.`,
    );
  for (const row of rows) {
    if (row.length !== nc)
      fail(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${nc}.`,
      );
  }
  return rows;
}

/** What every API object needs: the workbook and the environment. */
export interface Ctx {
  wb: Workbook;
  env: EmulatorEnv;
  getUi(): unknown;
  /** the selection, per sheet */
  selection: Map<SheetModel, GridRange>;
}

export function toGrid(g: GridRange): GridRange {
  return { row: g.row, column: g.column, numRows: g.numRows, numColumns: g.numColumns };
}
