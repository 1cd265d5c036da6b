import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createSpreadsheetApp, loadXlsx, saveXlsx, xlsxBuffer } from '../../tools/emulator/spreadsheet';
import { fakeEnv, setup } from './spreadsheet-helpers';

const RED = '#f4c7c3';
const GREEN = '#b7e1cd';

function buildWorkbook() {
  const ctx = setup({ sheetNames: ['Đơn vị', 'Tiến độ'], timeZone: 'Asia/Bangkok', now: '2020-07-01T03:00:00Z' });
  const { app, ss } = ctx;
  const units = ss.getSheetByName('Đơn vị')!;
  units.getRange('A1:C3').setValues([
    ['Mã đơn vị', 'Ngày đại hội dự kiến', 'Số đảng viên'],
    ['DV01', '30/6/2020', '1.103'],
    ['DV02', '15/07/2020', '5,62'],
  ]);
  units.getRange('A1:C1').setFontWeight('bold').setBackground('#d9ead3').setFontColor('#1155cc');
  units.getRange('C2:C3').setNumberFormat('#,##0.00');
  units.getRange('A2').setNote('Đảng bộ cơ sở');
  units.setFrozenRows(1);
  units.setColumnWidth(2, 180);
  units.getRange('B2:B3').setHorizontalAlignment('center').setWrap(true);

  const prog = ss.getSheetByName('Tiến độ')!;
  prog.getRange('A1:D1').setValues([['Mã đơn vị', 'Hạn', 'Trạng thái', 'Tình trạng']]);
  prog.getRange('A2:A3').setValues([['DV01'], ['DV02']]);
  prog.getRange('B2:B3').setFormulas([["='Đơn vị'!B2"], ["='Đơn vị'!B3"]]);
  prog.getRange('C2').setValue('Hoàn thành');
  prog
    .getRange('D2:D3')
    .setFormulas([
      ['=IF(C2="Hoàn thành","Hoàn thành đúng hạn",IF(B2<TODAY(),"Quá hạn","Trong hạn"))'],
      ['=IF(C3="Hoàn thành","Hoàn thành đúng hạn",IF(B3<TODAY(),"Quá hạn","Trong hạn"))'],
    ]);
  prog
    .getRange('C2:C3')
    .setDataValidation(
      app.newDataValidation().requireValueInList(['Hoàn thành', 'Đang thực hiện'], true).setAllowInvalid(false).build(),
    );
  prog.getRange('B2:B3').setDataValidation(app.newDataValidation().requireDate().build());
  prog
    .getRange('E2:E3')
    .setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build());
  const ranges = [prog.getRange('B2:B3'), prog.getRange('D2:D3')];
  prog.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$D2="Hoàn thành đúng hạn"')
      .setBackground(GREEN)
      .setRanges(ranges)
      .build(),
    app.newConditionalFormatRule().whenFormulaSatisfied('=$D2="Quá hạn"').setBackground(RED).setRanges(ranges).build(),
  ]);
  prog.setFrozenRows(1);
  return ctx;
}

