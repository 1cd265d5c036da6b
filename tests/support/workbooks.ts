// Workbooks for tests, from the same generator and builders the benchmark uses (tools/bench keeps them, as the
// benchmark runs without the tests): a generated organisation's tables, a workbook built from sheet inputs,
// and its tables read back by their column keys.
export { BENCH_ADMIN, BENCH_TODAY, benchTables } from '../../tools/bench/generate';
export { cellOf, readTable, rowsWhere, type SheetTable } from '../../tools/bench/sheets';
export {
  buildWorkbook,
  tableSheet,
  tablesWorkbook,
  type CellInput,
  type SheetInput,
  type WorkbookInput,
} from '../../tools/bench/workbook';
