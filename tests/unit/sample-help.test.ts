// Help notes: every input-sheet column and every user column of the generated sheets has a note in both
// languages; the help page walks through the order of work and shows the legends.
import { COLUMN_HELP, columnHelp, settingHelp } from '../../src/core/help';
import { helpPage } from '../../src/core/help-page';
import { EMULATION, PROGRESS, type Lang } from '../../src/core/schema';
import { INPUT_SHEETS } from '../../src/core/sheets';
import { SETTING, type SettingKey } from '../../src/core/settings-rows';

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

describe('the help page', () => {
  const page = (lang: Lang) => helpPage(lang, { triggers: ['<b>owner</b> & co'], reminders: 'Nhắc việc: đang tắt.' });
  const section = (html: string, id: string): string =>
    html.split(`<section id="${id}">`)[1]?.split('</section>')[0] ?? '';

  test.each([
    [
      'vi',
      [
        'Thiết lập bảng tính',
        'Đơn vị',
        'Làm mới bảng theo dõi',
        'Cập nhật tiến độ…',
        'Kiểm tra dữ liệu',
        'Báo cáo tổng hợp',
      ],
    ],
    [
      'en',
      ['Set up workbook', 'Units', 'Refresh tracking sheets', 'Update progress…', 'Validate data', 'Summary report'],
    ],
  ] as const)('%s: the order of work, one step a line, in order', (lang, steps) => {
    const items = section(page(lang).html, 'order').split('<li>').slice(1);
    expect(items).toHaveLength(6);
    steps.forEach((step, i) => expect([step, items[i]?.includes(step)]).toEqual([step, true]));
  });

  test('the legends list every status, standing and rating of the sheet with its colour', () => {
    const { html, title } = page('vi');
    expect(title).toBe('Trợ giúp');
    const colours = (kind: string) =>
      Object.fromEntries(
        [...html.matchAll(new RegExp(`data-${kind}="([^"]+)" data-color="([^"]*)"`, 'g'))].map((m) => [m[1], m[2]]),
      );
    expect(colours('status')).toEqual({
      'Chưa thực hiện': '',
      'Đang thực hiện': '',
      'Chờ cấp trên cho ý kiến': '#c9daf8',
      'Hoàn thành': '',
      'Không áp dụng': '',
    });
    // docs/workbook.md §4's colours.
    expect(colours('standing')).toEqual({
      'Không áp dụng': '#efefef',
      'Hoàn thành đúng hạn': '#b7e1cd',
      'Hoàn thành trễ hạn': '#f9cb9c',
      'Chưa có hạn': '',
      'Quá hạn': '#f4c7c3',
      'Sắp đến hạn': '#fce8b2',
      'Trong hạn': '',
    });
    expect(Object.keys(colours('rating'))).toEqual(['Chưa báo cáo', 'Vượt', 'Đạt', 'Không đạt']);
  });

  test('who may update what, what a refusal means, the triggers as given, escaped', () => {
    const { html } = page('en');
    expect(section(html, 'rights')).toContain('Administrators (Settings › Administrators)');
    expect(section(html, 'refusals')).toContain('press Reload');
    expect(section(html, 'triggers')).toContain('<li>&lt;b&gt;owner&lt;/b&gt; &amp; co</li>');
    expect(section(html, 'triggers')).toContain('Nhắc việc: đang tắt.');
    expect(html).not.toContain('<b>owner</b>');
  });

  test('text is NFC-normalised', () => {
    for (const lang of LANGS) {
      const { html } = page(lang);
      expect(html.normalize('NFC')).toBe(html);
    }
    for (const notes of Object.values(COLUMN_HELP)) {
      for (const n of Object.values(notes ?? {})) expect(n.vi.normalize('NFC')).toBe(n.vi);
    }
  });
});
