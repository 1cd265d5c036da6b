// Menu Kiểm tra dữ liệu (docs/workbook.md §6): analyse the workbook and list every finding in the Data issues sheet,
// replacing what was there, with a link to each cell. A constant number of calls whatever the findings.
import { quote } from '../core/formulas';
import type { Analysis, Finding } from '../core/model';
import { ISSUES } from '../core/record-sheets';
import { SEVERITY } from '../core/fixed-lists';
import type { Lang } from '../core/schema';
import { runMenuAction } from './action';
import { withDocumentLock } from './lock';
import { say, toast, UI } from './texts';
import { userLang as uiLang } from './session';
import type { Sheet, Workbook } from './workbook';
import { Workbook as WorkbookClass } from './workbook';
import { GENERAL_FORMAT, rangeGrowing, TEXT_FORMAT } from './write';

export const SEVERITY_COLOR = { error: '#f4c7c3', warning: '#fce8b2' } as const;
const HEADER_COLOR = '#d9d9d9';

export const NO_ISSUES = { vi: 'Không phát hiện lỗi hay cảnh báo nào.', en: 'No errors or warnings found.' };

export function menuValidate(): void {
  runMenuAction(() => {
    const lang = uiLang();
    const book = WorkbookClass.open();
    const counts = withDocumentLock(() => {
      const analysis = book.analyse();
      writeIssues(book, analysis, true);
      book.flushProperties();
      // The sheet it wrote is opened, so the findings are in front of the user.
      book.sheetByName(ISSUES[analysis.lang])?.activate();
      return countFindings(analysis.findings);
    });
    toast(say(UI.findings(counts.errors, counts.warnings), lang), lang, 6, book.ss);
  });
}

/** The findings of a fresh validation (for the command line and tests). */
export function dataIssues_(): Finding[] {
  return WorkbookClass.open().analyse().findings;
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors += 1;
  return { errors, warnings: findings.length - errors };
}

/** A formula that shows `cell` and selects it in `sheet` when clicked. */
export function cellLink(sheetId: number, cell: string): string {
  return `=HYPERLINK(${quote(`#gid=${sheetId}&range=${cell}`)},${quote(cell)})`;
}

/**
 * Replaces the content of the Data issues sheet with the analysis' findings. With `onlyIfChanged` the sheet
 * is first compared with what would be written and left alone when it already says the same.
 */
export function writeIssues(book: Workbook, analysis: Analysis, onlyIfChanged = false): boolean {
  const lang: Lang = analysis.lang;
  const { sheet, created } = book.ensure(ISSUES, lang);
  const header = ISSUES.columns.map((c) => c[lang]);
  const ids = new Map<string, number | null>();
  const gid = (name: string): number | null => {
    if (!ids.has(name)) {
      const target = book.sheetByName(name);
      ids.set(name, target ? target.getSheetId() : null);
    }
    return ids.get(name) ?? null;
  };
  const rows: unknown[][] = [header];
  const colors: (string | null)[][] = [header.map(() => HEADER_COLOR)];
  for (const f of analysis.findings) {
    rows.push([SEVERITY[f.severity][lang], f.code, f.sheet, f.cell, f.message]);
    colors.push(header.map(() => SEVERITY_COLOR[f.severity]));
  }
  if (analysis.findings.length === 0) {
    rows.push(['', '', '', '', NO_ISSUES[lang]]);
    colors.push(header.map(() => null));
  }
  if (onlyIfChanged && !created && sameAsSheet(book, rows)) return false;
  // Each cell becomes a link that selects it (sheet ids are looked up only when writing).
  analysis.findings.forEach((f, i) => {
    const id = f.cell ? gid(f.sheet) : null;
    if (id !== null) (rows[i + 1] as unknown[])[3] = cellLink(id, f.cell);
  });
  // A new sheet's cells are in the automatic format, which keeps the add-on's own words (the header, "no
  // issues") as they are: only findings, with their sheet names and messages, need plain text set first.
  writeTable(sheet, rows, colors, created, !created || analysis.findings.length > 0);
  book.forget(ISSUES);
  return true;
}

/** Whether the sheet already shows these rows (a link shows its cell's A1, as the row holds it here). */
function sameAsSheet(book: Workbook, rows: unknown[][]): boolean {
  const existing = book.read(ISSUES)?.grid.values ?? [];
  if (existing.length !== rows.length) return false;
  return rows.every((row, r) => {
    const line = existing[r] ?? [];
    return (
      row.every((v, c) => String(v ?? '') === String(line[c] ?? '')) &&
      line.slice(row.length).every((v) => v === '' || v === null)
    );
  });
}

function writeTable(
  sheet: Sheet,
  rows: unknown[][],
  colors: (string | null)[][],
  created: boolean,
  textFirst: boolean,
): void {
  // A new sheet has nothing to clear; clearing keeps the frozen header row. Sheets' clear() keeps notes, which
  // would stay on cells that now hold other findings: they go too.
  if (!created) sheet.clear().clearNotes();
  const range = rangeGrowing(sheet, 1, rows.length, ISSUES.columns.length);
  // Text cells are plain text first, so a sheet name or message is never read as a number or formula; the
  // cell column holds the links.
  if (textFirst)
    range.setNumberFormats(
      rows.map(() => ISSUES.columns.map((c) => (c.key === 'cell' ? GENERAL_FORMAT : TEXT_FORMAT))),
    );
  range.setValues(rows);
  range.setBackgrounds(colors);
  range.setFontWeights(rows.map((_, i) => ISSUES.columns.map(() => (i === 0 ? 'bold' : 'normal'))));
  // The message column is the last: long messages run on into the empty cells to its right.
  if (created) sheet.setFrozenRows(1);
}
