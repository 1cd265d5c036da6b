// Trợ giúp / Help on the built bundle: a sidebar (not an alert) in the user's language whose legends show each
// standing, status and rating in the colour the sheets' own conditional-format rules give it.
import type { Emulator } from '../../tools/emulator';
import { trackerEmulator } from './tracker.fixture';

/** Text → background of the conditional-format rules on a sheet (the text a rule's formula compares with). */
function ruleColours(emu: Emulator, sheet: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of emu.workbook.requireSheet(sheet).conditionalRules) {
    const formula = String(rule.condition?.values[0] ?? '');
    for (const m of formula.matchAll(/="([^"]+)"/g))
      if (rule.format.background) out.set(m[1] ?? '', rule.format.background);
  }
  return out;
}

/** The legend of one kind on the page: name → colour ('' for none). */
function legend(html: string, kind: string): Map<string, string> {
  return new Map(
    [...html.matchAll(new RegExp(`data-${kind}="([^"]+)" data-color="([^"]*)"`, 'g'))].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
}

describe('Trợ giúp', () => {
  const emu = trackerEmulator();
  emu.run('menuRefresh');
  const alerts = emu.ui.alerts.length;
  emu.run('menuHelp');
  const sidebar = emu.ui.sidebars.at(-1);
  const html = sidebar?.html ?? '';

  test('opens a sidebar titled Trợ giúp, with no alert', () => {
    expect(sidebar?.title).toBe('Trợ giúp');
    expect(emu.ui.alerts.length).toBe(alerts);
    expect(html).toContain('Trình tự làm việc');
    expect(html).toContain('Ai được cập nhật gì');
    expect(html).toContain('Khi cập nhật bị từ chối');
  });

  test('each standing has the colour the Tiến độ rules give it; those without a rule have none', () => {
    const rules = ruleColours(emu, 'Tiến độ');
    const shown = legend(html, 'standing');
    expect([...shown.keys()]).toEqual([
      'Không áp dụng',
      'Hoàn thành đúng hạn',
      'Hoàn thành trễ hạn',
      'Chưa có hạn',
      'Quá hạn',
      'Sắp đến hạn',
      'Trong hạn',
    ]);
    for (const [name, colour] of shown) expect([name, colour]).toEqual([name, rules.get(name)?.toLowerCase() ?? '']);
    expect(legend(html, 'status').get('Chờ cấp trên cho ý kiến')).toBe(
      rules.get('Chờ cấp trên cho ý kiến')?.toLowerCase(),
    );
  });

  test('each rating has the colour the Thi đua rules give it', () => {
    const rules = ruleColours(emu, 'Thi đua');
    const shown = legend(html, 'rating');
    expect(shown.size).toBe(4);
    for (const [name, colour] of shown) expect([name, colour]).toEqual([name, rules.get(name)?.toLowerCase() ?? '']);
  });

  test('in English for an English-speaking user', () => {
    emu.asUser({ email: emu.currentUser().email, locale: 'en_US' }, () => emu.run('menuHelp'));
    const en = emu.ui.sidebars.at(-1);
    expect(en?.title).toBe('Help');
    expect(en?.html).toContain('Order of work');
    expect(en?.html).toContain('data-standing="Overdue" data-color="#f4c7c3"');
  });
});
