// .xlsx load/save with ExcelJS: values, formulas (with cached results), number formats, fills, fonts,
// alignment, notes, conditional formats (formula/comparison rules with a dxf fill), data validation,
// frozen panes, column widths, tab colours and sheet order. The spreadsheet time zone and locale are
// not part of xlsx: they travel as custom document properties 'timeZone' and 'locale'.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { RawCellContent } from 'hyperformula';
import JSZip from 'jszip';
import type { EmulatorEnv } from '../env';
import { parseA1, rangeA1 } from './a1';
import { normalizeColor } from './colors';
import { dateContent, fromEngineFormula, toEngineFormula } from './engine';
import type { CellFormat, ConditionalRuleData, GridRange, ValidationData } from './model';
import { isDateTimeFormat } from './numberFormat';
import { isValidTimeZone, isDate } from './time';
import { DEFAULT_COLUMNS, DEFAULT_COLUMN_WIDTH, DEFAULT_ROWS, Workbook, type SheetModel } from './workbook';

export const DEFAULT_XLSX_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const EXCEL_EPOCH_OFFSET = 25569; // serial of 1970-01-01
const MS_PER_DAY = 86_400_000;

/** Functions Excel stores with the _xlfn. prefix (newer than Excel 2007). */
const FUTURE_FUNCTIONS = [
  'IFS',
  'SWITCH',
  'CONCAT',
  'TEXTJOIN',
  'MAXIFS',
  'MINIFS',
  'IFNA',
  'XLOOKUP',
  'XMATCH',
  'DAYS',
  'ISOWEEKNUM',
  'FILTER',
  'SORT',
  'UNIQUE',
  'SEQUENCE',
  'AGGREGATE',
];

function serialFromExcelDate(d: Date): number {
  return d.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

function excelDateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - EXCEL_EPOCH_OFFSET) * MS_PER_DAY));
}

function argbToHex(c: { argb?: string } | undefined): string | undefined {
  const argb = c?.argb;
  if (!argb || !/^[0-9a-fA-F]{6,8}$/.test(argb)) return undefined;
  return '#' + argb.slice(-6).toLowerCase();
}

function hexToArgb(hex: string): string {
  return 'FF' + hex.slice(1).toUpperCase();
}

function formulaFromExcel(f: string): string {
  return '=' + f.replace(/_xlfn\.|_xlws\./g, '');
}

function formulaToExcel(f: string): string {
  let s = f.startsWith('=') ? f.slice(1) : f;
  const re = new RegExp(`(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join('|')})\\(`, 'g');
  s = s.replace(re, '$1_xlfn.$2(');
  return s;
}

// ---------------------------------------------------------------------------------------------- load

interface CustomProps {
  timeZone?: string;
  locale?: string;
}

async function readCustomProperties(buffer: Buffer): Promise<CustomProps> {
  try {
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('docProps/custom.xml')?.async('string');
    if (!xml) return {};
    const props: CustomProps = {};
    const re = /<property[^>]*name="([^"]+)"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
      if (m[1] === 'timeZone') props.timeZone = m[2];
      if (m[1] === 'locale') props.locale = m[2];
    }
    return props;
  } catch {
    return {};
  }
}

export interface LoadXlsxOptions {
  /** overrides the file's time zone */
  timeZone?: string;
  locale?: string;
  name?: string;
}

/** Opens an .xlsx file (path or bytes) as an emulated spreadsheet. Unreadable input throws a one-line Error. */
export async function loadXlsx(
  source: string | Buffer | Uint8Array,
  env: EmulatorEnv,
  opts: LoadXlsxOptions = {},
): Promise<Workbook> {
  const label = typeof source === 'string' ? source : 'workbook';
  let buffer: Buffer;
  try {
    buffer = typeof source === 'string' ? await readFile(source) : Buffer.from(source);
  } catch (e) {
    throw new Error(`Cannot read ${label}: ${oneLine(e)}`, { cause: e });
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(`Cannot read ${label} as an .xlsx workbook: ${oneLine(e)}`, { cause: e });
  }
  const props = await readCustomProperties(buffer);
  const timeZone =
    opts.timeZone ?? (props.timeZone && isValidTimeZone(props.timeZone) ? props.timeZone : DEFAULT_XLSX_TIME_ZONE);
  const worksheets = book.worksheets.filter((w) => w !== undefined);
  if (worksheets.length === 0) throw new Error(`Cannot read ${label}: it has no sheets`);
  const wb = new Workbook({
    env,
    timeZone,
    locale: opts.locale ?? props.locale ?? 'vi_VN',
    name: opts.name ?? (typeof source === 'string' ? basename(source, extname(source)) : 'Workbook'),
    sheetNames: [],
  });
  // create every sheet first so that cross-sheet formulas resolve
  const models = worksheets.map((ws) =>
    wb.addSheet(ws.name, undefined, Math.max(DEFAULT_ROWS, ws.rowCount), Math.max(DEFAULT_COLUMNS, ws.columnCount)),
  );
  try {
    worksheets.forEach((ws, i) => loadSheet(wb, models[i]!, ws));
  } catch (e) {
    throw new Error(`Cannot read ${label}: ${oneLine(e)}`, { cause: e });
  }
  wb.activeSheetIndex = Math.max(
    0,
    models.findIndex((s) => !s.hidden),
  );
  return wb;
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim();
}

