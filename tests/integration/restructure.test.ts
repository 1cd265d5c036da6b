// Restructures that could cut the link between the sheets and their data (docs/workbook.md §6, §9): a sort that carries
// the header down, a renamed or deleted header, text that must stay text. Refresh must refuse, keep or say
// so — never archive, blank or duplicate rows because it could not read a column.
import { Person, type Emulator } from '../../tools/emulator';
import { colOf, d, put, rowOf, sheetOf, trackerEmulator } from './tracker.fixture';

const values = (emu: Emulator, name: string) => emu.workbook.values(name);
const has = (emu: Emulator, name: string) => emu.workbook.sheetNames().includes(name);
const archived = (emu: Emulator) =>
  has(emu, 'Lưu trữ')
    ? values(emu, 'Lưu trữ')
        .slice(1)
        .filter((r) => r.some((v) => v !== '' && v !== null))
    : [];
const codes = (emu: Emulator) => values(emu, 'Kiểm tra dữ liệu').map((r) => r[1]);
const lastToast = (emu: Emulator) => String(emu.ui.toasts[emu.ui.toasts.length - 1]?.message ?? '');

function typeNote(emu: Emulator, unit: string, milestone: string, note: string) {
  const p = values(emu, 'Tiến độ');
  const row = rowOf(p, [colOf(p, 'Mã đơn vị'), colOf(p, 'Mã mốc')], [unit, milestone]);
  sheetOf(emu, 'Tiến độ')
    .getRange(row, colOf(p, 'Ghi chú') + 1)
    .setValue(note);
}

function refreshed(): Emulator {
  const emu = trackerEmulator();
  emu.run('menuRefresh');
  typeNote(emu, 'U1', 'M1', 'ghi chú của U1');
  return emu;
}

describe('a sort that carried the Units header down', () => {
  it('is E_ROWS_ABOVE_HEADER, and Refresh archives nothing while it stands', () => {
    const emu = refreshed();
    // Header and U1–U4 sorted descending: U4, U3, U2, U1 above the header, now in row 5.
    new Person(emu.workbook).sortRows('Đơn vị', 1, 5, { column: 1, ascending: false });
    expect(values(emu, 'Đơn vị')[4]?.[0]).toBe('Mã đơn vị');
    emu.run('menuRefresh');

    expect(codes(emu).filter((c) => c === 'E_ROWS_ABOVE_HEADER').length).toBe(4);
    const line = values(emu, 'Kiểm tra dữ liệu').find((r) => r[1] === 'E_ROWS_ABOVE_HEADER');
    expect(line?.slice(2, 4)).toEqual(['Đơn vị', 'A1']);
    expect(archived(emu)).toEqual([]);
    const p = values(emu, 'Tiến độ');
    expect(p.filter((r) => r[0] === 'U1').length).toBe(2);
    expect(p.find((r) => r[0] === 'U1' && r[3] === 'M1')?.[colOf(p, 'Ghi chú')]).toBe('ghi chú của U1');
  });

  it('a title row above the header is not data', () => {
    const emu = trackerEmulator();
    sheetOf(emu, 'Đơn vị').insertRowsBefore(1, 1);
    put(emu, 'Đơn vị', [['Danh sách đơn vị trực thuộc']]);
    emu.run('menuRefresh');
    expect(codes(emu)).not.toContain('E_ROWS_ABOVE_HEADER');
    expect(values(emu, 'Tiến độ').length).toBe(1 + 14);
  });
});

describe('a generated sheet whose key header is renamed', () => {
  it('Mã mốc renamed in Tiến độ: Refresh leaves the sheet alone and says why, no duplicate rows', () => {
    const emu = refreshed();
    sheetOf(emu, 'Tiến độ').getRange(1, 4).setValue('Mã công việc');
    emu.run('menuRefresh');
    const p = values(emu, 'Tiến độ');
    expect(p.length).toBe(1 + 14);
    expect(p[0]?.filter((h) => h === 'Mã mốc')).toEqual([]);
    expect(archived(emu)).toEqual([]);
    expect(lastToast(emu)).toContain('Chưa cập nhật trang Tiến độ');
    expect(lastToast(emu)).toContain('Mã mốc');
  });
});

