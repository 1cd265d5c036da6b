import * as vm from 'node:vm';
import { dayFromIso } from '../../src/core/dates';
import { parseStatus } from '../../src/core/status-text';
import { parseBoolean, parseDate, parseEmails, parseInteger, parseList, parseNumber } from '../../src/core/parse';

const TZ = 'Asia/Ho_Chi_Minh';
const D = (iso: string): number => dayFromIso(iso) ?? NaN;

describe('parseDate', () => {
  test.each<[unknown, string | null]>([
    ['', null],
    ['   ', null],
    [null, null],
    ['30/06/2020', '2020-06-30'],
    ['1/7/2020', '2020-07-01'],
    ['30-06-2020', '2020-06-30'],
    ['30.06.2020', '2020-06-30'],
    ['2020-06-30', '2020-06-30'],
    [' 29/02/2020 ', '2020-02-29'],
    [44012, '2020-06-30'],
    [44012.75, '2020-06-30'],
    [new Date('2020-06-29T17:00:00Z'), '2020-06-30'],
    [vm.runInNewContext('new Date(Date.UTC(2025, 5, 29, 17))'), '2025-06-30'],
  ])('%p → %p', (input, iso) => {
    const r = parseDate(input, TZ);
    expect(r).toEqual({ ok: true, value: iso === null ? null : D(iso) });
  });

  test.each<unknown>([
    '31/02/2020',
    '29/02/2021',
    '32/01/2020',
    '00/01/2020',
    '15/13/2020',
    '2020-02-30',
    '30/06/20',
    '30/06-2020',
    'hôm nay',
    'tháng 4/2020',
    true,
    -5,
    0,
    new Date(NaN),
  ])('%p is not a date', (input) => {
    expect(parseDate(input, TZ)).toEqual({ ok: false });
  });
});

describe('parseNumber', () => {
  test.each<[unknown, 'vi' | 'en', number | null]>([
    ['', 'vi', null],
    [12, 'vi', 12],
    [0, 'vi', 0],
    [-3.5, 'vi', -3.5],
    ['123', 'vi', 123],
    ['1.103', 'vi', 1103],
    ['1.103', 'en', 1.103],
    ['5,62', 'vi', 5.62],
    ['5,62', 'en', 5.62],
    ['1,5', 'vi', 1.5],
    ['1,5', 'en', 1.5],
    ['1,103', 'en', 1103],
    ['1,103', 'vi', 1.103],
    ['1,103.5', 'en', 1103.5],
    ['1,103.5', 'vi', 1103.5],
    ['1.103,5', 'vi', 1103.5],
    ['2.341', 'vi', 2341],
    ['70.000', 'vi', 70000],
    ['1.234.567', 'vi', 1234567],
    ['1,234,567', 'en', 1234567],
    ['1.234.567,89', 'vi', 1234567.89],
    ['0.103', 'vi', 0.103],
    ['5.62', 'vi', 5.62],
    ['99,8%', 'vi', 0.998],
    ['99.8%', 'en', 0.998],
    ['150%', 'vi', 1.5],
    ['-7', 'vi', -7],
    ['+7', 'vi', 7],
    ['1 103', 'vi', 1103],
    ['1\u00a0103,5', 'vi', 1103.5],
    [',5', 'vi', 0.5],
  ])('%p (%s) → %p', (input, lang, value) => {
    const r = parseNumber(input, lang);
    expect(r.ok).toBe(true);
    if (r.ok) {
      if (value === null) expect(r.value).toBeNull();
      else expect(r.value).toBeCloseTo(value, 10);
    }
  });

  test.each<unknown>([
    'abc',
    '12a',
    '1.2.3',
    '1,2,3',
    '1.10.000',
    '1,000.000.5',
    '5,',
    '%',
    '--5',
    true,
    NaN,
    Infinity,
    new Date(),
  ])('%p is not a number', (input) => {
    expect(parseNumber(input, 'vi')).toEqual({ ok: false });
    expect(parseNumber(input, 'en')).toEqual({ ok: false });
  });

  test('integers', () => {
    expect(parseInteger('-90', 'vi')).toEqual({ ok: true, value: -90 });
    expect(parseInteger(7, 'vi')).toEqual({ ok: true, value: 7 });
    expect(parseInteger('1.103', 'vi')).toEqual({ ok: true, value: 1103 });
    expect(parseInteger('', 'vi')).toEqual({ ok: true, value: null });
    expect(parseInteger('7,5', 'vi')).toEqual({ ok: false });
    expect(parseInteger(7.5, 'vi')).toEqual({ ok: false });
    expect(parseInteger('bảy', 'vi')).toEqual({ ok: false });
  });
});

describe('parseBoolean', () => {
  test.each<[unknown, boolean | null]>([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    ['x', true],
    ['X', true],
    ['có', true],
    ['Có', true],
    ['co', true],
    ['không', false],
    ['KHÔNG', false],
    ['khong', false],
    ['yes', true],
    ['No', false],
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    ['', null],
  ])('%p → %p', (input, value) => expect(parseBoolean(input)).toEqual({ ok: true, value }));

  test.each<unknown>(['maybe', 'có lẽ', 2, '2'])('%p is not a boolean', (input) => {
    expect(parseBoolean(input)).toEqual({ ok: false });
  });
});

describe('lists and emails', () => {
  test.each<[unknown, string[]]>([
    ['', []],
    ['Đảng bộ cơ sở', ['Đảng bộ cơ sở']],
    ['M03, M06', ['M03', 'M06']],
    ['M03;M06', ['M03', 'M06']],
    ['M03\nM06\r\nM07', ['M03', 'M06', 'M07']],
    [' a ,, ;b ', ['a', 'b']],
    ['Ca\u0300', ['Cà']],
  ])('%p → %p', (input, items) => expect(parseList(input)).toEqual(items));

  test('emails', () => {
    expect(parseEmails('a@b.vn; C.D@ca.gov.vn\nbad, x@y, e@f..vn, g h@i.vn')).toEqual({
      emails: ['a@b.vn', 'c.d@ca.gov.vn'],
      invalid: ['bad', 'x@y', 'e@f..vn', 'g h@i.vn'],
    });
    expect(parseEmails('')).toEqual({ emails: [], invalid: [] });
  });
});

describe('status values', () => {
  test.each<[unknown, string | null | undefined]>([
    ['', null],
    ['  ', null],
    ['Chưa thực hiện', 'notStarted'],
    ['Not started', 'notStarted'],
    ['đang thực hiện', 'inProgress'],
    ['IN PROGRESS', 'inProgress'],
    ['Chờ cấp trên cho ý kiến', 'awaiting'],
    ['Awaiting superior', 'awaiting'],
    [' Hoàn thành ', 'done'],
    ['HOÀN THÀNH', 'done'],
    // docs/workbook.md §4: as the Standing formula's TRIM(…)="…" reads it in Sheets — NFD text, a no-break space or a
    // tab is not trimmed away nor normalised, so the cell is no status (the on-edit trigger rewrites it)
    ['Hoa\u0300n tha\u0300nh', undefined],
    ['Hoàn thành\u00a0', undefined],
    ['\tHoàn thành', undefined],
    [42, undefined],
    [null, null],
    ['Hoàn  thành', 'done'],
    ['done', 'done'],
    ['Không áp dụng', 'notApplicable'],
    ['Not applicable', 'notApplicable'],
    ['Hoan thanh', undefined],
    ['Xong', undefined],
  ])('%p → %p', (text, status) => expect(parseStatus(text)).toBe(status));
});
