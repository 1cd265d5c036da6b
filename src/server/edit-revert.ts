// Putting a direct edit back (docs/workbook.md §8.2): a single cell edited without permission under Settings'
// On unpermitted edit = Revert, and a key of Tiến độ or Thi đua typed over (whoever typed it, whatever the
// policy). The cell gets the old value Google's event gives, the editor is told, and the Audit log gets two
// lines: the value typed, then its putting back. The event gives a formula's old result, not the formula, so a
// cell that may have held one (a live column, Evidence with its HYPERLINK) is never put back.
import { asSheetText, auditKey, type AuditEntry } from '../core/audit';
import { dateFromDay } from '../core/dates';
import type { TableLayout } from '../core/model';
import { cellText } from '../core/parse';
import { MILESTONES, TARGETS, UNITS, type ColumnDef, type Lang } from '../core/schema';
import { appendAudit } from './audit';
import { retyped, type EditContext } from './edit-event';
import { toast } from './texts';

const DAY_MS = 86_400_000;

/** The sheet each key of Tiến độ and Thi đua comes from. */
const KEY_SOURCE: Record<string, { vi: string; en: string }> = {
  unitId: UNITS,
  milestoneId: MILESTONES,
  targetId: TARGETS,
};

const TEXT = {
  reverted: (cell: string, why: string) => ({
    vi: `Ô ${cell} đã được trả lại giá trị cũ (Cài đặt: Khi sửa trái quyền = Hoàn tác). ${why} Nhật ký ghi lại cả giá trị vừa nhập và việc trả lại.`,
    en: `Cell ${cell} was put back to its old value (Settings: On unpermitted edit = Revert). ${why} The Audit log records both the value typed and its undoing.`,
  }),
  notReverted: (column: string) => ({
    vi: `Ô này không được trả lại giá trị cũ dù Cài đặt đặt Khi sửa trái quyền = Hoàn tác, vì ô ở cột ${q(column)} có thể chứa công thức (như liên kết HYPERLINK) mà tiện ích không khôi phục nguyên vẹn được.`,
    en: `This cell was not put back although Settings say On unpermitted edit = Revert, because a ${q(column)} cell may hold a formula (such as a HYPERLINK) that the add-on cannot restore whole.`,
  }),
  keyPutBack: (cell: string, old: string, column: string, source: string) => ({
    vi: `Ô ${cell} đã được trả lại mã cũ ${q(old)}. Cột ${q(column)} là mã của dòng, do tiện ích ghi theo trang ${q(source)}: mã đổi ở đây sẽ khiến lần Làm mới bảng theo dõi tiếp theo chuyển dòng (cùng trạng thái, ghi chú đã nhập) sang trang Lưu trữ. Muốn đổi mã, hãy sửa ở trang ${q(source)} rồi Làm mới bảng theo dõi. Nhật ký ghi lại cả giá trị vừa nhập và việc trả lại.`,
    en: `Cell ${cell} was put back to its old ID ${q(old)}. The ${q(column)} column is the row's key, written by the add-on from the ${q(source)} sheet: an ID changed here would make the next Refresh tracking sheets move the row (with its status and notes) to the Archive. To change an ID, edit the ${q(source)} sheet, then Refresh tracking sheets. The Audit log records both the value typed and its undoing.`,
  }),
  keyNote: (column: string, source: string) => ({
    vi: `Cột ${q(column)} là mã của dòng, do tiện ích ghi theo trang ${q(source)}. Nếu mã ở đây đã bị đổi, lần Làm mới bảng theo dõi tiếp theo sẽ chuyển dòng này (cùng trạng thái, ghi chú đã nhập) sang trang Lưu trữ, trừ khi mã cũ được nhập lại trước đó. Muốn đổi mã, hãy sửa ở trang ${q(source)}.`,
    en: `The ${q(column)} column is the row's key, written by the add-on from the ${q(source)} sheet. If the ID here was changed, the next Refresh tracking sheets moves this row (with its status and notes) to the Archive, unless the old ID is typed back before then. To change an ID, edit the ${q(source)} sheet.`,
  }),
};

function q(s: string): string {
  return `“${s}”`;
}

/** Whether the event's old value gives the cell back whole: not a live column (formulas), not Evidence (HYPERLINK). */
export function restorable(column: ColumnDef | undefined): boolean {
  return column?.owner !== 'live' && column?.key !== 'evidence';
}

/** Why a refused single-cell edit stays (flagged) under Revert: its old content cannot be put back whole. */
export function notRevertedSentence(column: string, lang: Lang): string {
  return TEXT.notReverted(column)[lang];
}

