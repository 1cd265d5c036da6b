// Call accounting, authorization checks and fault injection for every service object the add-on can reach.
// Each object handed to the sandbox is a Proxy whose methods count `<ClassName>.<method>`, refuse what the
// execution's AuthMode does not allow, fail on demand like a Google back-end hiccup, and convert arguments
// and results across the realm boundary. Methods run with the real object as `this`.
import type { Realm } from '../sandbox';
import { AppsScriptError, type ExecutionStack, type AuthModeName } from './runtime';

/** Builders and values: recorded in byMethod, never in total (they cost no round trip on Google's side). */
const PURE_CLASSES = new Set([
  'DataValidation',
  'ConditionalFormatRule',
  'BooleanCondition',
  'GradientCondition',
  'HtmlOutput',
  'HtmlTemplate',
  'Menu',
  'Logger',
  'console',
  'Blob',
  'Color',
  'RgbColor',
  'ThemeColor',
  'RichTextValue',
  'TextStyle',
  'PromptResponse',
  'AuthorizationInfo',
]);

/**
 * Methods that only configure an object the script already holds, as a builder's do: TextFinder's search
 * options ("If true, configures the search…", developers.google.com/apps-script/reference/spreadsheet/text-finder)
 * run no search; its find and replace methods do.
 */
const CONFIGURING_METHODS = new Set([
  'TextFinder.matchCase',
  'TextFinder.matchEntireCell',
  'TextFinder.matchFormulaText',
  'TextFinder.ignoreDiacritics',
  'TextFinder.useRegularExpression',
  'TextFinder.startFrom',
]);

export function isCounted(className: string, method?: string): boolean {
  if (method !== undefined && CONFIGURING_METHODS.has(`${className}.${method}`)) return false;
  return !PURE_CLASSES.has(className) && !className.endsWith('Builder');
}

export interface CallStats {
  /** Counted service calls since the last reset. */
  total: number;
  /** Every recorded call, counted or not, by `<ClassName>.<method>`. */
  byMethod: Record<string, number>;
}

/**
 * One service call as measured tools see it (the benchmark): the host object and method, the arguments
 * as the script passed them, the result, and the wall time of the call including the realm crossing.
 */
export interface ObservedCall {
  className: string;
  method: string;
  target: object;
  args: readonly unknown[];
  result: unknown;
  ms: number;
  /** true when the call threw (an injected fault, a refusal or the service's own error). */
  failed: boolean;
}

export type CallObserver = (call: ObservedCall) => void;

export class CallLedger {
  total = 0;
  byMethod: Record<string, number> = {};
  /** Sees every recorded call after it returns or throws; null (default) costs nothing. */
  observer: CallObserver | null = null;
  private failAt: number | null = null;
  private failed = false;

  reset(): void {
    this.total = 0;
    this.byMethod = {};
  }

  snapshot(): CallStats {
    return { total: this.total, byMethod: { ...this.byMethod } };
  }

  /** The k-th counted call from now (1-based) throws once; null cancels. */
  failAtCall(k: number | null): void {
    if (k !== null && (!Number.isInteger(k) || k < 1))
      throw new Error(`failAtCall expects a positive integer, got ${k}`);
    this.failAt = k === null ? null : this.total + k;
    this.failed = false;
  }

  /** Records one call; returns true when this call is the one that must fail. */
  record(className: string, method: string): boolean {
    const key = `${className}.${method}`;
    this.byMethod[key] = (this.byMethod[key] ?? 0) + 1;
    if (!isCounted(className, method)) return false;
    this.total++;
    if (this.failAt !== null && !this.failed && this.total === this.failAt) {
      this.failed = true;
      this.failAt = null;
      return true;
    }
    return false;
  }
}

const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'Protection',
  'EmbeddedChart',
  'NamedRange',
  'Filter',
  'Banding',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'TextFinder',
]);

const SCOPE_SPREADSHEETS =
  '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)';
