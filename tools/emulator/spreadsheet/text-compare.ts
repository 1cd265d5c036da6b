// How Google Sheets compares text in `=`, `<>`, `<`, `>` and conditional-format text conditions: case is
// ignored, diacritics are not ("Hoan thanh" is not "Hoàn thành"), and Unicode normalisation is not applied,
// so a decomposed (NFD) "Hoàn thành" is not the composed (NFC) one. Text is never read as a date or a number
// in a comparison. The order of two different texts is a locale collation (Sheets does not document it).

const collator = new Intl.Collator('vi', { sensitivity: 'variant' });

/** The case-folded form two texts are equal by. */
export function foldCase(text: string): string {
  return text.toLowerCase();
}

/** Whether two texts are equal as a Sheets formula compares them. */
export function textEqual(a: string, b: string): boolean {
  return a === b || foldCase(a) === foldCase(b);
}

/** Sheets' comparison of two texts: 0 when equal (case ignored), else their order. */
export function compareText(a: string, b: string): number {
  if (textEqual(a, b)) return 0;
  const p = foldCase(a);
  const q = foldCase(b);
  const c = collator.compare(p, q);
  if (c !== 0) return c;
  // canonically equivalent for the collator but different code points (NFD vs NFC): still different
  return p < q ? -1 : 1;
}
