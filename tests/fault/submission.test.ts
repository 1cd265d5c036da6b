// A progress submission under a failure at every service call: the clerk marks the congress (M07) of a cell
// done, which moves the deadlines anchored on it; after the failure the form is submitted again as it was.
// The row ends exactly as after a clean submission, with its audit lines once.
import { injectEveryFault, summarise } from './harness';
import { milestoneVersion, ok, refreshedWithProgress } from '../support/small-tracker';

const UNIT = 'DB0001-03';

function start() {
  const emu = refreshedWithProgress();
  const v6 = milestoneVersion(emu, UNIT, 'M06');
  ok(
    emu.callServer('submitProgress', {
      unitId: UNIT,
      milestoneId: 'M06',
      status: 'done',
      completedOn: '2020-03-10',
      evidence: '',
      note: '',
      version: v6,
    }),
  );
  return emu;
}

let version = '';

test('Progress submission: a failure at any call, then the same submission again, gives the row of a clean submission', () => {
  const report = injectEveryFault({
    start: () => {
      const emu = start();
      version = milestoneVersion(emu, UNIT, 'M07');
      return emu;
    },
    act: (emu) => {
      emu.callServer('submitProgress', {
        unitId: UNIT,
        milestoneId: 'M07',
        status: 'done',
        completedOn: '2020-03-20',
        evidence: 'https://example.org/nghi-quyet',
        note: 'Đại hội thành công',
        version,
      });
    },
  });
  expect(report.calls).toBeGreaterThan(5);
  expect(report.unreached).toEqual([]);
  expect(summarise(report)).toEqual([]);
});
