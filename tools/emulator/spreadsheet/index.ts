// The spreadsheet half of the Apps Script emulator: document model, formula engine, the
// SpreadsheetApp service, and .xlsx load/save. See README.md for what is and is not reproduced.
export * from './api';
export { Workbook, SheetModel, DEFAULT_ROWS, DEFAULT_COLUMNS, DEFAULT_COLUMN_WIDTH } from './workbook';
export type { WorkbookOptions, ApiValue, TypeIntoResult } from './workbook';
export type * from './model';
export { DataValidationCriteria, checkValidation, rejectionMessage } from './validation';
export { parseTypedInput, parseLocaleNumber, parseLocaleDate } from './input';
export { formatValue, isDateTimeFormat, GENERAL_FORMAT } from './numberFormat';
export { localeConventions } from './locale';
export { serialFromInstant, instantFromSerial, serialFromWall, wallFromSerial, isDate } from './time';
export {
  parseA1,
  rangeA1,
  cellA1,
  columnLetters,
  columnNumber,
  shiftFormula,
  formulaToR1C1,
  formulaFromR1C1,
} from './a1';
export { normalizeColor } from './colors';
export { loadXlsx, DEFAULT_XLSX_TIME_ZONE } from './xlsx-load';
export { saveXlsx, xlsxBuffer } from './xlsx-save';
export type { LoadXlsxOptions } from './xlsx-load';
export { matchRules } from './conditional';
export { ExecutionWriteBuffers, WriteBuffer, isBufferedWrite } from './write-buffer';
