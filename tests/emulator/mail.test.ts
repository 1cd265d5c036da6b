// Contract of the emulated MailApp and time-driven triggers, worked out from Google's documentation:
// - MailApp: https://developers.google.com/apps-script/reference/mail/mail-app — sendEmail(recipient, subject,
//   body[, options]), sendEmail(to, replyTo, subject, body), sendEmail(message); getRemainingDailyQuota()
//   "returns the number of recipients you can send emails to for the rest of the day"; both need the
//   https://www.googleapis.com/auth/script.send_mail scope.
// - Quotas: https://developers.google.com/apps-script/guides/services/quotas — "Email recipients per day":
//   100 for consumer accounts, 1,500 for Google Workspace; quotas are per user and reset 24 hours after the
//   first request; "Email recipients per message": 50.
// - Time-driven triggers: https://developers.google.com/apps-script/guides/triggers/installable — a 9 a.m.
//   daily trigger fires between 9 and 10 and keeps that timing day after day; add-ons may use them at most
//   once an hour; installable triggers run as the user who created them. Editor add-ons:
//   https://developers.google.com/workspace/add-ons/concepts/editor-triggers — an add-on may hold one trigger
//   of each type per user per document.
import { readFileSync } from 'node:fs';
import { QUOTA_EXCEEDED, SEND_MAIL_SCOPE, TOO_MANY_RECIPIENTS } from '../../tools/emulator/services/mail';
import { TOO_MANY_CLOCK_TRIGGERS } from '../../tools/emulator/services/script-app';
import { emulatorFor } from './runtime.helpers';

const BUNDLE = `
function quota() { return MailApp.getRemainingDailyQuota(); }
function send3(to, subject, body) { MailApp.sendEmail(to, subject, body); }
function sendOptions(to, cc, bcc) { MailApp.sendEmail(to, 'S', 'B', { cc: cc, bcc: bcc, htmlBody: '<b>B</b>', name: 'Văn phòng' }); }
function sendReplyTo() { MailApp.sendEmail('a@x.vn', 'reply@x.vn', 'S', 'B'); }
function sendMessage() { MailApp.sendEmail({ to: 'a@x.vn, b@x.vn', subject: 'S', body: 'B', htmlBody: '<p>B</p>' }); }
function catching(name) { try { return String(this[name].apply(null, Array.prototype.slice.call(arguments, 1))); } catch (e) { return e.name + ': ' + e.message; } }
function many(n) { var a = []; for (var i = 0; i < n; i++) a.push('u' + i + '@x.vn'); MailApp.sendEmail(a.join(','), 'S', 'B'); }
function install(hour) { return ScriptApp.newTrigger('tick').timeBased().atHour(hour).everyDays(1).create().getUniqueId(); }
function installMinutes() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create(); }
function tick(e) { PropertiesService.getDocumentProperties().setProperty('ticks', String(Number(PropertiesService.getDocumentProperties().getProperty('ticks') || 0) + 1)); PropertiesService.getDocumentProperties().setProperty('who', Session.getEffectiveUser().getEmail()); PropertiesService.getDocumentProperties().setProperty('hour', String(new Date().getHours()) + ':' + e.triggerUid); }
function remove() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
`;

