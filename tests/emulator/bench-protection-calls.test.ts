// The benchmark's split of a Refresh's calls into SPEC §9's protections and the rest, on a script that
// protects two sheets the way the add-on does (warning only, with a marker description, one with open columns).
import { Emulator } from '../../tools/emulator';
import { Meter } from '../../tools/bench/meter';
import { protectionCalls } from '../../tools/bench/protection-calls';

const code = `
  function protectTwo() {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var first = ss.getSheets()[0];
    var second = ss.insertSheet('Thứ hai');
    ss.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    var a = first.protect();
    a.setWarningOnly(true);
    a.setDescription('marker');
    var b = second.protect();
    b.setWarningOnly(true);
    b.setUnprotectedRanges([second.getRange('C:D')]);
    b.setDescription('marker');
    first.getRange('A1').setValue('x');
  }
`;

test('two warning-only protections, one with open columns: 8 calls of the 14, within 3 × 2 + 1 + 1', () => {
  const emu = Emulator.create({ code, today: '2020-05-15' });
  emu.load();
  const m = Meter.measure(emu, () => emu.run('protectTwo'));
  const p = protectionCalls(m.byMethod);
  // getProtections 1, protect 2, setWarningOnly 2, setDescription 2, setUnprotectedRanges 1
  expect(p).toEqual({ calls: 8, made: 2, opened: 1, allowance: 8 });
  // The rest: getActiveSpreadsheet, getSheets, insertSheet, getRange twice (the open range and A1), setValue
  expect(m.calls - p.calls).toBe(6);
});
