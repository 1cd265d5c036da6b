// The sample workbook and default template: shape against the schema, integrity, and — with deadlines worked
// out here independently of the add-on's engine — every standing of docs/workbook.md §4 on the demo date.
import {
  SAMPLE_TODAY,
  sampleAsOf,
  sampleProgress,
  sampleResults,
  sampleTables,
  templateTables,
  type SampleCell,
  type SampleTable,
} from '../../src/core/sample';
import { analyse } from '../../src/core/analyse';
import { dayFromIso, isoFromDay } from '../../src/core/dates';
import type { Grid } from '../../src/core/model';
import { EMULATION, PROGRESS, type Lang, type SheetId } from '../../src/core/schema';
import { INPUT_SHEETS, SHEETS } from '../../src/core/sheets';
import { STATUS } from '../../src/core/fixed-lists';
import { MILESTONES_HEADER, TARGETS_HEADER } from '../support/headers';

const LANGS: Lang[] = ['vi', 'en'];

function get(tables: SampleTable[], sheet: SheetId): SampleTable {
  const t = tables.find((x) => x.sheet === sheet);
  if (!t) throw new Error(`no table ${sheet}`);
  return t;
}

/** Rows as objects keyed by the schema column key. */
function records(tables: SampleTable[], sheet: SheetId): Record<string, SampleCell>[] {
  const def = SHEETS.find((s) => s.id === sheet);
  if (!def) throw new Error(sheet);
  return get(tables, sheet).rows.map((r) => Object.fromEntries(def.columns.map((c, i) => [c.key, r[i] ?? null])));
}

const list = (cell: SampleCell | undefined): string[] =>
  typeof cell === 'string' && cell.trim() ? cell.split(/[,;\n]/).map((s) => s.trim()) : [];

/** The input sheets' headers as docs/workbook.md §2 lists them, in order, in each language. */
const HEADERS: Record<Lang, Record<string, string[]>> = {
  vi: {
    units: [
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại tổ chức',
      'Đơn vị cấp trên',
      'Số đảng viên',
      'Ngày đại hội dự kiến',
      'Số ngày đại hội',
      'Đại hội điểm',
      'Email cập nhật',
      'Ghi chú',
    ],
    milestones: MILESTONES_HEADER,
    cutoffs: ['Loại tổ chức', 'Mã mốc', 'Hạn chót'],
    targets: TARGETS_HEADER,
    settings: ['Thiết lập', 'Giá trị'],
    holidays: ['Ngày', 'Tên ngày nghỉ', 'Loại'],
  },
  en: {
    units: [
      'Unit ID',
      'Unit name',
      'Unit type',
      'Parent unit',
      'Party members',
      'Planned congress date',
      'Congress days',
      'Pilot congress',
      'Editor emails',
      'Note',
    ],
    milestones: [
      'Milestone ID',
      'Task',
      'Applies to',
      'Anchor',
      'Offset (days)',
      'Day type',
      'Fixed date',
      'Requires',
      'Pilot only',
      'Order',
      'Note',
    ],
    cutoffs: ['Unit type', 'Milestone ID', 'Cut-off'],
    targets: [
      'Target ID',
      'Target',
      'Measure',
      'Direction',
      'Applies to',
      'Target value',
      'Due date',
      'Roll-up',
      'Note',
    ],
    settings: ['Setting', 'Value'],
    holidays: ['Date', 'Holiday', 'Kind'],
  },
};

