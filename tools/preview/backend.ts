import type { ChartView } from './chart-view';
import type { MailView } from './mailbox';

// What the preview server needs from the workbook it shows. The real implementation wraps the emulator
// (./emulator-backend.ts); the route tests use a small fake. Everything here is plain JSON so that it can
// go straight to the page.

export interface MenuEntry {
  /** Absent for a separator. */
  caption?: string;
  /** The global function a menu item runs. */
  fn?: string;
  /** Sub-menu items. */
  items?: MenuEntry[];
}

export interface AddonMenu {
  title: string;
  items: MenuEntry[];
}

export interface GridView {
  sheet: string;
  /** Rows and columns in the sheet (the grid may show fewer rows, see `truncated`). */
  rows: number;
  cols: number;
  /** What users see in each cell (number formats applied). */
  display: string[][];
  /** Effective background after conditional formatting: lower-case #rrggbb or null for none/white. */
  backgrounds: (string | null)[][];
  bold: boolean[][];
  /** Cells whose text wraps (Range.setWrap): shown on several lines, the row growing to fit as in Sheets. */
  wrap?: boolean[][];
  frozenRows: number;
  /** Pixels, one per column. */
  columnWidths: number[];
  /** true when only the first `display.length` rows are shown. */
  truncated: boolean;
  /**
   * Per shown cell, the sheet protection over it for the acting user: 'warning' (warning only), 'allowed'
   * (restricted, and this user is one of its editors), 'refused' (restricted, not for this user), or null.
   */
  protection?: ProtectionMark[][];
  /** Google's confirmation before editing a warning-only range. */
  protectionWarning?: string;
  /** The sheet's embedded charts, with the values of their source ranges. */
  charts?: ChartView[];
}

export type ProtectionMark = 'warning' | 'allowed' | 'refused' | null;

export interface ToastView {
  id: number;
  title: string;
  message: string;
  timeoutSeconds: number;
}

export interface AlertView {
  title: string;
  prompt: string;
  /** e.g. 'OK', 'YES_NO', 'OK_CANCEL', 'YES_NO_CANCEL'. */
  buttons: string;
  /** The answer the add-on received ('OK', 'YES', 'NO', 'CANCEL', 'CLOSE'). */
  answer?: string;
}

export interface SidebarView {
  title: string;
  /** The dist/<name>.html it was made from, when known. */
  name: string | null;
  /** Incremented on each showSidebar so the page reloads the frame. */
  serial: number;
  width: number;
}

export interface UserChoice {
  email: string;
  /** Who this is, e.g. "Quản trị viên" or the unit they edit. */
  role: string;
}

export interface Context {
  /** yyyy-mm-dd */
  today: string;
  email: string;
  locale: string;
}

export interface RunOutcome {
  ok: boolean;
  /** The value the success handler receives (already through the google.script.run rules). */
  value?: unknown;
  /** The failure handler's error. */
  error?: { name: string; message: string };
}

export interface MenuOutcome {
  ok: boolean;
  error?: string;
  /** Alerts shown while the item ran, with the answers they got. */
  alerts: AlertView[];
  /** An alert the user still has to answer; nothing of the run was kept. Answer and run again. */
  question?: AlertView;
}

export interface EditOutcome {
  ok: boolean;
  /** Why the edit was refused (data validation or a protection rejects it, unknown sheet, bad cell reference). */
  rejected?: string;
  /** Google's warning when the cell is under a warning-only protection (the edit was confirmed and made). */
  warning?: string;
  /** On-edit triggers that failed (Google logs these; the preview shows them). */
  triggerErrors?: string[];
}

export interface PreviewBackend {
  context(): Context;
  setContext(change: Partial<Context>): Promise<void> | void;
  users(): UserChoice[];
  sheetNames(): string[];
  grid(sheet: string, maxRows: number): GridView;
  menu(): AddonMenu | null;
  /** Every toast so far, oldest first (ids increase). */
  toasts(): ToastView[];
  sidebar(): SidebarView | null;
  /** The HTML the open sidebar was created with (exact string the add-on passed to HtmlService). */
  sidebarHtml(): string | null;
  closeSidebar(): void;
  runMenu(fn: string, answers: string[]): Promise<MenuOutcome>;
  edit(sheet: string, a1: string, typed: string): Promise<EditOutcome>;
  callServer(fn: string, args: unknown[]): Promise<RunOutcome>;
  /** Functions google.script.run may call (the bundle's top-level functions not ending in `_`). */
  endpoints(): string[];
  save(path: string): Promise<void>;
  /** The emails the add-on sent (MailApp), oldest first. */
  mail?(): MailView[];
  /** One email as its recipient reads it (a whole HTML page), or null. */
  mailPage?(id: number): string | null;
}

export type { MailView } from './mailbox';
