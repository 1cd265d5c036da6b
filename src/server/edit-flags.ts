// How a direct edit is flagged (docs/workbook.md §8.2): a note on the cell, a Data issues line for a finding, and a toast
// to the editor — at once, never reverting. The add-on's notes start with NOTE_MARK, so it clears its own
// and leaves the users'.
import { asSheetText } from '../core/audit';
import type { FindingCode } from '../core/model';
import { cellText } from '../core/parse';
import { ISSUES } from '../core/record-sheets';
import { SEVERITY } from '../core/fixed-lists';
import type { Lang } from '../core/schema';
import { a1 } from '../core/tables';
import type { EditedBlock } from './edit-event';
import { toast } from './texts';
import { cellLink, NO_ISSUES } from './validate';
import type { Workbook } from './workbook';
import { rangeGrowing } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Notes the add-on writes start with this, so it can clear its own notes and leave the users'. */
export const NOTE_MARK = '⚠ ';

/** A flag on a cell (0-based); a finding when it has a code, else a note only (a typed-over computed cell). */
export interface Flag {
  r: number;
  c: number;
  code: FindingCode | '';
  message: string;
  /** The cell note when it says more than the message (a typed-over computed cell by a non-administrator). */
  note?: string;
}

/**
 * Notes on the edited cells from row `firstRow` (1-based): a flag where there is one, the add-on's earlier
 * flag removed where the value is now fine, the users' own notes left as they are.
 */
export function updateNotes(
  sheet: Sheet,
  block: EditedBlock,
  firstRow: number,
  flags: readonly Flag[],
  range?: GoogleAppsScript.Spreadsheet.Range,
): void {
  const bottom = block.top + block.rows - 1;
  if (bottom < firstRow) return;
  const target = range ?? sheet.getRange(firstRow, block.left, bottom - firstRow + 1, block.cols);
  const current = target.getNotes();
  const wanted = current.map((line) => line.map((n) => (String(n ?? '').startsWith(NOTE_MARK) ? '' : String(n ?? ''))));
  for (const f of flags) {
    const line = wanted[f.r - (firstRow - 1)];
    if (line && f.c - (block.left - 1) >= 0 && f.c - (block.left - 1) < block.cols)
      line[f.c - (block.left - 1)] = NOTE_MARK + (f.note ?? f.message);
  }
  const same = wanted.every((line, i) => line.every((n, j) => n === String(current[i]?.[j] ?? '')));
  if (!same) target.setNotes(wanted);
}

/**
 * Appends Data issues lines for the flags that are findings (the sheet is created with its header when
 * missing). Lines equal to the sheet's last lines are not written again: the same edit event delivered again
 * after a failure that followed the append lists its findings once. A value typed again over itself
 * (`retyped`) is the user insisting, and is listed again.
 */
export function appendIssues(
  wb: Workbook,
  sheet: Sheet,
  sheetName: string,
  lang: Lang,
  flags: readonly Flag[],
  retyped = false,
): void {
  const findings = flags.filter((f) => f.code !== '');
  if (findings.length === 0) return;
  const { sheet: issues, created } = wb.ensure(ISSUES, lang);
  let last = created ? 0 : issues.getLastRow();
  // The "no errors or warnings" line of the last validation gives way to the first flag.
  if (last === 2 && isNoIssuesLine(issues.getRange(2, 1, 1, ISSUES.columns.length).getValues()[0] ?? [])) last = 1;
  let pending = findings;
  if (last > 1 && !retyped) {
    const from = Math.max(2, last - findings.length + 1);
    const listed = new Set(
      issues
        .getRange(from, 1, last - from + 1, ISSUES.columns.length)
        .getValues()
        .map((l) => issueKey(l.map((v) => cellText(v)))),
    );
    pending = findings.filter((f) => !listed.has(issueKey(findingLine(f, sheetName, lang))));
    if (pending.length === 0) return;
  }
  const gid = sheet.getSheetId();
  const rows = pending.map((f) => {
    const cell = a1(f.r, f.c);
    const severity = f.code.startsWith('E_') ? SEVERITY.error[lang] : SEVERITY.warning[lang];
    return [severity, f.code, asSheetText(sheetName), cellLink(gid, cell), asSheetText(f.message)];
  });
  // An empty sheet (new, or left empty by a failure) gets its header in the same write.
  const block: unknown[][] = last === 0 ? [ISSUES.columns.map((c) => c[lang]), ...rows] : rows;
  rangeGrowing(issues, last + 1, block.length, ISSUES.columns.length).setValues(block);
  if (last === 0) issues.setFrozenRows(1);
  wb.forget(ISSUES);
}

/** A finding's line as the Data issues sheet shows it (severity, code, sheet, cell, message). */
function findingLine(f: Flag, sheetName: string, lang: Lang): string[] {
  const severity = f.code.startsWith('E_') ? SEVERITY.error[lang] : SEVERITY.warning[lang];
  return [severity, f.code, sheetName, a1(f.r, f.c), f.message];
}

function issueKey(line: readonly string[]): string {
  return JSON.stringify(line.slice(0, 5));
}

function isNoIssuesLine(line: readonly unknown[]): boolean {
  const texts = line.map((v) => cellText(v));
  return texts.slice(0, -1).every((t) => t === '') && Object.values(NO_ISSUES).includes(texts[texts.length - 1] ?? '');
}

/** Tells the editor, in one toast, what the edit did: the flags (the first few) and any other sentences. */
export function tellEditor(wb: Workbook, lang: Lang, flags: readonly Flag[], sentences: readonly string[] = []): void {
  const shown = flags.slice(0, 3).map((f) => `${a1(f.r, f.c)}: ${f.message}`);
  const more =
    flags.length > 3
      ? [
          lang === 'vi'
            ? `… và ${flags.length - 3} ô khác (xem ghi chú trên các ô).`
            : `… and ${flags.length - 3} more cells (see the cell notes).`,
        ]
      : [];
  const text = [...shown, ...more, ...sentences].join('\n');
  if (text !== '') toast(text, lang, 10, wb.ss);
}