/**
 * A refused single-cell edit put back under Revert: `why` says which rule the edit broke (and is all the
 * editor is told when the value was typed over itself).
 */
export function revertRefused(ctx: EditContext, p: Omit<PutBack, 'message' | 'unchanged'>, why: string): void {
  putBack(ctx, { ...p, message: TEXT.reverted(ctx.e.range.getA1Notation(), why)[ctx.lang], unchanged: why });
}

/** The note on a key cell of Tiến độ or Thi đua changed by a paste (whose old keys Google does not give). */
export function keyNote(columnKey: string, header: string, lang: Lang): string {
  return TEXT.keyNote(header, KEY_SOURCE[columnKey]?.[lang] ?? '')[lang];
}

/**
 * The cell's old value as it is written back: Google gives it as text, a date or date-time as its serial
 * number (the time of day kept), TRUE/FALSE for a checkbox; '' for a blank.
 */
function oldCellValue(ctx: EditContext, kind: string | undefined): unknown {
  const old = ctx.e.oldValue;
  if (old === undefined || old === null || old === '') return '';
  const text = String(old);
  if ((kind === 'date' || kind === 'datetime') && /^\d+(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    const day = Math.floor(serial);
    const date = dateFromDay(day, ctx.wb.timeZone);
    return kind === 'datetime' ? new Date(date.getTime() + Math.round((serial - day) * DAY_MS)) : date;
  }
  if ((kind === 'number' || kind === 'integer') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'TRUE' || text === 'FALSE') return text === 'TRUE';
  return text;
}

interface PutBack {
  /** The column's kind (date, number…), for the old value Google gives as text. */
  kind: string | undefined;
  /** The row's key in the log, as the row is once put back. */
  key: string;
  /** The column's header. */
  column: string;
  /** The value typed, as the sheet read it. */
  typed: unknown;
  /** What the editor is told. */
  message: string;
  /** What the editor is told when the value was typed over itself (nothing to put back); nothing when absent. */
  unchanged?: string;
}

/**
 * Puts the single edited cell back to its old value, tells the editor, then logs the value typed and its
 * putting back — once: a toast that fails does not stop the execution, so the same event delivered again after
 * it (or after a failure at the log's last call) finds its two lines last in the log and writes nothing twice.
 * A value typed over itself changed nothing: nothing is written or logged.
 */
function putBack(ctx: EditContext, p: PutBack): void {
  if (retyped(ctx)) {
    if (p.unchanged) toast(p.unchanged, ctx.lang, 10, ctx.wb.ss);
    return;
  }
  const old = oldCellValue(ctx, p.kind);
  ctx.e.range.setValue(typeof old === 'string' ? asSheetText(old) : old);
  toast(p.message, ctx.lang, 10, ctx.wb.ss);
  const line = (oldValue: unknown, newValue: unknown): AuditEntry => ({
    time: ctx.now,
    user: ctx.email,
    source: 'directEdit',
    sheet: ctx.name,
    key: p.key,
    column: p.column,
    oldValue,
    newValue,
  });
  appendAudit(ctx.wb, [line(old, p.typed), line(p.typed, old)], ctx.lang, { once: true });
}

/**
 * A single key cell of Tiến độ or Thi đua typed over (Mã đơn vị, Mã mốc, Mã chỉ tiêu): the key is the row's
 * identity, not data, so it is put back at once from the event's old value, whoever typed it and whatever the
 * policy. False when the event gives no old key (the cell was blank), so the edit is flagged as before.
 */
export function keyTypedOver(ctx: EditContext, row: readonly unknown[], layout: TableLayout, header: string): boolean {
  const c = ctx.block.left - 1;
  const columnKey = Object.entries(layout.columns).find(([, col]) => col === c)?.[0] ?? '';
  const old = ctx.e.oldValue === undefined || ctx.e.oldValue === null ? '' : String(ctx.e.oldValue);
  if (!(columnKey in KEY_SOURCE) || old === '') return false;
  const restored = [...row];
  restored[c] = old;
  const keyOf = (key: string): string => cellText(restored[layout.columns[key] ?? -1]);
  const source = KEY_SOURCE[columnKey]?.[ctx.lang] ?? '';
  putBack(ctx, {
    kind: 'text',
    key: auditKey(keyOf('unitId'), keyOf(ctx.def.id === 'progress' ? 'milestoneId' : 'targetId')),
    column: header,
    typed: row[c] ?? '',
    message: TEXT.keyPutBack(ctx.e.range.getA1Notation(), old, header, source)[ctx.lang],
  });
  return true;
}
