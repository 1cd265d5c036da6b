// Writing the model as .xlsx (see xlsx-load.ts for what travels); the time zone and locale as custom document
// properties.
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { rangeA1 } from './a1';
import { normalizeColor } from './colors';
import { fromEngineFormula } from './engine';
import type { CellFormat, GridRange, ValidationData } from './model';
import { isDateTimeFormat } from './numberFormat';
import { DEFAULT_COLUMN_WIDTH, Workbook, type SheetModel } from './workbook';
import { conditionalRuleToExcel } from './xlsx-conditional';
import { validationToExcel } from './xlsx-validation';
import { excelDateFromSerial, formulaToExcel, hexToArgb } from './xlsx-conversions';

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
