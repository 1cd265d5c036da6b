// The search text a form gives Google's TextFinder for a unit's rows: a superset of the cells whose ID equals
// the unit's by key (trimmed, case-folded, NFC), so the search never misses a row the whole-sheet read finds.
import { idSearchPattern } from '../../src/core/keys';

const matches = (ids: string[], cell: string) => new RegExp(idSearchPattern(ids), 'iu').test(cell);

describe('idSearchPattern', () => {
  test('the whole cell, in any case, with spaces (also no-break) around', () => {
    expect(matches(['PA03'], 'PA03')).toBe(true);
    expect(matches(['PA03'], '  pa03\u00a0')).toBe(true);
    expect(matches(['PA03'], 'PA031')).toBe(false);
    expect(matches(['PA03'], 'XPA03')).toBe(false);
    expect(matches(['PA03'], 'PA 03')).toBe(false);
  });

  test('characters a regular expression reads specially are taken literally', () => {
    expect(matches(['DB0001-01'], 'db0001-01')).toBe(true);
    expect(matches(['A.1(x)'], 'a.1(x)')).toBe(true);
    expect(matches(['A.1(x)'], 'AB1(x)')).toBe(false);
  });

  test('a letter outside ASCII, typed composed or decomposed, is found', () => {
    const nfc = 'ĐBỘ01';
    expect(matches([nfc], nfc)).toBe(true);
    expect(matches([nfc], nfc.normalize('NFD'))).toBe(true);
    expect(matches([nfc], 'đbộ01')).toBe(true);
  });

  test('several units in one search', () => {
    expect(matches(['U1', 'U2'], 'u2')).toBe(true);
    expect(matches(['U1', 'U2'], 'U3')).toBe(false);
  });
});
