// The Apps Script Spreadsheet service over a Workbook, one file per class family. Class names are exactly
// Apps Script's, because the runtime counts calls as `<constructor.name>.<method>`. No #private fields:
// instances get wrapped in Proxies. Coordinates here are 1-based as in Apps Script.
export {
  BooleanCriteria,
  BorderStyle,
  ChartType,
  CopyPasteType,
  Dimension,
  InterpolationType,
  ProtectionType,
  RelativeDate,
  SheetType,
  TextDirection,
  WrapStrategy,
} from './enums';
export { Range } from './range';
export { RangeList } from './range-list';
export { Sheet } from './sheet';
export { Spreadsheet } from './spreadsheet';
export { DataValidation, DataValidationBuilder } from './data-validation';
export { BooleanCondition, Color, ConditionalFormatRule, ConditionalFormatRuleBuilder } from './conditional-format';
export { Protection, User } from './protection';
export { EmbeddedChart, EmbeddedChartBuilder } from './charts';
export { SpreadsheetApp, createSpreadsheetApp, createChartsService } from './app';
export type { SpreadsheetAppDeps } from './app';
