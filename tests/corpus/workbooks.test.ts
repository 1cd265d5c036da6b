// Hostile and malformed workbooks, built programmatically from the clean base: each case states the exact
// findings (code, sheet, cell) Validate must list, worked out from docs/workbook.md §2 and §6, and every case checks that
// nothing was lost: after Validate and Refresh every input cell is still there, unchanged.
import { Emulator } from '../../tools/emulator';
import { issuesFromSheet } from '../../tools/headless/run';
import { buildWorkbook, type CellInput } from '../support/workbooks';
import { BUNDLE } from '../support/bundle';
import { ADMIN, TODAY, baseSheets, input, sheet } from './base';
import { CASES, U } from './cases';

function state(emu: Emulator, names: string[]): Record<string, { values: unknown[][]; formulas: string[][] }> {
  return Object.fromEntries(
    names.map((n) => [n, { values: emu.workbook.values(n) as unknown[][], formulas: emu.workbook.formulas(n) }]),
  );
}

function failures(emu: Emulator): string[] {
  return emu.ui.alerts
    .filter((a) => /Không thực hiện được|could not be done|failed/i.test(a.prompt))
    .map((a) => a.prompt);
}

test('the corpus has at least 30 hostile workbooks', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(31);
});

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('exact findings, nothing lost', () => {
    const lang = c.lang ?? 'vi';
    const sheets = baseSheets(lang);
    c.change?.(sheets);
    const emu = Emulator.create({
      code: BUNDLE,
      today: TODAY,
      user: { email: ADMIN, locale: lang },
      workbook: (env) => {
        const wb = buildWorkbook(env, input(sheets, lang));
        c.model?.(wb);
        return wb;
      },
    });
    const inputs = emu.workbook.sheetNames();
    const before = state(emu, inputs);

    emu.run('menuValidate');
    const found = issuesFromSheet(emu).map((i) => [i.code, i.sheet, i.cell]);
    const sort = (list: string[][]) => list.map((x) => x.join(' ')).sort();
    expect(sort(found)).toEqual(sort(c.findings));

    emu.run('menuRefresh');
    expect(failures(emu)).toEqual([]);
    expect(state(emu, inputs)).toEqual(before);
    c.check?.(emu);
  });
});

test('more findings than a new sheet has rows: 1,200 units without a planned congress date', () => {
  const sheets = baseSheets('vi');
  const units = sheet(sheets, U);
  units.rows = [
    units.rows[0]!,
    ...Array.from({ length: 1200 }, (_, i): CellInput[] => [
      `CB${String(i + 1).padStart(4, '0')}`,
      `Chi bộ số ${i + 1}`,
      'Chi bộ cơ sở',
      null,
      10,
      null,
      false,
      null,
      null,
    ]),
  ];
  const emu = Emulator.create({
    code: BUNDLE,
    today: TODAY,
    user: { email: ADMIN, locale: 'vi' },
    workbook: (env) => buildWorkbook(env, input(sheets)),
  });
  emu.run('menuValidate');
  const found = issuesFromSheet(emu).map((i) => `${i.code} ${i.sheet} ${i.cell}`);
  expect(found).toEqual(Array.from({ length: 1200 }, (_, i) => `W_CONGRESS_DATE_MISSING ${U} F${i + 2}`));
  emu.run('menuRefresh');
  expect(failures(emu)).toEqual([]);
});
