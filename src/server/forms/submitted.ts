// What a form submission leaves behind, the same for progress and results: one Audit log line per changed
// column (the column named by its header as the sheet has it) and the written cells copied into the grid the
// answer and any recomputation read.
import { auditKey, auditValueText, type AuditEntry } from '../../core/audit';
import type { Lang, SheetDef } from '../../core/schema';
import { cellText } from '../../core/parse';
import type { UnitRows } from '../unit-rows';
import type { FormContext } from './context';

/** The header of column `key` as the sheet has it (the schema's name in `lang` when blank). */
function headerText(sheet: UnitRows, def: SheetDef, key: string, lang: Lang): string {
  const c = sheet.layout.columns[key];
  const text = c === undefined ? '' : cellText(sheet.table.grid.values[sheet.layout.headerRow]?.[c]);
  return text || (def.columns.find((col) => col.key === key)?.[lang] ?? key);
}

/**
 * One Audit log line per changed column of grid row `r` (0-based) of the unit's rows; the old values are
 * the row's as read, the header the sheet's (the schema's name in the workbook language when blank).
 */
export function formAuditEntries(
  ctx: FormContext,
  def: SheetDef,
  sheet: UnitRows,
  r: number,
  ids: { unitId: string; otherId: string },
  changed: Readonly<Record<string, unknown>>,
  now: Date,
): AuditEntry[] {
  const row = sheet.table.grid.values[r] ?? [];
  return Object.keys(changed).map((key) => {
    const c = sheet.layout.columns[key];
    return {
      time: now,
      user: ctx.email,
      source: 'form',
      sheet: sheet.table.grid.name,
      key: auditKey(ids.unitId, ids.otherId),
      column: headerText(sheet, def, key, ctx.workbookLang),
      oldValue: auditValueText(c === undefined ? '' : (row[c] ?? ''), ctx.timeZone),
      newValue: changed[key],
    };
  });
}

/** Copies the written cells (column key → value) into grid row `r`. */
export function applyToGrid(sheet: UnitRows, r: number, written: Readonly<Record<string, unknown>>): void {
  const row = sheet.table.grid.values[r];
  if (!row) return;
  for (const [key, value] of Object.entries(written)) {
    const c = sheet.layout.columns[key];
    if (c !== undefined) row[c] = value;
  }
}
