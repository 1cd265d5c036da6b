// Measures one execution of the add-on in the emulator: counted service calls (the emulator's ledger),
// cells read and written (from the observed calls' ranges and data), time inside service calls versus the
// add-on's own code, peak memory, and where every write landed (for the "writes only what changed" checks).
import { PerformanceObserver } from 'node:perf_hooks';
import type { Emulator, ObservedCall } from '../emulator';

/** A rectangle of cells a call wrote (1-based), or a whole sheet for clears. */
export interface WriteRecord {
  sheet: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  method: string;
}

export interface Measurement {
  calls: number;
  byMethod: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  /** Format, validation and note cells set (backgrounds, number formats, rules per cell). */
  formatCellsWritten: number;
  totalMs: number;
  serviceMs: number;
  /** Garbage-collection pauses during the run (in either the add-on's code or the emulator's); see GcLog. */
  gcMs: number;
  /** GC pauses that interrupted the add-on's own code (not a service call); see GcLog. */
  addonGcMs: number;
  /** performance.now() at the start and end of the run. */
  window: [number, number];
  /** performance.now() windows of the service calls. */
  serviceWindows: [number, number][];
  /** totalMs − serviceMs: the add-on's own code, including loading the bundle into a fresh global scope. */
  addonMs: number;
  peakHeapMb: number;
  peakRssMb: number;
  writes: WriteRecord[];
  /** What the measured function returned, or the message it threw. */
  result?: unknown;
  error?: string;
}

/** Range methods whose result is cell content (2-D for the plural forms). */
const CONTENT_READS = new Set([
  'getValue',
  'getValues',
  'getDisplayValue',
  'getDisplayValues',
  'getFormula',
  'getFormulas',
  'getFormulaR1C1',
  'getFormulasR1C1',
  'getRichTextValue',
  'getRichTextValues',
  'getNote',
  'getNotes',
]);

/** Range methods that set cell content on the whole range. */
const CONTENT_WRITES = new Set([
  'setValue',
  'setValues',
  'setFormula',
  'setFormulas',
  'setFormulaR1C1',
  'setFormulasR1C1',
  'setRichTextValue',
  'setRichTextValues',
  'clearContent',
  'clear',
  'insertCheckboxes',
  'check',
  'uncheck',
]);

const FORMAT_WRITES =
  /^(set(Background|Backgrounds|NumberFormat|NumberFormats|FontColor|FontColors|FontWeight|FontWeights|FontStyle|FontLine|FontSize|FontFamily|HorizontalAlignment|HorizontalAlignments|VerticalAlignment|Wrap|Wraps|WrapStrategy|TextStyle|Note|Notes|DataValidation|DataValidations|BackgroundRGB)|clearFormat|clearDataValidations|clearNote)$/;

interface HostRange {
  getSheet(): { getName(): string };
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
}

interface HostSheet {
  getName(): string;
  getLastRow(): number;
  getLastColumn(): number;
}

function cellsOf(value: unknown): number {
  if (!Array.isArray(value)) return 1;
  let n = 0;
  for (const row of value as unknown[]) n += Array.isArray(row) ? row.length : 1;
  return n;
}

function rangeRecord(range: HostRange, method: string): WriteRecord {
  return {
    sheet: range.getSheet().getName(),
    row: range.getRow(),
    column: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
    method,
  };
}

function rangesOf(call: ObservedCall): HostRange[] {
  if (call.className === 'Range') return [call.target as unknown as HostRange];
  if (call.className === 'RangeList') return (call.target as { getRanges(): HostRange[] }).getRanges();
  return [];
}

/**
 * Garbage-collection pauses, by time. Node delivers them asynchronously, so a synchronous run learns its
 * share only after the event loop has turned: call settle() and then pausedWithin(window).
 */
export class GcLog {
  private readonly pauses: { start: number; duration: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) this.pauses.push({ start: e.startTime, duration: e.duration });
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  async settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  pausedWithin([from, to]: readonly [number, number]): number {
    return this.pauses.filter((p) => p.start >= from && p.start < to).reduce((sum, p) => sum + p.duration, 0);
  }

