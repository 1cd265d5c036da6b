// The live formulas are checked by evaluating them in a real formula engine against hand-worked cases
// (docs/workbook.md §4 and §5), in both languages.
import { HyperFormula } from 'hyperformula';
import {
  a1,
  achievementFormula,
  columnLetter,
  isAddonRuleFormula,
  numberLiteral,
  ratingFormula,
  ruleFormula,
  standingFormula,
  targetValueFormula,
  typedRuleFormula,
} from '../../src/core/formulas';

type Cell = string | number | null;

/** Evaluates `formula` placed in row 2 of a sheet whose row 2 holds `cells` (A, B, C, ...). */
function evaluate(cells: Cell[], formula: string, column = 10): unknown {
  const row: Cell[] = [...cells];
  while (row.length < column) row.push(null);
  row[column] = formula;
  const hf = HyperFormula.buildFromArray([[], row], { licenseKey: 'gpl-v3' });
  const value = hf.getCellValue({ sheet: 0, row: 1, col: column });
  hf.destroy();
  return value;
}

/** Today as a spreadsheet serial day, as TODAY() sees it. */
function todaySerial(): number {
  const hf = HyperFormula.buildFromArray([['=TODAY()']], { licenseKey: 'gpl-v3' });
  const value = hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as number;
  hf.destroy();
  return value;
}

