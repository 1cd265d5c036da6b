// LockService. The emulator is single-threaded, so concurrency is simulated: before a lock is acquired,
// once it is acquired and after it is released, a hook runs in which a test may start ANOTHER execution
// (another user submitting at the same moment). That execution sees the lock as the outer one holds it.
// Waiting is simulated by advancing the emulator clock by the timeout when the lock stays taken.
import { AppsScriptError, type Execution } from './runtime';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export type LockScope = 'document' | 'script' | 'user';

export interface LockBoundaryEvent {
  phase: 'before-acquire' | 'acquired' | 'released';
  scope: LockScope;
  /** The execution acquiring or releasing. */
  executionId: number;
  email: string;
  /** 0 for an execution started from outside; a hook usually acts only at depth 0. */
  depth: number;
  /** Whether the lock is currently held by another execution (before-acquire only meaningful). */
  heldByOther: boolean;
}

export type LockHook = (event: LockBoundaryEvent) => void;

export class LockTable {
  private readonly holders = new Map<string, number>();
  hook: LockHook | null = null;

  holder(key: string): number | undefined {
    return this.holders.get(key);
  }

  take(key: string, executionId: number): void {
    this.holders.set(key, executionId);
  }

  drop(key: string, executionId: number): boolean {
    if (this.holders.get(key) !== executionId) return false;
    this.holders.delete(key);
    return true;
  }

  /** Google releases every lock an execution holds when it ends. */
  releaseAll(executionId: number): void {
    for (const [key, holder] of [...this.holders]) if (holder === executionId) this.holders.delete(key);
  }

  fire(event: LockBoundaryEvent): void {
    this.hook?.(event);
  }
}

export class Lock {
  constructor(
    private readonly table: LockTable,
    private readonly scope: LockScope,
    private readonly key: string,
    private readonly owner: Execution,
    private readonly advanceClock: (ms: number) => void,
  ) {}

  private event(phase: LockBoundaryEvent['phase']): LockBoundaryEvent {
    const holder = this.table.holder(this.key);
    return {
      phase,
      scope: this.scope,
      executionId: this.owner.id,
      email: this.owner.user.email,
      depth: this.owner.depth,
      heldByOther: holder !== undefined && holder !== this.owner.id,
    };
  }

  private acquire(timeoutMs: number): boolean {
    if (!Number.isFinite(timeoutMs)) throw new AppsScriptError('Invalid argument: timeoutInMillis');
    if (this.table.holder(this.key) === this.owner.id) return true;
    // A negative timeout times out at once (tryLock false, waitLock the timeout error), as in Apps Script.
    if (timeoutMs < 0) return false;
    this.table.fire(this.event('before-acquire'));
    const holder = this.table.holder(this.key);
    if (holder !== undefined && holder !== this.owner.id) {
      this.advanceClock(timeoutMs);
      return false;
    }
    this.table.take(this.key, this.owner.id);
    this.table.fire(this.event('acquired'));
    return true;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(Number(timeoutInMillis));
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(Number(timeoutInMillis))) throw new AppsScriptError(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return this.table.holder(this.key) === this.owner.id;
  }

  releaseLock(): void {
    if (this.table.drop(this.key, this.owner.id)) this.table.fire(this.event('released'));
  }
}

export class LockService {
  constructor(
    private readonly table: LockTable,
    private readonly currentExecution: () => Execution,
    private readonly advanceClock: (ms: number) => void,
  ) {}

  private lock(scope: LockScope, key: string): Lock {
    return new Lock(this.table, scope, key, this.currentExecution(), this.advanceClock);
  }

  getDocumentLock(): Lock {
    return this.lock('document', 'document');
  }

  getScriptLock(): Lock {
    return this.lock('script', 'script');
  }

  getUserLock(): Lock {
    const execution = this.currentExecution();
    return this.lock('user', `user:${execution.effectiveUser.email}`);
  }
}
