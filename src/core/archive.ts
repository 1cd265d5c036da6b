// Moving orphaned rows to the Archive (Lưu trữ) sheet, worked out without touching it. An archived row
// keeps every cell of the original row under the original headers, after four columns: the date it was
// archived, the sheet it came from, why, and the date its key came back (blank until then). Rows already in
// the Archive and not restored since (a re-run after a failure between archiving and deleting) are
// recognised by their content and not archived twice.
import type { Day, Grid } from './model';
import { ARCHIVE } from './record-sheets';
import { EMULATION, PROGRESS, type Lang } from './schema';
import { headerKey, locateTable } from './tables';
import { columnLetter } from './formulas';

export interface OrphanRow {
  /** The original row's cells as read (values; live formula cells hold their last result). */
  values: unknown[];
  /** getFormulas of the row ('' where not a formula): a user's formula is archived as the formula, a live cell as its value. */
  formulas: string[];
  reason: string;
}

export interface ArchiveInput {
  /** The Archive sheet's grid ([] when it does not exist yet). */
  existing: Grid;
  lang: Lang;
  /** Name of the sheet the rows come from, and its header row's cells. */
  fromSheet: string;
  header: readonly unknown[];
  rows: readonly OrphanRow[];
  archivedOn: Day;
}

export interface ArchiveCell {
  value: unknown;
  /** 'date' for archivedOn (a Day to be turned into a date); 'formula' for a formula a user typed (its text). */
  kind: 'value' | 'date' | 'formula';
}

export interface ArchivePlan {
  /** 0-based header row of the Archive table. */
  headerRow: number;
  /** Header cells to write (a new sheet: all; else the original headers not yet in the Archive). */
  header: { column: number; text: string }[];
  /** Rows to append after the last row, full width. */
  rows: ArchiveCell[][];
  /** 0-based grid row where the rows go. */
  firstRow: number;
  width: number;
  /** Orphans that were already archived (not appended again). */
  alreadyArchived: number;
  /** Per orphan (same order): true when it was already archived, by a run that failed before deleting it. */
  wasArchived: boolean[];
}

/** Headers of the live columns: their value changes with the date, so they do not identify a row. */
const LIVE_HEADERS: ReadonlySet<string> = new Set(
  [...PROGRESS.columns, ...EMULATION.columns]
    .filter((c) => c.owner === 'live')
    .flatMap((c) => [headerKey(c.vi), headerKey(c.en)]),
);

/** True for the header of a live column (Standing, Target value, Achievement, Rating) in either language. */
export function isLiveHeader(text: unknown): boolean {
  return LIVE_HEADERS.has(headerKey(text));
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** A cell value as compared for duplicates: dates by instant, numbers exactly, text trimmed. */
export function contentKey(value: unknown): string {
  if (Object.prototype.toString.call(value) === '[object Date]') return `d${Date.prototype.getTime.call(value)}`;
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'boolean') return `b${value}`;
  return `s${String(value).trim()}`;
}

function signature(fromSheet: string, cells: [string, unknown][]): string {
  const parts = cells
    .filter(([h, v]) => !isBlank(v) && !LIVE_HEADERS.has(h))
    .map(([h, v]) => `${h}=${contentKey(v)}`)
    .sort();
  return `${headerKey(fromSheet)}|${parts.join('|')}`;
}

/** The header under which an original column is archived ('#K' for a column without a header). */
function originalHeader(header: readonly unknown[], column: number): string {
  const text = header[column];
  return isBlank(text) ? `#${columnLetter(column)}` : String(text).trim();
}

