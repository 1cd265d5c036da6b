// Keeps the add-on's sheet protections as Settings' *Protect sheets* asks (docs/workbook.md §9), at the end of Setup and
// Refresh. The plan is src/core/protections.ts; here it meets the Sheets service:
// - the layout of Progress and Emulation is the one Refresh just left (or, after Setup, read from their first
//   rows, columns found by header), so the open columns follow columns moved or added; their size is asked
//   unless this run made the sheet, which hands its size and open ranges over;
// - the spreadsheet's sheet protections are read once (getProtections(SHEET)) with their descriptions; a
//   protection without the add-on's marker is a user's own and is never changed; a sheet that already holds a
//   user's sheet protection is left to it (Sheets keeps one sheet protection per sheet);
// - when the plan and the number of sheet protections are what the last run left (a document property), the
//   descriptions are not read at all: an unchanged Refresh costs the layout reads and one call; when it is
//   only sheets this run made that need theirs (the first Refresh after Setup), nothing is read either;
// - the sheets about to be protected are written to a document property first, and a protection gets its
//   description (the marker) last: a run cut short leaves one with no description on a sheet so listed, which
//   the next run recognises as the add-on's and makes again;
// - a new protection starts with the file's editors (Protection reference), the same for every sheet: under
//   Enforce they are asked once a run.
import type { Settings } from '../core/model';
import { HEADER_SEARCH_ROWS, locateTable } from '../core/tables';
import {
  planFingerprint,
  protectionMarker,
  PROTECTED_SHEETS,
  reconcileProtections,
  wantedProtections,
  type ExistingProtection,
  type SheetShape,
  type WantedProtection,
} from '../core/protections';
import { SETTINGS, type Lang, type SheetDef, type SheetId } from '../core/schema';
import { SHEETS } from '../core/sheets';
import type { Sheet, Workbook } from './workbook';

type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** A table whose layout the caller knows (Refresh just wrote it); the sheet's size when known too. */
export interface KnownTable {
  headerRow: number;
  columns: Partial<Record<string, number>>;
  maxRows?: number;
  maxColumns?: number;
  /** Ranges of the sheet the caller already holds, by A1 (its open ranges among them, when it made the sheet). */
  ranges?: ReadonlyMap<string, GoogleAppsScript.Spreadsheet.Range>;
}

/** What every protection made in this run starts with (the file's editors), learnt from the first one. */
interface Fresh {
  editors?: GoogleAppsScript.Base.User[];
  domainEdit?: boolean;
}

/** Document property: `{ fp: plan fingerprint, n: number of sheet protections }` after the last run. */
export const PROTECTIONS_PROPERTY = 'tracker.protections';
/** Document property: the sheets whose protection a run was making (a JSON list of sheet ids). */
export const PENDING_PROPERTY = 'tracker.protections.pending';

export interface ProtectionOutcome {
  created: number;
  removed: number;
  /** Names of the add-on's sheets left to a user's own sheet protection. */
  userProtected: string[];
}

const NOTHING: ProtectionOutcome = { created: 0, removed: 0, userProtected: [] };

/**
 * Brings the add-on's protections in line with the settings. `check: true` reads every protection even when
 * the last run's record says nothing changed (Setup). The property is written deferred: the caller flushes.
 */
