import vm from 'node:vm';
import { setup } from './spreadsheet-helpers';

describe('setValues / getValues semantics', () => {
  test('dimension mismatch throws Google wording (rows, then columns)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('bad A1 and out-of-grid coordinates', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2:C3')).toThrow('Range not found');
    expect(() => sheet.getRange('Nope!A1')).toThrow('Range not found');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  test("strings are parsed like typed input; '@' format and apostrophe keep text", () => {
    const { sheet } = setup({ locale: 'vi_VN' });
    sheet.getRange('A1:F1').setValues([['=1+2', '1.103', '5,62', "'0123", 'TRUE', '99,8%']]);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([[3, 1103, 5.62, '0123', true, 0.998]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=1+2');
    expect(sheet.getRange('D1').getFormula()).toBe('');
    sheet.getRange('G1:H1').setNumberFormat('@');
    sheet.getRange('G1:H1').setValues([['=1+2', '0123']]);
    expect(sheet.getRange('G1:H1').getValues()).toEqual([['=1+2', '0123']]);
    expect(sheet.getRange('G1').getFormula()).toBe('');
  });

  test('en_US separators differ from vi_VN', () => {
    const { sheet } = setup({ locale: 'en_US' });
    sheet.getRange('A1:C1').setValues([['1,103.5', '5,62', '1.5']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1103.5, '5,62', 1.5]]);
  });

  test('a formula that does not parse gives #ERROR!', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=SUM(');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    sheet.getRange('A2').setFormula('=1/0');
    expect(sheet.getRange('A2').getValue()).toBe('#DIV/0!');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('#DIV/0!');
  });
});

describe('dates', () => {
  test('vi_VN typed dates: d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd; impossible dates stay text', () => {
    const { sheet } = setup({ locale: 'vi_VN' });
    sheet.getRange('A1:D1').setValues([['30/6/2020', '01-07-2020', '2020-07-02', '31/02/2020']]);
    const v = sheet.getRange('A1:D1').getValues()[0]!;
    // midnight in Asia/Ho_Chi_Minh (UTC+7) is 17:00 UTC the day before
    expect((v[0] as Date).toISOString()).toBe('2020-06-29T17:00:00.000Z');
    expect((v[1] as Date).toISOString()).toBe('2020-06-30T17:00:00.000Z');
    expect((v[2] as Date).toISOString()).toBe('2020-07-01T17:00:00.000Z');
    expect(v[3]).toBe('31/02/2020');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('30/06/2020');
    expect(sheet.getRange('C1').getDisplayValue()).toBe('2020-07-02');
    sheet.getRange('E1').setFormula('=A1-DATE(2020,1,1)');
    expect(sheet.getRange('E1').getValue()).toBe(181);
  });

  test('en_US typed dates are month first', () => {
    const { sheet } = setup({ locale: 'en_US' });
    sheet.getRange('A1').setValue('6/30/2020');
    sheet.getRange('B1').setValue('30/6/2020');
    sheet.getRange('C1').setFormula('=A1');
    expect(sheet.getRange('C1').getDisplayValue()).toBe('6/30/2020');
    expect(sheet.getRange('B1').getValue()).toBe('30/6/2020');
  });

  test('a Date written and read back is the same calendar day in a non-UTC zone', () => {
    const { sheet, ss } = setup({ timeZone: 'Asia/Ho_Chi_Minh' });
    const d = new Date('2020-06-29T17:00:00Z'); // 30/06/2020 00:00 in Hanoi
    sheet.getRange('A1').setValue(d);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd/mm/yyyy');
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(d.getTime());
    sheet.getRange('B1').setFormula('=A1');
    expect(sheet.getRange('B1').getValue()).toEqual(d);
    sheet.getRange('C1').setFormula('=YEAR(A1)*10000+MONTH(A1)*100+DAY(A1)');
    expect(sheet.getRange('C1').getValue()).toBe(20200630);
    ss.setSpreadsheetTimeZone('UTC');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2020-06-30T00:00:00.000Z');
  });

  test('a Date from another realm is recognised', () => {
    const { sheet } = setup();
    const foreign = vm.runInNewContext('new Date(Date.UTC(2020, 5, 29, 17))') as Date;
    expect(foreign instanceof Date).toBe(false);
    sheet.getRange('A1').setValue(foreign);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('30/06/2020');
  });

  test('TODAY() follows the emulator clock in the spreadsheet time zone', () => {
    const { sheet, env } = setup({ now: '2020-06-30T16:59:00Z' }); // 23:59 in Hanoi
    sheet.getRange('A1').setFormula('=TODAY()');
    sheet.getRange('B1').setFormula('=IF(DATE(2020,7,1)<TODAY(),"Quá hạn","Trong hạn")');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('30/06/2020');
    expect(sheet.getRange('B1').getValue()).toBe('Trong hạn');
    env.setNow('2020-06-30T17:01:00Z'); // 00:01 on 1 July in Hanoi
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01/07/2020');
    env.setNow('2020-07-02T03:00:00Z');
    expect(sheet.getRange('B1').getValue()).toBe('Quá hạn');
  });
});