function cellFormatFromStyle(cell: ExcelJS.Cell): CellFormat | undefined {
  const f: CellFormat = {};
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== 'General') f.numberFormat = numFmt;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const bg = argbToHex(fill.fgColor) ?? argbToHex(fill.bgColor);
    if (bg && bg !== '#ffffff') f.background = bg;
  }
  const font = cell.font;
  if (font) {
    if (font.bold) f.fontWeight = 'bold';
    if (font.italic) f.fontStyle = 'italic';
    if (font.underline) f.fontLine = 'underline';
    else if (font.strike) f.fontLine = 'line-through';
    const color = argbToHex(font.color);
    if (color && color !== '#000000') f.fontColor = color;
  }
  const al = cell.alignment;
  if (al) {
    if (al.horizontal && (al.horizontal as string) !== 'general')
      f.horizontalAlignment = al.horizontal === 'centerContinuous' ? 'center' : al.horizontal;
    if (al.vertical && al.vertical !== 'bottom')
      f.verticalAlignment = al.vertical === 'middle' ? 'middle' : al.vertical;
    if (al.wrapText) f.wrap = true;
  }
  return Object.keys(f).length > 0 ? f : undefined;
}

function contentOf(cell: ExcelJS.Cell, format: CellFormat | undefined): RawCellContent {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return isDateTimeFormat(format?.numberFormat) ? dateContent(v) : v;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : "'" + v;
  if (isDate(v)) return dateContent(serialFromExcelDate(v));
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const f = cell.formula;
      return f ? toEngineFormula(formulaFromExcel(f)) : null;
    }
    if ('richText' in v) return "'" + v.richText.map((t) => t.text).join('');
    if ('hyperlink' in v) {
      const text = (v as ExcelJS.CellHyperlinkValue).text;
      return typeof text === 'string' ? "'" + text : "'" + String((v as ExcelJS.CellHyperlinkValue).hyperlink);
    }
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return "'" + String(v);
}

