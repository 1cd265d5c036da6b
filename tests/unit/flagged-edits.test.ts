import { flaggedEdits } from '../../src/core/flagged-edits';
import { ISSUES_HEADER } from '../support/headers';

describe('rows the Data issues sheet lists as edited without permission', () => {
  const progress = {
    name: 'Tiến độ',
    values: [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Mã mốc', 'Công việc', 'Hạn', 'Trạng thái'],
      ['U1', 'Chi bộ 1', 'Chi bộ cơ sở', 'M06', 'Báo cáo', '', ''],
      ['U1', 'Chi bộ 1', 'Chi bộ cơ sở', 'M07', 'Đại hội', '', 'Hoàn thành'],
      ['U2', 'Chi bộ 2', 'Chi bộ cơ sở', 'M07', 'Đại hội', '', 'Hoàn thành'],
    ],
  };
  const issues = {
    name: 'Kiểm tra dữ liệu',
    values: [
      ISSUES_HEADER,
      ['Cảnh báo', 'W_EDIT_NOT_PERMITTED', 'Tiến độ', 'G3', '…'],
      ['Cảnh báo', 'W_EDIT_NOT_PERMITTED', 'Đơn vị', 'B4', '…'], // another sheet: not a Progress row
      ['Lỗi', 'E_VALUE_UNKNOWN', 'Tiến độ', 'G4', '…'], // another code
      ['Cảnh báo', 'W_EDIT_NOT_PERMITTED', 'Tiến độ', 'G1', '…'], // the header row: no unit
      ['Cảnh báo', 'W_EDIT_NOT_PERMITTED', 'Tiến độ', 'G40', '…'], // past the table
    ],
  };

  test('maps each flagged Progress cell to the keys its row holds now', () => {
    expect(flaggedEdits(issues, progress)).toEqual([{ unitId: 'U1', milestoneId: 'M07' }]);
  });

  test('nothing when either sheet is missing', () => {
    expect(flaggedEdits(undefined, progress)).toEqual([]);
    expect(flaggedEdits(issues, undefined)).toEqual([]);
  });
});
