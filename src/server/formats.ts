// Formats of the generated sheets: number formats, bold frozen header, data validation (SPEC §4) and the
// conditional-format rules that colour Standing, Deadline, Status and Rating cells. Formats and validation
// are applied when the sheet's layout changed since they were last applied (a fingerprint in the document
// properties), so a Refresh with nothing new costs no formatting calls. Conditional-format rules are read
// every time: the add-on's own are recognised by their marker, the user's are kept as they are.
import { columnLetter, isAddonRuleFormula, ruleFormula } from '../core/formulas';
import { AWAITING_COLOR, RATING, STANDING, STATUS, type Lang, type SheetDef } from '../core/schema';
import type { Sheet, Workbook } from './workbook';
import { COLUMN_FORMATS, formatRanges } from './write';

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

const WIDTHS: Record<string, number> = { unitName: 240, task: 340, target: 300 };

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
  const fp = JSON.stringify({
    v: 1,
    lang: target.lang,
    w: target.warningDays,
    h: target.headerRow,
    c: Object.entries(target.columns).sort(([a], [b]) => (a < b ? -1 : 1)),
  });
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
  for (const [key, format] of Object.entries(COLUMN_FORMATS)) byFormat.set(format, [...(byFormat.get(format) ?? []), key]);
  for (const [format, keys] of byFormat) formatRanges(sheet, span(target, keys, first, last), format);
  (target.headerRange ?? sheet.getRange(target.headerRow + 1, 1, 1, target.width)).setFontWeight('bold');
  sheet.setFrozenRows(target.headerRow + 1);

  const rows = last - first + 1;
  const validate = (key: string, rule: GoogleAppsScript.Spreadsheet.DataValidation): void => {
    const c = columns[key];
    if (c !== undefined) sheet.getRange(first, c + 1, rows, 1).setDataValidation(rule);
  };
  const lang = target.lang;
  // One builder from the service, copies of it for each rule (copies cost no round trip).
  const base = SpreadsheetApp.newDataValidation();
  if (target.def.id === 'progress') {
    const statuses = Object.values(STATUS).map((s) => s[lang]);
    validate(
      'status',
      base
        .copy()
        .requireValueInList(statuses, true)
        .setAllowInvalid(false)
        .setHelpText(lang === 'vi' ? `Chọn một trong: ${statuses.join(', ')}.` : `Choose one of: ${statuses.join(', ')}.`)
        .build(),
    );
    validate(
      'completedOn',
      base
        .copy()
        .requireDate()
        .setAllowInvalid(false)
        .setHelpText(lang === 'vi' ? 'Nhập ngày dạng dd/mm/yyyy.' : 'Enter a date as dd/mm/yyyy.')
        .build(),
    );
  } else {
    const number = base
      .copy()
      .requireNumberGreaterThanOrEqualTo(0)
      .setAllowInvalid(false)
      .setHelpText(lang === 'vi' ? 'Nhập một số từ 0 trở lên.' : 'Enter a number of 0 or more.')
      .build();
    validate('ownTarget', number);
    validate('result', number);
  }
  if (target.created) {
    for (const [key, width] of Object.entries(WIDTHS)) {
      const c = columns[key];
      if (c !== undefined) sheet.setColumnWidth(c + 1, width);
    }
  }
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
    if (status !== undefined && statusRange) out.push({ formula: ruleFormula(status, first, STATUS.awaiting[lang]), color: AWAITING_COLOR, ranges: [statusRange] });
  } else {
    const rating = columns.rating;
    const ratingRange = col('rating');
    if (rating !== undefined && ratingRange) {
      for (const r of Object.values(RATING)) if (r.color) out.push({ formula: ruleFormula(rating, first, r[lang]), color: r.color, ranges: [ratingRange] });
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
  const same = !layoutChanged && mine.length === wanted.length && wanted.every((w, i) => mine[i] === `${w.formula}|${w.color}`);
  if (same) return false;
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const range = (a1: string): GoogleAppsScript.Spreadsheet.Range => {
    let r = ranges.get(a1);
    if (!r) {
      r = sheet.getRange(a1);
      ranges.set(a1, r);
    }
    return r;
  };
  const base = SpreadsheetApp.newConditionalFormatRule();
  const built = wanted.map((w) =>
    base
      .copy()
      .whenFormulaSatisfied(w.formula)
      .setBackground(w.color)
      .setRanges(w.ranges.map(range))
      .build(),
  );
  sheet.setConditionalFormatRules([...theirs, ...built]);
  return true;
}
