// A typo never wipes deadlines (docs/workbook.md §3.4): the (unit, milestone) pairs whose deadline rests on a
// date that is present but cannot be read keep the deadline already on the sheet. Each case below names the
// pairs by hand from the anchor chains of its Milestones table.
import { analyse } from '../../src/core/analyse';
import { dayFromIso } from '../../src/core/dates';
import { pairKey, unreadableBases } from '../../src/core/deadline-changes';
import type { Grid } from '../../src/core/model';

const day = (iso: string): number => dayFromIso(iso) ?? NaN;
const cellDate = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);
const UNITS_HEADER = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại tổ chức',
  'Đơn vị cấp trên',
  'Ngày đại hội dự kiến',
  'Số ngày đại hội',
];
const MILESTONES_HEADER = [
  'Mã mốc',
  'Tên công việc',
  'Áp dụng cho',
  'Mốc tính',
  'Số ngày',
  'Loại ngày',
  'Ngày cố định',
];

/** M06 before the opening, M07 on the closing day, M08 and M09 chained on M07; M13 before the parent's. */
const MILESTONES: unknown[][] = [
  MILESTONES_HEADER,
  ['M06', 'Gửi văn kiện', 'Tất cả', 'Ngày đại hội', -20, 'Ngày lịch', ''],
  ['M07', 'Tổ chức đại hội', 'Tất cả', 'Ngày bế mạc đại hội', 0, 'Ngày lịch', ''],
  ['M08', 'Báo cáo kết quả', 'Tất cả', 'M07', 7, 'Ngày làm việc', ''],
  ['M09', 'Chuẩn y', 'Tất cả', 'M08', 15, 'Ngày làm việc', ''],
  ['M13', 'Trước đại hội cấp trên', 'Chi bộ trực thuộc', 'Ngày đại hội cấp trên', -10, 'Ngày lịch', ''],
];

function kept(units: unknown[][], extra: Grid[] = []): string[] {
  const grids: Grid[] = [
    { name: 'Đơn vị', values: [UNITS_HEADER, ...units] },
    { name: 'Mốc công việc', values: MILESTONES },
    ...extra,
  ];
  const analysis = analyse(grids, { timeZone: 'Asia/Ho_Chi_Minh', today: day('2020-06-15'), lang: 'vi' });
  return [...unreadableBases(analysis)].sort();
}

describe('pairs that keep their deadline while a date cannot be read', () => {
  test('a planned congress date typed wrong: every milestone counted from the opening or the closing day', () => {
    const pairs = kept([
      ['P', 'Đảng bộ P', 'Đảng bộ cơ sở', '', 'tháng 7/2020', 2],
      ['Q', 'Đảng bộ Q', 'Đảng bộ cơ sở', '', cellDate('2020-07-20'), 1],
    ]);
    // P's M06 rests on the opening day, M07 on the closing day, M08 and M09 on M07; Q's dates all read.
    expect(pairs).toEqual(['M06', 'M07', 'M08', 'M09'].map((m) => pairKey('P', m)).sort());
  });

  test('a parent’s planned date typed wrong: its own milestones and its cells’ milestones before it', () => {
    const pairs = kept([
      ['P', 'Đảng bộ P', 'Đảng bộ cơ sở', '', '31/06/2020', 1],
      ['C', 'Chi bộ C', 'Chi bộ trực thuộc', 'P', cellDate('2020-06-20'), 1],
    ]);
    expect(pairs).toEqual([...['M06', 'M07', 'M08', 'M09'].map((m) => pairKey('P', m)), pairKey('C', 'M13')].sort());
  });

  test('a cut-off typed wrong: the milestone it caps for that type, and those counted from it', () => {
    const cutoffs: Grid = {
      name: 'Hạn chót',
      values: [
        ['Loại tổ chức', 'Mã mốc', 'Hạn chót'],
        ['Đảng bộ cơ sở', 'M07', 'tháng 6/2020'],
        ['Chi bộ trực thuộc', 'M07', cellDate('2020-06-30')],
      ],
    };
    const pairs = kept(
      [
        ['P', 'Đảng bộ P', 'Đảng bộ cơ sở', '', cellDate('2020-07-15'), 2],
        ['C', 'Chi bộ C', 'Chi bộ trực thuộc', 'P', cellDate('2020-06-20'), 1],
      ],
      [cutoffs],
    );
    // P is a grassroots committee: its M07, and M08, M09 counted from it; C's cut-off reads.
    expect(pairs).toEqual(['M07', 'M08', 'M09'].map((m) => pairKey('P', m)).sort());
  });
  test('a completion date typed wrong on a Hoàn thành step: the steps counted from it, not the step itself', () => {
    const progress: Grid = {
      name: 'Tiến độ',
      values: [
        ['Mã đơn vị', 'Mã mốc', 'Trạng thái', 'Ngày hoàn thành'],
        ['P', 'M07', 'Hoàn thành', '21/7/20200'],
        ['Q', 'M07', 'Đang thực hiện', '21/7/20200'],
      ],
    };
    const pairs = kept(
      [
        ['P', 'Đảng bộ P', 'Đảng bộ cơ sở', '', cellDate('2020-07-15'), 1],
        ['Q', 'Đảng bộ Q', 'Đảng bộ cơ sở', '', cellDate('2020-07-15'), 1],
      ],
      [progress],
    );
    // P's M08 counts from M07's completion, M09 from M08; Q's M07 is not done, so its date is not a base.
    expect(pairs).toEqual(['M08', 'M09'].map((m) => pairKey('P', m)).sort());
  });
});
