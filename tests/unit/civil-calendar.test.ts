// The civil-service calendar (docs/workbook.md §2.1 Holidays, §3): days off and làm bù Saturdays, the congress's closing
// day, and the Deadline on a day off policy. Every expected date below is worked out by hand from the
// calendar; the comment beside it shows the count.
import { HyperFormula } from 'hyperformula';
import { analyse } from '../../src/core/analyse';
import { addWorkdays, dayFromIso, isoFromDay, moveOffDayOff, type DayOffPolicy } from '../../src/core/dates';
import type { Grid } from '../../src/core/model';
import { HOLIDAYS_VN, templateTables } from '../../src/core/sample';

const TZ = 'Asia/Ho_Chi_Minh';
const D = (iso: string): number => dayFromIso(iso) ?? NaN;

// The sample's holiday lists (2019–2021, 2024–2026), split by kind as the add-on reads them.
const OFF = new Set(HOLIDAYS_VN.filter((h) => h.kind !== 'worked').map((h) => D(h.date)));
const WORKED = new Set(HOLIDAYS_VN.filter((h) => h.kind === 'worked').map((h) => D(h.date)));

describe('the làm bù Saturdays of each year’s notice are in the sample lists', () => {
  test.each([
    ['2019-01-05', '31/12/2018'],
    ['2019-05-04', '29/04/2019'],
    ['2024-05-04', '29/04/2024'],
    ['2025-04-26', '02/05/2025'],
    ['2026-01-10', '02/01/2026'],
    ['2026-08-22', '31/08/2026'],
  ])('%s worked for %s', (date, forDay) => {
    const h = HOLIDAYS_VN.find((x) => x.date === date);
    expect(h?.kind).toBe('worked');
    expect(h?.vi).toContain(forDay);
    expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(6);
  });

  test('the 2026 National Day bridge is marked as a proposal on both rows', () => {
    for (const date of ['2026-08-22', '2026-08-31']) {
      const h = HOLIDAYS_VN.find((x) => x.date === date);
      expect(h?.vi).toContain('đề xuất của Bộ Nội vụ');
      expect(h?.en).toContain('proposed by the Ministry of Home Affairs');
    }
    expect(HOLIDAYS_VN.find((x) => x.date === '2026-08-31')?.kind).toBeUndefined();
  });
});

