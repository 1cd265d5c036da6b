import type { CellSpec } from '../../src/core/refresh-cells';
import { planRefresh, type DesiredRow, type PlanInput } from '../../src/core/refresh-plan';

// A small generated sheet: key columns u, m; computed name, deadline; live standing (a formula per row).
const SCHEMA = ['u', 'name', 'm', 'deadline', 'status', 'standing'];
const OWNED = ['name', 'deadline', 'standing'];
const standing: CellSpec = { kind: 'formula', build: (row, cols) => `=S(${cols.status},${row})` };

function want(u: string, m: string, name: string, deadline: number | null): DesiredRow {
  return {
    keys: { u, m },
    cells: { name: { kind: 'text', text: name }, deadline: { kind: 'date', day: deadline }, standing },
  };
}

/** Builds a plan input from a header and rows; formulas are given inline as cells starting with '='. */
function sheet(rows: unknown[][], desired: DesiredRow[], headerRow = 0): PlanInput {
  const header = rows[headerRow] as string[];
  const columns: Record<string, number> = {};
  header.forEach((h, i) => {
    if (SCHEMA.includes(h)) columns[h] = i;
  });
  const formulas = rows.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith('=') ? c : '')));
  const values = rows.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith('=') ? 'evaluated' : c)));
  return {
    values,
    formulas,
    headerRow,
    columns,
    schemaColumns: SCHEMA,
    keyColumns: ['u', 'm'],
    ownedColumns: OWNED,
    desired,
    // Dates arrive as {day} objects in these tests.
    toDay: (v) => (v && typeof v === 'object' && 'day' in v ? (v as { day: number }).day : null),
  };
}
const d = (day: number) => ({ day });
const f = (col: number, row: number) => `=S(${col},${row})`;

