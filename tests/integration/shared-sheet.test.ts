// The shared sheet guarded like the form: each way a new user was seen to get past the add-on by typing in the
// sheet, now flagged, logged or refused — under both identities Google gives a trigger (Workspace: the
// editor's email; consumer accounts: withheld from the owner's trigger). Expected texts and dates are written
// out by hand from the fixture (forms.fixture.ts): today 15/06/2020, PA03's congress 10/06/2020.
import type { Emulator } from '../../tools/emulator';
import { ADMIN, ANCESTOR, CLERK, ROW, iso, setUpEmulator } from './forms.fixture';
import { audit, issues, lastToast, sheet } from './shared-sheet.fixture';

type Identity = 'workspace' | 'consumer';

/** The fixture with the administrator's trigger; `who` at the keyboard. */
function session(identity: Identity, who: string): Emulator {
  const emu = setUpEmulator({ user: ADMIN, identity });
  emu.run('ensureEditTrigger');
  emu.setUser({ email: who });
  return emu;
}

const note = (emu: Emulator, name: string, row: number, col: number): string =>
  String(emu.workbook.notes(name)[row - 1]?.[col - 1] ?? '');
const deadlines = (emu: Emulator): unknown[] =>
  emu.workbook
    .values('Tiến độ')
    .slice(1)
    .map((r) => iso(r[5]));
const DEADLINES = [
  '2020-06-25',
  '2020-07-15',
  '2020-07-24',
  '2020-08-14',
  '2020-05-21',
  '2020-06-10',
  '2020-06-19',
  '2020-07-13',
  '2020-02-29',
  '2020-03-20',
  '2020-03-31',
  '2020-04-21',
];

const REQUIREMENT =
  '“M07” đã Hoàn thành trong khi mốc phải xong trước chưa hoàn thành: M06 (Báo cáo cấp ủy cấp trên). Cập nhật mốc đó trước hoặc sửa lại trạng thái.';

