// The contract between the sidebars and the server endpoints (google.script.run). Everything here crosses
// the boundary as JSON: dates travel as 'yyyy-mm-dd' strings, never Date objects (google.script.run
// refuses them). Each endpoint answers an Outcome: expected refusals (permission, validation, a row
// changed since it was loaded, a busy lock) come back as typed errors, never as thrown exceptions.
import type { Status } from '../core/fixed-lists';

/** A calendar date as 'yyyy-mm-dd'. */
export type IsoDate = string;

/** The sidebar's language: the user's locale (Vietnamese unless it is English). */
export type UiLang = 'vi' | 'en';

export type ApiErrorCode =
  /** The payload has a wrong type, a missing or unknown field, a bad date or number, a value too long. */
  | 'invalid'
  /** The user may not update this unit (docs/workbook.md §9), or Apps Script gives no email while updates are restricted. */
  | 'forbidden'
  /** Unknown unit, milestone, target or row; or a required sheet is missing. */
  | 'notFound'
  /** Hoàn thành while a required milestone is not Hoàn thành. */
  | 'requirement'
  /** The row changed since the form loaded it: reload instead of overwriting. */
  | 'stale'
  /** The document lock could not be obtained in time. */
  | 'busy'
  /** Anything unexpected. */
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** In the user's language, ready to show. */
  message: string;
  /** The payload field the message is about, when there is one (the form focuses it). */
  field?: string;
  /** For 'stale': who changed the row and when (ISO date-time in the spreadsheet's time zone, 'yyyy-mm-dd hh:mm'). */
  stale?: { by: string; at: string };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface FormUser {
  /** '' when Apps Script gives no email. */
  email: string;
  isAdmin: boolean;
}

export interface UnitOption {
  id: string;
  name: string;
  type: string;
}

interface FormBase {
  lang: UiLang;
  user: FormUser;
  /** The units this user may update (every unit for administrators or when updates are not restricted). */
  units: UnitOption[];
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  /** Set when the user can update nothing, saying why (no email, not an editor of any unit...). */
  notice?: string;
}

export type ProgressForm = FormBase;
export type EmulationForm = FormBase;

export interface Requirement {
  milestoneId: string;
  task: string;
  done: boolean;
}

export interface MilestoneRow {
  milestoneId: string;
  task: string;
  deadline: IsoDate | null;
  /** null when the Status cell is blank. */
  status: Status | null;
  completedOn: IsoDate | null;
  /** The standing key of docs/workbook.md §4 (core STANDING), its label in the user's language and its colour. */
  standing: string;
  standingLabel: string;
  standingColor: string | null;
  evidence: string;
  note: string;
  requires: Requirement[];
  updatedBy: string;
  /** 'yyyy-mm-dd hh:mm' in the spreadsheet's time zone, '' when never updated. */
  updatedAt: string;
  /** Opaque token of the row's user and system columns: sent back with a submission to detect changes. */
  version: string;
}

export interface UnitMilestones {
  unit: UnitOption;
  rows: MilestoneRow[];
}

export interface ProgressSubmission {
  unitId: string;
  milestoneId: string;
  status: Status;
  /** '' unless the status is Hoàn thành; then required, not after today. */
  completedOn: IsoDate | '';
  evidence: string;
  note: string;
  version: string;
}

export interface ProgressSaved {
  /** The row as it now is. */
  row: MilestoneRow;
  /** How many deadlines of this unit moved because the completion date anchors other milestones. */
  deadlinesMoved: number;
  /** Number of audit lines written (0 when nothing changed). */
  changes: number;
  message: string;
}

export interface TargetRow {
  targetId: string;
  name: string;
  measure: string;
  direction: 'atLeast' | 'atMost';
  /** The target value for this unit (own target when set, else the Targets value). */
  targetValue: number | null;
  result: number | null;
  /** The rating key of docs/workbook.md §5 (core RATING), its label in the user's language and its colour. */
  rating: string;
  ratingLabel: string;
  ratingColor: string | null;
  dueDate: IsoDate | null;
  note: string;
  updatedBy: string;
  updatedAt: string;
  version: string;
}

export interface UnitTargets {
  unit: UnitOption;
  rows: TargetRow[];
  /** Administrators only: per target id (upper case), the units that have not reported it yet. */
  notReported?: Record<string, { id: string; name: string }[]>;
}

export interface ResultSubmission {
  unitId: string;
  targetId: string;
  /** As typed: Vietnamese ('1.103', '5,62') or English ('1,103.5') text, or a number; '' clears it. */
  result: string | number;
  note: string;
  version: string;
}

export interface ResultSaved {
  row: TargetRow;
  changes: number;
  message: string;
}

/** Every google.script.run endpoint of the sidebars (exported under these names from src/main.ts). */
export interface ServerApi {
  progressForm(): Outcome<ProgressForm>;
  unitMilestones(unitId: string): Outcome<UnitMilestones>;
  submitProgress(payload: ProgressSubmission): Outcome<ProgressSaved>;
  emulationForm(): Outcome<EmulationForm>;
  unitTargets(unitId: string): Outcome<UnitTargets>;
  submitResult(payload: ResultSubmission): Outcome<ResultSaved>;
}

export type Endpoint = keyof ServerApi;

/** The success value of an endpoint. */
export type ValueOf<K extends Endpoint> = ReturnType<ServerApi[K]> extends Outcome<infer T> ? T : never;

/** Field limits, checked on the client for feedback and on the server as the authority. */
export const LIMITS = {
  id: 200,
  evidence: 1000,
  note: 2000,
  result: 100,
  version: 100,
} as const;
