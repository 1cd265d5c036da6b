// TextFinder, as Google documents it (https://developers.google.com/apps-script/reference/spreadsheet/text-finder,
// .../sheet#createTextFinder(String), .../range#createTextFinder(String)): "Find or replace text within a
// range, sheet or spreadsheet"; matching is partial and case-insensitive by default; "cells that contain
// formulas are considered based on their displayed value" unless matchFormulaText; findAll "Returns all
// cells matching the search criteria" (Range[]), findNext "the next matching cell, or null if no more
// matches", getCurrentMatch "the current matching cell", replaceAllWith "the number of occurrences replaced".
import { Emulator } from '../../tools/emulator';
import { setup } from './spreadsheet-helpers';

function table() {
  const ctx = setup({ locale: 'vi_VN' });
  ctx.sheet.getRange('A1:C5').setValues([
    ['Mã đơn vị', 'Mốc', 'Trạng thái'],
    ['CB01', 'M01', 'Hoàn thành'],
    ['CB011', 'M02', 'hoàn thành một phần'],
    ['cb01', 'M03', 'Chưa thực hiện'],
    ['CB02', 'M01', 1234.5],
  ]);
  return ctx;
}

const a1s = (ranges: { getA1Notation(): string }[]) => ranges.map((r) => r.getA1Notation());

describe('TextFinder (Sheet.createTextFinder / Range.createTextFinder)', () => {
  test('default: partial and case-insensitive, cells row by row, one cell per Range', () => {
    const { sheet } = table();
    expect(a1s(sheet.createTextFinder('cb01').findAll())).toEqual(['A2', 'A3', 'A4']);
    expect(
      sheet
        .createTextFinder('cb01')
        .findAll()
        .every((r) => r.getNumRows() === 1 && r.getNumColumns() === 1),
    ).toBe(true);
  });

  test('matchEntireCell(true) matches the whole content only', () => {
    const { sheet } = table();
    expect(a1s(sheet.createTextFinder('CB01').matchEntireCell(true).findAll())).toEqual(['A2', 'A4']);
  });

  test('matchCase(true) matches the case exactly', () => {
    const { sheet } = table();
    expect(a1s(sheet.createTextFinder('CB01').matchEntireCell(true).matchCase(true).findAll())).toEqual(['A2']);
    expect(a1s(sheet.createTextFinder('Hoàn thành').matchCase(true).findAll())).toEqual(['C2']);
  });

  test('diacritics are matched unless ignoreDiacritics(true)', () => {
    const { sheet } = table();
    expect(sheet.createTextFinder('hoan thanh').findAll()).toEqual([]);
    expect(a1s(sheet.createTextFinder('hoan thanh').ignoreDiacritics(true).findAll())).toEqual(['C2', 'C3']);
  });

  test('useRegularExpression(true) reads the text as a regular expression', () => {
    const { sheet } = table();
    expect(a1s(sheet.createTextFinder('^CB0[12]$').useRegularExpression(true).findAll())).toEqual(['A2', 'A4', 'A5']);
    expect(sheet.createTextFinder('^CB0[12]$').findAll()).toEqual([]);
  });

  test('numbers and formulas are searched by their displayed value; formula text with matchFormulaText', () => {
    const { sheet } = table();
    sheet.getRange('C5').setNumberFormat('#,##0.00');
    sheet.getRange('D2').setFormula('=B2&"-x"');
    expect(sheet.getRange('C5').getDisplayValue()).toBe('1.234,50');
    expect(a1s(sheet.createTextFinder('1.234,5').findAll())).toEqual(['C5']);
    expect(sheet.createTextFinder('1234.5').findAll()).toEqual([]);
    expect(a1s(sheet.createTextFinder('M01-x').findAll())).toEqual(['D2']);
    expect(sheet.createTextFinder('B2&').findAll()).toEqual([]);
    expect(a1s(sheet.createTextFinder('B2&').matchFormulaText(true).findAll())).toEqual(['D2']);
  });

  test('Range.createTextFinder searches only that range', () => {
    const { sheet } = table();
    expect(a1s(sheet.getRange('B1:B5').createTextFinder('M01').matchEntireCell(true).findAll())).toEqual(['B2', 'B5']);
    expect(
      sheet
        .getRange('A3:C5')
        .createTextFinder('cb01')
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A3', 'A4']);
  });

  test('findNext walks the matches then gives null; getCurrentMatch is the last one found (null before)', () => {
    const { sheet } = table();
    const finder = sheet.createTextFinder('M01').matchEntireCell(true);
    expect(finder.getCurrentMatch()).toBeNull();
    expect(finder.findNext()?.getA1Notation()).toBe('B2');
    expect(finder.getCurrentMatch()?.getA1Notation()).toBe('B2');
    expect(finder.findNext()?.getA1Notation()).toBe('B5');
    expect(finder.findNext()).toBeNull();
    expect(finder.findPrevious()?.getA1Notation()).toBe('B2');
  });

  test('replaceAllWith replaces the text in every match and returns how many', () => {
    const { sheet } = table();
    expect(sheet.createTextFinder('M01').replaceAllWith('M10')).toBe(2);
    expect(
      sheet
        .getRange('B1:B5')
        .getValues()
        .map((r) => r[0]),
    ).toEqual(['Mốc', 'M10', 'M02', 'M03', 'M10']);
  });

  test('replacing under ignoreDiacritics keeps the diacritics of the text around the match', () => {
    const { sheet } = table();
    expect(sheet.getRange('C2:C5').createTextFinder('hoan thanh').ignoreDiacritics(true).replaceAllWith('Xong')).toBe(
      2,
    );
    expect(sheet.getRange('C2:C3').getValues()).toEqual([['Xong'], ['Xong một phần']]);
  });

  test('a search for empty text is refused; options take booleans', () => {
    const { sheet } = table();
    expect(() => sheet.createTextFinder('')).toThrow();
    expect(() => sheet.createTextFinder('x').matchCase('yes' as unknown as boolean)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.TextFinder.matchCase.",
    );
  });
});

describe('TextFinder accounting in the runtime', () => {
  // The options only configure the search ("If true, configures the search to match the entire contents of a
  // cell", matchEntireCell; likewise matchCase, useRegularExpression…) and hand back the same TextFinder, as a
  // builder does; the search runs in findAll ("Returns all cells matching the search criteria", Range[]), one
  // call that returns cell ranges, not their values.
  test('creating the finder and each find are counted calls; its options are recorded but not counted', () => {
    const code = `
      function seed() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1:A3').setValues([['CB01'], ['CB02'], [' cb01 ']]); }
      function find() {
        var found = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]
          .createTextFinder('^\\\\s*CB01\\\\s*$').useRegularExpression(true).matchEntireCell(true).matchCase(false).findAll();
        return found.map(function (r) { return r.getRow(); });
      }`;
    const emu = Emulator.create({ code, today: '2020-05-15' });
    emu.run('seed');
    emu.resetCalls();
    expect(emu.run('find')).toEqual([1, 3]);
    const { byMethod } = emu.calls;
    expect(byMethod['Sheet.createTextFinder']).toBe(1);
    expect(byMethod['TextFinder.useRegularExpression']).toBe(1);
    expect(byMethod['TextFinder.matchEntireCell']).toBe(1);
    expect(byMethod['TextFinder.matchCase']).toBe(1);
    expect(byMethod['TextFinder.findAll']).toBe(1);
    expect(byMethod['Range.getRow']).toBe(2);
    // SpreadsheetApp.getActiveSpreadsheet, Spreadsheet.getSheets, createTextFinder, findAll, two getRow
    expect(emu.calls.total).toBe(6);
  });
});
