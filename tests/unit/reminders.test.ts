// Who is reminded of what on a given day (docs/workbook.md §11): table-driven over one workbook, every date worked out by
// hand. Today is Monday 30/11/2026 (1 Jan 2026 was a Thursday; 30/11 is day 334, 333 days later = Thursday + 4).
// Settings: Warning days 7, Remind days before 3, Escalate after 7, Office emails vp@x.vn.
import { analyse } from '../../src/core/analyse';
import { dayFromIso } from '../../src/core/dates';
import type { Grid } from '../../src/core/model';
import { planReminders, type ChaseEmail, type Escalation, type UnitReminder } from '../../src/core/reminders/plan';
import { allot } from '../../src/core/reminders/quota';
import { parseWeekday, readReminderSettings } from '../../src/core/reminders/settings';

const day = (iso: string): number => dayFromIso(iso) ?? NaN;
const ZONE = 'Asia/Ho_Chi_Minh';
const MONDAY = day('2026-11-30');
const TUESDAY = day('2026-12-01');

// Units: TINH (root) > PA > CB1, CB2 (no editors); TINH > PB (no editors) > CB3.
const SETTINGS_ROWS = [
  ['Thiết lập', 'Giá trị'],
  ['Số ngày cảnh báo', 7],
  ['Quản trị viên', 'admin@x.vn'],
  ['Nhắc trước (ngày)', 3],
  ['Báo cấp trên sau (ngày)', 7],
  ['Email văn phòng', 'vp@x.vn'],
];

function workbook(settings: unknown[][] = SETTINGS_ROWS): Grid[] {
  const M = (id: string): unknown[] => [id, `Việc ${id}`, '', 'Ngày cố định', '', '01/01/2027'];
  return [
    {
      name: 'Đơn vị',
      values: [
        ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Đơn vị cấp trên', 'Email cập nhật'],
        ['TINH', 'Đảng bộ Công an tỉnh', 'Đảng bộ cấp trên cơ sở', '', 'tinh@x.vn'],
        ['PA', 'Đảng bộ Phòng A', 'Đảng bộ cơ sở', 'TINH', 'pa@x.vn, PA2@x.vn'],
        ['CB1', 'Chi bộ Đội Tổng hợp', 'Chi bộ trực thuộc', 'PA', 'cb1@x.vn'],
        ['CB2', 'Chi bộ Đội 2', 'Chi bộ trực thuộc', 'PA', ''],
        ['PB', 'Đảng bộ Phòng B', 'Đảng bộ cơ sở', 'TINH', ''],
        ['CB3', 'Chi bộ Đội 3', 'Chi bộ trực thuộc', 'PB', 'cb3@x.vn'],
      ],
    },
    {
      name: 'Mốc công việc',
      values: [
        ['Mã mốc', 'Tên công việc', 'Áp dụng cho', 'Mốc tính', 'Số ngày', 'Ngày cố định'],
        ...['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09'].map(M),
      ],
    },
    { name: 'Cài đặt', values: settings },
    {
      name: 'Chỉ tiêu thi đua',
      values: [
        ['Mã chỉ tiêu', 'Nội dung chỉ tiêu', 'Chỉ tiêu giao', 'Hạn'],
        ['CT01', 'Kết nạp đảng viên mới', 5, '02/12/2026'],
        ['CT02', 'Mô hình dân vận khéo', 2, '31/12/2026'],
        ['CT03', 'Không có hạn', 1, ''],
      ],
    },
    {
      name: 'Tiến độ',
      values: [
        ['Mã đơn vị', 'Mã mốc', 'Hạn', 'Trạng thái', 'Ngày hoàn thành'],
        ['TINH', 'M01', '01/11/2026', '', ''], // 29 days late → root: escalated to the office
        ['PA', 'M01', '29/11/2026', 'Đang thực hiện', ''], // 1 day late
        ['CB1', 'M01', '20/11/2026', '', ''], // 10 days late
        ['CB1', 'M02', '23/11/2026', 'Đang thực hiện', ''], // exactly 7 days late: escalated
        ['CB1', 'M03', '24/11/2026', 'Chờ cấp trên cho ý kiến', ''], // 6 days late: not escalated
        ['CB1', 'M04', '03/12/2026', '', ''], // 3 days left: the window's last day
        ['CB1', 'M05', '04/12/2026', '', ''], // 4 days left: outside the 3-day window (inside Warning days)
        ['CB1', 'M06', '01/11/2026', 'Hoàn thành', '05/11/2026'], // done late: nothing to chase
        ['CB1', 'M07', '02/11/2026', 'Không áp dụng', ''], // not applicable
        ['CB1', 'M08', '30/11/2026', 'Chưa thực hiện', ''], // due today: 0 days left
        ['CB1', 'M09', '10/11/2026', 'Hoan thanh', '09/11/2026'], // no diacritics: not Hoàn thành for the formula, 20 days late
        ['CB2', 'M01', '15/11/2026', '', ''], // 15 days late, no editors → escalated to PA
        ['CB2', 'M02', '09/11/2026', ' hoàn thành ', '08/11/2026'], // trimmed, any case: done, as the formula reads it
        ['PB', 'M01', '01/11/2026', '', ''], // 29 days late, no editors → escalated to TINH
        ['CB3', 'M01', '10/11/2026', '', ''], // 20 days late; parent PB has no editors → office
      ],
    },
    {
      name: 'Thi đua',
      values: [
        ['Mã đơn vị', 'Mã chỉ tiêu', 'Kết quả'],
        ['CB1', 'CT01', ''], // due 02/12: 2 days left, not reported
        ['CB1', 'CT02', ''], // due 31/12: outside the window
        ['CB1', 'CT03', ''], // no due date
        ['PA', 'CT01', 3], // reported
      ],
    },
  ];
}

