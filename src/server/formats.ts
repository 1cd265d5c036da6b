// Formats of the generated sheets: number formats, bold frozen header, data validation (docs/workbook.md §4) and the
// conditional-format rules that colour Standing, Deadline, Status and Rating cells. Formats and validation
// are applied when the sheet's layout changed since they were last applied (a fingerprint in the document
// properties), so a Refresh with nothing new costs no formatting calls. Conditional-format rules are read
// every time: the add-on's own are recognised by their marker, the user's are kept as they are.
import { columnLetter, isAddonRuleFormula, ruleFormula, typedRuleFormula } from '../core/formulas';
import { AWAITING_COLOR, RATING, STANDING, STATUS, type Lang, type SheetDef } from '../core/schema';
import type { Sheet, Workbook } from './workbook';
import { COLUMN_FORMATS, formatRanges, GENERAL_FORMAT, TEXT_FORMAT } from './write';

export interface FormatTarget {
  def: SheetDef;
  sheet: Sheet;
  lang: Lang;
  warningDays: number;
  /** 0-based header row. */
  headerRow: number;
  columns: Readonly<Record<string, number>>;
  width: number;
  /** True when the sheet was created by this run (column widths are set then, and only then). */
  created: boolean;
  /** The header row's range when this run already holds it. */
  headerRange?: GoogleAppsScript.Spreadsheet.Range;
}

/** The long-text columns are widened when their sheet is made (each width is a call of its own). */
const WIDTHS: Record<string, number> = { task: 340, target: 300 };

const fingerprintKey = (def: SheetDef): string => `tracker.format.${def.id}`;

interface Applied {
  /** The layout the formats were applied for. */
  fp: string;
  /** The last row (1-based) they cover. */
  covered: number;
}

function readApplied(text: string | undefined): Applied | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<Applied>;
    return typeof v.fp === 'string' && typeof v.covered === 'number' ? { fp: v.fp, covered: v.covered } : null;
  } catch {
    return null;
  }
}

/**
 * Applies formats, validation and rules as needed. `maxRows` gives the sheet's row count (asked only when
 * formats are applied); `usedRows` is the last row the data reaches.
 */
export function applyFormats(
  book: Workbook,
  target: FormatTarget,
  maxRows: () => number,
  usedRows: number,
  force = false,
): { formatted: boolean; rulesSet: boolean } {
  const first = target.headerRow + 2;
  const fp = fingerprint(target);
  const applied = readApplied(book.property(fingerprintKey(target.def)));
  let formatted = false;
  let last: number;
  if (!force && !target.created && applied && applied.fp === fp && applied.covered >= usedRows) last = applied.covered;
  else {
    last = Math.max(first, maxRows());
    setFormatsAndValidation(target, first, last);
    book.setProperties({ [fingerprintKey(target.def)]: JSON.stringify({ fp, covered: last }) }, true);
    formatted = true;
  }
  const rulesSet = setRules(target, first, last, formatted);
  return { formatted, rulesSet };
}

/** What the formats depend on: when it changes, they are applied again. */
function fingerprint(target: FormatTarget): string {
  return JSON.stringify({
    v: 1,
    lang: target.lang,
    w: target.warningDays,
    h: target.headerRow,
    c: Object.entries(target.columns).sort(([a], [b]) => (a < b ? -1 : 1)),
  });
}

/**
 * A sheet this run created, written whole: the header row (bold, with help notes) and the rows below it down
 * to the sheet's last row, with their values, number formats and validation, in one range and one call each;
 * then the frozen header, the column widths and the add-on's colour rules (a new sheet has no rules to keep).
 * `rows` are the header's and the data rows' values (0-based columns as in `target.columns`).
 */
