import { analyse } from '../../src/core/analyse';
import { computeDeadlines } from '../../src/core/deadlines';
import { dayFromIso, isoFromDay } from '../../src/core/dates';
import type { Grid, Milestone, Unit } from '../../src/core/model';

const TZ = 'Asia/Ho_Chi_Minh';
const day = (iso: string): number => dayFromIso(iso) ?? NaN;

const UNIT_HEADERS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại tổ chức',
  'Đơn vị cấp trên',
  'Ngày đại hội dự kiến',
  'Đại hội điểm',
];
const MILESTONE_HEADERS = [
  'Mã mốc',
  'Tên công việc',
  'Áp dụng cho',
  'Mốc tính',
  'Số ngày',
  'Loại ngày',
  'Ngày cố định',
  'Chỉ đại hội điểm',
];

function workbook(): Grid[] {
  const holidays: unknown[][] = [['Ngày', 'Tên ngày nghỉ']];
  // Civil-service Tết breaks 23–29/01/2020 and 25/01–02/02/2025, one row per day.
  for (let d = day('2020-01-23'); d <= day('2020-01-29'); d++) holidays.push([d, 'Tết Canh Tý']);
  for (let d = day('2025-01-25'); d <= day('2025-02-02'); d++) holidays.push([isoFromDay(d), 'Tết Ất Tỵ']);
  return [
    {
      name: 'Đơn vị',
      values: [
        UNIT_HEADERS,
        ['CA', 'Đảng bộ Công an tỉnh', 'Đảng bộ cấp trên cơ sở', '', '20/08/2020', ''],
        ['PA', 'Phòng A (điểm)', 'Đảng bộ cơ sở', 'CA', '12/06/2020', 'x'],
        ['PB', 'Phòng B', 'Đảng bộ cơ sở', 'CA', '20/07/2020', ''],
        ['PC', 'Phòng C', 'Đảng bộ cơ sở', 'CA', '12/06/2020', ''],
        ['PN', 'Phòng N', 'Đảng bộ cơ sở', 'CA', '', ''],
        ['CB', 'Chi bộ 1', 'Chi bộ trực thuộc', 'PA', '05/02/2020', ''],
        ['N25', 'Chi bộ 2025', 'Chi bộ cơ sở', '', '2025-02-05', ''],
        ['N25B', 'Chi bộ trước Tết', 'Chi bộ cơ sở', '', '24/01/2025', ''],
      ],
    },
    {
      name: 'Mốc công việc',
      values: [
        MILESTONE_HEADERS,
        ['M01', 'Ban hành kế hoạch', 'Tất cả', 'Ngày đại hội', -90, 'Ngày', '', ''],
        ['M05', 'Gửi dự thảo lấy ý kiến', 'Đảng bộ cấp trên cơ sở; Đảng bộ cơ sở', 'Ngày đại hội', -30, '', '', ''],
        ['M06', 'Báo cáo cấp trên', '', 'Ngày đại hội', -5, 'Ngày làm việc', '', ''],
        ['M07', 'Tổ chức đại hội', '', 'Ngày đại hội', 0, '', '', ''],
        ['M08', 'Báo cáo kết quả', '', 'M07', 7, 'Ngày làm việc', '', ''],
        ['M09', 'Chuẩn y', '', 'M08', 15, 'Working', '', ''],
        ['M10', 'Rút kinh nghiệm', '', 'M07', 7, '', '', 'x'],
        ['M11', 'Quy chế làm việc', '', 'M09', 30, 'Ngày', '', ''],
        ['M13', 'Trước đại hội cấp trên', '', 'Ngày đại hội cấp trên', -10, '', '', ''],
        ['M14', 'Mốc cố định', '', 'Ngày cố định', 2, 'Ngày làm việc', '22/01/2020', ''],
      ],
    },
    {
      name: 'Hạn chót',
      values: [
        ['Loại tổ chức', 'Mã mốc', 'Hạn chót'],
        ['Đảng bộ cơ sở', 'M07', '30/06/2020'],
      ],
    },
    { name: 'Ngày nghỉ', values: holidays },
    {
      name: 'Tiến độ',
      values: [
        ['Mã đơn vị', 'Mã mốc', 'Trạng thái', 'Ngày hoàn thành'],
        ['PA', 'M07', 'Hoàn thành', '15/06/2020'],
        ['PC', 'M07', 'Đang thực hiện', '01/06/2020'], // not done: its date is not an anchor
      ],
    },
  ];
}

