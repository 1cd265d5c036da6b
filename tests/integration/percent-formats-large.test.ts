// A large organisation's Emulation sheet holds a percentage target on every unit: the record Refresh keeps of
// the rows formatted as percentages must stay within a document property's 9 KB ("Argument too large" from
// PropertiesService otherwise, and the whole Refresh fails), and still tell when those rows change.
import { BENCH_ADMIN, BENCH_TODAY, benchTables } from '../../tools/bench/generate';
import { emulatorFor, tablesWorkbook } from '../../tools/bench/workbook';

const PROPERTY = 'tracker.percent.emulation';

describe('Refresh of 1,000 units, each with a percentage target', () => {
  const emu = emulatorFor(tablesWorkbook(benchTables(1000), 'vi'), {
    today: BENCH_TODAY,
    user: { email: BENCH_ADMIN, locale: 'vi' },
  });

  it('the first Refresh succeeds and records the percentage rows in under 9 KB', () => {
    emu.run('menuRefresh');
    const emulation = emu.workbook.values('Thi đua') as unknown[][];
    expect(emulation.length).toBeGreaterThan(3000);
    const formats = emu.workbook.numberFormats('Thi đua');
    // Row by row a percentage target's Target value (G) is a percentage, the others' are not: more than a
    // thousand separate runs of rows.
    let runs = 0;
    for (let r = 1; r < emulation.length; r++)
      if (formats[r]?.[6] === '0.0%' && formats[r - 1]?.[6] !== '0.0%' && emulation[r]?.[0]) runs++;
    expect(runs).toBeGreaterThan(900);
    const value = emu.properties.document.toObject()[PROPERTY] ?? '';
    expect(value.length).toBeGreaterThan(0);
    expect(new TextEncoder().encode(value).length).toBeLessThan(9 * 1024);
  });

  it('an unchanged Refresh succeeds and leaves the record as it was', () => {
    const before = emu.properties.document.toObject()[PROPERTY];
    emu.run('menuRefresh');
    expect(emu.properties.document.toObject()[PROPERTY]).toBe(before);
  });
});
