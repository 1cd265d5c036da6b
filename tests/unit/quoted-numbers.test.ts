// Finding messages quote a number typed in a cell as the workbook's language writes it (DOMAIN.md: the comma
// is the Vietnamese decimal mark, so “7.5” would read as seventy-five).
import { analyse } from '../../src/core/analyse';
import { dayFromIso } from '../../src/core/dates';

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
const MILESTONES_HEADER = ['Mã mốc', 'Tên công việc', 'Áp dụng cho', 'Mốc tính', 'Số ngày', 'Loại ngày'];
const MILESTONES: unknown[][] = [
  MILESTONES_HEADER,
  ['M07', 'Tổ chức đại hội', 'Tất cả', 'Ngày đại hội', 0, 'Ngày lịch'],
];

describe('a number typed where a whole number belongs is quoted as its language writes it', () => {
  const analysis = analyse(
    [
      { name: 'Đơn vị', values: [UNITS_HEADER, ['P', 'Đảng bộ P', 'Đảng bộ cơ sở', '', cellDate('2020-07-15'), 1.5]] },
      { name: 'Mốc công việc', values: [...MILESTONES, ['M10', 'Lẻ', 'Tất cả', 'M07', 7.5, 'Ngày lịch']] },
    ],
    { timeZone: 'Asia/Ho_Chi_Minh', today: day('2020-06-15'), lang: 'vi' },
  );
  const said = (cell: string) => analysis.findings.find((f) => f.cell === cell)?.message;

  test('Vietnamese: a comma before the decimals (1,5 days; 7,5)', () => {
    expect(said('F2')).toMatch(/^Số ngày đại hội “1,5” không hợp lệ\./);
    expect(said('E3')).toMatch(/^“7,5” không phải là số nguyên\./);
  });
});