describe('computed deadlines (worked out by hand)', () => {
  const a = analyse(workbook(), { timeZone: TZ, today: day('2020-07-01') });
  const deadline = (unit: string, m: string): string | null | 'absent' => {
    const row = a.progress.find((p) => p.unitId === unit && p.milestoneId === m);
    return row === undefined ? 'absent' : row.deadline === null ? null : isoFromDay(row.deadline);
  };

  test.each<[string, string, string | null | 'absent', string]>([
    ['PC', 'M01', '2020-03-14', 'congress − 90 calendar days'],
    ['PC', 'M05', '2020-05-13', 'applies to Đảng bộ cơ sở'],
    ['CB', 'M05', 'absent', 'not listed for Chi bộ trực thuộc'],
    ['PC', 'M06', '2020-06-05', '−5 working days from a Friday'],
    ['PC', 'M07', '2020-06-12', 'congress day; earlier than the cut-off'],
    ['PC', 'M08', '2020-06-23', 'M07 + 7 working days'],
    ['PC', 'M09', '2020-07-14', 'M08 + 15 working days'],
    ['PC', 'M11', '2020-08-13', 'M09 + 30 calendar days (chain three deep)'],
    ['PC', 'M10', 'absent', 'pilot only'],
    ['PC', 'M13', '2020-08-10', 'parent congress − 10'],
    ['PA', 'M07', '2020-06-12', 'completion does not change its own deadline'],
    ['PA', 'M08', '2020-06-24', 'anchored on the completion date 15/06'],
    ['PA', 'M09', '2020-07-15', 'follows the completion-based M08'],
    ['PA', 'M11', '2020-08-14', ''],
    ['PA', 'M10', '2020-06-22', 'pilot: completion 15/06 + 7'],
    ['PB', 'M01', '2020-04-21', ''],
    ['PB', 'M07', '2020-06-30', 'cut-off wins over 20/07'],
    ['PB', 'M08', '2020-07-09', 'anchored on the cut-off deadline'],
    ['PB', 'M09', '2020-07-30', ''],
    ['PB', 'M11', '2020-08-29', ''],
    ['PN', 'M01', null, 'no congress date'],
    ['PN', 'M07', '2020-06-30', 'missing computed date becomes the cut-off'],
    ['PN', 'M08', '2020-07-09', ''],
    ['CA', 'M06', '2020-08-13', ''],
    ['CA', 'M13', null, 'root: no parent congress'],
    ['CA', 'M07', '2020-08-20', 'cut-off is for another type'],
    ['CB', 'M01', '2019-11-07', ''],
    ['CB', 'M06', '2020-01-22', '−5 working days back over Tết 2020'],
    ['CB', 'M08', '2020-02-14', ''],
    ['CB', 'M13', '2020-06-02', 'parent PA congress − 10'],
    ['N25', 'M06', '2025-01-22', '−5 working days back over Tết 2025'],
    ['N25', 'M08', '2025-02-14', ''],
    ['N25B', 'M08', '2025-02-11', '+7 working days over Tết 2025'],
    ['N25B', 'M09', '2025-03-04', ''],
    ['N25B', 'M11', '2025-04-03', ''],
    ['N25B', 'M13', null, 'no parent'],
    ['CA', 'M14', '2020-01-31', 'fixed 22/01/2020 + 2 working over Tết 2020'],
    ['N25', 'M14', '2020-01-31', ''],
  ])('%s %s → %s (%s)', (unit, m, expected) => {
    expect(deadline(unit, m)).toBe(expected);
  });

  test('W_CUTOFF_EXCEEDED for PB only (no Progress row: on the cut-off cell); congress date missing for PN', () => {
    expect(a.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['W_CONGRESS_DATE_MISSING', 'Đơn vị', 'E6'],
      ['W_CUTOFF_EXCEEDED', 'Hạn chót', 'C2'],
    ]);
  });

  test('plan rows are in unit order × milestone order and carry the cut-off', () => {
    expect(a.progress.filter((p) => p.unitId === 'PA').map((p) => p.milestoneId)).toEqual([
      'M01',
      'M05',
      'M06',
      'M07',
      'M08',
      'M09',
      'M10',
      'M11',
      'M13',
      'M14',
    ]);
    expect(a.progress[0]?.unitId).toBe('CA');
    const pb = a.progress.find((p) => p.unitId === 'PB' && p.milestoneId === 'M07');
    expect(pb).toMatchObject({
      computedDeadline: day('2020-07-20'),
      cutoff: day('2020-06-30'),
      deadline: day('2020-06-30'),
    });
  });

  test('Order column sorts milestones', () => {
    const grids = workbook();
    const ms = grids[1] as Grid;
    ms.values[0]?.push('Thứ tự');
    ms.values.slice(1).forEach((row, i) => row.push(10 - i));
    const b = analyse(grids, { timeZone: TZ, today: 0 });
    expect(b.inputs.milestones.map((m) => m.id)).toEqual([
      'M14',
      'M13',
      'M11',
      'M10',
      'M09',
      'M08',
      'M07',
      'M06',
      'M05',
      'M01',
    ]);
    // Anchors still evaluate before what depends on them whatever the display order.
    expect(isoFromDay(b.progress.find((p) => p.unitId === 'PC' && p.milestoneId === 'M11')?.deadline ?? 0)).toBe(
      '2020-08-13',
    );
  });
});

