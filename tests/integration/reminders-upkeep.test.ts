// The daily reminder trigger kept like the on-edit one (docs/workbook.md §9, §11): when the recorded trigger is
// gone, the next menu action of its administrator reinstalls it while Settings' Reminders is TRUE, and says
// so; the Help says whether it is active; the upkeep costs one listing of the user's triggers for both kinds.
// Also the dialog's answers: "remind now" for a unit nobody can be emailed, and the last run as people read it.
import { ADMIN, remindersWorkbook } from './reminders.fixture';
import { put, sheetOf } from './tracker.fixture';

const CLERK = 'cb1@x.vn';
const REINSTALLED =
  'Lịch gửi nhắc việc đã bị mất nên được tạo lại. Đã bật nhắc việc: email được gửi mỗi ngày lúc 7 giờ (theo múi giờ của bảng tính), dưới tài khoản của bạn.';

function withLostTrigger(): { emu: ReturnType<typeof remindersWorkbook>; lost: string } {
  const emu = remindersWorkbook();
  emu.run('setRemindersEnabled', true);
  const lost = emu.listTriggers()[0]?.uid ?? '';
  emu.triggers.remove(lost); // the owner deleted it on the script's Triggers page
  return { emu, lost };
}

function clockTriggers(emu: ReturnType<typeof remindersWorkbook>): { uid: string; owner: string }[] {
  return emu.listTriggers().filter((t) => t.eventType === 'CLOCK');
}

describe('the upkeep of every menu action keeps the reminder trigger', () => {
  test('a clerk’s menu action leaves it to its owner; the administrator’s reinstalls it and says so', () => {
    const { emu, lost } = withLostTrigger();
    emu.asUser({ email: CLERK }, () => emu.run('menuValidate'));
    expect(clockTriggers(emu)).toEqual([]);

    emu.run('menuValidate');
    const now = clockTriggers(emu);
    expect(now).toEqual([expect.objectContaining({ handler: 'remindersDaily', owner: ADMIN })]);
    expect(now[0]?.uid).not.toBe(lost);
    expect(JSON.parse(String(emu.properties.document.toObject()['reminders.trigger']))).toEqual({
      uid: now[0]?.uid,
      owner: ADMIN,
      hour: 7,
    });
    expect(emu.ui.toasts.map((t) => String(t.message)).join('\n')).toContain(REINSTALLED);
  });

  test('the reinstalled trigger sends the next morning’s reminders', () => {
    const { emu } = withLostTrigger();
    emu.run('menuValidate');
    // 01/12 07:00 local: CB1, TINH's escalation and CB2 are reminded (no digest on a Tuesday).
    const fired = emu.setNow(new Date('2026-12-01T07:00:00+07:00')).fired;
    expect(fired.map((f) => f.functionName)).toEqual(['remindersDaily']);
    expect(emu.mailbox.sent.map((m) => m.to.join(','))).toEqual(['cb1@x.vn', 'tinh@x.vn', 'cb2@x.vn,cb2b@x.vn']);
  });

  test('with Settings’ Reminders FALSE it is not reinstalled, and the Help says it is not active', () => {
    const { emu } = withLostTrigger();
    sheetOf(emu, 'Cài đặt').getRange(3, 2).setValue(false);
    emu.run('menuHelp');
    expect(clockTriggers(emu)).toEqual([]);
    expect(emu.ui.sidebars.at(-1)?.html).toContain(
      'Nhắc việc (menu Nhắc việc…, chỉ quản trị viên): đã đặt gửi lúc 7 giờ hằng ngày từ tài khoản admin@example.com nhưng lịch gửi không còn hoạt động, nên không có email nào được gửi; mở Nhắc việc… và bật lại để cài lại lịch.',
    );
  });

  test('the Help: active for its owner, only the owner can tell for anyone else; gone, the owner’s Help reinstalls it', () => {
    const emu = remindersWorkbook();
    emu.run('setRemindersEnabled', true);
    emu.run('menuHelp');
    expect(emu.ui.sidebars.at(-1)?.html).toContain(
      'đang bật, gửi lúc 7 giờ hằng ngày từ tài khoản admin@example.com (lịch gửi đang hoạt động).',
    );
    emu.asUser({ email: CLERK }, () => emu.run('menuHelp'));
    expect(emu.ui.sidebars.at(-1)?.html).toContain(
      'đang bật, gửi lúc 7 giờ hằng ngày từ tài khoản admin@example.com (chỉ admin@example.com mới kiểm tra được lịch gửi còn hoạt động hay không).',
    );
    emu.triggers.remove(clockTriggers(emu)[0]?.uid ?? '');
    emu.run('menuHelp');
    const html = String(emu.ui.sidebars.at(-1)?.html);
    expect(html).toContain('Lịch gửi nhắc việc đã bị mất nên được tạo lại.');
    expect(html).toContain('(lịch gửi đang hoạt động)');
    expect(clockTriggers(emu)).toHaveLength(1);
  });

  test('cheap: one listing of the user’s triggers serves both kinds, and nothing is read when both are there', () => {
    const emu = remindersWorkbook();
    emu.answerAlerts(['OK']);
    emu.run('menuSetup'); // installs the on-edit and the reminder triggers
    expect(
      emu
        .listTriggers()
        .map((t) => t.eventType)
        .sort(),
    ).toEqual(['CLOCK', 'ON_EDIT']);
    emu.resetCalls();
    emu.run('menuValidate');
    expect(emu.calls.byMethod['ScriptApp.getUserTriggers']).toBe(1);
    expect(emu.calls.byMethod['ScriptApp.getProjectTriggers']).toBeUndefined();
    expect(emu.calls.byMethod['Session.getActiveUser']).toBeUndefined();
  });
});

describe('the dialog says what people need to know', () => {
  test('“remind now” for a unit without Editor emails says why and how much is waiting', () => {
    const emu = remindersWorkbook();
    put(emu, 'Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Đơn vị cấp trên', 'Email cập nhật'],
      ['TINH', 'Đảng bộ Công an tỉnh', 'Đảng bộ cơ sở', '', 'tinh@x.vn'],
      ['CB1', 'Chi bộ Đội Tổng hợp', 'Chi bộ trực thuộc', 'TINH', ''],
      ['CB2', 'Chi bộ Đội 2', 'Chi bộ trực thuộc', 'TINH', 'cb2@x.vn'],
    ]);
    // CB1: M01 10 days late and M02 due in 1 day.
    expect(emu.callServer('remindUnitNow', 'CB1')).toBe(
      'Không nhắc được Chi bộ Đội Tổng hợp (CB1): đơn vị chưa có Email cập nhật trong trang Đơn vị, trong khi đang có 2 mục cần nhắc. Hãy điền Email cập nhật của đơn vị rồi gửi lại.',
    );
    expect(emu.mailbox.sent).toEqual([]);
  });

  test('the sidebar shows the last run as the Help does: local date and time, and the emails sent', () => {
    const emu = remindersWorkbook({ today: new Date('2026-11-30T07:00:00+07:00') });
    emu.run('remindersDaily');
    const state = emu.callServer('remindersState') as { lastRun: string };
    expect(state.lastRun).toBe('30/11/2026 07:00, 4 email');
    emu.asUser({ email: ADMIN, locale: 'en' }, () => {
      expect((emu.callServer('remindersState') as { lastRun: string }).lastRun).toBe('30/11/2026 07:00, 4 emails');
    });
  });
});
