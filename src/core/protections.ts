// The sheet protections the add-on keeps (docs/workbook.md §9, Settings' *Protect sheets*), planned without Apps Script.
//
// Every add-on sheet gets one sheet protection: the input sheets and the Summary, Data issues, Audit log and
// Archive sheets whole; Progress and Emulation with the columns people fill in left open below the header
// (and every column that is not the add-on's, so a column users add stays theirs). Warn makes it
// warning-only; Enforce lets only the administrators (and the owner, whom Google never removes) edit it; Off
// keeps none. Each protection's description ends with a marker `[tracker:<sheet>:<fingerprint>]`: the sheet
// it belongs to and a fingerprint of everything it should be (mode, editors, open ranges, language), so a
// protection whose fingerprint still matches is right without reading it further, and a protection without
// the marker is a user's own and never touched.
import { fingerprint as fingerprintOf } from './fingerprint';
import type { Lang, SheetId } from './schema';
import type { ProtectMode } from './settings-rows';
import { EMULATION, PROGRESS, type SheetDef } from './schema';
import { PROTECT_MODE } from './settings-rows';
import { SHEETS } from './sheets';
import { columnLetters } from './tables';

/** The add-on's sheets in the order their protections are made. */
export const PROTECTED_SHEETS: readonly SheetId[] = SHEETS.map((s) => s.id);

/** The sheets whose users' columns stay open. */
const WITH_OPEN_COLUMNS: readonly SheetDef[] = [PROGRESS, EMULATION];

/** Where the table of Progress or Emulation is, and how big its sheet is. */
export interface TableShape {
  /** 0-based row of the header. */
  headerRow: number;
  /** schema column key → 0-based column. */
  columns: Partial<Record<string, number>>;
  maxRows: number;
  maxColumns: number;
}

/** An add-on sheet that exists; `table` is required for Progress and Emulation (left alone without it). */
export interface SheetShape {
  id: SheetId;
  table?: TableShape;
}

export interface WantedProtection {
  sheet: SheetId;
  warningOnly: boolean;
  /** Enforce: who may edit besides the owner and the person running the add-on (lower-cased). */
  editors: string[];
  /** A1 ranges of the sheet (no sheet name) left open. */
  open: string[];
  /** The full description, marker included. */
  description: string;
}

const MARKER = /\[tracker:([a-z]+):([0-9a-z]+)\]\s*$/;

const TEXT = {
  vi: (mode: string) => `Tiện ích Theo dõi đại hội bảo vệ (${mode}); thay đổi ở Cài đặt › Bảo vệ trang tính.`,
  en: (mode: string) => `Protected by the congress tracker add-on (${mode}); change it in Settings › Protect sheets.`,
};

/** The protections the add-on should hold for this mode, layout and Administrators list. */
export function wantedProtections(
  mode: ProtectMode,
  shapes: readonly SheetShape[],
  administrators: readonly string[],
  lang: Lang,
): WantedProtection[] {
  if (mode === 'off') return [];
  const editors =
    mode === 'enforce'
      ? [...new Set(administrators.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))].sort()
      : [];
  const out: WantedProtection[] = [];
  for (const id of PROTECTED_SHEETS) {
    const shape = shapes.find((s) => s.id === id);
    if (!shape) continue;
    const def = WITH_OPEN_COLUMNS.find((d) => d.id === id);
    if (def && !shape.table) continue;
    const open = def && shape.table ? openRanges(def, shape.table) : [];
    const warningOnly = mode === 'warn';
    const fingerprint = fingerprintOf(JSON.stringify([id, mode, editors, open, lang]));
    out.push({
      sheet: id,
      warningOnly,
      editors,
      open,
      description: `${TEXT[lang](PROTECT_MODE[mode][lang])} [tracker:${id}:${fingerprint}]`,
    });
  }
  return out;
}

/**
 * The open ranges of a generated sheet: a user column below its header, any column that is not the add-on's
 * from the top; adjacent columns with the same rows in one range.
 */
export function openRanges(def: SheetDef, table: TableShape): string[] {
  const ownerAt = new Map<number, string | undefined>();
  for (const c of def.columns) {
    const at = table.columns[c.key];
    if (at !== undefined) ownerAt.set(at, c.owner);
  }
  const spans: { from: number; to: number; top: number }[] = [];
  for (let c = 0; c < table.maxColumns; c++) {
    const owner = ownerAt.has(c) ? ownerAt.get(c) : 'none';
    const top = owner === 'user' ? table.headerRow + 2 : owner === 'none' ? 1 : 0;
    if (top === 0 || top > table.maxRows) continue;
    const last = spans[spans.length - 1];
    if (last && last.to === c - 1 && last.top === top) last.to = c;
    else spans.push({ from: c, to: c, top });
  }
  return spans.map((s) => `${columnLetters(s.from)}${s.top}:${columnLetters(s.to)}${table.maxRows}`);
}

/** The sheet and fingerprint of an add-on protection, or null for a user's own. */
export function protectionMarker(description: string): { sheet: SheetId; fingerprint: string } | null {
  const m = MARKER.exec(description);
  if (!m) return null;
  const sheet = PROTECTED_SHEETS.find((id) => id === m[1]);
  return sheet ? { sheet, fingerprint: m[2] ?? '' } : null;
}

/** An existing sheet protection: its description, and its sheet when the caller looked it up. */
export interface ExistingProtection {
  description: string;
  sheet?: SheetId | null;
}

export interface ProtectionChanges {
  /** Indexes (into the existing list) of the add-on's protections to remove. */
  remove: number[];
  /** Protections to make. */
  create: WantedProtection[];
}

/**
 * What to change so the add-on holds exactly `wanted`: an add-on protection whose description is what is
 * wanted for its sheet stays (the first one, and only on that sheet when the caller says where it is); every
 * other add-on protection goes; a wanted one not held is made. Users' own protections are not in the result.
 */
export function reconcileProtections(
  wanted: readonly WantedProtection[],
  existing: readonly ExistingProtection[],
): ProtectionChanges {
  const held = new Set<SheetId>();
  const remove: number[] = [];
  existing.forEach((p, i) => {
    const marker = protectionMarker(p.description);
    if (!marker) return;
    const want = wanted.find((w) => w.sheet === marker.sheet);
    const onItsSheet = p.sheet === undefined || p.sheet === marker.sheet;
    if (want && !held.has(want.sheet) && onItsSheet && want.description === p.description.trim()) held.add(want.sheet);
    else remove.push(i);
  });
  return { remove, create: wanted.filter((w) => !held.has(w.sheet)) };
}

/** One text for the whole plan, remembered so an unchanged plan on unchanged protections is not re-read. */
export function planFingerprint(mode: ProtectMode, wanted: readonly WantedProtection[]): string {
  return fingerprintOf(JSON.stringify([mode, wanted.map((w) => w.description)]));
}
