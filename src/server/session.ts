// Who is running this execution and in which language: the one place the server asks Session. Apps Script
// withholds the email where the user has not shared it with the script (consumer accounts in someone else's
// file, simple triggers): the email is then '' and every caller treats it as an unknown user.
import { uiLangFromLocale } from '../shared/messages';
import type { Lang } from '../core/schema';

let cachedLang: Lang | null = null;

/**
 * The user's language: Vietnamese unless the user's locale is English. Read once per execution (a failing
 * Session counts as Vietnamese: the language of a message is never worth failing an action for).
 */
export function userLang(): Lang {
  if (cachedLang) return cachedLang;
  let locale: string;
  try {
    locale = Session.getActiveUserLocale() || '';
  } catch {
    locale = '';
  }
  cachedLang = uiLangFromLocale(locale);
  return cachedLang;
}

/**
 * The active user's email, trimmed; '' when Apps Script withholds it. A failing service is not a missing
 * email: it throws, unless `quiet` (a form call, where an unknown user is refused anyway).
 */
export function userEmail(options: { quiet?: boolean } = {}): string {
  if (!options.quiet) return (Session.getActiveUser().getEmail() || '').trim();
  try {
    return (Session.getActiveUser().getEmail() || '').trim();
  } catch {
    return '';
  }
}

/**
 * The editor of an on-edit event: `e.user` (an installable trigger's event carries it), else the active user;
 * '' when Google withholds it (a consumer account editing someone else's file).
 */
export function editorEmail(e: { user?: GoogleAppsScript.Base.User }): string {
  const email = e.user ? e.user.getEmail() : Session.getActiveUser().getEmail();
  return (email || '').trim();
}
