import { analyse } from '../../src/core/analyse';
import { dayFromIso } from '../../src/core/dates';
import type { Grid } from '../../src/core/model';
import { MILESTONES_HEADER, UNITS_HEADER } from '../support/headers';

const day = (iso: string): number => dayFromIso(iso) ?? NaN;
const TZ = 'Asia/Ho_Chi_Minh';
const TYPES = 'Đảng bộ cấp trên cơ sở, Đảng bộ cơ sở, Chi bộ cơ sở';

/** A workbook in Vietnamese with one of every finding, each at a known cell. */
function brokenWorkbook(): Grid[] {
  return [
    {
      name: 'Đơn vị',
      values: [
        UNITS_HEADER,
        ['CA', 'Đảng bộ Công an tỉnh', 'Đảng bộ cấp trên cơ sở', '', 1103, '20/08/2020', '', 'admin@ca.gov.vn', ''],
        ['PA', 'Phòng A', 'Đảng bộ cơ sở', 'CA', '1.103', '30/06/2020', 'x', 'a@ca.gov.vn', ''],
        ['PB', 'Phòng B', 'Đảng bộ cơ sở', 'ca', -5, '31/02/2020', 'maybe', 'bad-email', ''],
        ['', 'Phòng C', 'Đảng bộ cơ sở', 'CA', '', '', '', '', ''],
        ['pa ', 'Phòng A trùng', 'Đảng bộ cơ sở', 'CA', '', '', '', '', ''],
        ['PD', '', 'Chi bộ cơ sở', 'ZZ', '', '', '', '', ''],
        ['X1', 'Vòng 1', 'Chi bộ cơ sở', 'X2', '', '01/06/2020', '', '', ''],
        ['X2', 'Vòng 2', 'Chi bộ cơ sở', 'X1', '', '01/06/2020', '', '', ''],
        ['PE', 'Phòng E', 'Đảng bộ cơ sở', 'CA', '', '25/08/2020', '', '', ''],
        ['T1', 'Lạ', 'Loại lạ', 'CA', '', '01/06/2020', '', '', ''],
      ],
    },
    {
      name: 'Mốc công việc',
      values: [
        ['MỐC CÔNG VIỆC CHUẨN BỊ ĐẠI HỘI'],
        MILESTONES_HEADER,
        ['M06', 'Báo cáo cấp trên', TYPES, 'Ngày đại hội', -20, 'Ngày', '', '', '', '', ''],
        ['M07', 'Tổ chức đại hội', TYPES, 'Ngày đại hội', 0, '', '', 'M06', '', '', ''],
        ['M08', 'Báo cáo kết quả', TYPES, 'M07', 7, 'Ngày làm việc', '', '', '', '', ''],
        ['M20', 'Cố định', TYPES, 'Ngày cố định', '', '', '', '', '', '', ''],
        ['M21', 'Vòng A', TYPES, 'M22', 1, '', '', '', '', '', ''],
        ['M22', 'Vòng B', TYPES, 'm21', 1, '', '', '', '', '', ''],
        ['M23', 'Mốc lạ', TYPES, 'M99', 1, '', '', '', '', '', ''],
        ['M24', 'Điều kiện lạ', TYPES, 'Ngày đại hội', 'abc', 'Tuần', '', 'M98', '', '', ''],
        ['M25', 'Mốc tính lạ', TYPES, 'Ngày bầu cử', 1, '', '', '', '', '', ''],
        ['M26', 'Rút kinh nghiệm', TYPES, 'Ngày đại hội cấp trên', 5, '', '', '', 'x', '', ''],
      ],
    },
    {
      name: 'Hạn chót',
      values: [
        ['Loại tổ chức', 'Mã mốc', 'Hạn chót'],
        ['Đảng bộ cơ sở', 'M07', '30/06/2020'],
        ['Chi bộ cơ sở', 'M07', '31/05/2020'],
        ['Đảng bộ cơ sở', 'M99', '30/06/2020'],
        ['', '', '30/06/2020'],
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
          'Hạn',
          'Tổng hợp lên cấp trên',
        ],
        ['T01', 'Mô hình phòng chống tội phạm', 'mô hình', 'Tối thiểu', '', 5, '31/12/2020', 'Cộng'],
        ['T02', 'Chỉ tiêu lỗi', '', 'Nhiều', '', '', '', 'Gộp'],
      ],
    },
    {
      name: 'Cài đặt',
      values: [
        ['Thiết lập', 'Giá trị'],
        ['Số ngày cảnh báo', 'bảy'],
        ['Quản trị viên', 'admin@ca.gov.vn, sai'],
        ['Mốc đại hội', 'M77'],
        ['Chỉ người được giao cập nhật', 'hmm'],
      ],
    },
    {
      name: 'Ngày nghỉ',
      values: [
        ['Ngày', 'Tên ngày nghỉ'],
        ['01/01/2020', 'Tết Dương lịch'],
        ['ngày mai', 'Sai'],
        ['', 'Nghỉ bù'],
      ],
    },
    {
      name: 'Tiến độ',
      values: [
        [
          'Mã đơn vị',
          'Tên đơn vị',
          'Loại tổ chức',
          'Mã mốc',
          'Công việc',
          'Hạn',
          'Trạng thái',
          'Ngày hoàn thành',
          'Tình trạng',
        ],
        ['PA', '', '', 'M07', '', '', 'Hoàn thành', '', ''],
        ['PA', '', '', 'M06', '', '', 'Xong', '', ''],
        ['PB', '', '', 'M06', '', '', 'Done', '01/01/2030', ''],
        ['PE', '', '', 'M07', '', '', '', '', ''],
        ['PB', '', '', 'M07', '', '', '', 'hôm qua', ''],
        ['pb', '', '', 'm07', '', '', 'Hoàn thành', '01/06/2020', ''],
      ],
    },
    {
      name: 'Thi đua',
      values: [
        [
          'Mã đơn vị',
          'Tên đơn vị',
          'Mã chỉ tiêu',
          'Nội dung chỉ tiêu',
          'Đơn vị tính',
          'Chỉ tiêu riêng',
          'Chỉ tiêu',
          'Kết quả',
        ],
        ['PA', '', 'T01', '', '', -1, '', 'nhiều'],
        ['PA', '', 'T01', '', '', '', '', 5],
      ],
    },
  ];
}

