// The reminder emails as recipients read them: subject, plain text, escaped HTML, dd/mm/yyyy, both languages.
import { dayFromIso } from '../../src/core/dates';
import { composeEmail } from '../../src/core/reminders/compose';
import type { Digest } from '../../src/core/reminders/digest';
import type { Escalation, UnitReminder } from '../../src/core/reminders/plan';

const day = (iso: string): number => dayFromIso(iso) ?? NaN;
const TODAY = day('2026-11-30');
const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';

const unit = (name: string): UnitReminder => ({
  kind: 'unit',
  key: 'unit:cb1',
  to: ['cb1@x.vn'],
  maxLate: 10,
  unitId: 'CB1',
  unitName: name,
  items: [
    { milestoneId: 'M01', task: 'Xây dựng kế hoạch', deadline: day('2026-11-20'), overdue: true, days: 10 },
    { milestoneId: 'M02', task: 'Dự thảo báo cáo chính trị', deadline: day('2026-11-29'), overdue: true, days: 1 },
    { milestoneId: 'M03', task: 'Trình cấp trên', deadline: day('2026-11-30'), overdue: false, days: 0 },
  ],
  targets: [],
});

describe('a unit’s reminder', () => {
  test('the subject of docs/workbook.md §11', () => {
    expect(composeEmail(unit('Chi bộ Đội Tổng hợp'), { lang: 'vi', today: TODAY, url: URL }).subject).toBe(
      '[Theo dõi đại hội] Chi bộ Đội Tổng hợp: 2 việc quá hạn, 1 việc sắp đến hạn',
    );
  });

  test('the plain text: each item with task, deadline dd/mm/yyyy, days late or left; the link and how to update', () => {
    const { body } = composeEmail(unit('Chi bộ Đội Tổng hợp'), { lang: 'vi', today: TODAY, url: URL });
    expect(body).toContain('Kính gửi cán bộ cập nhật của Chi bộ Đội Tổng hợp (CB1),');
    expect(body).toContain('đến ngày 30/11/2026');
    expect(body).toContain(
      '  - M01 – Xây dựng kế hoạch: hạn 20/11/2026, quá hạn 10 ngày\n  - M02 – Dự thảo báo cáo chính trị: hạn 29/11/2026, quá hạn 1 ngày',
    );
    expect(body).toContain('Việc sắp đến hạn:\n  - M03 – Trình cấp trên: hạn 30/11/2026, đến hạn hôm nay');
    expect(body).toContain(`Bảng theo dõi: ${URL}`);
    expect(body).toContain('Tiện ích mở rộng › Theo dõi đại hội › Cập nhật tiến độ…');
  });

  test('English workbook', () => {
    const e = {
      ...unit('Team 1 cell'),
      targets: [{ targetId: 'CT01', name: 'New members', dueDate: day('2026-12-02'), overdue: false, days: 2 }],
    };
    const m = composeEmail(e, { lang: 'en', today: TODAY, url: URL });
    expect(m.subject).toBe('[Congress tracker] Team 1 cell: 2 overdue tasks, 1 task due soon, 1 target not reported');
    expect(m.body).toContain('  - M02 – Dự thảo báo cáo chính trị: due 29/11/2026, 1 day late');
    expect(m.body).toContain('  - CT01 – New members: due 02/12/2026, 2 days left');
  });

  test('the HTML escapes every value; the text keeps it as typed', () => {
    const m = composeEmail(unit('<img src=x onerror=alert(1)> & "Đội"'), { lang: 'vi', today: TODAY, url: URL });
    expect(m.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Đội&quot;');
    expect(m.htmlBody).not.toContain('<img');
    expect(m.htmlBody).toContain(`<a href="${URL}">`);
    expect(m.body).toContain('<img src=x onerror=alert(1)> & "Đội"');
  });

  test('a link that is not https is shown as text, never as a link', () => {
    const m = composeEmail(unit('Chi bộ'), { lang: 'vi', today: TODAY, url: 'javascript:alert(1)' });
    expect(m.htmlBody).not.toContain('<a ');
  });
});

test('an escalation names the parent, the threshold and each child unit', () => {
  const e: Escalation = {
    kind: 'escalation',
    key: 'escalation:pa',
    to: ['pa@x.vn'],
    maxLate: 15,
    unitId: 'PA',
    unitName: 'Đảng bộ Phòng A',
    threshold: 7,
    groups: [
      {
        unitId: 'CB1',
        unitName: 'Chi bộ Đội Tổng hợp',
        items: [{ milestoneId: 'M01', task: 'Kế hoạch', deadline: day('2026-11-23'), overdue: true, days: 7 }],
      },
      {
        unitId: 'CB2',
        unitName: 'Chi bộ Đội 2',
        items: [{ milestoneId: 'M01', task: 'Kế hoạch', deadline: day('2026-11-15'), overdue: true, days: 15 }],
      },
    ],
  };
  const m = composeEmail(e, { lang: 'vi', today: TODAY, url: URL });
  expect(m.subject).toBe('[Theo dõi đại hội] Đảng bộ Phòng A: 2 việc của 2 đơn vị trực thuộc quá hạn từ 7 ngày');
  expect(m.body).toContain('Chi bộ Đội 2 (CB2):\n  - M01 – Kế hoạch: hạn 15/11/2026, quá hạn 15 ngày');
});

describe('an escalation to the office', () => {
  const root = {
    unitId: 'TINH',
    unitName: 'Đảng bộ Công an tỉnh',
    items: [{ milestoneId: 'M01', task: 'Kế hoạch', deadline: day('2026-11-20'), overdue: true, days: 10 }],
  };
  const toOffice = (groups: Escalation['groups']): Escalation => ({
    kind: 'escalation',
    key: 'escalation:office',
    to: ['vp@x.vn'],
    maxLate: 10,
    unitId: null,
    unitName: '',
    threshold: 7,
    groups,
  });

  test('of the top-level unit names it, never a “subordinate unit”', () => {
    const m = composeEmail(toOffice([root]), { lang: 'vi', today: TODAY, url: URL });
    expect(m.subject).toBe('[Theo dõi đại hội] Văn phòng: 1 việc của Đảng bộ Công an tỉnh quá hạn từ 7 ngày');
    expect(m.body).toContain('Kính gửi Văn phòng,');
    expect(m.body).toContain(
      'Đến ngày 30/11/2026, các việc sau đã quá hạn từ 7 ngày trở lên. Đề nghị Văn phòng đôn đốc hoàn thành và cập nhật.',
    );
    expect(m.body).not.toContain('trực thuộc');
    const en = composeEmail(toOffice([root]), { lang: 'en', today: TODAY, url: URL });
    expect(en.subject).toBe('[Congress tracker] Office: 1 task of Đảng bộ Công an tỉnh overdue 7 days or more');
    expect(en.body).not.toContain('subordinate');
  });

  test('of several units counts them as units', () => {
    const cb3 = { ...root, unitId: 'CB3', unitName: 'Chi bộ Đội 3' };
    expect(composeEmail(toOffice([root, cb3]), { lang: 'vi', today: TODAY, url: URL }).subject).toBe(
      '[Theo dõi đại hội] Văn phòng: 2 việc của 2 đơn vị quá hạn từ 7 ngày',
    );
  });
});

test('the office digest: headline figures, lists, and who was not reminded and why', () => {
  const d: Digest = {
    kind: 'digest',
    key: 'digest',
    to: ['vp@x.vn'],
    maxLate: 29,
    headline: { units: 27, congressHeld: 26, rows: 300, done: 250, overdue: 3, dueSoon: 4 },
    warningDays: 7,
    overdue: [
      {
        unitId: 'PB',
        unitName: 'Phòng B',
        unitType: 'x',
        milestoneId: 'M01',
        task: 'Kế hoạch',
        deadline: day('2026-11-01'),
        status: null,
        daysLate: 29,
      },
    ],
    verify: [
      {
        unitId: 'CB1',
        unitName: 'Chi bộ 1',
        milestoneId: 'M07',
        task: 'Đại hội',
        reason: 'requirementNotMet',
        requires: 'M06',
      },
    ],
    notReported: [
      {
        targetId: 'CT01',
        name: 'Kết nạp',
        units: [
          { unitId: 'CB1', unitName: 'Chi bộ 1' },
          { unitId: 'CB2', unitName: 'Chi bộ 2' },
        ],
      },
    ],
    notReminded: [
      { unitId: 'CB3', unitName: 'Chi bộ 3', reason: 'quota', items: 2 },
      {
        unitId: '',
        unitName: '',
        reason: 'quota',
        items: 1,
        escalated: [{ unitId: 'TINH', unitName: 'Đảng bộ Công an tỉnh' }],
      },
      {
        unitId: 'PA',
        unitName: 'Phòng A',
        reason: 'quota',
        items: 3,
        escalated: [
          { unitId: 'CB1', unitName: 'Chi bộ 1' },
          { unitId: 'CB2', unitName: 'Chi bộ 2' },
        ],
      },
    ],
  };
  const m = composeEmail(d, { lang: 'vi', today: TODAY, url: URL });
  expect(m.subject).toBe(
    '[Theo dõi đại hội] Tổng hợp tiến độ đến ngày 30/11/2026: 3 việc quá hạn, 3 đơn vị chưa được nhắc',
  );
  expect(m.body).toContain('Đã đại hội: 26/27 (96,3%) trong tổng số 27 đơn vị.');
  expect(m.body).toContain('  - Phòng B (PB): M01 – Kế hoạch: hạn 01/11/2026, quá hạn 29 ngày');
  expect(m.body).toContain('  - Chi bộ 1 (CB1): M07 – Đại hội: Hoàn thành khi M06 chưa hoàn thành');
  expect(m.body).toContain('  - CT01 – Kết nạp: Chi bộ 1, Chi bộ 2');
  expect(m.body).toContain(
    '  - Chi bộ 3 (CB3): hết hạn mức gửi email trong ngày của Google; sẽ nhắc vào ngày mai (2 mục cần nhắc)',
  );
  // A skipped escalation says whom it was for and which units it reported.
  expect(m.body).toContain(
    '  - Báo Văn phòng việc quá hạn của Đảng bộ Công an tỉnh (TINH): hết hạn mức gửi email trong ngày của Google; sẽ nhắc vào ngày mai (1 mục cần nhắc)\n' +
      '  - Báo Phòng A (PA) việc quá hạn của Chi bộ 1 (CB1), Chi bộ 2 (CB2): hết hạn mức gửi email trong ngày của Google; sẽ nhắc vào ngày mai (3 mục cần nhắc)',
  );
  const en = composeEmail(d, { lang: 'en', today: TODAY, url: URL });
  expect(en.body).toContain(
    "  - Escalation of the overdue tasks of Đảng bộ Công an tỉnh (TINH) to the office: Google's daily email quota ran out",
  );
});
