// Behaviours of Google's Spreadsheet, Lock and Utilities services that their reference leaves open or states
// briefly, pinned as they were observed on real Apps Script. Source of the observations: the test suite of
// brucemcpherson/gas-fakes (written to pass on Apps Script itself; file named at each test). The expected
// values below were worked out from Google's documented behaviour and those observations, not from the
// emulator's code.
import { setup } from './spreadsheet-helpers';
import { emulatorFor } from './runtime.helpers';

describe('Sheet.clear and notes', () => {
  // Sheet.clear(): "Clears the sheet of content and formatting information"
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()): notes are neither;
  // observed in gas-fakes test/testsheets.js ("clear() should NOT clear notes", nor data validations).
  test('clear() empties values and formats but keeps notes and validations; clearNotes() removes the notes', () => {
    const { app, sheet } = setup();
    const range = sheet.getRange('B2:C2');
    range.setValues([['một', 'hai']]);
    range.setBackground('#ff0000');
    range.setNotes([['ghi chú 1', 'ghi chú 2']]);
    range.setDataValidation(app.newDataValidation().requireNumberEqualTo(5).build());

    sheet.clear();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(range.getNotes()).toEqual([['ghi chú 1', 'ghi chú 2']]);
    expect(range.getDataValidation()?.getCriteriaType()).toBe('NUMBER_EQUAL_TO');

    sheet.clear({ contentsOnly: true });
    sheet.clear({ formatOnly: true });
    expect(range.getNotes()).toEqual([['ghi chú 1', 'ghi chú 2']]);

    sheet.clearNotes();
    expect(range.getNotes()).toEqual([['', '']]);
  });
});

describe('DataValidationBuilder.requireValueInList', () => {
  // The reference types the list as String[]; given other values, Apps Script keeps their text:
  // observed in gas-fakes test/testsheetsdatavalidations.js ([9, false, "z"] reads back as strings).
  test('values that are not strings read back as their text, with the drop-down flag defaulting to true', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList([9, false, 'z']).build();
    expect(rule.getCriteriaValues()).toEqual([['9', 'false', 'z'], true]);
    sheet.getRange('A1').setDataValidation(rule);
    expect(sheet.getRange('A1').getDataValidation()?.getCriteriaValues()).toEqual([['9', 'false', 'z'], true]);
  });
});

describe('colour names', () => {
  // Range.setBackground(color): "A color code in CSS notation (such as '#ffffff' or 'white')"
  // (https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)); read back
  // as lower-case hex whatever the case of the name: observed in gas-fakes test/testsheetssets.js.
  test('CSS colour names, in any case, read back as lower-case hex', () => {
    const { sheet } = setup();
    const a1 = sheet.getRange('A1');
    a1.setBackground('LIGHTCORAL');
    expect(a1.getBackground()).toBe('#f08080');
    const row = sheet.getRange('A2:E2');
    row.setBackgrounds([['cornflowerblue', 'DarkSlateGray', 'papayawhip', 'Tomato', 'Crimson']]);
    // cornflowerblue = rgb(100,149,237), darkslategray = rgb(47,79,79), papayawhip = rgb(255,239,213),
    // tomato = rgb(255,99,71), crimson = rgb(220,20,60) (CSS Color Module Level 4, named colours)
    expect(row.getBackgrounds()).toEqual([['#6495ed', '#2f4f4f', '#ffefd5', '#ff6347', '#dc143c']]);
    a1.setFontColor('MediumSeaGreen'); // rgb(60,179,113)
    expect(a1.getFontColor()).toBe('#3cb371');
  });
});

describe('Lock.tryLock with a negative timeout', () => {
  // tryLock(timeoutInMillis) "Attempts to acquire the lock, timing out after the provided number of
  // milliseconds" (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)); with a
  // negative timeout it returns false without the lock, and waitLock throws the timeout error: observed in
  // gas-fakes test/testlock.js.
  test('returns false and does not take the lock; waitLock(-100) fails with the timeout message', () => {
    const { emulator } = emulatorFor(`
function negative() { var lock = LockService.getScriptLock(); var got = lock.tryLock(-100); return [got, lock.hasLock()]; }
function waitNegative() { var lock = LockService.getScriptLock(); try { lock.waitLock(-100); return 'taken'; } catch (e) { return [e.message, lock.hasLock()]; } }
`);
    expect(emulator.run('negative')).toEqual([false, false]);
    expect(emulator.run('waitNegative')).toEqual([
      'Lock timeout: another process was holding the lock for too long.',
      false,
    ]);
  });
});

