// Conditional formats in .xlsx, both ways: formula and comparison rules with a fill (dxf).
import ExcelJS from 'exceljs';
import { parseA1, rangeA1 } from './a1';
import { normalizeColor } from './colors';
import type { ConditionalRuleData, GridRange } from './model';
import { isDate } from './time';
import { argbToHex, formulaFromExcel, formulaToExcel, hexToArgb, serialFromExcelDate } from './xlsx-conversions';

function gridFromRef(ref: string): GridRange[] {
  return ref
    .split(/\s+/)
    .map((a) => parseA1(a))
    .filter((p): p is NonNullable<typeof p> => p !== undefined)
    .map((p) => ({
      row: p.row,
      column: p.column,
      numRows: (p.endRow ?? p.row) - p.row + 1,
      numColumns: (p.endColumn ?? p.column) - p.column + 1,
    }));
}

export function conditionalRulesFromExcel(ws: ExcelJS.Worksheet): ConditionalRuleData[] {
  const cfs =
    (ws as unknown as { conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] })
      .conditionalFormattings ?? [];
  const collected: { priority: number; order: number; rule: ConditionalRuleData }[] = [];
  let order = 0;
  for (const cf of cfs) {
    const ranges = gridFromRef(cf.ref);
    for (const rule of cf.rules) {
      const r = rule as ExcelJS.ConditionalFormattingRule & {
        formulae?: unknown[];
        operator?: string;
        text?: string;
        style?: Partial<ExcelJS.Style>;
        priority?: number;
      };
      const condition = conditionFromExcel(r);
      if (!condition) continue;
      const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
      const background = fill ? (argbToHex(fill.bgColor) ?? argbToHex(fill.fgColor)) : undefined;
      const fontColor = argbToHex(r.style?.font?.color);
      collected.push({
        priority: r.priority ?? Number.MAX_SAFE_INTEGER,
        order: order++,
        rule: {
          ranges,
          condition,
          format: {
            ...(background ? { background } : {}),
            ...(fontColor ? { fontColor } : {}),
            ...(r.style?.font?.bold !== undefined ? { bold: Boolean(r.style.font.bold) } : {}),
            ...(r.style?.font?.italic !== undefined ? { italic: Boolean(r.style.font.italic) } : {}),
          },
        },
      });
    }
  }
  return collected.sort((a, b) => a.priority - b.priority || a.order - b.order).map((c) => c.rule);
}

function conditionFromExcel(r: {
  type: string;
  formulae?: unknown[];
  operator?: string;
  text?: string;
}): { type: string; values: unknown[] } | undefined {
  const f = (r.formulae ?? []).map((x) => String(x));
  if (r.type === 'expression') return { type: 'CUSTOM_FORMULA', values: [formulaFromExcel(f[0] ?? 'FALSE')] };
  if (r.type === 'cellIs') {
    const quoted = f[0]?.startsWith('"');
    const arg = (s: string | undefined): unknown =>
      s === undefined ? undefined : s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : Number(s);
    const map: Record<string, string> = {
      equal: quoted ? 'TEXT_EQUAL_TO' : 'NUMBER_EQUAL_TO',
      notEqual: quoted ? 'TEXT_NOT_EQUAL_TO' : 'NUMBER_NOT_EQUAL_TO',
      greaterThan: 'NUMBER_GREATER_THAN',
      greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      lessThan: 'NUMBER_LESS_THAN',
      lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
      between: 'NUMBER_BETWEEN',
      notBetween: 'NUMBER_NOT_BETWEEN',
    };
    const type = map[r.operator ?? 'equal'];
    return type ? { type, values: f.map(arg) } : undefined;
  }
  if (r.type === 'containsText') {
    const map: Record<string, string> = {
      containsText: 'TEXT_CONTAINS',
      notContains: 'TEXT_DOES_NOT_CONTAIN',
      beginsWith: 'TEXT_STARTS_WITH',
      endsWith: 'TEXT_ENDS_WITH',
      containsBlanks: 'CELL_EMPTY',
      notContainsBlanks: 'CELL_NOT_EMPTY',
    };
    const type = map[r.operator ?? 'containsText'];
    return type ? { type, values: type.startsWith('CELL_') ? [] : [r.text ?? ''] } : undefined;
  }
  return undefined;
}

