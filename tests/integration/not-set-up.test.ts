// A workbook not set up yet, or set up with no units: the sidebars and the report say so and point to
// Thiết lập bảng tính and the Units sheet, instead of telling the administrator no unit was given to them.
import { Emulator } from '../../tools/emulator';

const ADMIN = 'vanphong@example.com';

function blank(locale = 'vi'): Emulator {
  return Emulator.create({ today: '2020-05-15', user: { email: ADMIN, locale } });
}

function notice(emu: Emulator, endpoint: 'progressForm' | 'emulationForm'): unknown {
  const answer = emu.callServer(endpoint) as { ok: boolean; value?: { units: unknown[]; notice?: string } };
  expect(answer.ok).toBe(true);
  expect(answer.value?.units).toEqual([]);
  return answer.value?.notice;
}

describe('a workbook nobody has set up', () => {
  test.each(['progressForm', 'emulationForm'] as const)('%s points to Thiết lập bảng tính', (endpoint) => {
    expect(notice(blank(), endpoint)).toBe(
      'Bảng tính chưa được thiết lập. Quản trị viên chạy Thiết lập bảng tính trong menu của tiện ích, nhập trang Đơn vị rồi chạy Làm mới bảng theo dõi.',
    );
  });

  test('in English for an English-speaking user', () => {
    expect(notice(blank('en_US'), 'progressForm')).toContain(
      'This workbook is not set up yet. An administrator runs Set up workbook',
    );
  });

  test('Báo cáo tổng hợp writes nothing and says to run Thiết lập first', () => {
    const emu = blank();
    emu.answerAlerts(['OK']);
    emu.run('menuReport');
    expect(emu.ui.alerts.at(-1)?.prompt).toContain('Hãy chạy Thiết lập bảng tính, nhập các đơn vị vào trang Đơn vị');
    expect(emu.workbook.sheetNames()).not.toContain('Tổng hợp');
  });
});

test('set up without the sample: the sidebars say the Units sheet has no units yet', () => {
  const emu = blank();
  emu.open({ authMode: 'FULL' });
  emu.answerAlerts(['NO', 'OK', 'OK', 'OK']);
  emu.run('menuSetup');
  expect(emu.workbook.sheetNames()).toContain('Đơn vị');
  for (const endpoint of ['progressForm', 'emulationForm'] as const)
    expect(notice(emu, endpoint)).toBe(
      'Trang Đơn vị chưa có đơn vị nào. Quản trị viên nhập các đơn vị rồi chạy Làm mới bảng theo dõi.',
    );
});