export function keepProtections(
  book: Workbook,
  settings: Settings,
  lang: Lang,
  options: { check?: boolean; known?: Partial<Record<SheetId, KnownTable>> } = {},
): ProtectionOutcome {
  const mode = settings.protectSheets;
  const shapes = mode === 'off' ? presentSheets(book) : sheetShapes(book, options.known ?? {});
  const wanted = wantedProtections(mode, shapes, settings.administrators, lang);
  const fp = planFingerprint(mode, wanted);
  const record = parseRecord(book.property(PROTECTIONS_PROPERTY));
  const protections = book.ss.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const unchanged = record !== null && record.fp === fp && record.n === protections.length;
  if ((!options.check && unchanged) || (protections.length === 0 && wanted.length === 0)) return NOTHING;
  const pending = parsePending(book.property(PENDING_PROPERTY));
  const onlyNew = options.check || pending.length ? null : onlyNewSheets(book, record, protections.length, wanted);
  if (onlyNew) {
    makeProtections(book, onlyNew, options.known);
    const held = [...(record?.held ?? []), ...onlyNew.map(markOf)];
    book.setProperties({ [PROTECTIONS_PROPERTY]: recordText(fp, protections.length + onlyNew.length, held) }, true);
    return { created: onlyNew.length, removed: 0, userProtected: [] };
  }

  const existing: ExistingProtection[] = protections.map((p) => ({ description: p.getDescription() }));
  const leftovers: number[] = [];
  const userProtected = new Set<SheetId>();
  const markers = existing.map((e) => protectionMarker(e.description));
  const repeated = new Set(
    markers.filter((m, i) => m && markers.findIndex((x) => x?.sheet === m.sheet) !== i).map((m) => m?.sheet),
  );
  protections.forEach((p, i) => {
    const marker = markers[i];
    // A user's own sheet protection (and, where one sheet appears twice, each of the add-on's) is placed.
    if (marker && !repeated.has(marker.sheet)) return;
    const sheet = sheetIdOf(book, p);
    if (marker) (existing[i] as ExistingProtection).sheet = sheet;
    // Made by a run cut short before it could describe it: the add-on's, not a user's.
    else if (sheet && pending.includes(sheet) && existing[i]?.description.trim() === '') leftovers.push(i);
    else if (sheet) userProtected.add(sheet);
  });

  const placed = wanted.filter((w) => !userProtected.has(w.sheet));
  const changes = reconcileProtections(placed, existing);
  const remove = [...changes.remove, ...leftovers];
  for (const i of remove) protections[i]?.remove();
  makeProtections(book, changes.create, options.known);
  const n = protections.length - remove.length + changes.create.length;
  book.setProperties(
    {
      [PROTECTIONS_PROPERTY]: recordText(fp, n, placed.map(markOf)),
      ...(pending.length ? { [PENDING_PROPERTY]: '[]' } : {}),
    },
    true,
  );
  return {
    created: changes.create.length,
    removed: remove.length,
    userProtected: [...userProtected].map((id) => book.find(defOf(id))?.name ?? defOf(id)[lang]),
  };
}

/**
 * The protections to make when the record of the last run still holds (as many sheet protections as it
 * left, each of the add-on's it names still wanted as it is) and every wanted one it lacks is on a sheet this
 * run made, which no protection can be on yet: nothing needs reading. Null when the protections must be read.
 */
function onlyNewSheets(
  book: Workbook,
  record: ProtectionRecord | null,
  count: number,
  wanted: readonly WantedProtection[],
): WantedProtection[] | null {
  if (!record?.held || record.n !== count) return null;
  const marks = new Set(wanted.map(markOf));
  if (!record.held.every((m) => marks.has(m))) return null;
  const held = new Set(record.held);
  const missing = wanted.filter((w) => !held.has(markOf(w)));
  return missing.length && missing.every((w) => book.madeHere(defOf(w.sheet))) ? missing : null;
}

/**
 * Makes the protections, the sheets about to get one written down first (a document property), so that a
 * protection a failure leaves without its description is recognised as the add-on's by the next run; the
 * property is emptied again with the caller's deferred record.
 */
function makeProtections(
  book: Workbook,
  create: readonly WantedProtection[],
  known: Partial<Record<SheetId, KnownTable>> = {},
): void {
  if (!create.length) return;
  book.setProperties({ [PENDING_PROPERTY]: JSON.stringify(create.map((w) => w.sheet)) });
  const fresh: Fresh = {};
  for (const w of create) {
    const sheet = book.find(defOf(w.sheet))?.sheet;
    if (sheet) protect(sheet, w, fresh, known[w.sheet]?.ranges);
  }
  book.setProperties({ [PENDING_PROPERTY]: '[]' }, true);
}

/** The marker of a wanted protection ('progress:1a2b3c'), as its description ends. */
function markOf(w: WantedProtection): string {
  const marker = protectionMarker(w.description);
  return marker ? `${marker.sheet}:${marker.fingerprint}` : w.sheet;
}

/** After Setup: the protections its sheets need, read from scratch; the document properties are flushed. */
export function protectAfterSetup(book: Workbook, lang: Lang): ProtectionOutcome {
  const settings = book.analyse({ sheets: [SETTINGS] }).inputs.settings;
  const outcome = keepProtections(book, settings, lang, { check: true });
  book.flushProperties();
  return outcome;
}

