// Every sheet of the workbook schema (docs/workbook.md §2), in workbook order.
import { ARCHIVE, AUDIT, ISSUES, MATRIX, REMINDER_LOG, SUMMARY } from './record-sheets';
import { CUTOFFS, EMULATION, HOLIDAYS, MILESTONES, PROGRESS, SETTINGS, TARGETS, UNITS, type SheetDef } from './schema';

export const SHEETS: readonly SheetDef[] = [
  UNITS,
  MILESTONES,
  CUTOFFS,
  TARGETS,
  SETTINGS,
  HOLIDAYS,
  PROGRESS,
  EMULATION,
  SUMMARY,
  MATRIX,
  ISSUES,
  AUDIT,
  ARCHIVE,
  REMINDER_LOG,
];

export const INPUT_SHEETS: readonly SheetDef[] = SHEETS.filter((s) => s.input);
