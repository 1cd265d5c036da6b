// Every menu action runs through here: bad data never surfaces as a stack trace, a busy lock becomes a
// polite message, and anything unexpected is shown in one line (and rethrown for the execution log).
import { BusyError } from './lock';
import { alert, say, UI, uiLang } from './texts';

export function runMenuAction(body: () => void): void {
  const lang = uiLang();
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
}