describe('every finding, at its sheet and cell, in sheet/row/column order', () => {
  const analysis = analyse(brokenWorkbook(), { timeZone: TZ, today: day('2020-06-15') });
  const got = analysis.findings.map((f) => [f.code, f.sheet, f.cell]);

  test('the full list', () => {
    expect(got).toEqual([
      ['E_NUMBER_INVALID', 'Đơn vị', 'E4'],
      ['E_DATE_INVALID', 'Đơn vị', 'F4'],
      ['E_VALUE_UNKNOWN', 'Đơn vị', 'G4'],
      ['E_EMAIL_INVALID', 'Đơn vị', 'H4'],
      ['E_ID_MISSING', 'Đơn vị', 'A5'],
      ['E_ID_DUPLICATE', 'Đơn vị', 'A6'],
      ['E_REQUIRED_MISSING', 'Đơn vị', 'B7'],
      ['E_PARENT_UNKNOWN', 'Đơn vị', 'D7'],
      ['W_CONGRESS_DATE_MISSING', 'Đơn vị', 'F7'],
      ['E_PARENT_CYCLE', 'Đơn vị', 'D8'],
      ['E_PARENT_CYCLE', 'Đơn vị', 'D9'],
      ['W_CHILD_AFTER_PARENT', 'Đơn vị', 'F10'],
      ['W_TYPE_UNUSED', 'Đơn vị', 'C11'],
      ['E_FIXED_DATE_MISSING', 'Mốc công việc', 'G6'],
      ['E_ANCHOR_CYCLE', 'Mốc công việc', 'D7'],
      ['E_ANCHOR_CYCLE', 'Mốc công việc', 'D8'],
      ['E_ANCHOR_UNKNOWN', 'Mốc công việc', 'D9'],
      ['E_NUMBER_INVALID', 'Mốc công việc', 'E10'],
      ['E_VALUE_UNKNOWN', 'Mốc công việc', 'F10'],
      ['E_REQUIRES_UNKNOWN', 'Mốc công việc', 'H10'],
      ['E_VALUE_UNKNOWN', 'Mốc công việc', 'D11'],
      ['W_CUTOFF_EXCEEDED', 'Hạn chót', 'C3'],
      ['W_CUTOFF_EXCEEDED', 'Hạn chót', 'C3'],
      ['E_VALUE_UNKNOWN', 'Hạn chót', 'B4'],
      ['E_REQUIRED_MISSING', 'Hạn chót', 'A5'],
      ['E_REQUIRED_MISSING', 'Hạn chót', 'B5'],
      ['E_VALUE_UNKNOWN', 'Chỉ tiêu thi đua', 'D3'],
      ['E_REQUIRED_MISSING', 'Chỉ tiêu thi đua', 'F3'],
      ['E_VALUE_UNKNOWN', 'Chỉ tiêu thi đua', 'H3'],
      ['E_NUMBER_INVALID', 'Cài đặt', 'B2'],
      ['E_EMAIL_INVALID', 'Cài đặt', 'B3'],
      ['E_VALUE_UNKNOWN', 'Cài đặt', 'B4'],
      ['E_VALUE_UNKNOWN', 'Cài đặt', 'B5'],
      ['E_DATE_INVALID', 'Ngày nghỉ', 'A3'],
      ['E_REQUIRED_MISSING', 'Ngày nghỉ', 'A4'],
      ['W_REQUIREMENT_NOT_MET', 'Tiến độ', 'G2'],
      ['W_DONE_WITHOUT_DATE', 'Tiến độ', 'H2'],
      ['E_VALUE_UNKNOWN', 'Tiến độ', 'G3'],
      ['W_COMPLETED_IN_FUTURE', 'Tiến độ', 'H4'],
      ['W_CUTOFF_EXCEEDED', 'Tiến độ', 'F5'],
      ['E_DATE_INVALID', 'Tiến độ', 'H6'],
      ['E_ID_DUPLICATE', 'Tiến độ', 'A7'],
      ['E_NUMBER_INVALID', 'Thi đua', 'F2'],
      ['E_NUMBER_INVALID', 'Thi đua', 'H2'],
      ['E_ID_DUPLICATE', 'Thi đua', 'A3'],
    ]);
  });

  test('severity follows the code', () => {
    for (const f of analysis.findings) expect(f.severity).toBe(f.code.startsWith('E_') ? 'error' : 'warning');
  });

  test('messages are in Vietnamese and say how to fix', () => {
    const date = analysis.findings.find((f) => f.code === 'E_DATE_INVALID');
    expect(date?.message).toBe('Ngày “31/02/2020” không hợp lệ. Nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2020.');
    const req = analysis.findings.find((f) => f.code === 'W_REQUIREMENT_NOT_MET');
    expect(req?.message).toContain('M06 (Báo cáo cấp trên)');
    const cycle = analysis.findings.find((f) => f.code === 'E_PARENT_CYCLE');
    expect(cycle?.message).toContain('X1 → X2 → X1');
    // 'pb'/'m07' on row 7 repeats PB/M07 of row 6: the message gives the row first, then the cell.
    const pair = analysis.findings.find((f) => f.code === 'E_ID_DUPLICATE' && f.sheet === 'Tiến độ');
    expect(pair?.message).toContain('ở dòng 6 (ô A6)');
    const cut = analysis.findings.find((f) => f.code === 'W_CUTOFF_EXCEEDED' && f.sheet === 'Tiến độ');
    expect(cut?.message).toContain('25/08/2020');
    expect(cut?.message).toContain('30/06/2020');
  });

  test('rows with a missing or duplicate ID are left out; the rest still computes', () => {
    expect(analysis.inputs.units.map((u) => u.id)).toEqual(['CA', 'PA', 'PB', 'PD', 'X1', 'X2', 'PE', 'T1']);
    const pb = analysis.inputs.units.find((u) => u.id === 'PB');
    expect(pb).toMatchObject({ members: null, congressDate: null, pilot: false, editors: [], parentId: 'ca' });
    const pa = analysis.inputs.units.find((u) => u.id === 'PA');
    expect(pa).toMatchObject({ members: 1103, congressDate: day('2020-06-30'), pilot: true, editors: ['a@ca.gov.vn'] });
    // Broken parents are cleared so nothing loops on them.
    expect(analysis.inputs.units.filter((u) => u.parentId === null).map((u) => u.id)).toEqual(['CA', 'PD', 'X1', 'X2']);
  });

  test('broken milestones have blank deadlines, others are computed', () => {
    const dl = (unit: string, m: string): string | null | undefined => {
      const row = analysis.progress.find((p) => p.unitId === unit && p.milestoneId === m);
      if (!row) return undefined;
      return row.deadline === null ? null : new Date((row.deadline - 25569) * 86400000).toISOString().slice(0, 10);
    };
    expect(dl('PA', 'M06')).toBe('2020-06-10');
    expect(dl('PA', 'M07')).toBe('2020-06-30');
    for (const m of ['M20', 'M21', 'M22', 'M23', 'M24', 'M25']) expect(dl('PA', m)).toBeNull();
    expect(dl('PE', 'M07')).toBe('2020-06-30'); // cut-off wins over 25/08
    expect(dl('PB', 'M07')).toBe('2020-06-30'); // no congress date: the cut-off
    expect(dl('PB', 'M06')).toBeNull();
    expect(dl('PA', 'M26')).toBe('2020-08-25'); // pilot, parent congress 20/08 + 5
    expect(dl('PB', 'M26')).toBeUndefined(); // not a pilot
    expect(dl('T1', 'M07')).toBeUndefined(); // type not listed
    expect(analysis.inputs.settings).toMatchObject({
      warningDays: 7,
      congressMilestone: 'M77',
      administrators: ['admin@ca.gov.vn'],
      restrictUpdates: true,
    });
    expect(analysis.inputs.holidays).toEqual([{ date: day('2020-01-01'), name: 'Tết Dương lịch', kind: 'off' }]);
    expect(analysis.progressEntries.map((e) => e.status)).toEqual(['done', null, 'done', null, null, 'done']);
    expect(analysis.emulation).toEqual(
      expect.arrayContaining([
        {
          unitId: 'PA',
          unitName: 'Phòng A',
          targetId: 'T01',
          target: 'Mô hình phòng chống tội phạm',
          measure: 'mô hình',
          targetValue: 5,
          dueDate: day('2020-12-31'),
        },
        expect.objectContaining({ unitId: 'PA', targetId: 'T02', targetValue: null }),
      ]),
    );
  });
});

