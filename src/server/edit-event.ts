// What an on-edit event tells: the edited block, the editor, the old value as the log shows it, and the
// context every part of the direct-edit handling works in.
import { formatDay } from '../core/dates';
import type { Lang, SheetDef } from '../core/schema';
import { parseA1 } from '../core/tables';
import type { Workbook } from './workbook';

export type EditEvent = GoogleAppsScript.Events.SheetsOnEdit & { triggerUid?: string };

/** The edited block, 1-based top-left, in rows and columns. */
export interface EditedBlock {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export function editedBlock(range: GoogleAppsScript.Spreadsheet.Range): EditedBlock {
  const notation = range.getA1Notation();
  const [from, to] = notation.split(':');
  const start = from ? parseA1(from) : null;
  const end = to ? parseA1(to) : start;
  if (start && end) {
    return { top: start.row + 1, left: start.col + 1, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
  }
  return { top: range.getRow(), left: range.getColumn(), rows: range.getNumRows(), cols: range.getNumColumns() };
}

/** 0-based columns of the block. */
export function blockColumns(block: EditedBlock): number[] {
  return Array.from({ length: block.cols }, (_, i) => block.left - 1 + i);
}

/** The edit of one direct edit, as every part of its handling sees it. */
export interface EditContext {
  e: EditEvent;
  wb: Workbook;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  name: string;
  def: SheetDef;
  block: EditedBlock;
  /** The workbook language (what the add-on writes in the sheets). */
  lang: Lang;
  /** The editor's email, '' when Google withholds it. */
  email: string;
  /** One cell typed (Google gives its old and new value); a paste or fill is several. */
  single: boolean;
  now: Date;
}

/** One cell typed over with the same value it held (Google gives the same old and new value). */
export function retyped(ctx: EditContext): boolean {
  return ctx.single && ctx.e.oldValue !== undefined && String(ctx.e.oldValue) === String(ctx.e.value ?? '');
}

/**
 * The edit's old value as the log shows it. Google gives it as text, a date as its serial number ('43994'),
 * so in a date column a serial becomes the date (dd/mm/yyyy, as the log writes every date).
 */
export function oldValueText(oldValue: unknown, kind: string | undefined): string {
  const text = oldValue === undefined || oldValue === null ? '' : String(oldValue);
  if (kind !== 'date' || !/^\d+(\.\d+)?$/.test(text.trim())) return text;
  return formatDay(Math.floor(Number(text)), 'vi');
}
