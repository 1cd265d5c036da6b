import { analyse } from '../../src/core/analyse';
import { dayFromIso } from '../../src/core/dates';
import type { Grid } from '../../src/core/model';
import { summarise } from '../../src/core/summary';
import { toSpecJson } from '../../src/core/summary-json';

const day = (iso: string): number => dayFromIso(iso) ?? NaN;
const TODAY = day('2020-06-15');

function workbook(): Grid[] {
  return [
    {
      name: 'Đơn vị',
      values: [
        ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Đơn vị cấp trên', 'Ngày đại hội dự kiến'],
        ['CA', 'Đảng bộ Công an tỉnh', 'Đảng bộ cấp trên cơ sở', '', '20/08/2020'],
        ['PA', 'Phòng A', 'Đảng bộ cơ sở', 'CA', '10/06/2020'],
        ['PB', 'Phòng B', 'Đảng bộ cơ sở', 'CA', '30/06/2020'],
        ['PC', 'Phòng C', 'Đảng bộ cơ sở', 'CA', '15/06/2020'],
        ['CB1', 'Chi bộ 1', 'Chi bộ trực thuộc', 'PA', '20/05/2020'],
        ['CB2', 'Chi bộ 2', 'Chi bộ trực thuộc', 'PA', ''],
      ],
    },
    {
      name: 'Mốc công việc',
      values: [
        ['Mã mốc', 'Tên công việc', 'Áp dụng cho', 'Mốc tính', 'Số ngày'],
        ['M06', 'Báo cáo cấp trên', '', 'Ngày đại hội', -20],
        ['M07', 'Tổ chức đại hội', '', 'Ngày đại hội', 0],
        ['M08', 'Báo cáo kết quả', '', 'M07', 5],
      ],
    },
    {
      name: 'Chỉ tiêu thi đua',
      values: [
        [
          'Mã chỉ tiêu',
          'Nội dung chỉ tiêu',
          'Đơn vị tính',
          'Chiều đánh giá',
          'Áp dụng cho',
          'Chỉ tiêu giao',
          'Tổng hợp lên cấp trên',
        ],
        ['T01', 'Mô hình', 'mô hình', 'Tối thiểu', '', 5, 'Cộng'],
        ['T02', 'Vụ việc', 'vụ', 'Tối đa', 'Đảng bộ cơ sở', 10, 'Trung bình'],
        ['T03', 'Không cộng', '', '', '', 1, 'Không'],
      ],
    },
    {
      name: 'Cài đặt',
      values: [
        ['Thiết lập', 'Giá trị'],
        ['Số ngày cảnh báo', 5],
        ['Tên tổ chức', 'Đảng bộ Công an tỉnh'],
      ],
    },
    {
      name: 'Tiến độ',
      values: [
        ['Mã đơn vị', 'Mã mốc', 'Trạng thái', 'Ngày hoàn thành'],
        ['PA', 'M06', 'Hoàn thành', '20/05/2020'],
        ['PA', 'M07', 'Hoàn thành', '12/06/2020'],
        ['PB', 'M06', 'Đang thực hiện', ''],
        ['PB', 'M08', 'Không áp dụng', ''],
        ['PC', 'M06', 'Done', '26/05/2020'],
        ['CB1', 'M06', 'Hoàn thành', ''],
        ['CB1', 'M07', 'Chờ cấp trên cho ý kiến', ''],
      ],
    },
    {
      name: 'Thi đua',
      values: [
        ['Mã đơn vị', 'Mã chỉ tiêu', 'Chỉ tiêu riêng', 'Kết quả'],
        ['CA', 'T01', '', 6],
        ['PA', 'T01', 3, 3],
        ['PB', 'T01', '', '4'],
        ['PC', 'T01', '', ''],
        ['CB1', 'T01', '', 5],
        ['PA', 'T02', '', 8],
        ['PB', 'T02', '', 10],
        ['PC', 'T02', '', '12'],
      ],
    },
  ];
}

