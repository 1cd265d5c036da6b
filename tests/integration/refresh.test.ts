// Refresh end to end on the built bundle: standings and ratings with their colours, in place updates, a
// second run that writes nothing, text kept as text, users' rules and columns kept, orphans archived.
import { isCounted } from '../../tools/emulator/services/accounting';
import { ADMIN, colOf, d, host, put, rowOf, sheetOf, trackerEmulator, writeCalls } from './tracker.fixture';
import type { Emulator } from '../../tools/emulator';
import { PROGRESS_HEADER } from '../support/headers';

const snap = (emu: Emulator, name: string) => {
  const s = emu.snapshot({ sheets: [name] }).sheets[name];
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** Types user values into a generated sheet by key (as a clerk would), through the host API. */
function typeInto(
  emu: Emulator,
  sheet: string,
  key: [string, string],
  cells: Record<string, unknown>,
  keyHeaders: [string, string],
) {
  const values = snap(emu, sheet).values;
  const row = rowOf(values, [colOf(values, keyHeaders[0]), colOf(values, keyHeaders[1])], key);
  if (row < 1) throw new Error(`no row ${key.join('/')}`);
  for (const [header, value] of Object.entries(cells))
    sheetOf(emu, sheet)
      .getRange(row, colOf(values, header) + 1)
      .setValue(value);
}

const P_KEYS: [string, string] = ['Mã đơn vị', 'Mã mốc'];
const E_KEYS: [string, string] = ['Mã đơn vị', 'Mã chỉ tiêu'];

function typeStatuses(emu: Emulator) {
  typeInto(emu, 'Tiến độ', ['U1', 'M1'], { 'Trạng thái': 'Không áp dụng' }, P_KEYS);
  typeInto(emu, 'Tiến độ', ['U2', 'M1'], { 'Trạng thái': 'Hoàn thành', 'Ngày hoàn thành': d('2020-06-01') }, P_KEYS);
  typeInto(emu, 'Tiến độ', ['U3', 'M1'], { 'Trạng thái': 'Hoàn thành', 'Ngày hoàn thành': d('2020-06-10') }, P_KEYS);
  typeInto(emu, 'Tiến độ', ['U5', 'M1'], { 'Trạng thái': 'Đang thực hiện', 'Ghi chú': 'ghi chú của U5' }, P_KEYS);
  typeInto(emu, 'Tiến độ', ['U7', 'M1'], { 'Trạng thái': 'Chờ cấp trên cho ý kiến' }, P_KEYS);
  // Awaiting written in the other language, in lower case, with a trailing space: still read as awaiting.
  typeInto(emu, 'Tiến độ', ['U6', 'M1'], { 'Trạng thái': 'awaiting superior ' }, P_KEYS);
  typeInto(emu, 'Thi đua', ['U1', 'T1'], { 'Kết quả': 12 }, E_KEYS);
  typeInto(emu, 'Thi đua', ['U2', 'T1'], { 'Kết quả': 10 }, E_KEYS);
  typeInto(emu, 'Thi đua', ['U3', 'T1'], { 'Kết quả': 7 }, E_KEYS);
  typeInto(emu, 'Thi đua', ['U1', 'T2'], { 'Kết quả': 4 }, E_KEYS);
  typeInto(emu, 'Thi đua', ['U2', 'T2'], { 'Kết quả': 6 }, E_KEYS);
}

describe('Refresh builds Progress and Emulation', () => {
  const emu = trackerEmulator({ extraUnits: [["'007", "'=1+1", '2020-08-01']] });
  emu.run('menuRefresh');
  typeStatuses(emu);
  emu.run('menuRefresh');
  const progress = snap(emu, 'Tiến độ');
  const p = progress.values;
  const col = (h: string) => colOf(p, h);
  const at = (unit: string, m: string) => rowOf(p, [col('Mã đơn vị'), col('Mã mốc')], [unit, m]) - 1;

  it('one row per (unit, milestone) under the Vietnamese header', () => {
    expect(p[0]).toEqual(PROGRESS_HEADER);
    expect(p.length).toBe(1 + 8 * 2);
  });

  it.each([
    ['U1', 'Không áp dụng', '2020-06-01', '#efefef'],
    ['U2', 'Hoàn thành đúng hạn', '2020-06-05', '#b7e1cd'],
    ['U3', 'Hoàn thành trễ hạn', '2020-06-05', '#f9cb9c'],
    ['U4', 'Chưa có hạn', null, null],
    ['U5', 'Quá hạn', '2020-06-14', '#f4c7c3'],
    ['U6', 'Sắp đến hạn', '2020-06-20', '#fce8b2'],
    ['U7', 'Trong hạn', '2020-07-30', null],
  ])('%s M1: %s, deadline %s, colour %s on Deadline and Standing', (unit, standing, deadline, color) => {
    const r = at(unit, 'M1');
    expect(p[r]?.[col('Tình trạng')]).toBe(standing);
    expect(p[r]?.[col('Hạn')]).toBe(deadline);
    expect(progress.backgrounds[r]?.[col('Tình trạng')]).toBe(color);
    expect(progress.backgrounds[r]?.[col('Hạn')]).toBe(color);
  });

  it('blue Status cell while awaiting the superior, and only then', () => {
    expect(progress.backgrounds[at('U7', 'M1')]?.[col('Trạng thái')]).toBe('#c9daf8');
    expect(progress.backgrounds[at('U6', 'M1')]?.[col('Trạng thái')]).toBe('#c9daf8');
    expect(progress.backgrounds[at('U5', 'M1')]?.[col('Trạng thái')]).toBeNull();
  });

  it('deadlines anchored on a completion date move on the next Refresh (M2 = M1 + 5 working days)', () => {
    // U2 done Mon 01/06 → Mon 08/06; U3 done Wed 10/06 → Wed 17/06; U5 deadline Sun 14/06 → Fri 19/06;
    // U6 deadline Sat 20/06 → Fri 26/06.
    expect(p[at('U2', 'M2')]?.[col('Hạn')]).toBe('2020-06-08');
    expect(p[at('U3', 'M2')]?.[col('Hạn')]).toBe('2020-06-17');
    expect(p[at('U5', 'M2')]?.[col('Hạn')]).toBe('2020-06-19');
    expect(p[at('U6', 'M2')]?.[col('Hạn')]).toBe('2020-06-26');
  });

  it('Standing is a live formula over TODAY()', () => {
    const formulas = emu.workbook.formulas('Tiến độ');
    expect(formulas[at('U5', 'M1')]?.[col('Tình trạng')]).toMatch(/^=IF\(.*TODAY\(\)/);
  });

  it('ratings and their colours (docs/workbook.md §5)', () => {
    const e = snap(emu, 'Thi đua');
    const ec = (h: string) => colOf(e.values, h);
    const row = (u: string, t: string) => rowOf(e.values, [ec('Mã đơn vị'), ec('Mã chỉ tiêu')], [u, t]) - 1;
    const cases: [string, string, string, string | null, number | string][] = [
      ['U1', 'T1', 'Vượt', '#b7e1cd', 1.2],
      ['U2', 'T1', 'Đạt', '#d9ead3', 1],
      ['U3', 'T1', 'Không đạt', '#f4c7c3', 0.7],
      ['U4', 'T1', 'Chưa báo cáo', null, ''],
      ['U1', 'T2', 'Vượt', '#b7e1cd', 0.8],
      ['U2', 'T2', 'Không đạt', '#f4c7c3', 1.2],
    ];
    for (const [u, t, rating, color, achievement] of cases) {
      const r = row(u, t);
      expect([u, t, e.values[r]?.[ec('Đánh giá')], e.backgrounds[r]?.[ec('Đánh giá')]]).toEqual([u, t, rating, color]);
      const a = e.values[r]?.[ec('Tỷ lệ')];
      if (typeof achievement === 'number') expect(a as number).toBeCloseTo(achievement, 10);
      else expect(a ?? '').toBe(achievement);
      expect(e.values[r]?.[ec('Chỉ tiêu')]).toBe(t === 'T1' ? 10 : 5);
    }
  });

  it("text stays text: unit '007' named '=1+1'", () => {
    const r = at('007', 'M1');
    expect(r).toBeGreaterThan(0);
    expect(p[r]?.[col('Mã đơn vị')]).toBe('007');
    expect(p[r]?.[col('Tên đơn vị')]).toBe('=1+1');
    expect(emu.workbook.formulas('Tiến độ')[r]?.[col('Tên đơn vị')]).toBe('');
  });

  it('a second Refresh with nothing changed writes nothing', () => {
    emu.resetCalls();
    emu.run('menuRefresh');
    const calls = emu.calls;
    expect(writeCalls(calls.byMethod)).toEqual({});
    console.log(`second Refresh: ${calls.total} calls, no writes`);
  });

  it('data validation on Status rejects a value outside the list', () => {
    const r = at('U4', 'M1') + 1;
    const a1 = `G${r}`;
    expect(emu.workbook.typeInto('Tiến độ', a1, 'Xong rồi').ok).toBe(false);
    expect(emu.workbook.typeInto('Tiến độ', a1, 'Đang thực hiện').ok).toBe(true);
  });
});

describe('users’ rules, columns and rows', () => {
  it('keeps a title row, reordered columns, an extra column and a user CF rule', () => {
    const emu = trackerEmulator();
    put(emu, 'Tiến độ', [
      ['BẢNG THEO DÕI TIẾN ĐỘ'],
      ['Mã mốc', 'Mã đơn vị', 'Ý kiến riêng', 'Trạng thái', 'Tình trạng', 'Hạn'],
      ['M1', 'U1', 'giữ nguyên', 'Không áp dụng', '', ''],
    ]);
    const sheet = sheetOf(emu, 'Tiến độ');
    const app = emu.backend.spreadsheetApp as {
      newConditionalFormatRule(): {
        whenTextContains(t: string): { setBackground(c: string): { setRanges(r: unknown[]): { build(): unknown } } };
      };
    };
    const userRule = app
      .newConditionalFormatRule()
      .whenTextContains('khẩn')
      .setBackground('#000000')
      .setRanges([sheet.getRange('C3:C50')])
      .build();
    sheet.setConditionalFormatRules([userRule]);

    emu.run('menuRefresh');
    const s = snap(emu, 'Tiến độ');
    expect(s.values[0]?.[0]).toBe('BẢNG THEO DÕI TIẾN ĐỘ');
    expect(s.values[1]?.slice(0, 6)).toEqual([
      'Mã mốc',
      'Mã đơn vị',
      'Ý kiến riêng',
      'Trạng thái',
      'Tình trạng',
      'Hạn',
    ]);
    // Missing columns are added at the right of the header.
    expect(s.values[1]?.slice(6)).toEqual([
      'Tên đơn vị',
      'Loại tổ chức',
      'Công việc',
      'Ngày hoàn thành',
      'Minh chứng',
      'Ghi chú',
      'Người cập nhật',
      'Cập nhật lúc',
    ]);
    // The user's row stays in row 3 with its cells; computed cells are filled in place.
    expect(s.values[2]?.slice(0, 6)).toEqual([
      'M1',
      'U1',
      'giữ nguyên',
      'Không áp dụng',
      'Không áp dụng',
      '2020-06-01',
    ]);
    expect(s.values[2]?.[6]).toBe('Unit U1');
    expect(s.values.length).toBe(2 + 14);
    // New rows leave the extra column blank.
    expect(s.values.slice(3).every((r) => r[2] === null)).toBe(true);
    // The user's rule is still there, first; the add-on's follow.
    const rules = sheet.getConditionalFormatRules();
    expect(rules.length).toBe(1 + 6);
    expect(rules[0].getBooleanCondition().getCriteriaValues()).toEqual(['khẩn']);
    // Changing the warning window rewrites the add-on's formulas and keeps the user's rule.
    const settings = sheetOf(emu, 'Cài đặt');
    settings.getRange('B4').setValue(3);
    emu.run('menuRefresh');
    const again = snap(emu, 'Tiến độ');
    const u6 = again.values.findIndex((r) => r[0] === 'M1' && r[1] === 'U6');
    expect(again.values[u6]?.[4]).toBe('Trong hạn'); // 20/06 > 15/06 + 3
    const after = sheet.getConditionalFormatRules();
    expect(after.length).toBe(1 + 6);
    expect(after[0].getBooleanCondition().getCriteriaValues()).toEqual(['khẩn']);
  });
});

describe('orphaned rows move to the Archive', () => {
  function removeUnit5(emu: Emulator) {
    const units = sheetOf(emu, 'Đơn vị');
    const values = snap(emu, 'Đơn vị').values;
    const r = values.findIndex((row) => row[0] === 'U5');
    units.deleteRow(r + 1);
  }

  it('archives whole rows with the user’s values, audits them, deletes them, and never duplicates', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    typeStatuses(emu);
    removeUnit5(emu);
    emu.run('menuRefresh');
    const p = snap(emu, 'Tiến độ').values;
    expect(p.some((r) => r[0] === 'U5')).toBe(false);
    expect(p.length).toBe(1 + 6 * 2);
    const archive = snap(emu, 'Lưu trữ').values;
    const header = archive[0] as string[];
    expect(header.slice(0, 3)).toEqual(['Ngày lưu trữ', 'Trang tính gốc', 'Lý do']);
    expect(archive.length).toBe(1 + 4); // U5 × (M1, M2) and U5 × (T1, T2)
    const m1 = archive.find((r) => r[1] === 'Tiến độ' && r[header.indexOf('Mã mốc')] === 'M1');
    expect(m1?.[0]).toBe('2020-06-15');
    expect(m1?.[2]).toBe('Đơn vị không còn trong trang Đơn vị');
    expect(m1?.[header.indexOf('Trạng thái')]).toBe('Đang thực hiện');
    expect(m1?.[header.indexOf('Ghi chú')]).toBe('ghi chú của U5');
    const audit = snap(emu, 'Nhật ký').values;
    expect(audit.filter((r) => r[2] === 'Làm mới' && String(r[4]).startsWith('U5 /')).length).toBe(4);
    expect(audit.some((r) => String(r[6]).includes('ghi chú của U5'))).toBe(true);

    emu.run('menuRefresh');
    expect(snap(emu, 'Lưu trữ').values.length).toBe(1 + 4);
  });

  it('a failure between archiving and deleting: the re-run archives nothing twice', () => {
    // Find the counted call that deletes rows, in a run identical to the one that will fail.
    const probe = trackerEmulator();
    probe.run('menuRefresh');
    typeStatuses(probe);
    removeUnit5(probe);
    let counted = 0;
    let deleteAt = 0;
    probe.observeCalls((c) => {
      if (!isCounted(c.className)) return;
      counted += 1;
      if (c.className === 'Sheet' && c.method === 'deleteRows' && deleteAt === 0) deleteAt = counted;
    });
    probe.resetCalls();
    probe.run('menuRefresh');
    probe.observeCalls(null);
    expect(deleteAt).toBeGreaterThan(0);

    const emu = trackerEmulator();
    emu.run('menuRefresh');
    typeStatuses(emu);
    removeUnit5(emu);
    emu.resetCalls();
    emu.failAtCall(deleteAt);
    emu.answerAlerts(['OK']);
    expect(() => emu.run('menuRefresh')).toThrow();
    // The rows are archived and still on Progress.
    expect(snap(emu, 'Lưu trữ').values.filter((r) => r[1] === 'Tiến độ').length).toBe(2);
    expect(snap(emu, 'Tiến độ').values.some((r) => r[0] === 'U5')).toBe(true);

    emu.run('menuRefresh');
    expect(snap(emu, 'Tiến độ').values.some((r) => r[0] === 'U5')).toBe(false);
    expect(snap(emu, 'Lưu trữ').values.length).toBe(1 + 4);
  });
});

describe('English workbook', () => {
  it('names, headers, standings and findings in English', () => {
    const emu = trackerEmulator({ lang: 'en', locale: 'en_US' });
    emu.run('menuRefresh');
    const p = snap(emu, 'Progress').values;
    expect(p[0]).toEqual([
      'Unit ID',
      'Unit name',
      'Unit type',
      'Milestone ID',
      'Task',
      'Deadline',
      'Status',
      'Completed on',
      'Standing',
      'Evidence',
      'Note',
      'Updated by',
      'Updated at',
    ]);
    const standing = (u: string) => p.find((r) => r[0] === u && r[3] === 'M1')?.[8];
    expect([standing('U4'), standing('U5'), standing('U6'), standing('U7')]).toEqual([
      'No deadline',
      'Overdue',
      'Due soon',
      'On track',
    ]);
    expect(snap(emu, 'Emulation').values[0]?.[9]).toBe('Rating');
    const issues = snap(emu, 'Data issues').values;
    expect(issues[0]).toEqual(['Severity', 'Code', 'Sheet', 'Cell', 'Message']);
    expect(issues.some((r) => r[0] === 'Warning' && r[1] === 'W_CONGRESS_DATE_MISSING' && r[2] === 'Units')).toBe(true);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/Tracking sheets refreshed|up to date/);
    expect(host(emu).getSheetByName('Progress').getFrozenRows()).toBe(1);
    void ADMIN;
  });
});
