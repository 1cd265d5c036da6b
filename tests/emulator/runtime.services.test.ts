// Contract of the emulated services: properties limits, locks and interleaved executions, Utilities date
// formatting in several zones, the sandbox's zoned Date, Ui dialogs, HtmlService templates, Session identity,
// triggers and edit events. Expected values are worked out by hand from Google's documentation.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LOCK_TIMEOUT_MESSAGE,
  ServerError,
  STORE_QUOTA_EXCEEDED,
  VALUE_TOO_LARGE,
  type LockBoundaryEvent,
} from '../../tools/emulator';
import { emulatorFor } from './runtime.helpers';

describe('PropertiesService limits', () => {
  const BUNDLE = `
function put(k, size) { PropertiesService.getDocumentProperties().setProperty(k, new Array(size + 1).join('x')); return 'ok'; }
function putMany(n, size) { var o = {}; for (var i = 0; i < n; i++) o['k' + i] = new Array(size + 1).join('y'); PropertiesService.getScriptProperties().setProperties(o); return 'ok'; }
function keys() { return PropertiesService.getScriptProperties().getKeys().length; }
function catching(k, size) { try { put(k, size); return 'ok'; } catch (e) { return e.name + ': ' + e.message; } }
function userStore(v) { var p = PropertiesService.getUserProperties(); if (v) p.setProperty('pref', v); return p.getProperty('pref'); }
`;

  test('a value of exactly 9 KB is stored; one byte more is refused with Google’s message', () => {
    const { emulator } = emulatorFor(BUNDLE);
    expect(emulator.run('put', 'a', 9 * 1024)).toBe('ok');
    expect(emulator.run('catching', 'b', 9 * 1024 + 1)).toBe(`Exception: ${VALUE_TOO_LARGE}`);
    expect(VALUE_TOO_LARGE).toBe('Argument too large: value');
    expect(emulator.properties.document.data.has('b')).toBe(false);
  });

  test('a store over 500 KB is refused and the failing batch writes nothing', () => {
    const { emulator } = emulatorFor(BUNDLE);
    expect(emulator.run('putMany', 50, 9000)).toBe('ok'); // ~450 KB
    expect(() => emulator.run('putMany', 60, 9000)).toThrow(STORE_QUOTA_EXCEEDED);
    expect(STORE_QUOTA_EXCEEDED).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(emulator.run('keys')).toBe(50);
  });

  test('user properties belong to each user', () => {
    const { emulator } = emulatorFor(BUNDLE);
    emulator.run('userStore', 'en');
    expect(emulator.asUser({ email: 'other@example.com' }, () => emulator.run('userStore'))).toBeNull();
    expect(emulator.run('userStore')).toBe('en');
  });
});

