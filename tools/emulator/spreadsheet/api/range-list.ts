// RangeList: the same call applied to each of its ranges.
import type { Range } from './range';

export class RangeList {
  _ranges: Range[];
  constructor(ranges: Range[]) {
    this._ranges = ranges;
  }
  getRanges(): Range[] {
    return this._ranges.slice();
  }
  activate(): RangeList {
    this._ranges[this._ranges.length - 1]?.activate();
    return this;
  }
  private each(method: keyof Range, args: unknown[]): RangeList {
    for (const r of this._ranges) (r[method] as (...a: unknown[]) => unknown).apply(r, args);
    return this;
  }
  setValue(...args: unknown[]): RangeList {
    return this.each('setValue', args);
  }
  setFormula(...args: unknown[]): RangeList {
    return this.each('setFormula', args);
  }
  setFormulaR1C1(...args: unknown[]): RangeList {
    return this.each('setFormulaR1C1', args);
  }
  setNumberFormat(...args: unknown[]): RangeList {
    return this.each('setNumberFormat', args);
  }
  setBackground(...args: unknown[]): RangeList {
    return this.each('setBackground', args);
  }
  setBackgroundRGB(...args: unknown[]): RangeList {
    return this.each('setBackgroundRGB', args);
  }
  setFontColor(...args: unknown[]): RangeList {
    return this.each('setFontColor', args);
  }
  setFontWeight(...args: unknown[]): RangeList {
    return this.each('setFontWeight', args);
  }
  setFontStyle(...args: unknown[]): RangeList {
    return this.each('setFontStyle', args);
  }
  setFontLine(...args: unknown[]): RangeList {
    return this.each('setFontLine', args);
  }
  setFontSize(...args: unknown[]): RangeList {
    return this.each('setFontSize', args);
  }
  setFontFamily(...args: unknown[]): RangeList {
    return this.each('setFontFamily', args);
  }
  setHorizontalAlignment(...args: unknown[]): RangeList {
    return this.each('setHorizontalAlignment', args);
  }
  setVerticalAlignment(...args: unknown[]): RangeList {
    return this.each('setVerticalAlignment', args);
  }
  setWrap(...args: unknown[]): RangeList {
    return this.each('setWrap', args);
  }
  setWrapStrategy(...args: unknown[]): RangeList {
    return this.each('setWrapStrategy', args);
  }
  setNote(...args: unknown[]): RangeList {
    return this.each('setNote', args);
  }
  setDataValidation(...args: unknown[]): RangeList {
    return this.each('setDataValidation', args);
  }
  setBorder(...args: unknown[]): RangeList {
    return this.each('setBorder', args);
  }
  clear(...args: unknown[]): RangeList {
    return this.each('clear', args);
  }
  clearContent(...args: unknown[]): RangeList {
    return this.each('clearContent', args);
  }
  clearFormat(...args: unknown[]): RangeList {
    return this.each('clearFormat', args);
  }
  clearNote(...args: unknown[]): RangeList {
    return this.each('clearNote', args);
  }
  clearDataValidations(...args: unknown[]): RangeList {
    return this.each('clearDataValidations', args);
  }
  insertCheckboxes(...args: unknown[]): RangeList {
    return this.each('insertCheckboxes', args);
  }
  removeCheckboxes(...args: unknown[]): RangeList {
    return this.each('removeCheckboxes', args);
  }
  check(...args: unknown[]): RangeList {
    return this.each('check', args);
  }
  uncheck(...args: unknown[]): RangeList {
    return this.each('uncheck', args);
  }
  breakApart(...args: unknown[]): RangeList {
    return this.each('breakApart', args);
  }
}
