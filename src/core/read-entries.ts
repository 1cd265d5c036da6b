// Reading the user columns of the tracking sheets (Tiến độ, Thi đua) into the model (docs/workbook.md §2.2, §6):
// the rows that carry both keys, a repeated pair reported.
import { STATUS } from './fixed-lists';
import { PairIndex } from './keys';
import { MESSAGES } from './messages';
import type { EmulationEntry, ProgressEntry } from './model';
import { parseDate } from './parse';
import { allowed } from './read';
import type { SheetReader } from './sheet-reader';
import { parseStatus } from './status-text';
import { a1 } from './tables';

/** The user columns of the Progress rows that carry both keys. An unknown status reads as blank. */
export function readProgressEntries(reader: SheetReader): ProgressEntry[] {
  const out: ProgressEntry[] = [];
  const statusColumn = reader.column('status');
  const seen = new PairIndex<number>();
  for (const r of reader.rows) {
    const unitId = reader.text(r, 'unitId');
    const milestoneId = reader.text(r, 'milestoneId');
    if (unitId === '' || milestoneId === '') continue;
    reportRepeatedPair(reader, seen, r, unitId, milestoneId);
    const statusText = reader.text(r, 'status');
    let status = parseStatus(reader.raw(r, 'status'));
    if (status === undefined) {
      reader.report('E_VALUE_UNKNOWN', r, 'status', MESSAGES.valueUnknown(statusText, statusColumn, allowed(STATUS)));
      status = null;
    }
    // The deadline is the add-on's own cell: read quietly (Refresh rewrites an unreadable one).
    const deadline = parseDate(reader.raw(r, 'deadline'), reader.timeZone);
    out.push({
      unitId,
      milestoneId,
      status,
      completedOn: reader.date(r, 'completedOn'),
      deadline: deadline.ok ? deadline.value : null,
      row: r + 1,
    });
  }
  return out;
}

export function readEmulationEntries(reader: SheetReader): EmulationEntry[] {
  const out: EmulationEntry[] = [];
  const seen = new PairIndex<number>();
  for (const r of reader.rows) {
    const unitId = reader.text(r, 'unitId');
    const targetId = reader.text(r, 'targetId');
    if (unitId === '' || targetId === '') continue;
    reportRepeatedPair(reader, seen, r, unitId, targetId);
    out.push({
      unitId,
      targetId,
      ownTarget: reader.number(r, 'ownTarget', { min: 0 }),
      result: reader.number(r, 'result', { min: 0 }),
      row: r + 1,
    });
  }
  return out;
}

/**
 * E_ID_DUPLICATE on a generated-sheet row whose (unit, milestone/target) pair is already on an earlier row.
 * The row is still returned; lookups use the first row of a pair. The first row's cell is named only when
 * a pair repeats (no text made per row).
 */
function reportRepeatedPair(
  reader: SheetReader,
  seen: PairIndex<number>,
  r: number,
  unitId: string,
  otherId: string,
): void {
  if (seen.setFirst(unitId, otherId, r)) return;
  const first = a1(seen.get(unitId, otherId) as number, reader.colIndex('unitId'));
  reader.report('E_ID_DUPLICATE', r, 'unitId', MESSAGES.keyDuplicate(`${unitId} / ${otherId}`, first));
}
