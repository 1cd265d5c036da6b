// People at the keyboard while an execution runs. The document lock orders the add-on's own executions; it
// does not stop a person typing, sorting, inserting or deleting rows in the middle of one (docs/workbook.md §8.3). This
// module schedules such an act right after a chosen service call of the execution(s) to come: the k-th
// counted call from now, or the first call matching a predicate (e.g. "the getValues that reads Tiến độ").
// A person acts on the document itself, outside the execution: nothing they do is counted, refused by the
// execution's AuthMode or made to fail, and no trigger fires (their on-edit trigger would run as an execution
// of its own after this one; call `emu.edit` afterwards to model it). See the emulator README.
import type { Emulator } from './index';
import type { ObservedCall } from './services/accounting';
import { isCounted } from './services/accounting';
import type { SheetModel, Workbook } from './spreadsheet/workbook';

/** A counted service call as a schedule sees it: the call, its 1-based index from the schedule, its sheet. */
export interface PersonCall extends ObservedCall {
  index: number;
  /** Name of the sheet the call was made on (Range, Sheet, RangeList of one sheet), else undefined. */
  sheet: string | undefined;
}

/** When a person acts: after the k-th counted call from now (1-based), or after the first matching call. */
export type CallPoint = number | ((call: PersonCall) => boolean);

export interface SortOptions {
  /** 1-based sheet column to sort by. */
  column: number;
  ascending?: boolean;
}

/** What a person can do to the document between two service calls of an execution. */
export class Person {
  constructor(private readonly wb: Workbook) {}

  /** Types into one cell as in the Sheets UI (data validation may reject it: then nothing changes). */
  type(sheet: string, a1: string, text: string): { ok: boolean } {
    return { ok: this.wb.typeInto(sheet, a1, text).ok };
  }

  /** Inserts rows above a 1-based row (Insert › Rows above): they take the formats of the row above. */
  insertRowsAbove(sheet: string, row: number, count = 1): void {
    const s = this.wb.requireSheet(sheet);
    this.wb.insertRows(s, row - 1, count, row >= 2 ? row - 2 : undefined);
  }

  /** Deletes rows from a 1-based row (Delete rows). */
  deleteRows(sheet: string, row: number, count = 1): void {
    this.wb.deleteRows(this.wb.requireSheet(sheet), row - 1, count);
  }

  /**
   * Sorts whole rows `firstRow`..`lastRow` (1-based, inclusive) by one column, as Data › Sort range over the
   * full width: blanks last, numbers before text, text case-insensitively; equal rows keep their order.
   * Formulas travel with their row and keep pointing at the cells of their own row.
   */
  sortRows(sheet: string, firstRow: number, lastRow: number, options: SortOptions): void {
    const s = this.wb.requireSheet(sheet);
    const start = firstRow - 1;
    const count = lastRow - firstRow + 1;
    const key = (i: number): unknown => this.wb.readValues(s, start + i, options.column - 1, 1, 1)[0]?.[0] ?? '';
    const keys = Array.from({ length: count }, (_, i) => key(i));
    const sign = options.ascending === false ? -1 : 1;
    const wanted = keys
      .map((k, i) => ({ k, i }))
      .sort((a, b) => compareForSort(a.k, b.k, sign) || a.i - b.i)
      .map((x) => x.i);
    moveRowsInto(this.wb, s, start, wanted);
  }

  /** Format › Clear formatting over an A1 range of one sheet (number formats, colours, fonts). */
  clearFormatting(sheet: string, a1: string): void {
    const s = this.wb.requireSheet(sheet);
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(a1.trim());
    if (!m) throw new Error(`Expected an A1 range like A2:M40, got '${a1}'`);
    const [c0, r0, c1, r1] = [columnIndex(m[1] ?? 'A'), Number(m[2]) - 1, columnIndex(m[3] ?? 'A'), Number(m[4]) - 1];
    this.wb.updateFormats(s, r0, c0, r1 - r0 + 1, c1 - c0 + 1, () => undefined);
    this.wb.retypeNumbers(s, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }
}

/**
 * The people around one emulator: `after(point, act)` makes `act` happen right after that service call;
 * each scheduled act happens once. Schedules survive from one execution to the next until they happen.
 */
export class People {
  private readonly person: Person;
  private schedule: { point: CallPoint; act: (person: Person) => void; counted: number }[] = [];
  private remove: (() => void) | null = null;