describe('formulas', () => {
  test('functions the add-on writes evaluate like Sheets', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[5], [''], ['x']]);
    const cases: [string, unknown][] = [
      ['=IFS(A1>10,"big",A1>1,"mid",TRUE,"small")', 'mid'],
      ['=AND(A1>1,OR(FALSE,TRUE))', true],
      ['=ISBLANK(A2)', true],
      ['=ISNUMBER(A1)', true],
      ['=ISTEXT(A3)', true],
      ['=LEN(TRIM("  a  b "))', 3],
      ['=N(A3)', 0],
      ['=VALUE("12")', 12],
      ['=DATEDIF(DATE(2020,1,1),DATE(2020,3,1),"D")', 60],
      ['=WORKDAY(DATE(2020,6,26),1)-DATE(2020,6,26)', 3],
      ['=ROUND(2.345,2)', 2.35],
      ['=SUM(A1:A3)', 5],
      ['=COUNTIF(A1:A3,">1")', 1],
      ['=COUNTIFS(A1:A3,">1",A1:A3,"<10")', 1],
      ['=SUMIF(A1:A3,">1")', 5],
      ['=SUMIFS(A1:A3,A1:A3,">1")', 5],
      ['=IFERROR(1/0,"z")', 'z'],
      ['=HYPERLINK("https://example.org","Xem")', 'Xem'],
      ['=CONCATENATE("a",1)&"b"', 'a1b'],
      ['=A2', ''],
    ];
    sheet.getRange(1, 2, cases.length, 1).setFormulas(cases.map(([f]) => [f]));
    expect(
      sheet
        .getRange(1, 2, cases.length, 1)
        .getValues()
        .map((r) => r[0]),
    ).toEqual(cases.map(([, v]) => v));
    expect(sheet.getRange('B1').getFormula()).toBe('=IFS(A1>10,"big",A1>1,"mid",TRUE,"small")');
  });

  test('references to Vietnamese-named sheets', () => {
    const { ss } = setup({ sheetNames: ['Tiến độ', 'Tổng hợp'] });
    ss.getSheetByName('Tiến độ')!.getRange('A1').setValue(41);
    const sum = ss.getSheetByName('Tổng hợp')!;
    sum.getRange('A1').setFormula("='Tiến độ'!A1+1");
    expect(sum.getRange('A1').getValue()).toBe(42);
    ss.getSheetByName('Tiến độ')!.setName('Progress');
    expect(sum.getRange('A1').getFormula()).toBe('=Progress!A1+1');
  });

  test('insertRows shifts formulas that reference moved cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=SUM(A1:A3)');
    sheet.getRange('C3').setFormula('=A3*10');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A5)');
    expect(sheet.getRange('C5').getFormula()).toBe('=A5*10');
    expect(sheet.getRange('C5').getValue()).toBe(30);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(1, 1);
    expect(sheet.getRange('B1').getFormula()).toBe('');
    expect(sheet.getRange('C4').getValue()).toBe(30);
  });

  test('setFormula on a range adjusts relative references per cell; R1C1 round-trips', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*$A$1*2');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*$A$1*2'], ['=A2*$A$1*2'], ['=A3*$A$1*2']]);
    expect(sheet.getRange('B2').getFormulaR1C1()).toBe('=R[0]C[-1]*R1C1*2'); // canonical form, a zero offset as [0]
    sheet.getRange('C1:C3').setFormulaR1C1('=RC[-2]+1');
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[2], [3], [4]]);
  });
});

