// The add-on's sheets in a spreadsheet: found by name in either language (sheet-memory.ts says how without
// scanning), created, and the document properties (the workbook language, the remembered names).
import type { Lang, SheetDef, SheetId } from '../core/schema';
import { SHEETS } from '../core/sheets';
import { matchesLabel } from '../core/tables';
import { documentProperties, forgetPropertiesRead, notePropertiesWritten, takePropertiesRead } from './document';
import { SHEETS_PROPERTY, parseRemembered, serializeRemembered, sheetDef, type Remembered } from './sheet-memory';

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document property holding the workbook language ('vi' | 'en'). */
export const LANG_PROPERTY = 'lang';

export interface Found {
  sheet: Sheet;
  name: string;
}

export class SheetDirectory {
  readonly ss: Spreadsheet;
  private zone: string | null = null;
  private propsCache: Record<string, string> | null = null;
  private pendingProps: Record<string, string> = {};
  private remembered: Remembered | null | undefined;
  private scanned: Found[] | null = null;
  private sheetCount: number | null = null;
  private readonly found = new Map<SheetId, Found | null>();
  private readonly foundRemembered = new Set<SheetId>();
  private langHint: Lang | null = null;
  private readonly made = new Set<SheetId>();

  /**
   * `strategy: 'few'` for an execution that opens a few sheets (a form, an edit): where no name is remembered,
   * the sheet's own names are tried before scanning. `'many'` (the menu actions) scans at once.
   */
  constructor(
    ss: Spreadsheet,
    private readonly strategy: 'few' | 'many' = 'many',
  ) {
    this.ss = ss;
  }

  /** The spreadsheet's time zone, asked for on first use (an edit of a text cell never needs it). */
  get timeZone(): string {
    this.zone ??= this.ss.getSpreadsheetTimeZone() || 'Asia/Ho_Chi_Minh';
    return this.zone;
  }

  // ---- Document properties ---------------------------------------------------------------------------------

  /** All document properties, read once. */
  properties(): Record<string, string> {
    if (!this.propsCache) {
      this.propsCache = takePropertiesRead();
    }
    return this.propsCache;
  }

  property(key: string): string | undefined {
    return this.properties()[key];
  }

  /** Sets document properties at once, or (deferred) at the next flushProperties(). */
  setProperties(values: Record<string, string>, deferred = false): void {
    const changed = Object.entries(values).filter(([k, v]) => this.properties()[k] !== v);
    for (const [k, v] of changed) {
      this.properties()[k] = v;
      this.pendingProps[k] = v;
    }
    if (!deferred) this.flushProperties();
  }

  /** Writes the deferred properties (the remembered sheet names among them) in one call, when any changed. */
  flushProperties(): void {
    if (this.remembered && this.propsCache) {
      const text = serializeRemembered(this.remembered);
      if (this.properties()[SHEETS_PROPERTY] !== text) {
        this.properties()[SHEETS_PROPERTY] = text;
        this.pendingProps[SHEETS_PROPERTY] = text;
      }
    }
    if (!Object.keys(this.pendingProps).length) return;
    try {
      documentProperties().setProperties(this.pendingProps);
    } catch (error) {
      forgetPropertiesRead(); // written or not: unknown
      throw error;
    }
    notePropertiesWritten(this.pendingProps);
    this.pendingProps = {};
  }

  /** The language stored in the document properties, when set. */
  langProperty(): Lang | undefined {
    const v = this.property(LANG_PROPERTY);
    return v === 'vi' || v === 'en' ? v : undefined;
  }

  // ---- Sheets ----------------------------------------------------------------------------------------------

  private memory(): Remembered | null {
    if (this.remembered === undefined) this.remembered = parseRemembered(this.property(SHEETS_PROPERTY));
    return this.remembered;
  }

  /** Every sheet with its name (getSheets, then getName of each): once per execution, and only when needed. */
  private scan(): Found[] {
    if (!this.scanned) {
      this.scanned = this.ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
      this.sheetCount = this.scanned.length;
      const names: Remembered['names'] = {};
      for (const def of SHEETS) {
        const hit = this.scanned.find((s) => matchesLabel(s.name, def));
        if (hit) names[def.id] = hit.name;
      }
      this.remembered = { n: this.scanned.length, names };
    }
    return this.scanned;
  }

  /**
   * Whether the sheet was found by the name an earlier, finished execution remembered: that execution made it
   * whole (the Audit log's header is written in the same call as its first lines) or found it so.
   */
  foundByMemory(def: SheetDef): boolean {
    return this.foundRemembered.has(def.id);
  }

  /** The sheet of a schema sheet, matched by its name in either language (trimmed, case-folded, NFC). */
  find(def: SheetDef): Found | undefined {
    const cached = this.found.get(def.id);
    if (cached !== undefined) return cached ?? undefined;
    const hit = this.lookUp(def);
    this.found.set(def.id, hit);
    return hit ?? undefined;
  }

  private lookUp(def: SheetDef): Found | null {
    if (this.scanned) return this.scanned.find((s) => matchesLabel(s.name, def)) ?? null;
    const ownFirst = this.strategy === 'few' && !this.propsCache;
    // Its name in the workbook's language only once that language is known (a sheet named in the other
    // language is in the memory); before, both names.
    const own = ownFirst ? this.byOwnName(def, this.langKnown()) : null;
    if (own) return own;
    const memory = this.memory();
    const name = memory?.names[def.id];
    if (name !== undefined) {
      const sheet = this.ss.getSheetByName(name);
      if (sheet) {
        this.foundRemembered.add(def.id);
        return { sheet, name };
      }
    } else {
      // Absent when the names were last checked, and no sheet has come or gone since.
      if (memory && memory.n !== null && this.numSheets() === memory.n) return null;
      const second = this.strategy === 'few' && !ownFirst ? this.byOwnName(def) : null;
      if (second) return second;
    }
    return this.scan().find((s) => matchesLabel(s.name, def)) ?? null;
  }