describe('working days on the civil-service calendar', () => {
  test.each<[string, number, string, string]>([
    // 2019
    ['2019-01-04', 1, '2019-01-05', 'Fri → Sat 05/01 worked for 31/12/2018'],
    ['2019-04-26', 1, '2019-05-02', 'Fri → over 29/04 (swapped), 30/04, 01/05 → Thu'],
    ['2019-04-26', 3, '2019-05-04', 'Thu 02/05 (1), Fri 03/05 (2), Sat 04/05 worked (3)'],
    // 2020 (Quy định 29-QĐ/TW)
    ['2020-07-16', 7, '2020-07-27', 'Thu close: 17, 20, 21, 22, 23, 24, 27/07'],
    ['2020-07-15', 7, '2020-07-24', 'counted from the opening day instead: 16, 17, 20–24/07'],
    ['2020-04-01', 1, '2020-04-03', 'over Giỗ Tổ Thu 02/04/2020'],
    ['2020-08-29', 7, '2020-09-09', 'Sat close: 31/08, 01/09, (02/09 off) 03, 04, 07, 08, 09/09'],
    // 2021
    ['2021-09-01', 1, '2021-09-06', 'over 02–03/09/2021 and the weekend'],
    // 2024
    ['2024-04-26', 2, '2024-05-03', 'over 29/04 (swapped), 30/04, 01/05: Thu 02 (1), Fri 03 (2)'],
    ['2024-04-26', 3, '2024-05-04', 'then Sat 04/05 worked'],
    // 2025: the case of the notice
    ['2025-04-21', 7, '2025-04-29', '22, 23, 24, 25, Sat 26 worked, 28, 29/04'],
    ['2025-04-21', 15, '2025-05-14', 'then (30/04, 01/05, 02/05 off) 05–09, 12, 13, 14/05'],
    ['2025-04-29', 15, '2025-05-23', '05–09, 12–16, 19–23/05'],
    ['2025-04-25', 1, '2025-04-26', 'Fri → Sat 26/04 worked'],
    ['2025-04-28', -1, '2025-04-26', 'Mon back → Sat 26/04 worked'],
    ['2025-04-26', 0, '2025-04-26', 'offset 0 keeps the base'],
    ['2025-01-24', 1, '2025-02-03', 'over Tết 25/01–02/02/2025'],
    // 2026
    ['2025-12-31', 1, '2026-01-05', 'over 01/01 and 02/01 (swapped) and the weekend'],
    ['2026-01-09', 1, '2026-01-10', 'Fri → Sat 10/01 worked for 02/01'],
    ['2026-08-21', 1, '2026-08-22', 'Fri → Sat 22/08 worked (proposal) for 31/08'],
    ['2026-08-21', 2, '2026-08-24', 'then Mon 24/08'],
    ['2026-08-28', 1, '2026-09-03', 'over 31/08 (proposal), 01/09, 02/09 → Thu'],
    ['2026-09-03', -1, '2026-08-28', 'and back'],
  ])('WORKDAY(%s, %d) on the calendar = %s (%s)', (base, offset, expected) => {
    expect(isoFromDay(addWorkdays(D(base), offset, OFF, WORKED))).toBe(expected);
  });

  test('without its làm bù Saturday, +7 from 21/04/2025 would be 05/05/2025', () => {
    // 22–25/04 (4), 28 (5), 29 (6), 30/04–02/05 off, 05/05 (7)
    expect(isoFromDay(addWorkdays(D('2025-04-21'), 7, OFF))).toBe('2025-05-05');
  });

  test.each<[string, number, string]>([
    ['2025-04-25', 1, '2025-04-27'], // Sat not worked, Sun 27/04 worked
    ['2025-04-25', 2, '2025-04-28'],
    ['2025-04-28', -1, '2025-04-27'],
    ['2025-04-26', 1, '2025-04-27'], // from the Saturday itself
  ])('a Sunday listed Làm bù counts: WORKDAY(%s, %d) = %s', (base, offset, expected) => {
    const sunday = new Set([D('2025-04-27')]);
    expect(isoFromDay(addWorkdays(D(base), offset, new Set(), sunday))).toBe(expected);
  });

  test('a weekday listed both Nghỉ and Làm bù is worked', () => {
    const day = D('2025-04-30');
    expect(isoFromDay(addWorkdays(D('2025-04-29'), 1, new Set([day]), new Set([day])))).toBe('2025-04-30');
  });
});

describe('a calendar-day deadline on a day off', () => {
  test.each<[string, DayOffPolicy, string]>([
    ['2020-01-25', 'keep', '2020-01-25'], // Sat inside Tết 23–29/01/2020
    ['2020-01-25', 'earlier', '2020-01-22'], // back over 24, 23/01 (Tết) to Wed 22/01
    ['2020-01-25', 'later', '2020-01-30'], // on over 26 (Sun), 27–29/01 (Tết) to Thu 30/01
    ['2025-04-30', 'earlier', '2025-04-29'],
    ['2025-04-30', 'later', '2025-05-05'], // 01/05, 02/05 off, weekend
    ['2025-04-27', 'earlier', '2025-04-26'], // Sunday back to the worked Saturday
    ['2025-04-27', 'later', '2025-04-28'],
    ['2025-04-26', 'earlier', '2025-04-26'], // a worked Saturday is a working day
    ['2026-02-14', 'earlier', '2026-02-13'], // first day of Tết 14–22/02/2026
    ['2026-02-14', 'later', '2026-02-23'],
    ['2026-08-31', 'earlier', '2026-08-28'],
    ['2026-08-31', 'later', '2026-09-03'],
    ['2020-06-12', 'later', '2020-06-12'], // a working Friday stays
  ])('%s with %s → %s', (day, policy, expected) => {
    expect(isoFromDay(moveOffDayOff(D(day), policy, OFF, WORKED))).toBe(expected);
  });
});

// ---- The whole reading: Units' Congress days, Holidays' Kind, Settings' day-off policy -------------------

const UNIT_HEADERS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại tổ chức',
  'Đơn vị cấp trên',
  'Ngày đại hội dự kiến',
  'Số ngày đại hội',
];
const MILESTONE_HEADERS = ['Mã mốc', 'Tên công việc', 'Áp dụng cho', 'Mốc tính', 'Số ngày', 'Loại ngày'];

/** The sample holiday list as Setup writes it (ISO text dates, Kind in words). */
function holidaysGrid(): Grid {
  const t = templateTables('vi').find((x) => x.sheet === 'holidays');
  if (!t) throw new Error('no holidays');
  return { name: 'Ngày nghỉ', values: [t.header, ...t.rows.map((r) => r.map((c) => c ?? ''))] };
}

