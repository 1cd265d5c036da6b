// The sidebar endpoints running in the built bundle (dist/Code.js) in the emulator, through google.script.run's
// copying rules, as an administrator, a unit's editor, an editor of an ancestor, a stranger and a user whose
// email Apps Script does not reveal. Expected dates are worked out by hand in forms.fixture.ts.
import type { Emulator } from '../../tools/emulator';
import { AUDIT_HEADER } from '../support/headers';
import { ADMIN, ANCESTOR, CLERK, ROW, STRANGER, TODAY, XSS_NAME, formsEmulator, iso } from './forms.fixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const call = (emu: Emulator, name: string, ...args: unknown[]): Json => emu.callServer(name, ...args) as Json;

function progressRows(emu: Emulator): unknown[][] {
  return emu.workbook.values('Tiến độ');
}

function rowOf(emu: Emulator, key: keyof typeof ROW): unknown[] {
  return (progressRows(emu)[ROW[key] - 1] ?? []).map(iso);
}

function milestones(emu: Emulator, unitId: string): Json[] {
  const answer = call(emu, 'unitMilestones', unitId);
  expect(answer.ok).toBe(true);
  return answer.value.rows as Json[];
}

/** What the form would send for the row as loaded now, with `changes` applied. */
function submission(emu: Emulator, unitId: string, milestoneId: string, changes: Json = {}): Json {
  const row = milestones(emu, unitId).find((r) => r.milestoneId === milestoneId);
  if (!row) throw new Error(`no row ${unitId}/${milestoneId}`);
  const status = row.status ?? 'notStarted';
  return {
    unitId,
    milestoneId,
    status,
    completedOn: status === 'done' ? row.completedOn : '',
    evidence: row.evidence,
    note: row.note,
    version: row.version,
    ...changes,
  };
}

function hasAudit(emu: Emulator): boolean {
  return emu.workbook.sheetNames().includes('Nhật ký');
}

function auditLines(emu: Emulator): unknown[][] {
  return hasAudit(emu) ? emu.workbook.values('Nhật ký').slice(1) : [];
}

describe('progressForm: the units each user may update', () => {
  test.each([
    [ADMIN, true, ['CAT', 'PA03', 'PA03-01']],
    [CLERK, false, ['PA03', 'PA03-01']],
    [ANCESTOR, false, ['CAT', 'PA03', 'PA03-01']],
  ])('%s', (email, isAdmin, ids) => {
    const emu = formsEmulator({ user: email });
    const answer = call(emu, 'progressForm');
    expect(answer.ok).toBe(true);
    expect(answer.value.lang).toBe('vi');
    expect(answer.value.today).toBe(TODAY);
    expect(answer.value.user).toEqual({ email, isAdmin });
    expect(answer.value.units.map((u: Json) => u.id)).toEqual(ids);
    expect(answer.value.notice).toBeUndefined();
  });

  test('a stranger gets no unit and is told why', () => {
    const answer = call(formsEmulator({ user: STRANGER }), 'progressForm');
    expect(answer.value.units).toEqual([]);
    expect(answer.value.notice).toBe(
      'Bạn chưa được giao cập nhật đơn vị nào. Liên hệ quản trị viên để được thêm vào cột Email cập nhật.',
    );
  });

  test('an anonymous user (no email) gets no unit and the reason, in English for an English locale', () => {
    const answer = call(formsEmulator({ user: '', locale: 'en_US' }), 'emulationForm');
    expect(answer.value.lang).toBe('en');
    expect(answer.value.units).toEqual([]);
    expect(answer.value.notice).toBe(
      'Your email address is not available, so your right to update cannot be checked. Open the spreadsheet with the Google account you were given and authorise the add-on.',
    );
  });

  test('when updates are not restricted, everyone sees every unit', () => {
    const answer = call(formsEmulator({ user: '', restrict: false }), 'progressForm');
    expect(answer.value.units.map((u: Json) => u.id)).toEqual(['CAT', 'PA03', 'PA03-01']);
  });

  test('a unit name with markup is returned as text (the sidebar shows it with textContent)', () => {
    const answer = call(formsEmulator({ user: ADMIN }), 'progressForm');
    expect(answer.value.units[2]).toEqual({ id: 'PA03-01', name: XSS_NAME, type: 'Chi bộ trực thuộc' });
  });
});

