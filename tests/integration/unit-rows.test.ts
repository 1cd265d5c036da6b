// A clerk's form in a large workbook (docs/workbook.md §8): the unit's Tiến độ rows are found by Google's
// server-side search and read alone, never the whole sheet, yet the form sees the rows a whole-sheet read
// would (an ID typed in another case or with spaces, rows apart), and a submission still lands on its own row
// while people insert rows or type (docs/workbook.md §8.3).
import { tableReads } from '../support/table-reads';
import { People, type Emulator, type PersonCall } from '../../tools/emulator';
import { PROGRESS, UNITS } from '../../src/core/schema';
import { emulator, ok, run, type MilestoneRowView } from '../support/small-tracker';
import { benchTables, cellOf, readTable, rowsWhere, tablesWorkbook } from '../support/workbooks';
import { clerkEmail } from '../../tools/bench/generate';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Fifty units: 461 Tiến độ rows, enough for the form to search rather than read the sheet. */
function large(): Emulator {
  const emu = emulator(tablesWorkbook(benchTables(50), 'vi'));
  run(emu, 'ensureEditTrigger');
  run(emu, 'menuRefresh');
  return emu;
}

const UNIT = 'DB0001-01';

function progress(emu: Emulator) {
  const table = readTable(emu, PROGRESS);
  if (!table) throw new Error('no Tiến độ');
  return table;
}

function milestones(emu: Emulator, unitId = UNIT): MilestoneRowView[] {
  return ok<{ rows: MilestoneRowView[] }>(emu.callServer('unitMilestones', unitId)).rows;
}

/** Right after the add-on has read values of the sheet. */
const afterReading = (sheet: string) => (c: PersonCall) =>
  c.sheet === sheet && c.className === 'Range' && c.method === 'getValues';

