import { planArchive } from '../../src/core/archive';

const PROGRESS_HEADER = ['Mã đơn vị', 'Mã mốc', 'Trạng thái', 'Tình trạng', 'Ghi chú'];
const date = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

describe('planArchive', () => {
  it('a new Archive: fixed columns then the original headers; each row whole, with the date and reason', () => {
    const plan = planArchive({
      existing: { name: 'Lưu trữ', values: [] },
      lang: 'vi',
      fromSheet: 'Tiến độ',
      header: PROGRESS_HEADER,
      rows: [
        {
          values: ['U5', 'M1', 'Đang thực hiện', 'Quá hạn', 'ghi chú'],
          formulas: ['', '', '', '=IF(...)', ''],
          reason: 'Đơn vị không còn',
        },
      ],
      archivedOn: 44000,
    });
    expect(plan.headerRow).toBe(0);
    expect(plan.header.map((h) => h.text)).toEqual(['Ngày lưu trữ', 'Trang tính gốc', 'Lý do', ...PROGRESS_HEADER]);
    expect(plan.firstRow).toBe(1);
    expect(plan.rows.map((r) => r.map((c) => c.value))).toEqual([
      [44000, 'Tiến độ', 'Đơn vị không còn', 'U5', 'M1', 'Đang thực hiện', 'Quá hạn', 'ghi chú'],
    ]);
    expect(plan.rows[0]?.[0]?.kind).toBe('date');
  });

  it('another sheet’s headers: shared ones reused, new ones added at the right', () => {
    const existing = [
      ['Ngày lưu trữ', 'Trang tính gốc', 'Lý do', ...PROGRESS_HEADER],
      [date('2020-06-01'), 'Tiến độ', 'x', 'U1', 'M1', '', 'Trong hạn', ''],
    ];
    const plan = planArchive({
      existing: { name: 'Lưu trữ', values: existing },
      lang: 'vi',
      fromSheet: 'Thi đua',
      header: ['Mã đơn vị', 'Mã chỉ tiêu', 'Kết quả'],
      rows: [{ values: ['U5', 'T1', 12], formulas: ['', '', ''], reason: 'r' }],
      archivedOn: 44001,
    });
    expect(plan.header).toEqual([
      { column: 8, text: 'Mã chỉ tiêu' },
      { column: 9, text: 'Kết quả' },
    ]);
    expect(plan.firstRow).toBe(2);
    expect(plan.rows[0]?.map((c) => c.value)).toEqual([44001, 'Thi đua', 'r', 'U5', '', '', '', '', 'T1', 12]);
  });

  it('a row already archived (same typed content, even if its live Standing changed since) is not archived again', () => {
    const existing = [
      ['Ngày lưu trữ', 'Trang tính gốc', 'Lý do', ...PROGRESS_HEADER],
      [date('2020-06-01'), 'Tiến độ', 'x', 'U5', 'M1', 'Đang thực hiện', 'Sắp đến hạn', 'ghi chú'],
    ];
    const input = {
      existing: { name: 'Lưu trữ', values: existing },
      lang: 'vi' as const,
      fromSheet: 'Tiến độ',
      header: PROGRESS_HEADER,
      archivedOn: 44002,
    };
    const same = planArchive({
      ...input,
      rows: [{ values: ['U5', 'M1', 'Đang thực hiện', 'Quá hạn', 'ghi chú'], formulas: [], reason: 'r' }],
    });
    expect(same.rows).toEqual([]);
    expect(same.alreadyArchived).toBe(1);
    const different = planArchive({
      ...input,
      rows: [{ values: ['U5', 'M1', 'Hoàn thành', 'Quá hạn', 'ghi chú'], formulas: [], reason: 'r' }],
    });
    expect(different.rows).toHaveLength(1);
    const otherSheet = planArchive({
      ...input,
      fromSheet: 'Thi đua',
      rows: [{ values: ['U5', 'M1', 'Đang thực hiện', '', 'ghi chú'], formulas: [], reason: 'r' }],
    });
    expect(otherSheet.rows).toHaveLength(1);
  });

  it('the same row twice in one run is archived once; a column without a header keeps its cell', () => {
    const plan = planArchive({
      existing: { name: 'Archive', values: [] },
      lang: 'en',
      fromSheet: 'Progress',
      header: ['Unit ID', 'Milestone ID', ''],
      rows: [
        { values: ['U1', 'M1', 'loose'], formulas: [], reason: 'gone' },
        { values: ['U1', 'M1', 'loose'], formulas: [], reason: 'gone' },
      ],
      archivedOn: 1,
    });
    expect(plan.header.map((h) => h.text)).toEqual([
      'Archived on',
      'From sheet',
      'Reason',
      'Unit ID',
      'Milestone ID',
      '#C',
    ]);
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]?.[5]?.value).toBe('loose');
  });
});
