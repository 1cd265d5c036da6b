// The Emulator: the local stand-in for Google Sheets + Apps Script that tests, the headless CLI and the
// preview drive. It runs the built bundle (dist/Code.js) in a sandbox per execution with the Apps Script
// services, counts every service call, and reproduces Google's authorization modes, triggers and the
// google.script.run copying rules. See tools/emulator/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { SheetSnapshot } from './services/backend';
import { zonedFields } from './services/date-format';
import type { AuthModeName } from './services/runtime';
import type { TriggerRecord } from './services/script-app';
import { User } from './services/session';
import { transferArguments, transferResult } from './services/transfer';
import { addDocumentProperties, readDocumentProperties } from './services/document-properties-xlsx';
import { loadXlsx } from './spreadsheet';
import { ExecutionHost } from './execution-host';
import type { EditResult, EmulatorOptions } from './options';
import { ScriptError, ServerError } from './script-errors';

export type { ExecutionWrites, SpreadsheetBackend, SheetSnapshot } from './services/backend';
export type { LockBoundaryEvent, LockHook } from './services/lock';
export type { CallObserver, ObservedCall } from './services/accounting';
export type { MenuRecord, MenuEntry, AlertRecord, ScriptedAnswer } from './services/ui';
export type { AuthModeName } from './services/runtime';
export { LOCK_TIMEOUT_MESSAGE } from './services/lock';
export { People, Person, type CallPoint, type PersonCall } from './people';
export { VALUE_TOO_LARGE, STORE_QUOTA_EXCEEDED } from './services/properties';

export { DEFAULT_TIME_ZONE, type EditResult, type EmulatorOptions } from './options';
export { ScriptError, ServerError } from './script-errors';

export class Emulator extends ExecutionHost {
  private constructor(options: EmulatorOptions, deferBackend = false) {
    super(options, deferBackend);
  }

  /** An emulator over a workbook (a new one by default) or another spreadsheet backend. */
  static create(options: EmulatorOptions = {}): Emulator {
    return new Emulator(options);
  }

  /** An emulator over the workbook read from an .xlsx file (or its bytes). */
  static async fromXlsx(
    source: string | Buffer,
    options: Omit<EmulatorOptions, 'workbook' | 'backend'> = {},
  ): Promise<Emulator> {
    const emulator = new Emulator(options, true);
    const workbook = await loadXlsx(source, emulator.env);
    emulator.attachWorkbook(workbook);
    const bytes = typeof source === 'string' ? await readFile(source) : source;
    emulator.properties.document.write(Object.entries(await readDocumentProperties(bytes)), true);
    return emulator;
  }

  /** Loads the bundle into a fresh global scope without calling anything (what Google does first). */
  load(): { functions: string[] } {
    return this.execute({ kind: 'load', authMode: 'FULL' }, (realm) => ({
      functions: Object.getOwnPropertyNames(realm.global).filter(
        (n) => typeof realm.global[n] === 'function' && !(n in globalThis),
      ),
    }));
  }

  /** True when the bundle defines a top-level function of that name. */
  hasFunction(name: string): boolean {
    return this.load().functions.includes(name);
  }

  /** A menu action or script function run by the current user (AuthMode.FULL). */
  run(functionName: string, ...args: unknown[]): unknown {
    return this.invoke(functionName, args, { kind: 'menu', authMode: 'FULL' });
  }

  runWithAuthMode(mode: AuthModeName, functionName: string, event?: Record<string, unknown>): unknown {
    return this.invoke(functionName, event === undefined ? [] : [event], {
      kind: mode === 'FULL' ? 'menu' : 'simpleTrigger',
      authMode: mode,
    });
  }

  /**
   * Opens the document: resets the menus and fires the simple onOpen(e) (AuthMode.LIMITED by default, NONE
   * for an add-on installed but not yet used in this document), then installable on-open triggers.
   */
  open(options: { authMode?: 'NONE' | 'LIMITED' | 'FULL' } = {}): EditResult {
    const authMode = options.authMode ?? 'LIMITED';
    this.ui.menus = [];
    const fired: EditResult['fired'] = [];
    if (this.hasFunction('onOpen')) {
      const error = this.fire('onOpen', { kind: authMode === 'FULL' ? 'menu' : 'simpleTrigger', authMode }, (e) => {
        const event: Record<string, unknown> = { authMode, user: new User(e.visibleEmail) };
        if (authMode !== 'NONE') event.source = this.backend.activeSpreadsheet();
        return event;
      });
      fired.push({ kind: 'simple', functionName: 'onOpen', ...(error ? { error } : {}) });
    }
    if (authMode !== 'NONE')
      fired.push(...this.fireInstallable('ON_OPEN', () => ({ source: this.backend.activeSpreadsheet() })));
    return { fired };
  }

  /** The add-on is installed from the Marketplace: onInstall(e) runs in AuthMode.FULL. */
  install(): unknown {
    return this.invoke('onInstall', [{ authMode: 'FULL' }], { kind: 'menu', authMode: 'FULL' });
  }

