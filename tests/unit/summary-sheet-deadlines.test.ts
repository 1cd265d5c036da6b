// The report's figures with each row's deadline as the Progress sheet holds it (SummaryOptions.deadlines =
// 'sheet'): the dates users see, whatever the inputs would compute now; pairs with no row yet are untracked.
import { analyse } from '../../src/core/analyse';
import { dayFromIso } from '../../src/core/dates';
import type { Grid } from '../../src/core/model';
import { summarise } from '../../src/core/summary';
import { toSpecJson } from '../../src/core/summary-json';

const day = (iso: string): number => dayFromIso(iso) ?? NaN;
const TODAY = day('2020-06-15');

// M06 = congress − 20 calendar days, M07 = the congress (the congress milestone). Warning window 5 days.
// Computed: PA M06 21/05, M07 10/06; PB M06 10/06, M07 30/06; PC M06 11/06, M07 01/07.
// The sheet says otherwise for three of PA's and PB's rows, and has no row for PC.
function workbook(): Grid[] {
  return [
    {
      name: 'Đơn vị',
      values: [
        ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Đơn vị cấp trên', 'Ngày đại hội dự kiến'],
        ['PA', 'Phòng A', 'Đảng bộ cơ sở', '', '10/06/2020'],
        ['PB', 'Phòng B', 'Đảng bộ cơ sở', '', '30/06/2020'],
        ['PC', 'Phòng C', 'Đảng bộ cơ sở', '', '01/07/2020'],
      ],
    },
    {
      name: 'Mốc công việc',
      values: [
        ['Mã mốc', 'Tên công việc', 'Áp dụng cho', 'Mốc tính', 'Số ngày'],
        ['M06', 'Báo cáo cấp trên', '', 'Ngày đại hội', -20],
        ['M07', 'Tổ chức đại hội', '', 'Ngày đại hội', 0],
      ],
    },
    {
      name: 'Cài đặt',
      values: [
        ['Thiết lập', 'Giá trị'],
        ['Số ngày cảnh báo', 5],
      ],
    },
    {
      name: 'Tiến độ',
      values: [
        ['Mã đơn vị', 'Mã mốc', 'Hạn', 'Trạng thái', 'Ngày hoàn thành'],
        ['PA', 'M06', '25/05/2020', '', ''], // later than computed: 21 days late, not 25
        ['PA', 'M07', '10/06/2020', 'Hoàn thành', '12/06/2020'], // done late
        ['PB', 'M06', 'không rõ', '', ''], // unreadable: no deadline (computed would be overdue)
        ['PB', 'M07', '18/06/2020', '', ''], // earlier than computed: due in 3 days
      ],
    },
  ];
}

describe('summary with the Progress sheet’s deadlines (today 15/06/2020)', () => {
  const analysis = analyse(workbook(), { timeZone: 'Asia/Ho_Chi_Minh', today: TODAY });
  const s = summarise(analysis, TODAY, { deadlines: 'sheet' });

  test('an unreadable deadline cell is read as blank without a finding (Refresh rewrites it)', () => {
    expect(analysis.findings.filter((f) => f.sheet === 'Tiến độ')).toEqual([]);
    expect(analysis.progressEntries.map((e) => e.deadline)).toEqual([
      day('2020-05-25'),
      day('2020-06-10'),
      null,
      day('2020-06-18'),
    ]);
  });

  test('each standing from the sheet’s deadline; pairs with no row are untracked', () => {
    expect(Object.fromEntries(s.matrix.rows.map((r) => [r.unitId, r.cells]))).toEqual({
      PA: ['overdue', 'doneLate'],
      PB: ['noDeadline', 'dueSoon'],
      PC: ['untracked', 'untracked'],
    });
    expect(s.untracked).toBe(2);
  });

  test('the figures count only the rows on the sheet', () => {
    expect(s.byType.map(({ standings: _s, ...rest }) => rest)).toEqual([
      {
        type: 'Đảng bộ cơ sở',
        units: 3,
        congressHeld: 1,
        rows: 4,
        done: 1,
        doneOnTime: 0,
        doneLate: 1,
        overdue: 1,
        dueSoon: 1,
      },
    ]);
    expect(s.byType[0]?.standings).toEqual({
      notApplicable: 0,
      doneOnTime: 0,
      doneLate: 1,
      noDeadline: 1,
      overdue: 1,
      dueSoon: 1,
      onTrack: 0,
    });
    expect(s.overdue.map((o) => [o.unitId, o.milestoneId, o.deadline, o.daysLate])).toEqual([
      ['PA', 'M06', day('2020-05-25'), 21],
    ]);
    expect(s.dueSoon.map((o) => [o.unitId, o.milestoneId, o.deadline, o.daysLeft])).toEqual([
      ['PB', 'M07', day('2020-06-18'), 3],
    ]);
  });

  test('the JSON says how many pairs are untracked', () => {
    const json = toSpecJson(s);
    expect(json.untracked).toBe(2);
    expect(json.overdue).toEqual([
      {
        unitId: 'PA',
        milestoneId: 'M06',
        deadline: '2020-05-25',
        daysLate: 21,
        unitName: 'Phòng A',
        task: 'Báo cáo cấp trên',
      },
    ]);
  });

  test('computed deadlines (the default) count every applicable pair, and the JSON has no untracked key', () => {
    const c = summarise(analysis, TODAY);
    expect(c.untracked).toBe(0);
    expect(Object.fromEntries(c.matrix.rows.map((r) => [r.unitId, r.cells]))).toEqual({
      PA: ['overdue', 'doneLate'],
      PB: ['overdue', 'onTrack'],
      PC: ['overdue', 'onTrack'],
    });
    expect(c.overdue.map((o) => [o.unitId, o.milestoneId, o.daysLate])).toEqual([
      ['PA', 'M06', 25],
      ['PB', 'M06', 5],
      ['PC', 'M06', 4],
    ]);
    expect('untracked' in toSpecJson(c)).toBe(false);
  });
});
