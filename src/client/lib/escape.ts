// For the rare place where text must be composed into markup (none of the sidebars needs one today; the
// DOM is built with textContent). Escapes the five characters that matter in element and attribute content.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