describe('missing sheets and headers', () => {
  test('E_SHEET_MISSING and E_HEADER_MISSING', () => {
    const grids: Grid[] = [
      {
        name: 'Units',
        values: [
          ['Unit ID', 'Unit name', 'Note'],
          ['A', 'Unit A', ''],
        ],
      },
      { name: 'Settings', values: [['nothing here']] },
    ];
    const a = analyse(grids, { timeZone: TZ, today: day('2020-06-15') });
    expect(a.lang).toBe('en');
    expect(a.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['E_HEADER_MISSING', 'Units', 'D1'],
      ['E_SHEET_MISSING', 'Milestones', ''],
      ['E_HEADER_MISSING', 'Settings', 'A1'],
    ]);
    expect(a.findings[0]?.message).toContain('“Unit type”');
    expect(a.findings[0]?.message).toContain('D1');
    expect(a.inputs.units).toHaveLength(1);
  });

  test('never throws on junk', () => {
    const junk: unknown[] = [
      null,
      undefined,
      {},
      [],
      NaN,
      Infinity,
      new Date(NaN),
      Symbol.for('x'),
      () => 1,
      1e308,
      -0,
    ];
    const values = [
      [
        'Mã đơn vị',
        'Tên đơn vị',
        'Loại tổ chức',
        'Đơn vị cấp trên',
        'Số đảng viên',
        'Ngày đại hội dự kiến',
        'Đại hội điểm',
        'Email cập nhật',
      ],
    ];
    for (const j of junk) values.push([j, j, j, j, j, j, j, j] as never);
    expect(() =>
      analyse(
        [
          { name: 'Đơn vị', values },
          { name: 'Mốc công việc', values: [['Mã mốc'], [null]] },
        ],
        { timeZone: TZ, today: 0 },
      ),
    ).not.toThrow();
  });
});
