// The shape of the Summary report's figures (docs/workbook.md §7), computed by summary.ts and laid out by
// report-layout.ts, report-matrix.ts and summary-json.ts.
import type { Day } from './model';
import type { Lang } from './schema';
import type { Standing, Status } from './fixed-lists';
import type { RollupFigures, TargetFigures } from './summary-targets';

export type StandingCounts = Record<Standing, number>;

/** Figures over a set of units and their Progress rows. */
export interface GroupFigures {
  /** Units taking part (rows with a missing or duplicate ID are not units). */
  units: number;
  /** Units whose congress milestone is Hoàn thành. */
  congressHeld: number;
  /** Progress rows: the applicable (unit, milestone) pairs of these units (with sheet deadlines, those on the sheet). */
  rows: number;
  /** Rows Hoàn thành, on time or late. */
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  dueSoon: number;
  /** Rows by every standing. */
  standings: StandingCounts;
}

export interface TypeFigures extends GroupFigures {
  type: string;
}

/** A parent unit's figures over its direct children. */
export interface ParentFigures extends GroupFigures {
  unitId: string;
  unitName: string;
}

export interface ItemRef {
  unitId: string;
  unitName: string;
  unitType: string;
  milestoneId: string;
  task: string;
  deadline: Day;
  status: Status | null;
}

export interface OverdueItem extends ItemRef {
  daysLate: number;
}

export interface DueSoonItem extends ItemRef {
  daysLeft: number;
}

/** A matrix cell: the row's standing; 'untracked' for an applicable pair not on the Progress sheet yet. */
export type MatrixCell = Standing | 'untracked';

export interface StandingMatrix {
  milestones: { id: string; name: string }[];
  /** One row per unit in unit order; a cell is null where the milestone does not apply. */
  rows: { unitId: string; unitName: string; unitType: string; cells: (MatrixCell | null)[] }[];
}

export interface Summary {
  asOf: Day;
  lang: Lang;
  organisation: string;
  term: string;
  warningDays: number;
  congressMilestone: string;
  byType: TypeFigures[];
  byParent: ParentFigures[];
  /** Most late first; ties in unit order, then milestone order. */
  overdue: OverdueItem[];
  /** Due within the warning window, soonest first; ties in unit order, then milestone order. */
  dueSoon: DueSoonItem[];
  matrix: StandingMatrix;
  targets: TargetFigures[];
  rollups: RollupFigures[];
  /**
   * With sheet deadlines: applicable (unit, milestone) pairs that have no row on the Progress sheet yet (never
   * refreshed). They are in no figure: with no row they have neither status nor deadline. 0 otherwise.
   */
  untracked: number;
  /** Rows to verify (Cần xác minh), in sheet order: counted as the sheet says, shown so someone checks them. */
  verify: VerifyItem[];
}

/** Why a row is on the to-verify list. */
export type VerifyCode =
  'W_REQUIREMENT_NOT_MET' | 'W_DONE_WITHOUT_DATE' | 'W_COMPLETED_IN_FUTURE' | 'W_EDIT_NOT_PERMITTED';

export interface VerifyItem {
  unitId: string;
  unitName: string;
  milestoneId: string;
  task: string;
  code: VerifyCode;
}
