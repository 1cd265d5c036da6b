// Writing under the document lock, so two people refreshing or submitting at once cannot interleave.
export const LOCK_WAIT_MS = 30_000;

export class BusyError extends Error {
  constructor() {
    super('The document lock could not be obtained in time');
    this.name = 'BusyError';
  }
}

export function withDocumentLock<T>(body: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(waitMs);
  } catch {
    throw new BusyError();
  }
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