describe('an input column that cannot be read', () => {
  it('Loại tổ chức renamed in Đơn vị: the unit types in Tiến độ are not blanked, nothing archived', () => {
    const emu = refreshed();
    sheetOf(emu, 'Đơn vị').getRange(1, 3).setValue('Loại hình');
    emu.run('menuRefresh');
    const p = values(emu, 'Tiến độ');
    expect(p.slice(1).map((r) => r[colOf(p, 'Loại tổ chức')])).toEqual(Array(14).fill('Đảng bộ cơ sở'));
    expect(archived(emu)).toEqual([]);
    expect(codes(emu)).toContain('E_HEADER_MISSING');
    expect(lastToast(emu)).toContain('Chưa cập nhật trang Tiến độ');
  });

  it('Đại hội điểm deleted while a milestone is for pilots only: its rows stay, with their notes', () => {
    const emu = trackerEmulator();
    put(emu, 'Mốc công việc', [['M3', 'Pilot step', '', 'Ngày đại hội', 3, 'Ngày', '', '', 'x', 3, '']], 4);
    sheetOf(emu, 'Đơn vị').getRange(7, 7).setValue('x'); // U6 holds a pilot congress
    emu.run('menuRefresh');
    typeNote(emu, 'U6', 'M3', 'đại hội điểm');
    sheetOf(emu, 'Đơn vị').deleteColumn(7);
    emu.run('menuRefresh');
    const p = values(emu, 'Tiến độ');
    expect(p.find((r) => r[0] === 'U6' && r[3] === 'M3')?.[colOf(p, 'Ghi chú')]).toBe('đại hội điểm');
    expect(archived(emu)).toEqual([]);
    const missing = values(emu, 'Kiểm tra dữ liệu').filter((r) => r[1] === 'E_HEADER_MISSING');
    expect(missing.map((r) => r[2])).toEqual(['Đơn vị']);
    expect(String(missing[0]?.[4])).toContain('Đại hội điểm');
  });
});

describe('text Refresh writes stays text', () => {
  it('a unit renamed to a formula-looking text after Clear formatting', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    new Person(emu.workbook).clearFormatting('Tiến độ', 'A1:M15');
    // U1's name, typed as text (the cell is plain text in Đơn vị).
    sheetOf(emu, 'Đơn vị').getRange(2, 2).setNumberFormat('@');
    sheetOf(emu, 'Đơn vị').getRange(2, 2).setValue('=IMPORTXML("http://x","//a")');
    emu.run('menuRefresh');
    const p = values(emu, 'Tiến độ');
    const formulas = emu.workbook.formulas('Tiến độ');
    const row = p.findIndex((r) => r[3] === 'M1' && String(r[1]).startsWith('=IMPORTXML'));
    expect(row).toBeGreaterThan(0);
    expect(p[row]?.[1]).toBe('=IMPORTXML("http://x","//a")');
    expect(formulas[row]?.[1]).toBe('');
  });
});

describe('a Standing formula Google did not evaluate', () => {
  it('Refresh reads one back and tells the administrator which cell shows an error', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    expect(lastToast(emu)).not.toContain('#');
    // U1/M1's status holds an error value; a new warning window makes Refresh rewrite every Standing formula.
    sheetOf(emu, 'Tiến độ').getRange(2, 7).setFormula('=1/0');
    sheetOf(emu, 'Cài đặt').getRange(4, 2).setValue(8);
    emu.run('menuRefresh');
    expect(values(emu, 'Tiến độ')[1]?.[8]).toBe('#DIV/0!');
    expect(lastToast(emu)).toContain('ô I2 của trang Tiến độ hiện #DIV/0!');
  });
});

