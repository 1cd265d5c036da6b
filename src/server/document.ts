// The active spreadsheet and its document properties as Apps Script objects, each asked for once an
// execution (every ask is a service call, and an execution starts with a fresh global scope). What the
// properties hold is read afresh by whoever needs it, with one exception: a read made before the action
// (the trigger upkeep) serves the first reader after it, unless the document lock was taken or a property
// written in between.
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

let lastRead: Record<string, string> | null = null;

/** The document properties, read now; kept for the next takePropertiesRead(). */
export function readProperties(): Readonly<Record<string, string>> {
  lastRead = documentProperties().getProperties();
  return lastRead;
}

/** The properties as readProperties() last read them, once, or read now. */
export function takePropertiesRead(): Record<string, string> {
  const read = lastRead ?? documentProperties().getProperties();
  lastRead = null;
  return { ...read };
}

/** Forgets the last read: the document lock was just taken, or a property written. */
export function forgetPropertiesRead(): void {
  lastRead = null;
}
