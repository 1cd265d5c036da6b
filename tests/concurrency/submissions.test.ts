// Ten clerks, fifty progress submissions, interleaved at every lock boundary the emulator exposes (before
// the document lock is taken, while it is held, after it is released). Two clerks share each unit, and in
// some rounds both open the same milestone at once. Every submission must end recorded (with its audit
// lines) or refused as stale with a message; nothing is overwritten silently; the Audit log has exactly one
// line per accepted change.
import { Emulator, ServerError, type LockBoundaryEvent } from '../../tools/emulator';
import { benchTables, buildWorkbook, readTable, rowsWhere, tablesWorkbook } from '../support/workbooks';
import { AUDIT } from '../../src/core/record-sheets';
import { PROGRESS, UNITS } from '../../src/core/schema';
import { STATUS, type Status } from '../../src/core/fixed-lists';
import { ADMIN, SMALL, TODAY } from '../support/small-tracker';
import { BUNDLE } from '../support/bundle';

const UNITS_SHARED = ['DB0001-01', 'DB0001-02', 'DB0001-03', 'DB0001-04', 'DB0001-05'];
/** Clerk 2i and 2i+1 both keep unit i. */
const CLERKS = Array.from({ length: 10 }, (_, i) => `clerk${String(i + 1).padStart(2, '0')}@example.org`);
const unitOf = (clerk: number) => UNITS_SHARED[Math.floor(clerk / 2)]!;
const PHASES: LockBoundaryEvent['phase'][] = ['before-acquire', 'acquired', 'released'];
/** Milestones without requirements, so every status may be submitted. */
const MILESTONES = ['M02', 'M03', 'M06'];

function workbook(): Emulator {
  const tables = benchTables(SMALL);
  const units = tables.find((t) => t.sheet === 'units')!;
  const editors = units.header.indexOf(UNITS.columns.find((c) => c.key === 'editors')!.vi);
  for (const row of units.rows) {
    const i = UNITS_SHARED.indexOf(String(row[0]));
    if (i >= 0) row[editors] = `${CLERKS[2 * i]}, ${CLERKS[2 * i + 1]}`;
  }
  const input = tablesWorkbook(tables, 'vi');
  const emu = Emulator.create({
    code: BUNDLE,
    today: TODAY,
    user: { email: ADMIN, locale: 'vi' },
    workbook: (env) => buildWorkbook(env, input),
  });
  emu.run('menuRefresh');
  return emu;
}

interface Submission {
  n: number;
  clerk: number;
  unitId: string;
  milestoneId: string;
  status: Status;
  completedOn: string;
  evidence: string;
  note: string;
  version: string;
  /** The row as the clerk's form showed it when the submission was made. */
  base: RowView;
}

interface RowView {
  milestoneId: string;
  version: string;
  status: Status | null;
  completedOn: string | null;
  evidence: string;
  note: string;
  updatedBy: string;
}

/** What a row holds (user columns and who stamped it), to recognise the state a form was loaded from. */
function content(row: Pick<RowView, 'status' | 'completedOn' | 'evidence' | 'note' | 'updatedBy'>): string {
  return JSON.stringify([row.status ?? '', row.completedOn ?? '', row.evidence, row.note, row.updatedBy]);
}

type Answer =
  | { ok: true; value: { row: RowView; changes: number } }
  | { ok: false; error: { code: string; message: string; stale?: { by: string; at: string } } };

function formRow(emu: Emulator, clerk: number, unitId: string, milestoneId: string): RowView {
  const answer = emu.asUser({ email: CLERKS[clerk]! }, () => emu.callServer('unitMilestones', unitId)) as {
    ok: boolean;
    value: { rows: RowView[] };
  };
  if (!answer.ok) throw new Error(`${CLERKS[clerk]} cannot load ${unitId}: ${JSON.stringify(answer)}`);
  const row = answer.value.rows.find((r) => r.milestoneId === milestoneId);
  if (!row) throw new Error(`no ${milestoneId} for ${unitId}`);
  return row;
}

