// Types of the pure core: what it reads (grids as getValues returns them) and what it derives.
import type { DayOffPolicy } from './dates';
import type { EditPolicy, ProtectMode } from './settings-rows';
import type { Lang, SheetId } from './schema';
import type { Status } from './fixed-lists';

/** A calendar date as a Sheets serial day number: days since 1899-12-30 (so 2020-06-30 is 44012). */
export type Day = number;

export type FindingCode =
  | 'E_SHEET_MISSING'
  | 'E_HEADER_MISSING'
  | 'E_ROWS_ABOVE_HEADER'
  | 'E_ID_MISSING'
  | 'E_ID_DUPLICATE'
  | 'E_REQUIRED_MISSING'
  | 'E_DATE_INVALID'
  | 'E_NUMBER_INVALID'
  | 'E_EMAIL_INVALID'
  | 'E_VALUE_UNKNOWN'
  | 'E_PARENT_UNKNOWN'
  | 'E_PARENT_CYCLE'
  | 'E_ANCHOR_UNKNOWN'
  | 'E_ANCHOR_CYCLE'
  | 'E_REQUIRES_UNKNOWN'
  | 'E_FIXED_DATE_MISSING'
  | 'W_CONGRESS_DATE_MISSING'
  | 'W_CUTOFF_EXCEEDED'
  | 'W_CHILD_AFTER_PARENT'
  | 'W_TYPE_UNUSED'
  | 'W_DONE_WITHOUT_DATE'
  | 'W_COMPLETED_IN_FUTURE'
  | 'W_REQUIREMENT_NOT_MET'
  | 'W_WORKING_DAY_NOT_WEEKEND'
  | 'W_EDIT_NOT_PERMITTED';

export interface Finding {
  severity: 'error' | 'warning';
  code: FindingCode;
  /** The sheet's actual name in the workbook; for E_SHEET_MISSING the name it should have, in the workbook language. */
  sheet: string;
  /** A1 notation of the cell ('' for a whole missing sheet). */
  cell: string;
  /** In the workbook language; says what is wrong and how to fix it. */
  message: string;
}

/** One sheet as read in a single getValues(): row 0 is sheet row 1. Blank cells are ''. */
export interface Grid {
  name: string;
  values: unknown[][];
}

/** Where a table sits in its sheet. Rows and columns are 0-based indexes into Grid.values. */
export interface TableLayout {
  sheet: SheetId;
  sheetName: string;
  headerRow: number;
  /** column key (schema ColumnDef.key) → 0-based column index; absent keys are missing columns. */
  columns: Partial<Record<string, number>>;
  /** Number of columns in the header row including users' own extra columns. */
  width: number;
}

export type Anchor =
  | { kind: 'congress' }
  | { kind: 'congressClose' }
  | { kind: 'parentCongress' }
  | { kind: 'fixed' }
  | { kind: 'milestone'; milestoneId: string };

/** `'all'` when blank or Tất cả/All; else normalised unit types as written. */
export type AppliesTo = 'all' | string[];

export interface Unit {
  id: string;
  name: string;
  type: string;
  parentId: string | null;
  members: number | null;
  congressDate: Day | null;
  /** Congress days, 1–5 (1 when blank or unreadable): the closing day is congressDate + congressDays − 1. */
  congressDays: number;
  pilot: boolean;
  editors: string[];
  /** 1-based sheet row. */
  row: number;
}

export interface Milestone {
  id: string;
  name: string;
  appliesTo: AppliesTo;
  anchor: Anchor | null;
  offset: number;
  dayKind: 'calendar' | 'working';
  fixedDate: Day | null;
  requires: string[];
  pilotOnly: boolean;
  order: number;
  row: number;
  /** True when its definition is broken (offset or fixed date missing, anchor unknown or cyclic): deadlines stay blank. */
  deadlineUnknown?: boolean;
}

export interface Cutoff {
  type: string;
  milestoneId: string;
  cutoff: Day;
  row: number;
}

export interface Target {
  id: string;
  name: string;
  measure: string;
  direction: 'atLeast' | 'atMost';
  appliesTo: AppliesTo;
  /** null when the cell is blank or unreadable (reported as a finding). */
  value: number | null;
  dueDate: Day | null;
  rollup: 'sum' | 'average' | 'none';
  row: number;
}

export interface Settings {
  organisation: string;
  term: string;
  warningDays: number;
  congressMilestone: string;
  administrators: string[];
  restrictUpdates: boolean;
  /** Where a calendar-day deadline that falls on a day off goes (docs/workbook.md §3). */
  deadlineOnDayOff: DayOffPolicy;
  /** Settings' *Protect sheets* (docs/workbook.md §9). */
  protectSheets: ProtectMode;
  onUnpermittedEdit: EditPolicy;
}

export interface Holiday {
  date: Day;
  name: string;
  /** Nghỉ (a day off; also when absent) or Làm bù (a weekend day worked in exchange for a bridge day off). */
  kind?: 'off' | 'worked';
}

export interface Inputs {
  lang: Lang;
  units: Unit[];
  milestones: Milestone[];
  cutoffs: Cutoff[];
  /** Cut-off rows whose date is there but cannot be read (E_DATE_INVALID): the deadlines they cap stay. */
  unreadableCutoffs?: { type: string; milestoneId: string }[];
  targets: Target[];
  settings: Settings;
  holidays: Holiday[];
  layouts: Partial<Record<SheetId, TableLayout>>;
  /** Column keys a sheet needs but whose header is missing (E_HEADER_MISSING): what depends on them is not computed. */
  unreadable?: Partial<Record<SheetId, string[]>>;
  /** Sheets with data rows above their header row (E_ROWS_ABOVE_HEADER): their rows are not all read. */
  rowsAboveHeader?: Partial<Record<SheetId, number>>;
}

/** The user columns of one existing Progress row. */
export interface ProgressEntry {
  unitId: string;
  milestoneId: string;
  status: Status | null;
  completedOn: Day | null;
  /**
   * The Deadline cell as the sheet holds it — what users see and the Standing formula uses (written by
   * Refresh, kept current by edits and forms); null when blank, unreadable or the column is absent.
   */
  deadline?: Day | null;
  row: number;
}

/** The user columns of one existing Emulation row. */
export interface EmulationEntry {
  unitId: string;
  targetId: string;
  ownTarget: number | null;
  result: number | null;
  row: number;
}

/** The computed part of one Progress row that should exist. */
export interface ProgressPlanRow {
  unitId: string;
  unitName: string;
  unitType: string;
  milestoneId: string;
  task: string;
  deadline: Day | null;
  /** The date before the cut-off was applied (null when its base is missing). */
  computedDeadline?: Day | null;
  /** The cut-off for (unit type, milestone), when there is one. */
  cutoff?: Day | null;
}

/** The computed part of one Emulation row that should exist. */
export interface EmulationPlanRow {
  unitId: string;
  unitName: string;
  targetId: string;
  target: string;
  measure: string;
  /** Own target when set, else the Targets value; null when neither is known. */
  targetValue: number | null;
  dueDate: Day | null;
}

export interface ReadContext {
  /** Time zone used to turn Date cells into calendar days. */
  timeZone: string;
  today: Day;
  /** From the document properties, when set. */
  lang?: Lang;
}

export interface Analysis {
  lang: Lang;
  inputs: Inputs;
  progressEntries: ProgressEntry[];
  emulationEntries: EmulationEntry[];
  findings: Finding[];
  progress: ProgressPlanRow[];
  emulation: EmulationPlanRow[];
}