function plan(today: number, settings?: unknown[][]) {
  const analysis = analyse(workbook(settings), { timeZone: ZONE, today });
  const grid = workbook(settings).find((g) => g.name === 'Cài đặt');
  const rs = readReminderSettings(grid, analysis.inputs.settings, 'vi', ZONE);
  return planReminders(analysis, today, rs);
}

const briefly = (e: ChaseEmail): unknown =>
  e.kind === 'unit'
    ? {
        key: e.key,
        to: e.to,
        late: e.items.filter((i) => i.overdue).map((i) => [i.milestoneId, i.days]),
        soon: e.items.filter((i) => !i.overdue).map((i) => [i.milestoneId, i.days]),
        targets: e.targets.map((t) => [t.targetId, t.days]),
      }
    : { key: e.key, to: e.to, groups: e.groups.map((g) => [g.unitId, g.items.map((i) => [i.milestoneId, i.days])]) };

describe('reminders of Monday 30/11/2026', () => {
  const p = plan(MONDAY);

  test('the emails, most overdue first (ties in unit order, units before escalations)', () => {
    expect(p.emails.map(briefly)).toEqual([
      { key: 'unit:tinh', to: ['tinh@x.vn'], late: [['M01', 29]], soon: [], targets: [] },
      {
        key: 'escalation:office',
        to: ['vp@x.vn'],
        groups: [
          ['TINH', [['M01', 29]]],
          ['CB3', [['M01', 20]]],
        ],
      },
      { key: 'escalation:tinh', to: ['tinh@x.vn'], groups: [['PB', [['M01', 29]]]] },
      {
        key: 'unit:cb1',
        to: ['cb1@x.vn'],
        late: [
          ['M09', 20],
          ['M01', 10],
          ['M02', 7],
          ['M03', 6],
        ],
        soon: [
          ['M08', 0],
          ['M04', 3],
        ],
        targets: [['CT01', 2]],
      },
      { key: 'unit:cb3', to: ['cb3@x.vn'], late: [['M01', 20]], soon: [], targets: [] },
      {
        key: 'escalation:pa',
        to: ['pa@x.vn', 'pa2@x.vn'],
        groups: [
          [
            'CB1',
            [
              ['M09', 20],
              ['M01', 10],
              ['M02', 7],
            ],
          ],
          ['CB2', [['M01', 15]]],
        ],
      },
      { key: 'unit:pa', to: ['pa@x.vn', 'pa2@x.vn'], late: [['M01', 1]], soon: [], targets: [] },
    ]);
  });

  test('deadlines are the sheet’s dates', () => {
    const cb1 = p.emails.find((e) => e.key === 'unit:cb1') as UnitReminder;
    expect(cb1.items.map((i) => i.deadline)).toEqual(
      ['2026-11-10', '2026-11-20', '2026-11-23', '2026-11-24', '2026-11-30', '2026-12-03'].map(day),
    );
    expect(cb1.targets[0]?.dueDate).toBe(day('2026-12-02'));
  });

  test('units with something to chase and no editor email are not reminded, and say so', () => {
    expect(p.unreached).toEqual([
      { unitId: 'CB2', unitName: 'Chi bộ Đội 2', reason: 'noEditors', items: 1 },
      { unitId: 'PB', unitName: 'Đảng bộ Phòng B', reason: 'noEditors', items: 1 },
    ]);
  });

  test('Monday is the default digest day; the digest goes to the office emails', () => {
    expect(p.digestDay).toBe(true);
    expect(p.digest?.to).toEqual(['vp@x.vn']);
    // Overdue rows on the sheet: TINH 29, PB 29, CB1 M09 20, CB3 20, CB2 15, CB1 M01 10, M02 7, M03 6, PA 1.
    expect(p.digest?.overdue.map((o) => [o.unitId, o.milestoneId, o.daysLate])).toEqual([
      ['TINH', 'M01', 29],
      ['PB', 'M01', 29],
      ['CB1', 'M09', 20],
      ['CB3', 'M01', 20],
      ['CB2', 'M01', 15],
      ['CB1', 'M01', 10],
      ['CB1', 'M02', 7],
      ['CB1', 'M03', 6],
      ['PA', 'M01', 1],
    ]);
    expect(p.digest?.notReported).toEqual([
      { targetId: 'CT01', name: 'Kết nạp đảng viên mới', units: [{ unitId: 'CB1', unitName: 'Chi bộ Đội Tổng hợp' }] },
      { targetId: 'CT02', name: 'Mô hình dân vận khéo', units: [{ unitId: 'CB1', unitName: 'Chi bộ Đội Tổng hợp' }] },
      { targetId: 'CT03', name: 'Không có hạn', units: [{ unitId: 'CB1', unitName: 'Chi bộ Đội Tổng hợp' }] },
    ]);
  });

  test('with quota enough for everyone, the digest first, then every email', () => {
    const a = allot(p, 100, new Set());
    expect(a.send.map((e) => e.key)).toEqual([
      'digest',
      'unit:tinh',
      'escalation:office',
      'escalation:tinh',
      'unit:cb1',
      'unit:cb3',
      'escalation:pa',
      'unit:pa',
    ]);
  });

  test('quota short (5 recipients): the digest is reserved, the most overdue go first, the rest are named', () => {
    // digest 1 → 4 left: unit:tinh 1, escalation:office 1, escalation:tinh 1, unit:cb1 1 → 0 left.
    const a = allot(p, 5, new Set());
    expect(a.send.map((e) => e.key)).toEqual([
      'digest',
      'unit:tinh',
      'escalation:office',
      'escalation:tinh',
      'unit:cb1',
    ]);
    expect(a.unreached.map((u) => [u.unitId, u.reason, u.items])).toEqual([
      ['CB2', 'noEditors', 1],
      ['PB', 'noEditors', 1],
      ['CB3', 'quota', 1],
      ['PA', 'quota', 4],
      ['PA', 'quota', 1],
    ]);
    const digest = a.send[0];
    expect(digest?.kind === 'digest' && digest.notReminded.length).toBe(5);
  });

  test('a skipped escalation names the units it reported: the office’s holds the root and a unit whose parent has no editors', () => {
    // digest 1 → 1 left: unit:tinh (29 days late) takes it; escalation:office (TINH 29, CB3 20) is skipped.
    const a = allot(p, 2, new Set());
    expect(a.send.map((e) => e.key)).toEqual(['digest', 'unit:tinh']);
    expect(a.unreached.find((u) => u.reason === 'quota')).toEqual({
      unitId: '',
      unitName: '',
      reason: 'quota',
      items: 2,
      escalated: [
        { unitId: 'TINH', unitName: 'Đảng bộ Công an tỉnh' },
        { unitId: 'CB3', unitName: 'Chi bộ Đội 3' },
      ],
    });
  });

  test('what the ledger says was sent today is neither sent again nor counted missing', () => {
    const a = allot(p, 100, new Set(['digest', 'unit:tinh', 'escalation:pa']));
    expect(a.send.map((e) => e.key)).toEqual([
      'escalation:office',
      'escalation:tinh',
      'unit:cb1',
      'unit:cb3',
      'unit:pa',
    ]);
  });
});

