// People keep working while the on-edit trigger recomputes deadlines (docs/workbook.md §8.3): someone sorts
// Tiến độ after the trigger has read it and before it writes. Each new deadline must land on its own unit's
// milestone, wherever the sort moved it, and no other row may be written.
import { People, type Emulator, type PersonCall } from '../../tools/emulator';
import { ADMIN, iso, setUpEmulator } from '../integration/forms.fixture';

const readsProgress = (c: PersonCall) =>
  c.sheet === 'Tiến độ' && (c.method === 'getSheetValues' || c.method === 'getValues');

function deadlines(emu: Emulator): Record<string, unknown> {
  const rows = emu.workbook.values('Tiến độ').slice(1);
  return Object.fromEntries(rows.map((r) => [`${r[0]}/${r[3]}`, iso(r[5])]));
}

test('a planned congress date moved while the sheet is sorted by Hạn: each deadline lands on its own row', () => {
  const emu = setUpEmulator({ user: ADMIN, identity: 'workspace' });
  emu.run('ensureEditTrigger');
  const before = deadlines(emu);
  new People(emu).after(readsProgress, (person) => person.sortRows('Tiến độ', 2, 13, { column: 6, ascending: true }));
  emu.edit('Đơn vị', 'F3', '01/07/2020');
  const after = deadlines(emu);
  // PA03 opens on 01/07/2020 for one day: M06 = D − 20 = 11/06; M07 = 01/07; M08 = 01/07 + 7 working days =
  // 10/07; M09 = 10/07 + 15 working days = 31/07.
  expect(after['PA03/M06']).toBe('2020-06-11');
  expect(after['PA03/M07']).toBe('2020-07-01');
  expect(after['PA03/M08']).toBe('2020-07-10');
  expect(after['PA03/M09']).toBe('2020-07-31');
  // Every other unit's deadlines are as they were.
  for (const [key, value] of Object.entries(before))
    if (!key.startsWith('PA03/')) expect([key, after[key]]).toEqual([key, value]);
});
