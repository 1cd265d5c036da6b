// The runtime over the real Workbook model: typing honours data validation before any trigger fires, and
// edit events carry Google's value strings (numbers as typed, dates as serial numbers in the spreadsheet's zone).
import { Emulator } from '../../tools/emulator';

const BUNDLE = `
function setup() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1:C1').setValues([['Trạng thái', 'Ngày hoàn thành', 'Kết quả']]);
  var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành'], true).setAllowInvalid(false).build();
  sheet.getRange('A2:A10').setDataValidation(rule);
}
function onEdit(e) {
  var p = PropertiesService.getDocumentProperties();
  var log = JSON.parse(p.getProperty('edits') || '[]');
  var v = e.range.getValue();
  log.push([e.range.getA1Notation(), e.value === undefined ? null : e.value, e.oldValue === undefined ? null : e.oldValue, v instanceof Date ? 'date' : typeof v]);
  p.setProperty('edits', JSON.stringify(log));
}
`;

function edits(emulator: Emulator): unknown[] {
  return JSON.parse(emulator.properties.document.data.get('edits') ?? '[]') as unknown[];
}

describe('edits on the Workbook model', () => {
  test('a value outside the dropdown is rejected: the cell keeps its value and no trigger fires', () => {
    const emulator = Emulator.create({ code: BUNDLE, today: '2020-05-15' });
    emulator.run('setup');
    expect(emulator.edit('Sheet1', 'A2', 'Đang thực hiện').rejected).toBeUndefined();
    const result = emulator.edit('Sheet1', 'A2', 'Xong rồi');
    expect(result.fired).toEqual([]);
    expect(result.rejected).toEqual(expect.any(String));
    expect(emulator.workbook.values('Sheet1')[1]?.[0]).toBe('Đang thực hiện');
    expect(edits(emulator)).toEqual([['A2', 'Đang thực hiện', null, 'string']]);
  });

  test('event values: strings as typed, numbers as numbers, dates as serial numbers; oldValue only when there was one', () => {
    const emulator = Emulator.create({ code: BUNDLE, today: '2020-05-15' });
    emulator.run('setup');
    emulator.edit('Sheet1', 'B2', '30/06/2020');
    emulator.edit('Sheet1', 'C2', '12');
    emulator.edit('Sheet1', 'C2', '15');
    expect(edits(emulator)).toEqual([
      ['B2', '44012', null, 'date'],
      ['C2', '12', null, 'number'],
      ['C2', '15', '12', 'number'],
    ]);
  });
});

describe('documents saved as .xlsx', () => {
  test('document properties travel with the file; script and user properties do not', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const code = `function save() { PropertiesService.getDocumentProperties().setProperties({ lang: 'en', note: 'a "quoted" <tag> & more' }); PropertiesService.getScriptProperties().setProperty('s', '1'); }
      function read() { return [PropertiesService.getDocumentProperties().getProperties(), PropertiesService.getScriptProperties().getKeys()]; }`;
    const first = Emulator.create({ code, today: '2020-05-15' });
    first.run('save');
    const path = join(mkdtempSync(join(tmpdir(), 'emu-xlsx-')), 'doc.xlsx');
    await first.saveXlsx(path);
    const second = await Emulator.fromXlsx(path, { code, today: '2020-05-16' });
    expect(second.run('read')).toEqual([{ lang: 'en', note: 'a "quoted" <tag> & more' }, []]);
    expect(second.workbook.sheetNames()).toEqual(['Sheet1']);
  });
});
