// The reminder job in the built bundle (docs/workbook.md §11): the daily trigger fires at the reminder hour through the
// emulator's clock; a fault at every service call followed by a re-run sends every email exactly once; a
// short quota serves the most overdue first and the digest says who was not reminded; only administrators
// install or remove the trigger. Expected emails: reminders.fixture.ts.
import { ADMIN, EXPECTED, remindersWorkbook, sentLines } from './reminders.fixture';
import { put, sheetOf } from './tracker.fixture';

const at = (local: string): Date => new Date(`${local}+07:00`);

describe('the daily trigger', () => {
  test('turned on from the dialog, it fires at 07:00 and sends the day’s emails once', () => {
    const emu = remindersWorkbook({ today: at('2026-11-29T20:00') });
    emu.run('setRemindersEnabled', true);
    expect(emu.listTriggers()).toEqual([
      expect.objectContaining({ handler: 'remindersDaily', eventType: 'CLOCK', owner: ADMIN }),
    ]);
    expect(emu.setNow(at('2026-11-30T06:59')).fired).toEqual([]);
    expect(emu.mailbox.sent).toEqual([]);
    const fired = emu.setNow(at('2026-11-30T07:00')).fired;
    expect(fired).toEqual([expect.objectContaining({ functionName: 'remindersDaily' })]);
    expect(fired[0]?.error).toBeUndefined();
    expect(sentLines(emu)).toEqual(EXPECTED);
    expect(emu.mailbox.sent.every((m) => m.from === ADMIN && m.at.getTime() === at('2026-11-30T07:00').getTime())).toBe(
      true,
    );
    // A second run the same day (a second trigger, "send now") sends nothing again.
    emu.run('remindersDaily');
    expect(emu.mailbox.sent).toHaveLength(4);
  });

  test('the unit’s email as its editors read it', () => {
    const emu = remindersWorkbook();
    emu.run('remindersDaily');
    const cb1 = emu.mailbox.sent.find((m) => m.to.includes('cb1@x.vn'));
    expect(cb1?.body).toContain('  - M01 – Xây dựng kế hoạch đại hội: hạn 20/11/2026, quá hạn 10 ngày');
    expect(cb1?.body).toContain('  - M02 – Dự thảo báo cáo chính trị: hạn 01/12/2026, còn 1 ngày');
    expect(cb1?.body).toMatch(/Bảng theo dõi: https:\/\//);
    expect(cb1?.htmlBody).toContain('<li>M01 – Xây dựng kế hoạch đại hội: hạn 20/11/2026, quá hạn 10 ngày</li>');
    // Only that unit's data.
    expect(cb1?.body).not.toContain('Chi bộ Đội 2');
  });

  test('every email is logged in the Nhắc việc sheet', () => {
    const emu = remindersWorkbook();
    emu.run('remindersDaily');
    const rows = sheetOf(emu, 'Nhắc việc').getDataRange().getValues() as unknown[][];
    expect(rows[0]).toEqual(['Thời gian', 'Gửi đến', 'Đơn vị', 'Loại', 'Nội dung nhắc', 'Tiêu đề', 'Kết quả']);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[4], r[6]])).toEqual([
      ['vp@x.vn', 'Văn phòng', '2 việc quá hạn, 0 cần xác minh, 0 đơn vị chưa được nhắc', 'Đã gửi'],
      ['cb1@x.vn', 'Chi bộ Đội Tổng hợp (CB1)', 'M01 (quá hạn 10 ngày); M02 (còn 1 ngày)', 'Đã gửi'],
      ['tinh@x.vn', 'Đảng bộ Công an tỉnh (TINH)', 'CB1: M01 (quá hạn 10 ngày)', 'Đã gửi'],
      ['cb2@x.vn, cb2b@x.vn', 'Chi bộ Đội 2 (CB2)', 'M01 (quá hạn 1 ngày)', 'Đã gửi'],
    ]);
  });

  test('with Reminders FALSE the job sends nothing', () => {
    const emu = remindersWorkbook({}, []);
    const settings = sheetOf(emu, 'Cài đặt');
    settings.getRange(3, 2).setValue(false);
    emu.run('remindersDaily');
    expect(emu.mailbox.sent).toEqual([]);
  });
});