describe('display values', () => {
  test.each([
    ['vi_VN', 1234.5, '#,##0.00', '1.234,50'],
    ['en_US', 1234.5, '#,##0.00', '1,234.50'],
    ['vi_VN', 0.998, '0.0%', '99,8%'],
    ['vi_VN', 1.5, '0%', '150%'],
    ['vi_VN', 1103, '#,##0', '1.103'],
    ['vi_VN', 5.62, '0.###############', '5,62'],
    ['en_US', 44012, 'yyyy-mm-dd', '2020-06-30'],
    ['vi_VN', 44012, 'dd/mm/yyyy', '30/06/2020'],
    ['vi_VN', 44012.5, 'dd/MM/yyyy HH:mm', '30/06/2020 12:00'],
    ['en_US', 44012, 'd mmm yyyy', '30 Jun 2020'],
  ])('%s %p as %s → %s', (locale, value, fmt, shown) => {
    const { sheet } = setup({ locale });
    sheet.getRange('A1').setValue(value).setNumberFormat(fmt);
    expect(sheet.getRange('A1').getDisplayValue()).toBe(shown);
  });

  test("'@' shows numbers as typed; booleans as TRUE/FALSE", () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@').setValue('007');
    sheet.getRange('B1').setValue(true);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['007', 'TRUE']]);
  });
});

describe('sheet structure', () => {
  test('appendRow grows the sheet; getLastRow ignores formats', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A1000').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['x', '=1+1']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('B1001').getValue()).toBe(2);
    expect(sheet.getLastRow()).toBe(1001);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B1001');
  });

  // Sheet.appendRow: "Appends a row to the bottom of the current data region in the sheet. If a cell's content
  // begins with =, it's interpreted as a formula" (developers.google.com/apps-script/reference/spreadsheet/
  // sheet#appendRow(Object)): the contents are read as typed, so an apostrophe keeps text as text.
  test('appendRow writes below the last row with content, values read as typed', () => {
    const { sheet } = setup({ locale: 'vi_VN' });
    sheet.getRange('A1:C2').setValues([
      ['Thời gian', 'Cũ', 'Mới'],
      ['x', 'y', 'z'],
    ]);
    const at = new Date(Date.UTC(2020, 4, 15, 2, 30, 0));
    sheet.appendRow([at, "'1.103", '1.103']);
    expect(sheet.getLastRow()).toBe(3);
    const [time, quoted, typed] = sheet.getRange('A3:C3').getValues()[0]!;
    expect(time).toBeInstanceOf(Date);
    expect(quoted).toBe('1.103');
    expect(typed).toBe(1103);
  });

  test('insertSheet rejects a taken name with Google wording', () => {
    const { ss } = setup({ sheetNames: ['Đơn vị'] });
    expect(() => ss.insertSheet('Đơn vị')).toThrow(
      'A sheet with the name "Đơn vị" already exists. Please enter another name.',
    );
    const s = ss.insertSheet('Mốc công việc', 0);
    expect(s.getIndex()).toBe(1);
    // "The new sheet becomes the active sheet" (Spreadsheet.insertSheet, developers.google.com/apps-script/
    // reference/spreadsheet/spreadsheet#insertSheet(String,Integer)).
    expect(ss.getActiveSheet().getName()).toBe('Mốc công việc');
  });
});

// developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns:
// "Returns the rectangular grid of values for this range starting at the given coordinates" — the values of
// getRange(row, column, numRows, numColumns).getValues() in one call, with the same bounds.
describe('Sheet.getSheetValues', () => {
  test('the same grid as getRange(…).getValues(), dates and numbers as values', () => {
    const { sheet } = setup({ locale: 'vi_VN' });
    sheet.getRange('B2:D3').setValues([
      ['DV01', '30/6/2020', '1.103'],
      ['DV02', '', '5,62'],
    ]);
    const grid = sheet.getSheetValues(2, 2, 2, 3);
    expect(grid).toEqual(sheet.getRange(2, 2, 2, 3).getValues());
    expect(grid[0]?.[0]).toBe('DV01');
    expect(grid[0]?.[1]).toBeInstanceOf(Date);
    expect(grid[0]?.[2]).toBe(1103);
    expect(grid[1]?.[1]).toBe('');
    expect(grid[1]?.[2]).toBe(5.62);
  });

  test('outside the sheet it fails as getRange does', () => {
    const { sheet } = setup();
    expect(() => sheet.getSheetValues(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getSheetValues(0, 1, 1, 1)).toThrow('The starting row of the range is too small.');
  });
});