describe.each(['workspace', 'consumer'] as const)('%s identity', (identity) => {
  const known = identity === 'workspace';

  test('Hoàn thành typed into the congress row while the report to the superior is not done: flagged at once', () => {
    const emu = session(identity, ANCESTOR);
    emu.edit('Tiến độ', `G${ROW['CAT/M07']}`, 'Hoàn thành');
    expect(emu.workbook.values('Tiến độ')[ROW['CAT/M07'] - 1]?.[6]).toBe('Hoàn thành'); // kept, never reverted
    expect(note(emu, 'Tiến độ', ROW['CAT/M07'], 7)).toBe(`⚠ ${REQUIREMENT}`);
    expect(issues(emu)).toEqual([['W_REQUIREMENT_NOT_MET', 'Tiến độ', 'G3']]);
    expect(lastToast(emu)).toContain(`G3: ${REQUIREMENT}`);
    expect(audit(emu)).toEqual([
      [known ? ANCESTOR : 'không xác định', 'Sửa trực tiếp', 'Tiến độ', 'CAT / M07', 'Trạng thái', '', 'Hoàn thành'],
    ]);
  });

  test('an unreadable planned congress date: E_DATE_INVALID, logged, and the deadlines stay as they were', () => {
    const emu = session(identity, ADMIN);
    emu.edit('Đơn vị', 'F3', 'tháng 6/2020');
    expect(deadlines(emu)).toEqual(DEADLINES);
    const message = 'Ngày “tháng 6/2020” không hợp lệ. Nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2020.';
    expect(note(emu, 'Đơn vị', 3, 6)).toBe(`⚠ ${message}`);
    expect(issues(emu)).toEqual([['E_DATE_INVALID', 'Đơn vị', 'F3']]);
    expect(lastToast(emu)).toContain(`F3: ${message}`);
    expect(audit(emu)).toEqual([
      [ADMIN, 'Sửa trực tiếp', 'Đơn vị', 'PA03', 'Ngày đại hội dự kiến', '10/06/2020', 'tháng 6/2020'],
    ]);
    // Fixed, the deadlines follow the new date (20/06: M06 31/05, M07 20/06, M08 01/07 skipping 22/06, M09 22/07).
    emu.edit('Đơn vị', 'F3', '20/06/2020');
    expect(deadlines(emu).slice(4, 8)).toEqual(['2020-05-31', '2020-06-20', '2020-07-01', '2020-07-22']);
    expect(note(emu, 'Đơn vị', 3, 6)).toBe('');
  });

  test('a clerk adds themself to Administrators: logged; flagged where Google names them', () => {
    const emu = session(identity, CLERK);
    emu.edit('Cài đặt', 'B2', `${ADMIN}, ${CLERK}`);
    const who = known ? CLERK : 'không xác định';
    expect(audit(emu)).toEqual([
      [who, 'Sửa trực tiếp', 'Cài đặt', 'Quản trị viên', 'Giá trị', ADMIN, `${ADMIN}, ${CLERK}`],
    ]);
    // Judged by the Administrators as they were before the edit.
    expect(issues(emu)).toEqual(known ? [['W_EDIT_NOT_PERMITTED', 'Cài đặt', 'B2']] : []);
    if (known)
      expect(note(emu, 'Cài đặt', 2, 2)).toBe(
        `⚠ ${CLERK} không phải quản trị viên nên không được sửa trang “Cài đặt”. Quản trị viên xem lại thay đổi này trong Nhật ký.`,
      );
  });

  test('a clerk puts themself in another unit’s Editor emails, or overwrites Updated by: logged, flagged where named', () => {
    const emu = session(identity, CLERK);
    emu.edit('Đơn vị', 'H2', `${ANCESTOR}, ${CLERK}`);
    emu.edit('Tiến độ', `L${ROW['CAT/M06']}`, ANCESTOR);
    const who = known ? CLERK : 'không xác định';
    expect(audit(emu)).toEqual([
      [who, 'Sửa trực tiếp', 'Đơn vị', 'CAT', 'Email cập nhật', ANCESTOR, `${ANCESTOR}, ${CLERK}`],
      [who, 'Sửa trực tiếp', 'Tiến độ', 'CAT / M06', 'Người cập nhật', '', ANCESTOR],
    ]);
    expect(issues(emu)).toEqual(
      known
        ? [
            ['W_EDIT_NOT_PERMITTED', 'Đơn vị', 'H2'],
            ['W_EDIT_NOT_PERMITTED', 'Tiến độ', 'L2'],
          ]
        : [],
    );
  });

  test('a clerk edits another unit’s note: stamped and logged; not permitted where Google names them', () => {
    const emu = session(identity, CLERK);
    emu.edit('Tiến độ', `K${ROW['CAT/M06']}`, 'đã xong');
    expect(emu.workbook.values('Tiến độ')[ROW['CAT/M06'] - 1]?.[11]).toBe(known ? CLERK : 'không xác định');
    expect(issues(emu)).toEqual(known ? [['W_EDIT_NOT_PERMITTED', 'Tiến độ', 'K2']] : []);
    if (known) {
      expect(note(emu, 'Tiến độ', ROW['CAT/M06'], 11)).toMatch(
        /^⚠ clerk\.pa03@ubnd\.example không được giao cập nhật đơn vị “Đảng bộ Công an tỉnh”/,
      );
      expect(lastToast(emu)).toMatch(/^K2: clerk\.pa03@ubnd\.example không được giao cập nhật/);
    }
    // Their own unit's rows are theirs to edit.
    emu.edit('Tiến độ', `K${ROW['PA03/M08']}`, 'đang làm');
    expect(issues(emu)).toHaveLength(known ? 1 : 0);
  });

  test('typing over a Deadline or Standing cell: the note says the next Refresh restores it, the editor is told', () => {
    const emu = session(identity, CLERK);
    emu.edit('Tiến độ', `I${ROW['PA03/M08']}`, 'Hoàn thành đúng hạn');
    expect(note(emu, 'Tiến độ', ROW['PA03/M08'], 9)).toMatch(
      /^⚠ Cột “Tình trạng” do tiện ích ghi: giá trị gõ vào đây không được tính và sẽ được khôi phục ở lần Làm mới bảng theo dõi tiếp theo\./,
    );
    expect(lastToast(emu)).toMatch(
      known
        ? /^I8: clerk\.pa03@ubnd\.example không phải quản trị viên nên không được sửa cột “Tình trạng”/
        : /^I8: Cột “Tình trạng” do tiện ích ghi/,
    );
    expect(issues(emu)).toEqual(known ? [['W_EDIT_NOT_PERMITTED', 'Tiến độ', 'I8']] : []);
  });

  test('a decomposed (NFD) status is written back as the text the Standing formula recognises, and logged', () => {
    const emu = session(identity, CLERK);
    const typed = 'Đang thực hiện'.normalize('NFD');
    emu.edit('Tiến độ', `G${ROW['PA03/M08']}`, typed);
    expect(emu.workbook.values('Tiến độ')[ROW['PA03/M08'] - 1]?.[6]).toBe('Đang thực hiện'.normalize('NFC'));
    expect(issues(emu)).toEqual([]);
    // The log shows the text as typed and as written back (the same letters on screen).
    const lines = audit(emu).map((l) => [l[4], l[5], l[6]].map((v) => String(v).normalize('NFC')));
    expect(lines).toEqual([
      ['Trạng thái', '', 'Đang thực hiện'],
      ['Trạng thái', 'Đang thực hiện', 'Đang thực hiện'],
    ]);
  });
});

