// The Emulator: the local stand-in for Google Sheets + Apps Script that tests, the headless CLI and the
// preview drive. It runs the built bundle (dist/Code.js) in a sandbox per execution with the Apps Script
// services, counts every service call, and reproduces Google's authorization modes, triggers and the
// google.script.run copying rules. See tools/emulator/README.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmulatorEnv, UserIdentity } from './env';
import { Bundle, type Realm } from './sandbox';
import { CallLedger, ProxyRegistry, ServiceBoundary, type CallObserver, type CallStats } from './services/accounting';
import type { ExecutionWrites, SheetSnapshot, SpreadsheetBackend } from './services/backend';
import { zonedFields } from './services/date-format';
import { HtmlService, type TemplateEvaluator } from './services/html';
import { LockTable, LockService, type LockHook } from './services/lock';
import { Console, LogSink, Logger } from './services/logger';
import { PropertiesService, PropertyStores } from './services/properties';
import { ExecutionStack, type AuthModeName, type Execution, type ExecutionKind } from './services/runtime';
import { ScriptApp, TriggerRegistry, type TriggerRecord } from './services/script-app';
import { clockEvent, nextRun } from './services/clock-triggers';
import { CONSUMER_DAILY_RECIPIENTS, MailApp, Mailbox, WORKSPACE_DAILY_RECIPIENTS } from './services/mail';
import { Session, User } from './services/session';
import { transferArguments, transferResult } from './services/transfer';
import { Ui, UiRecorder, type ScriptedAnswer } from './services/ui';
import { Utilities } from './services/utilities';
import { addDocumentProperties, readDocumentProperties } from './services/document-properties-xlsx';
import { workbookBackend } from './services/workbook-backend';
import { Workbook, createChartsService, loadXlsx, saveXlsx } from './spreadsheet';

export type { ExecutionWrites, SpreadsheetBackend, SheetSnapshot } from './services/backend';
export type { LockBoundaryEvent, LockHook } from './services/lock';
export type { CallObserver, ObservedCall } from './services/accounting';
export type { MenuRecord, MenuEntry, AlertRecord, ScriptedAnswer } from './services/ui';
export type { AuthModeName } from './services/runtime';
export { LOCK_TIMEOUT_MESSAGE } from './services/lock';
export { People, Person, type CallPoint, type PersonCall } from './people';
export { VALUE_TOO_LARGE, STORE_QUOTA_EXCEEDED } from './services/properties';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DEFAULT_USER: UserIdentity = { email: 'admin@example.com', locale: 'vi' };

/** An error thrown by the add-on's code (or a service) that escaped an execution. */
export class ScriptError extends Error {
  constructor(
    message: string,
    name: string,
    readonly functionName: string,
  ) {
    super(message);
    this.name = name;
  }
}

/** What google.script.run's failure handler receives. */
export class ServerError extends Error {
  constructor(message: string, name: string) {
    super(message);
    this.name = name;
  }
}

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

