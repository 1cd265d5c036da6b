import type { Grid } from '../../src/core/model';
import { MILESTONES, UNITS } from '../../src/core/schema';
import { a1, columnLetters, dataRows, findSheet, inferLang, locateTable, parseA1 } from '../../src/core/tables';

describe('A1 notation', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %d is %s', (i, letters) => {
    expect(columnLetters(i)).toBe(letters);
    expect(parseA1(`${letters}1`)).toEqual({ row: 0, col: i });
  });
  test('a1', () => {
    expect(a1(0, 0)).toBe('A1');
    expect(a1(6, 1)).toBe('B7');
    expect(a1(99, 27)).toBe('AB100');
  });
});

describe('sheets and tables', () => {
  const grids: Grid[] = [
    { name: '  ĐƠN VỊ ', values: [] },
    { name: 'Milestones', values: [] },
    { name: 'Ca\u0300i đặt', values: [] },
  ];
  test('sheet names match trimmed, case-folded and NFC', () => {
    expect(findSheet(grids, UNITS)?.name).toBe('  ĐƠN VỊ ');
    expect(findSheet(grids, MILESTONES)?.name).toBe('Milestones');
  });

  test.each<[string[], 'vi' | 'en' | undefined, 'vi' | 'en']>([
    [['Đơn vị', 'Mốc công việc'], undefined, 'vi'],
    [['Units', 'Milestones', 'Settings'], undefined, 'en'],
    [['Units', 'Mốc công việc'], undefined, 'vi'],
    [['Units', 'Milestones'], 'vi', 'vi'],
    [['Đơn vị'], 'en', 'en'],
    [['Sheet1'], undefined, 'vi'],
  ])('language of %p with property %p is %s', (names, prop, lang) => {
    expect(
      inferLang(
        names.map((name) => ({ name, values: [] })),
        prop,
      ),
    ).toBe(lang);
  });

  test('header row below a title, columns in any order, extra columns and blank rows', () => {
    const grid: Grid = {
      name: 'Đơn vị',
      values: [
        ['DANH SÁCH ĐƠN VỊ', '', '', ''],
        ['', '', '', ''],
        ['Tên đơn vị', 'My column', ' MÃ ĐƠN VỊ ', 'Unit type', 'Ngày đại hội\ndự kiến', ''],
        ['Phòng A', 'x', 'PA', 'Chi bộ cơ sở', '', ''],
        ['', '', '', '', '', ''],
        ['Phòng B', '', 'PB', 'Chi bộ cơ sở', '', ''],
      ],
    };
    const layout = locateTable(grid, UNITS);
    expect(layout).toEqual({
      sheet: 'units',
      sheetName: 'Đơn vị',
      headerRow: 2,
      columns: { name: 0, unitId: 2, type: 3, congressDate: 4 },
      width: 5,
    });
    expect(dataRows(grid, layout!)).toEqual([3, 5]);
  });

  test('no key header in the first ten rows', () => {
    const values: unknown[][] = Array.from({ length: 10 }, () => ['']);
    values.push(['Mã đơn vị']);
    expect(locateTable({ name: 'Đơn vị', values }, UNITS)).toBeNull();
  });
});
