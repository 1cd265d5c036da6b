// A small workbook for the reminder job, written straight into the emulator; every expected email worked
// out by hand. Today is Monday 30/11/2026 (the default weekly digest day).
//
// Units: TINH (root, tinh@x.vn) > CB1 'Chi bộ Đội Tổng hợp' (cb1@x.vn), CB2 'Chi bộ Đội 2' (cb2@x.vn, cb2b@x.vn).
// Settings: Reminders TRUE at 7, Remind days before 3, Escalate after 7, Office emails vp@x.vn.
// Progress (the sheet's deadlines):
//   CB1 M01 20/11/2026 (10 days late: escalated to TINH), CB1 M02 01/12/2026 (1 day left),
//   CB2 M01 29/11/2026 (1 day late), TINH M01 Hoàn thành.
// So on 30/11: the office digest (vp@x.vn), CB1's reminder (1 overdue, 1 due soon), TINH's escalation of
// CB1 M01 (tinh@x.vn) and CB2's reminder (2 recipients): 5 recipients in all.
import { Emulator, type EmulatorOptions } from '../../tools/emulator';
import { put } from './tracker.fixture';

export const ADMIN = 'admin@example.com';
export const MONDAY = '2026-11-30';
const d = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);

export function remindersWorkbook(options: EmulatorOptions = {}, settings: [string, unknown][] = []): Emulator {
  const emu = Emulator.create({
    today: MONDAY,
    identity: 'workspace',
    ...options,
    user: { email: ADMIN, locale: 'vi' },
  });
  put(emu, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Đơn vị cấp trên', 'Email cập nhật'],
    ['TINH', 'Đảng bộ Công an tỉnh', 'Đảng bộ cơ sở', '', 'tinh@x.vn'],
    ['CB1', 'Chi bộ Đội Tổng hợp', 'Chi bộ trực thuộc', 'TINH', 'cb1@x.vn'],
    ['CB2', 'Chi bộ Đội 2', 'Chi bộ trực thuộc', 'TINH', 'cb2@x.vn, cb2b@x.vn'],
  ]);
  put(emu, 'Mốc công việc', [
    ['Mã mốc', 'Tên công việc', 'Áp dụng cho', 'Mốc tính', 'Số ngày', 'Ngày cố định'],
    ['M01', 'Xây dựng kế hoạch đại hội', '', 'Ngày cố định', '', d('2026-11-20')],
    ['M02', 'Dự thảo báo cáo chính trị', '', 'Ngày cố định', '', d('2026-12-01')],
  ]);
  put(emu, 'Cài đặt', [
    ['Thiết lập', 'Giá trị'],
    ['Quản trị viên', ADMIN],
    ['Nhắc việc', true],
    ['Giờ gửi nhắc', 7],
    ['Nhắc trước (ngày)', 3],
    ['Báo cấp trên sau (ngày)', 7],
    ['Email văn phòng', 'vp@x.vn'],
    ...settings,
  ]);
  put(emu, 'Tiến độ', [
    ['Mã đơn vị', 'Mã mốc', 'Công việc', 'Hạn', 'Trạng thái', 'Ngày hoàn thành'],
    ['TINH', 'M01', 'Xây dựng kế hoạch đại hội', d('2026-11-20'), 'Hoàn thành', d('2026-11-19')],
    ['TINH', 'M02', 'Dự thảo báo cáo chính trị', d('2026-12-20'), '', ''],
    ['CB1', 'M01', 'Xây dựng kế hoạch đại hội', d('2026-11-20'), '', ''],
    ['CB1', 'M02', 'Dự thảo báo cáo chính trị', d('2026-12-01'), 'Đang thực hiện', ''],
    ['CB2', 'M01', 'Xây dựng kế hoạch đại hội', d('2026-11-29'), '', ''],
    ['CB2', 'M02', 'Dự thảo báo cáo chính trị', d('2026-12-10'), '', ''],
  ]);
  return emu;
}

/** Each sent email as `to → subject`. */
export function sentLines(emu: Emulator): string[] {
  return emu.mailbox.sent.map((m) => `${m.to.join(',')} → ${m.subject}`);
}

export const EXPECTED = [
  'vp@x.vn → [Theo dõi đại hội] Tổng hợp tiến độ đến ngày 30/11/2026: 2 việc quá hạn',
  'cb1@x.vn → [Theo dõi đại hội] Chi bộ Đội Tổng hợp: 1 việc quá hạn, 1 việc sắp đến hạn',
  'tinh@x.vn → [Theo dõi đại hội] Đảng bộ Công an tỉnh: 1 việc của 1 đơn vị trực thuộc quá hạn từ 7 ngày',
  'cb2@x.vn,cb2b@x.vn → [Theo dõi đại hội] Chi bộ Đội 2: 1 việc quá hạn',
];
