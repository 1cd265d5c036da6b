// Contract of the sandbox, the realm boundary, call accounting, fault injection, authorization modes and
// google.script.run copying. Each test would fail against a naive emulator (one running code in the host
// realm, counting nothing, or JSON-copying blindly).
import { ScriptError, ServerError } from '../../tools/emulator';
import { ClientTransferError } from '../../tools/emulator/services/transfer';
import { emulatorFor } from './runtime.helpers';

const MENU_BUNDLE = `
var touchedAtLoad = typeof SpreadsheetApp;
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu();
  menu.addItem('Kiểm tra dữ liệu', 'menuValidate').addSeparator();
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) {
    menu.addSubMenu(SpreadsheetApp.getUi().createMenu('Thêm').addItem('Báo cáo', 'menuReport'));
  }
  menu.addToUi();
}
function onInstall(e) { onOpen(e); }
function touchSheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().length; }
function readValues() {
  var v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange(1, 1, 2, 2).getValues();
  return { isArray: Array.isArray(v), rowIsArray: Array.isArray(v[0]), dateIsDate: v[0][0] instanceof Date, year: v[0][0].getFullYear(), n: v[1][1] };
}
function writeDate() { SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange('C1').setValues([[new Date(2020, 5, 30)]]); }
function clock() { var d = new Date(); return { iso: d.toISOString(), now: Date.now(), isDate: d instanceof Date, fixed: new Date(2020, 0, 1).getFullYear() }; }
function catchService() {
  try { SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange(1, 1, 1, 1).setValues([[1], [2]]); return 'no error'; }
  catch (err) { return { isError: err instanceof Error, name: err.name, message: err.message }; }
}
function logStuff() { Logger.log('a %s b', 'x'); console.log('hello', 3); var r = SpreadsheetApp.getActiveSpreadsheet(); r.getId(); r.getId(); }
function echo(a, b) { return { a: a, b: b, types: [typeof a, Array.isArray(b)] }; }
function withDate() { return { when: new Date(), n: 1 }; }
function strange() { return { u: undefined, nan: NaN, inf: Infinity, list: [1, undefined, NaN], fn: function () {}, map: new Map([[1, 2]]) }; }
function nothing() {}
function boom() { throw new Error('Bạn không có quyền cập nhật đơn vị này'); }
function privateHelper_() { return 1; }
var globalCounter = 0;
function bump() { globalCounter++; return globalCounter; }
`;

describe('sandbox load', () => {
  test('loading the bundle touches no service and exposes top-level functions', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    const { functions } = emulator.load();
    expect(functions).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'touchSheet']));
    expect(emulator.calls.total).toBe(0);
    expect(emulator.calls.byMethod).toEqual({});
  });

  test('the sandbox has Apps Script globals and no Node globals', () => {
    const { emulator } = emulatorFor(
      `function probe() { return [typeof require, typeof process, typeof setTimeout, typeof Buffer, typeof SpreadsheetApp, typeof Utilities, typeof HtmlService, typeof console]; }`,
    );
    expect(emulator.run('probe')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
      'object',
      'object',
      'object',
    ]);
  });

  test('each execution starts with fresh global state, as on Google', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    expect(emulator.run('bump')).toBe(1);
    expect(emulator.run('bump')).toBe(1);
  });

  test('a missing function fails like Apps Script', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    expect(() => emulator.run('nope')).toThrow('Script function not found: nope');
  });
});

describe('authorization modes', () => {
  test('onOpen in AuthMode.NONE builds the add-on menu without touching the spreadsheet', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE, { addonName: 'Theo dõi đại hội' });
    const result = emulator.open({ authMode: 'NONE' });
    expect(result.fired).toEqual([{ kind: 'simple', functionName: 'onOpen' }]);
    expect(emulator.ui.addonMenu()).toEqual({
      kind: 'addon',
      caption: 'Theo dõi đại hội',
      items: [{ type: 'item', caption: 'Kiểm tra dữ liệu', functionName: 'menuValidate' }, { type: 'separator' }],
    });
  });

  test('in AuthMode.LIMITED the same onOpen adds the sub-menu', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    emulator.open();
    expect(emulator.ui.menuFunctions()).toEqual(['menuValidate', 'menuReport']);
  });

  test('spreadsheet access in AuthMode.NONE throws Google’s permission error', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    expect(() => emulator.runWithAuthMode('NONE', 'touchSheet')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(emulator.runWithAuthMode('LIMITED', 'touchSheet')).toBe(1);
  });

  test('properties are refused in AuthMode.NONE and allowed in LIMITED', () => {
    const { emulator } = emulatorFor(
      `function p() { return PropertiesService.getDocumentProperties().getProperty('lang'); }`,
    );
    expect(() => emulator.runWithAuthMode('NONE', 'p')).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties.',
    );
    expect(emulator.runWithAuthMode('LIMITED', 'p')).toBeNull();
  });
});