export function planArchive(input: ArchiveInput): ArchivePlan {
  const { existing, lang, fromSheet, header, rows } = input;
  const layout = existing.values.length ? locateTable(existing, ARCHIVE) : null;
  // An Archive sheet holding something else but no table: the table starts below what is there.
  const headerRow = layout ? layout.headerRow : existing.values.length ? existing.values.length + 1 : 0;
  const headerCells: unknown[] = layout ? [...(existing.values[headerRow] ?? [])] : [];
  const out: { column: number; text: string }[] = [];

  const fixed = ARCHIVE.columns.map((c) => c.key);
  const fixedAt: Record<string, number> = {};
  let width = 0;
  headerCells.forEach((cell, i) => {
    if (!isBlank(cell)) width = i + 1;
  });
  for (const key of fixed) {
    const at = layout?.columns[key];
    if (at !== undefined) fixedAt[key] = at;
    else {
      const def = ARCHIVE.columns.find((c) => c.key === key);
      fixedAt[key] = width;
      out.push({ column: width, text: def ? def[lang] : key });
      headerCells[width] = def ? def[lang] : key;
      width += 1;
    }
  }

  // Where each archived header is: existing headers by their normalised text, new ones at the right.
  const fixedColumns = new Set(Object.values(fixedAt));
  const columnOf = new Map<string, number>();
  headerCells.forEach((cell, i) => {
    if (fixedColumns.has(i) || isBlank(cell)) return;
    const k = headerKey(cell);
    if (!columnOf.has(k)) columnOf.set(k, i);
  });
  const sourceColumns: number[] = [];
  const sourceWidth = Math.max(header.length, ...rows.map((r) => r.values.length));
  for (let c = 0; c < sourceWidth; c += 1) {
    const text = originalHeader(header, c);
    const k = headerKey(text);
    let at = columnOf.get(k);
    if (at === undefined) {
      at = width;
      width += 1;
      columnOf.set(k, at);
      out.push({ column: at, text });
      headerCells[at] = text;
    }
    sourceColumns.push(at);
  }

  // What is already archived from this sheet and not restored since: a row archived, restored and removed again
  // is archived again (a re-run after a failure finds its line still open).
  const seen = new Set<string>();
  if (layout) {
    const fromCol = fixedAt.fromSheet as number;
    for (let r = headerRow + 1; r < existing.values.length; r += 1) {
      const line = existing.values[r] ?? [];
      if (!isBlank(line[fixedAt.restoredOn as number])) continue;
      const cells: [string, unknown][] = [];
      line.forEach((v, i) => {
        if (!fixedColumns.has(i) && !isBlank(headerCells[i])) cells.push([headerKey(headerCells[i]), v]);
      });
      seen.add(signature(String(line[fromCol] ?? ''), cells));
    }
  }

  const appended: ArchiveCell[][] = [];
  let alreadyArchived = 0;
  const wasArchived: boolean[] = [];
  for (const row of rows) {
    const cells: [string, unknown][] = [];
    for (let c = 0; c < sourceWidth; c += 1) cells.push([headerKey(originalHeader(header, c)), row.values[c] ?? '']);
    const sig = signature(fromSheet, cells);
    wasArchived.push(seen.has(sig));
    if (seen.has(sig)) {
      alreadyArchived += 1;
      continue;
    }
    seen.add(sig);
    const line: ArchiveCell[] = Array.from({ length: width }, () => ({ value: '', kind: 'value' as const }));
    line[fixedAt.archivedOn as number] = { value: input.archivedOn, kind: 'date' };
    line[fixedAt.fromSheet as number] = { value: fromSheet, kind: 'value' };
    line[fixedAt.reason as number] = { value: row.reason, kind: 'value' };
    for (let c = 0; c < sourceWidth; c += 1) {
      // What a user typed survives whole: =HYPERLINK(url, label) in Evidence stays the formula (docs/workbook.md §9).
      const formula = row.formulas[c] ?? '';
      const typed = formula !== '' && !isLiveHeader(originalHeader(header, c));
      line[sourceColumns[c] as number] = typed
        ? { value: formula, kind: 'formula' }
        : { value: row.values[c] ?? '', kind: 'value' };
    }
    appended.push(line);
  }

  // Pad rows to the final width (new header columns may have been added after a row was built).
  for (const line of appended) while (line.length < width) line.push({ value: '', kind: 'value' });
  const lastRow = layout ? Math.max(existing.values.length, headerRow + 1) : headerRow + 1;
  return { headerRow, header: out, rows: appended, firstRow: lastRow, width, alreadyArchived, wasArchived };
}