describe('what a user typed survives archiving whole', () => {
  it('an =HYPERLINK evidence is archived as the formula, and the audit line quotes it', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    const p = values(emu, 'Tiến độ');
    const row = rowOf(p, [colOf(p, 'Mã đơn vị'), colOf(p, 'Mã mốc')], ['U5', 'M1']);
    sheetOf(emu, 'Tiến độ')
      .getRange(row, colOf(p, 'Minh chứng') + 1)
      .setFormula('=HYPERLINK("https://vb.example/bb-5","Biên bản U5")');
    const units = values(emu, 'Đơn vị');
    sheetOf(emu, 'Đơn vị').deleteRow(units.findIndex((r) => r[0] === 'U5') + 1);
    emu.run('menuRefresh');

    const archive = values(emu, 'Lưu trữ');
    const header = archive[0] as string[];
    const at = archive.findIndex(
      (r) => r[header.indexOf('Mã đơn vị')] === 'U5' && r[header.indexOf('Mã mốc')] === 'M1',
    );
    expect(at).toBeGreaterThan(0);
    expect(emu.workbook.formulas('Lưu trữ')[at]?.[header.indexOf('Minh chứng')]).toBe(
      '=HYPERLINK("https://vb.example/bb-5","Biên bản U5")',
    );
    expect(archive[at]?.[header.indexOf('Minh chứng')]).toBe('Biên bản U5');
    // The live Standing cell is archived as the value it showed.
    expect(emu.workbook.formulas('Lưu trữ')[at]?.[header.indexOf('Tình trạng')]).toBe('');
    expect(archive[at]?.[header.indexOf('Tình trạng')]).toBe('Quá hạn');
    const line = values(emu, 'Nhật ký').find((r) => r[4] === 'U5 / M1');
    expect(String(line?.[6])).toContain('Minh chứng: =HYPERLINK("https://vb.example/bb-5","Biên bản U5")');
  });
});

