// The one promise wrapper around google.script.run. Calls are typed from the ServerApi contract: the
// argument types and the resolved value come from src/shared/api.ts, and a refusal or a failure rejects
// with a ServerError carrying the server's message (and, for a stale row, who changed it and when).
import type { ApiError, ApiErrorCode, Endpoint, Outcome, ServerApi, ValueOf } from '../../shared/api';

export class ServerError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  readonly stale: ApiError['stale'];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ServerError';
    this.code = error.code;
    this.field = error.field;
    this.stale = error.stale;
  }
}

/** The part of google.script.run the wrapper uses (a fake in tests, the preview's bridge, the real one). */
export interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
}

/** Apps Script prefixes thrown messages ("Error: …", "Exception: …"): show the sentence only. */
export function cleanFailureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  return text.replace(/^(Uncaught\s+)?(Script)?(Error|Exception|TypeError):\s*/i, '').trim() || 'Error';
}

function isOutcome(value: unknown): value is Outcome<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export type Caller = <K extends Endpoint>(name: K, ...args: Parameters<ServerApi[K]>) => Promise<ValueOf<K>>;

export function createCaller(runner: () => ScriptRunner): Caller {
  return <K extends Endpoint>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ValueOf<K>> =>
    new Promise<ValueOf<K>>((resolve, reject) => {
      const run = runner()
        .withSuccessHandler((result: unknown) => {
          if (!isOutcome(result)) {
            reject(new ServerError({ code: 'internal', message: 'Unexpected answer from the server.' }));
          } else if (result.ok) {
            resolve(result.value as ValueOf<K>);
          } else {
            reject(new ServerError(result.error));
          }
        })
        .withFailureHandler((error: Error) => {
          reject(new ServerError({ code: 'internal', message: cleanFailureMessage(error) }));
        }) as unknown as Record<string, (...a: unknown[]) => void>;
      const endpoint = run[name];
      if (typeof endpoint !== 'function') {
        reject(new ServerError({ code: 'internal', message: `Unknown server function ${name}.` }));
        return;
      }
      endpoint.apply(run, args);
    });
}

/** Calls an endpoint through the page's google.script.run. */
export const call: Caller = createCaller(() => google.script.run as unknown as ScriptRunner);