const SCOPE_CONTAINER_UI = 'https://www.googleapis.com/auth/script.container.ui';
const SCOPE_SCRIPTAPP = 'https://www.googleapis.com/auth/script.scriptapp';
const SCOPE_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';
const SCOPE_SEND_MAIL = 'https://www.googleapis.com/auth/script.send_mail';

/** Calls allowed in AuthMode.NONE: building the add-on menu and services that need no authorization. */
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Session.getActiveUserLocale',
  'Session.getScriptTimeZone',
  'ScriptApp.getAuthorizationInfo',
]);
const FREE_IN_NONE = new Set([
  'Menu',
  'Utilities',
  'Logger',
  'console',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Blob',
  'PromptResponse',
  'AuthorizationInfo',
]);

/** Calls that need the user's authorization, so they fail in simple triggers (AuthMode.LIMITED). */
const NEEDS_FULL: Record<string, string> = {
  'Ui.showSidebar': SCOPE_CONTAINER_UI,
  'Ui.showModalDialog': SCOPE_CONTAINER_UI,
  'Ui.showModelessDialog': SCOPE_CONTAINER_UI,
  'ScriptApp.newTrigger': SCOPE_SCRIPTAPP,
  'ScriptApp.getProjectTriggers': SCOPE_SCRIPTAPP,
  'ScriptApp.getUserTriggers': SCOPE_SCRIPTAPP,
  'ScriptApp.deleteTrigger': SCOPE_SCRIPTAPP,
  'MailApp.sendEmail': SCOPE_SEND_MAIL,
  'MailApp.getRemainingDailyQuota': SCOPE_SEND_MAIL,
  'SpreadsheetApp.openById': SCOPE_SPREADSHEETS,
  'SpreadsheetApp.openByUrl': SCOPE_SPREADSHEETS,
  'SpreadsheetApp.open': SCOPE_SPREADSHEETS,
};

function requiredScope(className: string, method: string): string | null {
  if (SPREADSHEET_CLASSES.has(className)) return SCOPE_SPREADSHEETS;
  if (className === 'Ui') return SCOPE_CONTAINER_UI;
  if (className === 'ScriptApp' || className === 'Trigger') return SCOPE_SCRIPTAPP;
  if (className === 'MailApp') return SCOPE_SEND_MAIL;
  if (className === 'Session' && (method === 'getActiveUser' || method === 'getEffectiveUser')) return SCOPE_EMAIL;
  return null;
}

/** Google's refusal for a call the AuthMode does not allow, or null when allowed. */
export function authorizationError(mode: AuthModeName, className: string, method: string): AppsScriptError | null {
  const key = `${className}.${method}`;
  let scope: string | null | undefined;
  if (mode === 'NONE') {
    if (ALLOWED_IN_NONE.has(key) || FREE_IN_NONE.has(className)) return null;
    scope = requiredScope(className, method);
  } else if (mode === 'LIMITED' || mode === 'CUSTOM_FUNCTION') {
    scope = NEEDS_FULL[key];
    if (scope === undefined) return null;
  } else {
    return null;
  }
  const suffix = scope ? ` Required permissions: ${scope}` : '';
  return new AppsScriptError(`You do not have permission to call ${key}.${suffix}`);
}

/** The message Google gives when a back-end call fails mid-way. */
export function serviceFailure(className: string, documentId: string): AppsScriptError {
  if (SPREADSHEET_CLASSES.has(className))
    return new AppsScriptError(`Service Spreadsheets failed while accessing document with id ${documentId}.`);
  return new AppsScriptError("We're sorry, a server error occurred. Please wait a bit and try again.");
}

const NOT_METHODS = new Set([
  'constructor',
  'toString',
  'valueOf',
  'toJSON',
  'toLocaleString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
]);

type AnyFunction = (...args: unknown[]) => unknown;

/** Registry of proxies ↔ targets, shared by every realm so proxies can be unwrapped wherever they go. */
export class ProxyRegistry {
  private readonly targets = new WeakMap<object, object>();

  register(proxy: object, target: object): void {
    this.targets.set(proxy, target);
  }