export function writeNewSheet(
  book: Workbook,
  target: FormatTarget,
  rows: unknown[][],
  notes: string[],
  lastRow: number,
): void {
  const { sheet, width } = target;
  const top = target.headerRow + 1;
  const count = lastRow - top + 1;
  const keyAt = new Map<number, string>();
  for (const [key, c] of Object.entries(target.columns)) keyAt.set(c, key);
  const rules = validationRules(target.def, target.lang);
  const formats: string[][] = [];
  const validations: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
  const values: unknown[][] = [];
  const weights: GoogleAppsScript.Spreadsheet.FontWeight[][] = [];
  const noteGrid: string[][] = [];
  for (let i = 0; i < count; i++) {
    const header = i === 0;
    const line = rows[i];
    const columns = Array.from({ length: width }, (_, c) => keyAt.get(c) ?? '');
    formats.push(columns.map((key) => (header ? TEXT_FORMAT : (COLUMN_FORMATS[key] ?? GENERAL_FORMAT))));
    validations.push(columns.map((key) => (header ? null : (rules[key] ?? null))));
    values.push(columns.map((_, c) => line?.[c] ?? ''));
    weights.push(columns.map(() => (header ? 'bold' : 'normal')));
    noteGrid.push(columns.map((_, c) => (header ? (notes[c] ?? '') : '')));
  }
  // The block and the colour rules' ranges in one RangeList when the rules need more than one range.
  const wanted = wantedRules(target, top + 1, lastRow);
  const ruleA1s = [...new Set(wanted.flatMap((w) => w.ranges))];
  const blockA1 = `A${top}:${columnLetter(width - 1)}${lastRow}`;
  const got =
    ruleA1s.length > 1 ? sheet.getRangeList([blockA1, ...ruleA1s]).getRanges() : [sheet.getRange(top, 1, count, width)];
  const range = got[0] as GoogleAppsScript.Spreadsheet.Range;
  const ruleRanges = new Map(
    ruleA1s
      .map((a1, i) => [a1, got[i + 1]])
      .filter((e): e is [string, GoogleAppsScript.Spreadsheet.Range] => e[1] !== undefined),
  );
  // Formats first: text cells are plain text before the values arrive.
  range.setNumberFormats(formats);
  range.setDataValidations(validations);
  range.setValues(values);
  range.setFontWeights(weights);
  range.setNotes(noteGrid);
  sheet.setFrozenRows(top);
  setWidths(target);
  sheet.setConditionalFormatRules(buildRules(target, conditionalRuleBuilder(), top + 1, lastRow, ruleRanges));
  book.setProperties(
    { [fingerprintKey(target.def)]: JSON.stringify({ fp: fingerprint(target), covered: lastRow }) },
    true,
  );
}

function setWidths(target: FormatTarget): void {
  for (const [key, width] of Object.entries(WIDTHS)) {
    const c = target.columns[key];
    if (c !== undefined) target.sheet.setColumnWidth(c + 1, width);
  }
}

// One builder of each kind from the service per execution; copies of it cost no round trip.
let validationBase: GoogleAppsScript.Spreadsheet.DataValidationBuilder | null = null;
let ruleBase: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder | null = null;

function conditionalRuleBuilder(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  ruleBase ??= SpreadsheetApp.newConditionalFormatRule();
  return ruleBase;
}

/** The data validation of each validated column of a generated sheet (docs/workbook.md §4). */
function validationRules(def: SheetDef, lang: Lang): Record<string, GoogleAppsScript.Spreadsheet.DataValidation> {
  validationBase ??= SpreadsheetApp.newDataValidation();
  const base = validationBase;
  if (def.id === 'progress') {
    const statuses = Object.values(STATUS).map((s) => s[lang]);
    return {
      status: base
        .copy()
        .requireValueInList(statuses, true)
        .setAllowInvalid(false)
        .setHelpText(
          lang === 'vi' ? `Chọn một trong: ${statuses.join(', ')}.` : `Choose one of: ${statuses.join(', ')}.`,
        )
        .build(),
      completedOn: base
        .copy()
        .requireDate()
        .setAllowInvalid(false)
        .setHelpText(lang === 'vi' ? 'Nhập ngày dạng dd/mm/yyyy.' : 'Enter a date as dd/mm/yyyy.')
        .build(),
    };
  }
  if (def.id !== 'emulation') return {};
  const number = base
    .copy()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(false)
    .setHelpText(lang === 'vi' ? 'Nhập một số từ 0 trở lên.' : 'Enter a number of 0 or more.')
    .build();
  return { ownTarget: number, result: number };
}

function span(target: FormatTarget, keys: readonly string[], first: number, last: number): string[] {
  return keys
    .map((k) => target.columns[k])
    .filter((c): c is number => c !== undefined)
    .map((c) => `${columnLetter(c)}${first}:${columnLetter(c)}${last}`);
}

