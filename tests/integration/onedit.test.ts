// Direct edits in the sheet, through the installable on-edit trigger the administrator's Setup creates.
// Expected deadlines are worked out by hand (see forms.fixture.ts for the workbook).
import { tableReads } from '../support/table-reads';
import type { Emulator } from '../../tools/emulator';
import { ADMIN, CLERK, ROW, iso, setUpEmulator } from './forms.fixture';
import { ISSUES_HEADER } from '../support/headers';

type Key = keyof typeof ROW;

function deadlines(emu: Emulator): Record<string, unknown> {
  const values = emu.workbook.values('Tiến độ');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(ROW) as Key[]) out[key] = iso(values[ROW[key] - 1]?.[5]);
  return out;
}

function cells(emu: Emulator, key: Key): unknown[] {
  return (emu.workbook.values('Tiến độ')[ROW[key] - 1] ?? []).map(iso);
}

function auditLines(emu: Emulator): unknown[][] {
  return emu.workbook
    .values('Nhật ký')
    .slice(1)
    .map((l) => l.slice(1));
}

function issues(emu: Emulator): unknown[][] {
  return emu.workbook.values('Kiểm tra dữ liệu').slice(1);
}

/** The fixture with the administrator's trigger installed, the clerk at the keyboard. */
function edited(identity: 'workspace' | 'consumer' = 'workspace'): Emulator {
  const emu = setUpEmulator({ user: ADMIN, identity });
  emu.run('ensureEditTrigger');
  emu.setUser({ email: CLERK });
  return emu;
}

const INITIAL = {
  'CAT/M06': '2020-06-25',
  'CAT/M07': '2020-07-15',
  'CAT/M08': '2020-07-24',
  'CAT/M09': '2020-08-14',
  'PA03/M06': '2020-05-21',
  'PA03/M07': '2020-06-10',
  'PA03/M08': '2020-06-19',
  'PA03/M09': '2020-07-13',
  'PA03-01/M06': '2020-02-29',
  'PA03-01/M07': '2020-03-20',
  'PA03-01/M08': '2020-03-31',
  'PA03-01/M09': '2020-04-21',
};

describe('ensureEditTrigger', () => {
  test('is idempotent: one trigger however often Setup runs', () => {
    const emu = setUpEmulator({ user: ADMIN });
    expect(emu.run('ensureEditTrigger')).toMatchObject({ created: true, removed: 0 });
    expect(emu.run('ensureEditTrigger')).toMatchObject({ created: false, removed: 0 });
    expect(emu.listTriggers().filter((t) => t.handler === 'onEditInstalled')).toHaveLength(1);
  });

  test('someone who is not an administrator cannot install it: the administrator’s trigger stays the one', () => {
    const emu = setUpEmulator({ user: ADMIN, identity: 'workspace' });
    emu.run('ensureEditTrigger');
    expect(emu.asUser({ email: CLERK }, () => emu.run('ensureEditTrigger'))).toEqual({ refused: true });
    expect(
      emu
        .listTriggers()
        .filter((t) => t.handler === 'onEditInstalled')
        .map((t) => t.owner),
    ).toEqual([ADMIN]);
  });

  test('when a second administrator installs one, only the newest trigger acts: one audit line per edit', () => {
    const emu = setUpEmulator({ user: ADMIN, identity: 'workspace' });
    emu.run('ensureEditTrigger');
    const ss = (emu.backend.spreadsheetApp as any).getActiveSpreadsheet(); // eslint-disable-line @typescript-eslint/no-explicit-any
    ss.getSheetByName('Cài đặt').getRange('B2').setValue(`${ADMIN}, admin2@ubnd.example`);
    emu.asUser({ email: 'admin2@ubnd.example' }, () => emu.run('ensureEditTrigger'));
    expect(emu.listTriggers().filter((t) => t.handler === 'onEditInstalled')).toHaveLength(2);
    emu.setUser({ email: CLERK });
    emu.edit('Tiến độ', 'K8', 'một lần');
    expect(auditLines(emu)).toHaveLength(1);
  });
});

