// The civil-service calendar in the built add-on: the sample as Setup writes it (Congress days, the closing-day
// anchor, Holidays' Kind with its làm bù Saturdays) in both languages, Refresh counting from the close, and the
// Deadline on a day off setting. Expected dates worked out by hand.
import { Emulator } from '../../tools/emulator';
import { iso } from './forms.fixture';
import { sheetOf } from './tracker.fixture';

const ADMIN = 'vanphong.danguy@congan-dakhoa.example';

function sample(locale: 'vi' | 'en', today = '2020-05-15'): Emulator {
  const emu = Emulator.create({ today, user: { email: ADMIN, locale } });
  emu.answerAlerts(['YES', 'OK']);
  emu.run('menuSetup');
  return emu;
}

/** The Deadline cell of (unit, milestone) on the progress sheet, as yyyy-mm-dd. */
function deadline(emu: Emulator, sheet: string, unitId: string, milestoneId: string): unknown {
  const rows = emu.workbook.values(sheet);
  const row = rows.find((r) => r[0] === unitId && r[3] === milestoneId);
  if (!row) throw new Error(`${unitId} ${milestoneId} not on ${sheet}`);
  return iso(row[5]);
}

function rowOf(values: unknown[][], first: unknown): unknown[] | undefined {
  return values.find((r) => r[0] === first);
}

describe('an English workbook', () => {
  const emu = sample('en');

  test('Congress days, Congress closing date, Kind Working day / Day off, Deadline on a day off', () => {
    expect(emu.workbook.values('Units')[0]).toContain('Congress days');
    const milestones = emu.workbook.values('Milestones');
    expect(rowOf(milestones, 'M07')?.[3]).toBe('Congress closing date');
    const holidays = emu.workbook.values('Holidays');
    expect(holidays[0]).toEqual(['Date', 'Holiday', 'Kind']);
    const kinds = new Set(holidays.slice(1).map((r) => r[2]));
    expect(kinds).toEqual(new Set(['Day off', 'Working day']));
    expect(rowOf(emu.workbook.values('Settings'), 'Deadline on a day off')?.[1]).toBe('Keep');
  });

  test('the provincial congress (15–16/07/2020) reports from its close', () => {
    expect(deadline(emu, 'Progress', 'CAT', 'M07')).toBe('2020-07-16');
    // Thu 16/07 + 7 working days: 17, 20, 21, 22, 23, 24, 27/07.
    expect(deadline(emu, 'Progress', 'CAT', 'M08')).toBe('2020-07-27');
  });
});

describe('Deadline on a day off in a Vietnamese workbook', () => {
  test('the province’s drafts, 15/07/2020 − 45 days = Sun 31/05: kept, earlier, later; the congress never moves', () => {
    const emu = sample('vi');
    const r = emu.workbook.values('Cài đặt').findIndex((row) => row[0] === 'Hạn rơi vào ngày nghỉ');
    expect(r).toBeGreaterThan(0);
    const got: unknown[][] = [];
    for (const policy of ['Giữ nguyên', 'Lùi về ngày làm việc trước', 'Dời sang ngày làm việc sau']) {
      sheetOf(emu, 'Cài đặt')
        .getRange(r + 1, 2)
        .setValue(policy);
      emu.run('menuRefresh');
      got.push([policy, deadline(emu, 'Tiến độ', 'CAT', 'M02'), deadline(emu, 'Tiến độ', 'CAT', 'M07')]);
    }
    expect(got).toEqual([
      ['Giữ nguyên', '2020-05-31', '2020-07-16'],
      ['Lùi về ngày làm việc trước', '2020-05-29', '2020-07-16'], // Fri 29/05
      ['Dời sang ngày làm việc sau', '2020-06-01', '2020-07-16'], // Mon 01/06
    ]);
  });
});

describe('the sample set up after the grassroots cut-off', () => {
  test('27 grassroots organisations, 15 districts, their cells and the province have all held their congress', () => {
    const emu = sample('vi', '2020-07-20');
    const summary = emu.run('reportSummary_') as { byType: { type: string; units: number; congressHeld: number }[] };
    const held = Object.fromEntries(summary.byType.map((t) => [t.type, `${t.congressHeld}/${t.units}`]));
    // 5 departmental đảng bộ cơ sở + 15 districts; 22 chi bộ cơ sở (27 grassroots organisations in all).
    expect(held).toEqual({
      'Đảng bộ cấp trên cơ sở': '1/1',
      'Đảng bộ cơ sở': '20/20',
      'Chi bộ cơ sở': '22/22',
      'Chi bộ trực thuộc': '78/78',
    });
  });
});
