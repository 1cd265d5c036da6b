// Who owns the on-edit trigger (docs/workbook.md §9): only an administrator installs it; anyone else's Thiết lập changes
// nothing and says who owns it; a recorded trigger that is gone is reinstalled by its administrator's next
// menu action, which says so; Trợ giúp shows the owner and whether it is active.
import type { Emulator } from '../../tools/emulator';
import { ADMIN, CLERK, setUpEmulator } from './forms.fixture';

const editTriggers = (emu: Emulator) => emu.listTriggers().filter((t) => t.handler === 'onEditInstalled');
const auditCount = (emu: Emulator): number => emu.workbook.values('Nhật ký').length - 1;

function administered(): Emulator {
  const emu = setUpEmulator({ user: ADMIN, identity: 'workspace' });
  emu.answerAlerts(['OK']);
  emu.run('menuSetup');
  return emu;
}

test('the administrator’s Thiết lập installs the trigger and records them as its owner', () => {
  const emu = administered();
  expect(editTriggers(emu).map((t) => t.owner)).toEqual([ADMIN]);
  expect(emu.properties.document.toObject()).toMatchObject({
    editTriggerUid: editTriggers(emu)[0]?.uid,
    'editTriggerUid.owner': ADMIN,
  });
});

test('a second editor’s Thiết lập leaves the administrator’s trigger and workbook alone, and says who owns it', () => {
  const emu = administered();
  const before = emu.snapshot();
  const uid = editTriggers(emu)[0]?.uid;
  emu.setUser({ email: CLERK });
  emu.answerAlerts(['OK']);
  emu.run('menuSetup');
  expect(editTriggers(emu).map((t) => [t.uid, t.owner])).toEqual([[uid, ADMIN]]);
  expect(emu.properties.document.toObject()).toMatchObject({ editTriggerUid: uid });
  expect(emu.snapshot()).toEqual(before);
  const said = String(emu.ui.alerts.at(-1)?.prompt);
  expect(said).toContain(`Chỉ quản trị viên (${ADMIN}) mới chạy được Thiết lập bảng tính; bảng tính được giữ nguyên.`);
  expect(said).toContain(`Trình kích hoạt khi sửa trực tiếp do ${ADMIN} cài đặt; chỉ người cài mới kiểm tra được`);
  // The clerk's edits are still handled by the administrator's trigger.
  emu.edit('Tiến độ', 'K8', 'x');
  expect(auditCount(emu)).toBe(1);
});

test('a removed trigger is reinstalled by the administrator’s next menu action, which says so', () => {
  const emu = administered();
  const old = editTriggers(emu)[0]?.uid as string;
  emu.triggers.remove(old); // the owner deleted it on the script's Triggers page
  emu.edit('Tiến độ', 'K8', 'không ai thấy');
  expect(auditCount(emu)).toBe(0); // nothing handles edits now

  // A clerk's menu action cannot see or replace the administrator's trigger.
  emu.asUser({ email: CLERK }, () => emu.run('menuValidate'));
  expect(editTriggers(emu)).toEqual([]);

  emu.run('menuValidate');
  const now = editTriggers(emu);
  expect(now.map((t) => t.owner)).toEqual([ADMIN]);
  expect(now[0]?.uid).not.toBe(old);
  expect(emu.properties.document.toObject()).toMatchObject({ editTriggerUid: now[0]?.uid });
  expect(String(emu.ui.toasts.at(-1)?.message)).toContain(
    'Trình kích hoạt khi sửa trực tiếp đã bị gỡ nên vừa được cài lại dưới tài khoản admin@ubnd.example.',
  );
  emu.edit('Tiến độ', 'K8', 'đã có người thấy');
  expect(auditCount(emu)).toBe(1);
});

test('the upkeep after a Refresh uses the properties the Refresh read: one read, and a removed trigger still comes back', () => {
  const emu = administered();
  emu.resetCalls();
  emu.run('menuRefresh');
  // The Refresh reads them under the lock; the upkeep after it asks for nothing more.
  expect(emu.calls.byMethod['Properties.getProperties']).toBe(1);

  emu.triggers.remove(editTriggers(emu)[0]?.uid as string);
  emu.run('menuRefresh');
  expect(editTriggers(emu).map((t) => t.owner)).toEqual([ADMIN]);
  expect(emu.properties.document.toObject()).toMatchObject({ editTriggerUid: editTriggers(emu)[0]?.uid });
  expect(String(emu.ui.toasts.at(-1)?.message)).toContain(
    'Trình kích hoạt khi sửa trực tiếp đã bị gỡ nên vừa được cài lại dưới tài khoản admin@ubnd.example.',
  );
});

test('Trợ giúp shows the trigger’s owner and whether it is active', () => {
  const emu = administered();
  emu.run('menuHelp');
  expect(String(emu.ui.sidebars.at(-1)?.html)).toContain(
    `Trình kích hoạt khi sửa trực tiếp do ${ADMIN} cài đặt; đang hoạt động.`,
  );
  emu.asUser({ email: CLERK }, () => emu.run('menuHelp'));
  expect(String(emu.ui.sidebars.at(-1)?.html)).toContain(
    `Trình kích hoạt khi sửa trực tiếp do ${ADMIN} cài đặt; chỉ người cài mới kiểm tra được trình kích hoạt còn hay không.`,
  );
  // Gone: the administrator's Help puts it back and says so.
  emu.triggers.remove(editTriggers(emu)[0]?.uid as string);
  emu.run('menuHelp');
  const said = String(emu.ui.sidebars.at(-1)?.html);
  expect(said).toContain('đã bị gỡ nên vừa được cài lại dưới tài khoản admin@ubnd.example.');
  expect(said).toContain(`Trình kích hoạt khi sửa trực tiếp do ${ADMIN} cài đặt; đang hoạt động.`);
});

test('a workbook without a trigger: Trợ giúp says an administrator installs it with Thiết lập', () => {
  const emu = setUpEmulator({ user: ADMIN });
  emu.run('menuHelp');
  expect(String(emu.ui.sidebars.at(-1)?.html)).toContain(
    'Chưa có trình kích hoạt khi sửa trực tiếp: quản trị viên chạy Thiết lập bảng tính để cài',
  );
});
