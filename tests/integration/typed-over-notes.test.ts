// A cell the add-on writes, typed over in the shared sheet, is flagged with a note that says the next Refresh
// restores it (docs/workbook.md §8.2). Once Refresh has restored it the flag goes; flags on the columns people
// fill in, which Refresh does not write, stay until the value is fixed.
import type { Emulator } from '../../tools/emulator';
import { ADMIN, iso, setUpEmulator } from './forms.fixture';

const note = (emu: Emulator, row: number, col: number): string =>
  String(emu.workbook.notes('Tiến độ')[row - 1]?.[col - 1] ?? '');
const value = (emu: Emulator, row: number, col: number): unknown => emu.workbook.values('Tiến độ')[row - 1]?.[col - 1];

test('Làm mới restores a typed-over deadline and takes its flag off; a flag on a completion date stays', () => {
  const emu = setUpEmulator({ user: ADMIN, identity: 'workspace' });
  emu.run('ensureEditTrigger');
  const deadline = iso(value(emu, 8, 6));
  emu.edit('Tiến độ', 'F8', '01/01/2021'); // Hạn, written by the add-on
  emu.edit('Tiến độ', 'H9', '01/01/2021'); // Ngày hoàn thành after today (15/06/2020)
  expect(note(emu, 8, 6)).toMatch(/^⚠ Cột “Hạn” do tiện ích ghi/);
  expect(note(emu, 9, 8)).toMatch(/^⚠ /);

  emu.run('menuRefresh');
  expect(iso(value(emu, 8, 6))).toBe(deadline);
  expect(note(emu, 8, 6)).toBe('');
  expect(note(emu, 9, 8)).toMatch(/^⚠ /);
  expect(emu.properties.document.toObject()['tracker.typedOver'] ?? '').toBe('');

  // Without a typed-over cell since, a Refresh reads no notes.
  emu.resetCalls();
  emu.run('menuRefresh');
  expect(emu.calls.byMethod['Range.getNotes']).toBeUndefined();
});
