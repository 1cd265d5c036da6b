// What the runtime needs from the spreadsheet side. The Emulator adapts the Workbook model
// (tools/emulator/spreadsheet) to this; tests may plug a small fake instead.

/** The outcome of a user typing into a cell. */
export type TypeOutcome =
  { ok: true; oldValue: unknown; newValue: unknown; warning?: string } | { ok: false; rejection: string };

export interface SheetSnapshot {
  /** Evaluated values: dates 'YYYY-MM-DD', numbers, booleans, strings, blanks null. */
  values: unknown[][];
  /** Effective backgrounds after conditional formatting: '#rrggbb' or null for none/white. */
  backgrounds: (string | null)[][];
}

/** Google's batching of an execution's spreadsheet writes (spreadsheet/write-buffer.ts). */
export interface ExecutionWrites {
  /** Runs one spreadsheet service call: a read publishes the execution's pending writes first; a write waits. */
  call<T>(executionId: number, className: string, method: string, run: () => T): T;
  /** Publishes an execution's pending writes (SpreadsheetApp.flush()). */
  flush(executionId: number): void;
  /** The execution ended: its writes are published. */
  end(executionId: number): void;
  /** Writes an execution has not published yet. */
  pending(executionId: number): number;
}

export interface SpreadsheetBackend {
  /** The host SpreadsheetApp object installed as the `SpreadsheetApp` global (wrapped for accounting). */
  readonly spreadsheetApp: object;
  documentId(): string;
  /** The spreadsheet's time zone (dates in event values are its serial numbers); default the script's. */
  timeZone?(): string;
  /** Host Spreadsheet object, for event objects (e.source). */
  activeSpreadsheet(): object;
  /** Host Range object, for event objects (e.range). */
  range(sheetName: string, a1: string): object;
  typeInto(sheetName: string, a1: string, text: string): TypeOutcome;
  /** Pastes values (as typed text) into a block starting at a1. */
  pasteValues(sheetName: string, a1: string, rows: unknown[][]): TypeOutcome;
  sheetNames(): string[];
  snapshot(sheetName: string): SheetSnapshot;
  saveXlsx?(path: string): Promise<void>;
  /** Per-execution write buffering; without it writes apply at once. */
  writes?: ExecutionWrites;
}
