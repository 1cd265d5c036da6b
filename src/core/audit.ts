// The Audit log (Nhật ký, docs/workbook.md §9): one line per changed field — time, user, source, sheet, key, column,
// old value, new value. Pure builders; the server appends the rows in one write.
import { dayFromDate, formatDay, isDate, isoFromDay } from './dates';
import type { TableLayout } from './model';
import { AUDIT } from './record-sheets';
import { AUDIT_SOURCE } from './fixed-lists';
import type { Lang } from './schema';

export type AuditSource = keyof typeof AUDIT_SOURCE;

export interface AuditEntry {
  /** When the change was made (written as a date-time). */
  time: Date;
  /** The user's email; '' when Apps Script gives none (recorded as "không xác định" / "unknown"). */
  user: string;
  source: AuditSource;
  /** The sheet's name as it is in the workbook. */
  sheet: string;
  /** The row's key, e.g. 'DV01 / M07' (see auditKey). */
  key: string;
  /** The column's header as it is in the workbook. */
  column: string;
  oldValue: unknown;
  newValue: unknown;
}

export const UNKNOWN_USER = { vi: 'không xác định', en: 'unknown' } as const;

/** How a row is named in the log: its key cells joined, e.g. 'DV01 / M07'. */
export function auditKey(...ids: string[]): string {
  return ids.map((id) => id.trim()).join(' / ');
}

export function auditUser(email: string, lang: Lang): string {
  return email.trim() === '' ? UNKNOWN_USER[lang] : email.trim();
}

const pad = (n: number): string => String(n).padStart(2, '0');

function wallTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return `${pad(hour)}:${pad(minute)}`;
}

/** 'yyyy-mm-dd hh:mm' of an instant in the time zone ('' for an invalid Date). */
export function formatDateTime(date: Date, timeZone: string): string {
  const day = dayFromDate(date, timeZone);
  return day === null ? '' : `${isoFromDay(day)} ${wallTime(date, timeZone)}`;
}

/**
 * A cell value as the log shows it: blank '', a date dd/mm/yyyy (with ' hh:mm' when it has a time of day in
 * the zone), numbers and text as they are, booleans TRUE/FALSE.
 */
export function auditValueText(value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) {
    const day = dayFromDate(value, timeZone);
    if (day === null) return '';
    const time = wallTime(value, timeZone);
    const date = formatDay(day, 'vi');
    return time === '00:00' ? date : `${date} ${time}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * Text written with setValue(s) that must stay text: Sheets would turn '=…' into a formula, '+1'/'-1'/'1.5'
 * into numbers, '1/2' into a date. A leading apostrophe makes Sheets keep the characters as they are (the
 * apostrophe itself is not part of the value), so every non-blank text written on a user's behalf gets one.
 */
export function asSheetText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** The header row of a new Audit log sheet. */
export function auditHeader(lang: Lang): string[] {
  return AUDIT.columns.map((c) => c[lang]);
}

/**
 * The cells of one log line in the sheet's column order (`layout` when the sheet exists and may have been
 * rearranged, else the schema order). Text cells carry the apostrophe of asSheetText.
 */
export function auditRow(entry: AuditEntry, lang: Lang, timeZone: string, layout?: TableLayout | null): unknown[] {
  const cells: Record<string, unknown> = {
    time: entry.time,
    user: asSheetText(auditUser(entry.user, lang)),
    source: AUDIT_SOURCE[entry.source][lang],
    sheet: asSheetText(entry.sheet),
    key: asSheetText(entry.key),
    column: asSheetText(entry.column),
    oldValue: asSheetText(auditValueText(entry.oldValue, timeZone)),
    newValue: asSheetText(auditValueText(entry.newValue, timeZone)),
  };
  if (!layout) return AUDIT.columns.map((c) => cells[c.key]);
  const width = Math.max(layout.width, ...AUDIT.columns.map((c) => (layout.columns[c.key] ?? -1) + 1));
  const row = new Array<unknown>(width).fill('');
  for (const c of AUDIT.columns) {
    const index = layout.columns[c.key];
    if (index !== undefined) row[index] = cells[c.key];
  }
  return row;
}

export interface FieldChange {
  /** Schema column key. */
  key: string;
  oldValue: unknown;
  newValue: unknown;
}

/** The fields whose value differs, compared as the log would show them (a Date and its day are equal). */
export function changedFields(
  keys: readonly string[],
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  timeZone: string,
): FieldChange[] {
  return keys
    .filter((k) => auditValueText(before[k], timeZone) !== auditValueText(after[k], timeZone))
    .map((k) => ({ key: k, oldValue: before[k], newValue: after[k] }));
}