describe('column letters', () => {
  it.each([
    [0, 'A'],
    [8, 'I'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
  it('a1 joins column and 1-based row', () => {
    expect(a1(2, 7)).toBe('C7');
  });
  it('number literals never use exponents', () => {
    expect(numberLiteral(1103)).toBe('1103');
    expect(numberLiteral(5.62)).toBe('5.62');
    expect(numberLiteral(1e21)).toBe('1000000000000000000000');
    expect(numberLiteral(Number.NaN)).toBe('0');
  });
});

describe('standing formula (docs/workbook.md §4)', () => {
  // Columns: A status, B completed on, C deadline.
  const cols = { status: 0, completedOn: 1, deadline: 2 };
  const T = todaySerial();
  const W = 7;
  const cases: [string, string, number | null, number | null, string, string][] = [
    // status, (vi label, en label chosen by language below), completed, deadline, vi, en
    ['Không áp dụng', 'Not applicable', null, T - 30, 'Không áp dụng', 'Not applicable'],
    ['Hoàn thành', 'Done', T - 10, T - 5, 'Hoàn thành đúng hạn', 'Done on time'],
    ['Hoàn thành', 'Done', T - 5, T - 5, 'Hoàn thành đúng hạn', 'Done on time'],
    ['Hoàn thành', 'Done', T - 4, T - 5, 'Hoàn thành trễ hạn', 'Done late'],
    ['Hoàn thành', 'Done', null, T - 5, 'Hoàn thành đúng hạn', 'Done on time'],
    ['Hoàn thành', 'Done', T - 4, null, 'Hoàn thành đúng hạn', 'Done on time'],
    ['', '', null, null, 'Chưa có hạn', 'No deadline'],
    ['Đang thực hiện', 'In progress', null, T - 1, 'Quá hạn', 'Overdue'],
    ['Chưa thực hiện', 'Not started', null, T, 'Sắp đến hạn', 'Due soon'],
    ['', '', null, T + W, 'Sắp đến hạn', 'Due soon'],
    ['Chờ cấp trên cho ý kiến', 'Awaiting superior', null, T + W + 1, 'Trong hạn', 'On track'],
    ['Chưa thực hiện', 'Not started', T - 3, T + 100, 'Trong hạn', 'On track'],
    // Dates are calendar days (docs/workbook.md §3): a completion with a time of day counts as its day.
    ['Hoàn thành', 'Done', T - 5 + 0.625, T - 5, 'Hoàn thành đúng hạn', 'Done on time'],
    ['Hoàn thành', 'Done', T - 4 + 0.25, T - 5, 'Hoàn thành trễ hạn', 'Done late'],
  ];
  it.each(cases)('status %s/%s, completed %p, deadline %p → %s / %s', (vi, en, done, deadline, wantVi, wantEn) => {
    expect(evaluate([vi, done, deadline], standingFormula(2, cols, 'vi', W))).toBe(wantVi);
    expect(evaluate([en, done, deadline], standingFormula(2, cols, 'en', W))).toBe(wantEn);
  });
  it('a completion date that is text counts as none, without an error', () => {
    expect(evaluate(['Hoàn thành', 'hôm qua', T - 5], standingFormula(2, cols, 'vi', W))).toBe('Hoàn thành đúng hạn');
    expect(evaluate(['Done', '30/04/2020', T - 5], standingFormula(2, cols, 'en', W))).toBe('Done on time');
  });
  it('reads the status in the other language, ignoring case and spaces', () => {
    expect(evaluate([' done ', T - 1, T], standingFormula(2, cols, 'vi', W))).toBe('Hoàn thành đúng hạn');
    expect(evaluate(['không áp dụng', null, T], standingFormula(2, cols, 'en', W))).toBe('Not applicable');
  });
  it('uses the warning window given', () => {
    expect(evaluate(['', null, T + 3], standingFormula(2, cols, 'en', 2))).toBe('On track');
    expect(evaluate(['', null, T + 2], standingFormula(2, cols, 'en', 2))).toBe('Due soon');
    expect(evaluate(['', null, T + 1], standingFormula(2, cols, 'en', 0))).toBe('On track');
  });
  it('refers to its own row', () => {
    const f = standingFormula(17, { status: 6, completedOn: 7, deadline: 5 }, 'vi', 7);
    expect(f).toContain('TRIM(G17)');
    expect(f).toContain('INT(N(H17))<=F17');
    expect(f).toContain('TODAY()+7');
    expect(f).not.toMatch(/[A-Z]2\b/);
  });
});

describe('emulation formulas (docs/workbook.md §5)', () => {
  // Columns: A own target, B target value (formula), C result.
  const cols = { ownTarget: 0, targetValue: 1, result: 2 };
  function row(
    own: number | null,
    value: number | null,
    result: number | null,
    lang: 'vi' | 'en',
    dir: 'atLeast' | 'atMost',
  ) {
    const cells = [
      own,
      targetValueFormula(2, cols, value),
      result,
      achievementFormula(2, cols),
      ratingFormula(2, cols, dir, lang),
    ];
    const hf = HyperFormula.buildFromArray([[], cells], { licenseKey: 'gpl-v3' });
    const out = [1, 3, 4].map((col) => hf.getCellValue({ sheet: 0, row: 1, col }));
    hf.destroy();
    return { target: out[0], achievement: out[1], rating: out[2] };
  }
  it.each([
    // own, value, result, direction, target, achievement, vi, en
    [null, 10, null, 'atLeast', 10, '', 'Chưa báo cáo', 'Not reported'],
    [null, 10, 12, 'atLeast', 10, 1.2, 'Vượt', 'Exceeded'],
    [null, 10, 10, 'atLeast', 10, 1, 'Đạt', 'Met'],
    [null, 10, 7, 'atLeast', 10, 0.7, 'Không đạt', 'Missed'],
    [20, 10, 15, 'atLeast', 20, 0.75, 'Không đạt', 'Missed'],
    [5, 10, 6, 'atLeast', 5, 1.2, 'Vượt', 'Exceeded'],
    [null, 3, 2, 'atMost', 3, 2 / 3, 'Vượt', 'Exceeded'],
    [null, 3, 3, 'atMost', 3, 1, 'Đạt', 'Met'],
    [null, 3, 4, 'atMost', 3, 4 / 3, 'Không đạt', 'Missed'],
    // 1999 of 2000 is 99,95 %: a 0.0% cell would round it to 100,0% beside Không đạt, so it shows 99,9%.
    [null, 2000, 1999, 'atLeast', 2000, 0.999, 'Không đạt', 'Missed'],
    [null, 2000, 1998, 'atLeast', 2000, 0.999, 'Không đạt', 'Missed'],
    [null, 2000, 1997, 'atLeast', 2000, 0.9985, 'Không đạt', 'Missed'],
    [null, 0, 0, 'atMost', 0, '', 'Đạt', 'Met'],
    [null, 0, 2, 'atLeast', 0, '', 'Vượt', 'Exceeded'],
    [0, 10, 1, 'atLeast', 0, '', 'Vượt', 'Exceeded'],
    // A negative own target or result is out of range (E_NUMBER_INVALID) and counts as blank (docs/workbook.md §6), as
    // the report reads it: the Targets value stands, and a negative result is not reported.
    [-1, 10, 5, 'atLeast', 10, 0.5, 'Không đạt', 'Missed'],
    [-5, 3, 3, 'atMost', 3, 1, 'Đạt', 'Met'],
    [null, 10, -2, 'atLeast', 10, '', 'Chưa báo cáo', 'Not reported'],
    [null, 3, -1, 'atMost', 3, '', 'Chưa báo cáo', 'Not reported'],
    [4, 10, -0.5, 'atMost', 4, '', 'Chưa báo cáo', 'Not reported'],
  ] as const)('own %p value %p result %p %s', (own, value, result, dir, target, achievement, vi, en) => {
    const v = row(own, value, result, 'vi', dir);
    expect(v.target).toBe(target);
    if (typeof achievement === 'number') expect(v.achievement).toBeCloseTo(achievement, 10);
    else expect(v.achievement).toBe(achievement);
    expect(v.rating).toBe(vi);
    expect(row(own, value, result, 'en', dir).rating).toBe(en);
  });
});

describe('conditional-format rule formulas', () => {
  it('absolute column, relative row, recognisable', () => {
    const f = ruleFormula(8, 2, 'Quá hạn');
    expect(f.startsWith('=AND($I2="Quá hạn",')).toBe(true);
    expect(isAddonRuleFormula(f)).toBe(true);
    expect(isAddonRuleFormula('=$I2="Quá hạn"')).toBe(false);
    expect(isAddonRuleFormula('=AND($I2="x", istext( "congress-tracker" ))')).toBe(true);
  });
  it('is true exactly when the row holds the text', () => {
    expect(evaluate(['x', 'Quá hạn'], ruleFormula(1, 2, 'Quá hạn'))).toBe(true);
    expect(evaluate(['x', 'Trong hạn'], ruleFormula(1, 2, 'Quá hạn'))).toBe(false);
  });
  it('a typed column matches any of its texts, trimmed, in any case', () => {
    const f = typedRuleFormula(1, 2, ['Chờ cấp trên cho ý kiến', 'Awaiting superior']);
    expect(isAddonRuleFormula(f)).toBe(true);
    expect(evaluate(['x', 'Chờ cấp trên cho ý kiến'], f)).toBe(true);
    expect(evaluate(['x', ' awaiting SUPERIOR '], f)).toBe(true);
    expect(evaluate(['x', 'Hoàn thành'], f)).toBe(false);
    expect(evaluate(['x', null], f)).toBe(false);
  });
  it('escapes quotes in text', () => {
    expect(ruleFormula(0, 3, 'a"b')).toContain('$A3="a""b"');
  });
});
