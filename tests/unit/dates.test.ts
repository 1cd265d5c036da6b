import * as vm from 'node:vm';
import {
  addWorkdays,
  dateFromDay,
  dayFromDate,
  dayFromIso,
  formatDay,
  isoFromDay,
  weekday,
} from '../../src/core/dates';

const D = (iso: string): number => {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
};

describe('serial days', () => {
  test.each([
    ['1900-01-01', 2],
    ['1900-03-01', 61],
    ['2020-01-01', 43831],
    ['2020-06-30', 44012],
    ['2025-01-01', 45658],
  ])('%s is serial %d', (iso, serial) => {
    expect(dayFromIso(iso)).toBe(serial);
    expect(isoFromDay(serial)).toBe(iso);
  });

  test.each(['2020-02-30', '2021-02-29', '2020-13-01', '2020-6-30', '30/06/2020', ''])('%s is not an ISO day', (s) => {
    expect(dayFromIso(s)).toBeNull();
  });

  test.each([
    ['2020-06-30', 2], // Tuesday
    ['2020-01-23', 4], // Thursday
    ['2025-01-25', 6], // Saturday
    ['2025-02-02', 0], // Sunday
  ])('%s weekday %d', (iso, wd) => expect(weekday(D(iso))).toBe(wd));

  test('formatDay', () => {
    expect(formatDay(D('2020-06-30'), 'vi')).toBe('30/06/2020');
    expect(formatDay(D('2025-01-05'), 'en')).toBe('05/01/2025');
  });
});

describe('time zones', () => {
  test.each([
    ['2020-06-29T17:00:00Z', 'Asia/Ho_Chi_Minh', '2020-06-30'],
    ['2020-06-29T16:59:59Z', 'Asia/Ho_Chi_Minh', '2020-06-29'],
    ['2020-03-08T05:00:00Z', 'America/New_York', '2020-03-08'],
    ['2020-11-01T04:00:00Z', 'America/New_York', '2020-11-01'],
    ['2020-06-30T12:00:00Z', 'Pacific/Kiritimati', '2020-07-01'],
    ['2020-06-30T00:00:00Z', 'UTC', '2020-06-30'],
  ])('%s in %s is %s', (instant, zone, iso) => {
    expect(isoFromDay(dayFromDate(new Date(instant), zone) ?? -1)).toBe(iso);
  });

  test('a Date from another realm', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2020, 5, 29, 17))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(dayFromDate(foreign, 'Asia/Ho_Chi_Minh')).toBe(44012);
  });

  test('an unknown zone name reads as UTC instead of throwing', () => {
    expect(dayFromDate(new Date('2020-06-30T23:00:00Z'), 'Not/AZone')).toBe(44012);
  });

  test('an invalid Date gives null', () => {
    expect(dayFromDate(new Date(NaN), 'UTC')).toBeNull();
  });

  test.each([
    ['2020-06-30', 'Asia/Ho_Chi_Minh', '2020-06-29T17:00:00.000Z'],
    ['2020-01-23', 'Asia/Ho_Chi_Minh', '2020-01-22T17:00:00.000Z'],
    ['2020-03-08', 'America/New_York', '2020-03-08T05:00:00.000Z'],
    ['2020-03-09', 'America/New_York', '2020-03-09T04:00:00.000Z'],
    ['2020-06-30', 'Europe/London', '2020-06-29T23:00:00.000Z'],
    // Midnight did not exist in São Paulo on 04/11/2018: the day starts at 01:00 (UTC−2).
    ['2018-11-04', 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z'],
  ])('dateFromDay %s in %s is %s', (iso, zone, instant) => {
    const date = dateFromDay(D(iso), zone);
    expect(date.toISOString()).toBe(instant);
    expect(dayFromDate(date, zone)).toBe(D(iso));
  });
});

describe('addWorkdays follows WORKDAY', () => {
  // Civil-service Tết breaks, passed in as the Holidays sheet would.
  const range = (from: string, to: string): number[] => {
    const out: number[] = [];
    for (let d = D(from); d <= D(to); d++) out.push(d);
    return out;
  };
  const tet = new Set([...range('2020-01-23', '2020-01-29'), ...range('2025-01-25', '2025-02-02')]);
  const none = new Set<number>();

  test.each([
    // base, offset, expected, holidays
    ['2020-06-12', 7, '2020-06-23', none], // Fri + 7 → Tue week after next
    ['2020-06-23', 15, '2020-07-14', none],
    ['2020-06-26', 1, '2020-06-29', none], // Friday → Monday
    ['2020-06-27', 1, '2020-06-29', none], // Saturday base → Monday
    ['2020-06-29', -1, '2020-06-26', none], // Monday back → Friday
    ['2020-06-28', -1, '2020-06-26', none], // Sunday back → Friday
    ['2020-06-27', 0, '2020-06-27', none], // 0 keeps a weekend base
    ['2025-01-25', 0, '2025-01-25', tet], // 0 keeps a holiday base
    ['2020-01-22', 1, '2020-01-30', tet], // over Tết 2020
    ['2020-01-22', 3, '2020-02-03', tet],
    ['2020-01-30', -1, '2020-01-22', tet],
    ['2020-01-30', -2, '2020-01-21', tet],
    ['2020-01-25', -1, '2020-01-22', tet],
    ['2025-01-24', 1, '2025-02-03', tet], // over Tết 2025
    ['2025-01-23', 5, '2025-02-06', tet],
    ['2025-02-03', -1, '2025-01-24', tet],
    ['2020-06-12', 7.9, '2020-06-23', none], // fractions truncate
    ['2020-06-12', -0.5, '2020-06-12', none],
  ])('WORKDAY(%s, %d) = %s', (base, offset, expected, holidays) => {
    expect(isoFromDay(addWorkdays(D(base), offset, holidays))).toBe(expected);
  });
});
