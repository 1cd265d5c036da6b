// A deliberately small spreadsheet backend for the runtime contract tests, so they pin the runtime's
// behaviour independently of the Workbook model. Class names match Apps Script's, as accounting keys on them.
import { Emulator, type EmulatorOptions } from '../../tools/emulator';
import type { SpreadsheetBackend, TypeOutcome } from '../../tools/emulator/services/backend';

type Cell = string | number | boolean | Date;

function parseA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad a1 ${a1}`);
  let col = 0;
  for (const c of m[1] ?? '') col = col * 26 + c.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

export class Range {
  constructor(
    private readonly sheet: Sheet,
    readonly row: number,
    readonly col: number,
    readonly rows = 1,
    readonly cols = 1,
  ) {}

  getValues(): Cell[][] {
    const out: Cell[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const line: Cell[] = [];
      for (let c = 0; c < this.cols; c++) line.push(this.sheet.get(this.row + r, this.col + c));
      out.push(line);
    }
    return out;
  }

  getValue(): Cell {
    return this.sheet.get(this.row, this.col);
  }

  setValue(value: Cell): Range {
    this.sheet.set(this.row, this.col, value);
    return this;
  }

  setValues(values: Cell[][]): Range {
    if (!Array.isArray(values) || values.length !== this.rows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rows}.`,
      );
    values.forEach((line, r) => line.forEach((v, c) => this.sheet.set(this.row + r, this.col + c, v)));
    return this;
  }

  getA1Notation(): string {
    return `R${this.row}C${this.col}`;
  }

  getSheet(): Sheet {
    return this.sheet;
  }
}

export class Sheet {
  readonly cells = new Map<string, Cell>();

  constructor(readonly name: string) {}

  get(row: number, col: number): Cell {
    return this.cells.get(`${row},${col}`) ?? '';
  }

  set(row: number, col: number, value: Cell): void {
    if (value === '' || value === null || value === undefined) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, value);
  }

  getName(): string {
    return this.name;
  }

  getRange(a1OrRow: string | number, col?: number, rows?: number, cols?: number): Range {
    if (typeof a1OrRow === 'number') return new Range(this, a1OrRow, col ?? 1, rows ?? 1, cols ?? 1);
    const { row, col: c } = parseA1(a1OrRow);
    return new Range(this, row, c);
  }
}

export class Spreadsheet {
  readonly sheets = [new Sheet('Sheet1')];
  readonly toasts: string[] = [];

  constructor(private readonly onToast: (message: string) => void) {}

  getId(): string {
    return 'fake-spreadsheet-id';
  }

  getSheetByName(name: string): Sheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  getSheets(): Sheet[] {
    return [...this.sheets];
  }

  toast(message: string): void {
    this.onToast(message);
  }
}

export class SpreadsheetApp {
  constructor(
    private readonly doc: Spreadsheet,
    private readonly ui: () => object,
  ) {}

  getActiveSpreadsheet(): Spreadsheet {
    return this.doc;
  }

  getUi(): object {
    return this.ui();
  }
}

export interface FakeBackend extends SpreadsheetBackend {
  doc: Spreadsheet;
  /** Values typed into these A1 cells of Sheet1 are rejected, as a data-validation rule would. */
  rejectIn: Set<string>;
}

export function fakeBackend(ui: () => object, onToast: (m: string) => void): FakeBackend {
  const doc = new Spreadsheet(onToast);
  const sheet = () => doc.sheets[0] as Sheet;
  const typeInto = (name: string, a1: string, text: string): TypeOutcome => {
    const backend = result;
    if (backend.rejectIn.has(a1))
      return {
        ok: false,
        rejection: `Invalid: the data you entered in cell ${a1} violates the data validation rules set on this cell.`,
      };
    const target = doc.getSheetByName(name)?.getRange(a1);
    if (!target) throw new Error(`no sheet ${name}`);
    const oldValue = target.getValue();
    const value = text !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
    target.setValue(value);
    return { ok: true, oldValue, newValue: value };
  };
  const result: FakeBackend = {
    doc,
    rejectIn: new Set(),
    spreadsheetApp: new SpreadsheetApp(doc, ui),
    documentId: () => doc.getId(),
    activeSpreadsheet: () => doc,
    range: (name, a1) => {
      const s = doc.getSheetByName(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s.getRange(a1.split(':')[0] ?? a1);
    },
    typeInto,
    pasteValues: (name, a1, rows) => {
      const start = parseA1(a1);
      rows.forEach((line, r) =>
        line.forEach((v, c) => doc.getSheetByName(name)?.set(start.row + r, start.col + c, v as Cell)),
      );
      return { ok: true, oldValue: undefined, newValue: undefined };
    },
    sheetNames: () => doc.sheets.map((s) => s.name),
    snapshot: () => ({ values: sheet().getRange(1, 1, 1, 1).getValues(), backgrounds: [[null]] }),
  };
  return result;
}

/** An Emulator over a Code.js source string and the fake backend. */
export function emulatorFor(
  code: string,
  options: Omit<EmulatorOptions, 'code' | 'backend'> = {},
): { emulator: Emulator; backend: FakeBackend } {
  let backend: FakeBackend | undefined;
  const emulator = Emulator.create({
    today: '2024-03-15',
    ...options,
    code,
    backend: (env, ui) => {
      backend = fakeBackend(ui, (message) => env.ui.toast({ message, title: '', timeoutSeconds: 5 }));
      return backend;
    },
  });
  if (!backend) throw new Error('backend not built');
  return { emulator, backend };
}