function parseToday(today: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!m) throw new Error(`Invalid date '${today}': expected YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d, 9));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) throw new Error(`Invalid date '${today}'`);
  // 09:00 on that day in the script time zone: safely inside the day whatever the zone.
  return probe.getTime() - zonedFields(probe, timeZone).offsetMinutes * 60000;
}

export class Emulator {
  readonly timeZone: string;
  readonly ui = new UiRecorder();
  readonly logs = new LogSink();
  readonly triggers = new TriggerRegistry();
  readonly properties = new PropertyStores();
  /** Every email the scripts sent (MailApp), with each user's quota use. */
  readonly mailbox: Mailbox;
  /** The manifest's oauthScopes (null: not declared). */
  readonly scopes: readonly string[] | null;
  private backendValue: SpreadsheetBackend | undefined;
  /** The env shared with the spreadsheet side: clock, script time zone, users, toasts. */
  readonly env: EmulatorEnv;
  private readonly uiService: Ui;
  private readonly ledger = new CallLedger();
  private readonly registry = new ProxyRegistry();
  private readonly executions = new ExecutionStack();
  private readonly locks = new LockTable();
  private readonly bundle: Bundle;
  private readonly distDir: string;
  private readonly identity: 'consumer' | 'workspace';
  private readonly bufferWrites: boolean;
  private clockMs: number;
  private user: UserIdentity;
  /** The Apps Script globals other than SpreadsheetApp (which comes from the spreadsheet side). */
  private readonly services: Record<string, object>;

  private constructor(options: EmulatorOptions, deferBackend = false) {
    this.distDir = options.distDir ?? 'dist';
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.identity = options.identity ?? 'consumer';
    this.bufferWrites = options.bufferWrites ?? true;
    this.user = {
      email: options.user?.email ?? DEFAULT_USER.email,
      locale: options.user?.locale ?? options.locale ?? DEFAULT_USER.locale,
    };
    this.clockMs = Date.now();
    if (options.today instanceof Date) this.clockMs = options.today.getTime();
    else if (typeof options.today === 'string') this.clockMs = parseToday(options.today, this.timeZone);
    this.scopes = options.scopes !== undefined ? options.scopes : readManifestScopes(this.distDir);
    this.mailbox = new Mailbox(
      options.mailQuota ?? (this.identity === 'workspace' ? WORKSPACE_DAILY_RECIPIENTS : CONSUMER_DAILY_RECIPIENTS),
    );
    const code = options.code ?? this.readBundle();
    this.bundle = new Bundle(code, join(this.distDir, 'Code.js'));

    const current = (): Execution => this.executions.currentOrDefault(this.user);
    const uiService = new Ui(this.ui, options.addonName ?? 'Add-on');
    this.uiService = uiService;
    const env: EmulatorEnv = {
      now: () => new Date(this.clockMs),
      scriptTimeZone: this.timeZone,
      activeUser: () => ({ email: current().visibleEmail, locale: current().user.locale }),
      effectiveUser: () => current().effectiveUser,
      ui: { toast: (toast) => this.ui.toasts.push(toast) },
    };
    this.env = env;
    const backend = options.backend;
    if (backend) this.backendValue = typeof backend === 'function' ? backend(env, () => uiService) : backend;
    else if (!deferBackend) {
      const given = options.workbook;
      let workbook: Workbook;
      if (typeof given === 'function') workbook = given(env);
      else if (given) {
        (given as { env: EmulatorEnv }).env = env;
        workbook = given;
      } else
        workbook = new Workbook({
          env,
          timeZone: this.timeZone,
          locale: this.user.locale.startsWith('vi') ? 'vi_VN' : 'en_US',
        });
      this.attachWorkbook(workbook);
    }

    const evaluator: TemplateEvaluator = (body, variables) => this.evaluateTemplate(body, variables);
    this.services = {
      PropertiesService: new PropertiesService(this.properties, () => current().effectiveUser.email),
      LockService: new LockService(this.locks, current, (ms) => this.advance(ms)),
      Session: new Session(current, () => this.timeZone),
      ScriptApp: new ScriptApp(this.triggers, current, {
        documentId: () => (this.backendValue ? this.backend.documentId() : null),
        timeZone: this.timeZone,
        now: () => this.clockMs,
      }),
      MailApp: new MailApp(
        this.mailbox,
        current,
        () => new Date(this.clockMs),
        () => this.scopes,
      ),
      Utilities: new Utilities((ms) => this.advance(ms)),
      HtmlService: new HtmlService(this.distDir, evaluator),
      Logger: new Logger(this.logs),
      console: new Console(this.logs),
    };
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

  private attachWorkbook(workbook: Workbook): void {
    // The person who opens a document without a known owner is taken as its owner.
    workbook.owner ??= this.user.email;
    this.backendValue = workbookBackend(workbook, this.env, () => this.uiService, { save: saveXlsx });
  }

  /** The spreadsheet side (for a Workbook-backed emulator, `workbook` gives the model itself). */
  get backend(): SpreadsheetBackend {
    if (!this.backendValue) throw new Error('The emulator has no document yet');
    return this.backendValue;
  }

  /** The Workbook model, with its inspection API (values, displayValues, backgrounds, ...). */
  get workbook(): Workbook {
    const wb = (this.backendValue as { workbook?: Workbook } | undefined)?.workbook;
    if (!wb) throw new Error('This emulator does not run on the Workbook model');
    return wb;
  }

  private readBundle(): string {
    const path = join(this.distDir, 'Code.js');
    if (!existsSync(path)) throw new Error(`${path} not found: run npm run build first`);
    return readFileSync(path, 'utf8');
  }

  // ---- clock and user -------------------------------------------------------------------------------

  now(): Date {
    return new Date(this.clockMs);
  }

  /** Moves the clock; time-driven triggers whose time it passes fire, in order, each at its own time. */
  setNow(date: Date): EditResult {
    return this.moveClock(date.getTime());
  }

  /** Same as setNow: the clock moves to `to`, firing the time-driven triggers whose time it passes. */
  advanceTo(to: Date): EditResult {
    return this.moveClock(to.getTime());
  }

  /** The mailbox (`mail.sent`: every email sent), under the name the headless replay looks for. */
  get mail(): Mailbox {
    return this.mailbox;
  }

  /** Sets the clock to 09:00 of that day in the script time zone (time-driven triggers fire on the way). */
  setToday(iso: string): EditResult {
    return this.moveClock(parseToday(iso, this.timeZone));
  }

  private firingClock = false;

  private moveClock(target: number): EditResult {
    const fired: EditResult['fired'] = [];
    // Inside an execution (a lock wait, a sleep) or a trigger's own run, the clock only moves.
    if (this.executions.depth() > 0 || this.firingClock) {
      this.clockMs = target;
      return { fired };
    }
    this.firingClock = true;
    try {
      for (let guard = 0; guard < 10_000; guard++) {
        const due = this.triggers
          .of('CLOCK')
          .filter((t) => t.nextRun !== undefined && t.nextRun <= target)
          .sort((a, b) => (a.nextRun ?? 0) - (b.nextRun ?? 0))[0];
        if (!due?.schedule || due.nextRun === undefined) break;
        const at = due.nextRun;
        due.nextRun = nextRun(due.schedule, at);
        this.clockMs = at;
        const error = this.asUser({ email: due.owner }, () =>
          this.fire(due.handler, { kind: 'installableTrigger', authMode: 'FULL', trigger: due }, () =>
            clockEvent(at, due.uid),
          ),
        );
        fired.push({
          kind: 'installable',
          functionName: due.handler,
          triggerUid: due.uid,
          ...(error ? { error } : {}),
        });
      }
    } finally {
      this.clockMs = target;
      this.firingClock = false;
    }
    return { fired };
  }

  /** Today's date in the script time zone, 'yyyy-mm-dd'. */
  today(): string {
    const f = zonedFields(this.now(), this.timeZone);
    return `${String(f.year).padStart(4, '0')}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
  }

  advance(ms: number): void {
    this.clockMs += ms;
  }

  currentUser(): UserIdentity {
    return { ...this.user };
  }

  setUser(user: Partial<UserIdentity>): void {
    this.user = { email: user.email ?? this.user.email, locale: user.locale ?? this.user.locale };
  }

  /** Runs `body` as another user (e.g. inside a lock hook, to simulate a concurrent colleague). */
  asUser<T>(user: Partial<UserIdentity>, body: () => T): T {
    const saved = this.user;
    this.setUser(user);
    try {
      return body();
    } finally {
      this.user = saved;
    }
  }

  // ---- accounting, faults, locks ----------------------------------------------------------------------

  get calls(): CallStats & { reset(): void } {
    const ledger = this.ledger;
    return { ...ledger.snapshot(), reset: () => ledger.reset() };
  }

  resetCalls(): void {
    this.ledger.reset();
  }

  /** The k-th counted service call from now throws a Google-style service error, once. */
  failAtCall(k: number | null): void {
    this.ledger.failAtCall(k);
  }

  /** Every service call, after it returns or throws (the benchmark's accounting); null stops observing. */
  observeCalls(observer: CallObserver | null): void {
    this.observer = observer;
    this.syncObservers();
  }

  /** Another observer of every service call, beside observeCalls' (people.ts); returns its remover. */
  addCallObserver(observer: CallObserver): () => void {
    this.extraObservers.push(observer);
    this.syncObservers();
    return () => {
      this.extraObservers = this.extraObservers.filter((o) => o !== observer);
      this.syncObservers();
    };
  }

  private observer: CallObserver | null = null;
  private extraObservers: CallObserver[] = [];

  private syncObservers(): void {
    const all = [...(this.observer ? [this.observer] : []), ...this.extraObservers];
    this.ledger.observer =
      all.length === 0 ? null : all.length === 1 ? (all[0] as CallObserver) : (call) => all.forEach((o) => o(call));
  }

  onLockBoundary(hook: LockHook | null): void {
    this.locks.hook = hook;
  }

  answerAlerts(answers: ScriptedAnswer[]): void {
    this.ui.answerAlerts(answers);
  }

  // ---- executions -------------------------------------------------------------------------------------

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

  private fireInstallable(eventType: 'ON_EDIT' | 'ON_OPEN', base: () => Record<string, unknown>): EditResult['fired'] {
    const fired: EditResult['fired'] = [];
    for (const trigger of [...this.triggers.of(eventType)]) {
      const error = this.fire(trigger.handler, { kind: 'installableTrigger', authMode: 'FULL', trigger }, (e) => ({
        authMode: 'FULL',
        user: new User(e.visibleEmail),
        triggerUid: trigger.uid,
        ...base(),
      }));
      fired.push({
        kind: 'installable',
        functionName: trigger.handler,
        triggerUid: trigger.uid,
        ...(error ? { error } : {}),
      });
    }
    return fired;
  }

  /** Runs a trigger handler; Google logs a trigger's failure instead of showing it, so it is returned. */
  private fire(
    functionName: string,
    spec: RunOptions & { trigger?: TriggerRecord },
    event: (e: Execution) => Record<string, unknown>,
  ): string | undefined {
    try {
      this.execute(spec, (realm, boundary, execution) => {
        if (!realm.hasFunction(functionName))
          throw new ScriptError(`Script function not found: ${functionName}`, 'Exception', functionName);
        return realm.toHost(realm.callWith(functionName, [boundary.out(event(execution))]));
      });
      return undefined;
    } catch (error) {
      const message = toScriptError(error, functionName).message;
      this.logs.add({ source: 'console', level: 'error', message: `${functionName}: ${message}` });
      return message;
    }
  }

  private invoke(functionName: string, args: unknown[], spec: RunOptions): unknown {
    return this.execute(spec, (realm, boundary) => {
      if (!realm.hasFunction(functionName))
        throw new ScriptError(`Script function not found: ${functionName}`, 'Exception', functionName);
      try {
        return realm.toHost(
          realm.callWith(
            functionName,
            args.map((a) => boundary.out(a)),
          ),
        );
      } catch (error) {
        throw toScriptError(error, functionName);
      }
    });
  }

  private execute<T>(
    spec: RunOptions & { trigger?: TriggerRecord },
    body: (realm: Realm, boundary: ServiceBoundary, execution: Execution) => T,
  ): T {
    const authMode = spec.authMode ?? 'FULL';
    const kind = spec.kind ?? 'menu';
    const user = { ...this.user };
    let effectiveUser = user;
    let visibleEmail = user.email;
    if (kind === 'installableTrigger' && spec.trigger) {
      effectiveUser = { email: spec.trigger.owner, locale: user.locale };
      if (this.identity === 'consumer' && user.email !== spec.trigger.owner) visibleEmail = '';
    } else if (authMode === 'NONE' || (authMode === 'LIMITED' && this.identity === 'consumer')) {
      visibleEmail = '';
      effectiveUser = { email: '', locale: user.locale };
    }
    return this.executions.run(
      { kind, authMode, user, effectiveUser, visibleEmail },
      (execution) => {
        const writes = this.writes();
        const boundary = new ServiceBoundary({
          ledger: this.ledger,
          executions: this.executions,
          registry: this.registry,
          documentId: () => this.backend.documentId(),
          spreadsheetCall: writes
            ? (className, method, run) => writes.call(execution.id, className, method, run)
            : undefined,
        });
        const realm = this.bundle.instantiate({
          now: () => this.clockMs,
          timeZone: this.timeZone,
          unwrap: (value) => this.registry.unwrap(value),
          globals: (r) => {
            boundary.attach(r);
            return this.globals(boundary);
          },
        });
        boundary.attach(realm);
        this.currentRealm.push(realm);
        try {
          return body(realm, boundary, execution);
        } finally {
          this.currentRealm.pop();
        }
      },
      (execution) => {
        // Google commits an execution's pending writes when it ends (also when it fails) and frees its locks.
        try {
          this.writes()?.end(execution.id);
        } finally {
          this.locks.releaseAll(execution.id);
        }
      },
    );
  }

  /** The backend's write batching, when on. */
  private writes(): ExecutionWrites | undefined {
    return this.bufferWrites ? this.backendValue?.writes : undefined;
  }

  /** Writes the running execution (innermost) has not published yet; 0 outside executions. */
  pendingWrites(): number {
    const current = this.executions.current();
    return current ? (this.writes()?.pending(current.id) ?? 0) : 0;
  }

  private readonly currentRealm: Realm[] = [];

  private globals(boundary: ServiceBoundary): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    out.SpreadsheetApp = boundary.wrap(this.backend.spreadsheetApp, 'SpreadsheetApp');
    for (const [name, service] of Object.entries(this.services)) out[name] = boundary.wrap(service, name);
    out.Charts = boundary.out(createChartsService());
    return out;
  }

  private evaluateTemplate(body: string, variables: Record<string, unknown>): string {
    const realm = this.currentRealm[this.currentRealm.length - 1];
    if (!realm) throw new Error('HtmlTemplate.evaluate() outside an execution');
    const fn = realm.evaluate(
      `(function (__vars, __esc, __raw) { with (__vars) { return (function () {\n${body}\n}).call(globalThis); } })`,
    ) as (vars: unknown, esc: (v: unknown) => string, raw: (v: unknown) => string) => string;
    const esc = (v: unknown) => escapeForTemplate(v);
    const raw = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    return String(fn(realm.toSandbox(variables), esc, raw));
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

/** The oauthScopes of the built manifest, or null when it has none (or is absent). */
function readManifestScopes(distDir: string): readonly string[] | null {
  const path = join(distDir, 'appsscript.json');
  if (!existsSync(path)) return null;
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes?: unknown };
    return Array.isArray(manifest.oauthScopes) ? manifest.oauthScopes.map(String) : null;
  } catch {
    return null;
  }
}

function escapeForTemplate(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
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

function toScriptError(error: unknown, functionName: string): ScriptError {
  if (error instanceof ScriptError) return error;
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as { message: unknown; name?: unknown; stack?: unknown };
    const out = new ScriptError(String(e.message), typeof e.name === 'string' ? e.name : 'Error', functionName);
    if (typeof e.stack === 'string') out.stack = e.stack;
    return out;
  }
  return new ScriptError(String(error), 'Error', functionName);
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
