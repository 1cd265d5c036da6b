// The Nhắc việc / Reminders log sheet (docs/workbook.md §11): one line per reminder email — time, to, unit, kind, the
// items it listed, subject, and whether it was sent. Lines are appended below the last row without reading
// the sheet; the sheet is created with a bold, frozen header on first use.
import { REMINDER_LOG } from '../../core/record-sheets';
import type { Lang } from '../../core/schema';
import type { Sheet, Workbook } from '../workbook';
import { rangeGrowing, TEXT_FORMAT } from '../write';

export const LOG_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

export interface LogLine {
  time: Date;
  to: string[];
  unit: string;
  kind: string;
  items: string;
  subject: string;
  result: string;
}

export class ReminderLog {
  private sheet: Sheet | null = null;
  private last = 0;

  constructor(
    private readonly book: Workbook,
    private readonly lang: Lang,
  ) {}

  private open(): Sheet {
    if (this.sheet) return this.sheet;
    const { sheet, created } = this.book.ensure(REMINDER_LOG, this.lang);
    this.last = created ? 0 : sheet.getLastRow();
    if (this.last === 0) {
      const header = rangeGrowing(sheet, 1, 1, REMINDER_LOG.columns.length);
      header.setValues([REMINDER_LOG.columns.map((c) => c[this.lang])]);
      header.setFontWeight('bold');
      sheet.setFrozenRows(1);
      this.last = 1;
    }
    this.sheet = sheet;
    return sheet;
  }

  /** Appends a line; returns its row. */
  append(line: LogLine): number {
    const sheet = this.open();
    const row = this.last + 1;
    const range = rangeGrowing(sheet, row, 1, REMINDER_LOG.columns.length);
    range.setNumberFormats([REMINDER_LOG.columns.map((_, i) => (i === 0 ? LOG_TIME_FORMAT : TEXT_FORMAT))]);
    range.setValues([[line.time, line.to.join(', '), line.unit, line.kind, line.items, line.subject, line.result]]);
    this.last = row;
    return row;
  }

  /** Rewrites a line's result (the send failed after the line was written). */
  setResult(row: number, result: string): void {
    this.open().getRange(row, REMINDER_LOG.columns.length).setValue(result);
  }
}
