// Runs the built bundle (dist/Code.js) the way Apps Script does: in a fresh global scope per execution that
// holds only the JavaScript built-ins and the Apps Script globals, with `new Date()` following the
// emulator's clock. Values that cross between the emulator (host realm) and the add-on (sandbox realm) are
// converted at the boundary so that `instanceof Date`, `instanceof Error` and `Array.isArray` behave in
// the add-on's code as they would on Google's servers.
import { types } from 'node:util';
import vm from 'node:vm';

/** The compiled bundle; one per Emulator, instantiated once per execution. */
export class Bundle {
  private readonly script: vm.Script;

  constructor(
    readonly code: string,
    readonly filename = 'Code.js',
  ) {
    this.script = new vm.Script(code, { filename });
  }

  /**
   * A fresh global scope with the bundle loaded. `globals` are installed before the code runs (so top-level
   * code could touch them, which the add-on must not do). `unwrap` lets the realm see through service
   * proxies when they are passed back to the host.
   */
  instantiate(options: {
    now: () => number;
    timeZone: string;
    globals?: (realm: Realm) => Record<string, unknown>;
    unwrap?: (value: object) => object | undefined;
  }): Realm {
    const realm = new Realm(options.now, options.timeZone, options.unwrap);
    const globals = options.globals?.(realm) ?? {};
    for (const [name, value] of Object.entries(globals)) {
      Object.defineProperty(realm.global, name, { value, writable: true, configurable: true, enumerable: false });
    }
    this.script.runInContext(realm.context);
    return realm;
  }
}

