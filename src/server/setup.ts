// Menu Thiết lập bảng tính (docs/workbook.md §8): create the missing input sheets with their bold frozen headers, a help
// note on each header, and the default template (Cut-offs with its header only, the user as administrator)
// in the sheets that are new or empty; offer the sample data while the Units sheet is empty. A sheet that
// holds data is never written over. The untouched default sheet of a new spreadsheet goes once the input
// sheets are there.
import { columnHelp, settingHelp } from '../core/help';
import type { Day } from '../core/model';
import { dayFromIso } from '../core/dates';
import { UNITS, type Lang, type SheetDef, type SheetId } from '../core/schema';
import { INPUT_SHEETS } from '../core/sheets';
import { SETTING, type SettingKey } from '../core/settings-rows';
import { newWorkbookTables, sampleTables, type SampleCell, type SampleTable } from '../core/sample';
import { dataRows, headerKey, locateTable, sheetNameLang } from '../core/tables';
import { runMenuAction } from './action';
import { withDocumentLock } from './lock';
import { protectAfterSetup } from './protections';
import { syncRemindersOnSetup } from './reminders/entry';
import { mayManageTriggers } from '../core/permissions';
import { currentSettings, installTriggers, notAdministratorMessage } from './trigger-owner';
import { loadSampleEntries } from './sample-entries';
import { beganSampleLoad, beginSampleLoad, endSampleLoad, sampleLoading } from './sample-load';
import { alert, say, UI } from './texts';
import { userEmail, userLang as uiLang } from './session';
import { LANG_PROPERTY, Workbook, type Sheet } from './workbook';
import { DATE_FORMAT, ensureColumns, ensureRows } from './write';

export interface SetupOutcome {
  lang: Lang;
  created: string[];
  sampleLoaded: boolean;
  /** Sheets that already held data, so the sample was not written to them. */
  kept: string[];
}

export function menuSetup(): void {
  runMenuAction(() => {
    const ui = uiLang();
    const email = userEmail();
    // Only an administrator sets up (anyone while none is listed: a new workbook's first user), and so only an
    // administrator owns the triggers; anyone else is told so before anything changes.
    const book = Workbook.open();
    const settings = currentSettings(book);
    if (!mayManageTriggers(email, settings) && !beganSampleLoad(book, email)) {
      alert(notAdministratorMessage(settings, email, ui), ui);
      return;
    }
    const outcome = withDocumentLock(() => setupWorkbook(Workbook.open(), ui, () => askSample(ui)));
    const lines = [say(UI.setupDone(outcome.created), ui)];
    if (outcome.sampleLoaded) lines.push(say(UI.sampleLoaded, ui));
    for (const name of outcome.kept) lines.push(say(UI.sampleKept(name), ui));
    installTriggers(email);
    const reminders = syncRemindersOnSetup(Workbook.open());
    if (reminders) lines.push(reminders);
    alert(lines.join('\n'), ui);
  });
}

function askSample(ui: Lang): boolean {
  const dialog = SpreadsheetApp.getUi();
  return dialog.alert(say(UI.sampleTitle, ui), say(UI.askSample, ui), dialog.ButtonSet.YES_NO) === dialog.Button.YES;
}

/** The language of a new workbook: the property, else the input sheets' names, else the user's. */
function workbookLang(book: Workbook, ui: Lang): Lang {
  const stored = book.langProperty();
  if (stored) return stored;
  let vi = 0;
  let en = 0;
  for (const def of INPUT_SHEETS) {
    const found = book.find(def);
    const l = found ? sheetNameLang(found.name, def) : null;
    if (l === 'vi') vi += 1;
    if (l === 'en') en += 1;
  }
  if (vi + en === 0) return ui;
  return en > vi ? 'en' : 'vi';
}

/** Setup as a function of the workbook (the caller holds the lock); `wantSample` asks the user. */
export function setupWorkbook(book: Workbook, ui: Lang, wantSample: () => boolean): SetupOutcome {
  const lang = workbookLang(book, ui);
  book.setProperties({ [LANG_PROPERTY]: lang });

  // Setup sees every sheet as it is (and so refreshes the remembered sheet names).
  const defaultSheet = book.allSheets().find((s) => DEFAULT_SHEET.test(s.name.trim()));
  const created = new Map<SheetId, Sheet>();
  for (const def of INPUT_SHEETS) {
    const found = book.find(def);
    // A sheet with nothing at all in it (say left so by a failure right after it was made) is set up as new.
    if (found && (book.read(def)?.grid.values.length ?? 0) > 0) continue;
    const sheet = found ? found.sheet : book.create(def, lang);
    writeHeader(sheet, def, lang);
    book.forget(def);
    created.set(def.id, sheet);
  }

  // A sample load a failed run began goes on without asking again.
  const resuming = sampleLoading(book);
  const sample = resuming || (!hasData(book, UNITS) && wantSample());
  if (sample && !resuming) beginSampleLoad(book, userEmail());
  const tables = sample ? sampleTables(lang) : withAdministrator(newWorkbookTables(lang), lang, userEmail());
  const kept: string[] = [];
  for (const table of tables) {
    const def = INPUT_SHEETS.find((d) => d.id === table.sheet);
    if (!def || !table.rows.length) continue;
    const sheet = created.get(def.id);
    if (sheet) writeRows(book, sheet, def, table, 1);
    // An existing sheet gets the sample or the template only when it is empty below its header.
    else if (!hasData(book, def)) writeIntoExisting(book, def, table, lang);
    else if (sample && !resuming) kept.push(book.find(def)?.name ?? def[lang]);
  }
  if (defaultSheet && isUntouched(defaultSheet.sheet)) book.deleteOther(defaultSheet.sheet);

  book.flushProperties();
  if (sample) loadSampleEntries(lang);
  protectAfterSetup(sample ? Workbook.open() : book, lang); // Settings' Protect sheets (docs/workbook.md §9)
  if (sample) endSampleLoad(book);
  return { lang, created: [...created.values()].map((s) => s.getName()), sampleLoaded: sample, kept };
}

