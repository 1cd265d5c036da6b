// Menu Trợ giúp: the help text in the user's language.
import { helpText } from '../core/help';
import { reminderHelp } from './reminders/status';
import { uiLang } from './texts';

export function menuHelp(): void {
  const lang = uiLang();
  const help = helpText(lang);
  const ui = SpreadsheetApp.getUi();
  ui.alert(help.title, [...help.paragraphs, reminderHelp(lang)].join('\n\n'), ui.ButtonSet.OK);
}
