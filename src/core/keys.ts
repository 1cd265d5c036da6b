// normalizeKey with a memo: IDs repeat on every Progress row, and locale case-folding is slow.
import { normalizeKey } from './schema';

const cache = new Map<string, string>();

/** normalizeKey(text), memoised: how IDs, types and list items are compared. */
export function idKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = normalizeKey(text);
    if (cache.size >= 100_000) cache.clear();
    cache.set(text, key);
  }
  return key;
}