describe('user columns of Tiến độ', () => {
  test('a status typed in the sheet is stamped and logged, nothing recomputed (consumer account: nothing to check the editor against)', () => {
    const emu = edited('consumer');
    emu.resetCalls();
    const result = emu.edit('Tiến độ', 'G8', 'Đang thực hiện');
    expect(result.fired.map((f) => f.error)).toEqual([undefined]);
    const calls = emu.calls;
    if (process.env.SHOW_CALLS) console.log(JSON.stringify(calls.byMethod));
    expect(cells(emu, 'PA03/M08').slice(6, 12)).toEqual(['Đang thực hiện', '', 'open', '', '', 'không xác định']);
    expect(iso(emu.workbook.values('Tiến độ')[7]?.[12])).toBe('2020-06-15');
    expect(auditLines(emu)).toEqual([
      ['không xác định', 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M08', 'Trạng thái', '', 'Đang thực hiện'],
    ]);
    expect(deadlines(emu)).toEqual(INITIAL);
    expect(issues(emu)).toEqual([]);
    // Reads only the first rows of the sheet: no whole table.
    expect(calls.byMethod['Sheet.getDataRange'] ?? 0).toBe(0);
    expect(calls.total).toBeLessThanOrEqual(17);
  });

  test('where Google names the editor, the Settings and Units are read for the permission check, and nothing more', () => {
    const emu = edited();
    emu.resetCalls();
    emu.edit('Tiến độ', 'G8', 'Đang thực hiện');
    expect(cells(emu, 'PA03/M08')[11]).toBe(CLERK);
    expect(issues(emu)).toEqual([]);
    expect(tableReads(emu)).toBe(2);
    expect(emu.calls.total).toBeLessThanOrEqual(24);
  });

  test('an invalid value is flagged with a note and a Data issues line, and kept; the flag goes when fixed', () => {
    const emu = edited();
    emu.edit('Tiến độ', 'G8', 'Xong rồi');
    expect(cells(emu, 'PA03/M08')[6]).toBe('Xong rồi');
    // Validate's own words for E_VALUE_UNKNOWN on a status.
    const message =
      '“Xong rồi” không phải là giá trị hợp lệ của “Trạng thái”. Chọn một trong: Chưa thực hiện, Đang thực hiện, Chờ cấp trên cho ý kiến, Hoàn thành, Không áp dụng.';
    expect(emu.workbook.notes('Tiến độ')[7]?.[6]).toBe(`⚠ ${message}`);
    expect(issues(emu)).toEqual([['Lỗi', 'E_VALUE_UNKNOWN', 'Tiến độ', 'G8', message]]);
    expect(emu.workbook.formulas('Kiểm tra dữ liệu')[1]?.[3]).toMatch(/^=HYPERLINK\("#gid=\d+&range=G8","G8"\)$/);
    expect(auditLines(emu)).toEqual([[CLERK, 'Sửa trực tiếp', 'Tiến độ', 'PA03 / M08', 'Trạng thái', '', 'Xong rồi']]);

    emu.edit('Tiến độ', 'G8', 'Đang thực hiện');
    expect(emu.workbook.notes('Tiến độ')[7]?.[6]).toBe('');
  });

  test('the first flag after a validation without findings takes the place of its “no errors or warnings” line', () => {
    const emu = edited();
    const ss = (emu.backend.spreadsheetApp as any).getActiveSpreadsheet(); // eslint-disable-line @typescript-eslint/no-explicit-any
    const sheet = ss.getSheetByName('Kiểm tra dữ liệu') ?? ss.insertSheet('Kiểm tra dữ liệu');
    sheet.clearContents();
    sheet.getRange(1, 1, 2, 5).setValues([ISSUES_HEADER, ['', '', '', '', 'Không phát hiện lỗi hay cảnh báo nào.']]);
    emu.edit('Tiến độ', 'G8', 'Xong rồi');
    emu.edit('Tiến độ', 'H9', '31/02/2020');
    expect(issues(emu).map((l) => [l[1], l[3]])).toEqual([
      ['E_VALUE_UNKNOWN', 'G8'],
      ['E_DATE_INVALID', 'H9'],
    ]);
  });

  test('a user’s own note on the cell is left alone', () => {
    const emu = edited();
    const ss = (emu.backend.spreadsheetApp as any).getActiveSpreadsheet(); // eslint-disable-line @typescript-eslint/no-explicit-any
    ss.getSheetByName('Tiến độ').getRange('K8').setNote('ghi chú của tôi');
    emu.edit('Tiến độ', 'K8', 'đã gửi');
    expect(emu.workbook.notes('Tiến độ')[7]?.[10]).toBe('ghi chú của tôi');
  });

  test('formula-like text typed as text (leading apostrophe) stays text in the log', () => {
    const emu = edited();
    emu.edit('Tiến độ', 'K8', `'=IMPORTXML("http://x","//a")`);
    expect(auditLines(emu)[0]?.slice(4)).toEqual(['Ghi chú', '', '=IMPORTXML("http://x","//a")']);
    expect(
      emu.workbook
        .formulas('Nhật ký')
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  test('with a consumer account the editor’s email is not revealed to the owner’s trigger: không xác định', () => {
    const emu = edited('consumer');
    emu.edit('Tiến độ', 'K8', 'x');
    expect(cells(emu, 'PA03/M08')[11]).toBe('không xác định');
    expect(auditLines(emu)[0]?.[0]).toBe('không xác định');
  });

  test('completing the congress in the sheet moves only that unit’s later deadlines', () => {
    const emu = edited();
    emu.edit('Tiến độ', 'H7', '12/06/2020');
    expect(deadlines(emu)).toEqual(INITIAL); // not Hoàn thành yet: the deadline is still the anchor
    emu.edit('Tiến độ', 'G7', 'Hoàn thành');
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03/M08': '2020-06-24', 'PA03/M09': '2020-07-15' });
    emu.edit('Tiến độ', 'H7', '11/06/2020');
    // 11/06 + 7 working days skipping 22/06 → 23/06; + 15 working days → 14/07.
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03/M08': '2020-06-23', 'PA03/M09': '2020-07-14' });
  });

  test('a completion date changed in the sheet is logged as dates, old and new, and retyping the same date logs nothing', () => {
    const emu = edited();
    emu.edit('Tiến độ', 'H7', '12/06/2020');
    emu.edit('Tiến độ', 'H7', '11/06/2020');
    emu.edit('Tiến độ', 'H7', '11/06/2020');
    emu.edit('Tiến độ', 'H7', '');
    expect(auditLines(emu).map((l) => [l[4], l[5], l[6]])).toEqual([
      ['Ngày hoàn thành', '', '12/06/2020'],
      ['Ngày hoàn thành', '12/06/2020', '11/06/2020'],
      ['Ngày hoàn thành', '11/06/2020', ''],
    ]);
  });

  test('a multi-cell paste stamps every row and logs every cell', () => {
    const emu = edited();
    emu.pasteValues('Tiến độ', 'J8', [
      ['https://a', 'ghi chú 1'],
      ['https://b', 'ghi chú 2'],
    ]);
    expect(cells(emu, 'PA03/M08').slice(9, 12)).toEqual(['https://a', 'ghi chú 1', CLERK]);
    expect(cells(emu, 'PA03/M09').slice(9, 12)).toEqual(['https://b', 'ghi chú 2', CLERK]);
    expect(auditLines(emu).map((l) => [l[3], l[4], l[6]])).toEqual([
      ['PA03 / M08', 'Minh chứng', 'https://a'],
      ['PA03 / M08', 'Ghi chú', 'ghi chú 1'],
      ['PA03 / M09', 'Minh chứng', 'https://b'],
      ['PA03 / M09', 'Ghi chú', 'ghi chú 2'],
    ]);
  });

  test('an edit of a computed column is flagged, not acted on; the note says the next Refresh restores it', () => {
    const emu = edited('consumer');
    emu.edit('Tiến độ', 'F8', '01/07/2020');
    expect(emu.workbook.notes('Tiến độ')[7]?.[5]).toMatch(
      /^⚠ Cột “Hạn” do tiện ích ghi: .*khôi phục ở lần Làm mới bảng theo dõi tiếp theo/,
    );
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/^F8: Cột “Hạn” do tiện ích ghi/);
    expect(auditLines(emu)).toEqual([]);
    expect(cells(emu, 'PA03/M08')[11]).toBe('');
    expect(issues(emu)).toEqual([]);
  });

  test('a clerk Google names typing over a computed column is also not permitted', () => {
    const emu = edited('workspace');
    emu.edit('Tiến độ', 'F8', '01/07/2020');
    expect(emu.workbook.notes('Tiến độ')[7]?.[5]).toMatch(
      /^⚠ Cột “Hạn” do tiện ích ghi: [^\n]*\nclerk\.pa03@ubnd\.example không phải quản trị viên/,
    );
    expect(issues(emu).map((l) => [l[1], l[3]])).toEqual([['W_EDIT_NOT_PERMITTED', 'F8']]);
  });
});

describe('Thi đua', () => {
  test('a result typed in the sheet is stamped and logged; a negative one is flagged', () => {
    const emu = edited();
    emu.edit('Thi đua', 'H2', '120');
    expect(emu.workbook.values('Thi đua')[1]?.[12]).toBe(CLERK);
    expect(auditLines(emu)).toEqual([[CLERK, 'Sửa trực tiếp', 'Thi đua', 'PA03 / T01', 'Kết quả', '', '120']]);
    emu.edit('Thi đua', 'H2', '-5');
    // Validate's own words for a negative number.
    expect(issues(emu)).toEqual([
      ['Lỗi', 'E_NUMBER_INVALID', 'Thi đua', 'H2', '“-5” không được là số âm. Nhập số từ 0 trở lên.'],
    ]);
  });
});

describe('edits that move deadlines', () => {
  test('a planned congress date moves that unit’s deadlines only', () => {
    const emu = edited();
    emu.setUser({ email: ADMIN });
    emu.edit('Đơn vị', 'F3', '20/06/2020');
    // D = Sat 20/06: M06 = 31/05; M07 = 20/06; M08 = +7 working days skipping 22/06 → 01/07; M09 = +15 → 22/07.
    expect(deadlines(emu)).toEqual({
      ...INITIAL,
      'PA03/M06': '2020-05-31',
      'PA03/M07': '2020-06-20',
      'PA03/M08': '2020-07-01',
      'PA03/M09': '2020-07-22',
    });
  });

  test('a milestone offset moves every unit’s deadlines', () => {
    const emu = edited();
    emu.setUser({ email: ADMIN });
    emu.edit('Mốc công việc', 'E4', '5');
    expect(deadlines(emu)).toEqual({
      ...INITIAL,
      'CAT/M08': '2020-07-22',
      'CAT/M09': '2020-08-12',
      'PA03/M08': '2020-06-17',
      'PA03/M09': '2020-07-09',
      'PA03-01/M08': '2020-03-27',
      'PA03-01/M09': '2020-04-17',
    });
  });

  test('a new holiday moves the working-day deadlines it falls in', () => {
    const emu = edited();
    emu.setUser({ email: ADMIN });
    emu.edit('Ngày nghỉ', 'A3', '18/06/2020');
    // PA03 M08: 10/06 + 7 working days skipping 18/06 and 22/06 → 23/06; M09: + 15 → 14/07.
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03/M08': '2020-06-23', 'PA03/M09': '2020-07-14' });
  });

  test('a cut-off typed in Hạn chót caps that type’s deadline at once', () => {
    const emu = edited();
    emu.setUser({ email: ADMIN });
    emu.pasteValues('Hạn chót', 'A3', [['Chi bộ trực thuộc', 'M06', '25/02/2020']]);
    // PA03-01 M06 = 20/03 − 20 = 29/02; the cut-off 25/02 is earlier and wins. No other type has one for M06.
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03-01/M06': '2020-02-25' });
    expect(emu.ui.toasts.at(-1)?.message).toBe('Đã tính lại 1 hạn của đơn vị PA03-01.');
    expect(issues(emu)).toEqual([]);
    // A Milestone ID that is not on Mốc công việc is flagged in Validate's words.
    emu.edit('Hạn chót', 'B3', 'M99');
    expect(issues(emu).map((l) => [l[1], l[3]])).toEqual([['E_VALUE_UNKNOWN', 'B3']]);
  });

  test('an edit that moves nothing recomputes nothing: a unit’s note is logged only', () => {
    const emu = edited();
    emu.setUser({ email: ADMIN });
    emu.resetCalls();
    emu.edit('Đơn vị', 'I3', 'Ghi chú mới');
    expect(deadlines(emu)).toEqual(INITIAL);
    expect(auditLines(emu)).toEqual([[ADMIN, 'Sửa trực tiếp', 'Đơn vị', 'PA03', 'Ghi chú', '', 'Ghi chú mới']]);
    expect(emu.calls.byMethod['Range.setValues']).toBe(1); // the log line
    expect(tableReads(emu)).toBe(2); // Units, and Settings for the permission check
  });

  test('an edit on a sheet that is not the add-on’s does nothing', () => {
    const emu = edited();
    const ss = (emu.backend.spreadsheetApp as any).getActiveSpreadsheet(); // eslint-disable-line @typescript-eslint/no-explicit-any
    ss.insertSheet('Nháp');
    emu.resetCalls();
    emu.edit('Nháp', 'B4', '10');
    expect(emu.calls.byMethod['Range.getValues'] ?? 0).toBe(0);
    expect(auditLines(emu)).toEqual([]);
  });
});

describe('Settings’ Hạn rơi vào ngày nghỉ and the Holidays sheet recompute at once', () => {
  // PA03-01's M06 is its congress (Fri 20/03/2020) − 20 calendar days = Sat 29/02/2020: the fixture's only
  // calendar-day deadline on a day off (CAT's M06 25/06 and PA03's 21/05 are Thursdays; M07, offset 0, never
  // moves; M08 and M09 count working days, so they always fall on one).
  function withPolicy(policy: string): Emulator {
    const emu = edited();
    emu.setUser({ email: ADMIN });
    emu.pasteValues('Cài đặt', 'A5', [['Hạn rơi vào ngày nghỉ', policy]]);
    return emu;
  }

  test('Earlier moves the Saturday deadline to the Friday before, told and logged', () => {
    const emu = withPolicy('Lùi về ngày làm việc trước');
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03-01/M06': '2020-02-28' });
    expect(emu.ui.toasts.at(-1)?.message).toBe('Đã tính lại 1 hạn của đơn vị PA03-01.');
    expect(auditLines(emu)).toEqual([
      [ADMIN, 'Sửa trực tiếp', 'Tiến độ', 'PA03-01 / M06', 'Hạn', '29/02/2020', '28/02/2020'],
      [ADMIN, 'Sửa trực tiếp', 'Cài đặt', 'Hạn rơi vào ngày nghỉ', 'Thiết lập', '', 'Hạn rơi vào ngày nghỉ'],
      [ADMIN, 'Sửa trực tiếp', 'Cài đặt', 'Hạn rơi vào ngày nghỉ', 'Giá trị', '', 'Lùi về ngày làm việc trước'],
    ]);
  });

  test('Later moves it to the Monday after (the value typed in English too); Giữ nguyên puts it back', () => {
    const emu = withPolicy('Dời sang ngày làm việc sau');
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03-01/M06': '2020-03-02' });
    emu.edit('Cài đặt', 'B5', 'Giữ nguyên');
    expect(deadlines(emu)).toEqual(INITIAL);
    expect(emu.ui.toasts.at(-1)?.message).toBe('Đã tính lại 1 hạn của đơn vị PA03-01.');
    emu.edit('Cài đặt', 'B5', 'Earlier');
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03-01/M06': '2020-02-28' });
  });

  test('renaming the row away from Hạn rơi vào ngày nghỉ is back to Giữ nguyên', () => {
    const emu = withPolicy('Lùi về ngày làm việc trước');
    emu.edit('Cài đặt', 'A5', 'Ghi chú');
    expect(deadlines(emu)).toEqual(INITIAL);
  });

  test('another setting moves no deadline', () => {
    const emu = withPolicy('Lùi về ngày làm việc trước');
    const before = auditLines(emu).length;
    emu.edit('Cài đặt', 'B4', '10');
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03-01/M06': '2020-02-28' });
    expect(auditLines(emu).slice(before)).toEqual([
      [ADMIN, 'Sửa trực tiếp', 'Cài đặt', 'Số ngày cảnh báo', 'Giá trị', '7', '10'],
    ]);
  });

  test('under Later, a day off on that Monday moves it to the Tuesday; a làm bù Saturday keeps it on the Saturday', () => {
    const emu = withPolicy('Dời sang ngày làm việc sau');
    emu.edit('Ngày nghỉ', 'A3', '02/03/2020');
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03-01/M06': '2020-03-03' });
    expect(emu.ui.toasts.at(-1)?.message).toBe('Đã tính lại 1 hạn của đơn vị PA03-01.');
    emu.edit('Ngày nghỉ', 'C1', 'Loại');
    emu.pasteValues('Ngày nghỉ', 'A4', [['29/02/2020', 'Làm bù (giả định)', 'Làm bù']]);
    expect(deadlines(emu)).toEqual(INITIAL);
  });

  test('under Earlier, a day off on the Friday before moves it back to the Thursday', () => {
    const emu = withPolicy('Lùi về ngày làm việc trước');
    emu.edit('Ngày nghỉ', 'A3', '28/02/2020');
    expect(deadlines(emu)).toEqual({ ...INITIAL, 'PA03-01/M06': '2020-02-27' });
  });
});