describe('reminders of Tuesday 01/12/2026', () => {
  const p = plan(TUESDAY);

  test('a day later: CB1 M03 is now 7 days late and escalated; M05 (03/12 + 1) enters the window', () => {
    const esc = p.emails.find((e) => e.key === 'escalation:pa') as Escalation;
    expect(esc.groups[0]?.items.map((i) => [i.milestoneId, i.days])).toEqual([
      ['M09', 21],
      ['M01', 11],
      ['M02', 8],
      ['M03', 7],
    ]);
    const cb1 = p.emails.find((e) => e.key === 'unit:cb1') as UnitReminder;
    expect(cb1.items.filter((i) => !i.overdue).map((i) => [i.milestoneId, i.days])).toEqual([
      ['M04', 2],
      ['M05', 3],
    ]);
    // M08 (due 30/11) is now 1 day late; CT01 due 02/12 has 1 day left.
    expect(cb1.items.filter((i) => i.overdue).map((i) => i.milestoneId)).toContain('M08');
    expect(cb1.targets.map((t) => [t.targetId, t.days])).toEqual([['CT01', 1]]);
  });

  test('no digest on another day while everyone is reached', () => {
    expect(p.digestDay).toBe(false);
    expect(allot(p, 100, new Set()).send.map((e) => e.kind)).not.toContain('digest');
  });

  test('quota short on another day: the office digest is sent anyway and names who was not reminded', () => {
    const a = allot(p, 3, new Set());
    expect(a.send.map((e) => e.key)).toEqual(['digest', 'unit:tinh', 'escalation:office']);
    expect(a.unreached.filter((u) => u.reason === 'quota').map((u) => u.unitId)).toEqual([
      'TINH',
      'CB1',
      'CB3',
      'PA',
      'PA',
    ]);
  });
});