describe('realm boundary', () => {
  test('values from services are sandbox-realm arrays and Dates', () => {
    const { emulator, backend } = emulatorFor(MENU_BUNDLE);
    const sheet = backend.doc.sheets[0];
    sheet?.set(1, 1, new Date(Date.UTC(2020, 5, 29, 17)));
    sheet?.set(2, 2, 42);
    expect(emulator.run('readValues')).toEqual({
      isArray: true,
      rowIsArray: true,
      dateIsDate: true,
      year: 2020,
      n: 42,
    });
  });

  test('sandbox Dates reach the host as host Dates', () => {
    const { emulator, backend } = emulatorFor(MENU_BUNDLE);
    emulator.run('writeDate');
    const stored = backend.doc.sheets[0]?.get(1, 3);
    expect(stored).toBeInstanceOf(Date);
    // new Date(2020, 5, 30) in the script time zone (UTC+7) is 2020-06-29T17:00Z.
    expect((stored as Date).toISOString()).toBe('2020-06-29T17:00:00.000Z');
  });

  test('new Date() and Date.now() follow the emulator clock', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE, { today: '2020-06-30' });
    const result = emulator.run('clock') as { iso: string; now: number; isDate: boolean; fixed: number };
    expect(result.iso).toBe('2020-06-30T02:00:00.000Z'); // 09:00 in Asia/Ho_Chi_Minh
    expect(result.now).toBe(Date.parse('2020-06-30T02:00:00.000Z'));
    expect(result.isDate).toBe(true);
    expect(result.fixed).toBe(2020);
    emulator.setNow(new Date('2021-01-02T03:04:05Z'));
    expect((emulator.run('clock') as { iso: string }).iso).toBe('2021-01-02T03:04:05.000Z');
  });

  test('service errors are catchable sandbox Errors named Exception', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    expect(emulator.run('catchService')).toEqual({
      isError: true,
      name: 'Exception',
      message:
        'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 1.',
    });
  });

  test('an uncaught error escapes run() as a ScriptError with its message', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    expect(() => emulator.run('boom')).toThrow(ScriptError);
    expect(() => emulator.run('boom')).toThrow('Bạn không có quyền cập nhật đơn vị này');
  });
});

describe('call accounting and fault injection', () => {
  test('calls are counted per <Class>.<method>; logging and builders stay out of total', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    emulator.run('logStuff');
    expect(emulator.calls.byMethod).toEqual({
      'Logger.log': 1,
      'console.log': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getId': 2,
    });
    expect(emulator.calls.total).toBe(3);
    expect(emulator.logs.messages()).toEqual(['a x b', 'hello 3']);
  });

  test('menu builders are recorded but not counted', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    emulator.open();
    expect(emulator.calls.byMethod['Menu.addItem']).toBe(2);
    expect(emulator.calls.byMethod['Ui.createAddonMenu']).toBe(1);
    // getUi ×2, createAddonMenu, createMenu; Menu.* excluded.
    expect(emulator.calls.total).toBe(4);
    emulator.calls.reset();
    expect(emulator.calls.total).toBe(0);
    expect(emulator.calls.byMethod).toEqual({});
  });

  test('failAtCall(k) makes the k-th counted call throw Google’s service error, once', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    emulator.failAtCall(2);
    expect(() => emulator.run('logStuff')).toThrow(
      'Service Spreadsheets failed while accessing document with id fake-spreadsheet-id.',
    );
    expect(emulator.calls.byMethod['Spreadsheet.getId']).toBe(1);
    expect(() => emulator.run('logStuff')).not.toThrow();
  });

  test('failAtCall counts from now and ignores uncounted calls', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    emulator.run('logStuff');
    emulator.failAtCall(3); // SpreadsheetApp.getActiveSpreadsheet, getId, then the second getId
    let error: unknown;
    try {
      emulator.run('logStuff');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScriptError);
    expect(emulator.calls.byMethod['Spreadsheet.getId']).toBe(4);
  });
});

describe('callServer (google.script.run)', () => {
  test('a Date argument is refused by the client with Google’s message', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    expect(() => emulator.callServer('echo', new Date())).toThrow(
      new ClientTransferError('Failed due to illegal value in property: 0'),
    );
    expect(() => emulator.callServer('echo', 'x', { unit: 'U1', when: new Date() })).toThrow(
      'Failed due to illegal value in property: when',
    );
    expect(() => emulator.callServer('echo', () => 1)).toThrow('Failed due to illegal value in property: 0');
    expect(emulator.calls.total).toBe(0);
  });

  test('circular arguments are refused', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => emulator.callServer('echo', loop)).toThrow('Failed due to circular reference.');
  });

  test('arguments are copied: undefined fields dropped, undefined in arrays → null, NaN → null, __ keys dropped', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    const result = emulator.callServer('echo', { keep: 1, gone: undefined, nan: NaN, secret__: 'x' }, [
      1,
      undefined,
      Infinity,
    ]);
    expect(result).toEqual({ a: { keep: 1, nan: null }, b: [1, null, null], types: ['object', true] });
  });

  test('a result holding a Date reaches the client as null', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    expect(emulator.callServer('withDate')).toBeNull();
  });

  test('results are JSON-copied: undefined dropped, NaN → null, functions dropped, Map → {}', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    expect(emulator.callServer('strange')).toEqual({ nan: null, inf: null, list: [1, null, null], map: {} });
    expect(emulator.callServer('nothing')).toBeNull();
  });

  test('a server error reaches the failure handler with its message; private functions are not callable', () => {
    const { emulator } = emulatorFor(MENU_BUNDLE);
    expect(() => emulator.callServer('boom')).toThrow(
      new ServerError('Bạn không có quyền cập nhật đơn vị này', 'Error'),
    );
    expect(() => emulator.callServer('privateHelper_')).toThrow('Script function not found: privateHelper_');
  });
});