describe('planRefresh', () => {
  it('new sheet: header in row 1, every row appended with keys, computed cells and formulas', () => {
    const plan = planRefresh({
      ...sheet([['u']], []),
      values: [],
      formulas: [],
      headerRow: -1,
      columns: {},
      desired: [want('U1', 'M1', 'Unit 1', 100), want('U2', 'M1', 'Unit 2', null)],
    });
    expect(plan.header.map((h) => h.key)).toEqual(SCHEMA);
    expect(plan.columns).toEqual({ u: 0, name: 1, m: 2, deadline: 3, status: 4, standing: 5 });
    expect(plan.orphans).toEqual([]);
    expect(plan.writes).toEqual([]);
    expect(plan.append?.firstRow).toBe(1);
    expect(plan.append?.rows).toEqual([
      [
        { kind: 'value', value: 'U1' },
        { kind: 'value', value: 'Unit 1' },
        { kind: 'value', value: 'M1' },
        { kind: 'date', day: 100 },
        { kind: 'value', value: '' },
        { kind: 'formula', formula: '=S(4,2)' },
      ],
      [
        { kind: 'value', value: 'U2' },
        { kind: 'value', value: 'Unit 2' },
        { kind: 'value', value: 'M1' },
        { kind: 'date', day: null },
        { kind: 'value', value: '' },
        { kind: 'formula', formula: '=S(4,3)' },
      ],
    ]);
  });

  it('nothing changed → no writes, no append, no orphans', () => {
    const rows = [SCHEMA, ['U1', 'Unit 1', 'M1', d(100), 'Done', f(4, 2)], ['U2', 'Unit 2', 'M1', '', '', f(4, 3)]];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', 'Unit 1', 100), want('U2', 'M1', 'Unit 2', null)]));
    expect(plan.header).toEqual([]);
    expect(plan.writes).toEqual([]);
    expect(plan.append).toBeNull();
    expect(plan.orphans).toEqual([]);
    expect(plan.keptRows).toBe(2);
  });

  it('keys match ignoring case, spaces and Unicode form; rows the user moved stay where they are', () => {
    const rows = [SCHEMA, ['u2 ', 'Unit 2', 'm1', '', '', f(4, 2)], ['U1', 'Unit 1', 'M1', d(100), '', f(4, 3)]];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', 'Unit 1', 100), want('U2', 'M1', 'Unit 2', null)]));
    expect(plan.writes).toEqual([]);
    expect(plan.append).toBeNull();
  });

  it('changed cells: one span per column from the first to the last changed row', () => {
    const rows = [
      SCHEMA,
      ['U1', 'Unit 1', 'M1', d(100), '', f(4, 2)],
      ['U2', 'Old name', 'M1', d(100), '', f(4, 3)],
      ['U3', 'Unit 3', 'M1', d(100), '', f(4, 4)],
      ['U4', 'Old 4', 'M1', d(100), '', f(4, 5)],
    ];
    const plan = planRefresh(
      sheet(rows, [
        want('U1', 'M1', 'Unit 1', 100),
        want('U2', 'M1', 'Unit 2', 100),
        want('U3', 'M1', 'Unit 3', 100),
        want('U4', 'M1', 'Unit 4', 101),
      ]),
    );
    expect(plan.writes).toEqual([
      {
        column: 1,
        firstRow: 2,
        cells: [
          { kind: 'value', value: 'Unit 2' },
          { kind: 'value', value: 'Unit 3' },
          { kind: 'value', value: 'Unit 4' },
        ],
      },
      { column: 3, firstRow: 4, cells: [{ kind: 'date', day: 101 }] },
    ]);
  });

  it('a formula overwritten by a value, or referring to the wrong row, is rewritten', () => {
    const rows = [SCHEMA, ['U1', 'Unit 1', 'M1', d(100), '', 'typed'], ['U2', 'Unit 2', 'M1', d(100), '', f(4, 9)]];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', 'Unit 1', 100), want('U2', 'M1', 'Unit 2', 100)]));
    expect(plan.writes).toEqual([
      {
        column: 5,
        firstRow: 1,
        cells: [
          { kind: 'formula', formula: '=S(4,2)' },
          { kind: 'formula', formula: '=S(4,3)' },
        ],
      },
    ]);
  });

  it('a number or text where a date should be, and a date where blank should be, are rewritten', () => {
    const rows = [SCHEMA, ['U1', 'Unit 1', 'M1', 100, '', f(4, 2)], ['U2', 'Unit 2', 'M1', d(5), '', f(4, 3)]];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', 'Unit 1', 100), want('U2', 'M1', 'Unit 2', null)]));
    expect(plan.writes).toEqual([
      {
        column: 3,
        firstRow: 1,
        cells: [
          { kind: 'date', day: 100 },
          { kind: 'date', day: null },
        ],
      },
    ]);
  });

  it('text that reads as a number stays text: a number 7 where "007" is wanted is rewritten', () => {
    const rows = [SCHEMA, ['U1', 7, 'M1', d(100), '', f(4, 2)]];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', '007', 100)]));
    expect(plan.writes).toEqual([{ column: 1, firstRow: 1, cells: [{ kind: 'value', value: '007' }] }]);
  });

  it('reordered columns and users’ extra columns: found by header, extra columns never written', () => {
    const header = ['standing', 'Mine', 'm', 'u', 'deadline', 'status', 'name', 'Also mine'];
    const rows = [header, [f(5, 2), 'x', 'M1', 'U1', d(100), 'Done', 'Old', 'y']];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', 'Unit 1', 100), want('U9', 'M1', 'Unit 9', 7)]));
    expect(plan.columns).toEqual({ standing: 0, m: 2, u: 3, deadline: 4, status: 5, name: 6 });
    expect(plan.header).toEqual([]);
    expect(plan.width).toBe(8);
    expect(plan.writes).toEqual([{ column: 6, firstRow: 1, cells: [{ kind: 'value', value: 'Unit 1' }] }]);
    expect(plan.append).toEqual({
      firstRow: 2,
      rows: [
        [
          { kind: 'formula', formula: '=S(5,3)' },
          { kind: 'value', value: '' },
          { kind: 'value', value: 'M1' },
          { kind: 'value', value: 'U9' },
          { kind: 'date', day: 7 },
          { kind: 'value', value: '' },
          { kind: 'value', value: 'Unit 9' },
          { kind: 'value', value: '' },
        ],
      ],
    });
  });

  it('a missing column is added at the right of the header', () => {
    const header = ['u', 'm', 'name', 'deadline', 'Mine'];
    const rows = [header, ['U1', 'M1', 'Unit 1', d(100), 'keep']];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', 'Unit 1', 100)]));
    expect(plan.header).toEqual([
      { column: 5, key: 'status' },
      { column: 6, key: 'standing' },
    ]);
    expect(plan.writes).toEqual([{ column: 6, firstRow: 1, cells: [{ kind: 'formula', formula: '=S(5,2)' }] }]);
  });

  it('orphans: listed with their keys; later rows shift up for writes and the append', () => {
    const rows = [
      ['Title of the sheet'],
      SCHEMA,
      ['U1', 'Unit 1', 'M1', d(100), '', f(4, 3)],
      ['GONE', 'Gone', 'M1', d(100), 'Done', f(4, 4)],
      ['U2', 'Unit 2', 'M1', d(100), '', f(4, 5)],
      ['U3', 'Unit 3', 'M9', d(100), '', f(4, 6)],
    ];
    const plan = planRefresh(
      sheet(rows, [want('U1', 'M1', 'Unit 1', 100), want('U2', 'M1', 'Unit 2', 100), want('U4', 'M1', 'Unit 4', 1)], 1),
    );
    expect(plan.headerRow).toBe(1);
    expect(plan.orphans).toEqual([
      { row: 3, keys: { u: 'GONE', m: 'M1' } },
      { row: 5, keys: { u: 'U3', m: 'M9' } },
    ]);
    // U2 moves from grid row 4 to 3: its standing formula must now name sheet row 4.
    expect(plan.writes).toEqual([{ column: 5, firstRow: 3, cells: [{ kind: 'formula', formula: '=S(4,4)' }] }]);
    expect(plan.append?.firstRow).toBe(4);
    expect(plan.append?.rows[0]?.[5]).toEqual({ kind: 'formula', formula: '=S(4,5)' });
  });

  it('blank and half-keyed rows are neither orphans nor matched; inside a span they are written back as they are', () => {
    const rows = [
      SCHEMA,
      ['U1', 'Old', 'M1', d(100), '', f(4, 2)],
      ['', '', '', '', '', ''],
      ['U7', 'user stuff', '', '', 'note', ''],
      ['U2', 'Old', 'M1', d(100), '', f(4, 5)],
    ];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', 'Unit 1', 100), want('U2', 'M1', 'Unit 2', 100)]));
    expect(plan.orphans).toEqual([]);
    expect(plan.append).toBeNull();
    expect(plan.writes).toEqual([
      {
        column: 1,
        firstRow: 1,
        cells: [
          { kind: 'value', value: 'Unit 1' },
          { kind: 'raw', value: '' },
          { kind: 'raw', value: 'user stuff' },
          { kind: 'value', value: 'Unit 2' },
        ],
      },
    ]);
  });

  it('a formula in a row Refresh does not own splits the span instead of being rewritten', () => {
    const rows = [
      SCHEMA,
      ['U1', 'Old', 'M1', d(100), '', f(4, 2)],
      ['', '=USER()', '', '', '', ''],
      ['U2', 'Old', 'M1', d(100), '', f(4, 4)],
    ];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', 'Unit 1', 100), want('U2', 'M1', 'Unit 2', 100)]));
    expect(plan.writes).toEqual([
      { column: 1, firstRow: 1, cells: [{ kind: 'value', value: 'Unit 1' }] },
      { column: 1, firstRow: 3, cells: [{ kind: 'value', value: 'Unit 2' }] },
    ]);
  });

  it('a key present twice: both rows kept and kept up to date, no new row', () => {
    const rows = [SCHEMA, ['U1', 'Old', 'M1', d(100), '', f(4, 2)], ['U1', 'Unit 1', 'M1', d(100), '', f(4, 3)]];
    const plan = planRefresh(sheet(rows, [want('U1', 'M1', 'Unit 1', 100)]));
    expect(plan.keptRows).toBe(2);
    expect(plan.append).toBeNull();
    expect(plan.writes).toEqual([{ column: 1, firstRow: 1, cells: [{ kind: 'value', value: 'Unit 1' }] }]);
  });

  it('the same key wanted twice is appended once', () => {
    const plan = planRefresh(sheet([SCHEMA], [want('U1', 'M1', 'A', 1), want('u1', 'm1', 'B', 2)]));
    expect(plan.append?.rows).toHaveLength(1);
    expect(plan.append?.firstRow).toBe(1);
  });

  it('scales: 12,000 rows with nothing changed', () => {
    const rows: unknown[][] = [SCHEMA];
    const desired: DesiredRow[] = [];
    for (let i = 0; i < 12000; i += 1) {
      rows.push([`U${i}`, `Unit ${i}`, 'M1', d(100), '', f(4, i + 2)]);
      desired.push(want(`U${i}`, 'M1', `Unit ${i}`, 100));
    }
    // Its speed is measured by `npm run bench`; here, that nothing unchanged is written at this size.
    const plan = planRefresh(sheet(rows, desired));
    expect(plan.writes).toEqual([]);
  });
});