/** The first sheet of a new spreadsheet, as Sheets names it in English and Vietnamese. */
const DEFAULT_SHEET = /^(sheet|trang tính)\s?1$/i;

/** A sheet with nothing typed in it. */
function isUntouched(sheet: Sheet): boolean {
  return sheet.getLastRow() === 0 && sheet.getLastColumn() === 0;
}

/** The template's Settings with `email` as its administrator (so restricted updates do not lock them out). */
function withAdministrator(tables: SampleTable[], lang: Lang, email: string): SampleTable[] {
  if (!email) return tables;
  const label = headerKey(SETTING.administrators[lang]);
  return tables.map((t) =>
    t.sheet !== 'settings'
      ? t
      : {
          ...t,
          rows: t.rows.map((r) => (headerKey(String(r[0] ?? '')) === label ? [r[0] ?? null, email, ...r.slice(2)] : r)),
        },
  );
}

function hasData(book: Workbook, def: SheetDef): boolean {
  const read = book.read(def);
  if (!read || !read.grid.values.length) return false;
  const layout = locateTable(read.grid, def);
  if (!layout) return read.grid.values.some((r) => r.some((c) => c !== '' && c !== null));
  return dataRows(read.grid, layout).length > 0;
}

function writeHeader(sheet: Sheet, def: SheetDef, lang: Lang): void {
  const header = def.columns.map((c) => c[lang]);
  const range = sheet.getRange(1, 1, 1, header.length);
  range.setValues([header]);
  range.setFontWeight('bold');
  range.setNotes([def.columns.map((c) => columnHelp(def.id, c.key, lang) ?? '')]);
  sheet.setFrozenRows(1);
}

/** A sample or template cell as written: ISO dates become dates, text stays text (leading apostrophe). */
function cellOf(book: Workbook, def: SheetDef, column: number, value: SampleCell): unknown {
  if (value === null) return '';
  const kind = def.columns[column]?.kind;
  if (kind === 'date' && typeof value === 'string') {
    const day: Day | null = dayFromIso(value);
    return day === null ? `'${value}` : book.dateOf(day);
  }
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  return value;
}

function writeRows(
  book: Workbook,
  sheet: Sheet,
  def: SheetDef,
  table: SampleTable,
  headerRow: number,
  columns?: number[],
): void {
  const order = columns ?? def.columns.map((_, i) => i);
  const width = Math.max(...order) + 1;
  const rows = table.rows.map((r) => {
    const line: unknown[] = Array.from({ length: width }, () => '');
    r.forEach((v, i) => {
      const at = order[i];
      if (at !== undefined) line[at] = cellOf(book, def, i, v);
    });
    return line;
  });
  ensureRows(sheet, headerRow + rows.length);
  ensureColumns(sheet, width);
  const dateColumns = def.columns
    .map((c, i) => (c.kind === 'date' ? order[i] : undefined))
    .filter((c): c is number => c !== undefined);
  if (dateColumns.length) {
    sheet
      .getRangeList(dateColumns.map((c) => sheet.getRange(headerRow + 1, c + 1, rows.length, 1).getA1Notation()))
      .setNumberFormat(DATE_FORMAT);
  }
  sheet.getRange(headerRow + 1, 1, rows.length, width).setValues(rows);
  if (def.id === 'settings') {
    const keyCol = order[0] ?? 0;
    const notes = table.rows.map((r) => {
      const key = (Object.keys(SETTING) as SettingKey[]).find(
        (k) =>
          headerKey(SETTING[k].vi) === headerKey(String(r[0] ?? '')) ||
          headerKey(SETTING[k].en) === headerKey(String(r[0] ?? '')),
      );
      return [key ? settingHelp(key, book.langProperty() ?? 'vi') : ''];
    });
    sheet.getRange(headerRow + 1, keyCol + 1, notes.length, 1).setNotes(notes);
  }
  book.forget(def);
}

/** An existing sheet with a header and no data: the sample goes under its own header, column by column. */
function writeIntoExisting(book: Workbook, def: SheetDef, table: SampleTable, lang: Lang): void {
  const read = book.read(def);
  if (!read) return;
  const layout = read.grid.values.length ? locateTable(read.grid, def) : null;
  if (!layout) {
    writeHeader(read.sheet, def, lang);
    writeRows(book, read.sheet, def, table, 1);
    return;
  }
  let next = layout.width;
  const columns = def.columns.map((c) => layout.columns[c.key] ?? next++);
  writeRows(book, read.sheet, def, table, layout.headerRow + 1, columns);
}