  /** Pauses that began inside a run but outside every service call of it: they interrupted the add-on's code. */
  pausedInAddon(m: Pick<Measurement, 'window' | 'serviceWindows'>): number {
    const [from, to] = m.window;
    const inService = (t: number) => m.serviceWindows.some(([a, b]) => t >= a && t < b);
    return this.pauses
      .filter((p) => p.start >= from && p.start < to && !inService(p.start))
      .reduce((sum, p) => sum + p.duration, 0);
  }

  stop(): void {
    this.observer.disconnect();
  }
}

export class Meter {
  private reads = 0;
  private written = 0;
  private formats = 0;
  private serviceMs = 0;
  private peakHeap = 0;
  private peakRss = 0;
  private writes: WriteRecord[] = [];
  private serviceWindows: [number, number][] = [];

  private sample(): void {
    const m = process.memoryUsage();
    if (m.heapUsed > this.peakHeap) this.peakHeap = m.heapUsed;
    if (m.rss > this.peakRss) this.peakRss = m.rss;
  }

  observe(call: ObservedCall): void {
    this.serviceMs += call.ms;
    const end = performance.now();
    this.serviceWindows.push([end - call.ms, end]);
    this.sample();
    if (call.failed) return;
    const { method } = call;
    if ((call.className === 'Range' || call.className === 'RangeList') && CONTENT_READS.has(method)) {
      this.reads += cellsOf(call.result);
      return;
    }
    if ((call.className === 'Range' || call.className === 'RangeList') && CONTENT_WRITES.has(method)) {
      for (const range of rangesOf(call)) {
        const record = rangeRecord(range, method);
        this.writes.push(record);
        this.written += record.numRows * record.numColumns;
      }
      return;
    }
    if ((call.className === 'Range' || call.className === 'RangeList') && FORMAT_WRITES.test(method)) {
      for (const range of rangesOf(call)) this.formats += range.getNumRows() * range.getNumColumns();
      return;
    }
    // A TextFinder search runs on Google's side and returns cell ranges, not their content: findAll and
    // findNext read no cells. A replacement writes the cells it reports (where is not returned).
    if (call.className === 'TextFinder' && (method === 'replaceAllWith' || method === 'replaceWith')) {
      this.written += typeof call.result === 'number' ? call.result : 0;
      return;
    }
    if (call.className === 'Sheet' && method === 'getSheetValues') {
      this.reads += cellsOf(call.result);
      return;
    }
    if (call.className === 'Sheet' && method === 'appendRow') {
      const sheet = call.target as unknown as HostSheet;
      const width = Array.isArray(call.args[0]) ? (call.args[0] as unknown[]).length : 1;
      this.writes.push({
        sheet: sheet.getName(),
        row: sheet.getLastRow(),
        column: 1,
        numRows: 1,
        numColumns: width,
        method,
      });
      this.written += width;
      return;
    }
    if (call.className === 'Sheet' && (method === 'clear' || method === 'clearContents')) {
      const sheet = call.target as unknown as HostSheet;
      this.writes.push({ sheet: sheet.getName(), row: 1, column: 1, numRows: Infinity, numColumns: Infinity, method });
    }
  }

  /** Runs `body` (one execution, or a few) and measures it. */
  static measure(emu: Emulator, body: () => unknown): Measurement {
    const meter = new Meter();
    emu.resetCalls();
    emu.observeCalls((call) => meter.observe(call));
    meter.sample();
    const started = performance.now();
    let result: unknown;
    let error: string | undefined;
    try {
      result = body();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    } finally {
      emu.observeCalls(null);
    }
    const ended = performance.now();
    const totalMs = ended - started;
    meter.sample();
    const stats = emu.calls;
    return {
      calls: stats.total,
      byMethod: stats.byMethod,
      cellsRead: meter.reads,
      cellsWritten: meter.written,
      formatCellsWritten: meter.formats,
      totalMs,
      serviceMs: meter.serviceMs,
      gcMs: 0,
      addonGcMs: 0,
      window: [started, ended],
      serviceWindows: meter.serviceWindows,
      addonMs: totalMs - meter.serviceMs,
      peakHeapMb: meter.peakHeap / 2 ** 20,
      peakRssMb: meter.peakRss / 2 ** 20,
      writes: meter.writes,
      ...(result !== undefined ? { result } : {}),
      ...(error !== undefined ? { error } : {}),
    };
  }
}
