// The active spreadsheet and its document properties as Apps Script objects, each asked for once an
// execution (every ask is a service call, and an execution starts with a fresh global scope). What the
// properties hold is read afresh by whoever needs it: only the handle is kept.
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

let spreadsheet: Spreadsheet | null = null;
let properties: Properties | null = null;

export function activeSpreadsheet(): Spreadsheet {
  spreadsheet ??= SpreadsheetApp.getActiveSpreadsheet();
  return spreadsheet;
}

export function documentProperties(): Properties {
  properties ??= PropertiesService.getDocumentProperties();
  return properties;
}
