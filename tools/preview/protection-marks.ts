// The lock marks of the preview's grid: for each shown cell, the protection over it as the acting user meets
// it (the emulator's rules in tools/emulator/spreadsheet/protection-check.ts).
import { covers, mayEdit } from '../emulator/spreadsheet/protection-check';
import type { ProtectionData } from '../emulator/spreadsheet/model';
import type { ProtectionMark } from './backend';

export function protectionMarks(
  protections: readonly ProtectionData[],
  rows: number,
  cols: number,
  email: string,
  owner: string | null,
): ProtectionMark[][] {
  const out: ProtectionMark[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: ProtectionMark[] = [];
    for (let c = 0; c < cols; c++) {
      const over = protections.filter((p) => covers(p, r + 1, c + 1));
      let mark: ProtectionMark = null;
      if (over.some((p) => !p.warningOnly && p.restricted))
        mark = over.some((p) => !p.warningOnly && !mayEdit(p, email, owner)) ? 'refused' : 'allowed';
      else if (over.some((p) => p.warningOnly)) mark = 'warning';
      line.push(mark);
    }
    out.push(line);
  }
  return out;
}