describe('unitMilestones', () => {
  test('the rows of the unit with deadline, status and standing in its colour (today 15/06/2020, window 7 days)', () => {
    const rows = milestones(formsEmulator({ user: CLERK }), 'PA03');
    expect(
      rows.map((r) => [
        r.milestoneId,
        r.deadline,
        r.status,
        r.completedOn,
        r.standing,
        r.standingLabel,
        r.standingColor,
      ]),
    ).toEqual([
      ['M06', '2020-05-21', 'done', '2020-05-20', 'doneOnTime', 'Hoàn thành đúng hạn', '#b7e1cd'],
      ['M07', '2020-06-10', 'inProgress', null, 'overdue', 'Quá hạn', '#f4c7c3'],
      ['M08', '2020-06-19', null, null, 'dueSoon', 'Sắp đến hạn', '#fce8b2'],
      ['M09', '2020-07-13', null, null, 'onTrack', 'Trong hạn', null],
    ]);
    expect(rows[1]?.requires).toEqual([{ milestoneId: 'M06', task: 'Báo cáo cấp ủy cấp trên', done: true }]);
    expect(new Set(rows.map((r) => r.version)).size).toBeGreaterThan(1);
  });

  test('labels follow the user’s locale', () => {
    const rows = milestones(formsEmulator({ user: CLERK, locale: 'en' }), 'PA03');
    expect(rows[1]?.standingLabel).toBe('Overdue');
  });

  test('an editor of an ancestor may read a cell’s rows', () => {
    expect(milestones(formsEmulator({ user: ANCESTOR }), 'PA03-01')).toHaveLength(4);
  });

  test.each<[string, string, unknown, Json]>([
    [
      'a stranger',
      STRANGER,
      'PA03',
      {
        code: 'forbidden',
        message:
          'Tài khoản stranger@gmail.com không được giao cập nhật đơn vị Đảng bộ Phòng An ninh đối nội (PA03). Liên hệ quản trị viên để được thêm vào cột Email cập nhật.',
      },
    ],
    [
      'the clerk on the parent unit',
      CLERK,
      'CAT',
      {
        code: 'forbidden',
        message:
          'Tài khoản clerk.pa03@ubnd.example không được giao cập nhật đơn vị Đảng bộ Công an tỉnh (CAT). Liên hệ quản trị viên để được thêm vào cột Email cập nhật.',
      },
    ],
    [
      'an anonymous user',
      '',
      'PA03',
      {
        code: 'forbidden',
        message:
          'Không xác định được email của bạn nên không kiểm tra được quyền cập nhật. Hãy mở bảng tính bằng tài khoản Google được giao và cấp quyền cho tiện ích.',
      },
    ],
    ['an unknown unit', ADMIN, 'NOPE', { code: 'notFound', message: 'Không tìm thấy đơn vị “NOPE”.', field: 'unitId' }],
    [
      'a number for the unit',
      ADMIN,
      5,
      { code: 'invalid', message: 'Trường unitId phải là chuỗi ký tự.', field: 'unitId' },
    ],
    ['a blank unit', ADMIN, ' ', { code: 'invalid', message: 'Trường unitId đang để trống.', field: 'unitId' }],
  ])('refuses %s', (_what, email, unitId, error) => {
    expect(call(formsEmulator({ user: email }), 'unitMilestones', unitId)).toEqual({ ok: false, error });
  });
});

