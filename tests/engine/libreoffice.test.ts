// The second engine (docs/workbook.md §10): the add-on's own outputs — the demo workbook, workbooks of the hostile corpus and
// fault-free scenarios — are saved as .xlsx and recalculated by LibreOffice Calc, headless, with TODAY() pinned to
// each workbook's day (tools/libreoffice/recalc.py, one soffice process for all). Every formula value and every
// conditional-format colour must be the emulator's: 0 differences. Without LibreOffice (Debian
// libreoffice-calc-nogui and python3-uno) the suite is skipped with a loud notice, except under CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../../tools/emulator';
import { buildWorkbook } from '../support/workbooks';
import {
  differences,
  expectationsOf,
  libreOffice,
  recalculate,
  sameValue,
  type Expected,
} from '../../tools/libreoffice/second-engine';
import { SAMPLE_ADMIN } from '../../src/core/sample/organisation';
import { SAMPLE_TODAY } from '../../src/core/sample/progress';
import { BUNDLE } from '../support/bundle';
import { ADMIN as CORPUS_ADMIN, TODAY as CORPUS_TODAY, baseSheets, input } from '../corpus/base';
import { CASES } from '../corpus/cases';
import { TODAY as SMALL_TODAY, smallInput, ADMIN as SMALL_ADMIN } from '../support/small-tracker';
import { TODAY as TRACKER_TODAY, colOf, d, rowOf, sheetOf, trackerEmulator } from '../integration/tracker.fixture';

const office = libreOffice();
const NOTICE =
  '\n' +
  '############################################################################\n' +
  '##  SECOND-ENGINE TESTS NOT RUN: LibreOffice is not installed.             ##\n' +
  '##  Install it with: apt-get install -y libreoffice-calc-nogui python3-uno ##\n' +
  '############################################################################\n';

/** Every menu action of the headless runner, in its order. */
function runActions(emu: Emulator): Emulator {
  emu.run('menuValidate');
  emu.run('menuRefresh');
  emu.run('menuReport');
  return emu;
}

function demo(today: string): Emulator {
  const emu = Emulator.create({ code: BUNDLE, today, user: { email: SAMPLE_ADMIN, locale: 'vi' } });
  emu.open({ authMode: 'FULL' });
  emu.answerAlerts(['YES']);
  emu.run('menuSetup');
  return runActions(emu);
}

function corpus(c: (typeof CASES)[number]): Emulator {
  const lang = c.lang ?? 'vi';
  const sheets = baseSheets(lang);
  c.change?.(sheets);
  const emu = Emulator.create({
    code: BUNDLE,
    today: CORPUS_TODAY,
    user: { email: CORPUS_ADMIN, locale: lang },
    workbook: (env) => {
      const wb = buildWorkbook(env, input(sheets, lang));
      c.model?.(wb);
      return wb;
    },
  });
  return runActions(emu);
}

/** The tracker fixture with statuses as clerks type them, odd spellings included (NFD, no diacritics, padding). */
function tracker(lang: 'vi' | 'en'): Emulator {
  const emu = trackerEmulator({ lang });
  emu.run('menuRefresh');
  const name = lang === 'vi' ? 'Tiến độ' : 'Progress';
  const h =
    lang === 'vi'
      ? { unit: 'Mã đơn vị', m: 'Mã mốc', status: 'Trạng thái', done: 'Ngày hoàn thành' }
      : { unit: 'Unit ID', m: 'Milestone ID', status: 'Status', done: 'Completed on' };
  const values = emu.workbook.values(name) as unknown[][];
  const put = (unit: string, status: string, completed?: string) => {
    const row = rowOf(values, [colOf(values, h.unit), colOf(values, h.m)], [unit, 'M1']);
    sheetOf(emu, name)
      .getRange(row, colOf(values, h.status) + 1)
      .setValue(status);
    if (completed)
      sheetOf(emu, name)
        .getRange(row, colOf(values, h.done) + 1)
        .setValue(d(completed));
  };
  const done = lang === 'vi' ? 'Hoàn thành' : 'Done';
  put('U1', lang === 'vi' ? 'Không áp dụng' : 'Not applicable');
  put('U2', done.normalize('NFD') === done ? 'Hoàn thành'.normalize('NFD') : done.normalize('NFD'), '2020-06-01');
  put('U3', done.toUpperCase(), '2020-06-10');
  put('U5', 'Hoan thanh', '2020-06-01');
  put('U6', `${done}\u00a0`, '2020-06-01');
  put('U7', `  ${done}  `, '2020-06-01');
  return runActions(emu);
}

