// google.script.run and google.script.host for a sidebar shown in the preview, behaving like Google's
// client: arguments are checked and converted in the browser before anything is sent (Date, function,
// DOM nodes other than a lone <form>, and circular structures are refused by throwing at the call), the
// call is asynchronous, and the success handler gets (value, userObject), the failure handler
// (error, userObject). The server applies the same rules to return values (emu.callServer).

export interface Wire {
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
}

export type Transport = (fn: string, args: unknown[]) => Promise<Wire>;

type SuccessHandler = (value: unknown, userObject?: unknown) => void;
type FailureHandler = (error: Error, userObject?: unknown) => void;

interface RunnerConfig {
  success?: SuccessHandler;
  failure?: FailureHandler;
  userObject?: unknown;
}

export interface GoogleScript {
  script: {
    run: Record<string, unknown>;
    host: {
      close(): void;
      setHeight(h: number): void;
      setWidth(w: number): void;
      editor: { focus(): void };
      origin: string;
    };
  };
}

export interface BridgeOptions {
  endpoints: readonly string[];
  transport: Transport;
  close: () => void;
  /** Where an unhandled server failure goes (Google throws it asynchronously to the page's console). */
  unhandled?: (error: Error) => void;
  origin?: string;
}

function kind(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

function illegal(key: string): Error {
  return new Error(`Failed due to illegal value in property: ${key}`);
}

function isDomNode(value: object): boolean {
  const v = value as { nodeType?: unknown; nodeName?: unknown };
  return typeof v.nodeType === 'number' && typeof v.nodeName === 'string';
}

/** Plain objects only (any realm: the sidebar frame's Object.prototype is not this page's). */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Form fields → { name: value } like Google does for a <form> passed as the only argument. */
function formToObject(form: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const elements = (
    form as {
      elements?: ArrayLike<{ name?: string; value?: string; type?: string; checked?: boolean; disabled?: boolean }>;
    }
  ).elements;
  for (const el of Array.from(elements ?? [])) {
    if (!el.name || el.disabled) continue;
    if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
    if (el.type === 'submit' || el.type === 'button' || el.type === 'reset') continue;
    const value = el.value ?? '';
    const previous = out[el.name];
    if (previous === undefined) out[el.name] = value;
    else out[el.name] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}

/**
 * One value as Google copies it: the error names the key (or index) holding the illegal value, cycles
 * fail as a whole, keys ending in "__" are dropped, undefined fields vanish and undefined array items and
 * non-finite numbers become null. Returns undefined for "leave out".
 */
function encodeValue(value: unknown, key: string, seen: Set<object>): unknown {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') throw illegal(key);
  if (seen.has(value)) throw new Error('Failed due to circular reference.');
  if (Array.isArray(value)) {
    seen.add(value);
    const out = value.map((item: unknown, i) => encodeValue(item, String(i), seen) ?? null);
    seen.delete(value);
    return out;
  }
  if (kind(value) === 'Date' || isDomNode(value) || !isPlainObject(value)) throw illegal(key);
  seen.add(value);
  const out: Record<string, unknown> = {};
  for (const [k, item] of Object.entries(value)) {
    if (k.endsWith('__')) continue;
    const copied = encodeValue(item, k, seen);
    if (copied !== undefined) out[k] = copied;
  }
  seen.delete(value);
  return out;
}

/** The arguments as they travel to the server, or a thrown Error naming the offending argument. */
export function encodeArgs(args: readonly unknown[]): unknown[] {
  const [first] = args;
  if (args.length === 1 && first !== null && typeof first === 'object' && kind(first) === 'HTMLFormElement') {
    return [formToObject(first)];
  }
  return args.map((arg, index) => encodeValue(arg, String(index), new Set()) ?? null);
}

function toError(wire: Wire['error']): Error {
  const error = new Error(wire?.message ?? 'Unknown error');
  error.name = wire?.name ?? 'Error';
  return error;
}

export function createGoogleScript(options: BridgeOptions): GoogleScript {
  const unhandled =
    options.unhandled ??
    ((error: Error) =>
      setTimeout(() => {
        throw error;
      }, 0));

  function runner(config: RunnerConfig): Record<string, unknown> {
    const r: Record<string, unknown> = {
      withSuccessHandler: (f: SuccessHandler) => runner({ ...config, success: f }),
      withFailureHandler: (f: FailureHandler) => runner({ ...config, failure: f }),
      withUserObject: (o: unknown) => runner({ ...config, userObject: o }),
    };
    for (const fn of options.endpoints) {
      if (fn in r) continue;
      r[fn] = (...args: unknown[]): void => {
        const encoded = encodeArgs(args);
        options
          .transport(fn, encoded)
          .catch((e: unknown): Wire => ({
            ok: false,
            error: { name: 'NetworkError', message: e instanceof Error ? e.message : String(e) },
          }))
          .then((wire) => {
            if (wire.ok) config.success?.(wire.value ?? null, config.userObject);
            else if (config.failure) config.failure(toError(wire.error), config.userObject);
            else unhandled(toError(wire.error));
          });
      };
    }
    return r;
  }

  return {
    script: {
      run: runner({}),
      host: {
        close: options.close,
        setHeight: () => undefined,
        setWidth: () => undefined,
        editor: { focus: () => undefined },
        origin: options.origin ?? 'https://docs.google.com',
      },
    },
  };
}
