// The reference functions (standing.ts, rating.ts) and the live formulas of the sheets (formulas.ts) must agree:
// every combination is evaluated by a real formula engine and compared with the reference.
import { HyperFormula } from 'hyperformula';
import { ratingFormula, standingFormula } from '../../src/core/formulas';
import { ratingOf } from '../../src/core/rating';
import { RATING, STANDING, STATUS, type Status } from '../../src/core/fixed-lists';
import type { Lang } from '../../src/core/schema';
import { standingOf } from '../../src/core/standing';

function evaluateColumn(rows: (string | number | null)[][], formulaAt: number): unknown[] {
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
  const out = rows.map((_, r) => hf.getCellValue({ sheet: 0, row: r, col: formulaAt }));
  hf.destroy();
  return out;
}

function todaySerial(): number {
  const hf = HyperFormula.buildFromArray([['=TODAY()']], { licenseKey: 'gpl-v3' });
  const v = hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as number;
  hf.destroy();
  return v;
}

describe.each<Lang>(['vi', 'en'])('standing formula agrees with standingOf (%s)', (lang) => {
  test('every status × deadline × completion date', () => {
    const T = todaySerial();
    const W = 7;
    const statuses: (Status | null)[] = [null, ...(Object.keys(STATUS) as Status[])];
    const deadlines = [null, T - 5, T - 1, T, T + 3, T + W, T + W + 1, T + 30];
    const completions = [null, T - 10, T - 5, T - 4, T];
    const cases: { status: Status | null; written: string; deadline: number | null; completedOn: number | null }[] = [];
    for (const status of statuses)
      for (const written of status === null ? [''] : [STATUS[status].vi, STATUS[status].en])
        for (const deadline of deadlines)
          for (const completedOn of completions) cases.push({ status, written, deadline, completedOn });
    const rows = cases.map((c, i) => [
      c.deadline,
      c.written,
      c.completedOn,
      standingFormula(i + 1, { deadline: 0, status: 1, completedOn: 2 }, lang, W),
    ]);
    const got = evaluateColumn(rows, 3);
    const expected = cases.map((c) => STANDING[standingOf(c, T, W)][lang]);
    expect(got).toEqual(expected);
  });
});

describe.each<Lang>(['vi', 'en'])('rating formula agrees with ratingOf (%s)', (lang) => {
  test('every direction × target × result', () => {
    const cases: { direction: 'atLeast' | 'atMost'; target: number | null; result: number | null }[] = [];
    for (const direction of ['atLeast', 'atMost'] as const)
      for (const target of [0, 5, 10, 2.5, null])
        for (const result of [null, -1, 0, 2.5, 4, 5, 6, 10, 12]) cases.push({ direction, target, result });
    // Columns: A own target, B target value, C result, D rating.
    const rows = cases.map((c, i) => [
      null,
      c.target,
      c.result,
      ratingFormula(i + 1, { ownTarget: 0, targetValue: 1, result: 2 }, c.direction, lang),
    ]);
    const got = evaluateColumn(rows, 3);
    expect(got).toEqual(cases.map((c) => RATING[ratingOf(c.direction, c.target, c.result)][lang]));
  });
});

describe.each<Lang>(['vi', 'en'])('rating formula with no target value to compare with (%s)', (lang) => {
  test('a blank or text target value with a result is not reported, as ratingOf says', () => {
    // Columns: A own target, B target value (blank or text), C result, D rating.
    const rows: (string | number | null)[][] = [
      [null, null, 5, ratingFormula(1, { ownTarget: 0, targetValue: 1, result: 2 }, 'atLeast', lang)],
      [null, '', 0, ratingFormula(2, { ownTarget: 0, targetValue: 1, result: 2 }, 'atMost', lang)],
      [null, 'mười', 7, ratingFormula(3, { ownTarget: 0, targetValue: 1, result: 2 }, 'atLeast', lang)],
    ];
    expect(ratingOf('atLeast', null, 5)).toBe('notReported');
    expect(evaluateColumn(rows, 3)).toEqual([
      RATING.notReported[lang],
      RATING.notReported[lang],
      RATING.notReported[lang],
    ]);
  });
});