function loadSheet(wb: Workbook, sheet: SheetModel, ws: ExcelJS.Worksheet): void {
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const tab = argbToHex(ws.properties?.tabColor as { argb?: string } | undefined);
  if (tab) sheet.tabColor = tab;
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    if (col.width !== undefined && (col as unknown as { isCustomWidth?: boolean }).isCustomWidth !== false) {
      const px = Math.round(col.width * 7 + 5);
      if (px !== DEFAULT_COLUMN_WIDTH) sheet.columnWidths.set(c, px);
    }
  }

  const rowCount = ws.rowCount;
  const colCount = ws.columnCount;
  const contents: RawCellContent[][] = Array.from({ length: rowCount }, () =>
    new Array<RawCellContent>(colCount).fill(null),
  );
  const validations = new Map<ExcelJS.DataValidation, { cells: [number, number][]; row: number; col: number }>();
  const formatByStyle = new Map<unknown, CellFormat | undefined>();
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // ExcelJS shares one style object between the cells of one xf; so do the formats here
      const key = cell.style;
      let fmt = formatByStyle.get(key);
      if (!formatByStyle.has(key)) {
        fmt = cellFormatFromStyle(cell);
        formatByStyle.set(key, fmt);
      }
      if (fmt) wb.updateFormats(sheet, r - 1, c - 1, 1, 1, () => fmt);
      contents[r - 1]![c - 1] = contentOf(cell, fmt);
      const note = cell.note;
      if (note) {
        const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
        if (text) wb.setNote(sheet, r - 1, c - 1, text);
      }
    });
  });
  const dvModel = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
    .dataValidations.model;
  for (const [address, dv] of Object.entries(dvModel)) {
    if (!dv) continue;
    const p = parseA1(address);
    if (!p) continue;
    let entry = validations.get(dv);
    if (!entry) {
      entry = { cells: [], row: p.row, col: p.column };
      validations.set(dv, entry);
    }
    for (let r = p.row; r <= (p.endRow ?? p.row); r++) {
      for (let c = p.column; c <= (p.endColumn ?? p.column); c++) {
        entry.cells.push([r, c]);
        entry.row = Math.min(entry.row, r);
        entry.col = Math.min(entry.col, c);
      }
    }
  }
  for (const [dv, entry] of validations) {
    const data = validationFromExcel(dv);
    if (!data) continue;
    const anchored = { ...data, anchor: { row: entry.row, column: entry.col } };
    for (const [r, c] of entry.cells) wb.setValidation(sheet, r - 1, c - 1, anchored);
  }
  if (rowCount > 0 && colCount > 0) wb.writeContents(sheet, 0, 0, contents);
  sheet.conditionalRules = conditionalRulesFromExcel(ws);
  const merges = (ws as unknown as { model: { merges?: string[] } }).model.merges ?? [];
  for (const m of merges) {
    const p = parseA1(m);
    if (p)
      sheet.merges.push({
        row: p.row,
        column: p.column,
        numRows: (p.endRow ?? p.row) - p.row + 1,
        numColumns: (p.endColumn ?? p.column) - p.column + 1,
      });
  }
}