function workbook(policy: string, extraHolidays: unknown[][] = []): Grid[] {
  const holidays = holidaysGrid();
  holidays.values.push(...extraHolidays);
  return [
    {
      name: 'Đơn vị',
      values: [
        UNIT_HEADERS,
        ['G1', 'Đảng bộ một ngày', 'Đảng bộ cơ sở', '', '15/07/2020', ''],
        ['G2', 'Đảng bộ hai ngày', 'Đảng bộ cơ sở', '', '15/07/2020', 2],
        ['D3', 'Đảng bộ ba ngày', 'Đảng bộ cấp trên cơ sở', '', '15/07/2020', '3'],
        ['W3', 'Bế mạc thứ Bảy', 'Đảng bộ cấp trên cơ sở', '', '27/08/2020', 3],
        ['T20', 'Trước Tết 2020', 'Chi bộ cơ sở', '', '14/02/2020', 1],
        ['T25', 'Mùa 2025', 'Chi bộ cơ sở', '', '21/04/2025', ''],
      ],
    },
    {
      name: 'Mốc công việc',
      values: [
        MILESTONE_HEADERS,
        ['M06', 'Báo cáo cấp trên', '', 'Ngày đại hội', -20, 'Ngày'],
        ['M07', 'Tổ chức đại hội', '', 'Ngày bế mạc đại hội', 0, 'Ngày'],
        ['M08', 'Báo cáo kết quả', '', 'M07', 7, 'Ngày làm việc'],
        ['M09', 'Chuẩn y', '', 'M08', 15, 'Ngày làm việc'],
        ['M10', 'Rút kinh nghiệm', '', 'M07', 10, 'Ngày'],
      ],
    },
    {
      name: 'Cài đặt',
      values: [
        ['Thiết lập', 'Giá trị'],
        ['Hạn rơi vào ngày nghỉ', policy],
      ],
    },
    holidays,
  ];
}

function deadlinesOf(grids: Grid[]): (unit: string, m: string) => string | null {
  const a = analyse(grids, { timeZone: TZ, today: D('2020-07-01') });
  return (unit, m) => {
    const row = a.progress.find((p) => p.unitId === unit && p.milestoneId === m);
    if (!row) throw new Error(`${unit} ${m}`);
    return row.deadline === null ? null : isoFromDay(row.deadline);
  };
}

describe('deadlines counted from the close of the congress (Quy định 29-QĐ/TW, 24-QĐ/TW)', () => {
  const dl = deadlinesOf(workbook('Giữ nguyên'));
  test.each<[string, string, string, string]>([
    ['G1', 'M07', '2020-07-15', 'one day (blank): closes the day it opens'],
    ['G1', 'M08', '2020-07-24', '15/07 + 7 working days'],
    ['G2', 'M07', '2020-07-16', 'two days: Wed 15 – Thu 16/07'],
    ['G2', 'M08', '2020-07-27', 'Thu 16/07 + 7: 17, 20–24, 27/07'],
    ['G2', 'M09', '2020-08-17', 'Mon 27/07 + 15: 28–31/07, 03–07/08, 10–14/08, 17/08'],
    ['G2', 'M06', '2020-06-25', 'reporting before the congress still counts from the opening'],
    ['D3', 'M07', '2020-07-17', 'three days: closes Fri 17/07'],
    ['D3', 'M08', '2020-07-28', '20–24, 27, 28/07'],
    ['W3', 'M07', '2020-08-29', 'opens Thu 27/08, closes Sat 29/08'],
    ['W3', 'M08', '2020-09-09', '31/08, 01/09, (02/09 off) 03, 04, 07, 08, 09/09'],
    ['T25', 'M08', '2025-04-29', 'Mon 21/04/2025 + 7 with Sat 26/04 worked'],
    ['T25', 'M09', '2025-05-23', 'Tue 29/04 + 15 over 30/04–02/05'],
    ['G2', 'M10', '2020-07-26', 'Keep: Thu 16/07 + 10 is Sun 26/07, kept'],
  ])('%s %s → %s (%s)', (unit, m, expected) => {
    expect(dl(unit, m)).toBe(expected);
  });
});

