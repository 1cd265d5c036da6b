// Sidebar logic without a browser: form state, payloads, display formats, escaping and the server wrapper.
import type { MilestoneRow, ResultSubmission, TargetRow } from '../../src/shared/api';
import {
  clientCheck,
  draftFromRow,
  isDirty,
  openRequirements,
  payloadOf,
  statusColor,
  withStatus,
} from '../../src/client/progress/state';
import * as emulation from '../../src/client/emulation/state';
import { resultForTarget } from '../../src/shared/percent';
import { escapeHtml } from '../../src/client/lib/escape';
import { formatDate, formatDateTime, formatNumber } from '../../src/client/lib/format';
import { cleanFailureMessage, createCaller, ServerError, type ScriptRunner } from '../../src/client/lib/server';

const row: MilestoneRow = {
  milestoneId: 'M07',
  task: 'Tổ chức đại hội',
  deadline: '2020-06-20',
  status: null,
  completedOn: null,
  standing: 'dueSoon',
  standingLabel: 'Sắp đến hạn',
  standingColor: '#fce8b2',
  evidence: '',
  note: '',
  requires: [
    { milestoneId: 'M06', task: 'Báo cáo cấp trên', done: false },
    { milestoneId: 'M03', task: 'Đề án nhân sự', done: true },
  ],
  updatedBy: '',
  updatedAt: '',
  version: 'v1',
};
const today = '2020-06-15';

describe('progress form state', () => {
  test('a blank status reads as Chưa thực hiện with no date', () => {
    expect(draftFromRow(row)).toEqual({ status: 'notStarted', completedOn: '', evidence: '', note: '' });
  });

  test('choosing Hoàn thành fills today; another status clears the date', () => {
    const done = withStatus(draftFromRow(row), 'done', today);
    expect(done.completedOn).toBe('2020-06-15');
    const keep = withStatus({ ...done, completedOn: '2020-06-01' }, 'done', today);
    expect(keep.completedOn).toBe('2020-06-01');
    expect(withStatus(done, 'inProgress', today).completedOn).toBe('');
  });

  test('a done row keeps its completion date when loaded', () => {
    expect(draftFromRow({ ...row, status: 'done', completedOn: '2020-06-02' }).completedOn).toBe('2020-06-02');
  });

  test('the payload carries the row key and version, never a row number', () => {
    const draft = withStatus({ ...draftFromRow(row), note: 'xong' }, 'done', today);
    expect(payloadOf('PA03', row, draft)).toEqual({
      unitId: 'PA03',
      milestoneId: 'M07',
      status: 'done',
      completedOn: '2020-06-15',
      evidence: '',
      note: 'xong',
      version: 'v1',
    });
  });

  test('dirty only when something changed (spaces around text do not count)', () => {
    expect(isDirty(row, draftFromRow(row))).toBe(false);
    expect(isDirty(row, { ...draftFromRow(row), note: '  ' })).toBe(false);
    expect(isDirty(row, { ...draftFromRow(row), note: 'a' })).toBe(true);
    expect(isDirty(row, withStatus(draftFromRow(row), 'inProgress', today))).toBe(true);
  });

  test('client check gives the server’s message for a future date', () => {
    const draft = { status: 'done' as const, completedOn: '2020-07-01', evidence: '', note: '' };
    expect(clientCheck('en', payloadOf('PA03', row, draft), today)).toEqual({
      code: 'invalid',
      field: 'completedOn',
      message: 'The completion date 2020-07-01 is after today (2020-06-15).',
    });
    expect(clientCheck('en', payloadOf('PA03', row, { ...draft, completedOn: today }), today)).toBeNull();
  });

  test('open requirements are the ones not done', () => {
    expect(openRequirements(row).map((r) => r.milestoneId)).toEqual(['M06']);
  });
});

test('a status awaiting the superior is blue in the sidebar as in the sheet (#c9daf8); the others have no colour', () => {
  expect(statusColor('awaiting')).toBe('#c9daf8');
  for (const s of ['notStarted', 'inProgress', 'done', 'notApplicable', null] as const)
    expect(statusColor(s)).toBeNull();
});

