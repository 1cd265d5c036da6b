// Google batches an execution's spreadsheet writes. Sources:
// - SpreadsheetApp.flush() (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()):
//   "Applies all pending Spreadsheet changes. Spreadsheet operations are sometimes bundled together to improve
//   performance, such as when doing multiple calls to Range.getValue(). However, sometimes you may want to make
//   sure that all pending changes are made right away, for instance to show users data as a script is executing."
// - Lock.releaseLock() (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()): "if you are
//   working with a spreadsheet, you should call SpreadsheetApp.flush() prior to releasing the lock, to commit all
//   pending changes to the spreadsheet" — so releasing alone does not commit them.
// - The changes are committed when the script ends (the same page: locks are released "when the script
//   terminates"; a script's writes are in the spreadsheet after it finishes, also when it then throws).
// The emulator: an execution's cell writes wait until it reads the spreadsheet (its own reads see its own writes),
// calls flush() or ends; another execution — started at a lock boundary — reads the document without them.
import { Emulator } from '../../tools/emulator';

const BUNDLE = `
function cell() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1'); }
function write(value, how) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(1000);
  cell().setValue(value);
  cell().setNote('note ' + value);
  if (how === 'flush') SpreadsheetApp.flush();
  if (how === 'read') cell().getValue();
  lock.releaseLock();
  if (how === 'fail') throw new Error('after the write');
  return 'done';
}
function writeAndReadBack(value) {
  cell().setValue(value);
  return cell().getValue();
}
function read() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(1000);
  var v = cell().getValue();
  lock.releaseLock();
  return [v, cell().getNote()];
}
`;

/** What a second execution reads right after the first releases the lock, and what the sheet holds at the end. */
function interleave(how: string, options: { bufferWrites?: boolean } = {}) {
  const emu = Emulator.create({ code: BUNDLE, today: '2020-05-15', ...options });
  emu.run('writeAndReadBack', 'old');
  let seen: unknown;
  let pending = -1;
  emu.onLockBoundary((event) => {
    if (event.depth === 0 && event.phase === 'released') {
      pending = emu.pendingWrites();
      seen = emu.asUser({ email: 'b@example.com' }, () => emu.run('read'));
    }
  });
  let error: unknown;
  try {
    emu.run('write', 'new', how);
  } catch (e) {
    error = e;
  }
  emu.onLockBoundary(null);
  return {
    seen,
    pending,
    final: emu.workbook.values('Sheet1')[0]?.[0],
    note: emu.workbook.notes('Sheet1')[0]?.[0],
    error,
  };
}

describe('an execution buffers its spreadsheet writes', () => {
  test('releaseLock() alone does not publish them: the next execution reads the old value', () => {
    const r = interleave('none');
    expect(r.pending).toBe(2);
    expect(r.seen).toEqual(['old', '']);
    expect(r.final).toBe('new'); // published when the writer's execution ended
    expect(r.note).toBe('note new');
  });

  test('SpreadsheetApp.flush() before releaseLock() publishes them', () => {
    const r = interleave('flush');
    expect(r.pending).toBe(0);
    expect(r.seen).toEqual(['new', 'note new']);
  });

  test('a read by the writer publishes them', () => {
    const r = interleave('read');
    expect(r.pending).toBe(0);
    expect(r.seen).toEqual(['new', 'note new']);
  });

  test("an execution's own reads see its own writes", () => {
    const emu = Emulator.create({ code: BUNDLE, today: '2020-05-15' });
    expect(emu.run('writeAndReadBack', 'mine')).toBe('mine');
  });

  test('an execution that fails after writing still commits them when it ends', () => {
    const r = interleave('fail');
    expect(r.error).toBeDefined();
    expect(r.seen).toEqual(['old', '']);
    expect(r.final).toBe('new');
  });

  test('bufferWrites: false applies every write at once', () => {
    const r = interleave('none', { bufferWrites: false });
    expect(r.pending).toBe(0);
    expect(r.seen).toEqual(['new', 'note new']);
  });
});