describe('long chains and speed', () => {
  const unit = (i: number): Unit => ({
    id: `U${i}`,
    name: `Unit ${i}`,
    type: 'T',
    parentId: i === 0 ? null : 'U0',
    members: null,
    congressDate: day('2020-06-12') + (i % 40),
    congressDays: 1,
    pilot: i % 3 === 0,
    editors: [],
    row: i + 2,
  });
  const milestone = (i: number, anchor: Milestone['anchor'], offset: number, working: boolean): Milestone => ({
    id: `M${i}`,
    name: `Task ${i}`,
    appliesTo: 'all',
    anchor,
    offset,
    dayKind: working ? 'working' : 'calendar',
    fixedDate: null,
    requires: [],
    pilotOnly: i === 9,
    order: i,
    row: i + 2,
  });

  test('a chain of 3,000 milestones needs no recursion', () => {
    const ms: Milestone[] = [milestone(0, { kind: 'congress' }, 0, false)];
    for (let i = 1; i < 3000; i++) ms.push(milestone(i, { kind: 'milestone', milestoneId: `M${i - 1}` }, 1, false));
    ms.reverse();
    const cells = computeDeadlines({ units: [unit(0)], milestones: ms, cutoffs: [], holidays: [], entries: [] });
    expect(cells).toHaveLength(3000);
    expect(cells[0]?.deadline).toBe(day('2020-06-12') + 2999);
  });

  test('5,000 units × 12 milestones computed in one pass', () => {
    const units = Array.from({ length: 5000 }, (_, i) => unit(i));
    const ms: Milestone[] = [];
    for (let i = 0; i < 12; i++) {
      const anchor: Milestone['anchor'] =
        i < 6
          ? { kind: 'congress' }
          : i === 11
            ? { kind: 'parentCongress' }
            : { kind: 'milestone', milestoneId: `M${i - 1}` };
      ms.push(milestone(i, anchor, i < 6 ? -90 + i * 15 : 7, i % 2 === 0));
    }
    const holidays = [{ date: day('2020-09-02'), name: 'Quốc khánh' }];
    const entries = units.slice(0, 2000).map((u) => ({
      unitId: u.id,
      milestoneId: 'M6',
      status: 'done' as const,
      completedOn: day('2020-07-01'),
      row: 2,
    }));
    const cutoffs = [{ type: 'T', milestoneId: 'M7', cutoff: day('2020-07-01'), row: 2 }];
    let best = Infinity;
    let cells: ReturnType<typeof computeDeadlines> = [];
    for (let run = 0; run < 4; run++) {
      const t0 = performance.now();
      cells = computeDeadlines({ units, milestones: ms, cutoffs, holidays, entries });
      best = Math.min(best, performance.now() - t0);
    }
    const ms1 = best;
    if (process.env.SHOW_TIMING) console.log('computeDeadlines ms', ms1);
    expect(cells.length).toBeGreaterThan(55_000);
    // Speed is measured by `npm run bench` on a quiet machine; a timed assertion here only measures the load.
  });

  test('analyse of a 5,000-unit workbook with 60,000 Progress rows', () => {
    const unitRows: unknown[][] = [UNIT_HEADERS];
    for (let i = 0; i < 5000; i++)
      unitRows.push([
        `U${i}`,
        `Đơn vị ${i}`,
        'Đảng bộ cơ sở',
        i ? 'U0' : '',
        new Date(Date.UTC(2020, 5, 1 + (i % 20)) - 7 * 3600_000),
        '',
      ]);
    const msRows: unknown[][] = [MILESTONE_HEADERS];
    for (let i = 1; i <= 12; i++)
      msRows.push([
        `M${i}`,
        `Việc ${i}`,
        '',
        i === 1 ? 'Ngày đại hội' : `M${i - 1}`,
        i === 1 ? -90 : 5,
        i % 2 ? 'Ngày làm việc' : '',
        '',
        '',
      ]);
    const progressRows: unknown[][] = [['Mã đơn vị', 'Mã mốc', 'Trạng thái', 'Ngày hoàn thành']];
    for (let u = 0; u < 5000; u++)
      for (let m = 1; m <= 12; m++)
        progressRows.push([
          `U${u}`,
          `M${m}`,
          m < 3 ? 'Hoàn thành' : '',
          m < 3 ? new Date(Date.UTC(2020, 2, m) - 7 * 3600_000) : '',
        ]);
    const grids: Grid[] = [
      { name: 'Đơn vị', values: unitRows },
      { name: 'Mốc công việc', values: msRows },
      { name: 'Tiến độ', values: progressRows },
    ];
    let elapsed = Infinity;
    let a = analyse(grids, { timeZone: TZ, today: day('2020-05-01') });
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      a = analyse(grids, { timeZone: TZ, today: day('2020-05-01') });
      elapsed = Math.min(elapsed, performance.now() - t0);
    }
    expect(a.progress).toHaveLength(60_000);
    expect(a.findings.filter((f) => f.code !== 'W_CHILD_AFTER_PARENT')).toEqual([]);
    if (process.env.SHOW_TIMING) console.log('analyse 60k rows ms', elapsed);
  });
});