describe('xlsx round-trip', () => {
  test('values, formulas, formats, notes, validation, conditional formats, layout and time zone survive', async () => {
    const { wb } = buildWorkbook();
    const before = {
      values: wb.values('Tiến độ'),
      display: wb.displayValues('Đơn vị'),
      bg: wb.effectiveBackgrounds('Tiến độ'),
    };
    expect(before.bg).toEqual([
      [null, null, null, null],
      [null, GREEN, null, GREEN],
      [null, null, null, null],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const file = join(dir, 'out.xlsx');
    await saveXlsx(wb, file);

    const env = fakeEnv('2020-07-20T03:00:00Z');
    const back = await loadXlsx(file, env);
    expect(back.timeZone).toBe('Asia/Bangkok');
    expect(back.sheetNames()).toEqual(['Đơn vị', 'Tiến độ']);
    expect(back.displayValues('Đơn vị')).toEqual(before.display);
    expect(back.formulas('Tiến độ')[1]![1]).toBe("='Đơn vị'!B2");
    expect(back.notes('Đơn vị')[1]![0]).toBe('Đảng bộ cơ sở');
    expect(back.backgrounds('Đơn vị')[0]).toEqual(['#d9ead3', '#d9ead3', '#d9ead3']);
    const info = back.sheet('Đơn vị');
    expect(info.frozenRows).toBe(1);
    expect(info.columnWidths[2]).toBe(180);
    expect(back.sheet('Tiến độ').conditionalRules.map((r) => r.condition)).toEqual([
      { type: 'CUSTOM_FORMULA', values: ['=$D2="Hoàn thành đúng hạn"'] },
      { type: 'CUSTOM_FORMULA', values: ['=$D2="Quá hạn"'] },
    ]);
    // dates come back as dates (midnight in the file's time zone), and TODAY follows the new clock
    const v = back.values('Tiến độ');
    expect((v[1]![1] as Date).toISOString()).toBe('2020-06-29T17:00:00.000Z');
    expect(v[2]![3]).toBe('Quá hạn');
    expect(back.effectiveBackgrounds('Tiến độ')[2]).toEqual([null, RED, null, RED]);

    const list = back.dataValidation('Tiến độ', 'C3')!;
    expect(list).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      values: [['Hoàn thành', 'Đang thực hiện'], true],
      allowInvalid: false,
    });
    expect(back.dataValidation('Tiến độ', 'B2')).toMatchObject({ criteria: 'DATE_IS_VALID_DATE', allowInvalid: true });
    expect(back.dataValidation('Tiến độ', 'E3')).toMatchObject({
      criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      values: [0],
      allowInvalid: false,
    });
    expect(back.typeInto('Tiến độ', 'C3', 'Xong').ok).toBe(false);

    // the API works on a loaded workbook
    const app = createSpreadsheetApp(back, { env, getUi: () => ({}) });
    expect(app.getActive().getSheetByName('Đơn vị')!.getRange('C2').getValue()).toBe(1103);
  });

  test('the saved file carries cached results, solid fills, dxf fills and the time zone property', async () => {
    const { wb } = buildWorkbook();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBuffer(wb)) as unknown as ArrayBuffer);
    const prog = book.getWorksheet('Tiến độ')!;
    const d2 = prog.getCell('D2').value as ExcelJS.CellFormulaValue;
    expect(d2.formula).toBe('IF(C2="Hoàn thành","Hoàn thành đúng hạn",IF(B2<TODAY(),"Quá hạn","Trong hạn"))');
    expect(d2.result).toBe('Hoàn thành đúng hạn');
    const units = book.getWorksheet('Đơn vị')!;
    expect((units.getCell('A1').fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFD9EAD3' });
    expect(units.getCell('A1').font.bold).toBe(true);
    expect(units.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    const cf = (
      prog as unknown as {
        conditionalFormattings: { ref: string; rules: { style: { fill: ExcelJS.FillPattern } }[] }[];
      }
    ).conditionalFormattings;
    expect(cf[0]!.ref).toBe('B2:B3 D2:D3');
    expect(cf[0]!.rules[0]!.style.fill.bgColor).toEqual({ argb: 'FFB7E1CD' });
  });

  test('default time zone is Asia/Ho_Chi_Minh; an unreadable file throws one line', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('A').getCell('A1').value = new Date(Date.UTC(2020, 5, 30));
    book.getWorksheet('A')!.getCell('A1').numFmt = 'dd/mm/yyyy';
    const buf = Buffer.from(await book.xlsx.writeBuffer());
    const wb = await loadXlsx(buf, fakeEnv());
    expect(wb.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(wb.displayValues('A')).toEqual([['30/06/2020']]);
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a zip');
    await expect(loadXlsx(bad, fakeEnv())).rejects.toThrow(/^Cannot read .*bad\.xlsx as an \.xlsx workbook: [^\n]*$/);
    await expect(loadXlsx(join(dir, 'missing.xlsx'), fakeEnv())).rejects.toThrow(/^Cannot read .*missing\.xlsx: /);
  });
});