describe('table shape', () => {
  for (const lang of LANGS) {
    for (const [what, tables] of [
      ['template', templateTables(lang)],
      ['sample', sampleTables(lang)],
    ] as const) {
      test(`${what} (${lang}): one table per input sheet, headers as docs/workbook.md §2 lists them, rows as wide as the header`, () => {
        expect(tables.map((t) => t.sheet).sort()).toEqual(Object.keys(HEADERS[lang]).sort());
        expect(INPUT_SHEETS.map((d) => d.id).sort()).toEqual(Object.keys(HEADERS[lang]).sort());
        for (const t of tables) {
          expect(t.header).toEqual(HEADERS[lang][t.sheet]);
          for (const row of t.rows) expect(row).toHaveLength(t.header.length);
        }
      });
    }
  }

  test('the template leaves units and targets empty and the organisation fields blank', () => {
    const vi = templateTables('vi');
    expect(get(vi, 'units').rows).toEqual([]);
    expect(get(vi, 'targets').rows).toEqual([]);
    expect(get(vi, 'settings').rows).toEqual([
      ['Tên tổ chức', null],
      ['Nhiệm kỳ', null],
      ['Số ngày cảnh báo', 7],
      ['Mốc đại hội', 'M07'],
      ['Quản trị viên', null],
      ['Chỉ người được giao cập nhật', true],
      ['Bảo vệ trang tính', 'Cảnh báo'],
      ['Hạn rơi vào ngày nghỉ', 'Giữ nguyên'],
      ['Nhắc việc', false],
      ['Giờ gửi nhắc', 7],
      ['Nhắc trước (ngày)', null],
      ['Báo cấp trên sau (ngày)', 7],
      ['Email văn phòng', null],
      ['Ngày gửi tổng hợp tuần', null],
      ['Khi sửa trái quyền', 'Đánh dấu'],
    ]);
    expect(get(templateTables('en'), 'settings').rows.map((r) => r[0])).toEqual([
      'Organisation',
      'Term',
      'Warning days',
      'Congress milestone',
      'Administrators',
      'Restrict updates',
      'Protect sheets',
      'Deadline on a day off',
      'Reminders',
      'Reminder hour',
      'Remind days before',
      'Escalate after (days)',
      'Office emails',
      'Weekly digest day',
      'On unpermitted edit',
    ]);
    // A fixed-list default is written in the workbook's language.
    expect(get(templateTables('en'), 'settings').rows.find((r) => r[0] === 'Deadline on a day off')).toEqual([
      'Deadline on a day off',
      'Keep',
    ]);
  });

  test('the sample settings', () => {
    expect(get(sampleTables('vi'), 'settings').rows).toEqual([
      ['Tên tổ chức', 'Đảng bộ Công an tỉnh Đắk Hòa'],
      ['Nhiệm kỳ', '2020-2025'],
      ['Số ngày cảnh báo', 7],
      ['Mốc đại hội', 'M07'],
      ['Quản trị viên', 'vanphong.danguy@congan-dakhoa.example'],
      ['Chỉ người được giao cập nhật', true],
      ['Bảo vệ trang tính', 'Cảnh báo'],
      ['Hạn rơi vào ngày nghỉ', 'Giữ nguyên'],
      ['Nhắc việc', false],
      ['Giờ gửi nhắc', 7],
      ['Nhắc trước (ngày)', null],
      ['Báo cấp trên sau (ngày)', 7],
      ['Email văn phòng', null],
      ['Ngày gửi tổng hợp tuần', null],
      ['Khi sửa trái quyền', 'Đánh dấu'],
    ]);
  });

  test('the English sample uses English fixed values', () => {
    const en = sampleTables('en');
    const ms = records(en, 'milestones');
    expect(new Set(ms.map((m) => m.dayKind))).toEqual(new Set(['Calendar', 'Working']));
    expect(ms.find((m) => m.milestoneId === 'M02')?.anchor).toBe('Congress date');
    expect(ms.find((m) => m.milestoneId === 'M07')?.anchor).toBe('Congress closing date');
    expect(ms.find((m) => m.milestoneId === 'M02')?.appliesTo).toBe('All');
    expect(new Set(records(en, 'holidays').map((h) => h.kind))).toEqual(new Set(['Day off', 'Working day']));
    const ts = records(en, 'targets');
    expect(new Set(ts.map((t) => t.direction))).toEqual(new Set(['At least', 'At most']));
    expect(new Set(ts.map((t) => t.rollup))).toEqual(new Set(['Sum', 'Average', 'None']));
  });
});