describe.each<[string, string]>([
  ['Lùi về ngày làm việc trước', 'earlier'],
  ['Dời sang ngày làm việc sau', 'later'],
])('Settings: Hạn rơi vào ngày nghỉ = %s', (setting, policy) => {
  const dl = deadlinesOf(workbook(setting));
  const cases: [string, string, string, string, string][] = [
    // unit, milestone, earlier, later, why
    ['G2', 'M10', '2020-07-24', '2020-07-27', 'Sun 26/07/2020'],
    ['T25', 'M10', '2025-04-29', '2025-05-05', '21/04/2025 + 10 = Thu 01/05 (holiday run 30/04–04/05)'],
    ['T20', 'M06', '2020-01-22', '2020-01-30', '14/02/2020 − 20 = Sat 25/01, inside Tết 23–29/01'],
    ['G2', 'M06', '2020-06-25', '2020-06-25', 'a working Thursday is not moved'],
    ['W3', 'M07', '2020-08-29', '2020-08-29', 'offset 0 (the congress) is never moved, even on a Saturday'],
    ['T20', 'M07', '2020-02-14', '2020-02-14', 'offset 0'],
    ['W3', 'M08', '2020-09-09', '2020-09-09', 'working-day results are working days already'],
    ['W3', 'M10', '2020-09-08', '2020-09-08', 'Sat 29/08 + 10 = Tue 08/09, a working day'],
  ];
  test.each(cases)('%s %s → earlier %s / later %s (%s)', (unit, m, earlier, later) => {
    expect(dl(unit, m)).toBe(policy === 'earlier' ? earlier : later);
  });
});

describe('a Sunday listed Làm bù in the Holidays sheet', () => {
  test('counts as a working day for a deadline and for the day-off policy', () => {
    // Hypothetical notice: Sunday 19/07/2020 worked.
    const dl = deadlinesOf(workbook('Lùi về ngày làm việc trước', [['19/07/2020', 'Làm bù (giả định)', 'Làm bù']]));
    expect(dl('G2', 'M08')).toBe('2020-07-24'); // Thu 16/07 + 7: 17, Sun 19, 20, 21, 22, 23, 24/07
    expect(dl('D3', 'M08')).toBe('2020-07-27'); // Fri 17/07 + 7: Sun 19, 20–24, 27/07
    expect(dl('G1', 'M10')).toBe('2020-07-24'); // Wed 15/07 + 10 = Sat 25/07 → Fri 24/07
  });
});

describe('an English workbook', () => {
  test('Congress days, Congress closing date, Kind Working day / Day off, Deadline on a day off', () => {
    const grids: Grid[] = [
      {
        name: 'Units',
        values: [
          ['Unit ID', 'Unit name', 'Unit type', 'Parent unit', 'Planned congress date', 'Congress days'],
          ['G2', 'Two-day committee', 'Đảng bộ cơ sở', '', '15/07/2020', 2],
        ],
      },
      {
        name: 'Milestones',
        values: [
          ['Milestone ID', 'Task', 'Applies to', 'Anchor', 'Offset (days)', 'Day type'],
          ['M07', 'Congress held', 'All', 'Congress closing date', 0, 'Calendar'],
          ['M08', 'Results sent', 'All', 'M07', 7, 'Working'],
          ['M10', 'Lessons review', 'All', 'M07', 9, 'Calendar'],
        ],
      },
      {
        name: 'Settings',
        values: [
          ['Setting', 'Value'],
          ['Deadline on a day off', 'Later'],
        ],
      },
      {
        name: 'Holidays',
        values: [
          ['Date', 'Holiday', 'Kind'],
          ['18/07/2020', 'Saturday worked (hypothetical)', 'Working day'],
          ['27/07/2020', 'Day off (hypothetical)', 'Day off'],
        ],
      },
    ];
    const a = analyse(grids, { timeZone: TZ, today: D('2020-07-01') });
    expect(a.findings).toEqual([]);
    const got = a.progress.map((p) => [p.milestoneId, p.deadline === null ? null : isoFromDay(p.deadline)]);
    expect(got).toEqual([
      ['M07', '2020-07-16'],
      ['M08', '2020-07-24'], // Thu 16/07 + 7: 17, Sat 18, 20, 21, 22, 23, 24/07
      ['M10', '2020-07-28'], // 16/07 + 9 = Sat 25/07 → later: Sun 26, Mon 27 (day off), Tue 28/07
    ]);
  });
});

