// The findings as the Data issues sheet lists them (header row found by its labels, either language).
import { ISSUES } from '../../src/core/record-sheets';
import { SEVERITY } from '../../src/core/fixed-lists';
import { normalizeKey } from '../../src/core/schema';
import type { Emulator } from '../emulator';

export interface Issue {
  severity: 'error' | 'warning';
  code: string;
  sheet: string;
  cell: string;
  message: string;
}

export function sheetNamed(emulator: Emulator, def: { vi: string; en: string }): string | undefined {
  const wanted = new Set([normalizeKey(def.vi), normalizeKey(def.en)]);
  return emulator.backend.sheetNames().find((name) => wanted.has(normalizeKey(name)));
}

export function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A finding as a line of the Data issues sheet: its 1-based row there. */
export interface IssueLine extends Issue {
  row: number;
}

/** The Data issues sheet's name in this workbook (either language), if it exists. */
export function issuesSheetName(emulator: Emulator): string | undefined {
  return sheetNamed(emulator, ISSUES);
}

/** The finding lines of the Data issues sheet (header row found by its labels, either language). */
export function issueLines(emulator: Emulator): IssueLine[] {
  const name = sheetNamed(emulator, ISSUES);
  if (!name) return [];
  const values = emulator.backend.snapshot(name).values;
  const wanted: Record<string, string> = {};
  for (const column of ISSUES.columns) {
    wanted[normalizeKey(column.vi)] = column.key;
    wanted[normalizeKey(column.en)] = column.key;
  }
  const severityOf = new Map<string, Issue['severity']>([
    [normalizeKey(SEVERITY.error.vi), 'error'],
    [normalizeKey(SEVERITY.error.en), 'error'],
    [normalizeKey(SEVERITY.warning.vi), 'warning'],
    [normalizeKey(SEVERITY.warning.en), 'warning'],
  ]);
  const headerRow = values
    .slice(0, 10)
    .findIndex((row) => row.some((cell) => wanted[normalizeKey(text(cell))] === 'severity'));
  if (headerRow < 0) return [];
  const index: Record<string, number> = {};
  (values[headerRow] ?? []).forEach((cell, i) => {
    const key = wanted[normalizeKey(text(cell))];
    if (key && index[key] === undefined) index[key] = i;
  });
  const at = (row: unknown[], key: string) => (index[key] === undefined ? '' : text(row[index[key] as number]));
  const lines: IssueLine[] = [];
  values.forEach((row, i) => {
    if (i <= headerRow) return;
    const severity = severityOf.get(normalizeKey(at(row, 'severity')));
    if (!severity) return;
    lines.push({
      row: i + 1,
      severity,
      code: at(row, 'code'),
      sheet: at(row, 'sheet'),
      cell: at(row, 'cell'),
      message: at(row, 'message'),
    });
  });
  return lines;
}

/** Findings as listed on the Data issues sheet. */
export function issuesFromSheet(emulator: Emulator): Issue[] {
  return issueLines(emulator).map(({ severity, code, sheet, cell, message }) => ({
    severity,
    code,
    sheet,
    cell,
    message,
  }));
}
