// The active spreadsheet and its document properties as Apps Script objects, each asked for once an
// execution (every ask is a service call, and an execution starts with a fresh global scope). What the
// properties hold is read afresh by whoever needs it, with two exceptions, both void once the document lock
// is taken or a property written by other means: a read kept for the next reader serves it once, and the
// trigger upkeep after a menu action sees the properties as the action last read them plus its own writes.
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
let known: Record<string, string> | null = null;

/** The document properties, read now; kept for the next takePropertiesRead(). */
export function readProperties(): Readonly<Record<string, string>> {
  lastRead = documentProperties().getProperties();
  known = lastRead;
  return lastRead;
}

/** The properties as readProperties() last read them, once, or read now. */
export function takePropertiesRead(): Record<string, string> {
  const read = lastRead ?? documentProperties().getProperties();
  lastRead = null;
  known = read;
  return { ...read };
}

/** The properties as this execution last read them, with its own writes since; read now when unknown. */
export function knownProperties(): Readonly<Record<string, string>> {
  return known ?? readProperties();
}

/** `values` were just written by this execution: what it knows of the properties follows them. */
export function notePropertiesWritten(values: Readonly<Record<string, string>>): void {
  lastRead = null;
  if (known) known = { ...known, ...values };
}

/** Forgets what was read: the document lock was just taken, or a property written by other means. */
export function forgetPropertiesRead(): void {
  lastRead = null;
  known = null;
}
