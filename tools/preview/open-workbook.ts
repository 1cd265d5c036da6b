// The workbook the preview starts on: the sample (made by the add-on itself — Thiết lập bảng tính with
// "load the sample data" answered Yes, at the sample's date, as its administrator) or an .xlsx file.
import { existsSync } from 'node:fs';
import { Emulator } from '../emulator/index';
import { FALLBACK_ADMIN, firstAdministrator } from '../headless/run';
import { SAMPLE_ADMIN } from '../../src/core/sample/organisation';
import { SAMPLE_TODAY } from '../../src/core/sample/progress';
import { sampleTables } from '../../src/core/sample';
import { SHEETS } from '../../src/core/sheets';
import { EmulatorBackend } from './emulator-backend';

export interface OpenOptions {
  /** An .xlsx file; the sample workbook when absent. */
  workbook?: string;
  /** yyyy-mm-dd; default the sample's date (sample) or the real today (a file). */
  today?: string;
  /** The acting user; default the workbook's first administrator. */
  user?: string;
  locale?: string;
  distDir?: string;
}

export const SETUP_FUNCTION = 'menuSetup';
/** The add-on's name: its menu appears under Extensions › this. */
export const ADDON_NAME = 'Theo dõi chuẩn bị đại hội';

/** A fresh emulator holding the sample workbook, as `menuSetup` + "Yes, load the sample" leaves it. */
export function sampleEmulator(options: { distDir?: string; locale?: string } = {}): Emulator {
  const emu = Emulator.create({
    today: SAMPLE_TODAY,
    user: { email: SAMPLE_ADMIN, locale: options.locale ?? 'vi' },
    distDir: options.distDir,
    addonName: ADDON_NAME,
  });
  if (emu.hasFunction(SETUP_FUNCTION)) {
    emu.open({ authMode: 'FULL' });
    emu.answerAlerts(['YES']);
    emu.run(SETUP_FUNCTION);
  } else {
    writeSampleTables(emu);
  }
  emu.ui.clear();
  return emu;
}

interface HostSheet {
  getRange(row: number, column: number, rows: number, columns: number): { setValues(values: unknown[][]): unknown };
  setName(name: string): unknown;
}

/** For a bundle without Setup: the sample's input tables written as they are. */
function writeSampleTables(emu: Emulator): void {
  const doc = (
    emu.backend.spreadsheetApp as {
      getActiveSpreadsheet(): { getSheets(): HostSheet[]; insertSheet(name: string): HostSheet };
    }
  ).getActiveSpreadsheet();
  sampleTables('vi').forEach((table, i) => {
    const def = SHEETS.find((s) => s.id === table.sheet);
    const name = def?.vi ?? table.sheet;
    const first = doc.getSheets()[0];
    const sheet = i === 0 && first ? first : doc.insertSheet(name);
    if (i === 0) sheet.setName(name);
    const rows = [
      table.header,
      ...table.rows.map((r) =>
        r.map((v) =>
          typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00+07:00`) : (v ?? ''),
        ),
      ),
    ];
    sheet.getRange(1, 1, rows.length, table.header.length).setValues(rows);
  });
}

export async function openPreviewWorkbook(options: OpenOptions = {}): Promise<EmulatorBackend> {
  let emu: Emulator;
  if (options.workbook) {
    if (!existsSync(options.workbook)) throw new Error(`${options.workbook}: no such file`);
    emu = await Emulator.fromXlsx(options.workbook, {
      distDir: options.distDir,
      addonName: ADDON_NAME,
      ...(options.today ? { today: options.today } : {}),
    });
    emu.setUser({ email: options.user ?? firstAdministrator(emu) ?? FALLBACK_ADMIN, locale: options.locale ?? 'vi' });
  } else {
    emu = sampleEmulator({ distDir: options.distDir, locale: options.locale });
    if (options.today) emu.setToday(options.today);
    if (options.user) emu.setUser({ email: options.user });
  }
  // The user opens the document: onOpen builds the add-on menu.
  emu.open();
  return new EmulatorBackend({ emulator: emu, workbook: emu.workbook, distDir: options.distDir });
}