describe('the unit’s rows in a large Tiến độ', () => {
  test('the form lists the unit’s rows, found by one search, without reading the sheet', () => {
    const emu = large();
    const sheet = progress(emu);
    const expected = rowsWhere(sheet, { unitId: UNIT }).map((r) => sheet.values[r]?.[sheet.columns.milestoneId!]);
    expect(expected.length).toBeGreaterThan(5);
    emu.resetCalls();
    const cells: number[] = [];
    emu.observeCalls((c) => {
      if (c.className === 'Range' && c.method === 'getValues' && Array.isArray(c.result))
        cells.push((c.result as unknown[][]).reduce((n, row) => n + row.length, 0));
    });
    const rows = milestones(emu);
    emu.observeCalls(null);
    expect(rows.map((r) => r.milestoneId)).toEqual(expected);
    expect(emu.calls.byMethod['TextFinder.findAll']).toBe(1);
    // Settings, Milestones and the Units' columns read whole; of Tiến độ only its first rows and the unit's.
    expect(tableReads(emu)).toBe(2);
    const whole = sheet.values.length * (sheet.values[0]?.length ?? 0);
    expect(cells.reduce((a, b) => a + b, 0)).toBeLessThan(whole / 2);
  });

  test('an ID typed in another case with spaces around, and a row of the unit far below, are found', () => {
    const emu = large();
    const sheet = progress(emu);
    const [first] = rowsWhere(sheet, { unitId: UNIT });
    const ss = (emu.backend.spreadsheetApp as any).getActiveSpreadsheet(); // eslint-disable-line @typescript-eslint/no-explicit-any
    const tab = ss.getSheetByName(sheet.name);
    tab.getRange(cellOf(sheet, first!, 'unitId')).setValue('  db0001-01 ');
    // A row of another unit, 300 rows down, given to this unit under a milestone it does not have.
    const far = first! + 300;
    const before = sheet.values[far]?.[sheet.columns.unitId!];
    expect(before).not.toBe(UNIT);
    tab.getRange(cellOf(sheet, far, 'unitId')).setValue(UNIT);
    tab.getRange(cellOf(sheet, far, 'milestoneId')).setValue('M99');
    const ids = milestones(emu).map((r) => r.milestoneId);
    expect(ids).toContain(sheet.values[first!]?.[sheet.columns.milestoneId!]);
    expect(ids[ids.length - 1]).toBe('M99');
    expect(ids).toHaveLength(rowsWhere(sheet, { unitId: UNIT }).length + 1);
  });

  test('a submission while a row is inserted above the unit’s rows lands on its milestone', () => {
    const emu = large();
    const row = milestones(emu).find((r) => r.milestoneId === 'M03');
    if (!row) throw new Error('no M03');
    new People(emu).after(afterReading(progress(emu).name), (person) =>
      person.insertRowsAbove(progress(emu).name, 2, 3),
    );
    const answer = emu.callServer('submitProgress', {
      unitId: UNIT,
      milestoneId: 'M03',
      status: 'inProgress',
      completedOn: '',
      evidence: '',
      note: 'đang chuẩn bị',
      version: row.version,
    }) as Json;
    expect(answer.ok).toBe(true);
    const sheet = progress(emu);
    const at = (m: string) => sheet.values[rowsWhere(sheet, { unitId: UNIT, milestoneId: m })[0]!] ?? [];
    expect(at('M03')[sheet.columns.status!]).toBe('Đang thực hiện');
    expect(at('M03')[sheet.columns.note!]).toBe('đang chuẩn bị');
    expect(at('M02')[sheet.columns.note!]).toBe('');
    expect(at('M04')[sheet.columns.note!]).toBe('');
  });

  test('a note typed into the row meanwhile is kept; a status changed meanwhile refuses the submission', () => {
    const emu = large();
    const name = progress(emu).name;
    const m03 = () => rowsWhere(progress(emu), { unitId: UNIT, milestoneId: 'M03' })[0]!;
    const version = () => milestones(emu).find((r) => r.milestoneId === 'M03')!.version;
    const submit = (status: string, loaded: string) =>
      emu.callServer('submitProgress', {
        unitId: UNIT,
        milestoneId: 'M03',
        status,
        completedOn: status === 'done' ? '2020-05-15' : '',
        evidence: '',
        note: '',
        version: loaded,
      }) as Json;
    let loaded = version();
    new People(emu).after(afterReading(name), (person) =>
      person.type(name, cellOf(progress(emu), m03(), 'note'), 'ghi chú của người khác'),
    );
    expect(submit('inProgress', loaded).ok).toBe(true);
    let sheet = progress(emu);
    expect(sheet.values[m03()]?.[sheet.columns.status!]).toBe('Đang thực hiện');
    expect(sheet.values[m03()]?.[sheet.columns.note!]).toBe('ghi chú của người khác');

    loaded = version();
    new People(emu).after(afterReading(name), (person) =>
      person.type(name, cellOf(progress(emu), m03(), 'status'), 'Không áp dụng'),
    );
    const refused = submit('done', loaded);
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('stale');
    sheet = progress(emu);
    expect(sheet.values[m03()]?.[sheet.columns.status!]).toBe('Không áp dụng');
  });

  test('a planned congress date typed in Units moves the unit’s deadlines as Refresh would, reading none of the others', () => {
    const emu = large();
    const units = readTable(emu, UNITS)!;
    const r = rowsWhere(units, { unitId: UNIT })[0]!;
    const deadlines = () => {
      const t = progress(emu);
      return t.values.map((row) => {
        const v = row[t.columns.deadline!];
        return v instanceof Date ? v.toISOString() : String(v);
      });
    };
    const before = deadlines();
    emu.resetCalls();
    const outcome = emu.edit(units.name, cellOf(units, r, 'congressDate'), '20/04/2020');
    expect(outcome.fired.map((f) => f.error)).toEqual([undefined]);
    expect(emu.calls.byMethod['TextFinder.findAll']).toBe(1);
    const edited = deadlines();
    const moved = edited.flatMap((d, i) => (d !== before[i] ? [i] : []));
    const own = new Set(rowsWhere(progress(emu), { unitId: UNIT }));
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((i) => own.has(i))).toBe(true);
    run(emu, 'menuRefresh');
    expect(deadlines()).toEqual(edited);
  });

  test('a column inserted at the left of Units: the form still finds who may update a unit', () => {
    const emu = large();
    const ss = (emu.backend.spreadsheetApp as any).getActiveSpreadsheet(); // eslint-disable-line @typescript-eslint/no-explicit-any
    const units = ss.getSheetByName(readTable(emu, UNITS)!.name);
    units.insertColumnBefore(1);
    units.getRange('A1').setValue('STT');
    // The committee's clerk, an editor of the cell's parent.
    emu.setUser({ email: clerkEmail('DB0001') });
    const form = ok<{ units: { id: string }[] }>(emu.callServer('progressForm'));
    expect(form.units.map((u) => u.id)).toContain(UNIT);
    expect(milestones(emu).length).toBeGreaterThan(5);
  });
});
