// How a Status cell is recognised: exactly as the Standing formula's `TRIM(cell)="…"` recognises it in Google
// Sheets (docs/workbook.md §4), so the colour a user sees and every figure the add-on reports agree. Sheets' TRIM removes
// only spaces (U+0020: leading, trailing, repeated); its `=` ignores case but not diacritics and not Unicode
// normalisation, so a decomposed (NFD) "Hoàn thành" or one padded with a no-break space is not a status.
import { STATUS, type Status } from './fixed-lists';

/** Sheets' TRIM: leading and trailing spaces removed and runs of spaces made one; other white space stays. */
export function sheetsTrim(text: string): string {
  return text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}

/** The case-folded form Sheets compares text by. */
function sheetsCaseFold(text: string): string {
  return text.toLowerCase();
}

const BY_TEXT = new Map<string, Status>();
for (const s of Object.keys(STATUS) as Status[]) {
  BY_TEXT.set(sheetsCaseFold(STATUS[s].vi), s);
  BY_TEXT.set(sheetsCaseFold(STATUS[s].en), s);
}

/**
 * The status a Progress cell holds, from the cell's value as read (never pre-trimmed or normalised): blank (or
 * only spaces) is `null` (not started); text the Standing formula does not recognise, or a value that is not
 * text, is `undefined`.
 */
export function parseStatus(value: unknown): Status | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return undefined;
  const text = sheetsCaseFold(sheetsTrim(value));
  if (text === '') return null;
  return BY_TEXT.get(text);
}