  /** The sheet by its own exact name, in the language of the sheets found so far first (or only). */
  private byOwnName(def: SheetDef, firstOnly = false): Found | null {
    const lang = this.propsCache ? (this.langProperty() ?? this.foundLang()) : this.foundLang();
    const names = lang === 'en' ? [def.en, def.vi] : [def.vi, def.en];
    for (const exact of firstOnly ? names.slice(0, 1) : names) {
      const sheet = this.ss.getSheetByName(exact);
      if (sheet) {
        if (this.propsCache) this.remember(def, exact);
        return { sheet, name: exact };
      }
    }
    return null;
  }

  /**
   * In an execution that opens a few sheets, the names a sheet not looked up yet most likely has (remembered,
   * else its own name in the workbook's language, and in the other while that language is not known), to
   * read it without the lookup; none otherwise.
   */
  likelyNames(def: SheetDef): string[] {
    if (this.strategy !== 'few' || this.found.has(def.id) || this.scanned) return [];
    const remembered = this.propsCache ? this.memory()?.names[def.id] : undefined;
    if (remembered !== undefined) return [remembered];
    const lang = this.propsCache ? (this.langProperty() ?? this.foundLang()) : this.foundLang();
    const other: Lang = lang === 'vi' ? 'en' : 'vi';
    return this.langKnown() ? [def[lang]] : [def[lang], def[other]];
  }

  /** A sheet of the add-on read by its name in `lang` (without opening it): the workbook's language. */
  noteLang(lang: Lang): void {
    this.langHint ??= lang;
  }

  private langKnown(): boolean {
    if (this.langHint) return true;
    if (this.propsCache && this.langProperty()) return true;
    return [...this.found.values()].some((hit) => hit);
  }

  /** The language of the sheets found so far (English only when every one found is named in English). */
  private foundLang(): Lang {
    if (this.langHint) return this.langHint;
    const names = [...this.found.entries()]
      .filter(([, hit]) => hit)
      .map(([id, hit]) => ({ def: sheetDef(id), name: hit?.name ?? '' }));
    return names.length > 0 && names.every((x) => x.name === x.def.en && x.def.en !== x.def.vi) ? 'en' : 'vi';
  }

  private remember(def: SheetDef, name: string): void {
    const memory = this.memory() ?? { n: null, names: {} };
    this.remembered = { n: memory.n, names: { ...memory.names, [def.id]: name } };
  }

  /** A sheet the caller already holds (the edited sheet of an on-edit event), so it is not looked up again. */
  noteFound(def: SheetDef, sheet: Sheet, name: string): void {
    if (this.found.get(def.id)) return;
    this.found.set(def.id, { sheet, name });
    if (this.propsCache && this.memory()?.names[def.id] !== name) this.remember(def, name);
  }

  private numSheets(): number {
    this.sheetCount ??= this.ss.getNumSheets();
    return this.sheetCount;
  }

  sheet(def: SheetDef): Sheet | undefined {
    return this.find(def)?.sheet;
  }

  /** A sheet by its exact name (a finding's sheet): the add-on's sheets as found, else one lookup. */
  sheetByName(name: string): Sheet | undefined {
    for (const hit of this.found.values()) if (hit && hit.name === name) return hit.sheet;
    const listed = this.scanned?.find((s) => s.name === name);
    if (listed) return listed.sheet;
    return this.ss.getSheetByName(name) ?? undefined;
  }

  /** Creates a sheet named in the workbook language, at the end of the tabs. */
  create(def: SheetDef, lang: Lang): Sheet {
    const count = this.scanned ? this.scanned.length : this.numSheets();
    const sheet = this.ss.insertSheet(def[lang], count);
    const hit = { sheet, name: def[lang] };
    this.scanned?.push(hit);
    this.sheetCount = count + 1;
    this.found.set(def.id, hit);
    this.made.add(def.id);
    const memory = this.memory() ?? { n: count, names: {} };
    this.remembered = { n: memory.n === null ? null : count + 1, names: { ...memory.names, [def.id]: def[lang] } };
    return sheet;
  }

  /** Whether this execution made the sheet (nothing but the add-on has touched it yet). */
  madeHere(def: SheetDef): boolean {
    return this.made.has(def.id);
  }

  /** Deletes a sheet that is not one of the add-on's (the untouched default sheet of a new spreadsheet). */
  deleteOther(sheet: Sheet): void {
    const count = this.scanned ? this.scanned.length : this.numSheets();
    this.ss.deleteSheet(sheet);
    if (this.scanned) this.scanned = this.scanned.filter((s) => s.sheet !== sheet);
    this.sheetCount = count - 1;
    const memory = this.memory();
    if (memory) this.remembered = { ...memory, n: memory.n === null ? null : count - 1 };
  }

  /** The sheets of the spreadsheet with their names (a full scan). */
  allSheets(): readonly Found[] {
    return this.scan();
  }

  /** The sheet, created when absent. */
  ensure(def: SheetDef, lang: Lang): { sheet: Sheet; created: boolean } {
    const found = this.find(def);
    if (found) return { sheet: found.sheet, created: false };
    return { sheet: this.create(def, lang), created: true };
  }
}
