// People acting between two service calls of an execution (tools/emulator/people.ts). Google's documentation:
// the document lock "prevents concurrent access to a section of code" by scripts only
// (https://developers.google.com/apps-script/reference/lock/lock), so a person can change the sheet while a
// script runs; a script's later call sees what the person did. Sorting (Data › Sort range; the Sheets API's
// SortRangeRequest "sorts data in rows based on a sort order per column",
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#sortrangerequest) moves whole
// rows, and a formula moves with its row, its references to its own row following it. Blank cells go last in
// either direction and numbers before text (Google is silent; LibreOffice Calc and Excel do so).
import { Emulator, People } from '../../tools/emulator';

const BUNDLE = `
function readThenWrite() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var values = sheet.getRange('A1:B4').getValues();
  sheet.getRange('D1').setValue(values[1][0]);
  sheet.getRange('D2').setValue(sheet.getRange('A2').getValue());
}
`;

function emulator(): Emulator {
  const emu = Emulator.create({ code: BUNDLE, today: '2020-05-15' });
  emu.workbook.writeValues(emu.workbook.requireSheet('Sheet1'), 0, 0, [
    ['Mã', 'Số'],
    ['B', 2],
    ['A', 1],
    ['C', ''],
  ]);
  return emu;
}

describe('People', () => {
  test('a row inserted after the k-th call: the script’s earlier read is stale, its later read is not', () => {
    const emu = emulator();
    const people = new People(emu).after(4, (person) => person.insertRowsAbove('Sheet1', 2));
    emu.run('readThenWrite');
    expect(people.pending).toBe(0);
    const v = emu.workbook.values('Sheet1');
    expect(v.map((r) => r[0])).toEqual(['Mã', '', 'B', 'A', 'C']);
    // D1 got what was read before the insertion (the 4th call), D2 what row 2 holds after it (blank).
    expect(v[0]?.[3]).toBe('B');
    expect(v[1]?.[3]).toBe('');
  });

  test('a predicate picks the call; the act happens once', () => {
    const emu = emulator();
    let seen = 0;
    new People(emu).after(
      (c) => c.className === 'Range' && c.method === 'getValues' && c.sheet === 'Sheet1',
      (person) => {
        seen += 1;
        person.type('Sheet1', 'A2', 'Z');
      },
    );
    emu.run('readThenWrite');
    emu.run('readThenWrite');
    expect(seen).toBe(1);
    expect(emu.workbook.values('Sheet1')[1]?.[0]).toBe('Z');
  });

  test('sorting rows moves whole rows with their formulas; blanks last, numbers before text', () => {
    const emu = emulator();
    const sheet = emu.workbook.requireSheet('Sheet1');
    emu.workbook.writeValues(sheet, 1, 2, [['=B2*10'], ['=B3*10'], ['=B4*10']]);
    emu.workbook.writeValues(sheet, 4, 0, [[7, 3]]);
    new People(emu).after(1, (person) => person.sortRows('Sheet1', 2, 5, { column: 2 }));
    emu.run('readThenWrite');
    const v = emu.workbook.values('Sheet1');
    expect(v.slice(1, 5).map((r) => [r[0], r[1]])).toEqual([
      ['A', 1],
      ['B', 2],
      [7, 3],
      ['C', ''],
    ]);
    expect(
      emu.workbook
        .formulas('Sheet1')
        .slice(1, 3)
        .map((r) => r[2]),
    ).toEqual(['=B2*10', '=B3*10']);
    expect(v[1]?.[2]).toBe(10);
    expect(v[2]?.[2]).toBe(20);
  });

  test('stop() cancels what is still scheduled', () => {
    const emu = emulator();
    const people = new People(emu).after(50, (person) => person.deleteRows('Sheet1', 2));
    people.stop();
    emu.run('readThenWrite');
    expect(emu.workbook.values('Sheet1')[1]?.[0]).toBe('B');
  });
});
