// Every menu action runs through here: the add-on's triggers are kept after it (a recorded trigger of this
// administrator that is gone is installed again, and the action's message says so), bad data never surfaces
// as a stack trace, a busy lock becomes a polite message, and anything unexpected is shown in one line (and
// rethrown for the execution log).
import { BusyError } from './lock';
import { alert, say, takeNotices, toast, UI } from './texts';
import { userLang as uiLang } from './session';
import { keepTriggers } from './trigger-owner';
import type { Lang } from '../core/schema';

export function runMenuAction(body: () => void, options: { triggersFirst?: boolean } = {}): void {
  const lang = uiLang();
  if (options.triggersFirst) keepTriggersQuietly(lang);
  try {
    body();
  } catch (error) {
    if (error instanceof BusyError) {
      alert(say(UI.busy, lang), lang);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    alert(say(UI.failed(message), lang), lang);
    throw error;
  } finally {
    if (!options.triggersFirst) keepTriggersQuietly(lang);
  }
  const left = takeNotices();
  if (left.length) toast(left.join(' '), lang);
}

/**
 * After the action, so the properties it read serve the upkeep too (before it when the action shows the
 * triggers, as the Help does); what it does is said in the action's message. The upkeep never fails the
 * action the user asked for.
 */
function keepTriggersQuietly(lang: Lang): void {
  try {
    keepTriggers(lang);
  } catch (error) {
    console.warn(`trigger upkeep: ${error instanceof Error ? error.message : String(error)}`);
  }
}