describe('recomputation after a direct edit', () => {
  test('a planned congress date moved: the toast says how many deadlines, and each moved deadline is logged', () => {
    const emu = session('workspace', ADMIN);
    emu.edit('Đơn vị', 'F3', '20/06/2020');
    expect(lastToast(emu)).toBe('Đã tính lại 4 hạn của đơn vị PA03.');
    expect(audit(emu)).toEqual([
      [ADMIN, 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M06', 'Hạn', '21/05/2020', '31/05/2020'],
      [ADMIN, 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M07', 'Hạn', '10/06/2020', '20/06/2020'],
      [ADMIN, 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M08', 'Hạn', '19/06/2020', '01/07/2020'],
      [ADMIN, 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M09', 'Hạn', '13/07/2020', '22/07/2020'],
      [ADMIN, 'Sửa trực tiếp', 'Đơn vị', 'PA03', 'Ngày đại hội dự kiến', '10/06/2020', '20/06/2020'],
    ]);
  });

  test('a completion date in the future is flagged at once', () => {
    const emu = session('consumer', CLERK);
    emu.edit('Tiến độ', `H${ROW['PA03/M08']}`, '20/06/2020');
    expect(issues(emu)).toEqual([['W_COMPLETED_IN_FUTURE', 'Tiến độ', 'H8']]);
    expect(note(emu, 'Tiến độ', ROW['PA03/M08'], 8)).toBe(
      '⚠ Ngày hoàn thành 20/06/2020 muộn hơn hôm nay (15/06/2020). Nhập ngày đã hoàn thành thực tế.',
    );
  });
});

describe('Settings: On unpermitted edit = Hoàn tác', () => {
  function reverting(identity: Identity): Emulator {
    const emu = session(identity, CLERK);
    sheet(emu, 'Cài đặt')
      .getRange('A5:B5')
      .setValues([['Khi sửa trái quyền', 'Hoàn tác']]);
    return emu;
  }

  test('a single cell of another unit is put back and the editor told why; nothing stamped, both changes logged', () => {
    const emu = reverting('workspace');
    emu.edit('Tiến độ', `K${ROW['CAT/M06']}`, 'đã xong');
    expect(emu.workbook.values('Tiến độ')[ROW['CAT/M06'] - 1]?.slice(10, 12)).toEqual(['', '']);
    expect(lastToast(emu)).toMatch(
      /^Ô K2 đã được trả lại giá trị cũ \(Cài đặt: Khi sửa trái quyền = Hoàn tác\)\. clerk\.pa03@ubnd\.example không được giao cập nhật đơn vị/,
    );
    expect(audit(emu)).toEqual([
      [CLERK, 'Sửa trực tiếp', 'Tiến độ', 'CAT / M06', 'Ghi chú', '', 'đã xong'],
      [CLERK, 'Sửa trực tiếp', 'Tiến độ', 'CAT / M06', 'Ghi chú', 'đã xong', ''],
    ]);
    expect(issues(emu)).toEqual([]);
  });

  test('a clerk’s own email typed into Administrators is put back', () => {
    const emu = reverting('workspace');
    emu.edit('Cài đặt', 'B2', `${ADMIN}, ${CLERK}`);
    expect(emu.workbook.values('Cài đặt')[1]?.[1]).toBe(ADMIN);
    // The form then still refuses the clerk another unit.
    const answer = emu.callServer('unitMilestones', 'CAT') as { ok: boolean; error?: { code: string } };
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('a paste over several cells is flagged, not reverted', () => {
    const emu = reverting('workspace');
    emu.pasteValues('Tiến độ', `J${ROW['CAT/M06']}`, [['https://x', 'ghi chú']]);
    expect(emu.workbook.values('Tiến độ')[ROW['CAT/M06'] - 1]?.slice(9, 11)).toEqual(['https://x', 'ghi chú']);
    expect(issues(emu)).toEqual([['W_EDIT_NOT_PERMITTED', 'Tiến độ', 'J2']]);
  });

  test('where Google withholds the editor nothing can be judged: the edit stands, recorded as không xác định', () => {
    const emu = reverting('consumer');
    emu.edit('Tiến độ', `K${ROW['CAT/M06']}`, 'đã xong');
    expect(emu.workbook.values('Tiến độ')[ROW['CAT/M06'] - 1]?.slice(10, 12)).toEqual(['đã xong', 'không xác định']);
  });
});

describe('a typo never wipes deadlines', () => {
  test('Làm mới with an unreadable planned congress date keeps that unit’s deadlines on the sheet', () => {
    const emu = session('workspace', ADMIN);
    emu.edit('Đơn vị', 'F3', 'tháng 6/2020');
    emu.run('menuRefresh');
    expect(deadlines(emu).slice(0, 12)).toEqual(DEADLINES);
    expect(emu.run('dataIssues_')).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'E_DATE_INVALID', cell: 'F3' })]),
    );
  });
});
