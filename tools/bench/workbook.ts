// Building emulated workbooks from tables: the benchmark's generated organisations, the fault and
// concurrency tests' small workbooks and the hostile-input corpus all go through here, so every test
// starts from a document built the same way (no binary fixtures).
import { Emulator, type EmulatorOptions } from '../emulator';
import type { EmulatorEnv } from '../emulator/env';
import { Workbook } from '../emulator/spreadsheet';
import { instantFromSerial } from '../emulator/spreadsheet/time';
import type { SampleCell, SampleTable } from '../../src/core/sample';
import { SHEETS } from '../../src/core/sheets';
import type { Lang } from '../../src/core/schema';

/**
 * One cell as a test writes it:
 * - a string is stored as that exact text (never parsed: '1.103' stays text, '=1+1' stays text);
 * - numbers and booleans as themselves; null blank;
 * - { date } a real date value (midnight in the spreadsheet's time zone);
 * - { typed } as if a user typed it (the locale decides numbers and dates, '=' makes a formula);
 * - { formula } a formula.
 */
export type CellInput = string | number | boolean | null | { date: string } | { typed: string } | { formula: string };

export interface SheetInput {
  name: string;
  rows: CellInput[][];
}

export interface WorkbookInput {
  sheets: SheetInput[];
  /** Spreadsheet locale; default vi_VN. */
  locale?: string;
  timeZone?: string;
}

/** Spare rows and columns beyond the data, as a real sheet has. */
const SPARE_ROWS = 100;
const MIN_COLUMNS = 26;

function serialOfIso(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function toValue(cell: CellInput, timeZone: string): unknown {
  if (cell === null || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') return cell === '' ? null : `'${cell}`;
  if ('date' in cell) return new Date(instantFromSerial(serialOfIso(cell.date), timeZone));
  if ('typed' in cell) return cell.typed;
  return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
}

/** A Workbook model holding the given sheets (the first one active). */
export function buildWorkbook(env: EmulatorEnv, input: WorkbookInput): Workbook {
  const timeZone = input.timeZone ?? env.scriptTimeZone;
  const wb = new Workbook({ env, timeZone, locale: input.locale ?? 'vi_VN', sheetNames: [] });
  for (const sheet of input.sheets) {
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    const model = wb.addSheet(sheet.name, undefined, sheet.rows.length + SPARE_ROWS, Math.max(MIN_COLUMNS, width));
    if (sheet.rows.length === 0) continue;
    const grid = sheet.rows.map((row) => Array.from({ length: width }, (_, j) => toValue(row[j] ?? null, timeZone)));
    wb.writeValues(model, 0, 0, grid);
  }
  if (wb.sheets.length === 0) wb.addSheet('Sheet1');
  return wb;
}

/** The cells of a sample-shaped table: ISO dates in date columns become dates, everything else as is. */
export function tableSheet(table: SampleTable, lang: Lang, name?: string): SheetInput {
  const def = SHEETS.find((s) => s.id === table.sheet);
  if (!def) throw new Error(`unknown sheet ${table.sheet}`);
  const kinds = table.header.map((h) => def.columns.find((c) => c[lang] === h)?.kind);
  const cell = (value: SampleCell, j: number): CellInput => {
    if (typeof value === 'string' && kinds[j] === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value };
    return value;
  };
  return { name: name ?? def[lang], rows: [table.header, ...table.rows.map((row) => row.map(cell))] };
}

export function tablesWorkbook(tables: readonly SampleTable[], lang: Lang): WorkbookInput {
  return { sheets: tables.map((t) => tableSheet(t, lang)), locale: lang === 'vi' ? 'vi_VN' : 'en_US' };
}

export interface EmulatorFor extends Omit<EmulatorOptions, 'workbook' | 'backend' | 'today'> {
  today: string;
}

/** An emulator over a workbook built from `input`. */
export function emulatorFor(input: WorkbookInput, options: EmulatorFor): Emulator {
  return Emulator.create({ ...options, workbook: (env) => buildWorkbook(env, input) });
}