  constructor(private readonly emu: Emulator) {
    this.person = new Person(emu.workbook);
  }

  after(point: CallPoint, act: (person: Person) => void): this {
    if (typeof point === 'number' && (!Number.isInteger(point) || point < 1))
      throw new Error(`after expects a positive call index, got ${point}`);
    this.schedule.push({ point, act, counted: 0 });
    this.remove ??= this.emu.addCallObserver((call) => this.observe(call));
    return this;
  }

  /** Acts scheduled but not yet happened. */
  get pending(): number {
    return this.schedule.length;
  }

  /** Cancels every act still scheduled. */
  stop(): void {
    this.schedule = [];
    this.remove?.();
    this.remove = null;
  }

  private observe(call: ObservedCall): void {
    if (!isCounted(call.className, call.method)) return;
    const due: ((person: Person) => void)[] = [];
    let sheet: string | undefined | null = null;
    this.schedule = this.schedule.filter((entry) => {
      entry.counted += 1;
      let hit: boolean;
      if (typeof entry.point === 'number') hit = entry.counted === entry.point;
      else {
        sheet ??= sheetNameOf(call.target);
        hit = entry.point({ ...call, index: entry.counted, sheet });
      }
      if (hit) due.push(entry.act);
      return !hit;
    });
    for (const act of due) act(this.person);
    if (this.schedule.length === 0) this.stop();
  }
}

/** The sheet a host Range, RangeList or Sheet belongs to. */
function sheetNameOf(target: object): string | undefined {
  const t = target as {
    getSheet?: () => { getName(): string };
    getName?: () => string;
    getRanges?: () => { getSheet(): { getName(): string } }[];
    getRange?: unknown;
  };
  try {
    if (typeof t.getSheet === 'function') return t.getSheet().getName();
    if (typeof t.getRanges === 'function') return t.getRanges()[0]?.getSheet().getName();
    if (typeof t.getName === 'function' && typeof t.getRange === 'function') return t.getName();
  } catch {
    return undefined;
  }
  return undefined;
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

function compareForSort(a: unknown, b: unknown, sign: number): number {
  if (isBlank(a) || isBlank(b)) return isBlank(a) === isBlank(b) ? 0 : isBlank(a) ? 1 : -1;
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : v instanceof Date ? v.getTime() : null);
  const na = num(a);
  const nb = num(b);
  if (na !== null && nb !== null) return sign * (na - nb);
  if (na !== null) return -sign;
  if (nb !== null) return sign;
  return sign * String(a).localeCompare(String(b), 'vi', { sensitivity: 'accent' });
}

/** Reorders the rows from `start` so that the row at offset wanted[i] ends at offset i. */
function moveRowsInto(wb: Workbook, s: SheetModel, start: number, wanted: readonly number[]): void {
  const order = wanted.map((_, i) => i); // order[i] = original offset of the row now at offset i
  wb.syncClock();
  for (let i = 0; i < wanted.length; i += 1) {
    const j = order.indexOf(wanted[i] as number);
    if (j === i) continue;
    wb.hf.moveRows(s.hfId, start + j, 1, start + i);
    if (s.rows.length < start + j + 1) s.rows.length = start + j + 1;
    const [data] = s.rows.splice(start + j, 1);
    s.rows.splice(start + i, 0, data);
    const [moved] = order.splice(j, 1);
    order.splice(i, 0, moved as number);
  }
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}
