// Help notes: every input-sheet column and every user column of the generated sheets has a note in both
// languages; the menu help walks through the order of work.
import { COLUMN_HELP, columnHelp, helpText, settingHelp } from '../../src/core/help';
import { EMULATION, INPUT_SHEETS, PROGRESS, SETTING, type Lang, type SettingKey } from '../../src/core/schema';

const LANGS: Lang[] = ['vi', 'en'];

describe('column help', () => {
  for (const sheet of INPUT_SHEETS) {
    for (const c of sheet.columns) {
      test(`${sheet.id}.${c.key} has a note in both languages`, () => {
        for (const lang of LANGS) expect((columnHelp(sheet.id, c.key, lang) ?? '').length).toBeGreaterThan(8);
      });
    }
  }

  test('user columns of Progress and Emulation have notes; computed ones none', () => {
    for (const sheet of [PROGRESS, EMULATION]) {
      for (const c of sheet.columns) {
        const note = columnHelp(sheet.id, c.key, 'vi');
        if (c.owner === 'user') expect(note).toBeDefined();
        else expect(note).toBeUndefined();
      }
    }
  });

  test('no note for a column the schema does not have', () => {
    for (const [sheetId, notes] of Object.entries(COLUMN_HELP)) {
      const def = [...INPUT_SHEETS, PROGRESS, EMULATION].find((s) => s.id === sheetId);
      for (const key of Object.keys(notes ?? {})) expect(def?.columns.map((c) => c.key)).toContain(key);
    }
  });

  test('Vietnamese notes use the fixed values as the schema spells them', () => {
    expect(columnHelp('milestones', 'dayKind', 'vi')).toContain('Ngày làm việc');
    expect(columnHelp('milestones', 'anchor', 'vi')).toContain('Ngày đại hội cấp trên');
    expect(columnHelp('targets', 'direction', 'vi')).toContain('Tối đa');
    expect(columnHelp('targets', 'rollup', 'en')).toContain('Average');
    expect(columnHelp('progress', 'status', 'vi')).toContain('Chờ cấp trên cho ý kiến');
    expect(columnHelp('progress', 'status', 'en')).toContain('Awaiting superior');
  });

  test('every setting has a note', () => {
    for (const key of Object.keys(SETTING) as SettingKey[]) {
      for (const lang of LANGS) expect(settingHelp(key, lang).length).toBeGreaterThan(8);
    }
  });
});

describe('menu help', () => {
  test.each([
    [
      'vi',
      [
        'Thiết lập bảng tính',
        'Đơn vị',
        'Kiểm tra dữ liệu',
        'Làm mới bảng theo dõi',
        'Cập nhật tiến độ…',
        'Báo cáo tổng hợp',
      ],
    ],
    [
      'en',
      ['Set up workbook', 'Units', 'Validate data', 'Refresh tracking sheets', 'Update progress…', 'Summary report'],
    ],
  ] as const)('%s: the order of work, in order', (lang, steps) => {
    const text = helpText(lang).paragraphs.join('\n');
    let at = -1;
    for (const s of steps) {
      const i = text.indexOf(s, at + 1);
      expect([s, i > at]).toEqual([s, true]);
      at = i;
    }
    expect(helpText(lang).title.length).toBeGreaterThan(5);
  });

  test('text is NFC-normalised', () => {
    for (const lang of LANGS) {
      const h = helpText(lang);
      for (const p of [h.title, ...h.paragraphs]) expect(p.normalize('NFC')).toBe(p);
    }
    for (const notes of Object.values(COLUMN_HELP)) {
      for (const n of Object.values(notes ?? {})) expect(n.vi.normalize('NFC')).toBe(n.vi);
    }
  });
});