describe('MailApp', () => {
  test('the consumer quota is 100 recipients a day, Workspace 1,500', () => {
    expect(emulatorFor(BUNDLE, { identity: 'consumer', scopes: null }).emulator.run('quota')).toBe(100);
    expect(emulatorFor(BUNDLE, { identity: 'workspace', scopes: null }).emulator.run('quota')).toBe(1500);
  });

  test('every recipient counts: to, cc and bcc', () => {
    const { emulator } = emulatorFor(BUNDLE, { scopes: null });
    emulator.run('sendOptions', 'a@x.vn, b@x.vn', 'c@x.vn', 'd@x.vn');
    expect(emulator.run('quota')).toBe(96);
    const [mail] = emulator.mailbox.sent;
    expect(mail).toMatchObject({
      from: 'admin@example.com',
      to: ['a@x.vn', 'b@x.vn'],
      cc: ['c@x.vn'],
      bcc: ['d@x.vn'],
      subject: 'S',
      body: 'B',
      htmlBody: '<b>B</b>',
      name: 'Văn phòng',
    });
    expect(mail?.at.toISOString()).toBe(emulator.now().toISOString());
  });

  test('the four forms of sendEmail', () => {
    const { emulator } = emulatorFor(BUNDLE, { scopes: null });
    emulator.run('send3', 'a@x.vn', 'S', 'B');
    emulator.run('sendReplyTo');
    emulator.run('sendMessage');
    expect(emulator.mailbox.sent.map((m) => [m.to, m.replyTo, m.htmlBody])).toEqual([
      [['a@x.vn'], '', ''],
      [['a@x.vn'], 'reply@x.vn', ''],
      [['a@x.vn', 'b@x.vn'], '', '<p>B</p>'],
    ]);
  });

  test('beyond the quota the email is refused and not sent; the quota returns 24 hours after the first send', () => {
    const { emulator } = emulatorFor(BUNDLE, { scopes: null, mailQuota: 3 });
    emulator.run('sendOptions', 'a@x.vn', 'b@x.vn', '');
    expect(emulator.run('catching', 'sendOptions', 'a@x.vn, c@x.vn', '', '')).toBe(`Exception: ${QUOTA_EXCEEDED}`);
    expect(QUOTA_EXCEEDED).toBe('Service invoked too many times for one day: email.');
    expect(emulator.mailbox.sent).toHaveLength(1);
    expect(emulator.run('quota')).toBe(1);
    emulator.setNow(new Date(emulator.now().getTime() + 24 * 3600_000 - 1));
    expect(emulator.run('quota')).toBe(1);
    emulator.setNow(new Date(emulator.now().getTime() + 1));
    expect(emulator.run('quota')).toBe(3);
  });

  test('more than 50 recipients in one message are refused', () => {
    const { emulator } = emulatorFor(BUNDLE, { scopes: null });
    expect(emulator.run('catching', 'many', 51)).toBe(`Exception: ${TOO_MANY_RECIPIENTS}`);
    emulator.run('many', 50);
    expect(emulator.run('quota')).toBe(50);
  });

  test('an invalid address is refused', () => {
    const { emulator } = emulatorFor(BUNDLE, { scopes: null });
    expect(emulator.run('catching', 'send3', 'không phải email', 'S', 'B')).toBe(
      'Exception: Invalid email: không phải email',
    );
    expect(emulator.mailbox.sent).toHaveLength(0);
  });

  test('a manifest without script.send_mail makes both methods fail as in Google', () => {
    const { emulator } = emulatorFor(BUNDLE, { scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(emulator.run('catching', 'quota')).toBe(
      `Exception: You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: ${SEND_MAIL_SCOPE}`,
    );
    expect(emulator.run('catching', 'send3', 'a@x.vn', 'S', 'B')).toBe(
      `Exception: You do not have permission to call MailApp.sendEmail. Required permissions: ${SEND_MAIL_SCOPE}`,
    );
    expect(SEND_MAIL_SCOPE).toBe('https://www.googleapis.com/auth/script.send_mail');
    expect(emulatorFor(BUNDLE, { scopes: [SEND_MAIL_SCOPE] }).emulator.run('quota')).toBe(100);
  });

  test('the add-on’s manifest declares script.send_mail', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toContain(SEND_MAIL_SCOPE);
  });

  test('a simple trigger (AuthMode.LIMITED) cannot send email', () => {
    const { emulator } = emulatorFor(BUNDLE, { scopes: null });
    expect(() => emulator.runWithAuthMode('LIMITED', 'quota')).toThrow(
      `You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: ${SEND_MAIL_SCOPE}`,
    );
  });
});

describe('time-driven triggers', () => {
  // The emulators start on 15/03/2024 09:00 in Asia/Ho_Chi_Minh (UTC+7).
  const at = (iso: string): Date => new Date(`${iso}+07:00`);

  test('a daily trigger fires as the clock passes its hour, as its creator, once a day', () => {
    const { emulator } = emulatorFor(BUNDLE);
    const uid = emulator.run('install', 7) as string;
    expect(emulator.setNow(at('2024-03-16T06:59')).fired).toEqual([]);
    expect(emulator.setNow(at('2024-03-16T07:00')).fired).toEqual([
      { kind: 'installable', functionName: 'tick', triggerUid: uid },
    ]);
    expect(emulator.properties.document.toObject()).toMatchObject({
      ticks: '1',
      who: 'admin@example.com',
      hour: `7:${uid}`,
    });
    expect(emulator.setNow(at('2024-03-16T23:00')).fired).toEqual([]);
    // Three days later at 08:00: it fired on the 17th, 18th and 19th, each at 07:00.
    expect(emulator.setNow(at('2024-03-19T08:00')).fired).toHaveLength(3);
    expect(emulator.properties.document.toObject()).toMatchObject({ ticks: '4', hour: `7:${uid}` });
    expect(emulator.now().toISOString()).toBe(at('2024-03-19T08:00').toISOString());
  });

  test('created after today’s hour, it first fires tomorrow', () => {
    const { emulator } = emulatorFor(BUNDLE);
    emulator.run('install', 8); // now 09:00
    expect(emulator.setToday('2024-03-15').fired).toEqual([]);
    expect(emulator.setNow(at('2024-03-16T08:00')).fired).toHaveLength(1);
  });

  test('one time-driven trigger per user per document; another user may hold their own', () => {
    const { emulator } = emulatorFor(BUNDLE);
    emulator.run('install', 7);
    expect(emulator.run('catching', 'install', 8)).toBe(`Exception: ${TOO_MANY_CLOCK_TRIGGERS}`);
    expect(emulator.asUser({ email: 'other@example.com' }, () => emulator.run('install', 8))).toEqual(
      expect.any(String),
    );
    expect(emulator.listTriggers().map((t) => t.owner)).toEqual(['admin@example.com', 'other@example.com']);
  });

  test('add-ons may not run one more often than once an hour', () => {
    const { emulator } = emulatorFor(BUNDLE);
    expect(emulator.run('catching', 'installMinutes')).toMatch(
      /^Exception: Add-ons can't create time-based triggers that run more often than once an hour/,
    );
  });

  test('a deleted trigger no longer fires', () => {
    const { emulator } = emulatorFor(BUNDLE);
    emulator.run('install', 7);
    emulator.run('remove');
    expect(emulator.setNow(at('2024-03-17T08:00')).fired).toEqual([]);
  });
});
