// Data validation rules in .xlsx, both ways: what ExcelJS reads into the model and writes back.
import ExcelJS from 'exceljs';
import type { ValidationData } from './model';
import { isDate } from './time';
import { excelDateFromSerial, formulaFromExcel, formulaToExcel, serialFromExcelDate } from './xlsx-conversions';

function excelNumberArg(v: unknown): unknown {
  if (isDate(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return v;
}

export function validationFromExcel(dv: ExcelJS.DataValidation): ValidationData | undefined {
  const allowInvalid = !dv.showErrorMessage || dv.errorStyle === 'warning' || dv.errorStyle === 'information';
  const helpText = dv.prompt ?? dv.error ?? null;
  const f = (dv.formulae ?? []).map(excelNumberArg);
  const base = { allowInvalid, helpText };
  const op = dv.operator ?? 'between';
  switch (dv.type) {
    case 'list': {
      const src = String(dv.formulae?.[0] ?? '');
      if (src.startsWith('"')) {
        const items = src
          .slice(1, -1)
          .split(',')
          .map((s) => s.trim());
        return { criteria: 'VALUE_IN_LIST', values: [items, true], ...base };
      }
      return { criteria: 'VALUE_IN_RANGE', values: [src.replace(/\$/g, ''), true], ...base };
    }
    case 'date': {
      const first = f[0];
      const serial = isDate(first) ? serialFromExcelDate(first) : Number(first);
      if ((op === 'greaterThan' || op === 'greaterThanOrEqual') && serial <= 1)
        return { criteria: 'DATE_IS_VALID_DATE', values: [], ...base };
      const dates = f.map((x) => (isDate(x) ? x : excelDateFromSerial(Number(x))));
      const map: Record<string, string> = {
        between: 'DATE_BETWEEN',
        notBetween: 'DATE_NOT_BETWEEN',
        equal: 'DATE_EQUAL_TO',
        greaterThan: 'DATE_AFTER',
        greaterThanOrEqual: 'DATE_ON_OR_AFTER',
        lessThan: 'DATE_BEFORE',
        lessThanOrEqual: 'DATE_ON_OR_BEFORE',
      };
      return { criteria: map[op] ?? 'DATE_IS_VALID_DATE', values: dates, ...base };
    }
    case 'decimal':
    case 'whole': {
      const map: Record<string, string> = {
        between: 'NUMBER_BETWEEN',
        notBetween: 'NUMBER_NOT_BETWEEN',
        equal: 'NUMBER_EQUAL_TO',
        notEqual: 'NUMBER_NOT_EQUAL_TO',
        greaterThan: 'NUMBER_GREATER_THAN',
        greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
        lessThan: 'NUMBER_LESS_THAN',
        lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
      };
      return { criteria: map[op] ?? 'NUMBER_BETWEEN', values: f, ...base };
    }
    case 'custom':
      return { criteria: 'CUSTOM_FORMULA', values: [formulaFromExcel(String(dv.formulae?.[0] ?? ''))], ...base };
    default:
      return undefined;
  }
}

export function validationToExcel(v: ValidationData): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: true,
    showErrorMessage: !v.allowInvalid,
    errorStyle: v.allowInvalid ? 'warning' : 'stop',
    ...(v.helpText ? { prompt: v.helpText, showInputMessage: true, error: v.helpText } : {}),
  };
  const num = (x: unknown): unknown => (isDate(x) ? x : Number(x));
  const dateOp: Record<string, ExcelJS.DataValidationOperator> = {
    DATE_AFTER: 'greaterThan',
    DATE_ON_OR_AFTER: 'greaterThanOrEqual',
    DATE_BEFORE: 'lessThan',
    DATE_ON_OR_BEFORE: 'lessThanOrEqual',
    DATE_BETWEEN: 'between',
    DATE_NOT_BETWEEN: 'notBetween',
    DATE_EQUAL_TO: 'equal',
  };
  const numOp: Record<string, ExcelJS.DataValidationOperator> = {
    NUMBER_GREATER_THAN: 'greaterThan',
    NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
    NUMBER_LESS_THAN: 'lessThan',
    NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
    NUMBER_BETWEEN: 'between',
    NUMBER_NOT_BETWEEN: 'notBetween',
    NUMBER_EQUAL_TO: 'equal',
    NUMBER_NOT_EQUAL_TO: 'notEqual',
  };
  switch (v.criteria) {
    case 'VALUE_IN_LIST': {
      const items = (Array.isArray(v.values[0]) ? v.values[0] : []).map((x) => String(x).replace(/"/g, '""'));
      return { type: 'list', formulae: ['"' + items.join(',') + '"'], ...common } as ExcelJS.DataValidation;
    }
    case 'VALUE_IN_RANGE': {
      const src = v.values[0] as { getA1Notation?: () => string; getSheet?: () => { getName(): string } } | string;
      const a1 =
        typeof src === 'string'
          ? src
          : src?.getA1Notation
            ? `'${src.getSheet!().getName().replace(/'/g, "''")}'!${src.getA1Notation()}`
            : '';
      return { type: 'list', formulae: [a1], ...common } as ExcelJS.DataValidation;
    }
    case 'CHECKBOX':
      return { type: 'list', formulae: ['"TRUE,FALSE"'], ...common } as ExcelJS.DataValidation;
    case 'DATE_IS_VALID_DATE':
      return {
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1899, 11, 31))],
        ...common,
      } as ExcelJS.DataValidation;
    case 'CUSTOM_FORMULA':
      return {
        type: 'custom',
        formulae: [formulaToExcel(String(v.values[0] ?? ''))],
        ...common,
      } as ExcelJS.DataValidation;
    default:
      if (dateOp[v.criteria]) {
        const dates = v.values.map((x) => (isDate(x) ? new Date(x.getTime()) : excelDateFromSerial(Number(x))));
        return { type: 'date', operator: dateOp[v.criteria], formulae: dates, ...common } as ExcelJS.DataValidation;
      }
      if (numOp[v.criteria])
        return {
          type: 'decimal',
          operator: numOp[v.criteria],
          formulae: v.values.map(num),
          ...common,
        } as ExcelJS.DataValidation;
      return undefined;
  }
}