describe('no email with nothing to say', () => {
  test('a workbook where everything is done or far off sends nothing', () => {
    const p = plan(day('2026-10-01'));
    // 01/10/2026: the earliest deadline (01/11) is 31 days away; CT01 (02/12) too.
    expect(p.emails).toEqual([]);
    expect(p.unreached).toEqual([]);
    expect(p.digestDay).toBe(false); // 01/10/2026 is a Thursday
    expect(allot(p, 100, new Set()).send).toEqual([]);
  });

  test('without office emails nor administrators: no digest and no office escalation', () => {
    const rows = SETTINGS_ROWS.filter((r) => r[0] !== 'Email văn phòng' && r[0] !== 'Quản trị viên');
    const p = plan(MONDAY, rows);
    expect(p.digest).toBeNull();
    expect(p.emails.map((e) => e.key)).not.toContain('escalation:office');
  });
});

describe('reminder settings', () => {
  const base = { warningDays: 5, administrators: ['admin@x.vn'] };
  const read = (rows: unknown[][]) =>
    readReminderSettings({ name: 'Cài đặt', values: [['Thiết lập', 'Giá trị'], ...rows] }, base, 'vi', ZONE);

  test.each([
    [[], { enabled: false, hour: 7, daysBefore: 5, escalateAfter: 7, officeEmails: ['admin@x.vn'], digestDay: 1 }],
    [
      [
        ['Nhắc việc', 'TRUE'],
        ['Giờ gửi nhắc', 18],
        ['Ngày gửi tổng hợp tuần', 'Chủ nhật'],
      ],
      { enabled: true, hour: 18, daysBefore: 5, escalateAfter: 7, officeEmails: ['admin@x.vn'], digestDay: 0 },
    ],
    [
      [
        ['Reminders', 'có'],
        ['Reminder hour', '24'],
        ['Remind days before', 2],
        ['Escalate after (days)', 0],
        ['Office emails', 'VP@x.vn; b@x.vn'],
        ['Weekly digest day', 'Friday'],
      ],
      { enabled: true, hour: 7, daysBefore: 2, escalateAfter: 0, officeEmails: ['vp@x.vn', 'b@x.vn'], digestDay: 5 },
    ],
    [
      [
        ['Giờ gửi nhắc', 'sáng'],
        ['Nhắc trước (ngày)', ''],
        ['Ngày gửi tổng hợp tuần', 'hôm nào đó'],
      ],
      { enabled: false, hour: 7, daysBefore: 5, escalateAfter: 7, officeEmails: ['admin@x.vn'], digestDay: 1 },
    ],
  ])('%j', (rows, expected) => {
    expect(read(rows as unknown[][])).toEqual(expected);
  });

  test.each([
    ['Thứ Hai', 1],
    ['thu hai', 1],
    ['T2', 1],
    ['Thứ Bảy', 6],
    ['CN', 0],
    ['Chủ Nhật', 0],
    ['Wednesday', 3],
    ['thứ năm', 4],
    ['', null],
    ['Thứ Tám', null],
  ])('weekday %j is %j', (text, expected) => {
    expect(parseWeekday(text)).toBe(expected);
  });
});

