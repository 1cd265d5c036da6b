// A direct edit put back by the add-on leaves its trace and says what happened: under Settings' On unpermitted
// edit = Hoàn tác the Audit log gets the value typed and its putting back; a cell whose old content the edit
// event cannot give back whole (Evidence with its HYPERLINK, a live formula) is flagged instead; a key of Tiến
// độ typed over is put back at once for anyone. Expected texts written out by hand from forms.fixture.ts.
import type { Emulator } from '../../tools/emulator';
import { ADMIN, CLERK, ROW, setUpEmulator } from './forms.fixture';
import { audit, issues, lastToast, sheet } from './shared-sheet.fixture';

function session(who: string, identity: 'workspace' | 'consumer' = 'workspace', revert = false): Emulator {
  const emu = setUpEmulator({ user: ADMIN, identity });
  if (revert)
    sheet(emu, 'Cài đặt')
      .getRange('A5:B5')
      .setValues([['Khi sửa trái quyền', 'Hoàn tác']]);
  emu.run('ensureEditTrigger');
  emu.setUser({ email: who });
  return emu;
}

const note = (emu: Emulator, name: string, a1: string): string => String(sheet(emu, name).getRange(a1).getNote());
const cell = (emu: Emulator, name: string, a1: string): unknown => sheet(emu, name).getRange(a1).getValue();

const LOGGED = 'Nhật ký ghi lại cả giá trị vừa nhập và việc trả lại.';

