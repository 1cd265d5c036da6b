// Opening the sidebars (menu items Cập nhật tiến độ… and Cập nhật kết quả thi đua…). The HTML files are
// built from src/client/<name>/ with their script and CSS inlined.
import { message } from '../shared/messages';
import { userLang } from './session';

export const SIDEBAR_WIDTH = 300;

function showSidebar(file: 'progress' | 'emulation', title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title).setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showProgressSidebar(): void {
  showSidebar('progress', message(userLang(), 'progressTitle'));
}

export function showEmulationSidebar(): void {
  showSidebar('emulation', message(userLang(), 'emulationTitle'));
}