function submit(emu: Emulator, s: Submission): Answer {
  const payload = {
    unitId: s.unitId,
    milestoneId: s.milestoneId,
    status: s.status,
    completedOn: s.completedOn,
    evidence: s.evidence,
    note: s.note,
    version: s.version,
  };
  try {
    return emu.asUser({ email: CLERKS[s.clerk]! }, () => emu.callServer('submitProgress', payload)) as Answer;
  } catch (error) {
    if (error instanceof ServerError) return { ok: false, error: { code: 'threw', message: error.message } };
    throw error;
  }
}

/** Round r: every clerk opens a milestone of their unit; in even rounds both clerks of a unit open the same one. */
function round(emu: Emulator, r: number, first: number): Submission[] {
  const statuses: Status[] = ['inProgress', 'awaiting', 'done', 'notApplicable', 'inProgress'];
  return CLERKS.map((_, clerk) => {
    const unitId = unitOf(clerk);
    const milestoneId = MILESTONES[(r + (r % 2 === 0 ? 0 : clerk % 2)) % MILESTONES.length]!;
    const status = statuses[(r + clerk) % statuses.length]!;
    const row = formRow(emu, clerk, unitId, milestoneId);
    return {
      n: first + clerk,
      clerk,
      unitId,
      milestoneId,
      status,
      completedOn: status === 'done' ? `2020-0${1 + ((r + clerk) % 4)}-1${clerk % 10}` : '',
      evidence: `https://example.org/${unitId}/${milestoneId}/${r}`,
      note: `Vòng ${r}, ${CLERKS[clerk]}`,
      version: row.version,
      base: row,
    };
  });
}

interface Outcome {
  s: Submission;
  answer: Answer;
  /** Attempts refused as busy (the lock held by another submission) before the final answer. */
  busy: number;
  phase: string;
}

/**
 * Runs the round's submissions in pairs: the second of each pair runs inside the first, at the lock
 * boundary `phase`. A submission refused as busy is submitted again once the other has finished, as the
 * clerk would.
 */
function runRound(emu: Emulator, subs: Submission[], phaseOffset: number): Outcome[] {
  const out: Outcome[] = [];
  for (let i = 0; i < subs.length; i += 2) {
    const outer = subs[i]!;
    const inner = subs[i + 1]!;
    const phase = PHASES[(phaseOffset + i / 2) % PHASES.length]!;
    let innerAnswer: Answer | undefined;
    emu.onLockBoundary((event) => {
      if (event.depth !== 0 || event.phase !== phase || innerAnswer) return;
      innerAnswer = submit(emu, inner);
    });
    const outerAnswer = submit(emu, outer);
    emu.onLockBoundary(null);
    const settle = (s: Submission, first: Answer | undefined): Outcome => {
      let answer = first ?? submit(emu, s);
      let busy = 0;
      while (!answer.ok && answer.error.code === 'busy' && busy < 3) {
        busy++;
        answer = submit(emu, s);
      }
      return { s, answer, busy, phase };
    };
    out.push(settle(outer, outerAnswer), settle(inner, innerAnswer));
  }
  return out;
}

const label = (status: Status | null) => (status ? STATUS[status].vi : '');

