import { planArchive } from '../../src/core/archive';
import { planRestore } from '../../src/core/archive-restore';
import { PROGRESS } from '../../src/core/schema';

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
    expect(plan.header.map((h) => h.text)).toEqual([
      'Ngày lưu trữ',
      'Trang tính gốc',
      'Lý do',
      'Ngày khôi phục',
      ...PROGRESS_HEADER,
    ]);
    expect(plan.firstRow).toBe(1);
    expect(plan.rows.map((r) => r.map((c) => c.value))).toEqual([
      [44000, 'Tiến độ', 'Đơn vị không còn', '', 'U5', 'M1', 'Đang thực hiện', 'Quá hạn', 'ghi chú'],
    ]);
    expect(plan.rows[0]?.[0]?.kind).toBe('date');
  });

  it('another sheet’s headers: shared ones reused, new ones added at the right', () => {
    const existing = [
      ['Ngày lưu trữ', 'Trang tính gốc', 'Lý do', 'Ngày khôi phục', ...PROGRESS_HEADER],
      [date('2020-06-01'), 'Tiến độ', 'x', '', 'U1', 'M1', '', 'Trong hạn', ''],
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
      { column: 9, text: 'Mã chỉ tiêu' },
      { column: 10, text: 'Kết quả' },
    ]);
    expect(plan.firstRow).toBe(2);
    expect(plan.rows[0]?.map((c) => c.value)).toEqual([44001, 'Thi đua', 'r', '', 'U5', '', '', '', '', 'T1', 12]);
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
      'Restored on',
      'Unit ID',
      'Milestone ID',
      '#C',
    ]);
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]?.[6]?.value).toBe('loose');
  });
});

describe('planArchive after a restore', () => {
  const header = ['Ngày lưu trữ', 'Trang tính gốc', 'Lý do', 'Ngày khôi phục', ...PROGRESS_HEADER];
  const row = { values: ['U5', 'M1', 'Đang thực hiện', 'Quá hạn', 'ghi chú'], formulas: [], reason: 'r' };

  it('a row equal to a line restored since is archived again; one equal to an open line is not', () => {
    const restored = [
      date('2020-06-01'),
      'Tiến độ',
      'x',
      date('2020-06-05'),
      'U5',
      'M1',
      'Đang thực hiện',
      '',
      'ghi chú',
    ];
    const again = planArchive({
      existing: { name: 'Lưu trữ', values: [header, restored] },
      lang: 'vi',
      fromSheet: 'Tiến độ',
      header: PROGRESS_HEADER,
      rows: [row],
      archivedOn: 44003,
    });
    expect(again.rows).toHaveLength(1);
    expect(again.wasArchived).toEqual([false]);
    const open = [...restored.slice(0, 3), '', ...restored.slice(4)];
    const rerun = planArchive({
      existing: { name: 'Lưu trữ', values: [header, open] },
      lang: 'vi',
      fromSheet: 'Tiến độ',
      header: PROGRESS_HEADER,
      rows: [row],
      archivedOn: 44003,
    });
    expect(rerun.rows).toHaveLength(0);
    expect(rerun.wasArchived).toEqual([true]);
  });
});

describe('planRestore', () => {
  const header = [
    'Ngày lưu trữ',
    'Trang tính gốc',
    'Lý do',
    'Ngày khôi phục',
    'Mã đơn vị',
    'Mã mốc',
    'Hạn',
    'Trạng thái',
    'Minh chứng',
    'Tình trạng',
    'Ghi chú',
    'Số văn bản',
  ];
  // The Progress sheet as it is now: the schema's columns, then a column people added (Số văn bản).
  const sheetHeader = [...PROGRESS.columns.map((c) => c.vi), 'Số văn bản'];
  const columns = Object.fromEntries(PROGRESS.columns.map((c, i) => [c.key, i]));
  const line = (restoredOn: unknown, unit: string, status: string, note: string, from = 'Tiến độ') => [
    date('2020-06-01'),
    from,
    'r',
    restoredOn,
    unit,
    'M1',
    date('2020-06-14'),
    status,
    '',
    'Quá hạn',
    note,
    '',
  ];
  const base = {
    def: PROGRESS,
    sheetName: 'Tiến độ',
    header: sheetHeader,
    columns,
    keyColumns: ['unitId', 'milestoneId'],
  };

  it('a returning key gets its latest open line: users’ cells by header, a formula as the formula', () => {
    const values = [
      header,
      line('', 'U5', 'Đang thực hiện', 'cũ'),
      line(date('2020-06-03'), 'U5', 'Chờ cấp trên cho ý kiến', 'đã khôi phục'),
      [...line('', 'U5', 'Hoàn thành', 'mới').slice(0, 8), 'Biên bản', 'Quá hạn', 'mới', 'CV-12'],
      line('', 'U5', 'Hoàn thành', 'của Thi đua', 'Thi đua'),
      line('', 'U6', 'Hoàn thành', 'U6'),
    ];
    const formulas = values.map(() => Array(header.length).fill('') as string[]);
    (formulas[3] as string[])[8] = '=HYPERLINK("https://x","Biên bản")';
    const plan = planRestore({
      ...base,
      archive: { name: 'Lưu trữ', values },
      archiveFormulas: formulas,
      returning: [
        { unitId: 'u5 ', milestoneId: 'M1' },
        { unitId: 'U7', milestoneId: 'M1' },
      ],
      present: [],
    });
    expect(plan?.restores[1]).toBeNull();
    expect(plan?.restores[0]?.archiveRow).toBe(3);
    // Status (G), Evidence (J), Note (K) and the added column (N); the deadline and standing are Refresh's.
    expect(plan?.restores[0]?.cells).toEqual([
      { column: 6, header: 'Trạng thái', value: 'Hoàn thành', formula: '' },
      { column: 9, header: 'Minh chứng', value: 'Biên bản', formula: '=HYPERLINK("https://x","Biên bản")' },
      { column: 10, header: 'Ghi chú', value: 'mới', formula: '' },
      { column: 13, header: 'Số văn bản', value: 'CV-12', formula: '' },
    ]);
    expect(plan?.finished).toEqual([]);
    expect(plan?.restoredOnColumn).toBe(3);
    expect(plan?.addHeader).toBe(false);
  });

  it('a row already holding its open line’s cells (a run that failed before marking it) is only marked', () => {
    const values = [
      header.slice(0, 3).concat(header.slice(4)),
      [...line('', 'U5', 'Hoàn thành', 'x')].filter((_, i) => i !== 3),
    ];
    const row = Array(14).fill('') as unknown[];
    Object.assign(row, { 0: 'U5', 3: 'M1', 6: 'Hoàn thành', 10: 'x' });
    const other = [...row];
    other[10] = 'y';
    const input = {
      ...base,
      archive: { name: 'Lưu trữ', values },
      archiveFormulas: [],
      returning: [],
    };
    const done = planRestore({ ...input, present: [{ keys: { unitId: 'U5', milestoneId: 'M1' }, cells: row }] });
    expect(done?.finished.map((r) => r.archiveRow)).toEqual([1]);
    // An Archive made before Restored on existed gets the column at its right.
    expect(done?.restoredOnColumn).toBe(11);
    expect(done?.addHeader).toBe(true);
    const changed = planRestore({ ...input, present: [{ keys: { unitId: 'U5', milestoneId: 'M1' }, cells: other }] });
    expect(changed).toBeNull();
  });
});
