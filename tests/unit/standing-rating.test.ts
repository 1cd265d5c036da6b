import { dayFromIso } from '../../src/core/dates';
import { formatNumber, formatPercent, formatProgress } from '../../src/core/format';
import { achievementOf, ratingOf } from '../../src/core/rating';
import type { Standing, Status } from '../../src/core/fixed-lists';
import { standingOf } from '../../src/core/standing';

const D = (iso: string | null): number | null => (iso === null ? null : dayFromIso(iso));
const TODAY = dayFromIso('2020-06-15') as number;

describe('standing (docs/workbook.md §4), today 15/06/2020, warning 7 days', () => {
  test.each<[Status | null, string | null, string | null, Standing]>([
    ['notApplicable', '2020-01-01', null, 'notApplicable'],
    ['notApplicable', null, null, 'notApplicable'],
    ['done', '2020-06-10', '2020-06-10', 'doneOnTime'],
    ['done', '2020-06-10', '2020-06-01', 'doneOnTime'],
    ['done', '2020-06-10', null, 'doneOnTime'],
    ['done', null, '2020-07-01', 'doneOnTime'],
    ['done', '2020-06-10', '2020-06-11', 'doneLate'],
    [null, null, null, 'noDeadline'],
    ['inProgress', null, null, 'noDeadline'],
    [null, '2020-06-14', null, 'overdue'],
    ['awaiting', '2020-01-01', null, 'overdue'],
    ['inProgress', '2020-06-14', '2020-06-01', 'overdue'],
    [null, '2020-06-15', null, 'dueSoon'],
    ['notStarted', '2020-06-22', null, 'dueSoon'],
    [null, '2020-06-23', null, 'onTrack'],
  ])('status %p, deadline %p, completed %p → %s', (status, deadline, completedOn, expected) => {
    expect(standingOf({ status, deadline: D(deadline), completedOn: D(completedOn) }, TODAY, 7)).toBe(expected);
  });

  test('warning window 0: only today is due soon', () => {
    expect(standingOf({ status: null, deadline: TODAY, completedOn: null }, TODAY, 0)).toBe('dueSoon');
    expect(standingOf({ status: null, deadline: TODAY + 1, completedOn: null }, TODAY, 0)).toBe('onTrack');
  });
});

describe('rating (docs/workbook.md §5)', () => {
  test.each<['atLeast' | 'atMost', number | null, number | null, string]>([
    ['atLeast', 5, null, 'notReported'],
    ['atLeast', 5, 6, 'exceeded'],
    ['atLeast', 5, 5, 'met'],
    ['atLeast', 5, 4.9, 'missed'],
    ['atLeast', 0, 0, 'met'],
    ['atLeast', 0, 1, 'exceeded'],
    ['atMost', 10, 8, 'exceeded'],
    ['atMost', 10, 10, 'met'],
    ['atMost', 10, 12, 'missed'],
    ['atMost', 0, 0, 'met'],
    ['atLeast', null, 3, 'notReported'],
  ])('%s target %p result %p → %s', (direction, target, result, expected) => {
    expect(ratingOf(direction, target, result)).toBe(expected);
  });

  test('achievement', () => {
    expect(achievementOf(150, 100)).toBe(1.5);
    // Short of the target never reads 100,0% in a 0.0% cell: 1999/2000 = 99,95 % shows 99,9%.
    expect(achievementOf(1999, 2000)).toBe(0.999);
    expect(achievementOf(1997, 2000)).toBe(0.9985);
    expect(achievementOf(2000, 2000)).toBe(1);
    expect(achievementOf(null, 100)).toBeNull();
    expect(achievementOf(5, 0)).toBeNull();
    expect(achievementOf(5, null)).toBeNull();
  });
});

describe('number and progress formatting', () => {
  test.each<[number, 'vi' | 'en', string]>([
    [1103, 'vi', '1.103'],
    [1103, 'en', '1,103'],
    [5.62, 'vi', '5,62'],
    [5.62, 'en', '5.62'],
    [1103.5, 'en', '1,103.5'],
    [70000, 'vi', '70.000'],
    [-1234.5, 'vi', '-1.234,5'],
    [1234567.891, 'vi', '1.234.567,89'],
    [0, 'vi', '0'],
    [-0.001, 'vi', '0'],
  ])('%p (%s) → %s', (n, lang, text) => expect(formatNumber(n, lang)).toBe(text));

  test.each<[number, number, 'vi' | 'en', string]>([
    [27, 27, 'vi', '27/27 (100%)'],
    [62, 64, 'vi', '62/64 (96,9%)'],
    [62, 64, 'en', '62/64 (96.9%)'],
    [1, 3, 'vi', '1/3 (33,3%)'],
    [2, 3, 'vi', '2/3 (66,7%)'],
    [0, 15, 'vi', '0/15 (0%)'],
    [0, 0, 'vi', '0/0'],
    [1103, 2341, 'vi', '1.103/2.341 (47,1%)'],
  ])('%d/%d (%s) → %s', (x, y, lang, text) => expect(formatProgress(x, y, lang)).toBe(text));

  test('percent', () => {
    expect(formatPercent(0.998, 'vi')).toBe('99,8%');
    expect(formatPercent(1.5, 'en')).toBe('150%');
  });

  test.each<[number, number, string]>([
    // Not complete never reads 100 %, begun never reads 0 %; the rest rounds as usual.
    [1999, 2000, '1.999/2.000 (99,9%)'],
    [19999, 20000, '19.999/20.000 (99,9%)'],
    [1, 2000, '1/2.000 (0,1%)'],
    [2000, 2000, '2.000/2.000 (100%)'],
    [1998, 2000, '1.998/2.000 (99,9%)'],
    [1997, 2000, '1.997/2.000 (99,9%)'],
    [1996, 2000, '1.996/2.000 (99,8%)'],
  ])('%d/%d → %s', (x, y, text) => expect(formatProgress(x, y, 'vi')).toBe(text));
});