describe('emulation form state', () => {
  const target: TargetRow = {
    targetId: 'T01',
    name: 'Mô hình phòng chống tội phạm',
    measure: 'mô hình',
    direction: 'atLeast',
    targetValue: 100,
    result: 1103,
    rating: 'exceeded',
    ratingLabel: 'Vượt',
    ratingColor: '#b7e1cd',
    dueDate: null,
    note: '',
    updatedBy: '',
    updatedAt: '',
    version: 'v9',
  };
  test('the previous result is shown in the user’s convention', () => {
    expect(emulation.draftFromTarget(target, 'vi').result).toBe('1.103');
    expect(emulation.draftFromTarget(target, 'en').result).toBe('1,103');
  });
  test('unchanged when the typed number equals the stored one, whatever the convention', () => {
    expect(emulation.isDirty(target, { result: '1.103', note: '' }, 'vi')).toBe(false);
    expect(emulation.isDirty(target, { result: '1103', note: '' }, 'vi')).toBe(false);
    expect(emulation.isDirty(target, { result: '5,62', note: '' }, 'vi')).toBe(true);
  });
  test('payload and client check', () => {
    const payload = emulation.payloadOf('PA03', target, { result: '5,62', note: 'n' });
    expect(payload).toEqual({ unitId: 'PA03', targetId: 'T01', result: '5,62', note: 'n', version: 'v9' });
    expect(emulation.clientCheck('vi', payload)).toEqual({ value: 5.62 });
    expect(emulation.clientCheck('vi', { ...payload, result: 'nhiều' })).toEqual({
      error: {
        code: 'invalid',
        field: 'result',
        message: 'Kết quả “nhiều” không phải là số. Viết ví dụ 1.103 (một nghìn một trăm linh ba) hoặc 5,62.',
      },
    });
  });
});

describe('emulation figures of a share (measure %, kept as a fraction: 0.9 is 90%)', () => {
  const share = { measure: '%', targetValue: 0.9, result: 0.97 };
  test('are shown and prefilled as percentages, never as “0.9 %”', () => {
    expect(emulation.formatWithMeasure(share, 0.9, 'vi')).toBe('90%');
    expect(emulation.formatFigure(share, 0.998, 'vi')).toBe('99,8%');
    expect(emulation.formatFigure(share, 0.998, 'en')).toBe('99.8%');
    expect(emulation.formatFigure(share, null, 'en')).toBe('');
    const row: TargetRow = { ...emulationTarget(), ...share };
    expect(emulation.draftFromTarget(row, 'vi').result).toBe('97%');
    expect(emulation.isDirty(row, { result: '97%', note: '' }, 'vi')).toBe(false);
    expect(emulation.isDirty(row, { result: '98%', note: '' }, 'en')).toBe(true);
  });
  test('a % target written as a whole number, and any other measure, are shown as they are', () => {
    expect(emulation.isPercentTarget({ measure: '%', targetValue: 90, result: 97 })).toBe(false);
    expect(emulation.formatWithMeasure({ measure: '%', targetValue: 90, result: 97 }, 90, 'vi')).toBe('90 %');
    expect(emulation.formatWithMeasure({ measure: 'mô hình', targetValue: 0.5, result: null }, 1103, 'vi')).toBe(
      '1.103 mô hình',
    );
    expect(emulation.isPercentTarget({ measure: ' % ', targetValue: null, result: null })).toBe(true);
  });
});

describe('a result typed for a percentage target', () => {
  const row = (): TargetRow => ({ ...emulationTarget(), targetValue: 0.9, result: null });
  const typed = (result: string): ResultSubmission => ({
    unitId: 'PA03',
    targetId: 'CT05',
    result,
    note: '',
    version: 'v1',
  });
  test('a bare number is a percentage: 95 is 95 %, stored 0.95, in both conventions', () => {
    expect(emulation.clientCheck('vi', typed('95'), {}, true)).toEqual({ value: 0.95 });
    expect(emulation.clientCheck('vi', typed('99,8'), {}, true)).toEqual({ value: 0.998 });
    expect(emulation.clientCheck('en', typed('99.8'), {}, true)).toEqual({ value: 0.998 });
    expect(emulation.clientCheck('vi', typed('95%'), {}, true)).toEqual({ value: 0.95 });
    expect(emulation.isDirty({ ...row(), result: 0.95 }, { result: '95', note: '' }, 'vi')).toBe(false);
  });
  test('on any other target a bare number is the number itself', () => {
    expect(emulation.clientCheck('vi', typed('95'), {}, false)).toEqual({ value: 95 });
    expect(emulation.clientCheck('vi', typed('95'))).toEqual({ value: 95 });
  });
  test('the server reads a submission the same way', () => {
    expect(resultForTarget('95', 95, true)).toBe(0.95);
    expect(resultForTarget('95%', 0.95, true)).toBe(0.95);
    expect(resultForTarget(95, 95, true)).toBe(95);
    expect(resultForTarget('', null, true)).toBeNull();
    expect(resultForTarget('95', 95, false)).toBe(95);
  });
  test('over 100 % on a percentage target, or over ten times the target otherwise, is implausible', () => {
    expect(emulation.isImplausible(row(), 1)).toBe(false);
    expect(emulation.isImplausible(row(), 1.01)).toBe(true);
    expect(emulation.isImplausible(row(), null)).toBe(false);
    const count = { measure: 'mô hình', targetValue: 100, result: null };
    expect(emulation.isImplausible(count, 1000)).toBe(false);
    expect(emulation.isImplausible(count, 1001)).toBe(true);
    expect(emulation.isImplausible({ ...count, targetValue: null }, 1e6)).toBe(false);
  });
});

