// How formulas compare text and how precisely values are kept — where HyperFormula's defaults are kinder than
// Google Sheets. Sources:
// - Google's EQ/NE/LT/GT help (https://support.google.com/docs/answer/3093593): `=` is EQ; EXACT
//   (https://support.google.com/docs/answer/3093608) is the case-sensitive test, so `=` ignores case.
// - Google is silent on diacritics, Unicode normalisation and text that looks like a date; LibreOffice Calc 7.4
//   (an independent engine, checked with tools/libreoffice/recalc.py; the second-engine suite re-checks it on
//   every run) answers FALSE to `"Hoan thanh"="Hoàn thành"`, to NFD = NFC "Hoàn thành" and to
//   `"15/05/2020"=DATE(2020,5,15)`, TRUE to `"HOÀN THÀNH"="hoàn thành"`; docs/workbook.md §4 states the same of Sheets.
// - Google's TRIM help (https://support.google.com/docs/answer/3094140): "Removes leading, trailing, and
//   repeated spaces in text" — spaces only: a no-break space stays (LibreOffice agrees).
// - Values at full double precision: the Sheets API's CellData/ExtendedValue `numberValue` is a double, and
//   Apps Script's getValue returns it (gas-fakes' suite, written to pass on Apps Script, reads back
//   0.05499632237479091 and 1/3 exactly).
import { loadXlsx, xlsxBuffer } from '../../tools/emulator/spreadsheet';
import { fakeEnv, setup } from './spreadsheet-helpers';

const NFC = 'Hoàn thành';
const NFD = NFC.normalize('NFD');
const RED = '#f4c7c3';

function evaluate(formulas: string[]): unknown[] {
  const { sheet } = setup();
  sheet.getRange(1, 1, formulas.length, 1).setFormulas(formulas.map((f) => [f]));
  return sheet
    .getRange(1, 1, formulas.length, 1)
    .getValues()
    .map((r) => r[0]);
}

describe('text comparison in formulas', () => {
  test('ignores case, including Vietnamese letters', () => {
    expect(evaluate(['="HOÀN THÀNH"="hoàn thành"', '="đ"="Đ"', '="Done"="done"', '="Done"<>"DONE"'])).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  test('does not ignore diacritics', () => {
    expect(
      evaluate(['="Hoan thanh"="Hoàn thành"', '="Hoàn thanh"="Hoàn thành"', '="Hoan thanh"<>"Hoàn thành"']),
    ).toEqual([false, false, true]);
  });

  test('decomposed (NFD) text is not the composed (NFC) text', () => {
    expect(NFD).not.toBe(NFC);
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[NFD, NFC]]);
    sheet.getRange('C1:E1').setFormulas([['=A1=B1', '=A1<>B1', '=TRIM(A1)="Hoàn thành"']]);
    expect(sheet.getRange('C1:E1').getValues()).toEqual([[false, true, false]]);
  });

  test('text that looks like a date is text: never equal to the date, and after every number', () => {
    const { sheet } = setup({ locale: 'vi_VN' });
    sheet.getRange('A1:A2').setNumberFormat('@');
    sheet.getRange('A1:A2').setValues([['15/05/2020'], ['2020-05-15']]);
    sheet.getRange('B1').setFormula('=DATE(2020,5,15)');
    sheet
      .getRange('C1:C5')
      .setFormulas([['=A1=B1'], ['=A2=B1'], ['="15/05/2020"=DATE(2020,5,15)'], ['=A1<B1'], ['=A1>B1']]);
    expect(
      sheet
        .getRange('C1:C5')
        .getValues()
        .map((r) => r[0]),
    ).toEqual([false, false, false, false, true]);
  });

  test('TRIM removes spaces only, not a no-break space', () => {
    expect(evaluate(['=TRIM("  Hoàn   thành ")="Hoàn thành"', '=TRIM("Hoàn thành\u00a0")="Hoàn thành"'])).toEqual([
      true,
      false,
    ]);
  });

  test('COUNTIF criteria ignore case but not diacritics', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['Hoàn thành'], ['HOÀN THÀNH'], ['Hoan thanh'], [NFD]]);
    sheet.getRange('B1').setFormula('=COUNTIF(A1:A4,"hoàn thành")');
    expect(sheet.getRange('B1').getValue()).toBe(2);
  });
});

describe('text comparison in conditional formatting', () => {
  test('a custom formula rule paints only the statuses Sheets recognises', () => {
    const { app, sheet, wb } = setup({ sheetNames: ['Tiến độ'] });
    sheet.getRange('A1:A5').setValues([['Hoàn thành'], ['HOÀN THÀNH'], ['Hoan thanh'], [NFD], ['Hoàn thành\u00a0']]);
    const range = sheet.getRange('A1:A5');
    // a simple rule and one the formula engine evaluates must agree
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$A1="Hoàn thành"')
        .setBackground(RED)
        .setRanges([range])
        .build(),
    ]);
    const simple = wb.effectiveBackgrounds('Tiến độ', 'A1:A5');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND(TRIM($A1)="Hoàn thành",ISTEXT($A1))')
        .setBackground(RED)
        .setRanges([range])
        .build(),
    ]);
    const viaEngine = wb.effectiveBackgrounds('Tiến độ', 'A1:A5');
    const expected = [[RED], [RED], [null], [null], [null]];
    expect(simple).toEqual(expected);
    expect(viaEngine).toEqual(expected);
  });

  test('"text is exactly" ignores case, not diacritics or normalisation', () => {
    const { app, sheet, wb } = setup();
    sheet.getRange('A1:A4').setValues([['hoàn thành'], ['Hoan thanh'], [NFD], ['Hoàn thành']]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('Hoàn thành')
        .setBackground(RED)
        .setRanges([sheet.getRange('A1:A4')])
        .build(),
    ]);
    expect(wb.effectiveBackgrounds('Sheet1', 'A1:A4')).toEqual([[RED], [null], [null], [RED]]);
  });
});

describe('full double precision', () => {
  const DOUBLES = [0.05499632237479091, 1 / 3, 2 / 3, 0.1 + 0.2, 123456.7890123457, 1e-15, 9007199254740992];

  test('values written are read back exactly', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, DOUBLES.length, 1).setValues(DOUBLES.map((v) => [v]));
    expect(
      sheet
        .getRange(1, 1, DOUBLES.length, 1)
        .getValues()
        .map((r) => r[0]),
    ).toEqual(DOUBLES);
    expect(sheet.getRange('A1').getValue()).toBe(0.05499632237479091);
  });

  test('formula results are not rounded', () => {
    expect(evaluate(['=1/3', '=2/3', '=0.1+0.2'])).toEqual([1 / 3, 2 / 3, 0.1 + 0.2]);
    expect(evaluate(['=1/3'])[0]).not.toBe(0.33333333333);
  });

  test('an .xlsx round trip keeps every digit', async () => {
    const { sheet, wb } = setup();
    sheet.getRange(1, 1, DOUBLES.length, 1).setValues(DOUBLES.map((v) => [v]));
    const back = await loadXlsx(await xlsxBuffer(wb), fakeEnv());
    expect(
      back
        .values(back.sheetNames()[0]!)
        .slice(0, DOUBLES.length)
        .map((r) => r[0]),
    ).toEqual(DOUBLES);
  });
});
