// The form's length limits hold for what the user changes (docs/workbook.md §8): a note longer than the form allows,
// typed straight into the sheet, must not block later form updates of the row's other fields.
import type { Emulator } from '../../tools/emulator';
import { ADMIN, formsEmulator } from './forms.fixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const call = (emu: Emulator, name: string, ...args: unknown[]): Json => emu.callServer(name, ...args) as Json;
const LONG = 'Biên bản họp chi bộ. '.repeat(120).trim(); // 2,519 characters, over the form's 2,000

describe('a long note typed in the sheet', () => {
  it('a status update of the row is saved; the note stays as typed', () => {
    const emu = formsEmulator({ user: ADMIN });
    emu.workbook.writeValues(emu.workbook.requireSheet('Tiến độ'), 7, 10, [[LONG]]); // K8: PA03/M08
    const row = (call(emu, 'unitMilestones', 'PA03').value.rows as Json[]).find((r) => r.milestoneId === 'M08');
    expect(row?.note).toBe(LONG);
    const answer = call(emu, 'submitProgress', {
      unitId: 'PA03',
      milestoneId: 'M08',
      status: 'inProgress',
      completedOn: '',
      evidence: '',
      note: row?.note,
      version: row?.version,
    });
    expect(answer.ok).toBe(true);
    expect(emu.workbook.values('Tiến độ')[7]?.slice(6, 11)).toEqual(['Đang thực hiện', '', 'open', '', LONG]);
  });

  it('a note the user changes is still held to the limit', () => {
    const emu = formsEmulator({ user: ADMIN });
    emu.workbook.writeValues(emu.workbook.requireSheet('Tiến độ'), 7, 10, [[LONG]]);
    const row = (call(emu, 'unitMilestones', 'PA03').value.rows as Json[]).find((r) => r.milestoneId === 'M08');
    const answer = call(emu, 'submitProgress', {
      unitId: 'PA03',
      milestoneId: 'M08',
      status: 'inProgress',
      completedOn: '',
      evidence: '',
      note: `${LONG} thêm`,
      version: row?.version,
    });
    expect(answer.ok).toBe(false);
    expect(answer.error.field).toBe('note');
    expect(emu.workbook.values('Tiến độ')[7]?.[6]).toBe('');
  });

  it('a result is saved beside a long note typed in the sheet', () => {
    const emu = formsEmulator({ user: ADMIN });
    emu.workbook.writeValues(emu.workbook.requireSheet('Thi đua'), 3, 11, [[LONG]]); // L4: CAT/T01
    const row = (call(emu, 'unitTargets', 'CAT').value.rows as Json[]).find((r) => r.targetId === 'T01');
    const answer = call(emu, 'submitResult', {
      unitId: 'CAT',
      targetId: 'T01',
      result: 125,
      note: row?.note,
      version: row?.version,
    });
    expect(answer.ok).toBe(true);
    expect(emu.workbook.values('Thi đua')[3]?.[7]).toBe(125);
    expect(emu.workbook.values('Thi đua')[3]?.[11]).toBe(LONG);
  });
});