  /**
   * google.script.run: arguments and result are copied by Google's rules (Dates refused on the way in, a
   * result holding a Date arrives as null). Throws ClientTransferError for illegal arguments (thrown in the
   * browser, the server never runs) and ServerError for what the failure handler would receive.
   */
  callServer(functionName: string, ...args: unknown[]): unknown {
    const copied = transferArguments(args);
    if (functionName.endsWith('_')) throw new ServerError(`Script function not found: ${functionName}`, 'Error');
    let result: unknown;
    try {
      result = this.invoke(functionName, copied, { kind: 'server', authMode: 'FULL' });
    } catch (error) {
      if (error instanceof ScriptError) throw new ServerError(error.message, error.name);
      throw error;
    }
    return transferResult(result);
  }

  /**
   * A user types `typed` into one cell. Data validation may reject it (nothing changes, nothing fires).
   * Otherwise the simple onEdit(e) (AuthMode.LIMITED) and every installable on-edit trigger (FULL, as the
   * trigger's owner) fire with Google's event object.
   */
  edit(sheetName: string, a1: string, typed: string): EditResult {
    const outcome = this.backend.typeInto(sheetName, a1, typed);
    if (!outcome.ok) return { rejected: outcome.rejection, fired: [] };
    const values: Record<string, unknown> = {};
    const tz = this.backend.timeZone?.() ?? this.timeZone;
    const newValue = eventValue(outcome.newValue, tz);
    const oldValue = eventValue(outcome.oldValue, tz);
    if (newValue !== undefined) values.value = newValue;
    if (oldValue !== undefined) values.oldValue = oldValue;
    return { ...(outcome.warning ? { warning: outcome.warning } : {}), ...this.fireEdit(sheetName, a1, values) };
  }

  /** A multi-cell paste: like edit(), but the event has no value/oldValue (as Google's). */
  pasteValues(sheetName: string, a1: string, rows: unknown[][]): EditResult {
    const outcome = this.backend.pasteValues(sheetName, a1, rows);
    if (!outcome.ok) return { rejected: outcome.rejection, fired: [] };
    const width = Math.max(1, ...rows.map((r) => r.length));
    const range = rows.length === 1 && width === 1 ? a1 : blockA1(a1, rows.length, width);
    return { ...(outcome.warning ? { warning: outcome.warning } : {}), ...this.fireEdit(sheetName, range, {}) };
  }

  private fireEdit(sheetName: string, a1: string, values: Record<string, unknown>): EditResult {
    const fired: EditResult['fired'] = [];
    const base = () => ({
      range: this.backend.range(sheetName, a1),
      source: this.backend.activeSpreadsheet(),
      ...values,
    });
    if (this.hasFunction('onEdit')) {
      const error = this.fire('onEdit', { kind: 'simpleTrigger', authMode: 'LIMITED' }, (e) => ({
        authMode: 'LIMITED',
        user: new User(e.visibleEmail),
        ...base(),
      }));
      fired.push({ kind: 'simple', functionName: 'onEdit', ...(error ? { error } : {}) });
    }
    fired.push(...this.fireInstallable('ON_EDIT', base));
    return { fired };
  }

  // ---- inspection -------------------------------------------------------------------------------------

  /** Evaluated values and effective backgrounds per sheet, in the JSON shape of docs/workbook.md §10. */
  snapshot(options: { sheets?: string[] } = {}): { sheets: Record<string, SheetSnapshot> } {
    const names = options.sheets ?? this.backend.sheetNames();
    const sheets: Record<string, SheetSnapshot> = {};
    for (const name of names) sheets[name] = this.backend.snapshot(name);
    return { sheets };
  }

  /** Saves the document as .xlsx; the document properties travel with it (as on Google's side). */
  async saveXlsx(path: string): Promise<void> {
    if (!this.backend.saveXlsx) throw new Error('This spreadsheet backend cannot save .xlsx files');
    await this.backend.saveXlsx(path);
    const properties = this.properties.document.toObject();
    if (Object.keys(properties).length)
      writeFileSync(path, await addDocumentProperties(readFileSync(path), properties));
  }

  /** Installable triggers as Google lists them in the project's Triggers page. */
  listTriggers(): TriggerRecord[] {
    return this.triggers.all.map((t) => ({ ...t }));
  }
}

/** e.value / e.oldValue as Google gives them: strings; dates as serial numbers; absent for blanks. */
function eventValue(value: unknown, timeZone: string): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const f = zonedFields(value, timeZone);
    const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond);
    return String((wall - Date.UTC(1899, 11, 30)) / 86400000);
  }
  return String(value);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** 'B3' + 2 rows × 3 columns → 'B3:D4'. */
export function blockA1(a1: string, rows: number, columns: number): string {
  const m = /^([A-Za-z]+)(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Invalid cell reference '${a1}'`);
  const col = columnNumber(m[1] ?? 'A');
  const row = Number(m[2]);
  return `${m[1]?.toUpperCase()}${row}:${columnLetters(col + columns - 1)}${row + rows - 1}`;
}
