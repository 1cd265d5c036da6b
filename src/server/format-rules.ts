// The add-on's conditional-format rules on the generated sheets (docs/workbook.md §4): one rule per colour of
// Standing (over Deadline and Standing), of the awaiting Status, and of Rating. The add-on's own rules are
// recognised by their marker and replaced; the user's are kept as they are.
import { columnLetter, isAddonRuleFormula, ruleFormula, typedRuleFormula } from '../core/formulas';
import { AWAITING_COLOR, RATING, STANDING, STATUS } from '../core/fixed-lists';
import type { FormatTarget } from './formats';

// One builder from the service per execution; copies of it cost no round trip.
let ruleBase: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder | null = null;

export function conditionalRuleBuilder(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  ruleBase ??= SpreadsheetApp.newConditionalFormatRule();
  return ruleBase;
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

export function setRules(target: FormatTarget, first: number, last: number, layoutChanged: boolean): boolean {
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
export function buildRules(
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
