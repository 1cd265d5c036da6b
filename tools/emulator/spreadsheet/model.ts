// Plain data of the document model (no behaviour): what a sheet records besides cell contents.

/** 1-based rectangle on one sheet. */
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface CellFormat {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontLine?: 'underline' | 'line-through' | 'none';
  fontSize?: number;
  fontFamily?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  wrapStrategy?: string;
}

export interface ValidationData {
  /** a SpreadsheetApp.DataValidationCriteria name */
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
  /** 1-based top-left of the range the rule was set on: custom formulas are relative to it */
  anchor?: { row: number; column: number };
}

export interface ConditionalFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export interface ConditionalRuleData {
  ranges: GridRange[];
  /** a boolean condition: SpreadsheetApp.BooleanCriteria name and its values */
  condition?: { type: string; values: unknown[] };
  /** gradient rules are recorded, not evaluated */
  gradient?: Record<string, unknown>;
  format: ConditionalFormat;
}

export interface ProtectionData {
  type: 'RANGE' | 'SHEET';
  range?: GridRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotectedRanges: GridRange[];
  /**
   * Set once a script changed the editors or the domain setting: until then the protection mirrors the
   * spreadsheet's permissions and refuses nobody (Range.protect() in Google's reference).
   */
  restricted?: boolean;
}

export interface ChartData {
  chartId: number;
  type: string;
  ranges: GridRange[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export interface RecordedBorder {
  range: GridRange;
  args: unknown[];
}
