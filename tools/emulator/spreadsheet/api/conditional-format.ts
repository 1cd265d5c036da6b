// ConditionalFormatRule, its builder, BooleanCondition and Color.
import { normalizeColor } from '../colors';
import type { ConditionalFormat, ConditionalRuleData } from '../model';
import type { SheetModel } from '../workbook';
import { fail, signatureError, toGrid, type Ctx } from './context';
import { Range } from './range';

export function cloneRule(r: ConditionalRuleData): ConditionalRuleData {
  return {
    ranges: r.ranges.map(toGrid),
    ...(r.condition ? { condition: { type: r.condition.type, values: r.condition.values.slice() } } : {}),
    ...(r.gradient ? { gradient: { ...r.gradient } } : {}),
    format: { ...r.format },
  };
}

export class Color {
  _hex: string;
  constructor(hex: string) {
    this._hex = hex;
  }
  asHexString(): string {
    return this._hex;
  }
  asRgbColor(): Color {
    return this;
  }
  getColorType(): string {
    return 'RGB';
  }
  getRed(): number {
    return parseInt(this._hex.slice(1, 3), 16);
  }
  getGreen(): number {
    return parseInt(this._hex.slice(3, 5), 16);
  }
  getBlue(): number {
    return parseInt(this._hex.slice(5, 7), 16);
  }
}

export class BooleanCondition {
  _data: ConditionalRuleData;
  constructor(data: ConditionalRuleData) {
    this._data = data;
  }
  getCriteriaType(): string {
    return this._data.condition?.type ?? '';
  }
  getCriteriaValues(): unknown[] {
    return (this._data.condition?.values ?? []).slice();
  }
  getBackground(): string | null {
    return this._data.format.background ?? null;
  }
  getBackgroundObject(): Color | null {
    const b = this._data.format.background;
    return b ? new Color(b) : null;
  }
  getFontColor(): string | null {
    return this._data.format.fontColor ?? null;
  }
  getFontColorObject(): Color | null {
    const b = this._data.format.fontColor;
    return b ? new Color(b) : null;
  }
  getBold(): boolean | null {
    return this._data.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._data.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this._data.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this._data.format.underline ?? null;
  }
  /** Apps Script prints a rule's condition under this name. */
  toString(): string {
    return 'ConditionalFormatBooleanCondition';
  }
}

export class ConditionalFormatRule {
  _ctx: Ctx;
  _sheet: SheetModel | undefined;
  _data: ConditionalRuleData;
  constructor(ctx: Ctx, sheet: SheetModel | undefined, data: ConditionalRuleData) {
    this._ctx = ctx;
    this._sheet = sheet;
    this._data = data;
  }
  getBooleanCondition(): BooleanCondition | null {
    return this._data.condition ? new BooleanCondition(this._data) : null;
  }
  getGradientCondition(): unknown {
    return this._data.gradient ? { ...this._data.gradient } : null;
  }
  getRanges(): Range[] {
    const sheet = this._sheet ?? this._ctx.wb.activeSheet();
    return this._data.ranges.map((g) => new Range(this._ctx, sheet, g.row, g.column, g.numRows, g.numColumns));
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this._ctx);
    b._data = cloneRule(this._data);
    b._sheet = this._sheet;
    return b;
  }
  toString(): string {
    return 'ConditionalFormatRule';
  }
}

