// The Emulator's options and the shapes of its results (see index.ts).
import type { EmulatorEnv, UserIdentity } from './env';
import type { SpreadsheetBackend } from './services/backend';
import type { AuthModeName, ExecutionKind } from './services/runtime';
import type { Workbook } from './spreadsheet';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DEFAULT_USER: UserIdentity = { email: 'admin@example.com', locale: 'vi' };

export interface EmulatorOptions {
  /** Directory of the built bundle (Code.js and <sidebar>.html); default 'dist'. */
  distDir?: string;
  /** Bundle source to run instead of `${distDir}/Code.js` (tests). */
  code?: string;
  /** Today's date in the script time zone ('yyyy-mm-dd') or an instant. Default: the real clock. */
  today?: string | Date;
  /** Script time zone (appsscript.json); default Asia/Ho_Chi_Minh. */
  timeZone?: string;
  /** The user at the keyboard; default admin@example.com with locale 'vi' (or `locale`). */
  user?: Partial<UserIdentity>;
  locale?: string;
  /**
   * How much identity Google reveals. 'consumer' (default, gmail.com users of a Marketplace add-on): the
   * active user's email is '' in simple triggers and in installable triggers fired by someone other than
   * the trigger's owner. 'workspace' (everyone in the developer's domain): always revealed.
   */
  identity?: 'consumer' | 'workspace';
  /** Name under which createAddonMenu() items appear (Extensions › name). */
  addonName?: string;
  /**
   * The document: a Workbook (it is re-pointed at this emulator's clock and users), or a function making
   * one from the emulator's env. Default: a new workbook with one sheet.
   */
  workbook?: Workbook | ((env: EmulatorEnv) => Workbook);
  /**
   * The manifest's oauthScopes (a service that needs one not declared fails as in Google); null: none
   * declared, so nothing is refused. Default: `${distDir}/appsscript.json`'s, when the file is there.
   */
  scopes?: readonly string[] | null;
  /** MailApp's daily recipients; default 100 for 'consumer' identity, 1,500 for 'workspace'. */
  mailQuota?: number;
  /** A spreadsheet side other than the Workbook model (tests' fakes). */
  backend?: SpreadsheetBackend | ((env: EmulatorEnv, ui: () => object) => SpreadsheetBackend);
  /**
   * Google's write batching (default true): an execution's cell writes wait until it reads, calls
   * SpreadsheetApp.flush() or ends, so other executions do not see them before (releaseLock alone does not
   * publish them). false applies every write at once.
   */
  bufferWrites?: boolean;
}

export interface EditResult {
  /** Set when data validation or a protection refused the input; no trigger fired then. */
  rejected?: string;
  /** Google's confirmation when the cell is under a warning-only protection (the person confirmed). */
  warning?: string;
  fired: { kind: 'simple' | 'installable'; functionName: string; triggerUid?: string; error?: string }[];
}

export interface RunOptions {
  authMode?: AuthModeName;
  kind?: ExecutionKind;
}
