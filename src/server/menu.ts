// The add-on menu (docs/workbook.md §8). onOpen may run in AuthMode.NONE (before the add-on is authorised in this
// document), where it must touch nothing but the menu: the labels follow the user's locale only.
import { MENU } from './texts';
import { userLang as uiLang } from './session';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = uiLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU.setup[lang], 'menuSetup')
    .addSeparator()
    .addItem(MENU.validate[lang], 'menuValidate')
    .addItem(MENU.refresh[lang], 'menuRefresh')
    .addSeparator()
    .addItem(MENU.progress[lang], 'showProgressSidebar')
    .addItem(MENU.emulation[lang], 'showEmulationSidebar')
    .addSeparator()
    .addItem(MENU.report[lang], 'menuReport')
    .addItem(MENU.reminders[lang], 'showRemindersDialog')
    .addItem(MENU.help[lang], 'menuHelp')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