export class ConditionalFormatRuleBuilder {
  _ctx: Ctx;
  _sheet: SheetModel | undefined;
  _data: ConditionalRuleData = { ranges: [], format: {} };
  constructor(ctx: Ctx) {
    this._ctx = ctx;
  }
  private when(type: string, values: unknown[]): ConditionalFormatRuleBuilder {
    this._data = { ...this._data, condition: { type, values } };
    delete this._data.gradient;
    return this;
  }
  private fmt(patch: ConditionalFormat): ConditionalFormatRuleBuilder {
    this._data = { ...this._data, format: { ...this._data.format, ...patch } };
    return this;
  }
  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenDateAfter(d: unknown): ConditionalFormatRuleBuilder {
    return this.when(typeof d === 'string' ? 'DATE_AFTER_RELATIVE' : 'DATE_AFTER', [d]);
  }
  whenDateBefore(d: unknown): ConditionalFormatRuleBuilder {
    return this.when(typeof d === 'string' ? 'DATE_BEFORE_RELATIVE' : 'DATE_BEFORE', [d]);
  }
  whenDateEqualTo(d: unknown): ConditionalFormatRuleBuilder {
    return this.when(typeof d === 'string' ? 'DATE_EQUAL_TO_RELATIVE' : 'DATE_EQUAL_TO', [d]);
  }
  whenFormulaSatisfied(formula: unknown): ConditionalFormatRuleBuilder {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenNumberBetween(a: unknown, b: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenNumberNotBetween(a: unknown, b: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_BETWEEN', [a, b]);
  }
  whenNumberEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenTextContains(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_CONTAINS', [String(t)]);
  }
  whenTextDoesNotContain(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [String(t)]);
  }
  whenTextEqualTo(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [String(t)]);
  }
  whenTextStartsWith(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_STARTS_WITH', [String(t)]);
  }
  whenTextEndsWith(t: unknown): ConditionalFormatRuleBuilder {
    return this.when('TEXT_ENDS_WITH', [String(t)]);
  }
  withCriteria(criteria: unknown, args: unknown): ConditionalFormatRuleBuilder {
    return this.when(String(criteria), Array.isArray(args) ? args.slice() : []);
  }
  setGradientMaxpoint(color: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ maxColor: normalizeColor(color), maxType: 'MAX' });
  }
  setGradientMinpoint(color: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ minColor: normalizeColor(color), minType: 'MIN' });
  }
  setGradientMaxpointWithValue(color: unknown, type: unknown, value: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ maxColor: normalizeColor(color), maxType: String(type), maxValue: value });
  }
  setGradientMidpointWithValue(color: unknown, type: unknown, value: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ midColor: normalizeColor(color), midType: String(type), midValue: value });
  }
  setGradientMinpointWithValue(color: unknown, type: unknown, value: unknown): ConditionalFormatRuleBuilder {
    return this.gradient({ minColor: normalizeColor(color), minType: String(type), minValue: value });
  }
  private gradient(patch: Record<string, unknown>): ConditionalFormatRuleBuilder {
    const { condition: _c, ...rest } = this._data;
    this._data = { ...rest, gradient: { ...(this._data.gradient ?? {}), ...patch } };
    return this;
  }
  setBackground(color: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ background: normalizeColor(color) });
  }
  setBackgroundObject(color: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ background: color instanceof Color ? color._hex : normalizeColor(color) });
  }
  setFontColor(color: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ fontColor: normalizeColor(color) });
  }
  setBold(b: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ bold: b === null ? null : Boolean(b) });
  }
  setItalic(b: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ italic: b === null ? null : Boolean(b) });
  }
  setStrikethrough(b: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ strikethrough: b === null ? null : Boolean(b) });
  }
  setUnderline(b: unknown): ConditionalFormatRuleBuilder {
    return this.fmt({ underline: b === null ? null : Boolean(b) });
  }
  setRanges(ranges: unknown): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges) || !ranges.every((r) => r instanceof Range))
      signatureError('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    const rs = ranges as Range[];
    this._sheet = rs[0]?._sheet ?? this._sheet;
    this._data = { ...this._data, ranges: rs.map((r) => r._grid()) };
    return this;
  }
  getRanges(): Range[] {
    return new ConditionalFormatRule(this._ctx, this._sheet, this._data).getRanges();
  }
  getBooleanCondition(): BooleanCondition | null {
    return this._data.condition ? new BooleanCondition(this._data) : null;
  }
  getGradientCondition(): unknown {
    return this._data.gradient ? { ...this._data.gradient } : null;
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this._ctx);
    b._data = cloneRule(this._data);
    b._sheet = this._sheet;
    return b;
  }
  build(): ConditionalFormatRule {
    if (!this._data.condition && !this._data.gradient) fail('Conditional format rule must have a condition.');
    if (this._data.ranges.length === 0) fail('Conditional format rule must have at least one range.');
    return new ConditionalFormatRule(this._ctx, this._sheet, cloneRule(this._data));
  }
  toString(): string {
    return 'ConditionalFormatRuleBuilder';
  }
}
