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
    host: { close(): void; setHeight(h: number): void; setWidth(w: number): void; editor: { focus(): void }; origin: string };
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

function illegal(path: string): Error {
  return new Error(`Failed due to illegal value in property: ${path}`);
}

function isDomNode(value: object): boolean {
  const v = value as { nodeType?: unknown; nodeName?: unknown };
  return typeof v.nodeType === 'number' && typeof v.nodeName === 'string';
}

/** Form fields → { name: value } like Google does for a <form> passed as the only argument. */
function formToObject(form: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const elements = (form as { elements?: ArrayLike<{ name?: string; value?: string; type?: string; checked?: boolean; disabled?: boolean }> }).elements;
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

function encodeValue(value: unknown, path: string, seen: Set<object>): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'function':
    case 'symbol':
    case 'bigint':
      throw illegal(path);
  }
  const obj = value as object;
  const k = kind(obj);
  if (k === 'Date' || isDomNode(obj) || k === 'RegExp' || k === 'Map' || k === 'Set' || k === 'Promise') throw illegal(path);
  if (seen.has(obj)) throw illegal(path);
  seen.add(obj);
  try {
    if (Array.isArray(obj)) return obj.map((item: unknown) => encodeValue(item, path, seen));
    if (k === 'String' || k === 'Number' || k === 'Boolean') return encodeValue((obj as { valueOf(): unknown }).valueOf(), path, seen);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(obj)) {
      if (item === undefined) continue;
      out[key] = encodeValue(item, path, seen);
    }
    return out;
  } finally {
    seen.delete(obj);
  }
}

/** The arguments as they travel to the server, or a thrown Error naming the offending argument. */
export function encodeArgs(args: readonly unknown[]): unknown[] {
  const [first] = args;
  if (args.length === 1 && first !== null && typeof first === 'object' && kind(first) === 'HTMLFormElement') {
    return [formToObject(first)];
  }
  return args.map((arg, index) => encodeValue(arg, String(index), new Set()));
}

function toError(wire: Wire['error']): Error {
  const error = new Error(wire?.message ?? 'Unknown error');
  error.name = wire?.name ?? 'Error';
  return error;
}

export function createGoogleScript(options: BridgeOptions): GoogleScript {
  const unhandled = options.unhandled ?? ((error: Error) => setTimeout(() => { throw error; }, 0));

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
          .catch((e: unknown): Wire => ({ ok: false, error: { name: 'NetworkError', message: e instanceof Error ? e.message : String(e) } }))
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
