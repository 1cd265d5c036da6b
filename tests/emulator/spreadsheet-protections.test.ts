// Protections as Google's Spreadsheet service and Sheets behave, pinned for the emulator. Sources:
// - Apps Script reference, Class Protection (https://developers.google.com/apps-script/reference/spreadsheet/protection)
//   and Range.protect() / Sheet.protect() (…/spreadsheet/range#protect(), …/spreadsheet/sheet#protect());
// - Sheets API ProtectedRange.warningOnly (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange):
//   "every user can edit data in the protected range, except editing will prompt a warning asking the user to
//   confirm the edit. When writing: if this field is true, then editors are ignored";
// - observed on Apps Script in brucemcpherson/gas-fakes test/testsheets.js, section "Protection": a
//   warning-only sheet protection reports getEditors().length 0;
// - Sheets Help "Protect, hide, and edit sheets" (https://support.google.com/docs/answer/1218656): a person
//   not allowed to edit a protected range is refused; a warning-only range asks for confirmation.
import { Emulator } from '../../tools/emulator';
import { setup } from './spreadsheet-helpers';

const OWNER = 'owner@example.com';
const ADMIN = 'admin2@example.com';
const CLERK = 'clerk@example.com';
const REFUSED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const WARNING = "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.";

describe('Protection objects', () => {
  test('a warning-only protection has no editors', () => {
    const { sheet } = setup();
    const p = sheet.protect().setDescription('mẫu').setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getEditors()).toEqual([]);
    expect(p.getProtectionType()).toBe('SHEET');
  });

  test('Sheet.protect() on a protected sheet returns the existing protection (one sheet protection per sheet)', () => {
    const { sheet } = setup();
    sheet.protect().setDescription('đầu tiên');
    const again = sheet.protect();
    expect(again.getDescription()).toBe('đầu tiên');
    expect(sheet.getProtections('SHEET')).toHaveLength(1);
    // Range protections are separate and may overlap.
    sheet.getRange('A1:B2').protect();
    sheet.getRange('A1:B2').protect();
    expect(sheet.getProtections('RANGE')).toHaveLength(2);
  });

  test('Spreadsheet.getProtections(type) lists the protections of every sheet', () => {
    const { ss, sheet } = setup();
    const second = ss.insertSheet('Thứ hai');
    sheet.protect().setDescription('một');
    second.protect().setDescription('hai');
    second.getRange('C3').protect().setDescription('ô');
    expect(ss.getProtections('SHEET').map((p) => p.getDescription())).toEqual(['một', 'hai']);
    expect(ss.getProtections('RANGE').map((p) => [p.getDescription(), p.getRange().getSheet().getName()])).toEqual([
      ['ô', 'Thứ hai'],
    ]);
  });

  test('removeEditors(getEditors()) keeps the owner and the user running the script (the reference’s own sample relies on it)', () => {
    const { wb, sheet } = setup();
    wb.owner = OWNER;
    const p = sheet.getRange('A1:B2').protect();
    p.addEditors([OWNER, CLERK]);
    p.removeEditors(p.getEditors());
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(['admin@example.org', OWNER]);
  });
});

/** An emulator whose workbook belongs to OWNER; `lock` protects Sheet1!A1:B2 as a script would. */
function emulator(code: string): Emulator {
  const emu = Emulator.create({ today: '2024-03-15', code, user: { email: OWNER, locale: 'vi' } });
  emu.run('lock');
  return emu;
}

const ENFORCED = `function lock() {
  var p = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2').protect().setDescription('chặn');
  p.removeEditors(p.getEditors());
  p.addEditor('${ADMIN}');
}`;

describe('typed edits of protected cells', () => {
  test('a person who is not an editor is refused with Google’s message; the cell keeps its value and no trigger fires', () => {
    const emu = emulator(`${ENFORCED}\nfunction onEdit(e) { e.range.setNote('edited'); }`);
    emu.setUser({ email: CLERK });
    expect(emu.edit('Sheet1', 'A1', 'gõ đè')).toEqual({ rejected: REFUSED, fired: [] });
    expect(emu.workbook.values('Sheet1')[0]?.[0] ?? '').toBe('');
    // Outside the protected range the clerk types freely.
    expect(emu.edit('Sheet1', 'C1', 'tự do').rejected).toBeUndefined();
  });

  test('the protection’s editors and the owner may edit, without a warning', () => {
    const emu = emulator(ENFORCED);
    emu.setUser({ email: ADMIN });
    const admin = emu.edit('Sheet1', 'A1', 'quản trị');
    expect(admin.rejected).toBeUndefined();
    expect(admin.warning).toBeUndefined();
    emu.setUser({ email: OWNER });
    expect(emu.edit('Sheet1', 'B2', 'chủ sở hữu').rejected).toBeUndefined();
    expect(emu.workbook.values('Sheet1')[1]?.[1]).toBe('chủ sở hữu');
  });

  test('a protection whose editors no script changed mirrors the file’s permissions: it refuses nobody', () => {
    const emu = emulator(`function lock() { SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2').protect(); }`);
    emu.setUser({ email: CLERK });
    expect(emu.edit('Sheet1', 'A1', 'được').rejected).toBeUndefined();
  });

  test('a warning-only protection asks everyone, owner included, and the confirmed edit goes through', () => {
    const emu = emulator(`function lock() {
      var sheet = SpreadsheetApp.getActive().getSheets()[0];
      sheet.protect().setWarningOnly(true).setUnprotectedRanges([sheet.getRange('D1:D5')]);
    }`);
    emu.setUser({ email: CLERK });
    const warned = emu.edit('Sheet1', 'A1', 'xác nhận');
    expect(warned.warning).toBe(WARNING);
    expect(warned.rejected).toBeUndefined();
    expect(emu.workbook.values('Sheet1')[0]?.[0]).toBe('xác nhận');
    // An unprotected range of a sheet protection is open.
    expect(emu.edit('Sheet1', 'D3', 'mở').warning).toBeUndefined();
    emu.setUser({ email: OWNER });
    expect(emu.edit('Sheet1', 'B1', 'chủ').warning).toBe(WARNING);
  });

  test('a paste over a protected cell is refused for a non-editor', () => {
    const emu = emulator(ENFORCED);
    emu.setUser({ email: CLERK });
    expect(emu.pasteValues('Sheet1', 'B2', [['x', 'y']]).rejected).toBe(REFUSED);
  });
});
