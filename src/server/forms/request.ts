// What every endpoint does around its body: find the user and their language, turn refusals into typed
// Outcome errors (never a stack trace in the sidebar), and take the document lock for writes.
import type { ApiError, ApiErrorCode, Outcome, UiLang } from '../../shared/api';
import { message, uiLangFromLocale, type MessageKey } from '../../shared/messages';
import { releaseCommitted } from '../lock';

/** An expected refusal: becomes `{ ok: false, error }` for the sidebar. */
export class Refusal extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'Refusal';
  }
}

export function refuse(
  lang: UiLang,
  code: ApiErrorCode,
  key: MessageKey,
  params: Record<string, string | number> = {},
  extra: Partial<Pick<ApiError, 'field' | 'stale'>> = {},
): never {
  throw new Refusal({ code, message: message(lang, key, params), ...extra });
}

/** The user's email, '' when Apps Script does not reveal it (consumer accounts, some trigger contexts). */
export function userEmail(): string {
  try {
    return (Session.getActiveUser().getEmail() || '').trim();
  } catch {
    return '';
  }
}

export function userLang(): UiLang {
  try {
    return uiLangFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'vi';
  }
}

/** Runs an endpoint body: refusals and unexpected errors come back as typed errors in the user's language. */
export function endpoint<T>(body: (lang: UiLang) => T): Outcome<T> {
  const lang = userLang();
  try {
    return { ok: true, value: body(lang) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: message(lang, 'internal', { detail }) } };
  }
}

export const LOCK_WAIT_MS = 10_000;

/** Runs `body` holding the document lock; a lock not obtained in ~10 s is a 'busy' refusal. */
export function withDocumentLock<T>(lang: UiLang, body: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    refuse(lang, 'busy', 'busy');
  }
  try {
    return body();
  } finally {
    releaseCommitted(lock);
  }
}