export function conditionalRuleToExcel(
  rule: ConditionalRuleData,
  priority: number,
): ExcelJS.ConditionalFormattingRule | undefined {
  const c = rule.condition;
  if (!c) return undefined;
  const style: Partial<ExcelJS.Style> = {};
  const bg = normalizeColor(rule.format.background);
  if (bg)
    style.fill = {
      type: 'pattern',
      pattern: 'solid',
      bgColor: { argb: hexToArgb(bg) },
      fgColor: { argb: hexToArgb(bg) },
    };
  const font: Partial<ExcelJS.Font> = {};
  const fc = normalizeColor(rule.format.fontColor);
  if (fc) font.color = { argb: hexToArgb(fc) };
  if (rule.format.bold) font.bold = true;
  if (rule.format.italic) font.italic = true;
  if (rule.format.strikethrough) font.strike = true;
  if (rule.format.underline) font.underline = true;
  if (Object.keys(font).length > 0) style.font = font;
  const quote = (s: unknown) => '"' + String(s).replace(/"/g, '""') + '"';
  const first = rule.ranges[0]!;
  const topLeft = rangeA1(first.row, first.column, 1, 1);
  const base = { priority, style };
  const numberOps: Record<string, string> = {
    NUMBER_EQUAL_TO: 'equal',
    NUMBER_NOT_EQUAL_TO: 'notEqual',
    NUMBER_GREATER_THAN: 'greaterThan',
    NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
    NUMBER_LESS_THAN: 'lessThan',
    NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
    NUMBER_BETWEEN: 'between',
    NUMBER_NOT_BETWEEN: 'notBetween',
  };
  const expr = (formula: string) =>
    ({ type: 'expression', formulae: [formula], ...base }) as ExcelJS.ConditionalFormattingRule;
  switch (c.type) {
    case 'CUSTOM_FORMULA':
      return expr(formulaToExcel(String(c.values[0] ?? 'FALSE')));
    case 'TEXT_EQUAL_TO':
      return {
        type: 'cellIs',
        operator: 'equal',
        formulae: [quote(c.values[0])],
        ...base,
      } as ExcelJS.ConditionalFormattingRule;
    case 'TEXT_NOT_EQUAL_TO':
      return {
        type: 'cellIs',
        operator: 'notEqual',
        formulae: [quote(c.values[0])],
        ...base,
      } as unknown as ExcelJS.ConditionalFormattingRule;
    case 'TEXT_CONTAINS':
      return expr(`NOT(ISERROR(SEARCH(${quote(c.values[0])},${topLeft})))`);
    case 'TEXT_DOES_NOT_CONTAIN':
      return expr(`ISERROR(SEARCH(${quote(c.values[0])},${topLeft}))`);
    case 'TEXT_STARTS_WITH':
      return expr(`LEFT(${topLeft},LEN(${quote(c.values[0])}))=${quote(c.values[0])}`);
    case 'TEXT_ENDS_WITH':
      return expr(`RIGHT(${topLeft},LEN(${quote(c.values[0])}))=${quote(c.values[0])}`);
    case 'CELL_EMPTY':
      return expr(`LEN(TRIM(${topLeft}))=0`);
    case 'CELL_NOT_EMPTY':
      return expr(`LEN(TRIM(${topLeft}))>0`);
    default:
      if (numberOps[c.type]) {
        return {
          type: 'cellIs',
          operator: numberOps[c.type],
          formulae: c.values.map((v) => String(isDate(v) ? serialFromExcelDate(v) : v)),
          ...base,
        } as ExcelJS.ConditionalFormattingRule;
      }
      return undefined;
  }
}