describe('never twice, never silently short', () => {
  test('a fault at every service call of the job, then a re-run: every email exactly once', () => {
    const clean = remindersWorkbook();
    clean.resetCalls();
    clean.run('remindersDaily');
    const calls = clean.calls.total;
    expect(calls).toBeGreaterThan(10);
    const failures: string[] = [];
    for (let k = 1; k <= calls; k++) {
      const emu = remindersWorkbook();
      emu.resetCalls();
      emu.failAtCall(k);
      try {
        emu.run('remindersDaily');
      } catch {
        // The fault surfaces as the job's error; the re-run must complete the day.
      }
      emu.failAtCall(null);
      emu.run('remindersDaily');
      const lines = sentLines(emu).sort();
      if (JSON.stringify(lines) !== JSON.stringify([...EXPECTED].sort()))
        failures.push(`fault at call ${k}: ${lines.join(' | ')}`);
      const logged = (sheetOf(emu, 'Nhắc việc').getDataRange().getValues() as unknown[][]).filter(
        (r) => r[6] === 'Đã gửi',
      ).length;
      if (logged !== 4) failures.push(`fault at call ${k}: ${logged} log lines marked sent`);
    }
    expect(failures).toEqual([]);
  });

  test('quota short: the most overdue first, the digest names who was not reminded and why', () => {
    // 3 recipients: the digest (1) is reserved, then CB1 (10 days late, 1) and TINH's escalation (10, 1);
    // CB2 (1 day late, 2 recipients) does not fit.
    const emu = remindersWorkbook({ mailQuota: 3 });
    emu.run('remindersDaily');
    expect(sentLines(emu)).toEqual([
      'vp@x.vn → [Theo dõi đại hội] Tổng hợp tiến độ đến ngày 30/11/2026: 2 việc quá hạn, 1 đơn vị chưa được nhắc',
      EXPECTED[1],
      EXPECTED[2],
    ]);
    expect(emu.mailbox.sent[0]?.body).toContain(
      'Chưa được nhắc hôm nay:\n  - Chi bộ Đội 2 (CB2): hết hạn mức gửi email trong ngày của Google; sẽ nhắc vào ngày mai (1 mục cần nhắc)',
    );
  });
});