function excelNumberArg(v: unknown): unknown {
  if (isDate(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return v;
}

function validationFromExcel(dv: ExcelJS.DataValidation): ValidationData | undefined {
  const allowInvalid = !dv.showErrorMessage || dv.errorStyle === 'warning' || dv.errorStyle === 'information';
  const helpText = dv.prompt ?? dv.error ?? null;
  const f = (dv.formulae ?? []).map(excelNumberArg);
  const base = { allowInvalid, helpText };
  const op = dv.operator ?? 'between';
  switch (dv.type) {
    case 'list': {
      const src = String(dv.formulae?.[0] ?? '');
      if (src.startsWith('"')) {
        const items = src
          .slice(1, -1)
          .split(',')
          .map((s) => s.trim());
        return { criteria: 'VALUE_IN_LIST', values: [items, true], ...base };
      }
      return { criteria: 'VALUE_IN_RANGE', values: [src.replace(/\$/g, ''), true], ...base };
    }
    case 'date': {
      const first = f[0];
      const serial = isDate(first) ? serialFromExcelDate(first) : Number(first);
      if ((op === 'greaterThan' || op === 'greaterThanOrEqual') && serial <= 1)
        return { criteria: 'DATE_IS_VALID_DATE', values: [], ...base };
      const dates = f.map((x) => (isDate(x) ? x : excelDateFromSerial(Number(x))));
      const map: Record<string, string> = {
        between: 'DATE_BETWEEN',
        notBetween: 'DATE_NOT_BETWEEN',
        equal: 'DATE_EQUAL_TO',
        greaterThan: 'DATE_AFTER',
        greaterThanOrEqual: 'DATE_ON_OR_AFTER',
        lessThan: 'DATE_BEFORE',
        lessThanOrEqual: 'DATE_ON_OR_BEFORE',
      };
      return { criteria: map[op] ?? 'DATE_IS_VALID_DATE', values: dates, ...base };
    }
    case 'decimal':
    case 'whole': {
      const map: Record<string, string> = {
        between: 'NUMBER_BETWEEN',
        notBetween: 'NUMBER_NOT_BETWEEN',
        equal: 'NUMBER_EQUAL_TO',
        notEqual: 'NUMBER_NOT_EQUAL_TO',
        greaterThan: 'NUMBER_GREATER_THAN',
        greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
        lessThan: 'NUMBER_LESS_THAN',
        lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
      };
      return { criteria: map[op] ?? 'NUMBER_BETWEEN', values: f, ...base };
    }
    case 'custom':
      return { criteria: 'CUSTOM_FORMULA', values: [formulaFromExcel(String(dv.formulae?.[0] ?? ''))], ...base };
    default:
      return undefined;
  }
}

function gridFromRef(ref: string): GridRange[] {
  return ref
    .split(/\s+/)
    .map((a) => parseA1(a))
    .filter((p): p is NonNullable<typeof p> => p !== undefined)
    .map((p) => ({
      row: p.row,
      column: p.column,
      numRows: (p.endRow ?? p.row) - p.row + 1,
      numColumns: (p.endColumn ?? p.column) - p.column + 1,
    }));
}

function conditionalRulesFromExcel(ws: ExcelJS.Worksheet): ConditionalRuleData[] {
  const cfs =
    (ws as unknown as { conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] })
      .conditionalFormattings ?? [];
  const collected: { priority: number; order: number; rule: ConditionalRuleData }[] = [];
  let order = 0;
  for (const cf of cfs) {
    const ranges = gridFromRef(cf.ref);
    for (const rule of cf.rules) {
      const r = rule as ExcelJS.ConditionalFormattingRule & {
        formulae?: unknown[];
        operator?: string;
        text?: string;
        style?: Partial<ExcelJS.Style>;
        priority?: number;
      };
      const condition = conditionFromExcel(r);
      if (!condition) continue;
      const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
      const background = fill ? (argbToHex(fill.bgColor) ?? argbToHex(fill.fgColor)) : undefined;
      const fontColor = argbToHex(r.style?.font?.color);
      collected.push({
        priority: r.priority ?? Number.MAX_SAFE_INTEGER,
        order: order++,
        rule: {
          ranges,
          condition,
          format: {
            ...(background ? { background } : {}),
            ...(fontColor ? { fontColor } : {}),
            ...(r.style?.font?.bold !== undefined ? { bold: Boolean(r.style.font.bold) } : {}),
            ...(r.style?.font?.italic !== undefined ? { italic: Boolean(r.style.font.italic) } : {}),
          },
        },
      });
    }
  }
  return collected.sort((a, b) => a.priority - b.priority || a.order - b.order).map((c) => c.rule);
}

function conditionFromExcel(r: {
  type: string;
  formulae?: unknown[];
  operator?: string;
  text?: string;
}): { type: string; values: unknown[] } | undefined {
  const f = (r.formulae ?? []).map((x) => String(x));
  if (r.type === 'expression') return { type: 'CUSTOM_FORMULA', values: [formulaFromExcel(f[0] ?? 'FALSE')] };
  if (r.type === 'cellIs') {
    const quoted = f[0]?.startsWith('"');
    const arg = (s: string | undefined): unknown =>
      s === undefined ? undefined : s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : Number(s);
    const map: Record<string, string> = {
      equal: quoted ? 'TEXT_EQUAL_TO' : 'NUMBER_EQUAL_TO',
      notEqual: quoted ? 'TEXT_NOT_EQUAL_TO' : 'NUMBER_NOT_EQUAL_TO',
      greaterThan: 'NUMBER_GREATER_THAN',
      greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      lessThan: 'NUMBER_LESS_THAN',
      lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
      between: 'NUMBER_BETWEEN',
      notBetween: 'NUMBER_NOT_BETWEEN',
    };
    const type = map[r.operator ?? 'equal'];
    return type ? { type, values: f.map(arg) } : undefined;
  }
  if (r.type === 'containsText') {
    const map: Record<string, string> = {
      containsText: 'TEXT_CONTAINS',
      notContains: 'TEXT_DOES_NOT_CONTAIN',
      beginsWith: 'TEXT_STARTS_WITH',
      endsWith: 'TEXT_ENDS_WITH',
      containsBlanks: 'CELL_EMPTY',
      notContainsBlanks: 'CELL_NOT_EMPTY',
    };
    const type = map[r.operator ?? 'containsText'];
    return type ? { type, values: type.startsWith('CELL_') ? [] : [r.text ?? ''] } : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------- save

function styleFromFormat(f: CellFormat, numberFormat: string | undefined): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (numberFormat) style.numFmt = numberFormat;
  const bg = normalizeColor(f.background);
  if (bg)
    style.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: hexToArgb(bg) },
      bgColor: { argb: hexToArgb(bg) },
    };
  const font: Partial<ExcelJS.Font> = {};
  if (f.fontWeight === 'bold') font.bold = true;
  if (f.fontStyle === 'italic') font.italic = true;
  if (f.fontLine === 'underline') font.underline = true;
  if (f.fontLine === 'line-through') font.strike = true;
  const fc = normalizeColor(f.fontColor);
  if (fc) font.color = { argb: hexToArgb(fc) };
  if (f.fontSize) font.size = f.fontSize;
  if (f.fontFamily) font.name = f.fontFamily;
  if (Object.keys(font).length > 0) style.font = font;
  const al: Partial<ExcelJS.Alignment> = {};
  if (f.horizontalAlignment && f.horizontalAlignment !== 'general')
    al.horizontal = f.horizontalAlignment as ExcelJS.Alignment['horizontal'];
  if (f.verticalAlignment) al.vertical = f.verticalAlignment as ExcelJS.Alignment['vertical'];
  if (f.wrap) al.wrapText = true;
  if (Object.keys(al).length > 0) style.alignment = al;
  return style;
}

