// Contract: which email Google reveals to the add-on, for the two kinds of account (the emulator's `identity`).
//
// Google's documentation, Class User, getEmail() (https://developers.google.com/apps-script/reference/base/user):
// "If security policies do not allow access to the user's email address, this method returns a blank string.
// … the user's email address is not available in any context that allows a script to run without that user's
// authorization, like a simple onOpen(e) or onEdit(e) trigger … However, these restrictions generally do not
// apply if the developer runs the script themselves or belongs to the same Google Workspace domain as the user."
// Class Session, getEffectiveUser() (https://developers.google.com/apps-script/reference/base/session): "If the
// script is running under an installable trigger, this returns the user account of the user who created the
// trigger."
//
// So an administrator's installable on-edit trigger sees another editor's email only in a Workspace domain;
// for consumer (gmail.com) accounts e.user and Session.getActiveUser() are blank, and the trigger runs as its
// owner. A menu action is run, and authorised, by the user at the keyboard: their email is known.
import { emulatorFor } from './runtime.helpers';

const BUNDLE = `
function install() { ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create(); }
function menuWho() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
function onEditInstalled(e) {
  var seen = [e.user.getEmail(), Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()];
  PropertiesService.getScriptProperties().setProperty('seen', JSON.stringify(seen));
}
`;

const seen = (emulator: { properties: { script: { data: Map<string, string> } } }): unknown =>
  JSON.parse(emulator.properties.script.data.get('seen') ?? 'null');

describe.each([
  ['consumer', ''],
  ['workspace', 'clerk@example.com'],
] as const)('%s accounts', (identity, clerkAsSeen) => {
  test('the owner’s installable on-edit trigger, fired by another editor: their email as Google reveals it, run as the owner', () => {
    const { emulator } = emulatorFor(BUNDLE, { identity, user: { email: 'admin@example.com' } });
    emulator.run('install');
    emulator.asUser({ email: 'clerk@example.com' }, () => emulator.edit('Sheet1', 'B2', 'x'));
    expect(seen(emulator)).toEqual([clerkAsSeen, clerkAsSeen, 'admin@example.com']);
  });

  test('the owner’s own edit is always revealed to their trigger', () => {
    const { emulator } = emulatorFor(BUNDLE, { identity, user: { email: 'admin@example.com' } });
    emulator.run('install');
    emulator.edit('Sheet1', 'B2', 'x');
    expect(seen(emulator)).toEqual(['admin@example.com', 'admin@example.com', 'admin@example.com']);
  });

  test('a menu action knows who runs it', () => {
    const { emulator } = emulatorFor(BUNDLE, { identity, user: { email: 'clerk@example.com' } });
    expect(emulator.run('menuWho')).toEqual(['clerk@example.com', 'clerk@example.com']);
  });
});