// Installed inside every context: a Date whose no-argument forms read the emulator clock and whose local-time
// methods use the script time zone (as Apps Script sets the JavaScript default zone from appsscript.json),
// whatever the host machine's zone. Dates built from numbers/strings are otherwise ordinary, and
// `instanceof Date` holds for every Date of the realm because all share one prototype.
const CLOCK_DATE_SOURCE = String.raw`(function (RealDate, now, timeZone, hostZoneMatches) {
  var R = RealDate.prototype;
  var proto = Object.create(R);
  function Date() {
    if (!new.target) return new Date().toString();
    var args = Array.prototype.slice.call(arguments);
    var ms;
    if (args.length === 0) ms = now();
    else if (args.length === 1) {
      var a = args[0];
      if (a instanceof RealDate) ms = R.getTime.call(a);
      else if (typeof a === 'string') ms = parse(a);
      else ms = new RealDate(a).getTime();
    } else {
      var y = Number(args[0]);
      var wall = RealDate.UTC(y >= 0 && y <= 99 ? 1900 + y : y, Number(args[1]), args.length > 2 ? Number(args[2]) : 1, Number(args[3] || 0), Number(args[4] || 0), Number(args[5] || 0), Number(args[6] || 0));
      ms = fromWall(wall);
    }
    return Reflect.construct(RealDate, [ms], new.target === Date ? Date : new.target);
  }
  var fmt = new Intl.DateTimeFormat('en-US', { timeZone: timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' });
  var offsets = new Map();
  function offsetAt(ms) {
    var bucket = Math.floor(ms / 900000);
    var cached = offsets.get(bucket);
    if (cached !== undefined) return cached;
    var at = bucket * 900000, p = {};
    fmt.formatToParts(new RealDate(at)).forEach(function (x) { p[x.type] = x.value; });
    var year = Number(p.year);
    if (p.era === 'BC' || p.era === 'B') year = 1 - year;
    var t = new RealDate(RealDate.UTC(2000, Number(p.month) - 1, Number(p.day), Number(p.hour) % 24, Number(p.minute), Number(p.second)));
    R.setUTCFullYear.call(t, year);
    var offset = Math.round((R.getTime.call(t) - at) / 60000);
    if (offsets.size > 100000) offsets.clear();
    offsets.set(bucket, offset);
    return offset;
  }
  function fields(ms) {
    var offset = offsetAt(ms);
    var s = new RealDate(ms + offset * 60000);
    return { year: R.getUTCFullYear.call(s), month: R.getUTCMonth.call(s), day: R.getUTCDate.call(s), hour: R.getUTCHours.call(s), minute: R.getUTCMinutes.call(s), second: R.getUTCSeconds.call(s), ms: R.getUTCMilliseconds.call(s), weekday: R.getUTCDay.call(s), offset: offset };
  }
  function fromWall(wall) {
    if (!isFinite(wall)) return NaN;
    var guess = wall - fields(wall).offset * 60000;
    return wall - fields(guess).offset * 60000;
  }
  function parse(text) {
    var s = String(text).trim();
    var host = RealDate.parse(s);
    if (isNaN(host)) return NaN;
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) || /(Z|GMT|UTC|[+-]\d{2}:?\d{2})\)?$/i.test(s) || /[+-]\d{4}\s*(\(.*\))?$/.test(s)) return host;
    var h = new RealDate(host);
    return fromWall(RealDate.UTC(R.getFullYear.call(h), R.getMonth.call(h), R.getDate.call(h), R.getHours.call(h), R.getMinutes.call(h), R.getSeconds.call(h), R.getMilliseconds.call(h)));
  }
  function time(d) { return R.getTime.call(d); }
  function getter(name) { return function () { var t = time(this); return isNaN(t) ? NaN : fields(t)[name]; }; }
  function setter(apply) {
    return function () {
      var t = time(this);
      if (isNaN(t)) return NaN;
      var f = fields(t);
      var w = { year: f.year, month: f.month, day: f.day, hour: f.hour, minute: f.minute, second: f.second, ms: f.ms };
      apply(w, Array.prototype.map.call(arguments, Number));
      var d = new RealDate(0); R.setUTCFullYear.call(d, w.year, w.month, w.day); R.setUTCHours.call(d, w.hour, w.minute, w.second, w.ms);
      return R.setTime.call(this, fromWall(R.getTime.call(d)));
    };
  }
  var pad = function (n, w) { n = String(n); while (n.length < (w || 2)) n = '0' + n; return n; };
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var longZone = new Intl.DateTimeFormat('en-US', { timeZone: timeZone, timeZoneName: 'long' });
  function zoneName(t) {
    var part = longZone.formatToParts(new RealDate(t)).filter(function (x) { return x.type === 'timeZoneName'; })[0];
    return part ? part.value : timeZone;
  }
  function offsetText(f) { var o = f.offset, sign = o < 0 ? '-' : '+'; o = Math.abs(o); return 'GMT' + sign + pad(Math.floor(o / 60)) + pad(o % 60); }
  function dateText(f) { return DAYS[f.weekday] + ' ' + MONTHS[f.month] + ' ' + pad(f.day) + ' ' + (f.year < 0 ? '-' + pad(-f.year, 6) : pad(f.year, 4)); }
  function timeText(f, t) { return pad(f.hour) + ':' + pad(f.minute) + ':' + pad(f.second) + ' ' + offsetText(f) + ' (' + zoneName(t) + ')'; }
  if (!hostZoneMatches) {
    var methods = {
      getFullYear: getter('year'), getMonth: getter('month'), getDate: getter('day'), getDay: getter('weekday'),
      getHours: getter('hour'), getMinutes: getter('minute'), getSeconds: getter('second'), getMilliseconds: getter('ms'),
      getTimezoneOffset: function () { var t = time(this); return isNaN(t) ? NaN : -fields(t).offset; },
      getYear: function () { var t = time(this); return isNaN(t) ? NaN : fields(t).year - 1900; },
      setFullYear: setter(function (w, a) { w.year = a[0]; if (a.length > 1) w.month = a[1]; if (a.length > 2) w.day = a[2]; }),
      setMonth: setter(function (w, a) { w.month = a[0]; if (a.length > 1) w.day = a[1]; }),
      setDate: setter(function (w, a) { w.day = a[0]; }),
      setHours: setter(function (w, a) { w.hour = a[0]; if (a.length > 1) w.minute = a[1]; if (a.length > 2) w.second = a[2]; if (a.length > 3) w.ms = a[3]; }),
      setMinutes: setter(function (w, a) { w.minute = a[0]; if (a.length > 1) w.second = a[1]; if (a.length > 2) w.ms = a[2]; }),
      setSeconds: setter(function (w, a) { w.second = a[0]; if (a.length > 1) w.ms = a[1]; }),
      setMilliseconds: setter(function (w, a) { w.ms = a[0]; }),
      toString: function () { var t = time(this); if (isNaN(t)) return 'Invalid Date'; var f = fields(t); return dateText(f) + ' ' + timeText(f, t); },
      toDateString: function () { var t = time(this); return isNaN(t) ? 'Invalid Date' : dateText(fields(t)); },
      toTimeString: function () { var t = time(this); return isNaN(t) ? 'Invalid Date' : timeText(fields(t), t); },
    };
    ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].forEach(function (name) {
      methods[name] = function (locales, options) {
        var o = Object.assign({}, options || {});
        if (!o.timeZone) o.timeZone = timeZone;
        return R[name].call(this, locales, o);
      };
    });
    Object.keys(methods).forEach(function (name) {
      Object.defineProperty(proto, name, { value: methods[name], writable: true, configurable: true, enumerable: false });
    });
  }
  Object.defineProperty(proto, 'constructor', { value: Date, writable: true, configurable: true, enumerable: false });
  Date.prototype = proto;
  Date.now = function now_() { return now(); };
  Date.UTC = RealDate.UTC;
  Date.parse = hostZoneMatches ? RealDate.parse : parse;
  Object.defineProperty(Date, 'name', { value: 'Date' });
  Object.defineProperty(Date, 'length', { value: 7 });
  Object.defineProperty(globalThis, 'Date', { value: Date, writable: true, configurable: true, enumerable: false });
  return Date;
})`;

