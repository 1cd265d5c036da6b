// Menu Trợ giúp: the help text in the user's language, and who owns the add-on's triggers and whether they
// are active.
import { helpText } from '../core/help';
import { reminderHelp } from './reminders/status';
import { userLang as uiLang } from './session';
import { triggersHelp } from './trigger-owner';

export function menuHelp(): void {
  const lang = uiLang();
  const help = helpText(lang);
  let triggers = '';
  try {
    triggers = triggersHelp(lang);
  } catch {
    // Without the script.scriptapp scope the triggers cannot be listed; the help is still shown.
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(help.title, [...help.paragraphs, ...(triggers ? [triggers] : []), reminderHelp(lang)].join('\n\n'), ui.ButtonSet.OK);
}
