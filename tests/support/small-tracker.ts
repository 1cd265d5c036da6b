// Small starting states for the fault-injection and concurrency suites: a ten-unit organisation with the
// template milestones and the sample targets, refreshed once, with some statuses entered by hand.
import { Emulator } from '../../tools/emulator';
import { PROGRESS, UNITS } from '../../src/core/schema';
import { BUNDLE } from './bundle';
import {
  BENCH_ADMIN,
  BENCH_TODAY,
  benchTables,
  buildWorkbook,
  cellOf,
  readTable,
  rowsWhere,
  tablesWorkbook,
  type WorkbookInput,
} from './workbooks';

export const TODAY = BENCH_TODAY;
export const ADMIN = BENCH_ADMIN;
/** root; grassroots committee DB0001 with cells DB0001-01…07; grassroots cells CB0001…CB0003 */
export const SMALL = 12;

export function smallInput(): WorkbookInput {
  return tablesWorkbook(benchTables(SMALL), 'vi');
}

export function emulator(input: WorkbookInput = smallInput(), email = ADMIN): Emulator {
  return Emulator.create({
    code: BUNDLE,
    today: TODAY,
    user: { email, locale: 'vi' },
    workbook: (env) => buildWorkbook(env, input),
  });
}

/** Throws when a trigger fired by the edit failed or validation refused the input. */
export function edit(emu: Emulator, sheet: string, a1: string, typed: string): void {
  const outcome = emu.edit(sheet, a1, typed);
  if (outcome.rejected) throw new Error(`${sheet}!${a1} ← ${typed}: rejected (${outcome.rejected})`);
  const failed = outcome.fired.find((f) => f.error);
  if (failed) throw new Error(`${failed.functionName}: ${failed.error}`);
}

/** Types into a cell without firing anything (restoring a cell before a trigger is re-fired). */
export function typeSilently(emu: Emulator, sheet: string, a1: string, typed: string): void {
  const outcome = emu.backend.typeInto(sheet, a1, typed);
  if (!outcome.ok) throw new Error(`${sheet}!${a1} ← ${typed}: ${outcome.rejection}`);
}

export function progressCell(
  emu: Emulator,
  unitId: string,
  milestoneId: string,
  key: string,
): { sheet: string; a1: string } {
  const table = readTable(emu, PROGRESS);
  if (!table) throw new Error('no Progress sheet');
  const row = rowsWhere(table, { unitId, milestoneId })[0];
  if (row === undefined) throw new Error(`no Progress row for ${unitId} ${milestoneId}`);
  return { sheet: table.name, a1: cellOf(table, row, key) };
}

export function unitCell(emu: Emulator, unitId: string, key: string): { sheet: string; a1: string; row0: number } {
  const table = readTable(emu, UNITS);
  if (!table) throw new Error('no Units sheet');
  const row = rowsWhere(table, { unitId })[0];
  if (row === undefined) throw new Error(`no Units row for ${unitId}`);
  return { sheet: table.name, a1: cellOf(table, row, key), row0: row };
}

export function run(emu: Emulator, fn: string, ...args: unknown[]): unknown {
  return emu.run(fn, ...args);
}

/** A submission's answer, thrown when it is not ok (for setting up states). */
export function ok<T>(value: unknown): T {
  const o = value as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!o || !o.ok) throw new Error(`refused: ${o?.error?.code} ${o?.error?.message}`);
  return o.value as T;
}

export interface MilestoneRowView {
  milestoneId: string;
  version: string;
  status: string | null;
}

export function milestoneVersion(emu: Emulator, unitId: string, milestoneId: string): string {
  const rows = ok<{ rows: MilestoneRowView[] }>(emu.callServer('unitMilestones', unitId)).rows;
  const row = rows.find((r) => r.milestoneId === milestoneId);
  if (!row) throw new Error(`no ${milestoneId} in the form of ${unitId}`);
  return row.version;
}

/**
 * The refreshed small organisation with hand-entered progress: M03 done for the committee's first two
 * cells, M02 in progress for the grassroots cell.
 */
export function refreshedWithProgress(): Emulator {
  const emu = emulator();
  run(emu, 'menuRefresh');
  for (const unitId of ['DB0001-01', 'DB0001-02']) {
    const status = progressCell(emu, unitId, 'M03', 'status');
    edit(emu, status.sheet, status.a1, 'Hoàn thành');
    const done = progressCell(emu, unitId, 'M03', 'completedOn');
    edit(emu, done.sheet, done.a1, '10/02/2020');
  }
  const status = progressCell(emu, 'CB0001', 'M02', 'status');
  edit(emu, status.sheet, status.a1, 'Đang thực hiện');
  return emu;
}