type AnyFunction = (...args: unknown[]) => unknown;

/** One execution's global scope and the conversions in and out of it. */
export class Realm {
  readonly context: vm.Context;
  readonly global: Record<string, unknown>;
  private readonly SDate: DateConstructor;
  private readonly SArray: ArrayConstructor;
  private readonly SObjectProto: object;
  private readonly SArrayProto: object;
  private readonly SError: ErrorConstructor;
  private readonly STypeError: ErrorConstructor;

  constructor(
    now: () => number,
    timeZone: string,
    private readonly unwrap?: (value: object) => object | undefined,
  ) {
    this.context = vm.createContext({}, { name: 'Apps Script', codeGeneration: { strings: true, wasm: false } });
    this.global = vm.runInContext('globalThis', this.context) as Record<string, unknown>;
    const install = vm.runInContext(CLOCK_DATE_SOURCE, this.context) as (
      d: unknown,
      n: () => number,
      tz: string,
      same: boolean,
    ) => DateConstructor;
    const hostZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.SDate = install(vm.runInContext('Date', this.context), now, timeZone, hostZone === timeZone);
    this.SArray = vm.runInContext('Array', this.context) as ArrayConstructor;
    this.SObjectProto = vm.runInContext('Object.prototype', this.context) as object;
    this.SArrayProto = this.SArray.prototype;
    this.SError = vm.runInContext('Error', this.context) as ErrorConstructor;
    this.STypeError = vm.runInContext('TypeError', this.context) as ErrorConstructor;
  }

  hasFunction(name: string): boolean {
    return typeof this.global[name] === 'function';
  }

  /** Calls a global function of the bundle with host arguments; the result comes back as host values. */
  call(name: string, args: unknown[], thisArg?: unknown): unknown {
    const fn = this.global[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    const inArgs = args.map((a) => this.toSandbox(a));
    return this.toHost(Reflect.apply(fn as AnyFunction, thisArg ?? this.global, inArgs));
  }

  /** Calls a global function with arguments already in the sandbox realm; returns the raw sandbox result. */
  callWith(name: string, sandboxArgs: unknown[]): unknown {
    const fn = this.global[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return Reflect.apply(fn as AnyFunction, this.global, sandboxArgs);
  }

  /** Evaluates source text in this scope (HTML templates' scriptlets run server-side, with the globals). */
  evaluate(source: string): unknown {
    return vm.runInContext(source, this.context);
  }

  isSandboxDate(value: unknown): value is Date {
    return value instanceof this.SDate;
  }

  /** An Error of the sandbox realm carrying a host error's name and message. */
  error(message: string, name = 'Exception'): Error {
    const Ctor = name === 'TypeError' ? this.STypeError : this.SError;
    const error = new Ctor(message);
    if (name !== 'TypeError') error.name = name;
    return error;
  }

  /** Host → sandbox: Dates, arrays and plain objects are rebuilt in the sandbox realm (deeply). */
  toSandbox(value: unknown, wrap?: (value: object) => unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (types.isDate(value))
      return value instanceof this.SDate ? value : new this.SDate(Date.prototype.getTime.call(value));
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) === this.SArrayProto) return value;
      const out = new this.SArray(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.toSandbox(value[i], wrap);
      return out;
    }
    if (types.isNativeError(value)) {
      const err = value as { message: string; name: string };
      return err instanceof this.SError ? err : this.error(err.message, err.name);
    }
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto === Object.prototype || proto === null) {
      const out = Object.create(this.SObjectProto) as Record<string, unknown>;
      for (const key of Object.keys(value)) out[key] = this.toSandbox((value as Record<string, unknown>)[key], wrap);
      return out;
    }
    return wrap ? wrap(value) : value;
  }

  /** Sandbox → host: sandbox Dates, arrays and plain objects become host ones; service proxies are unwrapped. */
  toHost(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const target = this.unwrap?.(value);
    if (target) return target;
    if (types.isDate(value)) return value instanceof Date ? value : new Date(Date.prototype.getTime.call(value));
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) === Array.prototype) return value;
      const out: unknown[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.toHost(value[i]);
      return out;
    }
    if (types.isNativeError(value)) {
      if (value instanceof Error) return value;
      const err = value as { message: string; name: string; stack?: string };
      const host = new Error(err.message);
      host.name = err.name;
      if (err.stack) host.stack = err.stack;
      return host;
    }
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto === this.SObjectProto) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) out[key] = this.toHost((value as Record<string, unknown>)[key]);
      return out;
    }
    return value;
  }
}