test('50 interleaved submissions by 10 clerks: each recorded or refused as stale, none overwritten silently, one audit line per change', () => {
  const emu = workbook();
  const initial = new Map<string, RowView>();
  for (const unitId of UNITS_SHARED)
    for (const m of MILESTONES)
      initial.set(`${unitId}/${m}`, formRow(emu, UNITS_SHARED.indexOf(unitId) * 2, unitId, m));

  const outcomes: Outcome[] = [];
  for (let r = 0; r < 5; r++) outcomes.push(...runRound(emu, round(emu, r, r * 10), r));
  expect(outcomes).toHaveLength(50);

  // Every submission either recorded or refused as stale, with a message naming who changed the row.
  const unexpected = outcomes
    .filter((o) => !o.answer.ok && o.answer.error.code !== 'stale')
    .map((o) => `#${o.s.n} ${JSON.stringify(o.answer)}`);
  expect(unexpected).toEqual([]);
  for (const o of outcomes) {
    if (o.answer.ok) continue;
    expect(o.answer.error.message).toMatch(/.+ đã cập nhật dòng này lúc /);
    expect(CLERKS).toContain(o.answer.error.stale?.by);
  }
  const accepted = outcomes.filter((o) => o.answer.ok);
  const stale = outcomes.filter((o) => !o.answer.ok);
  // The schedule makes both kinds happen, and busy retries at the 'acquired' boundary.
  expect(accepted.length).toBeGreaterThan(20);
  expect(stale.length).toBeGreaterThan(5);
  expect(outcomes.some((o) => o.busy > 0)).toBe(true);

  // Per row, the accepted submissions form one chain from the initial row: each was made from a form showing
  // the row as the previous accepted one left it. One outside the chain overwrote silently.
  const progress = readTable(emu, PROGRESS)!;
  const audit = readTable(emu, AUDIT)!;
  const auditRows = audit.values.slice(audit.headerRow + 1).filter((row) => row.some((v) => v !== ''));
  const col = (key: string) => progress.columns[key]!;
  for (const [key, start] of initial) {
    const [unitId, milestoneId] = key.split('/') as [string, string];
    const mine = accepted.filter((o) => o.s.unitId === unitId && o.s.milestoneId === milestoneId);
    let current = start;
    let expectedLines = 0;
    const chain: Outcome[] = [];
    const left = [...mine];
    for (;;) {
      const next = left.findIndex((o) => content(o.s.base) === content(current));
      if (next < 0) break;
      const o = left.splice(next, 1)[0]!;
      const after = { ...(o.answer as Extract<Answer, { ok: true }>).value.row, updatedBy: CLERKS[o.s.clerk]! };
      const changed = (['status', 'completedOn', 'evidence', 'note'] as const).filter(
        (f) => (current[f] ?? '') !== (after[f] ?? ''),
      ).length;
      expect((o.answer as Extract<Answer, { ok: true }>).value.changes).toBe(changed);
      expectedLines += changed;
      chain.push(o);
      current = after;
    }
    expect({ row: key, outsideTheChain: left.map((o) => o.s.n) }).toEqual({ row: key, outsideTheChain: [] });

    // The sheet holds the last accepted submission, stamped with its clerk.
    const r = rowsWhere(progress, { unitId, milestoneId })[0]!;
    const cells = progress.values[r]!;
    const last = chain[chain.length - 1];
    expect(cells[col('status')] ?? '').toBe(label(current.status));
    expect(cells[col('evidence')] ?? '').toBe(current.evidence);
    expect(cells[col('note')] ?? '').toBe(current.note);
    if (last) expect(cells[col('updatedBy')]).toBe(CLERKS[last.s.clerk]);
    // The version the last answer carried is the one the form now loads (else a second save would be refused).
    if (last)
      expect({ row: key, version: (last.answer as Extract<Answer, { ok: true }>).value.row.version }).toEqual({
        row: key,
        version: formRow(emu, last.s.clerk, unitId, milestoneId).version,
      });

    // One audit line per accepted change of this row.
    const lines = auditRows.filter((row) => String(row[audit.columns.key!]) === `${unitId} / ${milestoneId}`);
    expect({ row: key, lines: lines.length }).toEqual({ row: key, lines: expectedLines });
  }
});

test('the row a submission answers with carries the version the form then loads, so a second save from the same form is not refused', () => {
  const emu = workbook();
  // Not on a whole minute, as after a wait for the lock: the stamp's seconds must not make versions differ.
  emu.advance(12_345);
  const before = formRow(emu, 0, UNITS_SHARED[0]!, 'M02');
  const s: Submission = {
    n: 0,
    clerk: 0,
    unitId: UNITS_SHARED[0]!,
    milestoneId: 'M02',
    status: 'inProgress',
    completedOn: '',
    evidence: '',
    note: 'lần 1',
    version: before.version,
    base: before,
  };
  const first = submit(emu, s);
  if (!first.ok) throw new Error(JSON.stringify(first));
  expect(first.value.row.version).toBe(formRow(emu, 0, s.unitId, s.milestoneId).version);
  const second = submit(emu, { ...s, note: 'lần 2', version: first.value.row.version });
  expect(second.ok).toBe(true);
});