describe('summary of a small workbook with every standing (today 15/06/2020, warning 5 days)', () => {
  const analysis = analyse(workbook(), { timeZone: 'Asia/Ho_Chi_Minh', today: TODAY });
  const s = summarise(analysis, TODAY);

  test('only the expected findings', () => {
    expect(analysis.findings.map((f) => f.code)).toEqual(['W_CONGRESS_DATE_MISSING', 'W_DONE_WITHOUT_DATE']);
  });

  test('the matrix of standings', () => {
    expect(s.matrix.milestones.map((m) => m.id)).toEqual(['M06', 'M07', 'M08']);
    expect(Object.fromEntries(s.matrix.rows.map((r) => [r.unitId, r.cells]))).toEqual({
      CA: ['onTrack', 'onTrack', 'onTrack'],
      PA: ['doneOnTime', 'doneLate', 'dueSoon'], // M08 from the completion 12/06 + 5 = 17/06
      PB: ['overdue', 'onTrack', 'notApplicable'],
      PC: ['doneOnTime', 'dueSoon', 'dueSoon'], // completed on the deadline; due today; due on today + 5
      CB1: ['doneOnTime', 'overdue', 'overdue'],
      CB2: ['noDeadline', 'noDeadline', 'noDeadline'],
    });
  });

  test('per unit type', () => {
    expect(s.byType.map(({ standings: _s, ...rest }) => rest)).toEqual([
      {
        type: 'Đảng bộ cấp trên cơ sở',
        units: 1,
        congressHeld: 0,
        rows: 3,
        done: 0,
        doneOnTime: 0,
        doneLate: 0,
        overdue: 0,
        dueSoon: 0,
      },
      {
        type: 'Đảng bộ cơ sở',
        units: 3,
        congressHeld: 1,
        rows: 9,
        done: 3,
        doneOnTime: 2,
        doneLate: 1,
        overdue: 1,
        dueSoon: 3,
      },
      {
        type: 'Chi bộ trực thuộc',
        units: 2,
        congressHeld: 0,
        rows: 6,
        done: 1,
        doneOnTime: 1,
        doneLate: 0,
        overdue: 2,
        dueSoon: 0,
      },
    ]);
    expect(s.byType[1]?.standings).toEqual({
      notApplicable: 1,
      doneOnTime: 2,
      doneLate: 1,
      noDeadline: 0,
      overdue: 1,
      dueSoon: 3,
      onTrack: 1,
    });
    expect(s.byType[2]?.standings.noDeadline).toBe(3);
  });

  test('per parent, over direct children', () => {
    expect(
      s.byParent.map((p) => [p.unitId, p.units, p.congressHeld, p.done, p.doneLate, p.overdue, p.dueSoon]),
    ).toEqual([
      ['CA', 3, 1, 3, 1, 1, 3],
      ['PA', 2, 0, 1, 0, 2, 0],
    ]);
  });

  test('overdue, most late first, and due soon', () => {
    expect(s.overdue.map((o) => [o.unitId, o.milestoneId, o.deadline, o.daysLate])).toEqual([
      ['CB1', 'M07', day('2020-05-20'), 26],
      ['CB1', 'M08', day('2020-05-25'), 21],
      ['PB', 'M06', day('2020-06-10'), 5],
    ]);
    expect(s.overdue[0]).toMatchObject({ unitName: 'Chi bộ 1', task: 'Tổ chức đại hội', status: 'awaiting' });
    expect(s.dueSoon.map((o) => [o.unitId, o.milestoneId, o.daysLeft])).toEqual([
      ['PC', 'M07', 0],
      ['PA', 'M08', 2],
      ['PC', 'M08', 5],
    ]);
  });

  test('targets and roll-ups', () => {
    expect(
      s.targets.map((t) => [t.targetId, t.rows, t.reported, t.exceeded, t.met, t.missed, t.result, t.target]),
    ).toEqual([
      ['T01', 6, 4, 1, 2, 1, 18, 28],
      // An Average target's figures are averages: results 8, 10, 12 → 10; targets 10, 10, 10 → 10.
      ['T02', 3, 3, 1, 1, 1, 10, 10],
      ['T03', 6, 0, 0, 0, 0, 0, 6],
    ]);
    // T01 applies to every unit: PC has a row with no result, CB2 no row on the sheet; T03 nobody reported.
    expect(s.targets.map((t) => [t.targetId, t.notReported.map((u) => u.unitId)])).toEqual([
      ['T01', ['PC', 'CB2']],
      ['T02', []],
      ['T03', ['CA', 'PA', 'PB', 'PC', 'CB1', 'CB2']],
    ]);
    expect(
      s.rollups.map((r) => [r.targetId, r.unitId, r.rollup, r.rows, r.reported, r.result, r.target, r.rating]),
    ).toEqual([
      ['T01', 'CA', 'sum', 6, 4, 18, 28, 'missed'],
      ['T01', 'PA', 'sum', 3, 2, 8, 13, 'missed'],
      ['T02', 'CA', 'average', 3, 3, 10, 10, 'met'],
      ['T02', 'PA', 'average', 1, 1, 8, 10, 'exceeded'],
    ]);
  });

  test('the docs/workbook.md §10 JSON', () => {
    const json = toSpecJson(s);
    expect(json.asOf).toBe('2020-06-15');
    expect(json.byType[1]).toMatchObject({
      type: 'Đảng bộ cơ sở',
      units: 3,
      congressHeld: 1,
      done: 3,
      doneLate: 1,
      overdue: 1,
      dueSoon: 3,
    });
    expect(json.overdue[0]).toMatchObject({ unitId: 'CB1', milestoneId: 'M07', deadline: '2020-05-20', daysLate: 26 });
    expect(json.targets[0]).toMatchObject({
      targetId: 'T01',
      reported: 4,
      exceeded: 1,
      met: 2,
      missed: 1,
      result: 18,
      target: 28,
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(s.organisation).toBe('Đảng bộ Công an tỉnh');
  });
});

describe('the to-verify list', () => {
  // M07 requires M06. As of 15/06/2020: U1 held its congress without the report to the superior (M06 not done);
  // U2 marked M06 done without a date; U3 dated its congress in the future; U4 is in order but its M07 was
  // typed by someone not assigned to it (flagged by the on-edit trigger).
  const grids: Grid[] = [
    {
      name: 'Đơn vị',
      values: [
        ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Ngày đại hội dự kiến'],
        ['U1', 'Chi bộ 1', 'Chi bộ cơ sở', '10/06/2020'],
        ['U2', 'Chi bộ 2', 'Chi bộ cơ sở', '10/06/2020'],
        ['U3', 'Chi bộ 3', 'Chi bộ cơ sở', '10/06/2020'],
        ['U4', 'Chi bộ 4', 'Chi bộ cơ sở', '10/06/2020'],
      ],
    },
    {
      name: 'Mốc công việc',
      values: [
        ['Mã mốc', 'Tên công việc', 'Mốc tính', 'Số ngày', 'Điều kiện'],
        ['M06', 'Báo cáo cấp trên', 'Ngày đại hội', -20, ''],
        ['M07', 'Tổ chức đại hội', 'Ngày đại hội', 0, 'M06'],
      ],
    },
    {
      name: 'Tiến độ',
      values: [
        ['Mã đơn vị', 'Mã mốc', 'Trạng thái', 'Ngày hoàn thành'],
        ['U1', 'M06', 'Đang thực hiện', ''],
        ['U1', 'M07', 'Hoàn thành', '10/06/2020'],
        ['U2', 'M06', 'Hoàn thành', ''],
        ['U3', 'M06', 'Hoàn thành', '20/05/2020'],
        ['U3', 'M07', 'Hoàn thành', '16/06/2020'],
        ['U4', 'M06', 'Hoàn thành', '20/05/2020'],
        ['U4', 'M07', 'Hoàn thành', '10/06/2020'],
      ],
    },
  ];
  const analysis = analyse(grids, { timeZone: 'Asia/Ho_Chi_Minh', today: TODAY });
  const s = summarise(analysis, TODAY, { flaggedEdits: [{ unitId: 'u4', milestoneId: 'M07' }] });

  test('each row once per reason, in sheet order', () => {
    expect(s.verify.map((v) => [v.unitId, v.milestoneId, v.code])).toEqual([
      ['U1', 'M07', 'W_REQUIREMENT_NOT_MET'],
      ['U2', 'M06', 'W_DONE_WITHOUT_DATE'],
      ['U3', 'M07', 'W_COMPLETED_IN_FUTURE'],
      ['U4', 'M07', 'W_EDIT_NOT_PERMITTED'],
    ]);
    expect(s.verify[0]).toMatchObject({ unitName: 'Chi bộ 1', task: 'Tổ chức đại hội' });
  });

  test('the congress held without approval still counts as held, as the sheet says', () => {
    expect(s.byType[0]).toMatchObject({ units: 4, congressHeld: 3 });
  });

  test('in the JSON', () => {
    expect(toSpecJson(s).verify).toEqual([
      { unitId: 'U1', milestoneId: 'M07', code: 'W_REQUIREMENT_NOT_MET' },
      { unitId: 'U2', milestoneId: 'M06', code: 'W_DONE_WITHOUT_DATE' },
      { unitId: 'U3', milestoneId: 'M07', code: 'W_COMPLETED_IN_FUTURE' },
      { unitId: 'U4', milestoneId: 'M07', code: 'W_EDIT_NOT_PERMITTED' },
    ]);
  });
});