describe('R1C1 notation', () => {
  // getFormulaR1C1 returns references in the canonical form, a zero offset written as [0]: observed in
  // gas-fakes test/testsheets.js ("=R[1]C" set on B10 reads back "=R[1]C[0]").
  test('a zero offset reads back as [0]', () => {
    const { sheet } = setup();
    sheet.getRange('B10').setFormulaR1C1('=R[1]C');
    expect(sheet.getRange('B10').getFormula()).toBe('=B11');
    expect(sheet.getRange('B10').getFormulaR1C1()).toBe('=R[1]C[0]');
    sheet.getRange('D4').setFormula('=D3+E4');
    expect(sheet.getRange('D4').getFormulaR1C1()).toBe('=R[-1]C[0]+R[0]C[1]');
  });

  // Sheet.getRange(a1Notation) also takes R1C1 references (absolute, either corner first, any case):
  // observed in gas-fakes test/testsheets.js; "RC1" is not R1C1 and stays the A1 cell RC1.
  test('getRange accepts absolute R1C1 references', () => {
    const { sheet } = setup();
    expect(sheet.getRange('R5C3').getA1Notation()).toBe('C5');
    expect(sheet.getRange('R2C2:R4C5').getA1Notation()).toBe('B2:E4');
    expect(sheet.getRange('R10C5:R1C2').getA1Notation()).toBe('B1:E10');
    expect(sheet.getRange('r1c1:r2c2').getA1Notation()).toBe('A1:B2');
  });
});

describe('Range.getDataRegion', () => {
  // "Returns a copy of the range expanded in the four cardinal Directions to cover all adjacent cells with
  // data in them" (https://developers.google.com/apps-script/reference/spreadsheet/range#getDataRegion());
  // the cases below are those observed in gas-fakes test/testsheetssets.js.
  test('expands through cells with data next to the range, not diagonally', () => {
    const { app, sheet } = setup();
    sheet.getRange('B2:D4').setValue('x');
    sheet.getRange('F6:G7').setValue('y');
    const region = (a1: string, dim?: string) => sheet.getRange(a1).getDataRegion(dim).getA1Notation();
    expect(region('C3')).toBe('B2:D4');
    expect(region('B2:D4')).toBe('B2:D4');
    expect(region('A1')).toBe('A1');
    expect(region('B1')).toBe('B1:D4');
    expect(region('E3')).toBe('B2:E4');
    expect(region('F6')).toBe('F6:G7');
    expect(region('C3', app.Dimension.ROWS)).toBe('C2:C4');
    expect(region('F7', app.Dimension.ROWS)).toBe('F6:F7');
    expect(region('C3', app.Dimension.COLUMNS)).toBe('B3:D3');
    expect(region('F7', app.Dimension.COLUMNS)).toBe('F7:G7');
  });
});

describe('Utilities.newBlob of text', () => {
  // A blob made from a string has the content type text/plain: observed in gas-fakes test/testutilities.js.
  test('has content type text/plain; one made from bytes has none', () => {
    const { emulator } = emulatorFor(`
function types() { return [Utilities.newBlob('xin chào').getContentType(), Utilities.newBlob([1, 2]).getContentType(), Utilities.newBlob('a', 'text/csv').getContentType()]; }
`);
    expect(emulator.run('types')).toEqual(['text/plain', null, 'text/csv']);
  });
});

describe('toString of rules and builders', () => {
  // Apps Script objects print as their type: observed in gas-fakes test/testconditionalformat.js
  // (a built rule prints "ConditionalFormatRule", its condition "ConditionalFormatBooleanCondition").
  test('rules, conditions and builders print their type name', () => {
    const { app, sheet } = setup();
    const builder = app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(50)
      .setBackground('#FF0000')
      .setRanges([sheet.getRange('A1:B10')]);
    const rule = builder.build();
    expect(String(rule)).toBe('ConditionalFormatRule');
    expect(String(rule.getBooleanCondition())).toBe('ConditionalFormatBooleanCondition');
    expect(String(builder)).toBe('ConditionalFormatRuleBuilder');
    const validation = app.newDataValidation().requireNumberEqualTo(5);
    expect(String(validation)).toBe('DataValidationBuilder');
    expect(String(validation.build())).toBe('DataValidation');
  });
});
