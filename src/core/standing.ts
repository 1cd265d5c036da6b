// Standing of a Progress row as of a day (docs/workbook.md §4). The sheet shows the same through a formula over TODAY()
// (formulas.ts); this is the reference both must agree with.
import type { Day } from './model';
import type { Standing, Status } from './fixed-lists';

export interface StandingInput {
  status: Status | null;
  deadline: Day | null;
  completedOn: Day | null;
}

/** The first condition of docs/workbook.md §4 that holds, as of `today` with a warning window of `warningDays`. */
export function standingOf(row: StandingInput, today: Day, warningDays: number): Standing {
  if (row.status === 'notApplicable') return 'notApplicable';
  if (row.status === 'done') {
    if (row.deadline === null || row.completedOn === null || row.completedOn <= row.deadline) return 'doneOnTime';
    return 'doneLate';
  }
  if (row.deadline === null) return 'noDeadline';
  if (row.deadline < today) return 'overdue';
  if (row.deadline <= today + Math.max(0, Math.trunc(warningDays))) return 'dueSoon';
  return 'onTrack';
}