  unwrap(value: object): object | undefined {
    return this.targets.get(value);
  }
}

export interface BoundaryOptions {
  ledger: CallLedger;
  executions: ExecutionStack;
  registry: ProxyRegistry;
  documentId: () => string;
  /** Runs a spreadsheet-class call (Google's write batching); absent: the call runs as it is. */
  spreadsheetCall?: <T>(className: string, method: string, run: () => T) => T;
}

/** Wraps host service objects for one realm (one execution's global scope). */
export class ServiceBoundary {
  private readonly proxies = new WeakMap<object, object>();
  private readonly labels = new WeakMap<object, string>();
  private realm: Realm | undefined;

  constructor(private readonly options: BoundaryOptions) {}

  attach(realm: Realm): void {
    this.realm = realm;
  }

  /** The proxy the sandbox sees for a host service object; `label` names global singletons. */
  wrap<T extends object>(target: T, label?: string): T {
    const existing = this.proxies.get(target);
    if (existing) return existing as T;
    if (label) this.labels.set(target, label);
    const methodCache = new Map<PropertyKey, AnyFunction>();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof prop === 'symbol' || NOT_METHODS.has(prop))
          return typeof value === 'function' ? (value as AnyFunction).bind(t) : value;
        if (typeof value === 'function') {
          let method = methodCache.get(prop);
          if (!method) {
            method = this.method(t, prop, value as AnyFunction);
            methodCache.set(prop, method);
          }
          return method;
        }
        return this.out(value);
      },
      set: (t, prop, value) => Reflect.set(t, prop, value, t),
    });
    this.options.registry.register(proxy, target);
    this.proxies.set(target, proxy);
    return proxy;
  }

  private className(target: object): string {
    return this.labels.get(target) ?? (target.constructor?.name || 'Object');
  }

  private currentRealm(): Realm {
    if (!this.realm) throw new Error('ServiceBoundary used before a realm was attached');
    return this.realm;
  }

  private method(target: object, name: string, fn: AnyFunction): AnyFunction {
    const wrapped = (...args: unknown[]): unknown => {
      const observer = this.options.ledger.observer;
      if (!observer) return call(args);
      const started = performance.now();
      let result: unknown;
      let failed = true;
      try {
        result = call(args);
        failed = false;
        return result;
      } finally {
        observer({
          className: this.className(target),
          method: name,
          target,
          args,
          result,
          ms: performance.now() - started,
          failed,
        });
      }
    };
    const call = (args: unknown[]): unknown => {
      const realm = this.currentRealm();
      const className = this.className(target);
      const { ledger, executions } = this.options;
      const mustFail = ledger.record(className, name);
      const mode = executions.current()?.authMode ?? 'FULL';
      const refusal = authorizationError(mode, className, name);
      if (refusal) throw realm.error(refusal.message, refusal.name);
      if (mustFail) {
        const failure = serviceFailure(className, this.options.documentId());
        throw realm.error(failure.message, failure.name);
      }
      const hostArgs = args.map((a) => realm.toHost(a));
      let result: unknown;
      try {
        const around = this.options.spreadsheetCall;
        result =
          around && SPREADSHEET_CLASSES.has(className)
            ? around(className, name, () => Reflect.apply(fn, target, hostArgs))
            : Reflect.apply(fn, target, hostArgs);
      } catch (error) {
        throw this.toSandboxError(error);
      }
      return this.out(result);
    };
    Object.defineProperty(wrapped, 'name', { value: name });
    return wrapped;
  }

  /** A host value on its way into the sandbox: data is converted, service objects are wrapped. */
  out(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const realm = this.realm;
    if (!realm) return value;
    return realm.toSandbox(value, (obj) => this.wrap(obj));
  }

  toSandboxError(error: unknown): unknown {
    const realm = this.realm;
    if (!realm) return error;
    if (error instanceof Error) return realm.error(error.message, error.name === 'Error' ? 'Exception' : error.name);
    return error;
  }
}