describe('Settings: On unpermitted edit = Hoàn tác leaves its trace in the Audit log', () => {
  test('another unit’s note: put back; the log has the note typed and its putting back; no review asked', () => {
    const emu = session(CLERK, 'workspace', true);
    emu.edit('Tiến độ', `K${ROW['CAT/M06']}`, 'đã xong');
    expect(cell(emu, 'Tiến độ', 'K2')).toBe('');
    expect(audit(emu)).toEqual([
      [CLERK, 'Sửa trực tiếp', 'Tiến độ', 'CAT / M06', 'Ghi chú', '', 'đã xong'],
      [CLERK, 'Sửa trực tiếp', 'Tiến độ', 'CAT / M06', 'Ghi chú', 'đã xong', ''],
    ]);
    expect(lastToast(emu)).toBe(
      `Ô K2 đã được trả lại giá trị cũ (Cài đặt: Khi sửa trái quyền = Hoàn tác). ${CLERK} không được giao cập nhật đơn vị “Đảng bộ Công an tỉnh” (Chỉ người được giao cập nhật đang bật). Nếu ${CLERK} cần cập nhật đơn vị, quản trị viên thêm email vào cột Email cập nhật của đơn vị. ${LOGGED}`,
    );
    expect(issues(emu)).toEqual([]);
  });

  test('an input sheet: the Editor emails put back and both changes logged', () => {
    const emu = session(CLERK, 'workspace', true);
    emu.edit('Đơn vị', 'H2', CLERK);
    expect(cell(emu, 'Đơn vị', 'H2')).toBe('tochuc@ubnd.example');
    expect(audit(emu)).toEqual([
      [CLERK, 'Sửa trực tiếp', 'Đơn vị', 'CAT', 'Email cập nhật', 'tochuc@ubnd.example', CLERK],
      [CLERK, 'Sửa trực tiếp', 'Đơn vị', 'CAT', 'Email cập nhật', CLERK, 'tochuc@ubnd.example'],
    ]);
    expect(lastToast(emu)).toBe(
      `Ô H2 đã được trả lại giá trị cũ (Cài đặt: Khi sửa trái quyền = Hoàn tác). ${CLERK} không phải quản trị viên nên không được sửa trang “Đơn vị”. ${LOGGED}`,
    );
  });

  test('Cập nhật lúc is put back with its time of day, and logged with it', () => {
    const emu = session(CLERK, 'workspace', true);
    const stamped = new Date('2020-06-14T09:30:00+07:00');
    sheet(emu, 'Tiến độ').getRange('M8').setValue(stamped);
    emu.edit('Tiến độ', `M${ROW['PA03/M08']}`, '01/06/2020');
    expect((cell(emu, 'Tiến độ', 'M8') as Date).getTime()).toBe(stamped.getTime());
    expect(audit(emu)).toEqual([
      [CLERK, 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M08', 'Cập nhật lúc', '14/06/2020 09:30', '01/06/2020'],
      [CLERK, 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M08', 'Cập nhật lúc', '01/06/2020', '14/06/2020 09:30'],
    ]);
  });

  test('with the Flag policy the note asks for a review in the Audit log, where the change is', () => {
    const emu = session(CLERK);
    emu.edit('Đơn vị', 'H2', CLERK);
    expect(note(emu, 'Đơn vị', 'H2')).toBe(
      `⚠ ${CLERK} không phải quản trị viên nên không được sửa trang “Đơn vị”. Quản trị viên xem lại thay đổi này trong Nhật ký.`,
    );
    expect(audit(emu)).toHaveLength(1);
  });
});

describe('a cell whose old content the edit event cannot give back whole is flagged, not reverted', () => {
  const NOT_REVERTED = (column: string) =>
    `Ô này không được trả lại giá trị cũ dù Cài đặt đặt Khi sửa trái quyền = Hoàn tác, vì ô ở cột “${column}” có thể chứa công thức (như liên kết HYPERLINK) mà tiện ích không khôi phục nguyên vẹn được.`;

  test('Evidence holding a HYPERLINK: the label is never written back as plain text', () => {
    const emu = session(CLERK, 'workspace', true);
    sheet(emu, 'Tiến độ').getRange('J2').setFormula('=HYPERLINK("https://drive.example/bienban","Biên bản")');
    emu.edit('Tiến độ', `J${ROW['CAT/M06']}`, 'xoá');
    expect(cell(emu, 'Tiến độ', 'J2')).toBe('xoá');
    expect(issues(emu)).toEqual([['W_EDIT_NOT_PERMITTED', 'Tiến độ', 'J2']]);
    expect(note(emu, 'Tiến độ', 'J2')).toBe(
      `⚠ ${CLERK} không được giao cập nhật đơn vị “Đảng bộ Công an tỉnh” (Chỉ người được giao cập nhật đang bật). Quản trị viên xem lại thay đổi này; nếu ${CLERK} cần cập nhật đơn vị, thêm email vào cột Email cập nhật của đơn vị. ${NOT_REVERTED('Minh chứng')}`,
    );
    expect(audit(emu)).toEqual([[CLERK, 'Sửa trực tiếp', 'Tiến độ', 'CAT / M06', 'Minh chứng', 'Biên bản', 'xoá']]);
  });

  test('a live Standing formula typed over: flagged, the next Refresh restores it', () => {
    const emu = session(CLERK, 'workspace', true);
    sheet(emu, 'Tiến độ').getRange('I8').setFormula('=IF(G8="Hoàn thành","Hoàn thành","Trong hạn")');
    emu.edit('Tiến độ', `I${ROW['PA03/M08']}`, 'Hoàn thành đúng hạn');
    expect(cell(emu, 'Tiến độ', 'I8')).toBe('Hoàn thành đúng hạn');
    expect(issues(emu)).toEqual([['W_EDIT_NOT_PERMITTED', 'Tiến độ', 'I8']]);
    expect(note(emu, 'Tiến độ', 'I8')).toMatch(/sẽ được khôi phục ở lần Làm mới bảng theo dõi tiếp theo/);
    expect(note(emu, 'Tiến độ', 'I8')).toContain(NOT_REVERTED('Tình trạng'));
  });
});

describe.each(['workspace', 'consumer'] as const)(
  'a key of Tiến độ or Thi đua typed over (%s identity)',
  (identity) => {
    const who = (email: string) => (identity === 'workspace' ? email : 'không xác định');

    test('a typo in Mã đơn vị is put back at once, logged, and the next Refresh keeps the row with its note', () => {
      const emu = session(CLERK, identity);
      emu.edit('Tiến độ', `K${ROW['PA03/M08']}`, 'ghi chú M08');
      emu.edit('Tiến độ', `A${ROW['PA03/M08']}`, 'PA3');
      expect(cell(emu, 'Tiến độ', 'A8')).toBe('PA03');
      expect(lastToast(emu)).toBe(
        'Ô A8 đã được trả lại mã cũ “PA03”. Cột “Mã đơn vị” là mã của dòng, do tiện ích ghi theo trang “Đơn vị”: mã đổi ở đây sẽ khiến lần Làm mới bảng theo dõi tiếp theo chuyển dòng (cùng trạng thái, ghi chú đã nhập) sang trang Lưu trữ. Muốn đổi mã, hãy sửa ở trang “Đơn vị” rồi Làm mới bảng theo dõi. Nhật ký ghi lại cả giá trị vừa nhập và việc trả lại.',
      );
      expect(audit(emu).slice(1)).toEqual([
        [who(CLERK), 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M08', 'Mã đơn vị', 'PA03', 'PA3'],
        [who(CLERK), 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M08', 'Mã đơn vị', 'PA3', 'PA03'],
      ]);
      expect(issues(emu)).toEqual([]);
      emu.setUser({ email: ADMIN });
      emu.run('menuRefresh');
      const row = emu.workbook.values('Tiến độ').find((r) => r[0] === 'PA03' && r[3] === 'M08');
      expect(row?.[10]).toBe('ghi chú M08');
      expect(emu.workbook.sheetNames()).not.toContain('Lưu trữ');
    });

    test('an administrator’s Mã mốc typed over is put back too', () => {
      const emu = session(ADMIN, identity);
      emu.edit('Tiến độ', `D${ROW['PA03/M08']}`, 'M07');
      expect(cell(emu, 'Tiến độ', 'D8')).toBe('M08');
      expect(audit(emu)).toEqual([
        // Google names the file owner in either case.
        [ADMIN, 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M08', 'Mã mốc', 'M08', 'M07'],
        [ADMIN, 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M08', 'Mã mốc', 'M07', 'M08'],
      ]);
    });

    test('a Mã chỉ tiêu of Thi đua typed over by the unit’s clerk is put back, named after the Targets sheet', () => {
      const emu = session(CLERK, identity);
      emu.edit('Thi đua', 'C3', 'T01');
      expect(cell(emu, 'Thi đua', 'C3')).toBe('T02');
      expect(lastToast(emu)).toMatch(
        /^Ô C3 đã được trả lại mã cũ “T02”\. Cột “Mã chỉ tiêu” là mã của dòng, do tiện ích ghi theo trang “Chỉ tiêu thi đua”/,
      );
      expect(audit(emu)).toEqual([
        [who(CLERK), 'Sửa trực tiếp', 'Thi đua', 'PA03 / T02', 'Mã chỉ tiêu', 'T02', 'T01'],
        [who(CLERK), 'Sửa trực tiếp', 'Thi đua', 'PA03 / T02', 'Mã chỉ tiêu', 'T01', 'T02'],
      ]);
    });

    test('a paste over keys stays; its note says the row goes to Lưu trữ unless the key is typed back', () => {
      const emu = session(ADMIN, identity);
      emu.pasteValues('Tiến độ', `A${ROW['PA03/M08']}`, [['PA3'], ['PA3']]);
      expect(cell(emu, 'Tiến độ', 'A8')).toBe('PA3');
      expect(note(emu, 'Tiến độ', 'A8')).toBe(
        '⚠ Cột “Mã đơn vị” là mã của dòng, do tiện ích ghi theo trang “Đơn vị”. Nếu mã ở đây đã bị đổi, lần Làm mới bảng theo dõi tiếp theo sẽ chuyển dòng này (cùng trạng thái, ghi chú đã nhập) sang trang Lưu trữ, trừ khi mã cũ được nhập lại trước đó. Muốn đổi mã, hãy sửa ở trang “Đơn vị”.',
      );
    });
  },
);
