// The state one emulated Apps Script environment shares between its services. The spreadsheet part
// (./spreadsheet) and the other services (./services) both receive it; the Emulator (./index.ts) owns it.

export interface UserIdentity {
  /** '' where Apps Script gives no email (consumer accounts in simple triggers, other users without consent). */
  email: string;
  /** e.g. 'vi', 'en', 'en_US' — what Session.getActiveUserLocale() returns. */
  locale: string;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface UiEvents {
  /** Spreadsheet.toast(...) lands here. */
  toast(toast: Toast): void;
}

export interface EmulatorEnv {
  /** The emulator's clock: TODAY(), NOW(), new Date() in the sandbox and Utilities all follow it. */
  now(): Date;
  /** Default time zone of new spreadsheets and of the script (appsscript.json). */
  scriptTimeZone: string;
  activeUser(): UserIdentity;
  effectiveUser(): UserIdentity;
  ui: UiEvents;
}
