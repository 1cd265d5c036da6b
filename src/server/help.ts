// Menu Trợ giúp: the help page in a sidebar, in the user's language, with who owns the add-on's triggers and
// whether they are active, and the reminders. It keeps the on-edit and reminder triggers before it shows them
// (an administrator's Help reinstalls a trigger of theirs that is gone, and says so on the page).
import { helpPage } from '../core/help-page';
import { runMenuAction } from './action';
import { reminderHelp } from './reminders/status';
import { userLang as uiLang } from './session';
import { SIDEBAR_WIDTH } from './sidebar';
import { takeNotices } from './texts';
import { triggersHelp } from './trigger-owner';

export function menuHelp(): void {
  runMenuAction(
    () => {
      const lang = uiLang();
      const triggers = takeNotices();
      try {
        triggers.push(...triggersHelp(lang).split('\n'));
      } catch {
        // Without the script.scriptapp scope the triggers cannot be listed; the help is still shown.
      }
      const page = helpPage(lang, { triggers, reminders: reminderHelp(lang) });
      const html = HtmlService.createHtmlOutput(page.html).setTitle(page.title).setWidth(SIDEBAR_WIDTH);
      SpreadsheetApp.getUi().showSidebar(html);
    },
    { triggersFirst: true },
  );
}
