// The formula engine: HyperFormula (GPL, tools/tests only) configured like Google Sheets —
// serial dates from 1899-12-30, TODAY()/NOW() on the emulator's clock in the spreadsheet's time zone,
// TRUE/FALSE literals, text compared as Sheets compares it, values at full double precision, and a few
// Sheets functions HyperFormula lacks.
import { EmptyValue, FunctionArgumentType, FunctionPlugin, HyperFormula, type DetailedCellError } from 'hyperformula';
import { mapFormula } from './a1';
import { compareText } from './text-compare';
import { wallFromSerial } from './time';

export interface EngineClock {
  /** today's serial day number in the spreadsheet time zone */
  todaySerial(): number;
  /** now as a serial number (wall time in the spreadsheet time zone) */
  nowSerial(): number;
}

interface PluginThis {
  config: { context: unknown };
}

type Args = Parameters<FunctionPlugin['runFunction']>;

class SheetsFunctionsPlugin extends FunctionPlugin {
  today(ast: Args[0] extends infer A ? { args: A } : never, state: Args[1]) {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
      ((this as unknown as PluginThis).config.context as EngineClock).todaySerial(),
    );
  }
  now(ast: { args: Args[0] }, state: Args[1]) {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () =>
      ((this as unknown as PluginThis).config.context as EngineClock).nowSerial(),
    );
  }
  concat(ast: { args: Args[0] }, state: Args[1]) {
    return this.runFunction(ast.args, state, this.metadata('CONCAT'), (a: string, b: string) => a + b);
  }
  regexmatch(ast: { args: Args[0] }, state: Args[1]) {
    return this.runFunction(ast.args, state, this.metadata('REGEXMATCH'), (text: string, re: string) => {
      try {
        return new RegExp(re).test(text);
      } catch {
        return false;
      }
    });
  }
  isemail(ast: { args: Args[0] }, state: Args[1]) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('ISEMAIL'),
      (text: unknown) => typeof text === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text),
    );
  }
}

(SheetsFunctionsPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
  // Not volatile: recalculated explicitly when the emulator's day changes (see Workbook.syncClock),
  // so that one edit does not recompute every row of a 60,000-row sheet.
  TODAY: { method: 'today', parameters: [], returnNumberType: 'NUMBER_DATE' },
  NOW: { method: 'now', parameters: [], returnNumberType: 'NUMBER_DATETIME' },
  CONCAT: {
    method: 'concat',
    parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.STRING }],
  },
  REGEXMATCH: {
    method: 'regexmatch',
    parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.STRING }],
  },
  ISEMAIL: { method: 'isemail', parameters: [{ argumentType: FunctionArgumentType.SCALAR }] },
};

let registered = false;
function registerPlugins(): void {
  if (registered) return;
  registered = true;
  const names = ['TODAY', 'NOW', 'CONCAT', 'REGEXMATCH', 'ISEMAIL'];
  const translations = Object.fromEntries(names.map((n) => [n, n]));
  // Sheets formats these results as dates; HyperFormula returns plain numbers.
  for (const fn of ['WORKDAY', 'WORKDAY.INTL', 'EDATE', 'EOMONTH']) {
    const plugin = HyperFormula.getFunctionPlugin(fn) as unknown as
      { implementedFunctions?: Record<string, { returnNumberType?: string }> } | undefined;
    const meta = plugin?.implementedFunctions?.[fn];
    if (meta) meta.returnNumberType = 'NUMBER_DATE';
  }
  HyperFormula.registerFunctionPlugin(
    SheetsFunctionsPlugin as unknown as Parameters<typeof HyperFormula.registerFunctionPlugin>[0],
    {
      enGB: translations,
      enUS: translations,
    },
  );
}

export function createEngine(clock: EngineClock): HyperFormula {
  registerPlugins();
  const hf = HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    context: clock,
    nullDate: { year: 1899, month: 12, day: 30 },
    maxRows: 2_000_000,
    maxColumns: 18_278,
    // Sheets compares text case-insensitively but accent-sensitively in = and criteria (see text-compare.ts;
    // `=` itself is replaced below, these settings serve criteria such as COUNTIF).
    caseSensitive: false,
    accentSensitive: true,
    useWildcards: true,
    useRegularExpressions: false,
    matchWholeCell: true,
    evaluateNullToZero: false,
    // the epsilon of comparisons and of sums near zero; output rounding is switched off below
    smartRounding: true,
  });
  withSheetsSemantics(hf);
  return hf;
}

