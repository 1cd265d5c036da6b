// The built add-on (dist/Code.js, made by `npm test`) under the runtime's rules: loading touches no service,
// the menu is built in every AuthMode without spreadsheet access in NONE, and every menu item names a
// function the bundle defines (else Google shows "Script function not found" when it is clicked).
import { existsSync } from 'node:fs';
import { Emulator } from '../../tools/emulator';

const built = existsSync('dist/Code.js');
const maybe = built ? describe : describe.skip;

maybe('the built bundle', () => {
  test('loads with zero service calls and defines onOpen and onInstall as top-level functions', () => {
    const emulator = Emulator.create({ today: '2020-05-15' });
    const { functions } = emulator.load();
    expect(functions).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
    expect(emulator.calls.total).toBe(0);
    expect(emulator.calls.byMethod).toEqual({});
  });

  test.each(['NONE', 'LIMITED', 'FULL'] as const)(
    'onOpen in AuthMode.%s builds the add-on menu without failing',
    (authMode) => {
      const emulator = Emulator.create({ today: '2020-05-15' });
      const result = emulator.open({ authMode });
      expect(result.fired.filter((f) => f.error)).toEqual([]);
      const menu = emulator.ui.addonMenu();
      expect(menu?.items.length).toBeGreaterThan(0);
      if (authMode === 'NONE') {
        const spreadsheetCalls = Object.keys(emulator.calls.byMethod).filter((k) =>
          /^(Spreadsheet|Sheet|Range)\.|SpreadsheetApp\.getActive/.test(k),
        );
        expect(spreadsheetCalls).toEqual([]);
      }
    },
  );

  test('onOpen in English gives an English menu', () => {
    const vi = Emulator.create({ today: '2020-05-15', user: { email: 'a@example.com', locale: 'vi' } });
    const en = Emulator.create({ today: '2020-05-15', user: { email: 'a@example.com', locale: 'en' } });
    vi.open();
    en.open();
    const captions = (e: Emulator) =>
      (e.ui.addonMenu()?.items ?? []).flatMap((i) => (i.type === 'item' ? [i.caption] : []));
    expect(captions(vi)).not.toEqual(captions(en));
  });

  test('every menu item names a function of the bundle', () => {
    const emulator = Emulator.create({ today: '2020-05-15' });
    emulator.open({ authMode: 'FULL' });
    const defined = new Set(emulator.load().functions);
    const missing = emulator.ui.menuFunctions().filter((fn) => !defined.has(fn));
    expect(missing).toEqual([]);
  });
});
