// Two clerks submit the same milestone from the same form state; the second submission takes the document lock
// the moment the first releases it. Google batches the first execution's writes until it reads, calls
// SpreadsheetApp.flush() or ends, and releasing the lock does not commit them (Lock.releaseLock: "call
// SpreadsheetApp.flush() prior to releasing the lock, to commit all pending changes"); the emulator does the same
// (tests/emulator/runtime.write-buffer.test.ts). So:
// - the add-on as built (flush before every releaseLock) refuses the second submission as stale;
// - the same bundle with its flush calls taken out lets the second clerk read the row as it was, pass the
//   stale-row check and hear "saved" — then the first clerk's pending writes land and the second's change is
//   lost without a word. That variant must fail the guarantee, or the test could not catch a missing flush.
import { Emulator } from '../../tools/emulator';
import { PROGRESS } from '../../src/core/schema';
import { ADMIN, TODAY, smallInput } from '../support/small-tracker';
import { BUNDLE } from '../support/bundle';
import { buildWorkbook, readTable, rowsWhere } from '../support/workbooks';

const UNIT = 'DB0001-01';
const MILESTONE = 'M02';
const FLUSH = /SpreadsheetApp\.flush\(\)/g;

type Answer = { ok: true; value: { changes: number } } | { ok: false; error: { code: string } };

function start(code: string): Emulator {
  const input = smallInput();
  const emu = Emulator.create({
    code,
    today: TODAY,
    user: { email: ADMIN, locale: 'vi' },
    workbook: (env) => buildWorkbook(env, input),
  });
  emu.run('menuRefresh');
  return emu;
}

function version(emu: Emulator): string {
  const answer = emu.callServer('unitMilestones', UNIT) as {
    ok: boolean;
    value: { rows: { milestoneId: string; version: string }[] };
  };
  const row = answer.value.rows.find((r) => r.milestoneId === MILESTONE);
  if (!row) throw new Error(`no ${MILESTONE}`);
  return row.version;
}

function submission(note: string, v: string) {
  return {
    unitId: UNIT,
    milestoneId: MILESTONE,
    status: 'inProgress',
    completedOn: '',
    evidence: '',
    note,
    version: v,
  };
}

/** Clerk A submits; clerk B's submission runs as soon as A releases the lock (both loaded the same form). */
function interleave(code: string) {
  const emu = start(code);
  const v = version(emu);
  let second: Answer | undefined;
  emu.onLockBoundary((event) => {
    if (event.depth === 0 && event.phase === 'released' && !second) {
      second = emu.callServer('submitProgress', submission('ghi chú của B', v)) as Answer;
    }
  });
  const first = emu.callServer('submitProgress', submission('ghi chú của A', v)) as Answer;
  emu.onLockBoundary(null);
  const progress = readTable(emu, PROGRESS)!;
  const r = rowsWhere(progress, { unitId: UNIT, milestoneId: MILESTONE })[0]!;
  const note = progress.values[r]?.[progress.columns.note!];
  return { first, second: second!, note };
}

describe('a submission releases the document lock only after its writes are committed', () => {
  test('the bundle calls SpreadsheetApp.flush() (the variant below needs something to take out)', () => {
    expect(BUNDLE.match(FLUSH)?.length ?? 0).toBeGreaterThan(0);
  });

  test('with the flush: the second submission, made from the same form, is refused as stale', () => {
    const { first, second, note } = interleave(BUNDLE);
    expect(first.ok).toBe(true);
    expect(second).toEqual(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'stale' }) }));
    expect(note).toBe('ghi chú của A');
  });

  test('without the flush: the second clerk is told "saved" and the change is lost (the failure the flush prevents)', () => {
    const { first, second, note } = interleave(BUNDLE.replace(FLUSH, 'void 0'));
    expect(first.ok).toBe(true);
    expect(second.ok).toBe(true);
    // B heard "saved", yet the sheet holds A's note: B's change was overwritten when A's writes landed.
    expect(note).toBe('ghi chú của A');
  });
});
