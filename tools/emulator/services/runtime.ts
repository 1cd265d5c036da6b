// What every emulated service needs to know about "now": which execution is running, as whom, in which
// authorization mode. Executions nest (a lock hook may run another user's execution inside one), so they
// form a stack; services always look at the top.
import type { UserIdentity } from '../env';

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export type ExecutionKind = 'menu' | 'server' | 'simpleTrigger' | 'installableTrigger' | 'load';

export interface Execution {
  id: number;
  kind: ExecutionKind;
  authMode: AuthModeName;
  /** The person at the keyboard. */
  user: UserIdentity;
  /** Whose authority the code runs with: the user, or the trigger's owner for installable triggers. */
  effectiveUser: UserIdentity;
  /** What Session.getActiveUser().getEmail() returns in this execution ('' when Google withholds it). */
  visibleEmail: string;
  /** Nesting depth: 0 for an execution started from outside, 1 for one started inside it, ... */
  depth: number;
}

/** An error as Apps Script services throw them: name 'Exception', Google's message. */
export class AppsScriptError extends Error {
  constructor(message: string, name = 'Exception') {
    super(message);
    this.name = name;
  }
}

export class ExecutionStack {
  private readonly stack: Execution[] = [];
  private nextId = 1;

  current(): Execution | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** The running execution; services called outside any execution (tests poking at objects) act as FULL. */
  currentOrDefault(fallbackUser: UserIdentity): Execution {
    return (
      this.current() ?? {
        id: 0,
        kind: 'menu',
        authMode: 'FULL',
        user: fallbackUser,
        effectiveUser: fallbackUser,
        visibleEmail: fallbackUser.email,
        depth: 0,
      }
    );
  }

  depth(): number {
    return this.stack.length;
  }

  run<T>(
    spec: Omit<Execution, 'id' | 'depth'>,
    body: (execution: Execution) => T,
    onEnd?: (execution: Execution) => void,
  ): T {
    const execution: Execution = { ...spec, id: this.nextId++, depth: this.stack.length };
    this.stack.push(execution);
    try {
      return body(execution);
    } finally {
      try {
        onEnd?.(execution);
      } finally {
        this.stack.pop();
      }
    }
  }
}
