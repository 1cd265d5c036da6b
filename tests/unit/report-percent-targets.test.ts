// The Summary's targets in per cent (DOMAIN.md: 99,8%): a target measured in % is a ratio in the workbook
// (0,9 is 90%) and reads as a percentage everywhere in the report; an achievement short of its target never
// reads 100,0% (docs/workbook.md §7: 1999/2000 is 99,9 %).
import { analyse } from '../../src/core/analyse';
import { dayFromIso } from '../../src/core/dates';
import type { Grid } from '../../src/core/model';
import { buildReport, REPORT_PERCENT_FORMAT } from '../../src/core/report-layout';
import { summarise } from '../../src/core/summary';

const TODAY = dayFromIso('2020-06-15') ?? NaN;

function workbook(): Grid[] {
  return [
    {
      name: 'Đơn vị',
      values: [
        ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Đơn vị cấp trên', 'Ngày đại hội dự kiến'],
        ['P', 'Đảng bộ P', 'Đảng bộ cơ sở', '', '20/08/2020'],
        ['A', 'Chi bộ A', 'Chi bộ trực thuộc', 'P', '20/07/2020'],
        ['B', 'Chi bộ B', 'Chi bộ trực thuộc', 'P', '20/07/2020'],
        ['C', 'Chi bộ C', 'Chi bộ trực thuộc', 'P', '20/07/2020'],
      ],
    },
    { name: 'Mốc công việc', values: [['Mã mốc', 'Tên công việc', 'Áp dụng cho', 'Mốc tính', 'Số ngày']] },
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
        ['T1', 'Tỷ lệ vụ việc tồn đọng', '%', 'Tối đa', 'Chi bộ trực thuộc', 0.9, 'Trung bình'],
        ['T2', 'Số buổi sinh hoạt', 'buổi', 'Tối thiểu', 'Đảng bộ cơ sở', 2000, 'Cộng'],
      ],
    },
    {
      name: 'Thi đua',
      values: [
        ['Mã đơn vị', 'Mã chỉ tiêu', 'Chỉ tiêu riêng', 'Kết quả'],
        ['A', 'T1', '', 0.95],
        ['B', 'T1', '', 0.8],
        ['C', 'T1', '', 0.9],
        ['P', 'T2', '', 1999],
      ],
    },
  ];
}

describe('targets in per cent, and one short of its target, in the Summary', () => {
  const analysis = analyse(workbook(), { timeZone: 'Asia/Ho_Chi_Minh', today: TODAY, lang: 'vi' });
  const report = buildReport(summarise(analysis, TODAY), 'vi', () => new Date(0), 'Ma trận', { vi: '', en: '' });
  const rowOf = (first: string, third?: string) =>
    report.rows.find((r) => r[0]?.value === first && (third === undefined || r[2]?.value === third)) ?? [];

  test('the average of 95 %, 80 % and 90 % against 90 %: 88,3% / 90% in words', () => {
    // (0,95 + 0,8 + 0,9) ÷ 3 = 0,88333…
    expect(rowOf('T1')[3]?.value).toBe('88,3% / 90% (bình quân)');
  });

  test('1999 of 2000: the achievement cell holds 99,9%, not a value its 0.0% format rounds to 100,0%', () => {
    const cell = rowOf('T2')[2];
    expect(cell?.format).toBe(REPORT_PERCENT_FORMAT);
    expect(cell?.value).toBe(0.999);
    expect(rowOf('T2')[3]?.value).toBe('1.999 / 2.000 (tổng)');
  });

  test('the rolled-up figures of a % target are percentages, not fractions', () => {
    const row = rowOf('P', 'T1');
    expect(row[3]).toEqual({ value: expect.closeTo(0.88333, 4), format: REPORT_PERCENT_FORMAT });
    expect(row[4]).toEqual({ value: 0.9, format: REPORT_PERCENT_FORMAT });
  });
});