describe('a unit removed and added again', () => {
  const cellAt = (
    emu: Emulator,
    sheet: string,
    keys: [string, string],
    keyHeaders: [string, string],
    header: string,
  ) => {
    const p = values(emu, sheet);
    const row = rowOf(p, [colOf(p, keyHeaders[0]), colOf(p, keyHeaders[1])], keys);
    const formula = emu.workbook.formulas(sheet)[row - 1]?.[colOf(p, header)] ?? '';
    return { value: p[row - 1]?.[colOf(p, header)], formula };
  };
  const P: [string, string] = ['Mã đơn vị', 'Mã mốc'];
  const E: [string, string] = ['Mã đơn vị', 'Mã chỉ tiêu'];
  const refreshLines = (emu: Emulator, key: string) =>
    values(emu, 'Nhật ký').filter((r) => r[2] === 'Làm mới' && String(r[4]) === key);

  /** U5's clerk has typed in both sheets; then U5 is removed from Units (Refresh archives its rows). */
  function removedU5(): { emu: Emulator; u5: unknown[] } {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    const p = values(emu, 'Tiến độ');
    const m1 = rowOf(p, [0, 3], ['U5', 'M1']);
    const m2 = rowOf(p, [0, 3], ['U5', 'M2']);
    const progress = sheetOf(emu, 'Tiến độ');
    progress.getRange(m1, colOf(p, 'Trạng thái') + 1).setValue('Hoàn thành');
    progress.getRange(m1, colOf(p, 'Ngày hoàn thành') + 1).setValue(d('2020-06-12'));
    progress.getRange(m1, colOf(p, 'Ghi chú') + 1).setValue("'=không phải công thức");
    progress.getRange(m2, colOf(p, 'Minh chứng') + 1).setFormula('=HYPERLINK("https://vb.example/bb-5","Biên bản U5")');
    const e = values(emu, 'Thi đua');
    sheetOf(emu, 'Thi đua')
      .getRange(rowOf(e, [0, 2], ['U5', 'T1']), colOf(e, 'Kết quả') + 1)
      .setValue(9);
    const units = values(emu, 'Đơn vị');
    const at = units.findIndex((r) => r[0] === 'U5');
    const u5 = units[at] as unknown[];
    sheetOf(emu, 'Đơn vị').deleteRow(at + 1);
    emu.run('menuRefresh');
    expect(values(emu, 'Tiến độ').some((r) => r[0] === 'U5')).toBe(false);
    return { emu, u5 };
  }

  function addedBack(): Emulator {
    const { emu, u5 } = removedU5();
    put(emu, 'Đơn vị', [u5], values(emu, 'Đơn vị').length + 1);
    emu.run('menuRefresh');
    return emu;
  }

  it('its rows come back with what the clerks had typed, formulas as formulas, text as text', () => {
    const emu = addedBack();
    expect(cellAt(emu, 'Tiến độ', ['U5', 'M1'], P, 'Trạng thái').value).toBe('Hoàn thành');
    expect(cellAt(emu, 'Tiến độ', ['U5', 'M1'], P, 'Ngày hoàn thành').value).toEqual(d('2020-06-12'));
    expect(cellAt(emu, 'Tiến độ', ['U5', 'M1'], P, 'Ghi chú')).toEqual({ value: '=không phải công thức', formula: '' });
    // Congress 14/06, M1 = congress + 0 = 14/06; done on 12/06: on time.
    expect(cellAt(emu, 'Tiến độ', ['U5', 'M1'], P, 'Tình trạng').value).toBe('Hoàn thành đúng hạn');
    expect(cellAt(emu, 'Tiến độ', ['U5', 'M2'], P, 'Minh chứng')).toEqual({
      value: 'Biên bản U5',
      formula: '=HYPERLINK("https://vb.example/bb-5","Biên bản U5")',
    });
    expect(cellAt(emu, 'Thi đua', ['U5', 'T1'], E, 'Kết quả').value).toBe(9);
    expect(cellAt(emu, 'Thi đua', ['U5', 'T1'], E, 'Đánh giá').value).toBe('Không đạt'); // 9 < 10
  });

  it('the Archive lines are marked restored, one Audit log line per row, and nothing is restored twice', () => {
    const emu = addedBack();
    const archive = values(emu, 'Lưu trữ');
    const header = archive[0] as string[];
    expect(header.slice(0, 4)).toEqual(['Ngày lưu trữ', 'Trang tính gốc', 'Lý do', 'Ngày khôi phục']);
    const lines = archive.slice(1).filter((r) => r[header.indexOf('Mã đơn vị')] === 'U5');
    expect(lines).toHaveLength(4); // U5 × (M1, M2) and U5 × (T1, T2)
    expect(lines.map((r) => r[3])).toEqual(Array(4).fill(d('2020-06-15')));
    for (const key of ['U5 / M1', 'U5 / M2', 'U5 / T1', 'U5 / T2']) {
      const restored = refreshLines(emu, key).filter((r) => r[6] === '← Lưu trữ');
      expect(restored).toHaveLength(1);
    }
    const m1 = refreshLines(emu, 'U5 / M1').find((r) => r[6] === '← Lưu trữ');
    expect(String(m1?.[7])).toContain('Trạng thái: Hoàn thành');
    expect(String(m1?.[7])).toContain('Ngày hoàn thành: 12/06/2020');
    expect(String(m1?.[7])).toContain('Ghi chú: =không phải công thức');

    const log = values(emu, 'Nhật ký').length;
    const progress = values(emu, 'Tiến độ');
    emu.run('menuRefresh');
    expect(values(emu, 'Nhật ký').length).toBe(log);
    expect(values(emu, 'Tiến độ')).toEqual(progress);
  });

  it('removed a second time: every row is archived again, with one Audit log line each', () => {
    const emu = addedBack();
    const units = values(emu, 'Đơn vị');
    sheetOf(emu, 'Đơn vị').deleteRow(units.findIndex((r) => r[0] === 'U5') + 1);
    emu.run('menuRefresh');
    const archive = values(emu, 'Lưu trữ');
    const header = archive[0] as string[];
    const lines = archive.slice(1).filter((r) => r[header.indexOf('Mã đơn vị')] === 'U5');
    expect(lines).toHaveLength(8);
    expect(lines.filter((r) => r[3] === '' || r[3] === null)).toHaveLength(4);
    for (const key of ['U5 / M1', 'U5 / M2', 'U5 / T1', 'U5 / T2'])
      expect(refreshLines(emu, key).filter((r) => r[7] === '→ Lưu trữ')).toHaveLength(2);
  });
});