function excelValue(wb: Workbook, sheet: SheetModel, r: number, c: number): ExcelJS.CellValue {
  const formula = wb.formula(sheet, r, c);
  const raw = wb.rawValue(sheet, r, c);
  const fmt = typeof raw === 'number' ? wb.effectiveNumberFormat(sheet, r, c) : undefined;
  const value = (): ExcelJS.CellValue => {
    if (raw === null) return null;
    if (typeof raw === 'number') return isDateTimeFormat(fmt) ? excelDateFromSerial(raw) : raw;
    if (
      typeof raw === 'string' &&
      formula &&
      /^#[A-Z/0!?]+[!?A]?$/.test(raw) &&
      ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'].includes(raw)
    ) {
      return { error: (raw === '#ERROR!' ? '#NAME?' : raw) as ExcelJS.CellErrorValue['error'] };
    }
    return raw;
  };
  if (formula) {
    const result = value();
    return {
      formula: formulaToExcel(fromEngineFormula(formula)),
      ...(result !== null ? { result } : {}),
    } as ExcelJS.CellFormulaValue;
  }
  return value();
}

function validationToExcel(v: ValidationData): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: true,
    showErrorMessage: !v.allowInvalid,
    errorStyle: v.allowInvalid ? 'warning' : 'stop',
    ...(v.helpText ? { prompt: v.helpText, showInputMessage: true, error: v.helpText } : {}),
  };
  const num = (x: unknown): unknown => (isDate(x) ? x : Number(x));
  const dateOp: Record<string, ExcelJS.DataValidationOperator> = {
    DATE_AFTER: 'greaterThan',
    DATE_ON_OR_AFTER: 'greaterThanOrEqual',
    DATE_BEFORE: 'lessThan',
    DATE_ON_OR_BEFORE: 'lessThanOrEqual',
    DATE_BETWEEN: 'between',
    DATE_NOT_BETWEEN: 'notBetween',
    DATE_EQUAL_TO: 'equal',
  };
  const numOp: Record<string, ExcelJS.DataValidationOperator> = {
    NUMBER_GREATER_THAN: 'greaterThan',
    NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
    NUMBER_LESS_THAN: 'lessThan',
    NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
    NUMBER_BETWEEN: 'between',
    NUMBER_NOT_BETWEEN: 'notBetween',
    NUMBER_EQUAL_TO: 'equal',
    NUMBER_NOT_EQUAL_TO: 'notEqual',
  };
  switch (v.criteria) {
    case 'VALUE_IN_LIST': {
      const items = (Array.isArray(v.values[0]) ? v.values[0] : []).map((x) => String(x).replace(/"/g, '""'));
      return { type: 'list', formulae: ['"' + items.join(',') + '"'], ...common } as ExcelJS.DataValidation;
    }
    case 'VALUE_IN_RANGE': {
      const src = v.values[0] as { getA1Notation?: () => string; getSheet?: () => { getName(): string } } | string;
      const a1 =
        typeof src === 'string'
          ? src
          : src?.getA1Notation
            ? `'${src.getSheet!().getName().replace(/'/g, "''")}'!${src.getA1Notation()}`
            : '';
      return { type: 'list', formulae: [a1], ...common } as ExcelJS.DataValidation;
    }
    case 'CHECKBOX':
      return { type: 'list', formulae: ['"TRUE,FALSE"'], ...common } as ExcelJS.DataValidation;
    case 'DATE_IS_VALID_DATE':
      return {
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1899, 11, 31))],
        ...common,
      } as ExcelJS.DataValidation;
    case 'CUSTOM_FORMULA':
      return {
        type: 'custom',
        formulae: [formulaToExcel(String(v.values[0] ?? ''))],
        ...common,
      } as ExcelJS.DataValidation;
    default:
      if (dateOp[v.criteria]) {
        const dates = v.values.map((x) => (isDate(x) ? new Date(x.getTime()) : excelDateFromSerial(Number(x))));
        return { type: 'date', operator: dateOp[v.criteria], formulae: dates, ...common } as ExcelJS.DataValidation;
      }
      if (numOp[v.criteria])
        return {
          type: 'decimal',
          operator: numOp[v.criteria],
          formulae: v.values.map(num),
          ...common,
        } as ExcelJS.DataValidation;
      return undefined;
  }
}

