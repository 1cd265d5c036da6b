// Collecting findings with their position, and sorting them stably by sheet order, row, then column.
import type { Finding, FindingCode } from './model';
import { inLang, type Msg } from './messages';
import { SHEETS } from './sheets';
import type { Lang, SheetId } from './schema';
import { a1 } from './tables';

interface Entry {
  finding: Finding;
  sheetOrder: number;
  row: number;
  col: number;
  seq: number;
}

const SHEET_ORDER: Record<string, number> = Object.fromEntries(SHEETS.map((s, i) => [s.id, i]));

export class FindingList {
  private readonly entries: Entry[] = [];

  constructor(readonly lang: Lang) {}

  /**
   * Record a finding on a cell (0-based row and column) of a sheet; row/col -1 for the whole sheet (cell '').
   */
  add(code: FindingCode, sheet: SheetId, sheetName: string, row: number, col: number, message: Msg): void {
    const severity = code.startsWith('E_') ? 'error' : 'warning';
    const cell = row >= 0 && col >= 0 ? a1(row, col) : '';
    this.entries.push({
      finding: { severity, code, sheet: sheetName, cell, message: inLang(message, this.lang) },
      sheetOrder: SHEET_ORDER[sheet] ?? SHEETS.length,
      row,
      col,
      seq: this.entries.length,
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Sheet order of SHEETS, then row, then column; ties keep the order they were found in. */
  sorted(): Finding[] {
    return [...this.entries]
      .sort((a, b) => a.sheetOrder - b.sheetOrder || a.row - b.row || a.col - b.col || a.seq - b.seq)
      .map((e) => e.finding);
  }
}