describe('only administrators own the reminder trigger', () => {
  test('a clerk opening Nhắc việc… is told politely and nothing changes', () => {
    const emu = remindersWorkbook();
    emu.asUser({ email: 'cb1@x.vn' }, () => emu.run('showRemindersDialog'));
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/^Chỉ quản trị viên/);
    expect(emu.listTriggers()).toEqual([]);
  });

  test('a clerk can neither install nor remove it', () => {
    const emu = remindersWorkbook();
    expect(() => emu.asUser({ email: 'cb1@x.vn' }, () => emu.run('setRemindersEnabled', true))).toThrow(
      /Chỉ quản trị viên/,
    );
    expect(emu.listTriggers()).toEqual([]);
    emu.run('setRemindersEnabled', true);
    expect(() => emu.asUser({ email: 'cb1@x.vn' }, () => emu.run('setRemindersEnabled', false))).toThrow(
      /Chỉ quản trị viên/,
    );
    expect(emu.listTriggers()).toHaveLength(1);
    emu.run('setRemindersEnabled', false);
    expect(emu.listTriggers()).toEqual([]);
    expect(sheetOf(emu, 'Cài đặt').getRange(3, 2).getValue()).toBe(false);
  });

  test('Thiết lập by an administrator installs the trigger when Settings say TRUE; the dialog’s preview shows tomorrow', () => {
    const emu = remindersWorkbook();
    emu.answerAlerts(['OK']);
    emu.run('menuSetup');
    expect(emu.listTriggers().filter((t) => t.eventType === 'CLOCK')).toEqual([
      expect.objectContaining({ handler: 'remindersDaily', owner: ADMIN }),
    ]);
    const state = emu.callServer('remindersState') as { preview: { subject: string }[]; enabled: boolean };
    expect(state.enabled).toBe(true);
    // Tomorrow (Tuesday 01/12): no digest; CB1 11 days late (+ M02 due today), TINH's escalation, CB2 2 days late.
    expect(state.preview.map((p) => p.subject)).toEqual([
      '[Theo dõi đại hội] Chi bộ Đội Tổng hợp: 1 việc quá hạn, 1 việc sắp đến hạn',
      '[Theo dõi đại hội] Đảng bộ Công an tỉnh: 1 việc của 1 đơn vị trực thuộc quá hạn từ 7 ngày',
      '[Theo dõi đại hội] Chi bộ Đội 2: 1 việc quá hạn',
    ]);
  });

  test('“remind this unit now” counts in the ledger: the daily run does not send it again', () => {
    const emu = remindersWorkbook();
    expect(emu.callServer('remindUnitNow', 'CB2')).toBe('Đã gửi 1 email nhắc việc.');
    emu.run('remindersDaily');
    expect(sentLines(emu).filter((l) => l.startsWith('cb2@'))).toHaveLength(1);
    expect(sentLines(emu)).toHaveLength(4);
  });

  test('an administrator gets the sidebar; a test email goes to them only and does not count in the ledger', () => {
    const emu = remindersWorkbook();
    emu.run('showRemindersDialog');
    expect(emu.ui.sidebars.at(-1)?.title).toBe('Nhắc việc');
    expect(emu.callServer('sendReminderTestToMe')).toBe('Đã gửi thư thử tới admin@example.com.');
    // Tomorrow's first email, as its recipients will read it, sent to the administrator alone.
    expect(sentLines(emu)).toEqual([
      'admin@example.com → [Theo dõi đại hội] Chi bộ Đội Tổng hợp: 1 việc quá hạn, 1 việc sắp đến hạn',
    ]);
    emu.run('remindersDaily');
    expect(sentLines(emu).slice(1)).toEqual(EXPECTED);
  });

  test('a lost trigger is recreated when an administrator opens Nhắc việc…, and said so', () => {
    const emu = remindersWorkbook();
    emu.run('setRemindersEnabled', true);
    const [first] = emu.listTriggers();
    emu.triggers.remove(first?.uid ?? '');
    emu.run('showRemindersDialog');
    expect(emu.listTriggers()).toEqual([expect.objectContaining({ handler: 'remindersDaily', owner: ADMIN })]);
    expect(emu.ui.toasts.map((t) => t.message).join('\n')).toContain('Lịch gửi nhắc việc đã bị mất nên được tạo lại.');
  });

  test('the Help says who sends the reminders and when the last run was', () => {
    const emu = remindersWorkbook();
    emu.run('setRemindersEnabled', true);
    emu.run('remindersDaily');
    emu.run('menuHelp');
    expect(emu.ui.sidebars.at(-1)?.html).toContain(
      'Nhắc việc (menu Nhắc việc…, chỉ quản trị viên): đang bật, gửi lúc 7 giờ hằng ngày từ tài khoản admin@example.com (lịch gửi đang hoạt động); lần gửi gần nhất 30/11/2026 09:00, 4 email.',
    );
  });
});

describe('a large organisation', () => {
  test('700 units reminded in one run; the ledger holds them all and a re-run sends none again', () => {
    const emu = remindersWorkbook();
    const ids = Array.from({ length: 700 }, (_, i) => `DV${String(i + 1).padStart(3, '0')}`);
    const d = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);
    put(emu, 'Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Đơn vị cấp trên', 'Email cập nhật'],
      ...ids.map((id) => [id, `Chi bộ ${id}`, 'Chi bộ', '', `${id.toLowerCase()}@x.vn`]),
    ]);
    put(emu, 'Tiến độ', [
      ['Mã đơn vị', 'Mã mốc', 'Công việc', 'Hạn', 'Trạng thái', 'Ngày hoàn thành'],
      ...ids.map((id) => [id, 'M02', 'Dự thảo', d('2026-12-01'), '', '']),
    ]);
    emu.run('remindersDaily');
    // Each unit: M02 due 01/12 (1 day left), nothing overdue, so no escalation; plus the Monday digest.
    expect(emu.mailbox.sent).toHaveLength(701);
    emu.run('remindersDaily');
    expect(emu.mailbox.sent).toHaveLength(701);
  }, 120_000);
});
