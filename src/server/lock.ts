// Writing under the document lock, so two people refreshing or submitting at once cannot interleave.
export const LOCK_WAIT_MS = 30_000;

export class BusyError extends Error {
  constructor() {
    super('The document lock could not be obtained in time');
    this.name = 'BusyError';
  }
}

export function withDocumentLock<T>(body: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = acquire(waitMs);
  try {
    return body();
  } finally {
    releaseCommitted(lock);
  }
}

/**
 * Releases the lock after committing this execution's writes: Google batches spreadsheet writes and releasing
 * the lock does not commit them, so without the flush the next execution to take the lock could read the rows
 * as they were and pass the stale-row check (Lock.releaseLock: "call SpreadsheetApp.flush() prior to releasing
 * the lock").
 */
export function releaseCommitted(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
}

/**
 * As withDocumentLock, for a menu action whose only step after `body` is a toast: on success the lock is left
 * for Google to release when the execution ends, so the writes are committed before anyone else gets it
 * (Google advises SpreadsheetApp.flush() before releaseLock(); the end of the execution does both) and it
 * costs one call fewer. On failure it is released at once, before an alert waits for the user.
 */
export function withDocumentLockToEnd<T>(body: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = acquire(waitMs);
  try {
    return body();
  } catch (error) {
    releaseCommitted(lock);
    throw error;
  }
}

function acquire(waitMs: number): GoogleAppsScript.Lock.Lock {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(waitMs);
  } catch {
    throw new BusyError();
  }
  return lock;
}
