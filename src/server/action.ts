// Every menu action runs through here: the add-on's triggers are kept (a recorded trigger of this
// administrator that is gone is installed again, and the action's message says so), bad data never surfaces
// as a stack trace, a busy lock becomes a polite message, and anything unexpected is shown in one line (and
// rethrown for the execution log).
import { BusyError } from './lock';
import { alert, say, takeNotices, toast, UI } from './texts';
import { userLang as uiLang } from './session';
import { keepTriggers } from './trigger-owner';

export function runMenuAction(body: () => void): void {
  const lang = uiLang();
  try {
    keepTriggers(lang);
  } catch (error) {
    // The upkeep never stops the action the user asked for.
    console.warn(`trigger upkeep: ${error instanceof Error ? error.message : String(error)}`);
  }
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
  }
  const left = takeNotices();
  if (left.length) toast(left.join(' '), lang);
}