describe('the window counts calendar days, across weekends and holidays', () => {
  // Friday 04/12/2026 (30/11 was a Monday), Remind days before 3: the window ends Monday 07/12.
  const FRIDAY = day('2026-12-04');
  const grids = (): Grid[] => [
    {
      name: 'Đơn vị',
      values: [
        ['Mã đơn vị', 'Tên đơn vị', 'Loại tổ chức', 'Email cập nhật'],
        ['CB', 'Chi bộ', 'Chi bộ', 'cb@x.vn'],
      ],
    },
    {
      name: 'Mốc công việc',
      values: [
        ['Mã mốc', 'Tên công việc', 'Mốc tính', 'Ngày cố định'],
        ...['A', 'B', 'C', 'D'].map((id) => [id, `Việc ${id}`, 'Ngày cố định', '01/01/2027']),
      ],
    },
    {
      name: 'Cài đặt',
      values: [
        ['Thiết lập', 'Giá trị'],
        ['Nhắc trước (ngày)', 3],
      ],
    },
    {
      name: 'Ngày nghỉ',
      values: [
        ['Ngày', 'Tên ngày nghỉ'],
        ['07/12/2026', 'Nghỉ bù (giả định)'],
      ],
    },
    {
      name: 'Tiến độ',
      values: [
        ['Mã đơn vị', 'Mã mốc', 'Hạn', 'Trạng thái'],
        ['CB', 'A', '05/12/2026', ''], // Saturday: 1 day left
        ['CB', 'B', '06/12/2026', ''], // Sunday: 2 days left
        ['CB', 'C', '07/12/2026', ''], // Monday, a day off: 3 days left, still in the window
        ['CB', 'D', '08/12/2026', ''], // Tuesday: 4 days, outside
      ],
    },
  ];

  test('Saturday, Sunday and a day off inside the window are reminded on Friday', () => {
    const analysis = analyse(grids(), { timeZone: ZONE, today: FRIDAY });
    const rs = readReminderSettings(grids()[2], analysis.inputs.settings, 'vi', ZONE);
    const p = planReminders(analysis, FRIDAY, rs);
    expect(p.emails.map(briefly)).toEqual([
      {
        key: 'unit:cb',
        to: ['cb@x.vn'],
        late: [],
        soon: [
          ['A', 1],
          ['B', 2],
          ['C', 3],
        ],
        targets: [],
      },
    ]);
  });
});
