// People keep working while Refresh runs (docs/workbook.md §8.3): a person inserts or sorts rows right after Refresh has
// read the sheet and before it writes. Rows are archived, deleted and written found by their key: nothing a
// user typed is lost or lands on another row.
import { People, type Emulator, type PersonCall } from '../../tools/emulator';
import { colOf, rowOf, sheetOf, trackerEmulator } from '../integration/tracker.fixture';
import { iso } from '../integration/forms.fixture';

const values = (emu: Emulator, name: string) => emu.workbook.values(name);

/** Right after the add-on has read a sheet's values (and its formulas, when it reads them). */
const afterReading =
  (sheet: string, method: 'getValues' | 'getFormulas' = 'getValues') =>
  (c: PersonCall) =>
    c.sheet === sheet && c.className === 'Range' && c.method === method;

function typeByKey(
  emu: Emulator,
  sheet: string,
  key: [string, string],
  cells: Record<string, unknown>,
  keyHeaders: [string, string],
) {
  const v = values(emu, sheet);
  const row = rowOf(v, [colOf(v, keyHeaders[0]), colOf(v, keyHeaders[1])], key);
  if (row < 1) throw new Error(`no row ${key.join('/')}`);
  for (const [header, value] of Object.entries(cells))
    sheetOf(emu, sheet)
      .getRange(row, colOf(v, header) + 1)
      .setValue(value);
}

const P_KEYS: [string, string] = ['Mã đơn vị', 'Mã mốc'];

function removeUnit(emu: Emulator, id: string) {
  const r = values(emu, 'Đơn vị').findIndex((row) => row[0] === id);
  sheetOf(emu, 'Đơn vị').deleteRow(r + 1);
}

describe('Refresh while a person inserts a row near the top', () => {
  it('archives and deletes exactly the removed unit’s rows, found by key', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    typeByKey(emu, 'Tiến độ', ['U5', 'M1'], { 'Trạng thái': 'Đang thực hiện', 'Ghi chú': 'ghi chú của U5' }, P_KEYS);
    typeByKey(emu, 'Tiến độ', ['U4', 'M2'], { 'Ghi chú': 'ghi chú của U4' }, P_KEYS);
    removeUnit(emu, 'U5');
    // The unit's two rows are rows 10 and 11; a blank row goes in above row 2 once Refresh has read the sheet.
    new People(emu).after(afterReading('Tiến độ', 'getFormulas'), (person) => person.insertRowsAbove('Tiến độ', 2));
    emu.run('menuRefresh');

    const p = values(emu, 'Tiến độ');
    expect(p.filter((r) => r[0] === 'U5')).toEqual([]);
    const u4m2 = p.find((r) => r[0] === 'U4' && r[3] === 'M2');
    expect(u4m2?.[colOf(p, 'Ghi chú')]).toBe('ghi chú của U4');
    // 6 units × 2 milestones, the header and the person's blank row.
    expect(p.length).toBe(1 + 1 + 12);
    expect(p[1]?.every((v) => v === '' || v === null)).toBe(true);

    const archive = values(emu, 'Lưu trữ');
    const header = archive[0] as string[];
    const archivedProgress = archive.filter((r) => r[1] === 'Tiến độ');
    expect(
      archivedProgress.map((r) => `${r[header.indexOf('Mã đơn vị')]}/${r[header.indexOf('Mã mốc')]}`).sort(),
    ).toEqual(['U5/M1', 'U5/M2']);
    expect(archivedProgress.find((r) => r[header.indexOf('Mã mốc')] === 'M1')?.[header.indexOf('Ghi chú')]).toBe(
      'ghi chú của U5',
    );
    const audit = values(emu, 'Nhật ký').filter((r) => r[3] === 'Tiến độ' && String(r[7]).startsWith('→'));
    expect(audit.map((r) => r[4]).sort()).toEqual(['U5 / M1', 'U5 / M2']);
  });
});

describe('Refresh while a person sorts the sheet', () => {
  /** Moves every M1 deadline one day later, so Refresh rewrites the whole Deadline column. */
  function shiftM1(emu: Emulator) {
    sheetOf(emu, 'Mốc công việc').getRange(2, 5).setValue(1);
  }

  function deadlines(emu: Emulator): Map<string, unknown> {
    const p = values(emu, 'Tiến độ');
    const at = colOf(p, 'Hạn');
    return new Map(
      p
        .slice(1)
        .filter((r) => r[0])
        .map((r) => [`${r[0]}/${r[3]}`, iso(r[at])]),
    );
  }

  it('every row gets its own unit’s deadline', () => {
    const reference = trackerEmulator();
    reference.run('menuRefresh');
    shiftM1(reference);
    reference.run('menuRefresh');

    const emu = trackerEmulator();
    emu.run('menuRefresh');
    shiftM1(emu);
    // Sorted by milestone, descending: M2 rows first, then M1 rows.
    new People(emu).after(afterReading('Tiến độ', 'getFormulas'), (person) =>
      person.sortRows('Tiến độ', 2, 15, { column: 4, ascending: false }),
    );
    emu.run('menuRefresh');

    const got = deadlines(emu);
    // Worked out by hand: congress date + 1 day.
    expect(got.get('U1/M1')).toBe('2020-06-02');
    expect(got.get('U2/M1')).toBe('2020-06-06');
    expect(got.get('U5/M1')).toBe('2020-06-15');
    expect(got.get('U6/M1')).toBe('2020-06-21');
    expect(got.get('U7/M1')).toBe('2020-07-31');
    expect(got.get('U4/M1')).toBe('');
    expect(got).toEqual(deadlines(reference));
    // The person's order stands.
    expect(values(emu, 'Tiến độ')[1]?.[3]).toBe('M2');
  });
});
