// Which Progress rows the Data issues sheet lists as edited without permission, for the Summary's to-verify
// list (docs/workbook.md §7): each line's cell is mapped to the row's keys as the Progress sheet holds them now.
import type { Grid } from './model';
import { cellText } from './parse';
import { ISSUES } from './record-sheets';
import { PROGRESS } from './schema';
import { locateTable, matchesLabel, parseA1 } from './tables';

export function flaggedEdits(
  issues: Grid | undefined,
  progress: Grid | undefined,
): { unitId: string; milestoneId: string }[] {
  if (!issues || !progress) return [];
  const log = locateTable(issues, ISSUES);
  const table = locateTable(progress, PROGRESS);
  const codeAt = log?.columns.code;
  const sheetAt = log?.columns.sheet;
  const cellAt = log?.columns.cell;
  const unitAt = table?.columns.unitId;
  const milestoneAt = table?.columns.milestoneId;
  if (!log || !table || codeAt === undefined || sheetAt === undefined || cellAt === undefined) return [];
  if (unitAt === undefined || milestoneAt === undefined) return [];
  const out: { unitId: string; milestoneId: string }[] = [];
  for (const line of issues.values.slice(log.headerRow + 1)) {
    if (cellText(line[codeAt]).trim() !== 'W_EDIT_NOT_PERMITTED' || !matchesLabel(line[sheetAt], PROGRESS)) continue;
    const at = parseA1(cellText(line[cellAt]));
    const row = at && at.row > table.headerRow ? progress.values[at.row] : undefined;
    if (!row) continue;
    const unitId = cellText(row[unitAt]).trim();
    const milestoneId = cellText(row[milestoneAt]).trim();
    if (unitId && milestoneId) out.push({ unitId, milestoneId });
  }
  return out;
}