describe('submitProgress', () => {
  test('the clerk completes the congress: row written by key, audit lines, the unit’s later deadlines move', () => {
    const emu = formsEmulator({ user: CLERK });
    const answer = call(
      emu,
      'submitProgress',
      submission(emu, 'PA03', 'M07', {
        status: 'done',
        completedOn: '2020-06-12',
        evidence: 'https://vb.example/bb-12',
      }),
    );
    expect(answer.ok).toBe(true);
    expect(answer.value.changes).toBe(3);
    // Completed 12/06: M08 = +7 working days skipping 22/06 → 24/06; M09 = +15 working days → 15/07.
    expect(answer.value.deadlinesMoved).toBe(2);
    expect(answer.value.message).toBe(
      'Đã lưu mốc M07 của Đảng bộ Phòng An ninh đối nội. Đã tính lại 2 hạn của đơn vị.',
    );
    expect(answer.value.row).toMatchObject({
      milestoneId: 'M07',
      status: 'done',
      completedOn: '2020-06-12',
      standing: 'doneLate',
      updatedBy: CLERK,
      updatedAt: '2020-06-15 09:00',
    });

    expect(rowOf(emu, 'PA03/M07').slice(5)).toEqual([
      '2020-06-10',
      'Hoàn thành',
      '2020-06-12',
      'done',
      'https://vb.example/bb-12',
      '',
      CLERK,
      rowOf(emu, 'PA03/M07')[12],
    ]);
    expect(rowOf(emu, 'PA03/M08')[5]).toBe('2020-06-24');
    expect(rowOf(emu, 'PA03/M09')[5]).toBe('2020-07-15');
    // Other units' deadlines are untouched, and so is the live Standing formula.
    expect(rowOf(emu, 'CAT/M08')[5]).toBe('2020-07-24');
    expect(rowOf(emu, 'PA03-01/M09')[5]).toBe('2020-04-21');
    expect(emu.workbook.formulas('Tiến độ')[ROW['PA03/M07'] - 1]?.[8]).toBe('=IF(G7="Hoàn thành","done","open")');

    expect(auditLines(emu).map((l) => l.slice(1))).toEqual([
      [CLERK, 'Biểu mẫu', 'Tiến độ', 'PA03 / M07', 'Trạng thái', 'Đang thực hiện', 'Hoàn thành'],
      [CLERK, 'Biểu mẫu', 'Tiến độ', 'PA03 / M07', 'Ngày hoàn thành', '', '12/06/2020'],
      [CLERK, 'Biểu mẫu', 'Tiến độ', 'PA03 / M07', 'Minh chứng', '', 'https://vb.example/bb-12'],
    ]);
    expect(emu.workbook.values('Nhật ký')[0]).toEqual(AUDIT_HEADER);
  });

  test('reopening a milestone clears its date and moves the deadlines back', () => {
    const emu = formsEmulator({ user: ADMIN });
    call(emu, 'submitProgress', submission(emu, 'PA03', 'M07', { status: 'done', completedOn: '2020-06-12' }));
    const answer = call(
      emu,
      'submitProgress',
      submission(emu, 'PA03', 'M07', { status: 'inProgress', completedOn: '' }),
    );
    expect(answer.value.deadlinesMoved).toBe(2);
    expect(rowOf(emu, 'PA03/M07').slice(6, 8)).toEqual(['Đang thực hiện', '']);
    expect(rowOf(emu, 'PA03/M08')[5]).toBe('2020-06-19');
    expect(rowOf(emu, 'PA03/M09')[5]).toBe('2020-07-13');
  });

  test('an editor of the parent unit may update a cell; the anchor-free milestone moves nothing', () => {
    const emu = formsEmulator({ user: ANCESTOR });
    const answer = call(
      emu,
      'submitProgress',
      submission(emu, 'PA03-01', 'M06', { status: 'done', completedOn: '2020-02-27', note: 'Đã báo cáo' }),
    );
    expect(answer.ok).toBe(true);
    expect(answer.value.deadlinesMoved).toBe(0);
    expect(rowOf(emu, 'PA03-01/M06').slice(6, 12)).toEqual([
      'Hoàn thành',
      '2020-02-27',
      'done',
      '',
      'Đã báo cáo',
      ANCESTOR,
    ]);
  });

  test('Hoàn thành is refused while a required milestone is not, naming it', () => {
    const emu = formsEmulator({ user: ADMIN });
    const answer = call(
      emu,
      'submitProgress',
      submission(emu, 'PA03-01', 'M07', { status: 'done', completedOn: '2020-03-20' }),
    );
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'requirement',
        message: 'Chưa thể chọn Hoàn thành: M06 “Báo cáo cấp ủy cấp trên” chưa hoàn thành.',
        field: 'status',
      },
    });
    expect(rowOf(emu, 'PA03-01/M07')[6]).toBe('');
    expect(hasAudit(emu)).toBe(false);
  });

  test('in English: the requirement named in English quotes, and one moved deadline in the singular', () => {
    const emu = formsEmulator({ user: ADMIN, locale: 'en' });
    const refused = call(
      emu,
      'submitProgress',
      submission(emu, 'PA03-01', 'M07', { status: 'done', completedOn: '2020-03-20' }),
    );
    expect(refused.error.message).toBe(
      'Done cannot be chosen yet. Still to be done first: M06 “Báo cáo cấp ủy cấp trên”.',
    );
    call(emu, 'submitProgress', submission(emu, 'PA03-01', 'M06', { status: 'done', completedOn: '2020-02-27' }));
    call(emu, 'submitProgress', submission(emu, 'PA03-01', 'M07', { status: 'done', completedOn: '2020-03-20' }));
    const saved = call(
      emu,
      'submitProgress',
      submission(emu, 'PA03-01', 'M08', { status: 'done', completedOn: '2020-03-30' }),
    );
    expect(saved.value.deadlinesMoved).toBe(1);
    expect(saved.value.message).toBe(`Saved milestone M08 of ${XSS_NAME}. 1 deadline of the unit was recomputed.`);
  });

  test.each([
    [
      STRANGER,
      'Tài khoản stranger@gmail.com không được giao cập nhật đơn vị Đảng bộ Phòng An ninh đối nội (PA03). Liên hệ quản trị viên để được thêm vào cột Email cập nhật.',
    ],
    [
      '',
      'Không xác định được email của bạn nên không kiểm tra được quyền cập nhật. Hãy mở bảng tính bằng tài khoản Google được giao và cấp quyền cho tiện ích.',
    ],
  ])('%p may not update PA03 and nothing is written', (email, text) => {
    const emu = formsEmulator({ user: ADMIN });
    const payload = submission(emu, 'PA03', 'M08', { note: 'x' });
    const before = progressRows(emu);
    emu.setUser({ email });
    expect(call(emu, 'submitProgress', payload)).toEqual({ ok: false, error: { code: 'forbidden', message: text } });
    expect(progressRows(emu)).toEqual(before);
    expect(hasAudit(emu)).toBe(false);
  });

  test('with updates not restricted, an anonymous user may submit and is logged as không xác định', () => {
    const emu = formsEmulator({ user: '', restrict: false });
    const answer = call(emu, 'submitProgress', submission(emu, 'PA03', 'M08', { note: 'ghi chú' }));
    expect(answer.ok).toBe(true);
    expect(rowOf(emu, 'PA03/M08')[11]).toBe('không xác định');
    expect(auditLines(emu)[0]?.[1]).toBe('không xác định');
  });

  test('an anonymous user with an English locale is stamped in the workbook’s language, not the sidebar’s', () => {
    const emu = formsEmulator({ user: '', locale: 'en', restrict: false });
    expect(call(emu, 'submitProgress', submission(emu, 'PA03', 'M08', { note: 'note' })).ok).toBe(true);
    expect(rowOf(emu, 'PA03/M08')[11]).toBe('không xác định');
    const version = (call(emu, 'unitTargets', 'PA03').value.rows[0] as Json).version;
    expect(call(emu, 'submitResult', { unitId: 'PA03', targetId: 'T01', result: '7', note: '', version }).ok).toBe(
      true,
    );
    expect(emu.workbook.values('Thi đua')[1]?.[12]).toBe('không xác định');
    expect(auditLines(emu).map((l) => l[1])).toEqual(['không xác định', 'không xác định']);
  });

  test('a column the users added inside the written span keeps its values and number formats', () => {
    const emu = formsEmulator({ user: CLERK });
    const ss = (emu.backend.spreadsheetApp as unknown as { getActiveSpreadsheet(): Json }).getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Tiến độ');
    sheet.insertColumnsAfter(11, 2); // after Ghi chú: L and M are the users' own
    sheet.getRange(1, 12, 1, 2).setValues([['Số văn bản', 'Điện thoại']]);
    sheet.getRange(ROW['PA03/M08'], 12, 1, 2).setNumberFormats([['0000', '@']]);
    sheet.getRange(ROW['PA03/M08'], 12, 1, 2).setValues([[12, '+84 912']]);
    expect(call(emu, 'submitProgress', submission(emu, 'PA03', 'M08', { note: 'đã gửi' })).ok).toBe(true);
    const line = emu.workbook.values('Tiến độ')[ROW['PA03/M08'] - 1] ?? [];
    expect([line[10], line[11], line[12], line[13]]).toEqual(['đã gửi', 12, '+84 912', CLERK]);
    expect(emu.workbook.numberFormats('Tiến độ')[ROW['PA03/M08'] - 1]?.slice(11, 13)).toEqual(['0000', '@']);
  });

  test('a row changed since the form loaded it is refused with who and when, and not overwritten', () => {
    const emu = formsEmulator({ user: CLERK });
    const stalePayload = submission(emu, 'PA03', 'M08', { note: 'của tôi' });
    emu.asUser({ email: ADMIN }, () =>
      call(emu, 'submitProgress', submission(emu, 'PA03', 'M08', { note: 'của quản trị' })),
    );
    emu.advance(60_000);
    expect(call(emu, 'submitProgress', stalePayload)).toEqual({
      ok: false,
      error: {
        code: 'stale',
        message: `${ADMIN} đã cập nhật dòng này lúc 15/06/2020 09:00. Hãy tải lại để xem thay đổi trước khi lưu, để không ghi đè lên thay đổi đó.`,
        stale: { by: ADMIN, at: '2020-06-15 09:00' },
      },
    });
    expect(rowOf(emu, 'PA03/M08')[10]).toBe('của quản trị');
  });

  test('two users submitting to the same row at once: the one that waited for the lock is told the row changed', () => {
    const emu = formsEmulator({ user: CLERK });
    const mine = submission(emu, 'PA03', 'M08', { note: 'thư ký' });
    const theirs = submission(emu, 'PA03', 'M08', { note: 'quản trị' });
    let interleaved: Json | null = null;
    emu.onLockBoundary((event) => {
      if (event.phase !== 'before-acquire' || event.depth !== 0 || interleaved) return;
      interleaved = emu.asUser({ email: ADMIN }, () => call(emu, 'submitProgress', theirs));
    });
    const answer = call(emu, 'submitProgress', mine);
    emu.onLockBoundary(null);
    expect(interleaved).toMatchObject({ ok: true });
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('stale');
    expect(rowOf(emu, 'PA03/M08')[10]).toBe('quản trị');
    expect(auditLines(emu)).toHaveLength(1);
  });

  test('a submission arriving while another holds the lock past ~10 s is refused as busy; the holder’s write stands', () => {
    const emu = formsEmulator({ user: CLERK });
    const mine = submission(emu, 'PA03', 'M08', { note: 'thư ký' });
    const theirs = submission(emu, 'PA03', 'M09', { note: 'quản trị' });
    let blocked: Json | null = null;
    emu.onLockBoundary((event) => {
      if (event.phase !== 'acquired' || event.depth !== 0 || blocked) return;
      blocked = emu.asUser({ email: ADMIN }, () => call(emu, 'submitProgress', theirs));
    });
    const answer = call(emu, 'submitProgress', mine);
    emu.onLockBoundary(null);
    expect(answer.ok).toBe(true);
    expect(blocked).toEqual({
      ok: false,
      error: { code: 'busy', message: 'Bảng tính đang bận vì có người khác đang lưu. Vui lòng thử lại sau ít giây.' },
    });
    expect(rowOf(emu, 'PA03/M08')[10]).toBe('thư ký');
    expect(rowOf(emu, 'PA03/M09')[10]).toBe('');
  });

  test('formula-like text and markup are stored as text, never as formulas', () => {
    const emu = formsEmulator({ user: CLERK });
    const payload = submission(emu, 'PA03', 'M08', {
      evidence: '=IMPORTXML("http://x","//a")',
      note: '<script>alert(1)</script>',
    });
    expect(call(emu, 'submitProgress', payload).ok).toBe(true);
    for (const text of ['+84 912 345 678', '-1', '@here', '1/2', '1.103']) {
      expect(call(emu, 'submitProgress', submission(emu, 'PA03', 'M09', { note: text })).ok).toBe(true);
      expect(rowOf(emu, 'PA03/M09')[10]).toBe(text);
    }
    const row = ROW['PA03/M08'] - 1;
    expect(rowOf(emu, 'PA03/M08').slice(9, 11)).toEqual(['=IMPORTXML("http://x","//a")', '<script>alert(1)</script>']);
    expect(emu.workbook.formulas('Tiến độ')[row]?.slice(9, 11)).toEqual(['', '']);
    const audit = emu.workbook.formulas('Nhật ký');
    expect(audit.flat().filter((f) => f !== '')).toEqual([]);
    expect(auditLines(emu)[0]?.slice(5)).toEqual(['Minh chứng', '', '=IMPORTXML("http://x","//a")']);
  });

  test.each<[string, (p: Json) => unknown, Json]>([
    [
      'unknown keys',
      (p) => ({ ...p, row: 7, isAdmin: true }),
      { code: 'invalid', message: 'Trường không được chấp nhận: isAdmin, row.' },
    ],
    [
      'a missing field',
      (p) => ({ ...p, version: undefined }),
      { code: 'invalid', message: 'Thiếu trường version.', field: 'version' },
    ],
    [
      'a number as status',
      (p) => ({ ...p, status: 4 }),
      { code: 'invalid', message: 'Trường status phải là chuỗi ký tự.', field: 'status' },
    ],
    [
      'a status label instead of a key',
      (p) => ({ ...p, status: 'Hoàn thành' }),
      { code: 'invalid', message: 'Trạng thái “Hoàn thành” không có trong danh sách.', field: 'status' },
    ],
    ['an array', (p) => [p], { code: 'invalid', message: 'Yêu cầu không hợp lệ.' }],
    ['nothing', () => null, { code: 'invalid', message: 'Yêu cầu không hợp lệ.' }],
    [
      'a 100 KB note',
      (p) => ({ ...p, note: 'x'.repeat(100_000) }),
      { code: 'invalid', message: 'Ghi chú dài 100000 ký tự, vượt quá giới hạn 2000 ký tự.', field: 'note' },
    ],
    [
      'a 100 KB evidence link',
      (p) => ({ ...p, evidence: 'y'.repeat(100_000) }),
      {
        code: 'invalid',
        message: 'Minh chứng (đường dẫn) dài 100000 ký tự, vượt quá giới hạn 1000 ký tự.',
        field: 'evidence',
      },
    ],
    [
      'a 100 KB unit ID',
      (p) => ({ ...p, unitId: 'z'.repeat(100_000) }),
      { code: 'invalid', message: 'unitId dài 100000 ký tự, vượt quá giới hạn 200 ký tự.', field: 'unitId' },
    ],
    [
      'a date in the wrong form',
      (p) => ({ ...p, status: 'done', completedOn: '12/06/2020' }),
      {
        code: 'invalid',
        message: 'Ngày hoàn thành: “12/06/2020” không phải là ngày hợp lệ. Chọn lại ngày trong ô ngày.',
        field: 'completedOn',
      },
    ],
    [
      'an impossible date',
      (p) => ({ ...p, status: 'done', completedOn: '2020-02-30' }),
      { code: 'invalid', message: 'Ngày hoàn thành: ngày 2020-02-30 không tồn tại.', field: 'completedOn' },
    ],
    [
      'a date after today',
      (p) => ({ ...p, status: 'done', completedOn: '2020-06-16' }),
      { code: 'invalid', message: 'Ngày hoàn thành 2020-06-16 ở sau hôm nay (2020-06-15).', field: 'completedOn' },
    ],
    [
      'Hoàn thành without a date',
      (p) => ({ ...p, status: 'done', completedOn: '' }),
      { code: 'invalid', message: 'Hãy nhập ngày hoàn thành khi trạng thái là Hoàn thành.', field: 'completedOn' },
    ],
    [
      'a date with another status',
      (p) => ({ ...p, completedOn: '2020-06-01' }),
      { code: 'invalid', message: 'Chỉ nhập ngày hoàn thành khi trạng thái là Hoàn thành.', field: 'completedOn' },
    ],
    [
      'an unknown milestone',
      (p) => ({ ...p, milestoneId: 'M99' }),
      {
        code: 'notFound',
        message: 'Đơn vị PA03 không có mốc “M99” trong trang Tiến độ. Hãy tải lại biểu mẫu.',
        field: 'milestoneId',
      },
    ],
    [
      'a forged version',
      (p) => ({ ...p, version: 'x' }),
      {
        code: 'stale',
        message:
          'không xác định đã cập nhật dòng này lúc không xác định. Hãy tải lại để xem thay đổi trước khi lưu, để không ghi đè lên thay đổi đó.',
        stale: { by: 'không xác định', at: 'không xác định' },
      },
    ],
  ])('refuses %s with the exact message and writes nothing', (_what, mutate, error) => {
    const emu = formsEmulator({ user: ADMIN });
    const before = progressRows(emu);
    expect(call(emu, 'submitProgress', mutate(submission(emu, 'PA03', 'M08')))).toEqual({ ok: false, error });
    expect(progressRows(emu)).toEqual(before);
    expect(hasAudit(emu)).toBe(false);
  });

  test('a Date object never reaches the server: google.script.run refuses it in the browser', () => {
    const emu = formsEmulator({ user: ADMIN });
    const payload = { ...submission(emu, 'PA03', 'M07'), status: 'done', completedOn: new Date() };
    expect(() => emu.callServer('submitProgress', payload)).toThrow(
      'Failed due to illegal value in property: completedOn',
    );
  });

  test('a submission that changes nothing writes nothing and logs nothing', () => {
    const emu = formsEmulator({ user: CLERK });
    const answer = call(emu, 'submitProgress', submission(emu, 'PA03', 'M07'));
    expect(answer.value).toMatchObject({ changes: 0, deadlinesMoved: 0, message: 'Không có thay đổi nào để lưu.' });
    expect(hasAudit(emu)).toBe(false);
    // Chưa thực hiện on a blank status is no change either.
    expect(call(emu, 'submitProgress', submission(emu, 'PA03', 'M09', { status: 'notStarted' })).value.changes).toBe(0);
  });

  test('the number of service calls does not grow with the sheet', () => {
    const count = (extraRows: number): number => {
      const emu = formsEmulator({ user: CLERK });
      if (extraRows) {
        const ss = (emu.backend.spreadsheetApp as any).getActiveSpreadsheet(); // eslint-disable-line @typescript-eslint/no-explicit-any
        const rows = Array.from({ length: extraRows }, (_, i) => [
          `X${i}`,
          'Đơn vị khác',
          'Chi bộ trực thuộc',
          'M06',
          'Báo cáo',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]);
        const sheet = ss.getSheetByName('Tiến độ');
        sheet.insertRowsAfter(sheet.getMaxRows(), extraRows);
        sheet.getRange(14, 1, extraRows, 13).setValues(rows);
      }
      call(emu, 'submitProgress', submission(emu, 'PA03', 'M08', { note: 'lần 1' }));
      const payload = submission(emu, 'PA03', 'M07', { status: 'done', completedOn: '2020-06-12', note: 'a' });
      emu.resetCalls();
      expect(call(emu, 'submitProgress', payload).ok).toBe(true);
      if (process.env.SHOW_CALLS) console.log(JSON.stringify(emu.calls.byMethod));
      return emu.calls.total;
    };
    const small = count(0);
    expect(count(3000)).toBe(small);
    // 6 tables read, Progress again before writing, 2 row runs + deadlines + audit written with their formats, the
    // flush before the lock's release
    expect(small).toBeLessThanOrEqual(42);
  });
});

