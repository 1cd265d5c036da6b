// What every endpoint does around its body: find the user and their language, turn refusals into typed
// Outcome errors (never a stack trace in the sidebar), and a busy document lock into a 'busy' refusal.
import type { ApiError, ApiErrorCode, Outcome, UiLang } from '../../shared/api';
import { message, type MessageKey } from '../../shared/messages';
import { BusyError } from '../lock';
import { userLang } from '../session';

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

/** Runs an endpoint body: refusals and unexpected errors come back as typed errors in the user's language. */
export function endpoint<T>(body: (lang: UiLang) => T): Outcome<T> {
  const lang = userLang();
  try {
    return { ok: true, value: body(lang) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error };
    if (error instanceof BusyError) return { ok: false, error: { code: 'busy', message: message(lang, 'busy') } };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: message(lang, 'internal', { detail }) } };
  }
}

/** A form waits less than a menu action: the user is looking at a spinner. */
export const FORM_LOCK_WAIT_MS = 10_000;
