// Formats of the generated sheets: number formats, bold frozen header, data validation (docs/workbook.md §4) and the
// conditional-format rules that colour Standing, Deadline, Status and Rating cells. Formats and validation
// are applied when the sheet's layout changed since they were last applied (a fingerprint in the document
// properties), so a Refresh with nothing new costs no formatting calls. Conditional-format rules are read
// every time: the add-on's own are recognised by their marker, the user's are kept as they are.
import { columnLetter } from '../core/formulas';
import { STATUS } from '../core/fixed-lists';
import type { Lang, SheetDef } from '../core/schema';
import { buildRules, conditionalRuleBuilder, setRules, wantedRules } from './format-rules';
import { percentFingerprint, percentRowFormat, percentRuns, type PercentRuns } from './percent-formats';
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
  /** Emulation: the (normalised) IDs of the percentage targets, whose figures show as percentages. */
  percentTargets?: ReadonlySet<string>;
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
 * `rows` are the header's and the data rows' values (0-based columns as in `target.columns`). The ranges of
 * `alsoA1s` (the caller's later reads and protections) come in the same RangeList, returned by A1.
 */
export function writeNewSheet(
  book: Workbook,
  target: FormatTarget,
  rows: unknown[][],
  notes: string[],
  lastRow: number,
  alsoA1s: readonly string[] = [],
): ReadonlyMap<string, GoogleAppsScript.Spreadsheet.Range> {
  const { sheet, width } = target;
  const top = target.headerRow + 1;
  const count = lastRow - top + 1;
  const keyAt = new Map<number, string>();
  for (const [key, c] of Object.entries(target.columns)) keyAt.set(c, key);
  const rules = validationRules(target.def, target.lang);
  const percent: PercentRuns = percentRuns(target, rows, top);
  const formats: string[][] = [];
  const validations: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
  const values: unknown[][] = [];
  const weights: GoogleAppsScript.Spreadsheet.FontWeight[][] = [];
  const noteGrid: string[][] = [];
  // The rows below the header differ only in their values and a percentage target's formats: their other
  // lines are built once and given to every row (the service copies what it is given).
  const columns = Array.from({ length: width }, (_, c) => keyAt.get(c) ?? '');
  const rowFormats = (own: (key: string) => string | undefined) =>
    columns.map((key) => own(key) ?? COLUMN_FORMATS[key] ?? GENERAL_FORMAT);
  const plainFormats = rowFormats(() => undefined);
  const bodyValidations = columns.map((key) => rules[key] ?? null);
  const bodyWeights = columns.map((): GoogleAppsScript.Spreadsheet.FontWeight => 'normal');
  const noNotes = columns.map(() => '');
  formats.push(columns.map(() => TEXT_FORMAT));
  validations.push(columns.map(() => null));
  weights.push(columns.map(() => 'bold'));
  noteGrid.push(columns.map((_, c) => notes[c] ?? ''));
  for (let i = 1; i < count; i++) {
    formats.push(percent.rows.has(top + i) ? rowFormats(percentRowFormat(percent, top + i)) : plainFormats);
    validations.push(bodyValidations);
    weights.push(bodyWeights);
    noteGrid.push(noNotes);
  }
  const blank = columns.map(() => '');
  for (let i = 0; i < count; i++) {
    const line = rows[i];
    if (line && line.length === width && !line.includes(undefined)) values.push(line);
    else values.push(line ? columns.map((_, c) => line[c] ?? '') : blank);
  }
  // The block, the colour rules' ranges and the caller's in one RangeList when more than the block is wanted
  // besides one rule range (two calls either way).
  const wanted = wantedRules(target, top + 1, lastRow);
  const blockA1 = `A${top}:${columnLetter(width - 1)}${lastRow}`;
  const ruleA1s = [...new Set(wanted.flatMap((w) => w.ranges))];
  const listed = [...new Set([...ruleA1s, ...alsoA1s])].filter((a1) => a1 !== blockA1);
  const got =
    ruleA1s.length > 1 || alsoA1s.length
      ? sheet.getRangeList([blockA1, ...listed]).getRanges()
      : [sheet.getRange(top, 1, count, width)];
  const range = got[0] as GoogleAppsScript.Spreadsheet.Range;
  const known = new Map(
    listed
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
  sheet.setConditionalFormatRules(buildRules(target, conditionalRuleBuilder(), top + 1, lastRow, known));
  book.setProperties(
    {
      [fingerprintKey(target.def)]: JSON.stringify({ fp: fingerprint(target), covered: lastRow }),
      ...percentFingerprint(target, percent),
    },
    true,
  );
  return known;
}

function setWidths(target: FormatTarget): void {
  for (const [key, width] of Object.entries(WIDTHS)) {
    const c = target.columns[key];
    if (c !== undefined) target.sheet.setColumnWidth(c + 1, width);
  }
}

// One builder from the service per execution; copies of it cost no round trip.
let validationBase: GoogleAppsScript.Spreadsheet.DataValidationBuilder | null = null;

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
