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

/** Values by a pair of IDs (unit, milestone/target/type), compared as idKey; the first value set for a pair wins. */
export class PairIndex<T> {
  private readonly map = new Map<string, Map<string, T>>();

  /** Sets the value unless the pair already has one; returns whether it was set. */
  setFirst(a: string, b: string, value: T): boolean {
    const ka = idKey(a);
    let inner = this.map.get(ka);
    if (!inner) this.map.set(ka, (inner = new Map()));
    const kb = idKey(b);
    if (inner.has(kb)) return false;
    inner.set(kb, value);
    return true;
  }

  get(a: string, b: string): T | undefined {
    return this.map.get(idKey(a))?.get(idKey(b));
  }

  /** All values of one first ID, by the second ID's key. */
  row(a: string): ReadonlyMap<string, T> | undefined {
    return this.map.get(idKey(a));
  }
}

const SEARCH_SPACE = '[\\s\\p{Z}]*';

/**
 * A regular expression (RE2 and JavaScript alike, matched case-insensitively on a whole cell's text) that
 * finds every cell whose text equals one of `ids` by key, and a few more: spaces (no-break too) around the ID,
 * any text in place of letters outside printable ASCII (typed decomposed). Google's TextFinder searches with it.
 */
export function idSearchPattern(ids: readonly string[]): string {
  // Split on runs outside printable ASCII: the odd pieces are those runs, matched by any text.
  const one = (id: string): string =>
    normalizeKey(id)
      .split(/([^\x20-\x7e]+)/)
      .map((part, i) => (i % 2 === 1 ? '.+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
  return `^${SEARCH_SPACE}(?:${[...new Set(ids.map(one))].join('|')})${SEARCH_SPACE}$`;
}