function emulationTarget(): TargetRow {
  return {
    targetId: 'CT05',
    name: 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ',
    measure: '%',
    direction: 'atLeast',
    targetValue: 0.9,
    result: 0.97,
    rating: 'exceeded',
    ratingLabel: 'Vượt',
    ratingColor: '#b7e1cd',
    dueDate: null,
    note: '',
    updatedBy: '',
    updatedAt: '',
    version: 'v1',
  };
}

describe('display formats', () => {
  test('dates', () => {
    expect(formatDate('2020-06-30', 'vi')).toBe('30/06/2020');
    expect(formatDate('2020-06-30', 'en')).toBe('30 Jun 2020');
    expect(formatDate(null, 'vi')).toBe('');
    expect(formatDateTime('2020-06-30 09:05', 'vi')).toBe('30/06/2020 09:05');
  });
  test('numbers', () => {
    expect(formatNumber(1103, 'vi')).toBe('1.103');
    expect(formatNumber(5.62, 'vi')).toBe('5,62');
    expect(formatNumber(1103.5, 'en')).toBe('1,103.5');
    expect(formatNumber(null, 'en')).toBe('');
  });
});

test('escapeHtml turns markup into text', () => {
  expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  expect(escapeHtml(null)).toBe('');
});

/** A google.script.run stand-in that answers each endpoint with a canned outcome or failure. */
function fakeRunner(answer: (name: string, args: unknown[]) => { result?: unknown; failure?: Error }): {
  runner: () => ScriptRunner;
  calls: [string, unknown[]][];
} {
  const calls: [string, unknown[]][] = [];
  const runner = (): ScriptRunner => {
    let ok: (r: unknown) => void = () => {};
    let ko: (e: Error) => void = () => {};
    const target: Record<string, unknown> = {
      withSuccessHandler(h: (r: unknown) => void) {
        ok = h;
        return proxy;
      },
      withFailureHandler(h: (e: Error) => void) {
        ko = h;
        return proxy;
      },
    };
    const proxy = new Proxy(target, {
      get(t, name: string) {
        if (name in t) return t[name];
        return (...args: unknown[]) => {
          calls.push([name, args]);
          const a = answer(name, args);
          setTimeout(() => (a.failure ? ko(a.failure) : ok(a.result)), 0);
        };
      },
    }) as unknown as ScriptRunner;
    return proxy;
  };
  return { runner, calls };
}

describe('server wrapper', () => {
  test('resolves with the value of an ok outcome and passes the arguments', async () => {
    const { runner, calls } = fakeRunner(() => ({ result: { ok: true, value: { unit: { id: 'PA03' }, rows: [] } } }));
    const call = createCaller(runner);
    await expect(call('unitMilestones', 'PA03')).resolves.toEqual({ unit: { id: 'PA03' }, rows: [] });
    expect(calls).toEqual([['unitMilestones', ['PA03']]]);
  });

  test('rejects with a ServerError carrying the refusal', async () => {
    const stale = {
      code: 'stale',
      message: 'b@x đã cập nhật dòng này lúc 15/06/2020 09:05.',
      stale: { by: 'b@x', at: '2020-06-15 09:05' },
    };
    const call = createCaller(fakeRunner(() => ({ result: { ok: false, error: stale } })).runner);
    const error = await call('progressForm').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).message).toBe(stale.message);
    expect((error as ServerError).code).toBe('stale');
    expect((error as ServerError).stale).toEqual(stale.stale);
  });

  test('a thrown server error rejects with its message, without the Apps Script prefix', async () => {
    const call = createCaller(
      fakeRunner(() => ({ failure: new Error('Exception: Service Spreadsheets failed') })).runner,
    );
    await expect(call('progressForm')).rejects.toMatchObject({
      code: 'internal',
      message: 'Service Spreadsheets failed',
    });
  });

  test('an answer that is not an outcome (a Date turned into null) is an error, not a silent success', async () => {
    const call = createCaller(fakeRunner(() => ({ result: null })).runner);
    await expect(call('emulationForm')).rejects.toMatchObject({ code: 'internal' });
  });

  test('cleanFailureMessage', () => {
    expect(cleanFailureMessage(new Error('Error: x'))).toBe('x');
    expect(cleanFailureMessage('TypeError: y')).toBe('y');
    expect(cleanFailureMessage(new Error('Lock timeout'))).toBe('Lock timeout');
  });
});