describe('emulation endpoints', () => {
  test('unitTargets: the target value (own target first), the reported result and the rating', () => {
    const answer = call(formsEmulator({ user: CLERK }), 'unitTargets', 'PA03');
    expect(
      answer.value.rows.map((r: Json) => [
        r.targetId,
        r.targetValue,
        r.result,
        r.rating,
        r.ratingLabel,
        r.dueDate,
        r.measure,
      ]),
    ).toEqual([
      ['T01', 100, null, 'notReported', 'Chưa báo cáo', '2020-12-31', 'mô hình'],
      ['T02', 3, 4, 'missed', 'Không đạt', null, 'vụ'],
    ]);
  });

  test.each<[unknown, number | '', string, string]>([
    ['1.103', 1103, 'exceeded', 'Vượt'],
    ['5,62', 5.62, 'missed', 'Không đạt'],
    ['1,103.5', 1103.5, 'exceeded', 'Vượt'],
    [100, 100, 'met', 'Đạt'],
    ['', '', 'notReported', 'Chưa báo cáo'],
  ])('result %p is stored as %p', (typed, stored, rating, label) => {
    const emu = formsEmulator({ user: CLERK });
    const row = call(emu, 'unitTargets', 'PA03').value.rows[0] as Json;
    if (typed === '')
      call(emu, 'submitResult', { unitId: 'PA03', targetId: 'T01', result: 7, note: '', version: row.version });
    const version = (call(emu, 'unitTargets', 'PA03').value.rows[0] as Json).version;
    const answer = call(emu, 'submitResult', {
      unitId: 'PA03',
      targetId: 'T01',
      result: typed,
      note: 'Báo cáo quý II',
      version,
    });
    expect(answer.ok).toBe(true);
    expect(answer.value.row).toMatchObject({ rating, ratingLabel: label });
    const line = emu.workbook.values('Thi đua')[1] ?? [];
    expect(line[7]).toBe(stored);
    expect(line[11]).toBe('Báo cáo quý II');
    expect(line[12]).toBe(CLERK);
    expect(answer.value.message).toBe('Đã lưu kết quả T01 của Đảng bộ Phòng An ninh đối nội.');
  });

  test.each<[unknown, Json]>([
    [
      'abc',
      {
        code: 'invalid',
        message: 'Kết quả “abc” không phải là số. Viết ví dụ 1.103 (một nghìn một trăm linh ba) hoặc 5,62.',
        field: 'result',
      },
    ],
    [
      '=IMPORTXML("http://x","//a")',
      {
        code: 'invalid',
        message:
          'Kết quả “=IMPORTXML("http://x","//a")” không phải là số. Viết ví dụ 1.103 (một nghìn một trăm linh ba) hoặc 5,62.',
        field: 'result',
      },
    ],
    ['-3', { code: 'invalid', message: 'Kết quả phải lớn hơn hoặc bằng 0.', field: 'result' }],
    [true, { code: 'invalid', message: 'Trường result phải là số hoặc chuỗi ký tự.', field: 'result' }],
  ])('refuses the result %p', (result, error) => {
    const emu = formsEmulator({ user: CLERK });
    const version = (call(emu, 'unitTargets', 'PA03').value.rows[0] as Json).version;
    expect(call(emu, 'submitResult', { unitId: 'PA03', targetId: 'T01', result, note: '', version })).toEqual({
      ok: false,
      error,
    });
  });

  test('refuses a stranger, an unknown target and unknown keys', () => {
    const emu = formsEmulator({ user: ADMIN });
    const version = (call(emu, 'unitTargets', 'PA03').value.rows[0] as Json).version;
    const payload = { unitId: 'PA03', targetId: 'T01', result: '1', note: '', version };
    expect(call(emu, 'submitResult', { ...payload, targetId: 'T9' }).error).toEqual({
      code: 'notFound',
      message: 'Đơn vị PA03 không có chỉ tiêu “T9” trong trang Thi đua. Hãy tải lại biểu mẫu.',
      field: 'targetId',
    });
    expect(call(emu, 'submitResult', { ...payload, ownTarget: 1 }).error).toEqual({
      code: 'invalid',
      message: 'Trường không được chấp nhận: ownTarget.',
    });
    emu.setUser({ email: STRANGER });
    expect(call(emu, 'submitResult', payload).error.code).toBe('forbidden');
    expect(hasAudit(emu)).toBe(false);
  });

  test('the audit line of a result', () => {
    const emu = formsEmulator({ user: CLERK });
    const version = (call(emu, 'unitTargets', 'PA03').value.rows[1] as Json).version;
    call(emu, 'submitResult', { unitId: 'PA03', targetId: 'T02', result: '2', note: '', version });
    expect(auditLines(emu).map((l) => l.slice(1))).toEqual([
      [CLERK, 'Biểu mẫu', 'Thi đua', 'PA03 / T02', 'Kết quả', '4', '2'],
    ]);
  });
});

describe('sidebars', () => {
  test.each([
    ['showProgressSidebar', 'vi', 'Cập nhật tiến độ'],
    ['showEmulationSidebar', 'vi', 'Cập nhật kết quả thi đua'],
    ['showProgressSidebar', 'en', 'Update progress'],
  ])('%s (%s)', (fn, locale, title) => {
    const emu = formsEmulator({ user: CLERK, locale });
    emu.run(fn);
    const shown = emu.ui.sidebars[0];
    expect(shown?.title).toBe(title);
    expect(shown?.width).toBe(300);
    expect(shown?.html).toContain('<script>');
    expect(shown?.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
  });
});
