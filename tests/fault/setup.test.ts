// Setup under a failure at every service call: a fresh document, the administrator declines the sample data
// (the template alone keeps the sweep short); after a clean re-run the workbook is exactly that of a run
// without the failure, with one edit trigger.
import { Emulator } from '../../tools/emulator';
import { BUNDLE } from '../support/bundle';
import { injectEveryFault, summarise } from './harness';
import { ADMIN, TODAY } from '../support/small-tracker';

function fresh(): Emulator {
  return Emulator.create({ code: BUNDLE, today: TODAY, user: { email: ADMIN, locale: 'vi' } });
}

/** Answers No to the offer of the sample data (queued once; a failed run may not have used it). */
function setup(emu: Emulator): void {
  if (emu.ui.pendingAnswers() === 0) emu.answerAlerts(['NO']);
  emu.run('menuSetup');
}

test('Setup: a failure at any call, then a re-run, gives the workbook of a run without failure', () => {
  const report = injectEveryFault({ start: fresh, act: setup });
  expect(report.calls).toBeGreaterThan(10);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
  const triggers = (emu: Emulator) => emu.listTriggers().filter((t) => t.handler === 'onEditInstalled').length;
  for (const k of [1, Math.floor(report.calls / 2), report.calls]) {
    const emu = fresh();
    emu.failAtCall(k);
    try {
      setup(emu);
    } catch {
      // the failure
    }
    setup(emu);
    expect(triggers(emu)).toBe(1);
  }
});

test('Setup twice leaves one edit trigger', () => {
  const emu = fresh();
  setup(emu);
  setup(emu);
  expect(emu.listTriggers().filter((t) => t.handler === 'onEditInstalled')).toHaveLength(1);
});
