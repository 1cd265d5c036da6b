// Adapts the Workbook model (tools/emulator/spreadsheet) to what the runtime needs: the SpreadsheetApp
// global, objects for event parameters, user typing, and the JSON snapshot of docs/workbook.md §10.
import type { EmulatorEnv } from '../env';
import { createSpreadsheetApp, ExecutionWriteBuffers, type Workbook } from '../spreadsheet';
import type { SheetSnapshot, SpreadsheetBackend, TypeOutcome } from './backend';
import { zonedFields } from './date-format';

/** Methods the Workbook gains over time; used when present. */
interface WorkbookExtras {
  typeInto?(
    sheetName: string,
    a1: string,
    text: string,
  ): { ok: boolean; message?: string; oldValue?: unknown; newValue?: unknown; warning?: string };
  effectiveBackgrounds?(sheetName: string): (string | null)[][];
}

interface HostSpreadsheet {
  getSheetByName(name: string): { getRange(a1: string): object } | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A cell value as the JSON report shows it: dates 'YYYY-MM-DD' (with ' HH:mm:ss' when not midnight), blanks null. */
export function jsonValue(value: unknown, timeZone: string): unknown {
  if (value === '' || value === null || value === undefined) return null;
  if (value instanceof Date) {
    const f = zonedFields(value, timeZone);
    const day = `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
    return f.hour || f.minute || f.second ? `${day} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}` : day;
  }
  return value;
}

function jsonColor(color: string | null | undefined): string | null {
  if (!color) return null;
  const c = color.toLowerCase();
  return c === '#ffffff' || c === 'white' ? null : c;
}

export interface WorkbookBackendOptions {
  /** Writes the workbook as .xlsx (the spreadsheet half's saveXlsx). */
  save?: (workbook: Workbook, path: string) => Promise<void> | void;
}

export function workbookBackend(
  workbook: Workbook,
  env: EmulatorEnv,
  ui: () => object,
  options: WorkbookBackendOptions = {},
): SpreadsheetBackend & { workbook: Workbook } {
  const app = createSpreadsheetApp(workbook, { getUi: ui, env });
  const extras = workbook as unknown as WorkbookExtras;
  const doc = () => app.getActiveSpreadsheet() as unknown as HostSpreadsheet;
  const typeInto = (sheetName: string, a1: string, text: string): TypeOutcome => {
    if (!extras.typeInto) throw new Error('This Workbook cannot take typed input yet (Workbook.typeInto is missing)');
    const result = extras.typeInto.call(workbook, sheetName, a1, text);
    if (!result.ok) return { ok: false, rejection: result.message ?? 'Invalid entry' };
    return {
      ok: true,
      oldValue: result.oldValue,
      newValue: result.newValue,
      ...(result.warning ? { warning: result.warning } : {}),
    };
  };
  return {
    workbook,
    writes: new ExecutionWriteBuffers(workbook),
    spreadsheetApp: app,
    documentId: () => workbook.id,
    timeZone: () => workbook.timeZone,
    activeSpreadsheet: () => app.getActiveSpreadsheet(),
    range: (sheetName, a1) => {
      const sheet = doc().getSheetByName(sheetName);
      if (!sheet) throw new Error(`No sheet named "${sheetName}"`);
      return sheet.getRange(a1);
    },
    typeInto,
    pasteValues: (sheetName, a1, rows) => {
      const m = /^([A-Za-z]+)(\d+)$/.exec(a1.trim());
      if (!m) throw new Error(`Invalid cell reference '${a1}'`);
      let col0 = 0;
      for (const ch of (m[1] ?? '').toUpperCase()) col0 = col0 * 26 + ch.charCodeAt(0) - 64;
      const row0 = Number(m[2]);
      let warning: string | undefined;
      for (let r = 0; r < rows.length; r++) {
        const line = rows[r] ?? [];
        for (let c = 0; c < line.length; c++) {
          let col = col0 + c;
          let letters = '';
          for (; col > 0; col = Math.floor((col - 1) / 26))
            letters = String.fromCharCode(65 + ((col - 1) % 26)) + letters;
          const v = line[c];
          const outcome = typeInto(sheetName, `${letters}${row0 + r}`, v === null || v === undefined ? '' : String(v));
          if (!outcome.ok) return outcome;
          warning ??= outcome.warning;
        }
      }
      return { ok: true, oldValue: undefined, newValue: undefined, ...(warning ? { warning } : {}) };
    },
    sheetNames: () => workbook.sheetNames(),
    snapshot: (sheetName): SheetSnapshot => {
      const tz = workbook.timeZone;
      const values = workbook.values(sheetName).map((row) => row.map((v) => jsonValue(v, tz)));
      const raw = extras.effectiveBackgrounds
        ? extras.effectiveBackgrounds.call(workbook, sheetName)
        : workbook.backgrounds(sheetName);
      return { values, backgrounds: raw.map((row) => row.map(jsonColor)) };
    },
    saveXlsx: async (path) => {
      if (!options.save) throw new Error('Saving .xlsx is not available');
      await options.save(workbook, path);
    },
  };
}