describe('validation of the new columns', () => {
  test('Làm bù on a weekday, an unknown kind, Congress days out of range, an unknown policy', () => {
    const grids = workbook('Lùi', [
      ['30/04/2025', 'Nhầm ngày', 'Làm bù'],
      ['03/05/2025', 'Nghỉ bù', 'Nghỉ bù'],
    ]);
    const units = grids[0] as Grid;
    units.values.push(['X0', 'Không ngày', 'Chi bộ cơ sở', '', '01/06/2020', 0]);
    units.values.push(['X6', 'Sáu ngày', 'Chi bộ cơ sở', '', '01/06/2020', 6]);
    units.values.push(['XF', 'Nửa ngày', 'Chi bộ cơ sở', '', '01/06/2020', '1,5']);
    units.values.push(['XT', 'Chữ', 'Chi bộ cơ sở', '', '01/06/2020', 'hai']);
    const a = analyse(grids, { timeZone: TZ, today: D('2020-07-01') });
    const holidayRows = (grids[3] as Grid).values.length;
    expect(a.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['E_NUMBER_INVALID', 'Đơn vị', 'F8'],
      ['E_NUMBER_INVALID', 'Đơn vị', 'F9'],
      ['E_NUMBER_INVALID', 'Đơn vị', 'F10'],
      ['E_NUMBER_INVALID', 'Đơn vị', 'F11'],
      ['E_VALUE_UNKNOWN', 'Cài đặt', 'B2'],
      ['W_WORKING_DAY_NOT_WEEKEND', 'Ngày nghỉ', `A${holidayRows - 1}`],
      ['E_VALUE_UNKNOWN', 'Ngày nghỉ', `C${holidayRows}`],
    ]);
    const notWeekend = a.findings.find((f) => f.code === 'W_WORKING_DAY_NOT_WEEKEND');
    expect(notWeekend?.severity).toBe('warning');
    expect(notWeekend?.message).toContain('30/04/2025 là thứ Tư');
    expect(a.findings.find((f) => f.cell === 'F9')?.message).toContain('từ 1 đến 5');
    // Read as one day meanwhile; an unknown policy keeps the default.
    const x6 = a.progress.find((p) => p.unitId === 'X6' && p.milestoneId === 'M07');
    expect(isoFromDay(x6?.deadline ?? 0)).toBe('2020-06-01');
    expect(a.inputs.settings.deadlineOnDayOff).toBe('keep');
    expect(a.inputs.holidays.at(-1)?.kind).toBe('off');
  });

  test('the English message names the weekday', () => {
    const grids: Grid[] = [
      { name: 'Units', values: [['Unit ID', 'Unit name', 'Unit type']] },
      { name: 'Milestones', values: [['Milestone ID', 'Task', 'Anchor', 'Offset (days)']] },
      {
        name: 'Holidays',
        values: [
          ['Date', 'Holiday', 'Kind'],
          ['02/05/2025', 'Mistake', 'Working day'],
        ],
      },
    ];
    const a = analyse(grids, { timeZone: TZ, today: D('2020-07-01') });
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual([['W_WORKING_DAY_NOT_WEEKEND', 'A2']]);
    expect(a.findings[0]?.message).toContain('02/05/2025 is a Friday');
  });
});

// ---- A second engine: without làm bù days the working-day function is exactly WORKDAY --------------------

describe('addWorkdays agrees with the WORKDAY of an independent spreadsheet engine', () => {
  test('2,000 random bases and offsets over 2019–2026 with the sample days off', () => {
    let seed = 20_200_715;
    const rnd = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const first = D('2019-01-01');
    const span = D('2026-12-31') - first;
    const offDays = [...OFF].sort((a, b) => a - b);
    const cases = Array.from({ length: 2000 }, () => ({
      base: first + Math.floor(rnd() * span),
      offset: Math.floor(rnd() * 61) - 30,
    }));
    // Column A: the days off; B: base; C: offset; D: WORKDAY(B, C, A).
    const rows: (number | string | null)[][] = cases.map((c, i) => [
      offDays[i] ?? null,
      c.base,
      c.offset,
      `=WORKDAY(B${i + 1},C${i + 1},$A$1:$A$${offDays.length})`,
    ]);
    const hf = HyperFormula.buildFromArray(rows, {
      licenseKey: 'gpl-v3',
      nullDate: { year: 1899, month: 12, day: 30 },
    });
    const engine = cases.map((_, r) => hf.getCellValue({ sheet: 0, row: r, col: 3 }));
    hf.destroy();
    expect(offDays.length).toBeLessThan(cases.length);
    expect(cases.map((c) => addWorkdays(c.base, c.offset, OFF))).toEqual(engine);
  });
});
