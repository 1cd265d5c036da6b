// The units that have not reported a target, as administrators see them in the emulation sidebar.
import { notReportedByTarget } from '../../src/core/not-reported';

describe('units that have not reported a target', () => {
  test('an empty result (blank, spaces, null) is not reported; 0 is a report', () => {
    const got = notReportedByTarget([
      { unitId: 'PA03', unitName: 'Đảng bộ Phòng An ninh đối nội', targetId: 'CT05', result: '' },
      { unitId: 'CAT', unitName: 'Đảng bộ Công an tỉnh', targetId: 'CT05', result: 0.95 },
      { unitId: 'PC01', unitName: 'Chi bộ Phòng Cảnh sát', targetId: 'ct05', result: '  ' },
      { unitId: 'PC02', unitName: '', targetId: 'CT05', result: null },
      { unitId: 'PC03', unitName: 'Chi bộ 3', targetId: 'CT01', result: 0 },
      { unitId: 'PC03', unitName: 'Chi bộ 3', targetId: 'CT06', result: undefined },
    ]);
    expect(got).toEqual({
      CT05: [
        { id: 'PA03', name: 'Đảng bộ Phòng An ninh đối nội' },
        { id: 'PC01', name: 'Chi bộ Phòng Cảnh sát' },
        { id: 'PC02', name: '' },
      ],
      CT06: [{ id: 'PC03', name: 'Chi bộ 3' }],
    });
  });
  test('a unit listed twice for a target counts once; rows without keys are ignored', () => {
    const got = notReportedByTarget([
      { unitId: 'PA03', unitName: 'A', targetId: 'CT05', result: '' },
      { unitId: 'pa03', unitName: 'A', targetId: 'CT05', result: '' },
      { unitId: '', unitName: 'B', targetId: 'CT05', result: '' },
      { unitId: 'PA04', unitName: 'C', targetId: ' ', result: '' },
    ]);
    expect(got).toEqual({ CT05: [{ id: 'PA03', name: 'A' }] });
  });
});