function setFormatsAndValidation(target: FormatTarget, first: number, last: number): void {
  const { sheet, columns } = target;
  // The user and system text columns keep their automatic format: their writers set plain text per cell.
  const byFormat = new Map<string, string[]>();
  for (const [key, format] of Object.entries(COLUMN_FORMATS))
    byFormat.set(format, [...(byFormat.get(format) ?? []), key]);
  for (const [format, keys] of byFormat) formatRanges(sheet, span(target, keys, first, last), format);
  (target.headerRange ?? sheet.getRange(target.headerRow + 1, 1, 1, target.width)).setFontWeight('bold');
  sheet.setFrozenRows(target.headerRow + 1);

  const rows = last - first + 1;
  for (const [key, rule] of Object.entries(validationRules(target.def, target.lang))) {
    const c = columns[key];
    if (c !== undefined) sheet.getRange(first, c + 1, rows, 1).setDataValidation(rule);
  }
  if (target.created) setWidths(target);
}

interface WantedRule {
  formula: string;
  color: string;
  ranges: string[];
}

/** The add-on's rules for this sheet: one per colour. */
export function wantedRules(target: FormatTarget, first: number, last: number): WantedRule[] {
  const { columns, lang } = target;
  const col = (key: string): string | null => {
    const c = columns[key];
    return c === undefined ? null : `${columnLetter(c)}${first}:${columnLetter(c)}${last}`;
  };
  const out: WantedRule[] = [];
  if (target.def.id === 'progress') {
    const standing = columns.standing;
    if (standing !== undefined) {
      const ranges = [col('deadline'), col('standing')].filter((r): r is string => r !== null);
      for (const s of Object.values(STANDING)) {
        if (s.color) out.push({ formula: ruleFormula(standing, first, s[lang]), color: s.color, ranges });
      }
    }
    const status = columns.status;
    const statusRange = col('status');
    if (status !== undefined && statusRange) {
      // The workbook language first; the status is read in either language (docs/workbook.md §4: the row is awaiting).
      const texts = [STATUS.awaiting[lang], STATUS.awaiting[lang === 'vi' ? 'en' : 'vi']];
      out.push({ formula: typedRuleFormula(status, first, texts), color: AWAITING_COLOR, ranges: [statusRange] });
    }
  } else {
    const rating = columns.rating;
    const ratingRange = col('rating');
    if (rating !== undefined && ratingRange) {
      for (const r of Object.values(RATING))
        if (r.color) out.push({ formula: ruleFormula(rating, first, r[lang]), color: r.color, ranges: [ratingRange] });
    }
  }
  return out;
}

function ruleFormulaOf(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): string | null {
  const condition = rule.getBooleanCondition();
  if (!condition) return null;
  const values = condition.getCriteriaValues();
  const first = values[0];
  return typeof first === 'string' ? first : null;
}

function setRules(target: FormatTarget, first: number, last: number, layoutChanged: boolean): boolean {
  const { sheet } = target;
  const existing = sheet.getConditionalFormatRules();
  const mine: string[] = [];
  const theirs: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const rule of existing) {
    const formula = ruleFormulaOf(rule);
    if (formula !== null && isAddonRuleFormula(formula)) {
      const condition = rule.getBooleanCondition();
      mine.push(`${formula}|${(condition?.getBackground() ?? '').toLowerCase()}`);
    } else theirs.push(rule);
  }
  const wanted = wantedRules(target, first, last);
  const same =
    !layoutChanged && mine.length === wanted.length && wanted.every((w, i) => mine[i] === `${w.formula}|${w.color}`);
  if (same) return false;
  sheet.setConditionalFormatRules([...theirs, ...buildRules(target, conditionalRuleBuilder(), first, last)]);
  return true;
}

/** The add-on's rules built on ranges of the sheet (the distinct ranges got in one RangeList when there are many). */
function buildRules(
  target: FormatTarget,
  base: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  first: number,
  last: number,
  known: ReadonlyMap<string, GoogleAppsScript.Spreadsheet.Range> = new Map(),
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const wanted = wantedRules(target, first, last);
  const a1s = [...new Set(wanted.flatMap((w) => w.ranges))].filter((a1) => !known.has(a1));
  const got = a1s.length > 2 ? target.sheet.getRangeList(a1s).getRanges() : a1s.map((a1) => target.sheet.getRange(a1));
  const ranges = new Map([
    ...known,
    ...a1s.map((a1, i) => [a1, got[i] as GoogleAppsScript.Spreadsheet.Range] as const),
  ]);
  const range = (a1: string): GoogleAppsScript.Spreadsheet.Range => ranges.get(a1) ?? target.sheet.getRange(a1);
  return wanted.map((w) =>
    base.copy().whenFormulaSatisfied(w.formula).setBackground(w.color).setRanges(w.ranges.map(range)).build(),
  );
}
