// What every execution of the Emulator stands on (index.ts has the actions people and tests take): the services,
// the clock and the acting user, call accounting, and running one execution of the bundle in its sandbox.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmulatorEnv, UserIdentity } from './env';
import { Bundle, type Realm } from './sandbox';
import { CallLedger, ProxyRegistry, ServiceBoundary, type CallObserver, type CallStats } from './services/accounting';
import type { ExecutionWrites, SpreadsheetBackend } from './services/backend';
import { zonedFields } from './services/date-format';
import { HtmlService, type TemplateEvaluator } from './services/html';
import { LockTable, LockService, type LockHook } from './services/lock';
import { Console, LogSink, Logger } from './services/logger';
import { PropertiesService, PropertyStores } from './services/properties';
import { ExecutionStack, type Execution } from './services/runtime';
import { ScriptApp, TriggerRegistry, type TriggerRecord } from './services/script-app';
import { clockEvent, nextRun } from './services/clock-triggers';
import { CONSUMER_DAILY_RECIPIENTS, MailApp, Mailbox, WORKSPACE_DAILY_RECIPIENTS } from './services/mail';
import { Session, User } from './services/session';
import { Ui, UiRecorder, type ScriptedAnswer } from './services/ui';
import { Utilities } from './services/utilities';
import { workbookBackend } from './services/workbook-backend';
import { Workbook, createChartsService, saveXlsx } from './spreadsheet';
import { DEFAULT_TIME_ZONE, DEFAULT_USER, type EditResult, type EmulatorOptions, type RunOptions } from './options';
import { ScriptError, toScriptError } from './script-errors';

function parseToday(today: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!m) throw new Error(`Invalid date '${today}': expected YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d, 9));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) throw new Error(`Invalid date '${today}'`);
  // 09:00 on that day in the script time zone: safely inside the day whatever the zone.
  return probe.getTime() - zonedFields(probe, timeZone).offsetMinutes * 60000;
}

export class ExecutionHost {
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

  protected constructor(options: EmulatorOptions, deferBackend = false) {
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

  protected attachWorkbook(workbook: Workbook): void {
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

  protected fireInstallable(
    eventType: 'ON_EDIT' | 'ON_OPEN',
    base: () => Record<string, unknown>,
  ): EditResult['fired'] {
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
  protected fire(
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

  protected invoke(functionName: string, args: unknown[], spec: RunOptions): unknown {
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

  protected execute<T>(
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
