// What the shared-sheet tests read back after a direct edit: a sheet's host object, the Audit log lines
// (without their time), the Data issues lines (code, sheet, cell) and the last toast.
import type { Emulator } from '../../tools/emulator';

/* eslint-disable @typescript-eslint/no-explicit-any -- the emulator's host objects are untyped */
export const sheet = (emu: Emulator, name: string): any =>
  (emu.backend.spreadsheetApp as any).getActiveSpreadsheet().getSheetByName(name);
/* eslint-enable @typescript-eslint/no-explicit-any */
export const audit = (emu: Emulator): unknown[][] =>
  emu.workbook
    .values('Nhật ký')
    .slice(1)
    .map((l) => l.slice(1));
export const issues = (emu: Emulator): unknown[][] =>
  emu.workbook
    .values('Kiểm tra dữ liệu')
    .slice(1)
    .map((l) => [l[1], l[2], l[3]]);
export const lastToast = (emu: Emulator): string => String(emu.ui.toasts.at(-1)?.message ?? '');