function conditionalRuleToExcel(
  rule: ConditionalRuleData,
  priority: number,
): ExcelJS.ConditionalFormattingRule | undefined {
  const c = rule.condition;
  if (!c) return undefined;
  const style: Partial<ExcelJS.Style> = {};
  const bg = normalizeColor(rule.format.background);
  if (bg)
    style.fill = {
      type: 'pattern',
      pattern: 'solid',
      bgColor: { argb: hexToArgb(bg) },
      fgColor: { argb: hexToArgb(bg) },
    };
  const font: Partial<ExcelJS.Font> = {};
  const fc = normalizeColor(rule.format.fontColor);
  if (fc) font.color = { argb: hexToArgb(fc) };
  if (rule.format.bold) font.bold = true;
  if (rule.format.italic) font.italic = true;
  if (rule.format.strikethrough) font.strike = true;
  if (rule.format.underline) font.underline = true;
  if (Object.keys(font).length > 0) style.font = font;
  const quote = (s: unknown) => '"' + String(s).replace(/"/g, '""') + '"';
  const first = rule.ranges[0]!;
  const topLeft = rangeA1(first.row, first.column, 1, 1);
  const base = { priority, style };
  const numberOps: Record<string, string> = {
    NUMBER_EQUAL_TO: 'equal',
    NUMBER_NOT_EQUAL_TO: 'notEqual',
    NUMBER_GREATER_THAN: 'greaterThan',
    NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
    NUMBER_LESS_THAN: 'lessThan',
    NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
    NUMBER_BETWEEN: 'between',
    NUMBER_NOT_BETWEEN: 'notBetween',
  };
  const expr = (formula: string) =>
    ({ type: 'expression', formulae: [formula], ...base }) as ExcelJS.ConditionalFormattingRule;
  switch (c.type) {
    case 'CUSTOM_FORMULA':
      return expr(formulaToExcel(String(c.values[0] ?? 'FALSE')));
    case 'TEXT_EQUAL_TO':
      return {
        type: 'cellIs',
        operator: 'equal',
        formulae: [quote(c.values[0])],
        ...base,
      } as ExcelJS.ConditionalFormattingRule;
    case 'TEXT_NOT_EQUAL_TO':
      return {
        type: 'cellIs',
        operator: 'notEqual',
        formulae: [quote(c.values[0])],
        ...base,
      } as unknown as ExcelJS.ConditionalFormattingRule;
    case 'TEXT_CONTAINS':
      return expr(`NOT(ISERROR(SEARCH(${quote(c.values[0])},${topLeft})))`);
    case 'TEXT_DOES_NOT_CONTAIN':
      return expr(`ISERROR(SEARCH(${quote(c.values[0])},${topLeft}))`);
    case 'TEXT_STARTS_WITH':
      return expr(`LEFT(${topLeft},LEN(${quote(c.values[0])}))=${quote(c.values[0])}`);
    case 'TEXT_ENDS_WITH':
      return expr(`RIGHT(${topLeft},LEN(${quote(c.values[0])}))=${quote(c.values[0])}`);
    case 'CELL_EMPTY':
      return expr(`LEN(TRIM(${topLeft}))=0`);
    case 'CELL_NOT_EMPTY':
      return expr(`LEN(TRIM(${topLeft}))>0`);
    default:
      if (numberOps[c.type]) {
        return {
          type: 'cellIs',
          operator: numberOps[c.type],
          formulae: c.values.map((v) => String(isDate(v) ? serialFromExcelDate(v) : v)),
          ...base,
        } as ExcelJS.ConditionalFormattingRule;
      }
      return undefined;
  }
}

async function addCustomProperties(buffer: Buffer, props: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const entries = Object.entries(props)
    .map(
      ([k, v], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(k)}"><vt:lpwstr>${esc(v)}</vt:lpwstr></property>`,
    )
    .join('');
  zip.file(
    'docProps/custom.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${entries}</Properties>`,
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  if (!types.includes('/docProps/custom.xml')) {
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
      ),
    );
  }
  const rels = await zip.file('_rels/.rels')!.async('string');
  if (!rels.includes('docProps/custom.xml')) {
    zip.file(
      '_rels/.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdCustomProps" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
      ),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The workbook as .xlsx bytes. */
export async function xlsxBuffer(wb: Workbook): Promise<Buffer> {
  wb.syncClock();
  const book = new ExcelJS.Workbook();
  book.calcProperties.fullCalcOnLoad = true;
  for (const sheet of wb.sheets) {
    const ws = book.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      ...(sheet.tabColor ? { properties: { tabColor: { argb: hexToArgb(sheet.tabColor) } } } : {}),
      views:
        sheet.frozenRows > 0 || sheet.frozenColumns > 0
          ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
          : [],
    });
    const lastRow = Math.max(wb.lastRow(sheet), Math.min(sheet.rows.length, sheet.maxRows));
    const lastCol = wb.lastColumn(sheet);
    const styleCache = new Map<CellFormat, Map<string | undefined, Partial<ExcelJS.Style>>>();
    const validationRuns = new Map<ValidationData, GridRange[]>();
    for (let r = 0; r < lastRow; r++) {
      const rd = sheet.rows[r];
      const width = Math.max(lastCol, rd?.formats.length ?? 0, rd?.notes?.length ?? 0, rd?.validations?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const value = c < lastCol ? excelValue(wb, sheet, r, c) : null;
        const fmt = rd?.formats[c];
        const note = rd?.notes?.[c];
        const dv = rd?.validations?.[c];
        if (dv) {
          // grow vertical runs of the same rule in the same column
          const runs = validationRuns.get(dv) ?? [];
          const last = runs.find((g) => g.column === c + 1 && g.row + g.numRows === r + 1);
          if (last) last.numRows++;
          else runs.push({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 });
          validationRuns.set(dv, runs);
        }
        if (value === null && !fmt && !note) continue;
        const cell = ws.getCell(r + 1, c + 1);
        if (value !== null) cell.value = value;
        const numberFormat =
          typeof wb.rawValue(sheet, r, c) === 'number' ? wb.effectiveNumberFormat(sheet, r, c) : fmt?.numberFormat;
        if (fmt || numberFormat) {
          const key = fmt ?? ({} as CellFormat);
          let byFmt = styleCache.get(key);
          if (!byFmt) styleCache.set(key, (byFmt = new Map()));
          let style = byFmt.get(numberFormat);
          if (!style) byFmt.set(numberFormat, (style = styleFromFormat(key, numberFormat)));
          cell.style = style;
        }
        if (note) cell.note = note;
      }
    }
    for (const [dv, runs] of validationRuns) {
      const x = validationToExcel(dv);
      if (!x) continue;
      const dvs = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } })
        .dataValidations;
      for (const g of runs) dvs.add(rangeA1(g.row, g.column, g.numRows, g.numColumns), x);
    }
    let priority = 1;
    for (const rule of sheet.conditionalRules) {
      const x = conditionalRuleToExcel(rule, priority++);
      if (!x) continue;
      ws.addConditionalFormatting({
        ref: rule.ranges.map((g) => rangeA1(g.row, g.column, g.numRows, g.numColumns)).join(' '),
        rules: [x],
      });
    }
    // Columns Sheets shows at its default width get that width in the file too (Excel's default is narrower,
    // which would turn every dd/mm/yyyy date into ###).
    for (let col = 1; col <= Math.max(lastCol, ...sheet.columnWidths.keys()); col++) {
      const px = sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
      ws.getColumn(col).width = Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);
    }
    for (const m of sheet.merges) {
      try {
        ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
      } catch {
        // overlapping merges are skipped
      }
    }
  }
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return addCustomProperties(bytes, { timeZone: wb.timeZone, locale: wb.locale });
}

/** Saves the workbook as .xlsx at `path`. */
export async function saveXlsx(wb: Workbook, path: string): Promise<void> {
  await writeFile(path, await xlsxBuffer(wb));
}