interface ArithmeticHelperInternals {
  compare(left: unknown, right: unknown): number;
  stringCmp(left: string, right: string): number;
}

interface EngineInternals {
  _evaluator: { interpreter: { arithmeticHelper: ArithmeticHelperInternals } };
  _exporter: { cellValueRounding(value: number): number };
}

/** Sheets' order of values of different types in a comparison: numbers < text < booleans. */
function typeRank(v: unknown): number {
  return typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 0;
}

/**
 * Google's comparison and precision on the engine instance (HyperFormula's own are kinder): text equality
 * ignores case but not diacritics or normalisation (its collator equates NFD and NFC and, unless accent-
 * sensitive, "Hoan thanh" and "Hoàn thành"); text is never parsed as a date in a comparison (HyperFormula
 * equates "15/05/2020" with DATE(2020,5,15)); values leave the engine at full double precision (HyperFormula
 * rounds them to 10 significant digits). The engine is never rebuilt (no updateConfig), so the patch holds.
 */
function withSheetsSemantics(hf: HyperFormula): void {
  const internals = hf as unknown as EngineInternals;
  const helper = internals._evaluator.interpreter.arithmeticHelper;
  const original = helper.compare.bind(helper);
  helper.stringCmp = compareText;
  helper.compare = (left: unknown, right: unknown): number => {
    const ls = typeof left === 'string';
    const rs = typeof right === 'string';
    if (ls && rs) return compareText(left, right);
    if ((ls || rs) && left !== EmptyValue && right !== EmptyValue) return Math.sign(typeRank(left) - typeRank(right));
    return original(left, right);
  };
  internals._exporter.cellValueRounding = (value: number) => value;
}

/**
 * Engine content for a number shown through a date/time format: a Date, so that the engine types it
 * as a date and formulas over it (=A1+1) come out as dates, as Sheets' automatic formats do. The
 * engine reads the Date's local wall time, so the Date is built from the serial's wall time.
 */
export function dateContent(serial: number): Date {
  const w = wallFromSerial(serial);
  const d = new Date(2000, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  d.setFullYear(w.year);
  return d;
}

/**
 * TODAY() and NOW() read two cells of a hidden clock sheet, which the workbook updates when the
 * emulator's clock moves: only the formulas that use them recalculate, and a date-typed clock cell
 * gives their results Sheets' automatic date format.
 */
export const CLOCK_SHEET = '\u00a7emulator-clock';
const TODAY_REF = `'${CLOCK_SHEET}'!$A$1`;
const NOW_REF = `'${CLOCK_SHEET}'!$B$1`;

/** Sheets formula text → HyperFormula formula text (TRUE/FALSE literals become TRUE()/FALSE(); TODAY()/NOW() the clock cells). */
export function toEngineFormula(formula: string): string {
  if (!/TRUE|FALSE|TODAY|NOW/i.test(formula)) return formula;
  return mapFormula(
    formula,
    () => undefined,
    (code) =>
      code
        .replace(
          /(^|[^A-Za-z0-9_.])(TRUE|FALSE)(?![A-Za-z0-9_.(])(?!\s*\()/gi,
          (_m, lead: string, word: string) => `${lead}${word.toUpperCase()}()`,
        )
        .replace(/(^|[^A-Za-z0-9_.])TODAY\s*\(\s*\)/gi, (_m, lead: string) => lead + TODAY_REF)
        .replace(/(^|[^A-Za-z0-9_.])NOW\s*\(\s*\)/gi, (_m, lead: string) => lead + NOW_REF),
  );
}

/** HyperFormula formula text → Sheets formula text. */
export function fromEngineFormula(formula: string): string {
  let f = formula;
  if (f.includes(CLOCK_SHEET)) f = f.split(TODAY_REF).join('TODAY()').split(NOW_REF).join('NOW()');
  if (!f.includes('TRUE()') && !f.includes('FALSE()')) return f;
  return mapFormula(
    f,
    () => undefined,
    (code) => code.replace(/(^|[^A-Za-z0-9_.])(TRUE|FALSE)\(\)/g, '$1$2'),
  );
}

/** The error text Sheets shows for an engine error. */
export function errorText(err: DetailedCellError): string {
  const v = err.value;
  if (v === '#CYCLE!') return '#REF!';
  if (v === '#SPILL!') return '#REF!';
  if (v === '#LIC!') return '#ERROR!';
  return v;
}

export function isCellError(v: unknown): v is DetailedCellError {
  return typeof v === 'object' && v !== null && 'value' in v && 'type' in v;
}
