// .xlsx load with ExcelJS (xlsx-save.ts writes the same back): values, formulas (with cached results), number
// formats, fills, fonts, alignment, notes, conditional formats (formula/comparison rules with a dxf fill), data
// validation, frozen panes, column widths, tab colours and sheet order. The spreadsheet time zone and locale are
// not part of xlsx: they travel as custom document properties 'timeZone' and 'locale'.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { RawCellContent } from 'hyperformula';
import JSZip from 'jszip';
import type { EmulatorEnv } from '../env';
import { parseA1 } from './a1';
import { dateContent, toEngineFormula } from './engine';
import type { CellFormat } from './model';
import { isDateTimeFormat } from './numberFormat';
import { isValidTimeZone, isDate } from './time';
import { DEFAULT_COLUMNS, DEFAULT_COLUMN_WIDTH, DEFAULT_ROWS, Workbook, type SheetModel } from './workbook';
import { conditionalRulesFromExcel } from './xlsx-conditional';
import { validationFromExcel } from './xlsx-validation';
import { argbToHex, formulaFromExcel, serialFromExcelDate } from './xlsx-conversions';

export const DEFAULT_XLSX_TIME_ZONE = 'Asia/Ho_Chi_Minh';

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