describe('planRefresh formula text shared by rows', () => {
  const build = (extra: string): CellSpec => ({
    kind: 'formula',
    build: (row, cols) => `=IF(E${row}="",${extra},D${row}+${cols.deadline})`,
  });
  const rowsOf = (spec: CellSpec) =>
    planRefresh({
      ...sheet([['u']], []),
      values: [],
      formulas: [],
      headerRow: -1,
      columns: {},
      desired: [2, 3, 4].map((n) => ({ keys: { u: `U${n}`, m: 'M1' }, cells: { standing: spec } })),
    }).append?.rows.map((r) => r[5]);

  it('gives each row its own row number', () => {
    expect(rowsOf(build('0'))).toEqual([
      { kind: 'formula', formula: '=IF(E2="",0,D2+3)' },
      { kind: 'formula', formula: '=IF(E3="",0,D3+3)' },
      { kind: 'formula', formula: '=IF(E4="",0,D4+3)' },
    ]);
  });

  it('keeps a number in the formula that happens to look like a row probe', () => {
    expect(rowsOf(build('987654321'))).toEqual([
      { kind: 'formula', formula: '=IF(E2="",987654321,D2+3)' },
      { kind: 'formula', formula: '=IF(E3="",987654321,D3+3)' },
      { kind: 'formula', formula: '=IF(E4="",987654321,D4+3)' },
    ]);
  });
});
