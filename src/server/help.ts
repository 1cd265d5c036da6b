// Menu Trợ giúp: the help text in the user's language, who owns the add-on's triggers and whether they are
// active, and the reminders. Like every menu action it keeps the on-edit trigger first (an administrator's
// Help reinstalls a trigger of theirs that is gone, and says so).
import { helpText } from '../core/help';
import { runMenuAction } from './action';
import { reminderHelp } from './reminders/status';
import { userLang as uiLang } from './session';
import { takeNotices } from './texts';
import { triggersHelp } from './trigger-owner';

export function menuHelp(): void {
  runMenuAction(() => {
    const lang = uiLang();
    const help = helpText(lang);
    let triggers = '';
    try {
      triggers = [...takeNotices(), triggersHelp(lang)].join('\n');
    } catch {
      // Without the script.scriptapp scope the triggers cannot be listed; the help is still shown.
    }
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      help.title,
      [...help.paragraphs, ...(triggers ? [triggers] : []), reminderHelp(lang)].join('\n\n'),
      ui.ButtonSet.OK,
    );
  });
}
