// What Sheets does when a person types into a protected cell (the typing path only: a script's writes are
// not checked here). Google's Sheets Help "Protect, hide, and edit sheets" and the Apps Script reference for
// Protection:
// - a warning-only protection lets everyone edit after a confirmation ("Heads up!…"); the edit goes through
//   when the person confirms (the emulator answers as a person who confirms, and reports the warning);
// - any other protection lets only its editors and the spreadsheet's owner edit; others are refused with
//   "You are trying to edit a protected cell or object…";
// - a protection made by Range.protect()/Sheet.protect() whose editors and domain setting no script changed
//   yet mirrors the spreadsheet's own permissions: it refuses nobody who may edit the file;
// - a sheet protection covers the whole sheet except its unprotected ranges; a range protection its range.
import type { GridRange, ProtectionData } from './model';

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
export const PROTECTION_WARNING =
  "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.";

export interface ProtectionVerdict {
  /** Set when the edit is refused. */
  refused?: string;
  /** Set when a warning-only protection asked for confirmation (the edit then proceeds). */
  warning?: string;
}

const inside = (g: GridRange, row: number, column: number) =>
  row >= g.row && row < g.row + g.numRows && column >= g.column && column < g.column + g.numColumns;

/** Whether a protection covers the cell at 1-based (row, column). */
export function covers(p: ProtectionData, row: number, column: number): boolean {
  if (p.type === 'RANGE') return p.range !== undefined && inside(p.range, row, column);
  return !p.unprotectedRanges.some((g) => inside(g, row, column));
}

/** May `email` edit what `p` protects (ignoring warning-only)? */
export function mayEdit(p: ProtectionData, email: string, owner: string | null): boolean {
  if (!p.restricted) return true;
  const e = email.trim().toLowerCase();
  if (e !== '' && owner !== null && e === owner.toLowerCase()) return true;
  return e !== '' && p.editors.some((x) => x.toLowerCase() === e);
}

/** The verdict on `email` typing into the cell at 1-based (row, column) of a sheet with these protections. */
export function typedEditVerdict(
  protections: readonly ProtectionData[],
  row: number,
  column: number,
  email: string,
  owner: string | null,
): ProtectionVerdict {
  const covering = protections.filter((p) => covers(p, row, column));
  if (covering.some((p) => !p.warningOnly && !mayEdit(p, email, owner))) return { refused: PROTECTED_MESSAGE };
  if (covering.some((p) => p.warningOnly)) return { warning: PROTECTION_WARNING };
  return {};
}