describe('default milestones (DOMAIN.md table)', () => {
  // id, anchor, offset, day kind, requires, pilot only
  const expected: [string, string, number, string, string[], boolean][] = [
    ['M01', 'Ngày đại hội', -90, 'Ngày', [], false],
    ['M02', 'Ngày đại hội', -45, 'Ngày', [], false],
    ['M03', 'Ngày đại hội', -45, 'Ngày', [], false],
    ['M04', 'Ngày đại hội', -25, 'Ngày', ['M03'], false],
    ['M05', 'Ngày đại hội', -30, 'Ngày', [], false],
    ['M06', 'Ngày đại hội', -20, 'Ngày', [], false],
    ['M07', 'Ngày bế mạc đại hội', 0, 'Ngày', ['M06'], false],
    ['M08', 'M07', 7, 'Ngày làm việc', ['M07'], false],
    ['M09', 'M08', 15, 'Ngày làm việc', ['M08'], false],
    ['M10', 'M07', 7, 'Ngày', ['M07'], true],
    ['M11', 'M09', 30, 'Ngày', ['M09'], false],
    ['M12', 'M07', 60, 'Ngày', ['M07'], false],
  ];
  const ms = records(templateTables('vi'), 'milestones');

  test.each(expected)('%s: anchor %s, offset %d, %s', (id, anchor, offset, dayKind, requires, pilotOnly) => {
    const m = ms.find((x) => x.milestoneId === id);
    expect(m).toMatchObject({ anchor, offset, dayKind, pilotOnly });
    expect(list(m?.requires ?? null)).toEqual(requires);
  });

  test('order 1–12 and Vietnamese names from DOMAIN.md', () => {
    expect(ms.map((m) => m.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ms.find((m) => m.milestoneId === 'M07')?.name).toBe('Tổ chức đại hội');
    expect(ms.find((m) => m.milestoneId === 'M09')?.name).toBe(
      'Cấp ủy cấp trên chuẩn y ban chấp hành và các chức danh lãnh đạo',
    );
    expect(records(templateTables('en'), 'milestones').find((m) => m.milestoneId === 'M07')?.name).toBe(
      'Congress held',
    );
  });

  test('M01 (subcommittees) only for đảng bộ types: a chi bộ sets up none', () => {
    expect(list(ms.find((m) => m.milestoneId === 'M01')?.appliesTo ?? null).sort()).toEqual(
      ['Đảng bộ cơ sở', 'Đảng bộ cấp trên cơ sở'].sort(),
    );
  });

  test('the notes cite the rules in force: 29-QĐ/TW (2016), 24-QĐ/TW (2021), 294-QĐ/TW (2025) named', () => {
    for (const id of ['M08', 'M09']) {
      const note = String(ms.find((m) => m.milestoneId === id)?.note);
      expect(note).toContain('29-QĐ/TW năm 2016');
      expect(note).toContain('24-QĐ/TW năm 2021');
      expect(note).toContain('294-QĐ/TW');
    }
    expect(String(ms.find((m) => m.milestoneId === 'M08')?.note)).toContain('kể từ ngày bế mạc đại hội');
    expect(String(ms.find((m) => m.milestoneId === 'M07')?.note)).toContain('ghi ngày bế mạc');
  });

  test('M05 only for units with subordinates', () => {
    const types = list(ms.find((m) => m.milestoneId === 'M05')?.appliesTo ?? null);
    expect(types).toContain('Đảng bộ cấp trên cơ sở');
    expect(types).toContain('Đảng bộ cơ sở');
    expect(types).not.toContain('Chi bộ cơ sở');
    expect(types).not.toContain('Chi bộ trực thuộc');
  });

  test('cut-offs of the 2020–2025 term', () => {
    expect(get(templateTables('vi'), 'cutoffs').rows).toEqual(
      expect.arrayContaining([
        ['Chi bộ trực thuộc', 'M07', '2020-03-31'],
        ['Chi bộ cơ sở', 'M07', '2020-06-30'],
        ['Đảng bộ cơ sở', 'M07', '2020-06-30'],
        ['Đảng bộ cấp trên cơ sở', 'M07', '2020-08-31'],
      ]),
    );
    expect(get(templateTables('vi'), 'cutoffs').rows).toHaveLength(4);
  });

  test('cut-offs of the 2025–2030 term on request', () => {
    expect(get(templateTables('en', '2025-2030'), 'cutoffs').rows).toEqual(
      expect.arrayContaining([
        ['Đảng bộ cơ sở', 'M07', '2025-06-30'],
        ['Chi bộ cơ sở', 'M07', '2025-06-30'],
        ['Đảng bộ cấp trên cơ sở', 'M07', '2025-08-31'],
      ]),
    );
  });
});

describe('holidays', () => {
  const dates = get(templateTables('vi'), 'holidays').rows.map((r) => String(r[0]));

  test('sorted, unique, ISO dates within 2019–2021 and 2024–2026, each named', () => {
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const d of dates) {
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
      expect([2019, 2020, 2021, 2024, 2025, 2026]).toContain(Number(d.slice(0, 4)));
    }
    for (const lang of LANGS) {
      for (const r of get(templateTables(lang), 'holidays').rows) expect(String(r[1]).length).toBeGreaterThan(3);
    }
  });

  const breaks: [string, string][] = [
    ['2019-02-02', '2019-02-10'],
    ['2020-01-23', '2020-01-29'],
    ['2021-02-10', '2021-02-16'],
    ['2024-02-08', '2024-02-14'],
    ['2025-01-25', '2025-02-02'],
    ['2026-02-14', '2026-02-22'],
  ];
  test.each(breaks)('Tết break %s – %s listed day by day', (from, to) => {
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
      expect(dates).toContain(new Date(t).toISOString().slice(0, 10));
    }
  });

  test('statutory and compensatory working days off', () => {
    for (const d of [
      '2019-01-01',
      '2019-04-15',
      '2019-04-29',
      '2019-04-30',
      '2019-05-01',
      '2019-09-02',
      '2020-01-01',
      '2020-04-02',
      '2020-04-30',
      '2020-05-01',
      '2020-09-02',
      '2021-01-01',
      '2021-04-21',
      '2021-04-30',
      '2021-05-03',
      '2021-09-02',
      '2021-09-03',
      '2024-01-01',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
      '2025-01-01',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
      '2026-01-01',
      '2026-01-02',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-02',
    ]) {
      expect(dates).toContain(d);
    }
    // 2020 still had a one-day National Day (Labour Code 2012).
    expect(dates).not.toContain('2020-09-03');
    expect(dates).not.toContain('2020-09-01');
  });
});