/**
 * One protection, made as the plan says; the description goes last so only a finished one carries it. The
 * open ranges are asked for unless `held` has them all.
 */
function protect(
  sheet: Sheet,
  w: WantedProtection,
  fresh: Fresh,
  held?: ReadonlyMap<string, GoogleAppsScript.Spreadsheet.Range>,
): void {
  const p = sheet.protect();
  if (w.warningOnly) p.setWarningOnly(true);
  else {
    // Google keeps the owner and the person running this whatever is removed (Protection.removeEditors).
    fresh.editors ??= p.getEditors();
    if (fresh.editors.length) p.removeEditors(fresh.editors as unknown as string[]);
    if (w.editors.length) p.addEditors(w.editors);
    fresh.domainEdit ??= p.canDomainEdit();
    if (fresh.domainEdit) p.setDomainEdit(false);
  }
  if (w.open.length) {
    const ranges = w.open.map((a1) => held?.get(a1));
    p.setUnprotectedRanges(
      ranges.every((r) => r !== undefined)
        ? (ranges as GoogleAppsScript.Spreadsheet.Range[])
        : sheet.getRangeList(w.open).getRanges(),
    );
  }
  p.setDescription(w.description);
}

/** The add-on's sheets that exist (Off needs no layout). */
function presentSheets(book: Workbook): SheetShape[] {
  return PROTECTED_SHEETS.filter((id) => book.find(defOf(id))).map((id) => ({ id }));
}

/**
 * The add-on's sheets that exist, with the table layout and size of Progress and Emulation: the layout as
 * the caller knows it, else read from the sheet's first rows.
 */
function sheetShapes(book: Workbook, known: Partial<Record<SheetId, KnownTable>>): SheetShape[] {
  const out: SheetShape[] = [];
  for (const id of PROTECTED_SHEETS) {
    const def = defOf(id);
    const found = book.find(def);
    if (!found) continue;
    if (id !== 'progress' && id !== 'emulation') {
      out.push({ id });
      continue;
    }
    const sheet = found.sheet;
    const table = known[id];
    const maxRows = table?.maxRows ?? sheet.getMaxRows();
    const maxColumns = table?.maxColumns ?? sheet.getMaxColumns();
    if (table) {
      out.push({ id, table: { headerRow: table.headerRow, columns: table.columns, maxRows, maxColumns } });
      continue;
    }
    const values = sheet.getRange(1, 1, Math.min(HEADER_SEARCH_ROWS, maxRows), maxColumns).getValues() as unknown[][];
    const layout = locateTable({ name: found.name, values }, def);
    out.push(
      layout ? { id, table: { headerRow: layout.headerRow, columns: layout.columns, maxRows, maxColumns } } : { id },
    );
  }
  return out;
}

/** The add-on sheet a protection is on, or null when it is on another sheet. */
function sheetIdOf(book: Workbook, p: Protection): SheetId | null {
  const name = p.getRange().getSheet().getName();
  for (const id of PROTECTED_SHEETS) if (book.find(defOf(id))?.name === name) return id;
  return null;
}

function defOf(id: SheetId): SheetDef {
  return SHEETS.find((s) => s.id === id) as SheetDef;
}

function parsePending(text: string | undefined): SheetId[] {
  try {
    const v = JSON.parse(text ?? '[]') as unknown;
    return Array.isArray(v) ? PROTECTED_SHEETS.filter((id) => v.includes(id)) : [];
  } catch {
    return [];
  }
}

/** What the last run left: its plan's fingerprint, the number of sheet protections, the add-on's (markers). */
interface ProtectionRecord {
  fp: string;
  n: number;
  held?: string[];
}

function recordText(fp: string, n: number, held: readonly string[]): string {
  return JSON.stringify({ fp, n, held });
}

function parseRecord(text: string | undefined): ProtectionRecord | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as { fp?: unknown; n?: unknown; held?: unknown };
    if (typeof v.fp !== 'string' || typeof v.n !== 'number') return null;
    const held = Array.isArray(v.held) && v.held.every((m) => typeof m === 'string') ? (v.held as string[]) : undefined;
    return { fp: v.fp, n: v.n, ...(held ? { held } : {}) };
  } catch {
    return null;
  }
}
