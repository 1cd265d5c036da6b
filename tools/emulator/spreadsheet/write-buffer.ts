// Per-execution write buffering, as Google batches spreadsheet writes: "Sometimes, spreadsheet operations are
// bundled together to improve performance, such as when doing multiple calls to a method. If you want to make
// sure that all pending changes are made right away … call SpreadsheetApp.flush()"
// (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()), and the Lock
// reference: "if you are working with a spreadsheet, you should call SpreadsheetApp.flush() prior to releasing
// the lock, to commit all pending changes to the spreadsheet"
// (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
//
// An execution's cell writes (values, formulas, formats, notes, validation) wait in its buffer. They are
// published — applied to the document every other execution and person sees — when the execution reads
// (any spreadsheet call that is not a plain write, so its own reads see its own writes), calls
// SpreadsheetApp.flush(), or ends (also when it fails). Releasing the lock does not publish them. Structural
// changes (rows, columns, sheets, rules, protections) publish the pending writes and then apply at once.
import type { SheetModel, Workbook } from './workbook';

type Apply = () => void;

/** The writes one execution has made and not yet published, in order. */
export class WriteBuffer {
  private queue: { sheet: SheetModel; apply: Apply }[] = [];

  get size(): number {
    return this.queue.length;
  }

  push(sheet: SheetModel, apply: Apply): void {
    this.queue.push({ sheet, apply });
  }

  take(): { sheet: SheetModel; apply: Apply }[] {
    const q = this.queue;
    this.queue = [];
    return q;
  }
}

/**
 * Spreadsheet calls that only write cells: they join the execution's buffer without publishing it. Every
 * other call (a read such as getValues or getLastRow, appendRow which must find the last row, a structural
 * change) publishes the buffer first.
 */
export function isBufferedWrite(className: string, method: string): boolean {
  if (className !== 'Range' && className !== 'RangeList') return false;
  return /^(set|clear)/.test(method) && method !== 'setActiveRange' && method !== 'setActiveSelection';
}

/** Calls that only hand out objects (no cell is read): they neither publish nor write. */
const HANDLES = new Set([
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getUi',
  'Spreadsheet.getSheetByName',
  'Spreadsheet.getSheets',
  'Spreadsheet.getRange',
  'Spreadsheet.getRangeList',
  'Spreadsheet.getId',
  'Spreadsheet.getSpreadsheetTimeZone',
  'Spreadsheet.getSpreadsheetLocale',
  'Sheet.getRange',
  'Sheet.getRangeList',
  'Sheet.getName',
  'Sheet.getSheetId',
  'Sheet.getParent',
  'Sheet.getMaxRows',
  'Sheet.getMaxColumns',
  'Range.getSheet',
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getA1Notation',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Range.offset',
  'Range.getCell',
]);

function isHandle(className: string, method: string): boolean {
  return HANDLES.has(`${className}.${method}`) || (className === 'SpreadsheetApp' && method.startsWith('new'));
}

/** The buffers of the executions under way over one workbook (the runtime's side of the contract). */
export class ExecutionWriteBuffers {
  private readonly buffers = new Map<number, WriteBuffer>();

  constructor(private readonly wb: Workbook) {}

  /** Runs one spreadsheet service call of an execution with Google's batching. */
  call<T>(executionId: number, className: string, method: string, run: () => T): T {
    const write = isBufferedWrite(className, method);
    if (!write && !isHandle(className, method)) this.flush(executionId);
    let buffer = this.buffers.get(executionId);
    if (!buffer) {
      buffer = new WriteBuffer();
      this.buffers.set(executionId, buffer);
    }
    const previous = this.wb.writeBuffer;
    this.wb.writeBuffer = buffer;
    try {
      return run();
    } finally {
      this.wb.writeBuffer = previous;
    }
  }

  /** Publishes an execution's pending writes (a read, SpreadsheetApp.flush(), the end of the execution). */
  flush(executionId: number): void {
    const buffer = this.buffers.get(executionId);
    if (buffer && buffer.size > 0) this.wb.applyWrites(buffer.take());
  }

  /** The execution ended: its writes are published and its buffer dropped. */
  end(executionId: number): void {
    this.flush(executionId);
    this.buffers.delete(executionId);
  }

  /** Number of writes an execution has not published (for tests). */
  pending(executionId: number): number {
    return this.buffers.get(executionId)?.size ?? 0;
  }
}