// ---------------------------------------------------------------------------------------------------------
// The sample organisation, read back from the Vietnamese tables.

const tables = sampleTables('vi');
const units = records(tables, 'units');
const milestones = records(tables, 'milestones');
const cutoffs = records(tables, 'cutoffs');
const targets = records(tables, 'targets');
const progress = sampleProgress();
const results = sampleResults();

const unitById = new Map(units.map((u) => [String(u.unitId), u]));
const msById = new Map(milestones.map((m) => [String(m.milestoneId), m]));

function appliesTo(m: Record<string, SampleCell>, u: Record<string, SampleCell>): boolean {
  if (m.pilotOnly === true && u.pilot !== true) return false;
  const types = list(m.appliesTo);
  return types.length === 0 || types.includes('Tất cả') || types.includes(String(u.type));
}

describe('sample organisation', () => {
  test('the scale of the article: 27 grassroots organisations and 15 district organisations under the province', () => {
    const children = units.filter((u) => u.parentId === 'CAT');
    const districts = children.filter((u) => /^CA(H|X|TP)-/.test(String(u.unitId)));
    const grassroots = children.filter((u) => !districts.includes(u));
    expect(districts).toHaveLength(15);
    expect(grassroots).toHaveLength(27);
    for (const u of grassroots) expect(['Đảng bộ cơ sở', 'Chi bộ cơ sở']).toContain(u.type);
    for (const d of districts) {
      expect(d.type).toBe('Đảng bộ cơ sở');
      const own = units.filter((c) => c.parentId === d.unitId);
      expect(own.length).toBeGreaterThanOrEqual(3);
      for (const c of own) expect(c.type).toBe('Chi bộ trực thuộc');
    }
  });

  test('cells and chi bộ cơ sở under 30 members; a committee has the members of its cells', () => {
    for (const u of units.filter((x) => x.type === 'Chi bộ trực thuộc' || x.type === 'Chi bộ cơ sở'))
      expect([u.unitId, Number(u.members) < 30]).toEqual([u.unitId, true]);
    for (const u of units.filter((x) => x.type === 'Đảng bộ cơ sở')) {
      const own = units.filter((c) => c.parentId === u.unitId);
      expect([u.unitId, own.reduce((sum, c) => sum + Number(c.members), 0)]).toEqual([u.unitId, u.members]);
    }
  });

  test('unique IDs, existing parents and no cycles', () => {
    expect(unitById.size).toBe(units.length);
    for (const u of units) {
      if (u.parentId === null) continue;
      expect(unitById.has(String(u.parentId))).toBe(true);
      const seen = new Set<string>();
      let cur: string | null = String(u.unitId);
      while (cur !== null) {
        expect(seen.has(cur)).toBe(false);
        seen.add(cur);
        const p: SampleCell | undefined = unitById.get(cur)?.parentId;
        cur = p === null || p === undefined ? null : String(p);
      }
    }
    expect(units.filter((u) => u.parentId === null).map((u) => u.name)).toEqual(['Đảng bộ Công an tỉnh Đắk Hòa']);
  });

  test('unique milestone and target IDs', () => {
    expect(msById.size).toBe(milestones.length);
    expect(new Set(targets.map((t) => t.targetId)).size).toBe(targets.length);
  });

  test('a district with 10 cells and 170 members, one or two pilots, the four unit types', () => {
    const district = units.find((u) => u.members === 170);
    expect(district).toBeDefined();
    const cells = units.filter((u) => u.parentId === district?.unitId);
    expect(cells).toHaveLength(10);
    expect(cells.reduce((s, c) => s + Number(c.members), 0)).toBe(170);
    const pilots = units.filter((u) => u.pilot === true);
    expect(pilots.length).toBeGreaterThanOrEqual(1);
    expect(pilots.length).toBeLessThanOrEqual(2);
    expect(new Set(units.map((u) => u.type))).toEqual(
      new Set(['Đảng bộ cấp trên cơ sở', 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Chi bộ trực thuộc']),
    );
  });

  test('editor emails are well formed', () => {
    for (const u of units) for (const e of list(u.editors)) expect(e).toMatch(/^[a-z0-9.-]+@congan-dakhoa\.example$/);
  });

  test('congresses run bottom-up except one deliberate cell; one unit has no date', () => {
    const late = units.filter((u) => {
      const p = u.parentId === null ? undefined : unitById.get(String(u.parentId));
      return (
        p && u.congressDate !== null && p.congressDate !== null && String(u.congressDate) >= String(p.congressDate)
      );
    });
    expect(late.map((u) => u.unitId)).toEqual(['CAH-KS-04']);
    expect(units.filter((u) => u.congressDate === null).map((u) => u.unitId)).toEqual(['PC10']);
    const season = units.filter((u) => u.congressDate !== null).map((u) => String(u.congressDate));
    for (const d of season) expect(d >= '2019-10-01' && d <= '2020-07-16').toBe(true);
    // Cells in Q4/2019–Q1/2020 (but the deliberate late one), grassroots before 30/06, the province in July.
    for (const u of units.filter((x) => x.type === 'Chi bộ trực thuộc' && x.unitId !== 'CAH-KS-04'))
      expect([u.unitId, String(u.congressDate) <= '2020-03-31']).toEqual([u.unitId, true]);
    for (const u of units.filter((x) => x.parentId === 'CAT' && x.congressDate !== null))
      expect([u.unitId, String(u.congressDate) < '2020-06-30']).toEqual([u.unitId, true]);
    expect(unitById.get('CAT')?.congressDate).toBe('2020-07-15');
  });

  test('only the deliberate cell misses its level cut-off', () => {
    const over = units.filter((u) => {
      const c = cutoffs.find((x) => x.type === u.type && x.milestoneId === 'M07');
      return c && u.congressDate !== null && String(u.congressDate) > String(c.cutoff);
    });
    expect(over.map((u) => u.unitId)).toEqual(['CAH-KS-04']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Deadlines and standings, computed here from the law's rules (docs/workbook.md §3, §4) with the 2020 holidays written
// out by hand: New Year 1/1, Tết 23–29/1, Giỗ Tổ 2/4, 30/4, 1/5, 2/9.

const HOLIDAYS_2020 = new Set([
  '2020-01-01',
  '2020-01-23',
  '2020-01-24',
  '2020-01-27',
  '2020-01-28',
  '2020-01-29',
  '2020-04-02',
  '2020-04-30',
  '2020-05-01',
  '2020-09-02',
]);
const DAY = 86_400_000;
const plus = (iso: string, n: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
function workday(iso: string, n: number): string {
  let d = iso;
  let left = Math.abs(n);
  while (left > 0) {
    d = plus(d, Math.sign(n));
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6 && !HOLIDAYS_2020.has(d)) left--;
  }
  return d;
}

const entryByKey = new Map(progress.map((e) => [`${e.unitId}|${e.milestoneId}`, e]));

function deadline(unitId: string, milestoneId: string): string | null {
  const u = unitById.get(unitId);
  const m = msById.get(milestoneId);
  if (!u || !m) throw new Error(`${unitId}|${milestoneId}`);
  let base: string | null;
  if (m.anchor === 'Ngày đại hội') base = u.congressDate === null ? null : String(u.congressDate);
  // The closing day: opening + Congress days − 1 (blank = 1 day).
  else if (m.anchor === 'Ngày bế mạc đại hội')
    base = u.congressDate === null ? null : plus(String(u.congressDate), Number(u.congressDays ?? 1) - 1);
  else {
    const a = String(m.anchor);
    const e = entryByKey.get(`${unitId}|${a}`);
    base = e?.status === 'done' && e.completedOn ? e.completedOn : deadline(unitId, a);
  }
  let d =
    base === null
      ? null
      : m.dayKind === 'Ngày làm việc'
        ? workday(base, Number(m.offset))
        : plus(base, Number(m.offset));
  const c = cutoffs.find((x) => x.type === u.type && x.milestoneId === milestoneId);
  if (c) d = d === null || d > String(c.cutoff) ? String(c.cutoff) : d;
  return d;
}

function standing(unitId: string, milestoneId: string): string {
  const e = entryByKey.get(`${unitId}|${milestoneId}`);
  const due = deadline(unitId, milestoneId);
  if (e?.status === 'notApplicable') return 'Không áp dụng';
  if (e?.status === 'done')
    return !due || !e.completedOn || e.completedOn <= due ? 'Hoàn thành đúng hạn' : 'Hoàn thành trễ hạn';
  if (!due) return 'Chưa có hạn';
  if (due < SAMPLE_TODAY) return 'Quá hạn';
  if (due <= plus(SAMPLE_TODAY, 7)) return 'Sắp đến hạn';
  return 'Trong hạn';
}

const pairs = units.flatMap((u) =>
  milestones.filter((m) => appliesTo(m, u)).map((m) => [String(u.unitId), String(m.milestoneId)] as const),
);

describe('sample progress on the demo date', () => {
  test('the demo date', () => {
    expect(SAMPLE_TODAY).toBe('2020-05-15');
  });

  test('the sample holidays include the 2020 days used here', () => {
    const dates = get(tables, 'holidays').rows.map((r) => r[0]);
    for (const d of HOLIDAYS_2020) expect(dates).toContain(d);
  });

  test('entries only for applicable pairs, at most one each, valid statuses', () => {
    const keys = new Set(pairs.map(([u, m]) => `${u}|${m}`));
    expect(entryByKey.size).toBe(progress.length);
    for (const e of progress) {
      expect(keys.has(`${e.unitId}|${e.milestoneId}`)).toBe(true);
      expect(['notStarted', 'inProgress', 'awaiting', 'done', 'notApplicable']).toContain(e.status);
    }
  });

  test('completion dates: only on done entries, never after the demo date', () => {
    for (const e of progress) {
      if (e.status === 'done') {
        expect(e.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(String(e.completedOn) <= SAMPLE_TODAY).toBe(true);
      } else {
        expect(e.completedOn).toBeNull();
      }
    }
  });

  test('no Done entry whose required milestone is not Done', () => {
    for (const e of progress.filter((x) => x.status === 'done')) {
      for (const r of list(msById.get(e.milestoneId)?.requires ?? null)) {
        expect([e.unitId, r, entryByKey.get(`${e.unitId}|${r}`)?.status]).toEqual([e.unitId, r, 'done']);
      }
    }
  });

  test('the congress is done exactly for units whose closing day has passed, completed on that day', () => {
    for (const u of units) {
      const e = entryByKey.get(`${u.unitId}|M07`);
      const close = u.congressDate === null ? null : plus(String(u.congressDate), Number(u.congressDays ?? 1) - 1);
      expect([u.unitId, e?.status === 'done']).toEqual([u.unitId, close !== null && close < SAMPLE_TODAY]);
      if (e?.status === 'done') expect([u.unitId, e.completedOn]).toEqual([u.unitId, close]);
    }
  });

  test('two-day congresses: the provincial one (15–16/7/2020) and some committees; cells sit one day', () => {
    expect(units.filter((u) => u.congressDays === 2).map((u) => u.unitId)).toEqual([
      'CAT',
      'CAH-KS',
      'CATP-DH',
      'PC06',
      'CAH-CS',
      'CAH-KL',
      'CAH-YS',
    ]);
    expect(units.filter((u) => u.congressDays !== 2).every((u) => u.congressDays === null)).toBe(true);
  });

  // Worked out by hand from the calendar (2020: Giỗ Tổ Thu 2/4, 30/4 Thu, 1/5 Fri).
  const handWorked: [string, string, string | null, string][] = [
    ['PA03', 'M08', '2020-03-24', 'Hoàn thành đúng hạn'], // Fri 13/3 + 7 working days
    ['PA03', 'M09', '2020-04-07', 'Hoàn thành đúng hạn'], // report sent Mon 16/3, + 15 working days skipping 2/4
    ['PA03', 'M12', '2020-05-12', 'Hoàn thành trễ hạn'], // 13/3 + 60 days, done 14/5
    ['CAX-HD', 'M08', '2020-04-08', 'Hoàn thành đúng hạn'], // Fri 27/3 + 7 working days skipping 2/4
    ['PC02', 'M08', '2020-05-05', 'Hoàn thành đúng hạn'], // Wed 22/4 + 7 working days skipping 30/4, 1/5
    ['PV01', 'M09', '2020-05-06', 'Hoàn thành đúng hạn'], // report Mon 13/4 + 15 working days skipping 30/4, 1/5
    ['PX01', 'M09', '2020-05-13', 'Quá hạn'], // report Mon 20/4 + 15 working days; ratification awaited
    ['PC03', 'M08', '2020-05-15', 'Sắp đến hạn'], // Wed 6/5 + 7 working days = today
    ['PC03', 'M09', '2020-06-05', 'Trong hạn'], // from M08's deadline 15/5 + 15 working days
    ['PC04', 'M08', '2020-05-22', 'Sắp đến hạn'], // Wed 13/5 + 7 working days = today + 7
    ['PH10', 'M03', '2020-04-19', 'Hoàn thành trễ hạn'], // 3/6 − 45 days, done 24/4
    ['PC08', 'M02', '2020-04-12', 'Quá hạn'], // 27/5 − 45 days
    ['PC08', 'M07', '2020-05-27', 'Trong hạn'],
    ['PC07', 'M06', '2020-05-16', 'Sắp đến hạn'], // 5/6 − 20 days; awaiting the superior
    ['CAH-KS', 'M07', '2020-05-21', 'Sắp đến hạn'], // opens Wed 20/5 for two days: closes Thu 21/5
    ['CAH-KS', 'M08', '2020-06-01', 'Trong hạn'], // Thu 21/5 + 7 working days: 22, 25–29/5, 1/6
    ['CAH-KS-04', 'M07', '2020-03-31', 'Quá hạn'], // planned 22/5, capped by the cells' cut-off
    ['CAH-KS-04', 'M06', '2020-05-02', 'Quá hạn'],
    ['CAH-KS-01', 'M12', '2020-05-09', 'Không áp dụng'], // 10/3 + 60 days
    ['PV05', 'M04', '2020-05-23', 'Trong hạn'], // 17/6 − 25 days
    ['PC10', 'M03', null, 'Chưa có hạn'],
    ['PC10', 'M02', null, 'Hoàn thành đúng hạn'],
    ['PC10', 'M01', 'absent', 'a chi bộ sets up no subcommittees'],
    ['CAT', 'M07', '2020-07-16', 'Trong hạn'], // opens 15/7 for two days
    ['CAT', 'M08', '2020-07-27', 'Trong hạn'], // Thu 16/7 + 7 working days: 17, 20–24, 27/7 (24/7 from the opening)
    ['CAT', 'M09', '2020-08-17', 'Trong hạn'], // Mon 27/7 + 15 working days: 28–31/7, 3–7/8, 10–14/8, 17/8
    ['PC10', 'M07', '2020-06-30', 'Trong hạn'], // no date: the cut-off
    ['CAT', 'M02', '2020-05-31', 'Trong hạn'], // 15/7 − 45 days
    ['CAT', 'M05', '2020-06-15', 'Trong hạn'],
  ];
  test.each(handWorked)('%s %s: deadline %s, %s', (unitId, milestoneId, due, expected) => {
    if (due === 'absent') {
      expect(pairs.some(([u, m]) => u === unitId && m === milestoneId)).toBe(false);
      return;
    }
    expect(deadline(unitId, milestoneId)).toBe(due);
    expect(standing(unitId, milestoneId)).toBe(expected);
  });

  test('every standing appears, and the awaiting-superior status', () => {
    const counts = new Map<string, number>();
    for (const [u, m] of pairs) counts.set(standing(u, m), (counts.get(standing(u, m)) ?? 0) + 1);
    for (const s of [
      'Hoàn thành đúng hạn',
      'Hoàn thành trễ hạn',
      'Quá hạn',
      'Sắp đến hạn',
      'Trong hạn',
      'Chưa có hạn',
      'Không áp dụng',
    ]) {
      expect([s, (counts.get(s) ?? 0) > 0]).toEqual([s, true]);
    }
    expect(progress.some((e) => e.status === 'awaiting')).toBe(true);
    // A realistic mix: most rows of the held congresses are done.
    expect(counts.get('Hoàn thành đúng hạn') ?? 0).toBeGreaterThan(pairs.length / 2);
  });
});

describe('the sample after the grassroots cut-off (Setup run between 01/07 and 31/12/2020)', () => {
  test('recorded as of that day only within the season; mid-season otherwise', () => {
    expect(sampleAsOf('2020-07-20')).toBe('2020-07-20');
    expect(sampleAsOf('2020-06-30')).toBe(SAMPLE_TODAY);
    expect(sampleAsOf('2020-05-04')).toBe(SAMPLE_TODAY);
    expect(sampleAsOf('2026-11-30')).toBe(SAMPLE_TODAY);
  });

  const late = sampleProgress('2020-07-20');
  const lateByKey = new Map(late.map((e) => [`${e.unitId}|${e.milestoneId}`, e]));

  test('27/27 grassroots organisations and 15/15 district organisations held their congress', () => {
    const children = units.filter((u) => u.parentId === 'CAT');
    const held = children.filter((u) => lateByKey.get(`${u.unitId}|M07`)?.status === 'done');
    expect(held).toHaveLength(42);
    expect(lateByKey.get('CAT|M07')).toMatchObject({ status: 'done', completedOn: '2020-07-16' });
  });

  test('still consistent: done only with a date on or before that day, requirements met', () => {
    for (const e of late) {
      if (e.status !== 'done') continue;
      expect(String(e.completedOn) <= '2020-07-20').toBe(true);
      for (const r of list(msById.get(e.milestoneId)?.requires ?? null))
        expect([e.unitId, r, lateByKey.get(`${e.unitId}|${r}`)?.status]).toEqual([e.unitId, r, 'done']);
    }
  });
});

describe('sample emulation results', () => {
  const targetById = new Map(targets.map((t) => [String(t.targetId), t]));

  test('one entry per applicable (unit, target), numbers ≥ 0', () => {
    const expected = units.flatMap((u) =>
      targets
        .filter((t) => {
          const types = list(t.appliesTo);
          return types.includes('Tất cả') || types.includes(String(u.type));
        })
        .map((t) => `${u.unitId}|${t.targetId}`),
    );
    expect(results.map((r) => `${r.unitId}|${r.targetId}`).sort()).toEqual(expected.sort());
    for (const r of results) {
      if (r.result !== null) expect(r.result).toBeGreaterThanOrEqual(0);
      if (r.ownTarget !== undefined && r.ownTarget !== null) expect(r.ownTarget).toBeGreaterThanOrEqual(0);
    }
  });

  test('targets: at least one At most, the three roll-ups, values ≥ 0', () => {
    expect(targets.some((t) => t.direction === 'Tối đa')).toBe(true);
    expect(new Set(targets.map((t) => t.rollup))).toEqual(new Set(['Cộng', 'Trung bình', 'Không']));
    expect(new Set(targets.map((t) => t.appliesTo)).size).toBeGreaterThanOrEqual(3);
    for (const t of targets) expect(Number(t.value)).toBeGreaterThanOrEqual(0);
  });

  test('every rating appears (docs/workbook.md §5)', () => {
    const ratings = new Set(
      results.map((r) => {
        const t = targetById.get(r.targetId);
        const value = r.ownTarget ?? Number(t?.value);
        if (r.result === null) return 'Chưa báo cáo';
        if (r.result === value) return 'Đạt';
        const better = t?.direction === 'Tối đa' ? r.result < value : r.result > value;
        return better ? 'Vượt' : 'Không đạt';
      }),
    );
    expect(ratings).toEqual(new Set(['Chưa báo cáo', 'Vượt', 'Đạt', 'Không đạt']));
  });
});

// ---------------------------------------------------------------------------------------------------------
// The add-on's own reading of the sample agrees: no errors, exactly the deliberate warnings, the same deadlines.

function sampleGrids(lang: Lang): Grid[] {
  const grids: Grid[] = sampleTables(lang).map((t) => ({
    name: SHEETS.find((s) => s.id === t.sheet)?.[lang] ?? t.sheet,
    values: [t.header, ...t.rows.map((r) => r.map((c) => c ?? ''))],
  }));
  const progressCell: Record<string, (e: (typeof progress)[number]) => unknown> = {
    unitId: (e) => e.unitId,
    milestoneId: (e) => e.milestoneId,
    status: (e) => STATUS[e.status][lang],
    completedOn: (e) => e.completedOn ?? '',
  };
  grids.push({
    name: PROGRESS[lang],
    values: [
      PROGRESS.columns.map((c) => c[lang]),
      ...progress.map((e) => PROGRESS.columns.map((c) => progressCell[c.key]?.(e) ?? '')),
    ],
  });
  const emulationCell: Record<string, (r: (typeof results)[number]) => unknown> = {
    unitId: (r) => r.unitId,
    targetId: (r) => r.targetId,
    result: (r) => r.result ?? '',
    ownTarget: (r) => r.ownTarget ?? '',
  };
  grids.push({
    name: EMULATION[lang],
    values: [
      EMULATION.columns.map((c) => c[lang]),
      ...results.map((r) => EMULATION.columns.map((c) => emulationCell[c.key]?.(r) ?? '')),
    ],
  });
  return grids;
}

describe.each(LANGS)('the sample as the add-on reads it (%s)', (lang) => {
  const analysis = analyse(sampleGrids(lang), {
    timeZone: 'Asia/Ho_Chi_Minh',
    today: dayFromIso(SAMPLE_TODAY) ?? 0,
    lang,
  });

  test('every row is read', () => {
    expect(analysis.inputs.units).toHaveLength(units.length);
    expect(analysis.inputs.milestones).toHaveLength(12);
    expect(analysis.inputs.targets).toHaveLength(targets.length);
    expect(analysis.inputs.holidays).toHaveLength(get(tables, 'holidays').rows.length);
    expect(analysis.inputs.settings).toEqual({
      organisation: 'Đảng bộ Công an tỉnh Đắk Hòa',
      term: '2020-2025',
      warningDays: 7,
      congressMilestone: 'M07',
      administrators: ['vanphong.danguy@congan-dakhoa.example'],
      restrictUpdates: true,
      protectSheets: 'warn',
      deadlineOnDayOff: 'keep',
      onUnpermittedEdit: 'flag',
    });
    expect(analysis.progress).toHaveLength(pairs.length);
  });

  test('only the deliberate warnings', () => {
    expect(analysis.findings.map((f) => [f.severity, f.code]).sort()).toEqual([
      ['warning', 'W_CHILD_AFTER_PARENT'],
      ['warning', 'W_CONGRESS_DATE_MISSING'],
      ['warning', 'W_CUTOFF_EXCEEDED'],
    ]);
  });

  test('deadlines equal the ones worked out here', () => {
    for (const p of analysis.progress) {
      const got = p.deadline === null ? null : isoFromDay(p.deadline);
      expect([p.unitId, p.milestoneId, got]).toEqual([p.unitId, p.milestoneId, deadline(p.unitId, p.milestoneId)]);
    }
  });
});
