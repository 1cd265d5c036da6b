// One cell of a generated sheet: what Refresh wants in it, the value written for that, and whether the cell
// as read already holds it. The comparison runs over every owned cell of the sheet (two million at 60,000
// rows) on every Refresh, so it allocates nothing per cell but a formula's text, and that only when the
// cell's formula has the length it should.
import type { Day } from './model';

/** What one cell should hold. Formulas are built once the row's final position and the columns are known. */
export type CellSpec =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number | null }
  | { kind: 'date'; day: Day | null }
  | { kind: 'formula'; build: (sheetRow: number, columns: Readonly<Record<string, number>>) => string }
  | { kind: 'blank' };

/** A cell as it will be written: a formula text, a Day to be turned into a date, or a plain value. */
export type CellWrite =
  | { kind: 'formula'; formula: string }
  | { kind: 'date'; day: Day | null }
  | { kind: 'value'; value: string | number }
  /** A cell Refresh does not own, written back exactly as it was read (inside a span). */
  | { kind: 'raw'; value: unknown };

/** Reads a date cell (Date object, serial number, text) as a Day. */
export type ToDay = (value: unknown) => Day | null;

type FormulaBuild = Extract<CellSpec, { kind: 'formula' }>['build'];

/** A builder's formula for one plan: its text around the row number when the builder allows splitting it. */
interface RowFormula {
  /** The text between the occurrences of the row number; null when the formula is built row by row. */
  parts: string[] | null;
  /** Length of the parts together. */
  fixed: number;
  build: FormulaBuild;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

// Two row numbers no formula text holds otherwise: a builder's text for one is split on it, and the split is
// trusted only when joining it with the other gives exactly the builder's text for that other row.
const PROBE_A = 987654321;
const PROBE_B = 987654322;

/**
 * Cells for one plan: the columns are fixed, so a shared builder's text is worked out once and reused from
 * row to row, both to write a formula and to tell whether a cell already holds it.
 */
export class CellMaker {
  private readonly formulas = new Map<FormulaBuild, RowFormula>();

  constructor(
    private readonly columns: Readonly<Record<string, number>>,
    private readonly toDay: ToDay,
  ) {}

  /** The value written for `spec` in the 1-based `sheetRow`. */
  write(spec: CellSpec, sheetRow: number): CellWrite {
    switch (spec.kind) {
      case 'text':
        return { kind: 'value', value: spec.text };
      case 'number':
        return { kind: 'value', value: spec.value === null || !Number.isFinite(spec.value) ? '' : spec.value };
      case 'date':
        return { kind: 'date', day: spec.day };
      case 'formula': {
        const f = this.formula(spec.build);
        return { kind: 'formula', formula: f.parts ? f.parts.join(String(sheetRow)) : f.build(sheetRow, this.columns) };
      }
      case 'blank':
        return { kind: 'value', value: '' };
    }
  }

  /**
   * Whether a cell read as `existing` (its formula `existingFormula`, '' when none) already holds what `spec`
   * asks for in the 1-based `sheetRow` (`rowText` is that row number as text).
   */
  holds(spec: CellSpec, existing: unknown, existingFormula: string, sheetRow: number, rowText: string): boolean {
    switch (spec.kind) {
      case 'formula':
        return this.holdsFormula(this.formula(spec.build), existingFormula, sheetRow, rowText);
      case 'date':
        if (existingFormula) return false;
        if (spec.day === null) return isBlank(existing);
        return !isBlank(existing) && typeof existing !== 'string' && this.toDay(existing) === spec.day;
      case 'text':
        if (existingFormula) return false;
        return spec.text === '' ? isBlank(existing) : existing === spec.text;
      case 'number':
        if (existingFormula) return false;
        if (spec.value === null || !Number.isFinite(spec.value)) return isBlank(existing);
        return existing === spec.value;
      case 'blank':
        return !existingFormula && isBlank(existing);
    }
  }

  private holdsFormula(f: RowFormula, existing: string, sheetRow: number, rowText: string): boolean {
    const parts = f.parts;
    if (!parts) return existing === f.build(sheetRow, this.columns);
    // The length tells most differences apart without making the text; joining is then faster than
    // comparing piece by piece.
    return existing.length === f.fixed + (parts.length - 1) * rowText.length && existing === parts.join(rowText);
  }

  private formula(build: FormulaBuild): RowFormula {
    let f = this.formulas.get(build);
    if (!f) {
      const parts = build(PROBE_A, this.columns).split(String(PROBE_A));
      const trusted = parts.length >= 2 && parts.join(String(PROBE_B)) === build(PROBE_B, this.columns);
      f = trusted ? { parts, fixed: parts.reduce((n, p) => n + p.length, 0), build } : { parts: null, fixed: 0, build };
      this.formulas.set(build, f);
    }
    return f;
  }
}
