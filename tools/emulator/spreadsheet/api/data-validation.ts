// DataValidation and its builder.
import type { ValidationData } from '../model';
import { fail, signatureError, type Ctx } from './context';

export class DataValidation {
  _ctx: Ctx;
  _data: ValidationData;
  constructor(ctx: Ctx, data: ValidationData) {
    this._ctx = ctx;
    this._data = data;
  }
  getCriteriaType(): string {
    return this._data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._data.values.slice();
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string | null {
    return this._data.helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._ctx);
    b._data = { ...this._data, values: this._data.values.slice() };
    return b;
  }
  toString(): string {
    return 'DataValidation';
  }
}

export class DataValidationBuilder {
  _ctx: Ctx;
  _data: ValidationData = { criteria: '', values: [], allowInvalid: true, helpText: null };
  constructor(ctx: Ctx) {
    this._ctx = ctx;
  }
  private set(criteria: string, values: unknown[]): DataValidationBuilder {
    this._data = { ...this._data, criteria, values };
    return this;
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): DataValidationBuilder {
    return this.set(
      'CHECKBOX',
      checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked],
    );
  }
  requireDate(): DataValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: unknown): DataValidationBuilder {
    return this.set('DATE_AFTER', [d]);
  }
  requireDateBefore(d: unknown): DataValidationBuilder {
    return this.set('DATE_BEFORE', [d]);
  }
  requireDateBetween(a: unknown, b: unknown): DataValidationBuilder {
    return this.set('DATE_BETWEEN', [a, b]);
  }
  requireDateNotBetween(a: unknown, b: unknown): DataValidationBuilder {
    return this.set('DATE_NOT_BETWEEN', [a, b]);
  }
  requireDateEqualTo(d: unknown): DataValidationBuilder {
    return this.set('DATE_EQUAL_TO', [d]);
  }
  requireDateOnOrAfter(d: unknown): DataValidationBuilder {
    return this.set('DATE_ON_OR_AFTER', [d]);
  }
  requireDateOnOrBefore(d: unknown): DataValidationBuilder {
    return this.set('DATE_ON_OR_BEFORE', [d]);
  }
  requireNumberBetween(a: unknown, b: unknown): DataValidationBuilder {
    return this.set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberNotBetween(a: unknown, b: unknown): DataValidationBuilder {
    return this.set('NUMBER_NOT_BETWEEN', [a, b]);
  }
  requireNumberEqualTo(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: unknown): DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextContains(t: unknown): DataValidationBuilder {
    return this.set('TEXT_CONTAINS', [t]);
  }
  requireTextDoesNotContain(t: unknown): DataValidationBuilder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  requireTextEqualTo(t: unknown): DataValidationBuilder {
    return this.set('TEXT_EQUAL_TO', [t]);
  }
  requireTextIsEmail(): DataValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DataValidationBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: unknown, showDropdown?: unknown): DataValidationBuilder {
    if (!Array.isArray(values)) signatureError('SpreadsheetApp.DataValidationBuilder.requireValueInList', [values]);
    // Sheets keeps each item's text: [9, false, 'z'] reads back as ['9', 'false', 'z'].
    return this.set('VALUE_IN_LIST', [
      values.map((v) => String(v)),
      showDropdown === undefined ? true : Boolean(showDropdown),
    ]);
  }
  requireValueInRange(range: unknown, showDropdown?: unknown): DataValidationBuilder {
    return this.set('VALUE_IN_RANGE', [range, showDropdown === undefined ? true : Boolean(showDropdown)]);
  }
  requireFormulaSatisfied(formula: unknown): DataValidationBuilder {
    return this.set('CUSTOM_FORMULA', [String(formula)]);
  }
  withCriteria(criteria: unknown, args: unknown): DataValidationBuilder {
    return this.set(String(criteria), Array.isArray(args) ? args.slice() : []);
  }
  setAllowInvalid(allow: unknown): DataValidationBuilder {
    this._data = { ...this._data, allowInvalid: Boolean(allow) };
    return this;
  }
  setHelpText(text: unknown): DataValidationBuilder {
    this._data = { ...this._data, helpText: text === null || text === undefined ? null : String(text) };
    return this;
  }
  getCriteriaType(): string {
    return this._data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._data.values.slice();
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string | null {
    return this._data.helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._ctx);
    b._data = { ...this._data, values: this._data.values.slice() };
    return b;
  }
  build(): DataValidation {
    if (!this._data.criteria) fail('You must set a validation criteria before building the data validation.');
    return new DataValidation(this._ctx, { ...this._data, values: this._data.values.slice() });
  }
  toString(): string {
    return 'DataValidationBuilder';
  }
}
