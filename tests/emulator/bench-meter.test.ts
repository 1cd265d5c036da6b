// The benchmark's cell accounting: cells read are the content a call returns; a TextFinder search returns
// ranges (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findAll(): "Range[] — all
// matching cells"), not the sheet's values, so it reads none.
import { Emulator } from '../../tools/emulator';
import { Meter } from '../../tools/bench/meter';

const code = `
  function seed() {
    var rows = [];
    for (var i = 1; i <= 200; i++) rows.push(['CB' + (i % 20), 'M' + i, 'x']);
    SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1, 200, 3).setValues(rows);
  }
  function findUnit() {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    var found = sheet.createTextFinder('CB7').matchEntireCell(true).findAll();
    return sheet.getRange(found[0].getRow(), 1, 1, 3).getValues()[0].length + found.length;
  }
  function readAll() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getDataRange().getValues().length; }
  function readBlock() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getSheetValues(5, 2, 4, 2).length; }
  function rename() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].createTextFinder('CB7').matchEntireCell(true).replaceAllWith('CB70'); }
`;

describe('bench meter', () => {
  test('a TextFinder search reads no cells; the one row read after it does', () => {
    const emu = Emulator.create({ code, today: '2020-05-15' });
    emu.load();
    emu.run('seed');
    const find = Meter.measure(emu, () => emu.run('findUnit'));
    // 10 of the 200 rows hold CB7 (i = 7, 27, …, 187); then one row of 3 cells is read
    expect(find.result).toBe(13);
    expect(find.cellsRead).toBe(3);
    expect(Meter.measure(emu, () => emu.run('readAll')).cellsRead).toBe(600);
  });

  test('replaceAllWith counts the cells it reports as written', () => {
    const emu = Emulator.create({ code, today: '2020-05-15' });
    emu.load();
    emu.run('seed');
    const m = Meter.measure(emu, () => emu.run('rename'));
    expect(m.result).toBe(10);
    expect(m.cellsWritten).toBe(10);
    expect(m.cellsRead).toBe(0);
  });

  test('Sheet.getSheetValues reads the cells of its grid, in one call', () => {
    const emu = Emulator.create({ code, today: '2020-05-15' });
    emu.load();
    emu.run('seed');
    const m = Meter.measure(emu, () => emu.run('readBlock'));
    expect(m.result).toBe(4);
    expect(m.cellsRead).toBe(8);
    expect(m.calls).toBe(3); // the spreadsheet, its sheets, the read
  });
});
