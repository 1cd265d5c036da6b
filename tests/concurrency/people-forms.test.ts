// People keep working while a clerk submits the form (docs/workbook.md §8.3): a person inserts a row or types into the
// row being submitted, right after the form has read the sheet and before it writes. Nothing may land on
// another row or be overwritten with what was read before.
import { People, type Emulator, type PersonCall } from '../../tools/emulator';
import { formsEmulator } from '../integration/forms.fixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const values = (emu: Emulator, name: string) => emu.workbook.values(name);

/** Right after the add-on has read a sheet's values (and its formulas, when it reads them). */
const afterReading =
  (sheet: string, method: 'getValues' | 'getFormulas' = 'getValues') =>
  (c: PersonCall) =>
    c.sheet === sheet && c.className === 'Range' && c.method === method;

describe('a submission while people keep working', () => {
  const ADMIN = 'admin@ubnd.example';

  function submission(emu: Emulator, unitId: string, milestoneId: string, changes: Json): Json {
    const answer = emu.callServer('unitMilestones', unitId) as Json;
    const row = (answer.value.rows as Json[]).find((r) => r.milestoneId === milestoneId);
    if (!row) throw new Error(`no row ${unitId}/${milestoneId}`);
    const status = row.status ?? 'notStarted';
    return {
      unitId,
      milestoneId,
      status,
      completedOn: '',
      evidence: row.evidence,
      note: row.note,
      version: row.version,
      ...changes,
    };
  }

  it('a row inserted above: the status and note land on the clerk’s milestone', () => {
    const emu = formsEmulator({ user: ADMIN });
    const payload = submission(emu, 'PA03', 'M08', { status: 'inProgress', note: 'đang soạn báo cáo' });
    new People(emu).after(afterReading('Tiến độ'), (person) => person.insertRowsAbove('Tiến độ', 2));
    const answer = emu.callServer('submitProgress', payload) as Json;
    expect(answer.ok).toBe(true);

    const p = values(emu, 'Tiến độ');
    const row = (unit: string, m: string) => p.find((r) => r[0] === unit && r[3] === m) ?? [];
    expect(row('PA03', 'M08')[6]).toBe('Đang thực hiện');
    expect(row('PA03', 'M08')[10]).toBe('đang soạn báo cáo');
    // The neighbour above keeps what it had.
    expect(row('PA03', 'M07')[6]).toBe('Đang thực hiện');
    expect(row('PA03', 'M07')[10]).toBe('');
    expect(row('PA03', 'M07')[11]).toBe('');
  });

  it('a note typed into the same row by someone else is kept', () => {
    const emu = formsEmulator({ user: ADMIN });
    const payload = submission(emu, 'PA03', 'M08', { status: 'inProgress' });
    // Row 8 is PA03/M08; column K is Ghi chú.
    new People(emu).after(afterReading('Tiến độ'), (person) =>
      person.type('Tiến độ', 'K8', 'ghi chú của người thứ hai'),
    );
    const answer = emu.callServer('submitProgress', payload) as Json;
    expect(answer.ok).toBe(true);

    const row = values(emu, 'Tiến độ')[7] ?? [];
    expect(row.slice(0, 4)).toEqual(['PA03', 'Đảng bộ Phòng An ninh đối nội', 'Đảng bộ cơ sở', 'M08']);
    expect(row[6]).toBe('Đang thực hiện');
    expect(row[10]).toBe('ghi chú của người thứ hai');
  });

  it('a status changed by someone else meanwhile: the submission is refused as stale, the status kept', () => {
    const emu = formsEmulator({ user: ADMIN });
    const payload = submission(emu, 'PA03', 'M08', { status: 'inProgress' });
    new People(emu).after(afterReading('Tiến độ'), (person) => person.type('Tiến độ', 'G8', 'Không áp dụng'));
    const answer = emu.callServer('submitProgress', payload) as Json;
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('stale');
    expect(values(emu, 'Tiến độ')[7]?.[6]).toBe('Không áp dụng');
  });

  it('a result while a row is inserted above: it lands on its own target', () => {
    const emu = formsEmulator({ user: ADMIN });
    const targets = emu.callServer('unitTargets', 'CAT') as Json;
    const row = (targets.value.rows as Json[]).find((r) => r.targetId === 'T01');
    new People(emu).after(afterReading('Thi đua'), (person) => person.insertRowsAbove('Thi đua', 2));
    const answer = emu.callServer('submitResult', {
      unitId: 'CAT',
      targetId: 'T01',
      result: 130,
      note: 'báo cáo quý',
      version: row?.version,
    }) as Json;
    expect(answer.ok).toBe(true);
    const e = values(emu, 'Thi đua');
    const line = (unit: string, target: string) => e.find((r) => r[0] === unit && r[2] === target) ?? [];
    expect(line('CAT', 'T01')[7]).toBe(130);
    expect(line('CAT', 'T01')[11]).toBe('báo cáo quý');
    expect(line('PA03', 'T02')[7]).toBe(4);
    expect(line('PA03', 'T02')[11]).toBe('');
  });
});
