// Reading typed cells of one located table, reporting every unreadable cell as a finding.
import { checkDate, checkNumber } from './checks';
import type { FindingList } from './findings';
import { MESSAGES, type Msg } from './messages';
import type { Day, FindingCode, Grid, TableLayout } from './model';
import { cellText, isBlank, parseBoolean, parseEmails, parseList } from './parse';
import type { ColumnDef, Lang, SheetDef } from './schema';
import { a1, cellOf, dataRows, locateTable } from './tables';

export class SheetReader {
  readonly rows: number[];
  /** Required columns whose header is missing. */
  readonly missing: string[] = [];
  /** Rows above the header row that hold data (E_ROWS_ABOVE_HEADER). */
  rowsAbove = 0;

  constructor(
    readonly grid: Grid,
    readonly layout: TableLayout,
    readonly def: SheetDef,
    readonly lang: Lang,
    readonly timeZone: string,
    readonly findings: FindingList,
  ) {
    this.rows = dataRows(grid, layout);
  }

  column(key: string): ColumnDef {
    const c = this.def.columns.find((d) => d.key === key);
    if (!c) throw new Error(`unknown column ${key} of ${this.def.id}`);
    return c;
  }

  /** 0-based column of `key`, or of the key column when `key` is absent (so a finding still points at the row). */
  colIndex(key: string): number {
    return this.layout.columns[key] ?? this.layout.columns[this.def.keyColumn] ?? 0;
  }

  raw(r: number, key: string): unknown {
    return cellOf(this.grid, this.layout, r, key);
  }

  has(key: string): boolean {
    return this.layout.columns[key] !== undefined;
  }

  report(code: FindingCode, r: number, key: string, message: Msg): void {
    this.findings.add(code, this.def.id, this.grid.name, r, this.colIndex(key), message);
  }

  text(r: number, key: string): string {
    return cellText(this.raw(r, key));
  }

  blank(r: number, key: string): boolean {
    return isBlank(this.raw(r, key));
  }

  /** Text that must not be blank (E_REQUIRED_MISSING otherwise). */
  requiredText(r: number, key: string): string {
    const t = this.text(r, key);
    if (t === '' && this.has(key))
      this.report('E_REQUIRED_MISSING', r, key, MESSAGES.requiredMissing(this.column(key)));
    return t;
  }

  date(r: number, key: string): Day | null {
    const checked = checkDate(this.raw(r, key), this.timeZone);
    if (checked.finding) this.report(checked.finding.code, r, key, checked.finding.message);
    return checked.day;
  }

  /** A number ≥ min when given; an unreadable or out-of-range number is reported and read as blank. */
  number(r: number, key: string, opts: { min?: number; integer?: boolean } = {}): number | null {
    const checked = checkNumber(this.raw(r, key), this.lang, opts);
    if (checked.finding) this.report(checked.finding.code, r, key, checked.finding.message);
    return checked.value;
  }

  boolean(r: number, key: string): boolean | null {
    const v = this.raw(r, key);
    const p = parseBoolean(v);
    if (p.ok) return p.value;
    this.report('E_VALUE_UNKNOWN', r, key, MESSAGES.booleanUnknown(cellText(v), this.column(key)));
    return null;
  }

  list(r: number, key: string): string[] {
    return parseList(this.raw(r, key));
  }

  emails(r: number, key: string): string[] {
    const p = parseEmails(this.raw(r, key));
    if (p.invalid.length) this.report('E_EMAIL_INVALID', r, key, MESSAGES.emailInvalid(p.invalid));
    return p.emails;
  }
}

/**
 * Locate a sheet's table and report what is missing: the key header (whole table unreadable) or other
 * required columns. Returns null when the table cannot be read.
 */
export function openTable(
  grid: Grid,
  def: SheetDef,
  requiredKeys: readonly string[],
  lang: Lang,
  timeZone: string,
  findings: FindingList,
): SheetReader | null {
  const layout = locateTable(grid, def);
  const keyDef = def.columns.find((c) => c.key === def.keyColumn);
  if (!layout) {
    if (keyDef) findings.add('E_HEADER_MISSING', def.id, grid.name, 0, 0, MESSAGES.keyHeaderMissing(keyDef));
    return null;
  }
  const reader = new SheetReader(grid, layout, def, lang, timeZone, findings);
  let next = layout.width;
  for (const c of def.columns) {
    if (!requiredKeys.includes(c.key) || layout.columns[c.key] !== undefined) continue;
    findings.add(
      'E_HEADER_MISSING',
      def.id,
      grid.name,
      layout.headerRow,
      next,
      MESSAGES.headerMissing(c, a1(layout.headerRow, next)),
    );
    reader.missing.push(c.key);
    next++;
  }
  const keyColumn = layout.columns[def.keyColumn] ?? 0;
  for (let r = 0; r < layout.headerRow; r++) {
    const row = grid.values[r] ?? [];
    if (row.filter((cell) => !isBlank(cell)).length < 3 && !isIdLike(row[keyColumn])) continue;
    findings.add(
      'E_ROWS_ABOVE_HEADER',
      def.id,
      grid.name,
      r,
      keyColumn,
      MESSAGES.rowsAboveHeader(layout.headerRow + 1),
    );
    reader.rowsAbove++;
  }
  return reader;
}

/**
 * A value that looks like an ID rather than a title: one word of capitals, digits and - . _ / (PA03, CAT,
 * M07, DB0001-01). A title row ("Danh sách đơn vị", "Units") above the header is not.
 */
export function isIdLike(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text.length > 0 && text.length <= 30 && /^[\p{Lu}\p{N}][\p{Lu}\p{N}._\-/]*$/u.test(text);
}
