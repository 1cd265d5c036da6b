// The add-on's sheets remembered in a document property, so that they are found without scanning.
//
// Sheet lookup without scanning: the exact names of the add-on's sheets are remembered in a document
// property, and a sheet is opened with getSheetByName(exact name), one call. The full scan (getSheets and
// every sheet's getName, matched by docs/workbook.md §2's rules: trimmed, case-folded, NFC, either language) happens only
// when the property is absent, when a remembered name is no longer there, or when a sheet that was absent
// is asked for and the number of sheets has changed since; the property is then rewritten at the end of the
// action. An execution that needs only a few sheets (a form, an edit) and has no other use for the document
// properties opens each sheet by its own name in the workbook's language (one call, as remembered names
// would cost the properties read on top), then by the remembered name, and scans only when neither is there.
//
// Known limit: a sheet renamed to one of the add-on's names, with no sheet added or removed since the names
// were last checked, is seen from the next scan on (Setup always scans; a missing remembered name does too).
import { SHEETS } from '../core/sheets';
import type { SheetDef, SheetId } from '../core/schema';
import { matchesLabel } from '../core/tables';

/** Document property remembering the add-on's sheets: `{ n: number of sheets, names: { id: exact name } }`. */
export const SHEETS_PROPERTY = 'tracker.sheets';

export interface Remembered {
  /** The number of sheets when the names were last checked (null: not known). */
  n: number | null;
  names: Partial<Record<SheetId, string>>;
}

/** The property's text, names in schema order (so the same names always give the same text). */
export function serializeRemembered(memory: Remembered): string {
  const names: Record<string, string> = {};
  for (const def of SHEETS) {
    const name = memory.names[def.id];
    if (name !== undefined) names[def.id] = name;
  }
  return JSON.stringify({ n: memory.n, names });
}

export function parseRemembered(text: string | undefined): Remembered | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<Remembered>;
    if (!v.names || typeof v.names !== 'object') return null;
    const names: Remembered['names'] = {};
    for (const def of SHEETS) {
      const name = (v.names as Record<string, unknown>)[def.id];
      if (typeof name === 'string' && matchesLabel(name, def)) names[def.id] = name;
    }
    return { n: typeof v.n === 'number' ? v.n : null, names };
  } catch {
    return null;
  }
}

export function sheetDef(id: SheetId): SheetDef {
  const def = SHEETS.find((s) => s.id === id);
  if (!def) throw new Error(`unknown sheet ${id}`);
  return def;
}
