// Audit log lines (docs/workbook.md §9): one per changed field, text kept as text, dates shown as dd/mm/yyyy.
import { asSheetText, auditKey, auditRow, auditUser, auditValueText, changedFields } from '../../src/core/audit';
import { AUDIT } from '../../src/core/record-sheets';

const TZ = 'Asia/Ho_Chi_Minh';
// 2020-06-30 00:00 in Hanoi is 2020-06-29 17:00 UTC.
const midnight = new Date(Date.UTC(2020, 5, 29, 17, 0));
const morning = new Date(Date.UTC(2020, 5, 30, 2, 5)); // 09:05 in Hanoi

describe('auditValueText', () => {
  test.each([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['Hoàn thành', 'Hoàn thành'],
    [1103, '1103'],
    [5.62, '5.62'],
    [true, 'TRUE'],
    [midnight, '30/06/2020'],
    [morning, '30/06/2020 09:05'],
  ])('%p → %p', (value, text) => expect(auditValueText(value, TZ)).toBe(text));
});

test('asSheetText puts an apostrophe before every non-blank text so Sheets keeps it as text', () => {
  expect(asSheetText('=IMPORTXML("http://x","//a")')).toBe(`'=IMPORTXML("http://x","//a")`);
  expect(asSheetText('+84 912')).toBe("'+84 912");
  expect(asSheetText("'quoted'")).toBe("''quoted'");
  expect(asSheetText('')).toBe('');
});

test('auditRow lays the cells out in the schema order, in the workbook language', () => {
  const row = auditRow(
    {
      time: morning,
      user: '',
      source: 'form',
      sheet: 'Tiến độ',
      key: auditKey('PA03 ', 'M07'),
      column: 'Trạng thái',
      oldValue: '',
      newValue: '=1+1',
    },
    'vi',
    TZ,
  );
  expect(row).toEqual([morning, "'không xác định", 'Biểu mẫu', "'Tiến độ", "'PA03 / M07", "'Trạng thái", '', "'=1+1"]);
  expect(row).toHaveLength(AUDIT.columns.length);
});

test('auditRow follows a rearranged Audit log layout', () => {
  const layout = {
    sheet: 'audit' as const,
    sheetName: 'Audit log',
    headerRow: 0,
    width: 9,
    columns: { time: 8, user: 0, source: 1, sheet: 2, key: 3, column: 4, oldValue: 5, newValue: 6 },
  };
  const row = auditRow(
    {
      time: morning,
      user: 'a@b.c',
      source: 'directEdit',
      sheet: 'Progress',
      key: 'K',
      column: 'Status',
      oldValue: 1,
      newValue: 2,
    },
    'en',
    TZ,
    layout,
  );
  expect(row).toEqual(["'a@b.c", 'Direct edit', "'Progress", "'K", "'Status", "'1", "'2", '', morning]);
});

test('auditUser says who, or that nobody could be identified', () => {
  expect(auditUser('', 'vi')).toBe('không xác định');
  expect(auditUser(' ', 'en')).toBe('unknown');
  expect(auditUser('x@y.z', 'en')).toBe('x@y.z');
});

test('changedFields compares as the log shows values: a date equals its day', () => {
  const before = { status: 'Đang thực hiện', completedOn: midnight, note: 'a' };
  const after = { status: 'Hoàn thành', completedOn: new Date(midnight.getTime()), note: 'a' };
  expect(changedFields(['status', 'completedOn', 'note'], before, after, TZ)).toEqual([
    { key: 'status', oldValue: 'Đang thực hiện', newValue: 'Hoàn thành' },
  ]);
});
