// One sheet of the emulated document: its size, per-sheet records (frozen panes, widths, conditional-format
// rules, protections, charts, merges, borders) and the sparse rows of formats, notes and validation.
import type {
  CellFormat,
  ChartData,
  ConditionalRuleData,
  GridRange,
  ProtectionData,
  RecordedBorder,
  ValidationData,
} from './model';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export class RowData {
  formats: (CellFormat | undefined)[] = [];
  notes: (string | undefined)[] | undefined;
  validations: (ValidationData | undefined)[] | undefined;
  height: number | undefined;
  isEmpty(): boolean {
    return this.formats.length === 0 && !this.notes?.length && !this.validations?.length && this.height === undefined;
  }
  clone(): RowData {
    const r = new RowData();
    r.formats = this.formats.slice();
    if (this.validations) r.validations = this.validations.slice();
    r.height = this.height;
    return r;
  }
}

export class SheetModel {
  name: string;
  readonly sheetId: number;
  hfId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  deleted = false;
  readonly columnWidths = new Map<number, number>(); // 1-based column → pixels
  rows: (RowData | undefined)[] = [];
  conditionalRules: ConditionalRuleData[] = [];
  protections: ProtectionData[] = [];
  charts: ChartData[] = [];
  merges: GridRange[] = [];
  borders: RecordedBorder[] = [];

  constructor(name: string, sheetId: number, hfId: number, maxRows: number, maxColumns: number) {
    this.name = name;
    this.sheetId = sheetId;
    this.hfId = hfId;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  row(r: number, create: true): RowData;
  row(r: number, create?: false): RowData | undefined;
  row(r: number, create = false): RowData | undefined {
    let rd = this.rows[r];
    if (!rd && create) {
      rd = new RowData();
      this.rows[r] = rd;
    }
    return rd;
  }

  format(r: number, c: number): CellFormat | undefined {
    return this.rows[r]?.formats[c];
  }
}