function small(): Emulator {
  const data = smallInput();
  const emu = Emulator.create({
    code: BUNDLE,
    today: SMALL_TODAY,
    user: { email: SMALL_ADMIN, locale: 'vi' },
    workbook: (env) => buildWorkbook(env, data),
  });
  return runActions(emu);
}

/** At least ten corpus workbooks, spread over the corpus. */
const CORPUS_PICKS = CASES.filter((_, i) => i % 3 === 0);

describe('the sameValue rule of the comparison', () => {
  test('numbers to the last bit, texts exactly, errors by name; TRUE may be 1 (LibreOffice has no boolean type)', () => {
    expect(sameValue(1 / 3, 0.3333333333333333)).toBe(true);
    expect(sameValue(1 / 3, 0.33333333333)).toBe(false);
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(false);
    expect(sameValue(true, 1)).toBe(true);
    expect(sameValue(false, 1)).toBe(false);
    expect(sameValue('Quá hạn', 'Quá hạn')).toBe(true);
    expect(sameValue('Quá hạn', 'quá hạn')).toBe(false);
    expect(sameValue(true, true)).toBe(true);
    expect(sameValue(true, 'TRUE')).toBe(false);
    expect(sameValue('#DIV/0!', { error: '#DIV/0!' })).toBe(true);
    expect(sameValue(0, { error: '#DIV/0!' })).toBe(false);
    expect(sameValue('', '')).toBe(true);
    expect(sameValue(null, 0)).toBe(false);
  });
});

if (!office) {
  if (process.env['CI']) {
    test('LibreOffice is installed (required under CI)', () => {
      throw new Error(NOTICE);
    });
  } else {
    console.warn(NOTICE);
    test.skip('LibreOffice recalculates the add-on’s outputs as the emulator does', () => undefined);
  }
} else {
  describe('LibreOffice recalculates the add-on’s outputs as the emulator does', () => {
    const keep = process.env['SECOND_ENGINE_KEEP'];
    const dir = keep ?? mkdtempSync(join(tmpdir(), 'second-engine-'));
    afterAll(() => keep || rmSync(dir, { recursive: true, force: true }));
    const expected: Expected[] = [];
    let results: ReturnType<typeof recalculate>['workbooks'] = [];

    beforeAll(async () => {
      const workbooks: [string, string, () => Emulator][] = [
        ['demo', SAMPLE_TODAY, () => demo(SAMPLE_TODAY)],
        ['demo at the season’s end', '2020-07-20', () => demo('2020-07-20')],
        ...CORPUS_PICKS.map((c): [string, string, () => Emulator] => [
          `corpus: ${c.name}`,
          CORPUS_TODAY,
          () => corpus(c),
        ]),
        ['tracker (vi, odd spellings)', TRACKER_TODAY, () => tracker('vi')],
        ['tracker (en, odd spellings)', TRACKER_TODAY, () => tracker('en')],
        ['small organisation', SMALL_TODAY, small],
      ];
      for (const [i, [label, today, make]] of workbooks.entries()) {
        const emu = make();
        const path = join(dir, `${i}.xlsx`);
        await emu.saveXlsx(path);
        expected.push(expectationsOf(emu.workbook, label, path, today));
      }
      results = recalculate(office.python, expected).workbooks;
    }, 300_000);

    test('the demo, at least ten corpus workbooks and the scenarios were recalculated', () => {
      expect(results).toHaveLength(expected.length);
      expect(expected.filter((e) => e.label.startsWith('corpus:')).length).toBeGreaterThanOrEqual(10);
      const formulas = expected.reduce(
        (n, e) => n + [...e.formulas.values()].reduce((m, cells) => m + cells.length, 0),
        0,
      );
      expect(formulas).toBeGreaterThan(1000);
    });

    test('every formula value and every conditional-format colour agree: 0 differences', () => {
      const values: string[] = [];
      const colours: string[] = [];
      let compared = { values: 0, colours: 0 };
      expected.forEach((e, i) => {
        const d = differences(e, results[i]!);
        values.push(...d.values);
        colours.push(...d.colours);
        compared = { values: compared.values + d.compared.values, colours: compared.colours + d.compared.colours };
      });
      console.log(
        `second engine: ${compared.values} formula values and ${compared.colours} conditional colours compared in ${expected.length} workbooks`,
      );
      expect(compared.colours).toBeGreaterThan(100);
      expect(values.slice(0, 30)).toEqual([]);
      expect(colours.slice(0, 30)).toEqual([]);
    });
  });
}