describe('LockService and interleaved executions', () => {
  const BUNDLE = `
function submit(tag) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(10000);
  var p = PropertiesService.getDocumentProperties();
  var n = Number(p.getProperty('n') || 0);
  p.setProperty('n', String(n + 1));
  p.setProperty('order', (p.getProperty('order') || '') + tag);
  lock.releaseLock();
  return n + 1;
}
function probe() { var lock = LockService.getDocumentLock(); var got = lock.tryLock(3000); return [got, lock.hasLock()]; }
function holdAndForget() { LockService.getScriptLock().waitLock(1000); return 'held'; }
function scriptLockFree() { return LockService.getScriptLock().tryLock(0); }
`;

  test('an execution started while the lock is held waits, then times out with Google’s message', () => {
    const { emulator } = emulatorFor(BUNDLE, { user: { email: 'a@example.com' } });
    const seen: LockBoundaryEvent[] = [];
    let nested: unknown;
    const before = emulator.now().getTime();
    emulator.onLockBoundary((event) => {
      seen.push(event);
      if (event.depth === 0 && event.phase === 'acquired') {
        try {
          emulator.asUser({ email: 'b@example.com' }, () => emulator.callServer('submit', 'B'));
        } catch (error) {
          nested = error;
        }
      }
    });
    expect(emulator.callServer('submit', 'A')).toBe(1);
    expect(nested).toEqual(new ServerError(LOCK_TIMEOUT_MESSAGE, 'Exception'));
    expect(LOCK_TIMEOUT_MESSAGE).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(emulator.properties.document.data.get('order')).toBe('A');
    expect(emulator.now().getTime() - before).toBe(10000);
    expect(seen.map((e) => `${e.depth}:${e.phase}:${e.email}:${e.heldByOther}`)).toEqual([
      '0:before-acquire:a@example.com:false',
      '0:acquired:a@example.com:false',
      '1:before-acquire:b@example.com:true',
      '0:released:a@example.com:false',
    ]);
  });

  test('an execution that runs before the lock is taken completes first; both writes survive', () => {
    const { emulator } = emulatorFor(BUNDLE);
    emulator.onLockBoundary((event) => {
      if (event.depth === 0 && event.phase === 'before-acquire')
        emulator.asUser({ email: 'b@example.com' }, () => emulator.callServer('submit', 'B'));
    });
    expect(emulator.callServer('submit', 'A')).toBe(2);
    expect(emulator.properties.document.data.get('order')).toBe('BA');
  });

  test('tryLock returns false while another execution holds the lock', () => {
    const { emulator } = emulatorFor(BUNDLE);
    let inner: unknown;
    emulator.onLockBoundary((event) => {
      if (event.depth === 0 && event.phase === 'acquired') inner = emulator.run('probe');
    });
    emulator.run('submit', 'A');
    expect(inner).toEqual([false, false]);
    emulator.onLockBoundary(null);
    expect(emulator.run('probe')).toEqual([true, true]);
  });

  test('locks still held when an execution ends are released', () => {
    const { emulator } = emulatorFor(BUNDLE);
    expect(emulator.run('holdAndForget')).toBe('held');
    expect(emulator.run('scriptLockFree')).toBe(true);
  });
});

