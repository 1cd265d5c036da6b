// Errors that leave an execution: what the caller of a script function sees, and what google.script.run's
// failure handler receives.

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

export function toScriptError(error: unknown, functionName: string): ScriptError {
  if (error instanceof ScriptError) return error;
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as { message: unknown; name?: unknown; stack?: unknown };
    const out = new ScriptError(String(e.message), typeof e.name === 'string' ? e.name : 'Error', functionName);
    if (typeof e.stack === 'string') out.stack = e.stack;
    return out;
  }
  return new ScriptError(String(error), 'Error', functionName);
}
