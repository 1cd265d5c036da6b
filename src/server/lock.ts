// The document lock, the one way every execution that writes orders itself with the others (menu actions,
// form submissions, the on-edit trigger). Google advises SpreadsheetApp.flush() before releaseLock(), so the
// next holder reads what this one wrote: every release here flushes first.
import { forgetPropertiesRead } from './document';

export const LOCK_WAIT_MS = 30_000;

export class BusyError extends Error {
  constructor() {
    super('The document lock could not be obtained in time');
    this.name = 'BusyError';
  }
}

export interface LockOptions {
  /** How long to wait for the lock (default LOCK_WAIT_MS). */
  waitMs?: number;
  /**
   * Leave the lock to the end of the execution on success (a menu action whose only step after `body` is a
   * toast): Google flushes and releases it then, and it costs the calls of both. On failure it is flushed and
   * released at once, before an alert waits for the user.
   */
  toEnd?: boolean;
}

/** Runs `body` holding the document lock; throws BusyError when it is not obtained within the wait. */
export function withDocumentLock<T>(body: () => T, options: LockOptions = {}): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(options.waitMs ?? LOCK_WAIT_MS);
  } catch {
    throw new BusyError();
  }
  forgetPropertiesRead(); // another execution may have written them while this one waited
  let done = false;
  try {
    const value = body();
    done = true;
    return value;
  } finally {
    if (!done || !options.toEnd) release(lock);
  }
}

/**
 * Runs `body` holding the document lock if it comes within `waitMs`; returns false (and runs nothing) when
 * the document stays busy (the on-edit trigger: the next Refresh does what it would have done).
 */
export function ifDocumentLock(body: () => void, waitMs: number): boolean {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return false;
  forgetPropertiesRead();
  try {
    body();
  } finally {
    release(lock);
  }
  return true;
}

/**
 * Releases the lock after committing this execution's writes: Google batches spreadsheet writes and releasing
 * the lock does not commit them, so without the flush the next execution to take the lock could read the rows
 * as they were and pass the stale-row check (Lock.releaseLock: "call SpreadsheetApp.flush() prior to releasing
 * the lock").
 */
function release(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
}