describe('Utilities', () => {
  const BUNDLE = `
function fmt(iso, tz, pattern) { return Utilities.formatDate(new Date(iso), tz, pattern); }
function fstr() { return [Utilities.formatString('%s có %d đơn vị (%.2f%%)', 'Đảng bộ', 27, 5.625), Utilities.formatString('%05d|%,d|%-4s|', 42, 1234567, 'ab')]; }
function sleepy() { var t0 = Date.now(); Utilities.sleep(1500); return Date.now() - t0; }
function digest() { return Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc').slice(0, 4); }
function uuid() { return Utilities.getUuid(); }
`;

  test.each([
    ['2020-06-29T17:30:00Z', 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd HH:mm', '2020-06-30 00:30'],
    ['2020-06-29T17:30:00Z', 'America/New_York', 'yyyy-MM-dd HH:mm', '2020-06-29 13:30'],
    ['2020-06-29T17:30:00Z', 'Asia/Ho_Chi_Minh', 'EEE, d MMM yyyy', 'Tue, 30 Jun 2020'],
    ['2020-06-29T17:30:00Z', 'America/New_York', 'EEEE h:mm a', 'Monday 1:30 PM'],
    ['2020-06-29T17:30:00Z', 'Asia/Ho_Chi_Minh', 'Z z', '+0700 ICT'],
    ['2020-06-29T17:30:00Z', 'America/New_York', 'Z z XXX', '-0400 EDT -04:00'],
    ['2020-01-15T12:00:00Z', 'America/New_York', 'Z z', '-0500 EST'],
    ['2020-06-29T17:30:00Z', 'GMT+7', 'dd/MM/yyyy HH:mm', '30/06/2020 00:30'],
    ['2020-06-29T17:30:00Z', 'Asia/Ho_Chi_Minh', "'Ngày' dd 'tháng' MM, D, w, u", 'Ngày 30 tháng 06, 182, 27, 2'],
    ['2019-12-29T05:00:00Z', 'UTC', 'YYYY-ww yyyy', '2020-01 2019'],
    ['2020-06-29T17:30:05.007Z', 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSSX", '2020-06-29T17:30:05.007Z'],
    ['2020-06-29T17:30:00Z', 'Asia/Ho_Chi_Minh', 'MMMM yy', 'June 20'],
  ])('formatDate(%s, %s, %s) = %s', (iso, tz, pattern, expected) => {
    const { emulator } = emulatorFor(BUNDLE);
    expect(emulator.run('fmt', iso, tz, pattern)).toBe(expected);
  });

  test('formatString follows Java’s String.format', () => {
    const { emulator } = emulatorFor(BUNDLE);
    expect(emulator.run('fstr')).toEqual(['Đảng bộ có 27 đơn vị (5.63%)', '00042|1,234,567|ab  |']);
  });

  test('sleep advances the emulator clock instead of waiting', () => {
    const { emulator } = emulatorFor(BUNDLE);
    const t0 = Date.now();
    expect(emulator.run('sleepy')).toBe(1500);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  test('digests are Java signed bytes; uuids are v4', () => {
    const { emulator } = emulatorFor(BUNDLE);
    // MD5("abc") = 90 01 50 98 ...
    expect(emulator.run('digest')).toEqual([-112, 1, 80, -104]);
    expect(emulator.run('uuid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('Date in the sandbox uses the script time zone', () => {
  const BUNDLE = `
function local() {
  var d = new Date(2020, 5, 30, 8, 15);
  var e = new Date(d.getTime()); e.setHours(23, 59, 0, 0);
  return [d.toISOString(), d.getHours(), d.getDate(), d.getTimezoneOffset(), e.toISOString(), d.toString(),
          new Date('2020-06-30').toISOString(), new Date('2020-06-30T00:00:00').toISOString(), Date.parse('06/30/2020')];
}`;

  test('in America/New_York', () => {
    const { emulator } = emulatorFor(BUNDLE, { timeZone: 'America/New_York' });
    expect(emulator.run('local')).toEqual([
      '2020-06-30T12:15:00.000Z',
      8,
      30,
      240,
      '2020-07-01T03:59:00.000Z',
      'Tue Jun 30 2020 08:15:00 GMT-0400 (Eastern Daylight Time)',
      '2020-06-30T00:00:00.000Z',
      '2020-06-30T04:00:00.000Z',
      Date.parse('2020-06-30T04:00:00Z'),
    ]);
  });

  test('in Asia/Ho_Chi_Minh', () => {
    const { emulator } = emulatorFor(BUNDLE, { timeZone: 'Asia/Ho_Chi_Minh' });
    const out = emulator.run('local') as unknown[];
    expect(out.slice(0, 5)).toEqual(['2020-06-30T01:15:00.000Z', 8, 30, -420, '2020-06-30T16:59:00.000Z']);
    expect(out[5]).toBe('Tue Jun 30 2020 08:15:00 GMT+0700 (Indochina Time)');
  });
});

describe('Ui and HtmlService', () => {
  const dist = mkdtempSync(join(tmpdir(), 'emu-dist-'));
  writeFileSync(
    join(dist, 'progress.html'),
    '<h1><?= unit ?></h1><?!= raw ?><? for (var i = 0; i < 2; i++) { ?><i><?= i ?></i><? } ?>',
  );
  const BUNDLE = `
function ask() { var ui = SpreadsheetApp.getUi(); var r = ui.alert('Dữ liệu mẫu', 'Tải dữ liệu mẫu?', ui.ButtonSet.YES_NO); return r == ui.Button.YES; }
function name() { var ui = SpreadsheetApp.getUi(); var r = ui.prompt('Tên tổ chức?'); return [String(r.getSelectedButton()), r.getResponseText()]; }
function sidebar() {
  var t = HtmlService.createTemplateFromFile('progress');
  t.unit = '<b>U1</b>'; t.raw = '<hr>';
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Cập nhật tiến độ').setWidth(300));
}
function plain() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutputFromFile('progress.html').setHeight(200), 'Trợ giúp'); }
function missing() { return HtmlService.createHtmlOutputFromFile('nope'); }
`;

  test('alerts take scripted answers; an unexpected one is recorded and closed', () => {
    const { emulator } = emulatorFor(BUNDLE, { distDir: dist });
    emulator.answerAlerts(['YES']);
    expect(emulator.run('ask')).toBe(true);
    expect(emulator.run('ask')).toBe(false);
    expect(emulator.ui.alerts.map((a) => [a.title, a.prompt, a.buttonSet, a.answer, a.unexpected])).toEqual([
      ['Dữ liệu mẫu', 'Tải dữ liệu mẫu?', 'YES_NO', 'YES', false],
      ['Dữ liệu mẫu', 'Tải dữ liệu mẫu?', 'YES_NO', 'CLOSE', true],
    ]);
  });

  test('prompts return the scripted button and text', () => {
    const { emulator } = emulatorFor(BUNDLE, { distDir: dist });
    emulator.answerAlerts([{ button: 'OK', text: 'Đảng ủy Công an tỉnh' }]);
    expect(emulator.run('name')).toEqual(['OK', 'Đảng ủy Công an tỉnh']);
  });

  test('templates evaluate scriptlets server-side, escaping <?= ?> and not <?!= ?>', () => {
    const { emulator } = emulatorFor(BUNDLE, { distDir: dist });
    emulator.run('sidebar');
    expect(emulator.ui.sidebars).toHaveLength(1);
    expect(emulator.ui.sidebars[0]?.title).toBe('Cập nhật tiến độ');
    expect(emulator.ui.sidebars[0]?.width).toBe(300);
    expect(emulator.ui.sidebars[0]?.html).toBe('<h1>&lt;b&gt;U1&lt;/b&gt;</h1><hr><i>0</i><i>1</i>');
  });

  test('files are served from the dist directory; a missing one fails like Google', () => {
    const { emulator } = emulatorFor(BUNDLE, { distDir: dist });
    emulator.run('plain');
    expect(emulator.ui.dialogs[0]?.title).toBe('Trợ giúp');
    expect(emulator.ui.dialogs[0]?.html).toContain('<?= unit ?>');
    expect(() => emulator.run('missing')).toThrow('No HTML file named nope was found.');
  });

  test('a sidebar cannot be opened from a simple trigger', () => {
    const { emulator } = emulatorFor(BUNDLE, { distDir: dist });
    expect(() => emulator.runWithAuthMode('LIMITED', 'sidebar')).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });
});

describe('Session, triggers and edit events', () => {
  const BUNDLE = `
function install() {
  ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create();
  return ScriptApp.getProjectTriggers().map(function (t) { return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())]; });
}
function many(n) { for (var i = 0; i < n; i++) ScriptApp.newTrigger('x' + i).forSpreadsheet('id').onChange().create(); return ScriptApp.getProjectTriggers().length; }
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); return ScriptApp.getProjectTriggers().length; }
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getActiveUserLocale(), Session.getScriptTimeZone(), Session.getTemporaryActiveUserKey().length > 10]; }
function onEdit(e) { record('simple', e); }
function onEditInstalled(e) { record('installable', e); }
function record(kind, e) {
  var p = PropertiesService.getScriptProperties();
  var log = JSON.parse(p.getProperty('log') || '[]');
  log.push({ kind: kind, authMode: String(e.authMode), range: e.range.getA1Notation(), hasValue: 'value' in e, value: e.value, oldValue: e.oldValue,
             user: e.user.getEmail(), active: Session.getActiveUser().getEmail(), effective: Session.getEffectiveUser().getEmail(),
             uid: e.triggerUid || null, source: e.source.getId() });
  p.setProperty('log', JSON.stringify(log));
}
function newTriggerInSimple() { ScriptApp.newTrigger('x').forSpreadsheet('id').onEdit().create(); }
`;
  const log = (emulator: { properties: { script: { data: Map<string, string> } } }) =>
    JSON.parse(emulator.properties.script.data.get('log') ?? '[]') as Record<string, unknown>[];

  test('Session reveals the user in a menu action, not in a simple trigger (consumer account)', () => {
    const { emulator } = emulatorFor(BUNDLE, { user: { email: 'clerk@example.com', locale: 'en' } });
    expect(emulator.run('who')).toEqual(['clerk@example.com', 'clerk@example.com', 'en', 'Asia/Ho_Chi_Minh', true]);
    expect(emulator.runWithAuthMode('LIMITED', 'who')).toEqual(['', '', 'en', 'Asia/Ho_Chi_Minh', true]);
  });

  test('installable triggers are created per user and listed to their owner only', () => {
    const { emulator } = emulatorFor(BUNDLE);
    expect(emulator.run('install')).toEqual([['onEditInstalled', 'ON_EDIT', 'SPREADSHEETS']]);
    expect(emulator.listTriggers()).toEqual([
      expect.objectContaining({
        handler: 'onEditInstalled',
        eventType: 'ON_EDIT',
        owner: 'admin@example.com',
        sourceId: 'fake-spreadsheet-id',
      }),
    ]);
    expect(emulator.asUser({ email: 'clerk@example.com' }, () => emulator.run('removeAll'))).toBe(0);
    expect(emulator.listTriggers()).toHaveLength(1);
    expect(emulator.run('removeAll')).toBe(0);
    expect(emulator.listTriggers()).toHaveLength(0);
  });

  test('at most 20 triggers per user', () => {
    const { emulator } = emulatorFor(BUNDLE);
    expect(emulator.run('many', 20)).toBe(20);
    expect(() => emulator.run('many', 1)).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  test('a simple trigger cannot create triggers', () => {
    const { emulator } = emulatorFor(BUNDLE);
    expect(() => emulator.runWithAuthMode('LIMITED', 'newTriggerInSimple')).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  test('an edit fires the simple onEdit (LIMITED) then the installable trigger (FULL, as its owner)', () => {
    const { emulator, backend } = emulatorFor(BUNDLE);
    emulator.run('install');
    const uid = emulator.listTriggers()[0]?.uid;
    backend.doc.sheets[0]?.set(2, 2, 'cũ');
    emulator.setUser({ email: 'clerk@example.com' });
    const result = emulator.edit('Sheet1', 'B2', '5');
    expect(result).toEqual({
      fired: [
        { kind: 'simple', functionName: 'onEdit' },
        { kind: 'installable', functionName: 'onEditInstalled', triggerUid: uid },
      ],
    });
    expect(log(emulator)).toEqual([
      {
        kind: 'simple',
        authMode: 'LIMITED',
        range: 'R2C2',
        hasValue: true,
        value: '5',
        oldValue: 'cũ',
        user: '',
        active: '',
        effective: '',
        uid: null,
        source: 'fake-spreadsheet-id',
      },
      {
        kind: 'installable',
        authMode: 'FULL',
        range: 'R2C2',
        hasValue: true,
        value: '5',
        oldValue: 'cũ',
        user: '',
        active: '',
        effective: 'admin@example.com',
        uid,
        source: 'fake-spreadsheet-id',
      },
    ]);
  });

  test('the trigger owner editing is revealed to the installable trigger', () => {
    const { emulator } = emulatorFor(BUNDLE);
    emulator.run('install');
    emulator.edit('Sheet1', 'A1', 'x');
    const entries = log(emulator);
    expect(entries[1]).toMatchObject({ kind: 'installable', user: 'admin@example.com', active: 'admin@example.com' });
    expect(entries[0]).not.toHaveProperty('oldValue');
  });

  test('in a Workspace domain the editor’s email is revealed everywhere', () => {
    const { emulator } = emulatorFor(BUNDLE, { identity: 'workspace' });
    emulator.run('install');
    emulator.asUser({ email: 'clerk@example.com' }, () => emulator.edit('Sheet1', 'A1', 'x'));
    expect(log(emulator).map((e) => e.user)).toEqual(['clerk@example.com', 'clerk@example.com']);
  });

  test('an edit rejected by data validation changes nothing and fires nothing', () => {
    const { emulator, backend } = emulatorFor(BUNDLE);
    emulator.run('install');
    backend.rejectIn.add('C3');
    const result = emulator.edit('Sheet1', 'C3', 'Sai');
    expect(result.fired).toEqual([]);
    expect(result.rejected).toMatch(/violates the data validation rules/);
    expect(backend.doc.sheets[0]?.get(3, 3)).toBe('');
    expect(log(emulator)).toEqual([]);
  });

  test('a multi-cell paste fires with no value or oldValue', () => {
    const { emulator } = emulatorFor(BUNDLE);
    emulator.pasteValues('Sheet1', 'A1', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(log(emulator)).toEqual([expect.objectContaining({ kind: 'simple', hasValue: false })]);
  });

  test('a failing trigger is reported, not thrown, as Google only logs it', () => {
    const { emulator } = emulatorFor(`function onEdit(e) { throw new Error('hỏng'); }`);
    expect(emulator.edit('Sheet1', 'A1', '1')).toEqual({
      fired: [{ kind: 'simple', functionName: 'onEdit', error: 'hỏng' }],
    });
  });
});
