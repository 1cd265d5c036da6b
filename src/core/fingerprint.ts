// A short fingerprint of a text (FNV-1a, 32 bits, in base 36), for remembering in a document property what a
// run last did (document property values are limited to 9 KB each, so the text itself cannot be kept).
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
